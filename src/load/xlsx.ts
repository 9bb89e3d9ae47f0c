/**
 * The finance system's workbook (.xlsx) as records: a sheet per table, each row's cells as the sheet
 * displays them. Read with exceljs (a maintained, widely used reader of Office Open XML, pure
 * JavaScript, loaded on first use) after the zip container has been checked with bounded inflation
 * (zip.ts), so that a zip bomb or an oversized sheet is refused before it is parsed.
 *
 * - A merged cell's text stands in its first cell, the rest of the merge is empty, as CSV exports have it.
 * - A number is its displayed text under the cell's number format (numfmt.ts): a stored
 *   449.66999999999996 under "0.00" reads "449.67", a code 3 under "00" reads "03"; the amount
 *   parser then sees the printed figure and its decimals.
 * - Shared, inline and rich-text strings read as their text; a formula as its cached result (a
 *   formula without one reads as its text, which no check takes for a figure).
 * - A hidden or empty sheet holds no published table: it is listed as skipped.
 *
 * Records are numbered through the workbook, sheet after sheet (records.ts); the Locator gives back
 * the sheet, its row and the cell.
 */
import { createRequire } from 'node:module';
import type * as ExcelJS from 'exceljs';
import type { Locator } from '../ledger/model.js';
import type { CsvRecord } from './csv.js';
import { LIMITS } from './csv.js';
import { InputError } from './errors.js';
import { displayNumber } from './numfmt.js';
import { columnLetters, type ReadFile, type RecordSet } from './records.js';
import { unzip, ZipError, type ZipEntry } from './zip.js';

export const WORKBOOK = /\.(xlsx|xlsm|xls)$/i;

export const WORKBOOK_LIMITS = {
  /** The workbook's parts, inflated: a zip bomb is refused at this size. */
  maxUncompressed: LIMITS.maxBytes,
  /** Cells of the whole workbook, before it is parsed. */
  maxCells: 500_000,
};

const SAVE_AS = 'open it in Excel or LibreOffice and save it as .xlsx (Excel Workbook), or save each sheet as CSV';

let library: typeof ExcelJS | undefined;

/** exceljs, loaded on first use: a unit of CSV files never needs it. */
function excel(): typeof ExcelJS {
  library ??= createRequire(import.meta.url)('exceljs') as typeof ExcelJS;
  return library;
}

/** An OLE2 compound file: a legacy .xls, or an encrypted .xlsx (Office wraps those in one). */
function compoundFile(bytes: Buffer): boolean {
  return bytes.length >= 8 && bytes.readUInt32LE(0) === 0xe011cfd0 && bytes.readUInt32LE(4) === 0xe11ab1a1;
}

const ENCRYPTED = Buffer.from('EncryptedPackage', 'utf16le');

/** The reasons a file is no workbook this reader can open, each with what to do. */
function containerProblem(file: string, bytes: Buffer): InputError | null {
  if (compoundFile(bytes)) {
    if (bytes.includes(ENCRYPTED)) return new InputError(file, `a password-protected (encrypted) workbook: remove its password and save it as .xlsx, or save each sheet as CSV`);
    return new InputError(file, `a legacy Excel 97-2003 workbook (.xls), which is not read: ${SAVE_AS}`);
  }
  const head = bytes.subarray(0, 512).toString('latin1').replace(/^\xef\xbb\xbf/, '').trimStart();
  if (head.startsWith('<')) {
    return new InputError(file, `a web page or XML table saved under a workbook's name (a web export), not an .xlsx workbook: ${SAVE_AS}`);
  }
  if (bytes.length < 4 || bytes.readUInt32LE(0) !== 0x04034b50) {
    return new InputError(file, `not an .xlsx workbook (corrupt, truncated or another kind of file): ${SAVE_AS}`);
  }
  return null;
}

/** Sheet names by their part ("xl/worksheets/sheet2.xml" → "表2"), from the workbook and its relationships. */
function sheetParts(entries: ZipEntry[]): Map<string, string> {
  const text = (name: string) => entries.find((e) => e.name === name)?.data.toString('utf8') ?? '';
  const targets = new Map<string, string>();
  for (const m of text('xl/_rels/workbook.xml.rels').matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]*)"/.exec(m[0])?.[1];
    const target = /\bTarget="([^"]*)"/.exec(m[0])?.[1];
    if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  const parts = new Map<string, string>();
  for (const m of text('xl/workbook.xml').matchAll(/<sheet\b[^>]*>/g)) {
    const name = /\bname="([^"]*)"/.exec(m[0])?.[1];
    const id = /\br:id="([^"]*)"/.exec(m[0])?.[1] ?? /\bid="([^"]*)"/.exec(m[0])?.[1];
    const part = id ? targets.get(id) : undefined;
    if (name && part) parts.set(part, unescapeXml(name));
  }
  return parts;
}

function unescapeXml(s: string): string {
  return s.replace(/&(lt|gt|amp|quot|apos);/g, (_, e: string) => ({ lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" })[e]!);
}

/** Column number of a cell reference's letters ("P" → 16). */
function columnNumber(letters: string): number {
  let n = 0;
  for (const c of letters) n = n * 26 + (c.charCodeAt(0) - 64);
  return n;
}

/**
 * Rows, columns and cells of every sheet counted on its XML before the workbook is parsed: a sheet
 * beyond the limits of a CSV table is refused here, bounded in time and memory.
 */
function checkSizes(file: string, entries: ZipEntry[]): void {
  const names = sheetParts(entries);
  let cells = 0;
  for (const e of entries) {
    if (!/^xl\/worksheets\/[^/]+\.xml$/.test(e.name)) continue;
    const xml = e.data.toString('latin1');
    const sheet = names.get(e.name) ?? e.name;
    let rows = 0;
    let maxRow = 0;
    for (const m of xml.matchAll(/<row\b[^>]*?(?:\br="(\d+)")?[^>]*>/g)) {
      rows++;
      if (m[1]) maxRow = Math.max(maxRow, Number(m[1]));
    }
    if (Math.max(rows, maxRow) > LIMITS.maxRows) throw new InputError(file, `sheet "${sheet}" has ${Math.max(rows, maxRow)} rows (the limit is ${LIMITS.maxRows} rows per table)`);
    let maxColumn = 0;
    for (const m of xml.matchAll(/<c\b[^>]*?\br="([A-Z]+)\d+"/g)) {
      cells++;
      const col = columnNumber(m[1]);
      if (col > maxColumn) maxColumn = col;
    }
    if (maxColumn > LIMITS.maxColumns) throw new InputError(file, `sheet "${sheet}" has ${maxColumn} columns (limit ${LIMITS.maxColumns})`);
    if (cells > WORKBOOK_LIMITS.maxCells) throw new InputError(file, `more than ${WORKBOOK_LIMITS.maxCells} cells (the limit per workbook)`);
  }
}

/** A cell as the sheet displays it. */
function cellText(cell: ExcelJS.Cell): string {
  if (cell.isMerged && cell.master !== cell) return '';
  return valueText(cell.value, cell.numFmt);
}

function valueText(value: ExcelJS.CellValue, numFmt: string | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return displayNumber(value, numFmt);
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('error' in value) return String(value.error);
  if ('formula' in value || 'sharedFormula' in value) {
    const f = value as ExcelJS.CellFormulaValue | ExcelJS.CellSharedFormulaValue;
    if (f.result === undefined || f.result === null) return `=${'formula' in f ? f.formula : f.sharedFormula}`;
    return typeof f.result === 'object' && 'error' in f.result ? String(f.result.error) : valueText(f.result as ExcelJS.CellValue, numFmt);
  }
  if ('text' in value) return typeof value.text === 'string' ? value.text : valueText(value.text as ExcelJS.CellValue, numFmt);
  return '';
}

/** Read a workbook: a record set per sheet that holds something, numbered through the workbook. */
export async function readWorkbook(file: string, bytes: Buffer): Promise<ReadFile> {
  const problem = containerProblem(file, bytes);
  if (problem) throw problem;
  let entries: ZipEntry[];
  try {
    entries = unzip(bytes, WORKBOOK_LIMITS.maxUncompressed);
  } catch (e) {
    if (e instanceof ZipError) throw new InputError(file, e.tooLarge ? `refused: ${e.message}` : `not a readable .xlsx workbook: ${e.message}: ${SAVE_AS}`);
    throw e;
  }
  if (!entries.some((e) => e.name === 'xl/workbook.xml')) throw new InputError(file, `a zip archive, but no .xlsx workbook (no xl/workbook.xml): ${SAVE_AS}`);
  checkSizes(file, entries);
  entries.length = 0;

  const workbook = new (excel().Workbook)();
  try {
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (e) {
    throw new InputError(file, `not a readable .xlsx workbook (${String((e as Error)?.message ?? e).split('\n')[0].slice(0, 100)}): ${SAVE_AS}`);
  }

  const sets: RecordSet[] = [];
  const skipped: ReadFile['skipped'] = [];
  const spans: { sheet: string; first: number; rows: number }[] = [];
  let offset = 0;
  for (const sheet of workbook.worksheets) {
    const rows = sheet.rowCount;
    const columns = sheet.columnCount;
    // Every sheet takes one line at least, so that an empty one can be named too.
    const span = { sheet: sheet.name, first: offset, rows: Math.max(rows, 1) };
    spans.push(span);
    offset += span.rows;
    if (sheet.state !== 'visible' && sheet.state !== undefined) {
      skipped.push({ sheet: sheet.name, line: span.first + 1, reason: 'a hidden sheet, which is not published' });
      continue;
    }
    const records: CsvRecord[] = [];
    for (let r = 1; r <= rows; r++) {
      const row = sheet.getRow(r);
      const cells: string[] = new Array<string>(columns).fill('');
      if (row.cellCount > 0) for (let c = 1; c <= columns; c++) cells[c - 1] = cellText(row.getCell(c));
      records.push({ cells, line: span.first + r });
    }
    if (records.every((r) => r.cells.every((c) => c.trim() === ''))) {
      skipped.push({ sheet: sheet.name, line: span.first + 1, reason: 'an empty sheet' });
      continue;
    }
    sets.push({ file, records, encoding: 'xlsx', sheet: sheet.name });
  }
  const locate: Locator = (line, column) => {
    const span = spans.find((s) => line > s.first && line <= s.first + s.rows);
    if (!span) return undefined;
    const row = line - span.first;
    return { line: row, column, sheet: span.sheet, cell: column ? `${columnLetters(column)}${row}` : undefined };
  };
  return { sets, skipped, locate };
}
