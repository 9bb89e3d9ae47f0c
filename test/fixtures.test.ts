/**
 * Fixture-driven tests: every directory under fixtures/faults, fixtures/rounding and fixtures/unreadable is
 * a test (regenerate them with `node scripts/make-fixtures.mjs`); fixtures/variants are test/variants.test.ts's.
 *
 * - faults: the multiset of errors and warnings equals expected.json exactly: each finding's rule, file and
 *   line, and the figures it states there (severity, expected, actual, difference; text its message must
 *   contain, `says`; a sum's parts, `components`; the column it points at, `column`). When a finding of
 *   expected.json is a note, the unit's notes are compared too.
 * - rounding: no error and no warning; the notes (within rounding) as expected.json lists them, if it does.
 * - unreadable: the CLI exits 2 with one stderr line naming the file and line, and no stack trace.
 *
 * The faults come first: they are the quickest to tell a wrong number (mutation testing stops a run at its
 * first failing test). What runs the built command line is a test of its own: it runs no source code.
 *
 * A case that fails because of a bug in src/ is kept and marked in KNOWN_BUGS (test/harness.ts; run with
 * it.fails), so that the suite stays green while the bug stays visible. Remove the entry once the bug is
 * fixed: it.fails then fails, as a reminder.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLedger, checkUnit } from '../src/check.js';
import { loadUnit } from '../src/load/unit.js';
import { claimSummary } from '../src/check.js';
import { claimRules } from '../src/rules/index.js';
import { FIXTURES, ROOT, SAMPLE, cases, expectFindings, found, readExpected, runCli, test } from './harness.js';

describe('faults: every error and warning the fault causes, with its figures, and nothing else', () => {
  for (const name of cases('faults')) {
    test(`faults/${name}`, async () => {
      const dir = join(FIXTURES, 'faults', name);
      await expectFindings(dir, readExpected(dir).findings);
    });
  }
});

describe('another unit: 政府性基金, 国有资本经营 and 财政专户 money, seven classes, every 三公 item', () => {
  test('units/wensu-2025 checks clean, every claim it links verified', async () => {
    const dir = join(FIXTURES, 'units/wensu-2025');
    await expectFindings(dir, []);
    const { ledger } = await loadUnit(dir);
    const counts = claimSummary(ledger).counts;
    expect(counts.contradicted).toBe(0);
    expect(counts.verified + counts.unlinked).toBe(counts.found);
    // Nearly all linked: 104 of its 108 claims when this was written.
    expect(counts.verified).toBeGreaterThan(0.9 * counts.found);
  });

  test('an item "与上年预算持平" implies its prior: the items\' priors still add up (NC007)', async () => {
    const { ledger } = await loadUnit(join(FIXTURES, 'units/wensu-2025'));
    const narrative = ledger.narrative!;
    expect(narrative.text).toContain('与上年预算持平');
    // One item's change and percent altered together (consistent with each other, not with the total's prior).
    const from = '589.26 万元，比上年预算减少 10.74 万元，下降 1.79%';
    expect(narrative.text).toContain(from);
    const text = narrative.text.replace(from, '589.26 万元，比上年预算减少 20.74 万元，下降 3.40%');
    const { findings } = checkLedger({ ...ledger, narrative: { ...narrative, text } }, { rules: claimRules });
    expect(findings.filter((f) => f.severity === 'error').map((f) => f.rule)).toEqual(['NC007']);
  });
});

describe('表6 by 政府预算经济分类 (501 …), the same totals as the sample\'s', () => {
  const rows = [
    '501,,机关工资福利支出,300.71,300.71,', '501,01,工资奖金津补贴,232.34,232.34,', '501,02,社会保障缴费,42.53,42.53,', '501,03,住房公积金,25.84,25.84,',
    '502,,机关商品和服务支出,16.65,,16.65', '502,01,办公经费,9.10,,9.10', '502,03,培训费,0.10,,0.10', '502,06,公务接待费,0.40,,0.40', '502,09,维修（护）费,3.00,,3.00', '502,99,其他商品和服务支出,4.05,,4.05',
    '509,,对个人和家庭的补助,3.78,3.78,', '509,05,离退休费,3.75,3.75,', '509,99,其他对个人和家庭的补助,0.03,0.03,',
  ];
  const withBasic = async (edit: (lines: string[]) => string[]) => {
    const dir = mkdtempSync(join(tmpdir(), 'bc-gov-econ-'));
    cpSync(SAMPLE, dir, { recursive: true });
    const file = join(dir, '表6-一般公共预算基本支出情况表.csv');
    const lines = readFileSync(file, 'utf8').split(/\r?\n/);
    writeFileSync(file, edit([...lines.slice(0, 5), ...rows, ',,合计,321.14,304.49,16.65']).join('\n'));
    try {
      return found(await checkUnit(dir));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };

  test('its codes are economic codes: no false TBL010, TBL008 or TBL009', async () => {
    expect(await withBasic((l) => l)).toEqual([]);
  });

  test('a function code among its rows: TBL010 says that its economic codes begin with 5', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bc-gov-econ-'));
    cpSync(SAMPLE, dir, { recursive: true });
    const file = join(dir, '表6-一般公共预算基本支出情况表.csv');
    const lines = readFileSync(file, 'utf8').split(/\r?\n/);
    // The function code 20103 for 50999, and a 部门预算 code 30101 for 50101: only the function code is out of place.
    const edited = rows.map((r) => r.replace('509,99,其他对个人和家庭的补助', '201,03,其他对个人和家庭的补助').replace('501,01,工资奖金津补贴', '301,01,工资奖金津补贴'));
    writeFileSync(file, [...lines.slice(0, 5), ...edited, ',,合计,321.14,304.49,16.65'].join('\n'));
    try {
      const tbl010 = (await checkUnit(dir)).findings.filter((f) => f.rule === 'TBL010');
      expect(tbl010.map((f) => [f.line, f.message])).toEqual([[18, 'code 20103 is not in the economic classification (economic codes begin with 5)']]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('the sample\'s 表6 with a 政府预算 code and a function code: TBL010 says that its economic codes begin with 3', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bc-gov-econ-'));
    cpSync(SAMPLE, dir, { recursive: true });
    const file = join(dir, '表6-一般公共预算基本支出情况表.csv');
    const text = readFileSync(file, 'utf8');
    const edited = text.replace(/^301,01,/m, '501,01,').replace(/^302,01,/m, '202,01,');
    expect(edited.split('\n').filter((l, i) => l !== text.split('\n')[i])).toHaveLength(2);
    writeFileSync(file, edited);
    try {
      const tbl010 = (await checkUnit(dir)).findings.filter((f) => f.rule === 'TBL010');
      expect(tbl010.map((f) => f.message)).toEqual(['code 20201 is not in the economic classification (economic codes begin with 3)']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a wrong subtotal is still found', async () => {
    expect(await withBasic((l) => l.map((x) => x.replace('502,,机关商品和服务支出,16.65,,16.65', '502,,机关商品和服务支出,17.65,,17.65')))).toEqual(
      expect.arrayContaining([expect.stringMatching(/^TBL001 /)]),
    );
  });
});


describe('rounding: differences within rounding give no error and no warning', () => {
  for (const name of cases('rounding')) {
    test(`rounding/${name}`, async () => {
      const dir = join(FIXTURES, 'rounding', name);
      // Notes only: each difference within rounding, with its figures, when expected.json lists them.
      const expected = readExpected(dir).findings;
      expect(expected.filter((f) => f.severity !== 'note')).toEqual([]);
      await expectFindings(dir, expected);
    });
  }
});

// The built command line on the fixtures, in a block of its own: mutation testing selects a test by its full
// name as a pattern, and "rounding/x through the CLI" under the same block would match "rounding/x" too.
describe('the built command line on the rounding fixtures', () => {
  for (const name of cases('rounding')) {
    test(`CLI on rounding/${name}: exit 0`, () => {
      const { status, stderr } = runCli([relative(ROOT, join(FIXTURES, 'rounding', name)), '--no-progress']);
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
      const lines = stderr.split('\n').filter((l) => l.includes(where));
      expect(lines, `one stderr line with "${where}" in:\n${stderr}`).toHaveLength(1);
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
