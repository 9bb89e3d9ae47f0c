/**
 * Paths to unit directories: a directory holding CSV files is a unit, and so is one holding a
 * workbook (.xlsx) or a published PDF when no directory below it is a unit; any other directory is a
 * parent whose subdirectories (any depth) are searched. Symbolic-link loops are followed once. A
 * workbook or a PDF given as a path is a unit of its own.
 */
import { readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { ioReason as reason } from './load/errors.js';
import type { InputProblem } from './report.js';

export const MAX_DEPTH = 32;

/** The files that make a directory a unit: CSV tables. */
const UNIT_FILE = /\.(csv|tsv)$/i;
/** A file that is a unit by itself. */
const UNIT_DOCUMENT = /\.(xlsx|xlsm|xls|pdf)$/i;

export interface Discovery {
  units: string[];
  /** Paths that could not be searched or held no unit (each makes the run exit 2). */
  problems: InputProblem[];
}

export async function discoverUnits(paths: string[]): Promise<Discovery> {
  const units = new Set<string>();
  const problems: InputProblem[] = [];
  const seen = new Set<string>();

  async function walk(dir: string, depth: number): Promise<boolean> {
    let real: string;
    try {
      real = await realpath(dir);
    } catch (e) {
      problems.push({ file: dir, reason: reason(e) });
      return true;
    }
    if (seen.has(real)) return false;
    seen.add(real);
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (e) {
      problems.push({ file: dir, reason: `cannot read the directory: ${reason(e)}` });
      return true;
    }
    if (entries.some((e) => (e.isFile() || e.isSymbolicLink()) && UNIT_FILE.test(e.name))) {
      units.add(dir);
      return true;
    }
    // A workbook or a PDF makes a unit of a directory whose subdirectories hold none: beside unit
    // directories, it is a document of the parent (a list, a summary), not a unit.
    const documents = entries.some((e) => (e.isFile() || e.isSymbolicLink()) && UNIT_DOCUMENT.test(e.name) && !e.name.startsWith('~$'));
    if (depth >= MAX_DEPTH) {
      problems.push({ file: dir, reason: `directories nested deeper than ${MAX_DEPTH} levels were not searched` });
      return true;
    }
    let found = false;
    const subdirs: string[] = [];
    for (const e of entries) {
      if (e.name.startsWith('.') || e.name === 'node_modules') continue;
      const path = join(dir, e.name);
      if (e.isDirectory()) subdirs.push(path);
      else if (e.isSymbolicLink()) {
        try {
          if ((await stat(path)).isDirectory()) subdirs.push(path);
        } catch (err) {
          problems.push({ file: path, reason: reason(err) });
        }
      }
    }
    for (const sub of subdirs.sort()) if (await walk(sub, depth + 1)) found = true;
    if (documents && !found) {
      units.add(dir);
      return true;
    }
    return found;
  }

  for (const path of paths) {
    let info;
    try {
      info = await stat(path);
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
    const before = units.size;
    await walk(path, 0);
    if (units.size === before && !problems.some((p) => p.file.startsWith(path))) {
      problems.push({ file: path, reason: 'no budget tables found (no CSV, workbook or PDF files in it or below it)' });
    }
  }
  return { units: [...units].sort(), problems };
}
