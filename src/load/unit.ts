/**
 * A unit directory to a Ledger: every CSV file read and recognised by its title, every sheet of a
 * workbook (.xlsx) likewise, the narrative (.txt/.md) kept as text; a published PDF (narrative and
 * tables in one document) when the unit holds no tables otherwise, or is given as the unit itself.
 * A file that cannot be read is an input problem (the unit is then never reported as clean); a
 * CSV file or a sheet without a known title is listed as skipped, with the reason.
 */
import { realpathSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fsPath, nameFromBytes } from '../escape.js';
import type { Ledger, Locator, SourceFile, Table, TableKind } from '../ledger/model.js';
import type { InputProblem } from '../report.js';
import { parseCsv, LIMITS, type CsvRecord } from './csv.js';
import { decode } from './decode.js';
import { InputError, ioReason } from './errors.js';
import { PDF, readPdf } from './pdf.js';
import { readBounded } from './read.js';
import { locateProblem, type ReadFile } from './records.js';
import { buildTable, findTitle } from './table.js';
import { WORKBOOK, readWorkbook } from './xlsx.js';

export interface LoadedUnit {
  ledger: Ledger;
  problems: InputProblem[];
}

const NARRATIVE = /\.(txt|md)$/i;

/** A text file that can be a unit's narrative (a README or an expected-findings note is not). */
export function isNarrativeName(file: string): boolean {
  return NARRATIVE.test(file) && !/^readme|^expected/i.test(file);
}
const CSV = /\.(csv|tsv)$/i;

/**
 * Synchronous reads: a unit's files are small and read one after another (on a worker thread in
 * batches). Only regular files, and at most the size limit (src/load/read.ts).
 */
function readBytes(dir: string, file: string): Buffer {
  return readBounded(join(dir, file), file, LIMITS.maxBytes);
}

function readText(dir: string, file: string) {
  return decode(readBytes(dir, file), file);
}

/** A file's entry in the report's order (file, kind, encoding, sheet or page, line, skipped), without empty fields. */
function sourceFile(f: SourceFile): SourceFile {
  const out: Record<string, unknown> = { file: f.file, kind: f.kind };
  for (const k of ['encoding', 'sheet', 'page', 'line', 'skipped'] as const) if (f[k] !== undefined) out[k] = f[k];
  return out as unknown as SourceFile;
}

/** A unit given as one file (a workbook or a published PDF): its directory and its name. */
function unitFile(path: string): { dir: string; name: string } | null {
  if (!WORKBOOK.test(path) && !PDF.test(path)) return null;
  try {
    return statSync(path).isFile() ? { dir: dirname(path), name: basename(path) } : null;
  } catch {
    return null;
  }
}

/** The most frequent value, ties broken by first appearance. */
function mode<T>(values: (T | undefined)[]): T | undefined {
  const counts = new Map<T, number>();
  for (const v of values) if (v !== undefined) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: T | undefined;
  let n = 0;
  for (const [v, c] of counts) if (c > n) [best, n] = [v, c];
  return best;
}

/** Parse one CSV file's text into a table; null (with a reason) when it holds no known table. */
export function tableFromText(file: string, text: string, encoding: string, keepRecords = false): { table: Table } | { skipped: string } {
  const records = parseCsv(text, file);
  if (records.every((r) => r.cells.every((c) => c.trim() === ''))) throw new InputError(file, 'empty file');
  return tableFromRecords(file, records, encoding, keepRecords);
}

/** Records of any source (a CSV file, a sheet, a table of a PDF) into a table; the reason when they hold no known table. */
export function tableFromRecords(file: string, records: CsvRecord[], encoding: string, keepRecords = false): { table: Table } | { skipped: string } {
  const hit = findTitle(records);
  if (!hit) return { skipped: 'no known table title in its first rows' };
  if (!('kind' in hit.recognised)) return { skipped: `a table that no rule reads (${hit.recognised.other})` };
  return { table: buildTable(file, records, encoding, { ...hit, recognised: hit.recognised }, keepRecords) };
}

export interface LoadOptions {
  /** Files that are never input (the report being written), by resolved path (see resolvedPath in src/discover.ts). */
  exclude?: string[];
  /** Each table keeps its records as printed (Table.printed), for a report that shows the tables (the HTML format). */
  keepRecords?: boolean;
}

export async function loadUnit(dir: string, options: LoadOptions = {}): Promise<LoadedUnit> {
  const problems: InputProblem[] = [];
  const files: SourceFile[] = [];
  const tables = new Map<TableKind, Table>();
  const duplicates: Table[] = [];
  const ledger: Ledger = { path: dir, tables, duplicates, files };

  const single = unitFile(dir);
  const root = single?.dir ?? dir;
  let names: string[];
  if (single) names = [single.name];
  else {
    try {
      // Names as bytes: a name that is not UTF-8 is still read (see nameFromBytes). Every entry named like
      // a table or a narrative is read, whatever it is: a FIFO, a device or a directory so named is an
      // input problem (readBounded), never skipped in silence.
      const entries = readdirSync(fsPath(dir), { withFileTypes: true, encoding: 'buffer' });
      names = entries.map((e) => nameFromBytes(e.name));
    } catch (e) {
      problems.push({ file: dir, reason: `cannot read the directory: ${ioReason(e, 'no such directory')}` });
      return { ledger, problems };
    }
  }
  names.sort();
  if (options.exclude?.length) {
    let real = dir;
    try {
      real = nameFromBytes(realpathSync(fsPath(dir), { encoding: 'buffer' }));
    } catch {
      // read as given
    }
    const exclude = new Set(options.exclude);
    names = names.filter((n) => !exclude.has(join(real, n)));
  }

  const addTable = (table: Table, entry: Omit<SourceFile, 'kind'>) => {
    files.push(sourceFile({ ...entry, kind: table.kind }));
    if (tables.has(table.kind)) duplicates.push(table);
    else tables.set(table.kind, table);
  };
  const printed = new Map<string, Locator>();
  /** A workbook's sheets or a PDF's tables, each through the loader's one path from records to a table. */
  const addRead = (file: string, read: ReadFile) => {
    printed.set(file, read.locate);
    for (const set of read.sets) {
      const at = { file, encoding: set.encoding, sheet: set.sheet, page: set.page, line: set.records[0]?.line };
      try {
        if (set.problem) throw new InputError(file, set.problem, at.line);
        const result = tableFromRecords(file, set.records, set.encoding, options.keepRecords);
        if ('skipped' in result) files.push(sourceFile({ ...at, kind: null, skipped: result.skipped }));
        else addTable(result.table, at);
      } catch (e) {
        if (!(e instanceof InputError)) throw e;
        problems.push(locateProblem({ file, line: e.line ?? at.line, reason: `${set.sheet ? `sheet "${set.sheet}"` : `page ${set.page}`}: ${e.reason}` }, printed));
        files.push(sourceFile({ ...at, kind: null, skipped: e.reason, encoding: undefined }));
      }
    }
    for (const s of read.skipped) files.push(sourceFile({ file, kind: null, encoding: read.sets[0]?.encoding ?? 'xlsx', sheet: s.sheet, page: s.page, line: s.line, skipped: s.reason }));
  };

  const narratives: { file: string; text: string; encoding: string }[] = [];
  const pdfs: string[] = [];
  for (const file of names) {
    if (PDF.test(file)) {
      pdfs.push(file);
      continue;
    }
    if (WORKBOOK.test(file)) {
      if (file.startsWith('~$')) continue; // Excel's lock file beside an open workbook
      try {
        addRead(file, await readWorkbook(file, readBytes(root, file)));
      } catch (e) {
        const problem: InputProblem =
          e instanceof InputError ? { file: e.file, line: e.line, reason: e.reason } : { file, reason: ioReason(e, 'no such file') };
        problems.push(problem);
        files.push({ file, kind: null, skipped: problem.reason });
      }
      continue;
    }
    const isCsv = CSV.test(file);
    if (!isCsv && !NARRATIVE.test(file)) continue;
    try {
      const { text, encoding } = readText(root, file);
      if (!isCsv) {
        if (!isNarrativeName(file)) continue;
        narratives.push({ file, text, encoding });
        files.push({ file, kind: 'narrative', encoding });
        continue;
      }
      const result = tableFromText(file, text, encoding, options.keepRecords);
      if ('skipped' in result) {
        files.push({ file, kind: null, encoding, skipped: result.skipped });
        continue;
      }
      addTable(result.table, { file, encoding });
    } catch (e) {
      const problem: InputProblem =
        e instanceof InputError ? { file: e.file, line: e.line, reason: e.reason } : { file, reason: ioReason(e, 'no such file') };
      problems.push(problem);
      files.push({ file, kind: null, skipped: problem.reason });
    }
  }

  // A published PDF is read when the unit is that PDF, or when the directory holds no tables otherwise
  // (the CSV files or the workbook are what it was printed from: reading both would give every table twice).
  const tableFiles = files.some((f) => f.kind !== 'narrative');
  for (const file of pdfs) {
    if (tableFiles) {
      files.push({ file, kind: null, skipped: 'a PDF beside the unit\'s CSV or workbook files: the tables are read from those' });
      continue;
    }
    try {
      const read = await readPdf(file, readBytes(root, file));
      addRead(file, read);
      if (read.narrative !== undefined) {
        narratives.push({ file, text: read.narrative, encoding: 'pdf' });
        files.push({ file, kind: 'narrative', encoding: 'pdf' });
      }
    } catch (e) {
      const problem: InputProblem =
        e instanceof InputError ? { file: e.file, line: e.line, reason: e.reason } : { file, reason: ioReason(e, 'no such file') };
      problems.push(problem);
      files.push({ file, kind: null, skipped: problem.reason });
    }
  }
  if (printed.size > 0) ledger.printed = printed;

  // A narrative without tables is checked on its own (its internal consistency); nothing at all is an input problem.
  if (tables.size === 0 && narratives.length === 0 && problems.length === 0) {
    problems.push({ file: dir, reason: 'no budget tables found (no CSV file, workbook sheet or PDF page with a known table title, and no narrative)' });
  }
  // The narrative: the .txt/.md file that reads like one (情况说明), else the largest.
  if (narratives.length > 0) {
    // A .txt/.md narrative beside a PDF is the PDF's text as corrected by hand: it is preferred.
    const typed = narratives.filter((n) => n.encoding !== 'pdf');
    if (typed.length > 0 && typed.length < narratives.length) narratives.splice(0, narratives.length, ...typed);
    const byName = narratives.find((n) => /说明|narrative/i.test(n.file));
    ledger.narrative = byName ?? narratives.reduce((a, b) => (b.text.length > a.text.length ? b : a));
  }
  const all = [...tables.values()];
  ledger.unitName = mode(all.map((t) => t.unitName));
  // A package whose tables print no year takes the year its narrative speaks of (check.ts).
  ledger.year = mode(all.map((t) => t.year));
  // Budget or final accounts, once for the package: final when most of its tables are titled 决算 (a
  // narrative alone decides in check.ts).
  const finals = all.filter((t) => t.final).length;
  if (all.length > 0) ledger.kind = finals * 2 > all.length ? 'final' : 'budget';
  return { ledger, problems };
}
