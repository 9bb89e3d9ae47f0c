/**
 * A baseline: the findings a unit (or a batch) is known to have, so that a run reports only new
 * ones. `--write-baseline FILE` records every finding of the run; `--baseline FILE` leaves out the
 * findings it holds, and the totals and the exit code count only the others.
 *
 * A finding is recorded by a fingerprint of what it says, not of where it is:
 *
 * - its rule id, its unit's path relative to the path given on the command line that holds it (".",
 *   when the unit itself was given), so that the same package checked from elsewhere matches, its file
 *   (and sheet), its message id and its data and figures (stated, should be);
 * - not its line, column, cell or page, nor the lines its data cites ("表3.csv:15", "at line 12"), so
 *   that an edit above it (a row inserted, a paragraph added) does not make it new;
 * - not its wording, severity or language, so that a reworded message, a rule configured to another
 *   severity or a report in Chinese still matches.
 *
 * A file holds each fingerprint with its count: a unit with three identical findings and a baseline of
 * two reports one. The file is sorted and stable (same findings, same bytes), and written whole or not
 * at all (a temporary file renamed over it, as --output is).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { Finding, UnitReport } from './report.js';
import { escapeName } from './escape.js';
import { ioReason } from './load/errors.js';

/** The version of the file's format, its first key. */
export const BASELINE_VERSION = 1;

export interface BaselineEntry {
  fingerprint: string;
  /** How many findings of the unit have this fingerprint. */
  count: number;
  /** For a person reading the file: the rule, the unit and file, and the message in English. */
  rule: string;
  unit: string;
  file: string;
  message: string;
}

export interface BaselineFile {
  budgetCheckBaseline: typeof BASELINE_VERSION;
  findings: BaselineEntry[];
}

/** A baseline that cannot be read: one line naming the file, exit 2. */
export class BaselineError extends Error {}

/** The unit's path relative to the given path that holds it (the nearest), with "/"; "." for the given path itself. */
export function unitKey(path: string, roots: readonly string[]): string {
  const full = resolve(path);
  let best: string | undefined;
  let depth = -1;
  for (const root of roots) {
    const base = resolve(root);
    const rel = relative(base, full);
    if (rel.startsWith('..') || isAbsolute(rel)) continue;
    if (base.length > depth) [best, depth] = [rel === '' ? '.' : rel, base.length];
  }
  const key = best ?? path;
  return sep === '/' ? key : key.split(sep).join('/');
}

/** Data keys that are lines (TBL012's first line, NC012's, NC007's, a claim's own). */
const LINE_KEYS = new Set(['line', 'lines', 'firstLine']);

/** A text without the lines and pages it cites. */
function withoutLines(text: string): string {
  return text
    .replace(/(\.(?:csv|tsv|txt|md)):\d+\b/gi, '$1')
    .replace(/ row \d+\b/g, ' row')
    .replace(/\bp\.\d+:\d+\b/g, 'p.')
    .replace(/\blines? \d+(?:, \d+)*\b/g, 'line');
}

/** The fingerprint of a finding of the unit `unit` (its key: unitKey). */
export function fingerprint(f: Finding, unit: string): string {
  const data: [string, string | number][] = [];
  for (const key of Object.keys(f.data).sort()) {
    const v = f.data[key];
    if (LINE_KEYS.has(key)) continue;
    // TBL012's "first printed on line N" (CP004's first is a file name, which stays).
    if (key === 'first' && (typeof v === 'number' || /^(\d+|.* row \d+|p\.\d+:\d+)$/.test(v))) continue;
    data.push([key, typeof v === 'string' ? withoutLines(v) : v]);
  }
  const what = [f.rule, unit, f.file, f.sheet ?? '', f.messageId, data, f.actual ?? '', f.expected ?? ''];
  return createHash('sha256').update(JSON.stringify(what), 'utf8').digest('hex').slice(0, 32);
}

/** The findings of a run, as they come, for --write-baseline. */
export class BaselineRecorder {
  private readonly entries = new Map<string, BaselineEntry>();
  constructor(private readonly roots: readonly string[]) {}

  add(u: UnitReport): void {
    const unit = unitKey(u.path, this.roots);
    for (const f of u.findings) {
      const fp = fingerprint(f, unit);
      const e = this.entries.get(fp);
      if (e) e.count++;
      else this.entries.set(fp, { fingerprint: fp, count: 1, rule: f.rule, unit, file: f.file, message: f.message });
    }
  }

  get size(): number {
    let n = 0;
    for (const e of this.entries.values()) n += e.count;
    return n;
  }

  /** The file's text: entries by unit, file, rule and fingerprint. */
  text(): string {
    const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
    const findings = [...this.entries.values()].sort((a, b) => cmp(a.unit, b.unit) || cmp(a.file, b.file) || cmp(a.rule, b.rule) || cmp(a.fingerprint, b.fingerprint));
    const doc: BaselineFile = { budgetCheckBaseline: BASELINE_VERSION, findings };
    return `${JSON.stringify(doc, null, 2)}\n`;
  }
}

/** A baseline file's fingerprints with their counts. */
export function readBaseline(file: string): Map<string, number> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new BaselineError(`--baseline ${escapeName(file)}: ${ioReason(e, 'no such file')}`);
  }
  let doc: Partial<BaselineFile>;
  try {
    doc = JSON.parse(text.replace(/^\uFEFF/, '')) as Partial<BaselineFile>;
  } catch (e) {
    throw new BaselineError(`--baseline ${escapeName(file)}: not valid JSON (${(e as Error).message.split('\n')[0]})`);
  }
  if (doc?.budgetCheckBaseline !== BASELINE_VERSION || !Array.isArray(doc.findings)) {
    throw new BaselineError(`--baseline ${escapeName(file)}: not a budget-check baseline (write one with --write-baseline)`);
  }
  const known = new Map<string, number>();
  for (const e of doc.findings) {
    if (typeof e?.fingerprint !== 'string' || !Number.isInteger(e.count) || e.count < 1) throw new BaselineError(`--baseline ${escapeName(file)}: an entry without a fingerprint and a count`);
    known.set(e.fingerprint, (known.get(e.fingerprint) ?? 0) + e.count);
  }
  return known;
}

/**
 * A unit's report without the findings the baseline holds (each entry absorbs as many findings as
 * its count), and how many were left out.
 */
export function withoutKnown(u: UnitReport, known: Map<string, number>, roots: readonly string[]): { report: UnitReport; known: number } {
  if (u.findings.length === 0) return { report: u, known: 0 };
  const unit = unitKey(u.path, roots);
  const left = new Map<string, number>();
  const findings = u.findings.filter((f) => {
    const fp = fingerprint(f, unit);
    const used = left.get(fp) ?? 0;
    if (used >= (known.get(fp) ?? 0)) return true;
    left.set(fp, used + 1);
    return false;
  });
  const count = u.findings.length - findings.length;
  return { report: count === 0 ? u : { ...u, findings }, known: count };
}
