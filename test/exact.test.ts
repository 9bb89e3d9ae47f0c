/**
 * Exact arithmetic at every magnitude the loader accepts: a figure has at most MAX_FIGURE_DIGITS
 * digits (a longer one is refused with the reason), and every sum of such figures, at any scale, keeps
 * its last printed decimal.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkUnit } from '../src/check.js';
import { MAX_FIGURE_DIGITS, toAmount } from '../src/load/amount.js';
import { holdsExactly, judge } from '../src/ledger/rounding.js';

const SAMPLE = 'fixtures/units/kizilsu-2024';
const T5 = '表5-一般公共预算支出情况表.csv';

/** The sample's tables with every figure times 10^power (still with two decimals), and 行政运行's 0.01 more. */
function scaledSample(power: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'bc-exact-'));
  cpSync(SAMPLE, dir, { recursive: true });
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.csv'))) {
    const text = readFileSync(join(dir, f), 'utf8').replace(/(^|,)(\d+)\.(\d\d)(?=,|\r)/gm, (_, p, i, d) => `${p}${(BigInt(i + d) * 10n ** BigInt(power - 2)).toString()}.00`);
    writeFileSync(join(dir, f), text);
  }
  const t5 = readFileSync(join(dir, T5), 'utf8');
  const bumped = t5.replace(/201,03,01,行政运行,(\d+)\.00,/, (_, v) => `201,03,01,行政运行,${v}.01,`);
  expect(bumped).not.toBe(t5);
  writeFileSync(join(dir, T5), bumped);
  return dir;
}

const t5Findings = (r: Awaited<ReturnType<typeof checkUnit>>) =>
  r.findings.filter((f) => f.file === T5).map((f) => `${f.rule} ${f.severity} ${f.line} ${f.difference}`);

describe('exact arithmetic', () => {
  it.each([20, 25])('finds a 0.01 difference among figures of 10^%d 万元', async (power) => {
    const dir = scaledSample(power);
    const strict = await checkUnit(dir, { strict: true });
    expect(strict.problems).toEqual([]);
    expect(t5Findings(strict)).toEqual(['TBL001 error 7 -0.01', 'TBL003 error 8 0.01', 'XT008 error 8 0.01']);
    const usual = await checkUnit(dir);
    expect(t5Findings(usual)).toEqual(['TBL001 note 7 -0.01', 'TBL003 note 8 0.01']);
  });

  it('keeps the last decimal of a sum across scales at the longest figures accepted (the 40-digit precision lost it)', () => {
    // 0.01 元 + two figures of 30 digits in 亿元 − the same two: 0.01 exactly, once the sum has passed 41 digits.
    const big = () => toAmount('9'.repeat(MAX_FIGURE_DIGITS), 100_000_000)!;
    const cent = toAmount('0.01', 1)!;
    const terms = [{ amount: cent }, { amount: big() }, { amount: big() }, { amount: big(), sign: -1 as const }, { amount: big(), sign: -1 as const }];
    expect(judge(cent, terms, 'eq', true).verdict).toBe('exact');
    const off = judge(toAmount('0.02', 1)!, terms, 'eq', true);
    expect(off.verdict).toBe('broken');
    expect(off.difference.toString()).toBe('0.01');
  });

  it('decides sums of figures past the safe integers without a float', () => {
    const a = (s: string) => ({ amount: toAmount(s, 1)! });
    expect(holdsExactly(toAmount('9007199254740993', 1)!, [a('9007199254740992')])).toBe(false);
    expect(judge(toAmount('9007199254740993', 1)!, [a('9007199254740992')], 'eq', true).difference.toString()).toBe('1');
    expect(judge(toAmount('900719925474099.31', 1)!, [a('900719925474099.30'), a('0.01')], 'eq', true).verdict).toBe('exact');
    expect(judge(toAmount('900719925474099.31', 1)!, [a('900719925474099.30'), a('0.02')], 'eq', true).difference.toString()).toBe('-0.01');
  });

  it('refuses a figure longer than any budget, naming its line and column (it was read, and a 0.01 in it lost)', () => {
    const dir = scaledSample(36);
    const r = spawnSync(process.execPath, ['bin/budget-check.js', dir, '--strict'], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`^budget-check: ${dir}/${T5}:\\d+: a figure of \\d+ digits in column \\d+: more than ${MAX_FIGURE_DIGITS}, beyond any budget \\(not read\\)$`, 'm'));
  });
});
