/**
 * --previous: last year's package of the same unit (fixtures/units/kizilsu-2023, built from the priors
 * that the sample's own claims imply) confirms every year-over-year claim; a copy with one prior
 * changed flags the claim that depends on it (NC013).
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { checkLedger } from '../../src/check.js';
import { analyseClaims } from '../../src/narrative/analysis.js';
import { resolve } from '../../src/ledger/figures.js';
import { loadUnit } from '../../src/load/unit.js';
import { claimRules } from '../../src/rules/index.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SAMPLE = join(ROOT, 'fixtures/units/kizilsu-2024');
const PREVIOUS = join(ROOT, 'fixtures/units/kizilsu-2023');

const temps: string[] = [];
afterAll(async () => {
  for (const t of temps) await rm(t, { recursive: true, force: true });
});

async function previousWith(file: string, from: string, to: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'bc-previous-'));
  temps.push(dir);
  await cp(PREVIOUS, dir, { recursive: true });
  const text = await readFile(join(dir, file), 'utf8');
  expect(text).toContain(from);
  await writeFile(join(dir, file), text.replace(from, to));
  return dir;
}

const loud = (f: { severity: string }) => f.severity !== 'note';

/** A copy of the sample whose 表5 prints a 上年预算数 column (the priors of kizilsu-2023), one of them possibly changed. */
async function sampleWithPriorColumn(change?: [string, string]): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'bc-prior-column-'));
  temps.push(dir);
  await cp(SAMPLE, dir, { recursive: true });
  const file = join(dir, '表5-一般公共预算支出情况表.csv');
  const priors: Record<string, string> = {
    '201,,': '473.63',
    '201,03,': '473.63',
    '201,03,01': '62.23',
    '201,03,50': '411.40',
    '201,03,99': '',
    '208,,': '37.07',
    '208,05,': '37.07',
    '208,05,01': '4.11',
    '208,05,05': '32.96',
    ',,': '510.70',
  };
  const lines = (await readFile(file, 'utf8')).split(/\r?\n/).map((line, i) => {
    if (line === '') return line;
    if (i === 3) return `${line},上年预算数`;
    if (i < 3) return `${line},`;
    const code = line.split(',').slice(0, 3).join(',');
    let v = priors[code.replace(/^\uFEFF/, '')] ?? '';
    if (change && code === change[0]) v = change[1];
    return `${line},${v}`;
  });
  await writeFile(file, lines.join('\r\n'));
  return dir;
}

describe('prior-year columns of this year\'s tables', () => {
  it('a 上年预算数 column that agrees with the claims gives no error', async () => {
    const { ledger, problems } = await loadUnit(await sampleWithPriorColumn());
    expect(problems).toEqual([]);
    expect(ledger.tables.get('gpb')?.columns.map((c) => c.key)).toContain('prior');
    const { findings } = checkLedger(ledger, { rules: claimRules });
    expect(findings.filter(loud).map((f) => `${f.rule} ${f.line} ${f.message}`)).toEqual([]);
  });

  it('a prior-year cell that disagrees flags the claim that depends on it', async () => {
    const { ledger } = await loadUnit(await sampleWithPriorColumn(['208,05,05', '33.96']));
    const { findings } = checkLedger(ledger, { rules: claimRules });
    const got = findings.filter(loud);
    expect(got.map((f) => `${f.rule} ${f.line}`)).toEqual(['NC013 229']);
    expect(got[0].message).toContain('this year\'s table prints 33.96');
  });
});

describe('--previous', () => {
  it('last year\'s package is itself consistent', async () => {
    const { ledger, problems } = await loadUnit(PREVIOUS);
    expect(problems).toEqual([]);
    const { findings } = checkLedger(ledger);
    expect(findings.filter(loud).map((f) => `${f.rule} ${f.file}:${f.line} ${f.message}`)).toEqual([]);
  });

  it('a consistent prior-year package gives no error, and every linked yoy claim is compared', async () => {
    const { ledger } = await loadUnit(SAMPLE);
    const { ledger: previous } = await loadUnit(PREVIOUS);
    const { findings } = checkLedger(ledger, { rules: claimRules, previous });
    expect(findings.filter(loud).map((f) => `${f.rule} ${f.line} ${f.message}`)).toEqual([]);
    const a = analyseClaims(ledger);
    const yoy = a.claims.filter((c) => c.kind === 'yoy' && a.figures.has(c.id));
    expect(yoy.length).toBeGreaterThanOrEqual(17);
    // Each resolves in last year's package to the figure of the same subject, printed in one of its tables: the
    // same row, or a zero where the row is absent (2010399, new this year: "增长100%" from a zero prior).
    const files = new Set(previous.files.map((f) => f.file));
    const absent: string[] = [];
    for (const c of yoy) {
      const key = a.keys.get(c.id)!;
      const prior = resolve(previous, key)!;
      expect(prior.key, `${c.line} ${c.subject}`).toBe(key);
      expect(files.has(prior.place.file), `${c.line} ${c.subject}: ${prior.place.file}`).toBe(true);
      if (prior.absent) {
        absent.push(key);
        expect(prior.amount.value.isZero()).toBe(true);
      } else expect(prior.label, `${c.line} ${c.subject}`).toBe(a.figures.get(c.id)!.label);
    }
    expect(absent).toEqual(['gpb:code:2010399']);
  });

  it('one prior figure changed flags the claim that depends on it', async () => {
    const dir = await previousWith('表5-一般公共预算支出情况表.csv', '201,03,01,行政运行,62.23,62.23,', '201,03,01,行政运行,63.23,63.23,');
    const { ledger } = await loadUnit(SAMPLE);
    const { ledger: previous } = await loadUnit(dir);
    const { findings } = checkLedger(ledger, { rules: claimRules, previous });
    const got = findings.filter(loud);
    expect(got.map((f) => `${f.rule} ${f.file}:${f.line}`)).toEqual(['NC013 单位预算情况说明.txt:190']);
    expect(got[0].expected).toBe('63.23');
    expect(got[0].actual).toBe('62.23');
    expect(got[0].quote).toContain('行政运行(项)');
  });

  it('a changed income prior flags the income claim', async () => {
    const dir = await previousWith('表1-单位收支总体情况表.csv', '5.单位资金,72.73', '5.单位资金,70.73');
    const { ledger } = await loadUnit(SAMPLE);
    const { ledger: previous } = await loadUnit(dir);
    const { findings } = checkLedger(ledger, { rules: claimRules, previous });
    expect(findings.filter(loud).map((f) => `${f.rule} ${f.line}`)).toEqual(['NC013 103']);
  });
});
