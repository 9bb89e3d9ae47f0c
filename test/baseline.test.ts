/**
 * Baselines: --write-baseline records a run's findings by fingerprints that ignore where a finding
 * is (its line, the lines its data cites) and how it is worded; --baseline leaves them out, and the
 * totals and the exit code count only the others.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BaselineRecorder, fingerprint, readBaseline, unitKey, withoutKnown } from '../src/baseline.js';
import { runCli } from './run-cli.js';
import type { Finding, UnitReport } from '../src/report.js';

const SAMPLE = resolve('fixtures/units/kizilsu-2024');
const FAULT = resolve('fixtures/faults/tbl001-changed-cell');

const run = (env: Record<string, string>, ...args: string[]) => runCli({ env }, ...args);

function finding(over: Partial<Finding> = {}): Finding {
  return {
    rule: 'XT001',
    name: 'summary-vs-tables',
    severity: 'error',
    messageId: 'class',
    data: { code: '201', stated: '表1.csv:6 201 一般公共服务支出 支出/预算数', other: '表3.csv:6 201 一般公共服务支出 合计' },
    message: 'class 201: …',
    file: '表1.csv',
    line: 6,
    column: 4,
    actual: '581.75',
    expected: '581.66',
    ...over,
  };
}

function unit(path: string, findings: Finding[]): UnitReport {
  return { path, findings, files: [], skippedRules: [], problems: [] };
}

describe('a finding\'s fingerprint', () => {
  it('ignores its line, column and cell, the lines its data cites, its wording and severity', () => {
    const a = fingerprint(finding(), '.');
    expect(fingerprint(finding({ line: 9, column: 2, cell: 'D9', severity: 'warning', message: '类 201：…' }), '.')).toBe(a);
    expect(fingerprint(finding({ data: { code: '201', stated: '表1.csv:9 201 一般公共服务支出 支出/预算数', other: '表3.csv:12 201 一般公共服务支出 合计' } }), '.')).toBe(a);
    expect(fingerprint(finding({ rule: 'NC012', messageId: 'twoAmounts', data: { subject: 'x', firstLine: 4, line: 9 } }), '.')).toBe(fingerprint(finding({ rule: 'NC012', messageId: 'twoAmounts', data: { subject: 'x', firstLine: 7, line: 12 } }), '.'));
  });

  it('keeps what the finding says: its rule, unit, file, message id, data and figures', () => {
    const a = fingerprint(finding(), '.');
    expect(fingerprint(finding({ actual: '581.76' }), '.')).not.toBe(a);
    expect(fingerprint(finding({ data: { code: '208', stated: '', other: '' } }), '.')).not.toBe(a);
    expect(fingerprint(finding({ file: '表2.csv' }), '.')).not.toBe(a);
    expect(fingerprint(finding(), 'county/a')).not.toBe(a);
    expect(fingerprint(finding({ rule: 'XT002' }), '.')).not.toBe(a);
  });

  it('names a unit by its path from the given path that holds it', () => {
    expect(unitKey('/data/units/county/a', ['/data/units'])).toBe('county/a');
    expect(unitKey('/data/units/county/a', ['/data/units', '/data/units/county'])).toBe('a');
    expect(unitKey('/data/units/a', ['/data/units/a'])).toBe('.');
  });
});

describe('a baseline', () => {
  it('is written sorted, with counts, and absorbs as many findings as it counts', () => {
    const rec = new BaselineRecorder(['/u']);
    rec.add(unit('/u/b', [finding(), finding({ line: 12 })]));
    rec.add(unit('/u/a', [finding({ rule: 'FE002' })]));
    const doc = JSON.parse(rec.text());
    expect(doc.budgetCheckBaseline).toBe(1);
    expect(doc.findings.map((e: { unit: string; count: number }) => [e.unit, e.count])).toEqual([['a', 1], ['b', 2]]);
    expect(rec.size).toBe(3);
    const known = new Map([[fingerprint(finding(), 'b'), 1]]);
    const r = withoutKnown(unit('/u/b', [finding(), finding({ line: 40 }), finding({ actual: '1.00' })]), known, ['/u']);
    expect(r.known).toBe(1);
    expect(r.report.findings.map((f) => [f.line, f.actual])).toEqual([[40, '581.75'], [6, '1.00']]);
  });

  it('that is not one is exit 2 with one line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bc-base-'));
    writeFileSync(join(dir, 'b.json'), '{"findings": []}');
    expect(() => readBaseline(join(dir, 'b.json'))).toThrow('not a budget-check baseline');
    const r = await run({}, SAMPLE, '--baseline', join(dir, 'none.json'));
    expect(r).toMatchObject({ code: 2, out: '', err: `budget-check: --baseline ${join(dir, 'none.json')}: no such file\n` });
  });
});

describe('the command line', () => {
  it('writes a baseline, then reports only what is new: an edit above a known finding keeps it known', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bc-base-'));
    cpSync(FAULT, join(dir, 'units', 'fault'), { recursive: true });
    cpSync(SAMPLE, join(dir, 'units', 'sample'), { recursive: true });
    const base = join(dir, 'baseline.json');
    const wrote = await run({}, join(dir, 'units'), '--write-baseline', base);
    expect(wrote.code).toBe(0);
    expect(wrote.err).toBe(`budget-check: 11 findings written to ${base} as the baseline\n`);
    // The whole report, as usual.
    expect(wrote.out).toMatch(/2 units, 3 errors, 4 warnings, 4 notes\n$/);
    // Written whole: no temporary file beside it.
    expect(readdirSync(dir).sort()).toEqual(['baseline.json', 'units']);
    const doc = JSON.parse(readFileSync(base, 'utf8'));
    expect(new Set(doc.findings.map((e: { unit: string }) => e.unit))).toEqual(new Set(['fault', 'sample']));

    const again = await run({}, join(dir, 'units'), '--baseline', base, '--format', 'json');
    expect(again.code).toBe(0);
    expect(JSON.parse(again.out).summary).toEqual({ units: 2, errors: 0, warnings: 0, notes: 0, unreadable: 0, known: 11 });

    // Lines added above every finding of the narrative, and one new fault.
    const narrative = join(dir, 'units', 'fault', '单位预算情况说明.txt');
    const text = readFileSync(narrative, 'utf8');
    writeFileSync(narrative, `新增说明一。\n新增说明二。\n${text.replace('单位资金 131.99 万元', '单位资金 131.89 万元')}`);
    const table = join(dir, 'units', 'fault', '表5-一般公共预算支出情况表.csv');
    writeFileSync(table, readFileSync(table, 'utf8').replace(/^/, ',,,,,,,\n'));
    const after = await run({}, join(dir, 'units'), '--baseline', base);
    expect(after.code).toBe(1);
    expect(after.out).toContain('单位资金 is stated as 131.89 万元');
    expect(after.out).not.toContain('TBL001');
    expect(after.out).toMatch(/2 units, 2 errors, 0 warnings, 0 notes, 11 known findings of the baseline not listed\n$/);
    const zh = await run({ LANG: 'zh_CN.UTF-8' }, join(dir, 'units'), '--baseline', base);
    expect(zh.out).toMatch(/共检查 2 个单位：错误 2 个，警告 0 个，提示 0 个；另有基线中的已知问题 11 个，未列出\n$/);
  });

  it('a baseline that cannot be written is exit 2 with one line; the earlier one stays', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bc-base-'));
    const r = await run({}, SAMPLE, '--write-baseline', join(dir, 'no', 'such', 'b.json'));
    expect(r.code).toBe(2);
    expect(r.err).toBe(`budget-check: cannot write --write-baseline ${join(dir, 'no', 'such', 'b.json')}: no such directory\n`);
    writeFileSync(join(dir, 'b.json'), 'earlier');
    expect((await run({}, SAMPLE, '--write-baseline', join(dir, 'b.json'))).code).toBe(0);
    expect(existsSync(join(dir, 'b.json'))).toBe(true);
    expect(JSON.parse(readFileSync(join(dir, 'b.json'), 'utf8')).findings).toHaveLength(4);
  });
});
