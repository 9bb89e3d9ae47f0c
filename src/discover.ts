/**
 * Paths to unit directories. A directory is a unit when it holds a CSV file with a known table
 * title (its first rows are peeked at: a bounded read); any other directory is a parent whose
 * subdirectories (any depth) are searched. A parent's own CSV, text, workbook and PDF files (a
 * roster, a report written there, a summary) are listed as skipped, never taken for a unit; a
 * directory with such files and no unit below it is still a unit (a workbook's, a PDF's or a
 * narrative's), so that the loader reads it or says what is wrong with it. A workbook or a PDF given
 * as a path is a unit of its own. Symbolic links are followed only to places inside the given paths,
 * and loops once. The report being written (`exclude`) is never input.
 */
import { realpathSync } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { fsPath, nameFromBytes } from './escape.js';
import { parseCsv } from './load/csv.js';
import { decode } from './load/decode.js';
import { InputError, ioReason as reason } from './load/errors.js';
import { readPrefix } from './load/read.js';
import { findTitle } from './load/table.js';
import type { InputProblem } from './report.js';

export const MAX_DEPTH = 32;

/** What discovery peeks at of a CSV file to find its title. */
export const PEEK_BYTES = 64 * 1024;

const TABLE = /\.(csv|tsv)$/i;
const TEXT = /\.(txt|md)$/i;

export interface SkippedFile {
  file: string;
  reason: string;
}
/** A file that is a unit by itself (a workbook, a published PDF). */
const UNIT_DOCUMENT = /\.(xlsx|xlsm|xls|pdf)$/i;

export interface Discovery {
  units: string[];
  /** Paths that could not be searched or held no unit (each makes the run exit 2). */
  problems: InputProblem[];
  /** Files and links below the given paths that belong to no unit, with the reason (listed, not read as input). */
  skipped: SkippedFile[];
}

export interface DiscoverOptions {
  /** Files that are never input (the report being written), by path. */
  exclude?: string[];
}

/** The path with its directory's symbolic links resolved (the file itself need not exist). */
export function resolvedPath(path: string): string {
  const absolute = resolve(path);
  try {
    return join(realpathSync(dirname(absolute)), basename(absolute));
  } catch {
    return absolute;
  }
}

/**
 * The start of a text cut at its last line break, so that a peek does not end in the middle of a
 * character (UTF-8, GB18030 or UTF-16).
 */
function wholeLines(bytes: Buffer): Buffer {
  const lf = bytes.lastIndexOf(0x0a);
  if (lf < 0) return bytes;
  const utf16le = bytes[0] === 0xff && bytes[1] === 0xfe;
  return bytes.subarray(0, utf16le ? lf + 2 : lf + 1);
}

/** Whether the CSV file holds a known table title in its first rows (a bounded read). */
export function hasTableTitle(path: string, name: string): { table: boolean; reason?: string } {
  try {
    const bytes = readPrefix(path, name, PEEK_BYTES);
    const whole = bytes.length < PEEK_BYTES ? bytes : wholeLines(bytes);
    const records = parseCsv(decode(whole, name).text, name);
    return findTitle(records) ? { table: true } : { table: false, reason: 'no known table title in its first rows' };
  } catch (e) {
    return { table: false, reason: e instanceof InputError ? e.reason : reason(e) };
  }
}

function inside(real: string, roots: string[]): boolean {
  return roots.some((root) => real === root || real.startsWith(root.endsWith('/') ? root : `${root}/`));
}

export async function discoverUnits(paths: string[], options: DiscoverOptions = {}): Promise<Discovery> {
  const units = new Set<string>();
  const problems: InputProblem[] = [];
  const skipped: SkippedFile[] = [];
  const seen = new Set<string>();
  const exclude = new Set((options.exclude ?? []).map(resolvedPath));
  const roots: string[] = [];
  for (const path of paths) {
    try {
      roots.push(nameFromBytes(await realpath(fsPath(path), { encoding: 'buffer' })));
    } catch {
      // reported below
    }
  }

  /** Searches dir; true when it found a unit or a problem at or below it. */
  async function walk(dir: string, depth: number): Promise<boolean> {
    let real: string;
    try {
      real = nameFromBytes(await realpath(fsPath(dir), { encoding: 'buffer' }));
    } catch (e) {
      problems.push({ file: dir, reason: reason(e) });
      return true;
    }
    if (seen.has(real)) return false;
    seen.add(real);
    let entries;
    try {
      // Names as bytes: a directory whose name is not UTF-8 is still searched and checked (see nameFromBytes).
      entries = (await readdir(fsPath(dir), { withFileTypes: true, encoding: 'buffer' })).map((e) => ({
        name: nameFromBytes(e.name),
        isDirectory: e.isDirectory(),
        isSymbolicLink: e.isSymbolicLink(),
      }));
    } catch (e) {
      problems.push({ file: dir, reason: `cannot read the directory: ${reason(e)}` });
      return true;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const own = entries.filter((e) => !e.isDirectory && (TABLE.test(e.name) || TEXT.test(e.name) || (UNIT_DOCUMENT.test(e.name) && !e.name.startsWith('~$'))) && !exclude.has(join(real, e.name)));
    // A unit: a CSV file of it has a known table title.
    const why = new Map<string, string>();
    for (const e of own) {
      if (!TABLE.test(e.name)) continue;
      const peek = hasTableTitle(join(dir, e.name), e.name);
      if (peek.table) {
        units.add(dir);
        return true;
      }
      why.set(e.name, peek.reason ?? 'no known table title in its first rows');
    }
    let found = false;
    if (depth >= MAX_DEPTH) {
      problems.push({ file: dir, reason: `directories nested deeper than ${MAX_DEPTH} levels were not searched` });
      found = true;
    } else {
      const subdirs: string[] = [];
      for (const e of entries) {
        if (e.name.startsWith('.') || e.name === 'node_modules') continue;
        const path = join(dir, e.name);
        if (e.isDirectory) subdirs.push(path);
        else if (e.isSymbolicLink) {
          try {
            if (!(await stat(fsPath(path))).isDirectory()) continue;
            const target = nameFromBytes(await realpath(fsPath(path), { encoding: 'buffer' }));
            if (inside(target, roots)) subdirs.push(path);
            else skipped.push({ file: path, reason: `a symbolic link to ${target}, outside the given paths: not followed` });
          } catch (err) {
            problems.push({ file: path, reason: reason(err) });
            found = true;
          }
        }
      }
      for (const sub of subdirs) if (await walk(sub, depth + 1)) found = true;
    }
    if (found) {
      // A parent: its own files are no unit's.
      for (const e of own) skipped.push({ file: join(dir, e.name), reason: why.get(e.name) ?? 'not in a unit directory (no table beside it)' });
      return true;
    }
    // No unit below: a directory with files named like a unit's is one, and the loader says what is wrong with it.
    if (own.length > 0) {
      units.add(dir);
      return true;
    }
    return false;
  }

  for (const path of paths) {
    let info;
    try {
      info = await stat(fsPath(path));
    } catch (e) {
      problems.push({ file: path, reason: reason(e) });
      continue;
    }
    if (!info.isDirectory() && UNIT_DOCUMENT.test(path)) {
      units.add(path);
      continue;
    }
    if (!info.isDirectory()) {
      problems.push({ file: path, reason: 'not a directory (give a unit directory, a workbook, a PDF or a parent of unit directories)' });
      continue;
    }
    if (!(await walk(path, 0))) {
      problems.push({ file: path, reason: 'no budget tables found (no CSV, text, workbook or PDF files in it or below it)' });
    }
  }
  return { units: [...units].sort(), problems, skipped };
}
