/**
 * The loader's seam: every reader (CSV, workbook, PDF) is a source of records, each record the texts
 * of its cells as printed plus the line where it was printed. The loader then recognises the title
 * and builds the table from the records alone (tableFromRecords in unit.ts), whatever the reader.
 *
 * A CSV file holds one table and its records' lines are its physical lines. A workbook or a PDF holds
 * several tables, so its records are numbered through the whole file (sheet after sheet, page after
 * page) and the reader gives a Locator that turns such a line (and column) back into where it was
 * printed: the sheet, its row and the cell ("E9"), or the page and the line on the page. Findings,
 * claims and input problems are located through it once the checks are done (locateFinding), so
 * the rules keep working on file, line and column alone.
 */
import type { Locator, Place, SourceFile } from '../ledger/model.js';
import type { ClaimRecord, Finding, InputProblem } from '../report.js';
import type { CsvRecord } from './csv.js';

/** A table's worth of records from one source: a CSV file, a sheet of a workbook, a table of a PDF. */
export interface RecordSet {
  file: string;
  records: CsvRecord[];
  /** How the file was read: a text encoding, "xlsx" or "pdf". */
  encoding: string;
  sheet?: string;
  /** The page where the table starts. */
  page?: number;
  /** Why its records could not be read (an input problem for this table, the others are read). */
  problem?: string;
}

/** What a reader of a file of several tables gives. */
export interface ReadFile {
  sets: RecordSet[];
  /** Parts of the file that hold no table (a chart sheet, an empty sheet), with the reason. */
  skipped: { sheet?: string; page?: number; line?: number; reason: string }[];
  /** A PDF's narrative: the text of its pages that are not tables, in reading order. */
  narrative?: string;
  locate: Locator;
}

/** Excel's column letters: 1 → A, 27 → AA. */
export function columnLetters(column: number): string {
  let s = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

type Located = Pick<Place, 'file' | 'line' | 'column' | 'sheet' | 'cell' | 'page'>;

/** A place with its sheet and cell, or its page, in the order the reports print them. */
function relocated<T extends Located>(x: T, printed: Map<string, Locator> | undefined): T {
  const locate = printed?.get(x.file);
  if (!locate) return x;
  const at = locate(x.line, x.column);
  if (!at) return x;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(x)) {
    if (k === 'sheet' || k === 'cell' || k === 'page') continue;
    if (k === 'line') out.line = at.line;
    else if (k === 'column') out.column = at.column;
    else out[k] = v;
    if (k === 'line' && !('column' in x)) Object.assign(out, where(at));
    if (k === 'column') Object.assign(out, where(at));
  }
  return out as T;
}

function where(at: ReturnType<Locator> & object): Partial<Located> {
  const w: Partial<Located> = {};
  if (at.sheet !== undefined) w.sheet = at.sheet;
  if (at.cell !== undefined) w.cell = at.cell;
  if (at.page !== undefined) w.page = at.page;
  return w;
}

const escapes = /[.*+?^${}()|[\]\\]/g;

/**
 * A text that names a figure by "file:line" (a message, a component's label, what a claim was checked
 * against) with the sheet and row, or the page and line, instead: "表.xlsx 表5 row 9", "公开.pdf p.7:12".
 */
export function relabel(text: string | undefined, printed: Map<string, Locator> | undefined): string | undefined {
  if (text === undefined || !printed) return text;
  for (const [file, locate] of printed) {
    if (!text.includes(`${file}:`)) continue;
    text = text.replace(new RegExp(`${file.replace(escapes, '\\$&')}:(\\d+)`, 'g'), (m, line: string) => {
      const at = locate(Number(line));
      if (!at) return m;
      return at.sheet !== undefined ? `${file} ${at.sheet} row ${at.line}` : at.page !== undefined ? `${file} p.${at.page}:${at.line}` : m;
    });
  }
  return text;
}

/** "line N" in a text about a file of several tables (another row of the same table, a claim stated before): its sheet and row, or page and line. */
function relabelLines(text: string | undefined, locate: Locator | undefined): string | undefined {
  if (text === undefined || !locate || !text.includes('line ')) return text;
  return text.replace(/\bline (\d+)\b/g, (m, line: string) => {
    const at = locate(Number(line));
    if (!at) return m;
    return at.sheet !== undefined ? `${at.sheet} row ${at.line}` : at.page !== undefined ? `p.${at.page}:${at.line}` : m;
  });
}

/** Data keys that hold lines of the finding's own file, which its messages print as lines (TBL012, NC012, NC007). */
const LINE_DATA = new Set(['first', 'firstLine', 'lines']);

/** A finding (and the parts of its sum) at the sheet and cell, or page and line, where it was printed. */
export function locateFinding(f: Finding, printed: Map<string, Locator> | undefined): Finding {
  if (!printed || printed.size === 0) return f;
  const out = relocated(f, printed);
  const text = (s: string) => relabelLines(relabel(s, printed), printed.get(f.file))!;
  out.message = text(f.message);
  // The message's data too, so that a message rendered again from it (in another language) says the same:
  // its texts, and the lines of the file that its messages print as lines ("on line {first}").
  const locate = printed.get(f.file);
  const line = (n: string | number) => {
    const at = locate?.(Number(n));
    return at?.sheet !== undefined ? `${at.sheet} row ${at.line}` : at?.page !== undefined ? `p.${at.page}:${at.line}` : n;
  };
  out.data = Object.fromEntries(
    Object.entries(f.data).map(([k, v]) => {
      if (LINE_DATA.has(k) && locate && (typeof v === 'number' || /^\d+(, \d+)*$/.test(v))) return [k, typeof v === 'number' ? line(v) : v.split(', ').map(line).join(', ')];
      return [k, typeof v === 'string' ? text(v) : v];
    }),
  );
  if (f.components) out.components = f.components.map((c) => ({ ...relocated(c, printed), label: relabel(c.label, printed)! }));
  return out;
}

export function locateClaim(c: ClaimRecord, printed: Map<string, Locator> | undefined): ClaimRecord {
  if (!printed || printed.size === 0) return c;
  const out = relocated(c, printed);
  if (c.against !== undefined) out.against = relabelLines(relabel(c.against, printed), printed.get(c.file));
  return out;
}

/**
 * The unit's files as the report lists them: a table of a workbook or a PDF with its sheet, or its page
 * and the line on the page where it starts (the line through the file, which only the Locator reads, left out).
 */
export function locateFiles(files: SourceFile[], printed: Map<string, Locator> | undefined): SourceFile[] {
  if (!printed || printed.size === 0) return files;
  return files.map((f) => {
    if (f.line === undefined) return f;
    const { line, ...rest } = f;
    const at = printed.get(f.file)?.(line);
    return at?.page !== undefined ? { ...rest, line: at.line } : rest;
  });
}

export function locateProblem(p: InputProblem, printed: Map<string, Locator> | undefined): InputProblem {
  if (p.line === undefined || !printed?.has(p.file)) return p;
  const at = printed.get(p.file)!(p.line);
  if (!at) return p;
  const out = { file: p.file, line: at.line } as InputProblem;
  if (at.sheet !== undefined) out.sheet = at.sheet;
  if (at.page !== undefined) out.page = at.page;
  out.reason = relabelLines(p.reason, printed.get(p.file))!;
  return out;
}
