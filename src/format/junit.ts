/**
 * JUnit XML for CI test-report viewers: one testsuite per unit, one testcase per rule of the
 * catalogue (plus one for the unit's input). An error-severity finding is a <failure>; warnings and
 * notes go to the testcase's <system-out>; input problems are <error>s; a rule that could not run
 * for lack of tables is <skipped>. Pure: the same Report gives byte-identical output.
 */
import type { Finding, InputProblem, Report, UnitReport } from '../report.js';
import { INPUT_RULE, joinPath, known, printedAt, type Printed, type RuleMeta } from './meta.js';
import { renderReport, type ReportWriter } from './writer.js';

/** Characters XML 1.0 does not allow at all (C0 controls other than tab/LF/CR, lone surrogates, U+FFFE/U+FFFF). */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

function escapeText(s: string): string {
  return s
    .replace(NOT_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r/g, '&#13;');
}

/** Attribute values: also quotes, and whitespace as character references so that it survives attribute-value normalisation. */
function escapeAttr(s: string): string {
  return escapeText(s)
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;');
}

function attrs(pairs: [string, string | number][]): string {
  return pairs.map(([k, v]) => ` ${k}="${escapeAttr(String(v))}"`).join('');
}

function where(path: string, line: number | undefined, column: number | undefined, at?: Printed): string {
  if (at && (at.sheet !== undefined || at.page !== undefined)) return `${path} ${printedAt(at)}`;
  if (!known(line)) return path;
  return known(column) ? `${path}:${line}:${column}` : `${path}:${line}`;
}

function amount(value: string, unit: string | undefined): string {
  return unit ? `${value} ${unit}` : value;
}

/** The body of a <failure>: where, and the figures. */
function failureText(unit: string, f: Finding): string {
  const lines = [where(joinPath(unit, f.file), f.line, f.column, f)];
  if (f.expected !== undefined) lines.push(`expected: ${amount(f.expected, f.unit)}`);
  if (f.actual !== undefined) lines.push(`actual: ${amount(f.actual, f.unit)}`);
  if (f.difference !== undefined) lines.push(`difference: ${amount(f.difference, f.unit)}`);
  if (f.components && f.components.length > 0) {
    lines.push('components:');
    // A row the table does not print (line 0) has no place; its label says which file lacks it.
    for (const c of f.components) lines.push(`  ${c.label}: ${c.value}${known(c.line) ? ` (${where(joinPath(unit, c.file), c.line, c.column, c)})` : ''}`);
  }
  if (f.quote !== undefined) lines.push(`quote: ${f.quote}`);
  return lines.join('\n');
}

/** One line of <system-out> for a warning or note. */
function outLine(unit: string, f: Finding): string {
  const figures: string[] = [];
  if (f.expected !== undefined) figures.push(`expected ${amount(f.expected, f.unit)}`);
  if (f.actual !== undefined) figures.push(`actual ${amount(f.actual, f.unit)}`);
  if (f.difference !== undefined) figures.push(`difference ${amount(f.difference, f.unit)}`);
  const tail = figures.length > 0 ? ` (${figures.join(', ')})` : '';
  return `${f.severity}: ${where(joinPath(unit, f.file), f.line, f.column, f)}: ${f.message}${tail}`;
}

interface Case {
  xml: string[];
  failed: boolean;
  errored: boolean;
  skipped: boolean;
}

function testcase(unit: UnitReport, id: string, name: string, findings: Finding[], problems: InputProblem[], skip?: string): Case {
  const body: string[] = [];
  for (const p of problems) {
    const text = `${where(joinPath(unit.path, p.file), p.line, undefined)}\n${p.reason}`;
    body.push(`      <error${attrs([['message', p.reason], ['type', id]])}>${escapeText(text)}</error>`);
  }
  const failures = findings.filter((f) => f.severity === 'error');
  for (const f of failures) {
    body.push(`      <failure${attrs([['message', f.message], ['type', id]])}>${escapeText(failureText(unit.path, f))}</failure>`);
  }
  const skipped = skip !== undefined && findings.length === 0 && problems.length === 0;
  if (skipped) body.push(`      <skipped${attrs([['message', skip]])}/>`);
  const out = findings.filter((f) => f.severity !== 'error').map((f) => outLine(unit.path, f));
  if (out.length > 0) body.push(`      <system-out>${escapeText(out.join('\n'))}</system-out>`);

  const open = `    <testcase${attrs([['classname', unit.path], ['name', `${id} ${name}`]])}`;
  return {
    xml: body.length === 0 ? [`${open}/>`] : [`${open}>`, ...body, '    </testcase>'],
    failed: failures.length > 0,
    errored: problems.length > 0,
    skipped,
  };
}

function suite(unit: UnitReport, rules: RuleMeta[]): { xml: string[]; tests: number; failures: number; errors: number; skipped: number } {
  const cases: Case[] = [testcase(unit, INPUT_RULE.id, INPUT_RULE.name, [], unit.problems)];
  const covered = new Set<string>([INPUT_RULE.id]);
  for (const rule of rules) {
    if (covered.has(rule.id)) continue;
    covered.add(rule.id);
    const notRun = unit.skippedRules.find((s) => s.rule === rule.id);
    const skip = notRun ? (notRun.missing.length > 0 ? `not run: missing ${notRun.missing.join(', ')}` : 'not run') : undefined;
    cases.push(testcase(unit, rule.id, rule.name, unit.findings.filter((f) => f.rule === rule.id), [], skip));
  }
  // Findings of rules the catalogue does not list still get a testcase, in order of appearance.
  for (const f of unit.findings) {
    if (covered.has(f.rule)) continue;
    covered.add(f.rule);
    cases.push(testcase(unit, f.rule, f.name, unit.findings.filter((g) => g.rule === f.rule), []));
  }
  const tests = cases.length;
  const failures = cases.filter((c) => c.failed).length;
  const errors = cases.filter((c) => c.errored).length;
  const skipped = cases.filter((c) => c.skipped).length;
  const head = `  <testsuite${attrs([['name', unit.path], ['tests', tests], ['failures', failures], ['errors', errors], ['skipped', skipped]])}>`;
  return { xml: [head, ...cases.flatMap((c) => c.xml), '  </testsuite>'], tests, failures, errors, skipped };
}

/** A testsuite per unit; the totals on <testsuites> are known once every unit is written. */
export function junitWriter(rules: RuleMeta[]): ReportWriter {
  const totals = { tests: 0, failures: 0, errors: 0, skipped: 0 };
  return {
    headAfterUnits: true,
    head: () =>
      `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites${attrs([
        ['name', 'budget-check'],
        ['tests', totals.tests],
        ['failures', totals.failures],
        ['errors', totals.errors],
        ['skipped', totals.skipped],
      ])}>\n`,
    unit: (u: UnitReport) => {
      const s = suite(u, rules);
      for (const k of ['tests', 'failures', 'errors', 'skipped'] as const) totals[k] += s[k];
      return `${s.xml.join('\n')}\n`;
    },
    tail: () => '</testsuites>\n',
  };
}

export function formatJunit(report: Report, rules: RuleMeta[]): string {
  return renderReport(junitWriter(rules), report);
}
