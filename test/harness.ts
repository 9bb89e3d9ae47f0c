/**
 * The fixture harness shared by test/fixtures.test.ts and test/variants.test.ts: the fixture cases, their
 * expected.json, and the comparison of a report's findings with it (see fixtures.test.ts).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { checkUnit } from '../src/check.js';
import type { Finding, Severity, UnitReport } from '../src/report.js';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const FIXTURES = join(ROOT, 'fixtures');
export const SAMPLE = join(FIXTURES, 'units/kizilsu-2024');
export const CLI = join(ROOT, 'bin/budget-check.js');

/**
 * Cases that fail because of a bug in src/ (not in the fixture): "<group>/<case>" → the bug.
 */
export const KNOWN_BUGS: Record<string, string> = {};

/** A finding as expected.json states it: where, and what it says there (worked out from the planted fault). */
export interface ExpectedFinding {
  rule: string;
  file: string;
  line: number;
  severity?: Severity;
  expected?: string;
  actual?: string;
  difference?: string;
  /** Text the message must contain: a figure the finding gives only in its message. */
  says?: string;
  /** For a sum: its parts in order, each as "file:line value" (the value signed as it was added). */
  components?: string[];
  /** The column it points at (1-based), where the line alone does not tell the cell (a code, a name). */
  column?: number;
}

export interface Expected {
  description: string;
  findings: ExpectedFinding[];
  /** Variants only: tables whose layout adds columns or rows the sample lacks, so their figures are not compared. */
  figuresExcept?: string[];
  /** Variants only: files that must be read as tables the tool does not know (kind null). */
  unrecognised?: string[];
  /** Variants only: no narrative; every rule that needs one is listed as not run. */
  noNarrative?: boolean;
}

export function cases(group: string): string[] {
  const dir = join(FIXTURES, group);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
}

export function readExpected(dir: string): Expected {
  return JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Expected;
}

export const key = (f: { rule: string; file: string; line: number }) => `${f.rule} ${f.file}:${f.line}`;

/** Errors and warnings as "RULE file:line" (notes left out), sorted. */
export function found(report: Pick<UnitReport, 'findings'>): string[] {
  return report.findings.filter((f) => f.severity !== 'note').map(key).sort();
}

const FIGURES = ['severity', 'expected', 'actual', 'difference'] as const;

/** A sum's parts as expected.json states them. */
const parts = (f: Finding) => (f.components ?? []).map((c) => `${c.file}:${c.line} ${c.value}`);

/** A finding with the figures it states. */
export function shown(f: ExpectedFinding | Finding, withParts = false): string {
  const figures = FIGURES.filter((k) => f[k] !== undefined).map((k) => `${k} ${f[k]}`);
  if (f.column !== undefined) figures.unshift(`column ${f.column}`);
  const components = 'name' in f ? (withParts ? parts(f) : []) : (f.components ?? []);
  if (components.length > 0) figures.push(`components ${components.join(' + ')}`);
  return `${key(f)}${figures.length > 0 ? ` [${figures.join(', ')}]` : ''}`;
}

/** Whether a finding is the one expected: its place, and every figure expected.json states. */
export function matches(e: ExpectedFinding, f: Finding): boolean {
  return (
    key(e) === key(f) &&
    FIGURES.every((k) => e[k] === undefined || e[k] === f[k]) &&
    (e.column === undefined || e.column === f.column) &&
    (e.says === undefined || f.message.includes(e.says)) &&
    (e.components === undefined || parts(f).join('|') === e.components.join('|'))
  );
}

/**
 * A readable diff of expected.json's findings and the report's: what is missing and what is extra, with
 * their figures and the extras' messages. The report's notes take part when expected.json lists a note.
 */
export function diff(expected: ExpectedFinding[], report: Pick<UnitReport, 'findings' | 'problems'>): string {
  const withNotes = expected.some((e) => e.severity === 'note');
  const left = report.findings.filter((f) => withNotes || f.severity !== 'note');
  const missing: ExpectedFinding[] = [];
  // The findings that state most are paired first, so that a bare one does not take another's match.
  const stated = (e: ExpectedFinding) => FIGURES.filter((k) => e[k] !== undefined).length + (e.says === undefined ? 0 : 1) + (e.components === undefined ? 0 : 1) + (e.column === undefined ? 0 : 1);
  for (const e of [...expected].sort((a, b) => stated(b) - stated(a))) {
    const i = left.findIndex((f) => matches(e, f));
    if (i >= 0) left.splice(i, 1);
    else missing.push(e);
  }
  const lines = [
    ...missing.map((e) => `  missing: ${shown(e)}${e.says === undefined ? '' : ` saying "${e.says}"`}`),
    ...left.map((f) => `  extra:   ${shown(f, missing.some((e) => e.components !== undefined && key(e) === key(f)))} — ${f.message}`),
    ...report.problems.map((p) => `  input problem: ${p.file}${p.line ? `:${p.line}` : ''}: ${p.reason}`),
  ];
  return lines.length === 0 ? '' : `findings differ from expected.json:\n${lines.join('\n')}`;
}

/** it, or it.fails for a case with a known bug. */
export function test(id: string, fn: () => Promise<void> | void) {
  const bug = KNOWN_BUGS[id];
  if (bug) it.fails(`${id} (known bug: ${bug})`, fn);
  else it(id, fn);
}

export async function expectFindings(dir: string, expected: ExpectedFinding[]) {
  const report = await checkUnit(dir);
  expect(diff(expected, report), `${relative(ROOT, dir)}`).toBe('');
  expect(report.problems).toEqual([]);
}

export { figures } from './ledger-figures.js';

export function runCli(args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
