/**
 * RFC 4180 CSV of all findings (and input problems, as rule INPUT), for spreadsheets: CRLF line
 * endings, a UTF-8 byte-order mark so that Excel reads the Chinese text correctly, and a guard
 * against formula injection. Pure: the same Report gives byte-identical output.
 */
import type { Report, UnitReport } from '../report.js';
import { INPUT_RULE } from './meta.js';
import { renderReport, type ReportWriter } from './writer.js';

export const CSV_HEADER = [
  'unit',
  'unit_name',
  'year',
  'rule',
  'name',
  'severity',
  'file',
  'line',
  'column',
  'message',
  'expected',
  'actual',
  'difference',
  'unit_of_amount',
  'sheet',
  'cell',
  'page',
] as const;

const BOM = '\uFEFF';
const CRLF = '\r\n';

/** A number as a spreadsheet reads it (optionally signed, thousands-grouped, decimal, percent): not a formula. */
const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\.\d+)%?$/;

/**
 * A field a spreadsheet would take for a formula (it starts with = + - @, or with a tab or CR, which
 * some spreadsheets skip before looking for one) gets a leading apostrophe, so it is shown as text.
 * Plain numbers such as "-25.16" and a lone "-" (an empty cell as printed) are left alone.
 */
export function guardFormula(field: string): string {
  if (!/^[=+\-@\t\r]/.test(field)) return field;
  if (field === '-' || PLAIN_NUMBER.test(field)) return field;
  return `'${field}`;
}

function quote(field: string): string {
  return /[",\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

function cell(value: string | number | undefined): string {
  if (value === undefined) return '';
  return quote(guardFormula(String(value)));
}

function line(row: (string | number | undefined)[]): string {
  return CSV_HEADER.map((_, i) => cell(row[i])).join(',') + CRLF;
}

/** A row per input problem and per finding, unit by unit. */
export function csvWriter(): ReportWriter {
  return {
    head: () => BOM + CSV_HEADER.join(',') + CRLF,
    unit: (u: UnitReport) => {
      let text = '';
      for (const p of u.problems) {
        text += line([u.path, u.unitName, u.year, INPUT_RULE.id, INPUT_RULE.name, 'error', p.file, p.line, undefined, p.reason, undefined, undefined, undefined, undefined, p.sheet, undefined, p.page]);
      }
      for (const f of u.findings) {
        text += line([u.path, u.unitName, u.year, f.rule, f.name, f.severity, f.file, f.line, f.column, f.message, f.expected, f.actual, f.difference, f.unit, f.sheet, f.cell, f.page]);
      }
      return text;
    },
    tail: () => '',
  };
}

export function formatCsv(report: Report): string {
  return renderReport(csvWriter(), report);
}
