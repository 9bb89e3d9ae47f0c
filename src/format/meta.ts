/**
 * What the formatters need to know about the rules, without importing the rule catalogue: the
 * caller passes the catalogue's metadata in. Also the few helpers every formatter shares.
 */
import type { Severity } from '../report.js';
import type { RuleDoc } from '../rules/types.js';

export interface RuleMeta {
  id: string;
  name: string;
  severity: Severity;
  doc: RuleDoc;
  /** The packages it applies to: budgets, final accounts (决算), or both. */
  kinds?: readonly ('budget' | 'final')[];
}

/** The pseudo-rule under which a unit's input problems (UnitReport.problems) are reported. */
export const INPUT_RULE: RuleMeta = {
  id: 'INPUT',
  name: 'input-unreadable',
  severity: 'error',
  doc: {
    what: 'A file of the unit could not be read, decoded or parsed, so part of the unit was not checked.',
    why: 'Checks that needed the file did not run: a unit with unreadable input is never reported clean, and its other results may be incomplete.',
    bad: 'broken.csv: unterminated quoted field (line 3)',
    good: 'Every table of the unit is a well-formed CSV file in a recognised encoding.',
  },
};

/** Most severe first. */
export const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, note: 2 };

function isAbsolutePath(p: string): boolean {
  return p.startsWith('/') || /^[A-Za-z]:\//.test(p);
}

/**
 * The unit path joined with a unit-relative file, with forward slashes. Empty and "." segments are
 * dropped; ".." is kept as given (nothing is resolved against the file system). A file that is
 * already absolute is returned on its own.
 */
export function joinPath(unit: string, file: string): string {
  const f = file.replace(/\\/g, '/');
  const u = unit.replace(/\\/g, '/');
  // A unit given as one file (a workbook, a PDF): its findings name that file.
  if (DOCUMENT.test(u) && (u === f || u.endsWith(`/${f}`))) return joinPath('', u);
  const base = isAbsolutePath(f) || u === '' ? f : `${u}/${f}`;
  const absolute = base.startsWith('/');
  const joined = (absolute ? '/' : '') + base.split('/').filter((s) => s !== '' && s !== '.').join('/');
  return joined === '' ? '.' : joined;
}

const DOCUMENT = /\.(xlsx|xlsm|xls|pdf)$/i;

/** A place with its sheet and cell (a workbook) or its page (a PDF). */
export interface Printed {
  line: number;
  column?: number;
  sheet?: string;
  cell?: string;
  page?: number;
}

/**
 * Where a finding was printed, inside its file, for a person: "11:4" (line and column of a CSV or a
 * narrative), "表6!D11" (a workbook's sheet and cell), "p.5:12" (a PDF's page and line on the page).
 */
export function printedAt(p: Printed): string {
  if (p.sheet !== undefined) return `${p.sheet}!${p.cell ?? p.line}`;
  if (p.page !== undefined) return `p.${p.page}:${p.line}`;
  return known(p.column) ? `${p.line}:${p.column}` : `${p.line}`;
}

/** The sheet and cell or the page, as a prefix of a message in formats that locate by file and line only; empty otherwise. */
export function printedPrefix(p: Printed): string {
  return p.sheet !== undefined || p.page !== undefined ? `${printedAt(p)}: ` : '';
}

/** A line or column worth printing: a positive integer. */
export function known(n: number | undefined): n is number {
  return n !== undefined && Number.isInteger(n) && n >= 1;
}

/**
 * The character column of a finding, for formats that mean characters (SARIF, GitHub): a table
 * finding's column is the CSV field number (or a sheet's column, or a PDF table's), which no editor
 * column matches, so it is left out.
 */
export function textColumn(f: { file: string; column?: number; sheet?: string; page?: number }): number | undefined {
  return /\.(csv|tsv)$/i.test(f.file) || f.sheet !== undefined || f.page !== undefined ? undefined : f.column;
}
