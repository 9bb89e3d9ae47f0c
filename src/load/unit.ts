/**
 * A unit directory to a Ledger: every CSV file read and recognised by its title, the narrative
 * (.txt/.md) kept as text. A file that cannot be read is an input problem (the unit is then never
 * reported as clean); a CSV without a known title is listed as skipped, with the reason.
 */
import { readdirSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { fsPath, nameFromBytes } from '../escape.js';
import type { Ledger, SourceFile, Table, TableKind } from '../ledger/model.js';
import type { InputProblem } from '../report.js';
import { parseCsv, LIMITS } from './csv.js';
import { decode } from './decode.js';
import { InputError, ioReason } from './errors.js';
import { readBounded } from './read.js';
import { buildTable, findTitle } from './table.js';

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
function readText(dir: string, file: string) {
  return decode(readBounded(join(dir, file), file, LIMITS.maxBytes), file);
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
export function tableFromText(file: string, text: string, encoding: string): { table: Table } | { skipped: string } {
  const records = parseCsv(text, file);
  if (records.every((r) => r.cells.every((c) => c.trim() === ''))) throw new InputError(file, 'empty file');
  const hit = findTitle(records);
  if (!hit) return { skipped: 'no known table title in its first rows' };
  if (!('kind' in hit.recognised)) return { skipped: `a table that no rule reads (${hit.recognised.other})` };
  return { table: buildTable(file, records, encoding, { ...hit, recognised: hit.recognised }) };
}

export interface LoadOptions {
  /** Files that are never input (the report being written), by resolved path (see resolvedPath in src/discover.ts). */
  exclude?: string[];
}

export async function loadUnit(dir: string, options: LoadOptions = {}): Promise<LoadedUnit> {
  const problems: InputProblem[] = [];
  const files: SourceFile[] = [];
  const tables = new Map<TableKind, Table>();
  const duplicates: Table[] = [];
  const ledger: Ledger = { path: dir, tables, duplicates, files };

  let names: string[];
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

  const narratives: { file: string; text: string; encoding: string }[] = [];
  for (const file of names) {
    const isCsv = CSV.test(file);
    if (!isCsv && !NARRATIVE.test(file)) continue;
    try {
      const { text, encoding } = readText(dir, file);
      if (!isCsv) {
        if (!isNarrativeName(file)) continue;
        narratives.push({ file, text, encoding });
        files.push({ file, kind: 'narrative', encoding });
        continue;
      }
      const result = tableFromText(file, text, encoding);
      if ('skipped' in result) {
        files.push({ file, kind: null, encoding, skipped: result.skipped });
        continue;
      }
      const table = result.table;
      files.push({ file, kind: table.kind, encoding });
      if (tables.has(table.kind)) duplicates.push(table);
      else tables.set(table.kind, table);
    } catch (e) {
      const problem: InputProblem =
        e instanceof InputError ? { file: e.file, line: e.line, reason: e.reason } : { file, reason: ioReason(e, 'no such file') };
      problems.push(problem);
      files.push({ file, kind: null, skipped: problem.reason });
    }
  }

  // A narrative without tables is checked on its own (its internal consistency); nothing at all is an input problem.
  if (tables.size === 0 && narratives.length === 0 && problems.length === 0) {
    problems.push({ file: dir, reason: 'no budget tables found (no CSV file with a known table title, and no narrative)' });
  }
  // The narrative: the .txt/.md file that reads like one (情况说明), else the largest.
  if (narratives.length > 0) {
    const byName = narratives.find((n) => /说明|narrative/i.test(n.file));
    ledger.narrative = byName ?? narratives.reduce((a, b) => (b.text.length > a.text.length ? b : a));
  }
  const all = [...tables.values()];
  ledger.unitName = mode(all.map((t) => t.unitName));
  // A package whose tables print no year takes the year its narrative speaks of (check.ts).
  ledger.year = mode(all.map((t) => t.year));
  return { ledger, problems };
}
