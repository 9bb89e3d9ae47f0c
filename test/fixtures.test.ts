/**
 * Fixture-driven tests: every directory under fixtures/variants, fixtures/faults, fixtures/rounding and
 * fixtures/unreadable is a test (regenerate them with `node scripts/make-fixtures.mjs`).
 *
 * - variants: the sample in another layout; exactly the sample's findings (two FE002 warnings) with the
 *   variant's file names and lines, as listed in its expected.json.
 * - faults: the multiset of (rule, file, line) of errors and warnings equals expected.json exactly.
 * - rounding: no error and no warning.
 * - unreadable: the CLI exits 2 with one stderr line naming the file and line, and no stack trace.
 *
 * A case that fails because of a bug in src/ is kept and marked in KNOWN_BUGS (run with it.fails), so
 * that the suite stays green while the bug stays visible. Remove the entry once the bug is fixed:
 * it.fails then fails, as a reminder.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkUnit } from '../src/check.js';
import { loadUnit } from '../src/load/unit.js';
import type { Ledger } from '../src/model.js';
import { claimRules } from '../src/rules/claims/index.js';
import type { UnitReport } from '../src/report.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const FIXTURES = join(ROOT, 'fixtures');
const SAMPLE = join(FIXTURES, 'units/kizilsu-2024');
const CLI = join(ROOT, 'bin/budget-check.js');

/**
 * Cases that fail because of a bug in src/ (not in the fixture): "<group>/<case>" → the bug.
 */
const KNOWN_BUGS: Record<string, string> = {
  // The flat 收支总表 (一、… 五、 income sources, numbered class names without codes, 本年收入合计 / 收入总计).
  'variants/flat-summary':
    'flat 收支总表: 30 TBL013 warnings at 表1:6–35, e.g. "201 一、一般公共服务支出: class 201 is named "一般公共服务支出" in the classification" ' +
    '(the numbering "一、" is compared as part of the name); and TBL005 error at 表1:10 "五、单位资金 is 131.99 万元, but the 1 lines it adds up ' +
    'come to 0.00 万元" (本年收入合计 is read as a total row, so the 五、 section is not closed and 上年结转结余 on line 37 becomes its item)',
  'faults/xt001-flat-summary-class': 'the flat-summary false alarms: 30 × TBL013 at 表1:6–35 and TBL005 at 表1:10 (五、单位资金 vs 上年结转结余), beside the two expected XT001',
  'faults/tbl005-flat-current-income':
    'flat 收支总表 with 本年收入合计 618.53: TBL005 at 表1:38 (收入总计 617.53 ≠ 本年收入合计 + 上年结转结余) missing; instead TBL004 at 表1:36 ' +
    '"收入总计 is 618.53 万元 but 支出总计 is 617.53 万元" and XT001 at 表1:36 "收入总计: … 本年收入合计 … is 618.53 万元, but 表2 … 合计 总计 is 617.53" ' +
    '(本年收入合计 is taken for the side total 收入总计), and for the same reason NC001 at 单位预算情况说明.txt:72 and :471 ("收支总预算 617.53" ' +
    'against 618.53, though 收入总计 is still 617.53); plus the flat-summary false alarms (30 × TBL013, TBL005 at 表1:10)',
  // A group header over every amount column is kept in the column keys.
  'variants/title-in-first-row-no-table-number':
    '表6 with its unit only in the header "预算数（万元）" over 合计/人员经费/公用经费: both FE002 warnings (表6:10, 表6:12) missing, no error ' +
    '(the columns are keyed "预算数(万元)/subtotal", "预算数(万元)/personnel", "预算数(万元)/public", so the rules find no column of the economic table)',
  'variants/unit-in-header-yuan':
    '表6 in 元 with its unit only in the header "预算数（元）": read as 万元 (30101 743,100.00 元 taken as 743,100.00 万元) and no finding at all: ' +
    'both FE002 (表6:11, 表6:13) missing, and no XT006 for gpb 基本支出 321.14 万元 against an economic total read as 3,211,400.00 万元 ' +
    '(the unit in a header cell is not read, and the "预算数(元)/…" column keys hide the table from the rules); the narrative rules do find the ' +
    'columns and report NC001 at 单位预算情况说明.txt:240, :248, :419 ("人员经费 is stated as 304.49 万元; the table says 3044900.00 万元")',
  'faults/tbl008-unit-in-header': 'as title-in-first-row-no-table-number: TBL008 ×2 at 表6:27 (人员经费 ≠ 301 + 303, 公用经费 ≠ 302) and both FE002 missing; only the two TBL002 found',
  'faults/xt002-three-header-income':
    '表2 with "收入预算" over every amount column: XT002 at 表3:8 and 表3:9 missing, silently (the income table\'s columns are keyed "收入预算/subtotal" ' +
    'for 总计, "收入预算/fin/gpb" …, so the cross-table rules find no total column in it)',
  'variants/budget-group-header':
    '"2024年预算数" over 表3/表5\'s 合计/基本支出/项目支出: XT007 error at 表7:8 "2010399: the projects under it add up to 164.40 万元, but the ' +
    'general public budget table has no row 2010399" (the row is there; its columns are keyed "total/subtotal", "total/basic", "total/project")',
  'faults/xt006-budget-group-header':
    'as budget-group-header: XT006 at 表5:15 (基本支出 321.14 ≠ the economic table\'s 321.24) missing, silently, and the false XT007 at 表7:8',
  'variants/flat-appropriation': 'flat 财政拨款收支总表: 30 TBL013 warnings at 表4:6–35, e.g. "201 一、一般公共服务支出: class 201 is named "一般公共服务支出"" (as flat-summary)',
  'faults/tbl005-flat-appropriation-current-income':
    'flat 表4 with 本年收入合计 486.54: TBL005 at 表4:38 (收入总计 ≠ 本年收入合计 + 上年结转) missing; instead TBL004 at 表4:36 "收入总计 is 486.54 万元 but ' +
    '支出总计 is 485.54 万元" and NC001 at 单位预算情况说明.txt:143 ("财政拨款收支总预算 485.54" against 486.54) (本年收入合计 taken for 收入总计); ' +
    'plus 30 × TBL013 at 表4:6–35',
  'faults/xt001-summary-basic-project-columns':
    '表1 with 合计/基本支出/项目支出 on the expenditure side, class 201 基本支出 285.17 and 项目支出 296.49 against 表3\'s 285.27 and 296.39: ' +
    'nothing reported (XT001 ×2 at 表1:6 missing): the summary\'s class rows are compared with the expenditure table in 合计 only',
  // The claims linker.
  'faults/xt004-appropriation-class':
    '表4 201 449.67 → 449.76 and 208 35.87 → 35.78: NC001 at 单位预算情况说明.txt:154 (社会保障和就业支出 35.87) but not at :150 ' +
    '(一般公共服务支出 449.67, the same sentence of the part on the 财政拨款收支总表): the two class amounts of one sentence are linked to different tables',
};

interface Expected {
  description: string;
  findings: { rule: string; file: string; line: number }[];
  /** Variants only: tables whose layout adds columns or rows the sample lacks, so their figures are not compared. */
  figuresExcept?: string[];
  /** Variants only: files that must be read as tables the tool does not know (kind null). */
  unrecognised?: string[];
  /** Variants only: no narrative; every rule that needs one is listed as not run. */
  noNarrative?: boolean;
}

function cases(group: string): string[] {
  const dir = join(FIXTURES, group);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
}

function readExpected(dir: string): Expected {
  return JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Expected;
}

const key = (f: { rule: string; file: string; line: number }) => `${f.rule} ${f.file}:${f.line}`;

/** Errors and warnings as "RULE file:line" (notes left out), sorted. */
function found(report: UnitReport): string[] {
  return report.findings.filter((f) => f.severity !== 'note').map(key).sort();
}

/** A readable diff of two multisets: what is missing and what is extra, with the messages of the extras. */
function diff(expected: string[], actual: string[], report: UnitReport): string {
  const left = [...expected];
  const extra: string[] = [];
  for (const a of actual) {
    const i = left.indexOf(a);
    if (i >= 0) left.splice(i, 1);
    else extra.push(a);
  }
  const messages = report.findings.filter((f) => f.severity !== 'note');
  const message = (k: string) => {
    const i = messages.findIndex((f) => key(f) === k);
    return i < 0 ? '' : messages.splice(i, 1)[0].message;
  };
  const lines = [
    ...left.map((k) => `  missing: ${k}`),
    ...extra.map((k) => `  extra:   ${k} — ${message(k)}`),
    ...report.problems.map((p) => `  input problem: ${p.file}${p.line ? `:${p.line}` : ''}: ${p.reason}`),
  ];
  return lines.length === 0 ? '' : `findings differ from expected.json:\n${lines.join('\n')}`;
}

/** it, or it.fails for a case with a known bug. */
function test(id: string, fn: () => Promise<void> | void) {
  const bug = KNOWN_BUGS[id];
  if (bug) it.fails(`${id} (known bug: ${bug})`, fn);
  else it(id, fn);
}

async function expectFindings(dir: string, expected: string[]) {
  const report = await checkUnit(dir);
  const actual = found(report);
  expect(diff(expected, actual, report), `${relative(ROOT, dir)}`).toBe('');
  expect(report.problems).toEqual([]);
}

/**
 * What a ledger says, independent of layout: per table, each row's identity (code, total, item or
 * name) with its non-zero amounts in 元. Two layouts of one package must read to the same figures.
 */
function figures(ledger: Ledger, skip: string[] = []): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [kind, table] of ledger.tables) {
    if (skip.includes(kind)) continue;
    out[kind] = table.rows.map((r) => {
      const id = r.code ?? (r.isTotal ? '(total)' : r.item ?? r.name.replace(/[\s\u3000]/g, ''));
      const cells = [...r.cells]
        .filter(([, c]) => c.amount && !c.amount.value.isZero())
        .map(([k, c]) => `${k}=${c.amount!.value.toFixed(2)}`)
        .sort();
      return [r.side ?? '', id, (r.project ?? '').replace(/[\s\u3000]/g, ''), ...cells].join(' ');
    });
    // Row order is layout (a 合计 row printed first or last): compare the rows as a set.
    out[kind].sort();
  }
  return out;
}

describe('variants: the sample in another layout gives exactly the sample\'s findings', () => {
  for (const name of cases('variants')) {
    test(`variants/${name}`, async () => {
      const dir = join(FIXTURES, 'variants', name);
      const meta = readExpected(dir);
      const expected = meta.findings;
      expect(expected.map((f) => f.rule)).toEqual(['FE002', 'FE002']);
      await expectFindings(dir, expected.map(key).sort());
      // And it reads to the same figures: every file recognised (but those meant not to be), every amount
      // in 元 as in the sample.
      const [variant, sample] = await Promise.all([loadUnit(dir), loadUnit(SAMPLE)]);
      expect(variant.ledger.files.filter((f) => f.kind === null).map((f) => f.file).sort()).toEqual(meta.unrecognised ?? []);
      const skip = [...(name === 'transposed-three-public' ? ['three-public'] : []), ...(meta.figuresExcept ?? [])];
      expect(figures(variant.ledger, skip)).toEqual(figures(sample.ledger, skip));
      if (meta.noNarrative) {
        // Every narrative rule is listed as not run, and nothing else is.
        const report = await checkUnit(dir);
        const narrativeRules = claimRules.map((r) => r.id);
        expect(report.skippedRules.map((s) => s.rule).sort()).toEqual([...narrativeRules].sort());
        const { status, stdout, stderr } = runCli([relative(ROOT, dir), '--no-progress']);
        expect(status, stderr).toBe(0);
        expect(stdout).toContain('no narrative');
      }
      if (meta.unrecognised) {
        // Listed in the report as read but not recognised, and the unit still exits 0.
        const { status, stdout, stderr } = runCli([relative(ROOT, dir), '--format', 'json', '--no-progress']);
        expect(status, stderr).toBe(0);
        const report = JSON.parse(stdout) as { units: { files: { file: string; kind: string | null }[] }[] };
        const listed = report.units[0].files.filter((f) => f.kind === null).map((f) => f.file).sort();
        expect(listed).toEqual(meta.unrecognised);
      }
    });
  }
});

describe('faults: every error and warning the fault causes, and nothing else', () => {
  for (const name of cases('faults')) {
    test(`faults/${name}`, async () => {
      const dir = join(FIXTURES, 'faults', name);
      await expectFindings(dir, readExpected(dir).findings.map(key).sort());
    });
  }
});

function runCli(args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('rounding: differences within rounding give no error and no warning', () => {
  for (const name of cases('rounding')) {
    test(`rounding/${name}`, async () => {
      const dir = join(FIXTURES, 'rounding', name);
      expect(readExpected(dir).findings).toEqual([]);
      await expectFindings(dir, []);
      const { status, stderr } = runCli([relative(ROOT, dir), '--no-progress']);
      expect(status, stderr).toBe(0);
    });
  }
});

describe('unreadable: exit 2 and one line naming the file and line', () => {
  for (const name of cases('unreadable')) {
    test(`unreadable/${name}`, () => {
      const dir = join(FIXTURES, 'unreadable', name);
      const rel = relative(ROOT, dir);
      // The empty directory holds only .gitkeep (no expected.json, which would make it non-empty).
      const expected = existsSync(join(dir, 'expected.json'))
        ? (JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as { exit: number; file: string; line: number | null })
        : { exit: 2, file: '.', line: null };
      const { status, stderr } = runCli([rel, '--no-progress']);
      expect(status, stderr).toBe(expected.exit);
      expect(stderr).not.toContain('    at ');
      expect(stderr).not.toMatch(/internal error/);
      const file = expected.file === '.' ? rel : expected.file;
      const where = expected.line ? `${file}:${expected.line}:` : `${file}:`;
      const line = stderr.split('\n').find((l) => l.includes(where));
      expect(line, `no stderr line with "${where}" in:\n${stderr}`).toBeDefined();
    });
  }

  it('the loader ignores the .gitkeep of the empty directory', async () => {
    const dir = join(FIXTURES, 'unreadable', 'empty-directory');
    expect(readdirSync(dir)).toEqual(['.gitkeep']);
    const { ledger, problems } = await loadUnit(dir);
    expect(ledger.files).toEqual([]);
    expect(problems.map((p) => p.file)).toEqual([dir]);
  });
});

describe('the report of an unreadable unit', () => {
  test('report/empty-directory-path', () => {
    const rel = relative(ROOT, join(FIXTURES, 'unreadable', 'empty-directory'));
    const { stdout, stderr } = runCli([rel, '--no-progress']);
    expect(`${stdout}\n${stderr}`).not.toContain(`${rel}/${rel}`);
  });
});

describe('the sample through the CLI', () => {
  const rel = relative(ROOT, SAMPLE);

  it('exits 0 (two warnings, no error)', () => {
    const { status, stderr } = runCli([rel, '--no-progress']);
    expect(stderr).toBe('');
    expect(status).toBe(0);
  });

  it('--format json: exactly the two FE002 warnings', () => {
    const { status, stdout } = runCli([rel, '--format', 'json', '--no-progress']);
    expect(status).toBe(0);
    const report = JSON.parse(stdout) as { units: { findings: { rule: string; severity: string; file: string; line: number }[] }[] };
    // Notes (e.g. NC006 on a growth from a zero prior: a convention) are allowed.
    const findings = report.units[0].findings.filter((f) => f.severity !== 'note').map(({ rule, severity, file, line }) => ({ rule, severity, file, line }));
    expect(findings).toEqual([
      { rule: 'FE002', severity: 'warning', file: '表6-一般公共预算基本支出情况表.csv', line: 11 },
      { rule: 'FE002', severity: 'warning', file: '表6-一般公共预算基本支出情况表.csv', line: 13 },
    ]);
  });
});
