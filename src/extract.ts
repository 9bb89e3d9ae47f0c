/**
 * `budget-check extract <pdf|xlsx> --out <dir>`: what the readers read from a published PDF or a
 * workbook, written as a unit directory: a CSV file per table (UTF-8 with a BOM, as Excel saves it),
 * named by its table number and title, and the narrative as text. An auditor can look at what was
 * read, correct it, and check the directory like any unit.
 */
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { LIMITS } from './load/csv.js';
import { InputError, ioReason } from './load/errors.js';
import { PDF, readPdf } from './load/pdf.js';
import type { ReadFile } from './load/records.js';
import { tableFromRecords } from './load/unit.js';
import { WORKBOOK, readWorkbook } from './load/xlsx.js';

export interface Extracted {
  /** The files written, relative to the output directory, with what each holds. */
  files: { file: string; holds: string }[];
}

function csvField(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A file name from a table's first cells: "表2-单位收入总体情况表.csv". */
function nameOf(records: string[][], fallback: string, used: Set<string>): string {
  const texts = records.slice(0, 4).flatMap((r) => r.filter((c) => c.trim() !== '')).map((c) => c.replace(/\s+/g, ''));
  const number = texts.find((t) => /^表\d+/.test(t));
  const title = texts.find((t) => /表$/.test(t) && t !== number) ?? fallback;
  let name = `${number ? `${number}-` : ''}${title}`.replace(/[\\/:*?"<>|]/g, '_').slice(0, 80);
  for (let k = 2; used.has(name); k++) name = `${name}-${k}`;
  used.add(name);
  return `${name}.csv`;
}

export async function extract(path: string, out: string): Promise<Extracted> {
  const file = basename(path);
  if (!PDF.test(file) && !WORKBOOK.test(file)) throw new InputError(file, 'extract reads a published PDF or a workbook (.xlsx)');
  let info;
  try {
    info = statSync(path);
  } catch (e) {
    throw new InputError(file, ioReason(e, 'no such file'));
  }
  if (info.size > LIMITS.maxBytes) throw new InputError(file, `file too large (${(info.size / 1048576).toFixed(1)} MiB; the limit is ${LIMITS.maxBytes / 1048576} MiB)`);
  const bytes = readFileSync(path);
  const read: ReadFile = PDF.test(file) ? await readPdf(file, bytes) : await readWorkbook(file, bytes);
  mkdirSync(out, { recursive: true });
  const written: Extracted['files'] = [];
  const used = new Set<string>();
  read.sets.forEach((set, i) => {
    const rows = set.records.map((r) => r.cells);
    let holds: string;
    try {
      const result = tableFromRecords(file, set.records, set.encoding);
      holds = 'skipped' in result ? `not a table the checks read (${result.skipped})` : result.table.kind;
    } catch (e) {
      holds = `unreadable: ${(e as Error).message}`;
    }
    const name = nameOf(rows, set.sheet ?? `page-${set.page ?? i + 1}`, used);
    const text = rows.map((r) => r.map(csvField).join(',')).join('\r\n');
    writeFileSync(join(out, name), `\uFEFF${text}\r\n`);
    const from = set.sheet !== undefined ? `sheet "${set.sheet}"` : `page ${set.page}`;
    written.push({ file: name, holds: `${holds}, from ${from}` });
  });
  if (read.narrative !== undefined) {
    writeFileSync(join(out, '单位预算情况说明.txt'), read.narrative);
    written.push({ file: '单位预算情况说明.txt', holds: 'narrative' });
  }
  return { files: written };
}
