import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultJobs, workerCount } from '../src/batch.js';

const SAMPLE = 'fixtures/units/kizilsu-2024';
const BIN = 'bin/budget-check.js';
let parent: string;

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

beforeAll(() => {
  parent = mkdtempSync(join(tmpdir(), 'bc-batch-'));
  // clean units at different depths, a faulty one, and an unreadable one
  cpSync(SAMPLE, join(parent, 'a-clean'), { recursive: true });
  cpSync(SAMPLE, join(parent, 'county', 'b-clean'), { recursive: true });
  cpSync(SAMPLE, join(parent, 'county', 'c-faulty'), { recursive: true });
  const faulty = join(parent, 'county', 'c-faulty', '表3-单位支出总体情况表.csv');
  writeFileSync(faulty, readFileSync(faulty, 'utf8').replace('201,03,01,行政运行,13.38,13.38,', '201,03,01,行政运行,13.38,14.38,'));
  mkdirSync(join(parent, 'd-unreadable'));
  cpSync(SAMPLE, join(parent, 'd-unreadable'), { recursive: true });
  writeFileSync(join(parent, 'd-unreadable', '表5-一般公共预算支出情况表.csv'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00]));
});

describe('a batch of units', () => {
  it('checks every unit, the unreadable one does not stop the others, exit 2', () => {
    const r = cli(parent, '--format', 'json', '--jobs', '2');
    expect(r.code).toBe(2);
    const report = JSON.parse(r.out);
    expect(report.units.map((u: { path: string }) => u.path.slice(parent.length + 1))).toEqual(['a-clean', 'county/b-clean', 'county/c-faulty', 'd-unreadable']);
    const [a, b, c, d] = report.units;
    expect(a.findings.filter((f: { severity: string }) => f.severity === 'error')).toHaveLength(0);
    expect(b.problems).toEqual([]);
    expect(c.findings.some((f: { rule: string; file: string; line: number }) => f.rule === 'TBL003' && f.file === '表3-单位支出总体情况表.csv' && f.line === 8)).toBe(true);
    expect(d.problems[0]).toMatchObject({ file: '表5-一般公共预算支出情况表.csv' });
    expect(report.summary.unreadable).toBe(1);
    expect(r.err).toMatch(/表5-一般公共预算支出情况表\.csv:1: binary content/);
  });

  it.each(['json', 'sarif', 'junit', 'csv', 'github', 'html'])('gives byte-identical %s output with --jobs 1 and --jobs 2', (format) => {
    const one = cli(parent, '--format', format, '--jobs', '1');
    const two = cli(parent, '--format', format, '--jobs', '2');
    expect(one.code).toBe(2);
    expect(two.out).toBe(one.out);
    // every unit appears in every format
    for (const unit of ['a-clean', 'b-clean', 'c-faulty', 'd-unreadable']) {
      if (format === 'github' && unit.endsWith('clean')) continue; // annotations name findings only
      expect(one.out).toContain(unit);
    }
  });

  it('reports a unit checked on a worker as one checked alone, in this thread', () => {
    const strip = (u: { path: string }) => ({ ...u, path: undefined });
    const batch = JSON.parse(cli(parent, '--format', 'json', '--claims', '--jobs', '2').out);
    for (const [i, unit] of [[0, 'a-clean'], [2, 'county/c-faulty']] as const) {
      const alone = JSON.parse(cli(join(parent, unit), '--format', 'json', '--claims').out);
      expect(strip(batch.units[i])).toEqual(strip(alone.units[0]));
    }
  });

  it.each(['table', 'json', 'sarif', 'junit', 'csv', 'github', 'html'])('writes the same %s report to --output as to standard output', (format) => {
    const file = join(mkdtempSync(join(tmpdir(), 'bc-out-')), `report.${format}`);
    const direct = cli(parent, '--format', format, '--jobs', '2');
    const toFile = cli(parent, '--format', format, '--jobs', '2', '--output', file);
    expect(toFile.code).toBe(direct.code);
    expect(toFile.out).toBe('');
    expect(readFileSync(file, 'utf8')).toBe(direct.out);
  });

  it('hands each unit on in path order, unreadable ones in their place, and returns the totals', async () => {
    const { checkUnits } = await import('../src/batch.js');
    const order: string[] = [];
    const summary = await checkUnits([parent], { jobs: 1 }, (u) => order.push(u.path.slice(parent.length + 1)));
    expect(order).toEqual(['a-clean', 'county/b-clean', 'county/c-faulty', 'd-unreadable']);
    expect(summary).toMatchObject({ units: 4, unreadable: 1 });
  });

  it('every format parses back', () => {
    expect(() => JSON.parse(cli(parent, '--format', 'sarif').out)).not.toThrow();
    const xml = new XMLParser({ ignoreAttributes: false }).parse(cli(parent, '--format', 'junit').out);
    expect([xml.testsuites.testsuite].flat()).toHaveLength(4);
    const rows = parse(cli(parent, '--format', 'csv').out, { bom: true, columns: true }) as { rule: string }[];
    // A row per input problem and per finding, as the JSON report lists them.
    const json = JSON.parse(cli(parent, '--format', 'json').out) as { units: { findings: { rule: string }[]; problems: unknown[] }[] };
    expect(rows.map((r) => r.rule)).toEqual(json.units.flatMap((u) => [...u.problems.map(() => 'INPUT'), ...u.findings.map((f) => f.rule)]));
    // The sample's two FE002 warnings in each of the four units (the unreadable one's 表5 does not hold them).
    expect(rows.filter((r) => r.rule === 'FE002')).toHaveLength(8);
    expect(rows.filter((r) => r.rule === 'INPUT')).toHaveLength(1);
  });

  it('ends the table report with a row per unit and counts per rule', () => {
    const r = cli(parent, '--jobs', '2');
    expect(r.out).toMatch(/county\/c-faulty[\s\S]*errors/);
    expect(r.out).toMatch(/TBL003 row-columns/);
    expect(r.out).toMatch(/4 units, \d+ errors, \d+ warnings, \d+ notes?, 1 with unreadable input/);
  });

  it('--quiet shows errors only', () => {
    const r = cli(parent, '--quiet');
    expect(r.out).not.toMatch(/FE002/);
    expect(r.out).toMatch(/TBL003/);
  });
});

describe('default number of worker threads', () => {
  it('starts a second worker on two cores only for a batch large enough to repay its warm-up', () => {
    expect([0, 1, 100, 300, 600].map((u) => defaultJobs(u, 2))).toEqual([1, 1, 1, 1, 1]);
    expect([700, 1000, 2000, 10000, 100000].map((u) => defaultJobs(u, 2))).toEqual([2, 2, 2, 2, 2]);
  });

  it('starts more workers for fewer units on more cores, never more than one per CPU', () => {
    expect([1, 2, 100, 2000, 10000].map((u) => defaultJobs(u, 8))).toEqual([1, 2, 3, 5, 7]);
    expect([1, 2000, 100000].map((u) => defaultJobs(u, 1))).toEqual([1, 1, 1]);
    for (const cpus of [1, 2, 4, 8, 64]) {
      let previous = 1;
      for (const units of [0, 10, 100, 1000, 10000, 100000, 1000000]) {
        const k = defaultJobs(units, cpus);
        expect(k).toBeGreaterThanOrEqual(previous);
        expect(k).toBeLessThanOrEqual(cpus);
        previous = k;
      }
    }
  });
});

describe('--jobs', () => {
  it('starts no more workers than units, nor than twice the CPUs', () => {
    expect(workerCount(64, 70, 2)).toBe(4);
    expect(workerCount(64, 3, 16)).toBe(3);
    expect(workerCount(3, 100, 2)).toBe(3);
    expect(workerCount(undefined, 300, 2)).toBe(defaultJobs(300, 2));
    expect(workerCount(undefined, 0, 2)).toBe(1);
  });

  it('--jobs 64 prints no warning (each worker was ended again at every exit: 55 MaxListenersExceededWarning lines)', () => {
    const many = mkdtempSync(join(tmpdir(), 'bc-jobs-'));
    for (let i = 0; i < 12; i++) cpSync(SAMPLE, join(many, `u${String(i).padStart(2, '0')}`), { recursive: true });
    const r = cli(many, '--jobs', '64', '--format', 'json');
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    expect(JSON.parse(r.out).summary.units).toBe(12);
  });
});
