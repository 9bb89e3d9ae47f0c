/**
 * Discovery: a unit is a directory that holds a table (a CSV file with a known title); other CSV and
 * text files (a roster in the batch root, the report written there) are listed as skipped, never
 * taken for the unit that hides every unit below it; symbolic links are followed only inside the
 * given paths.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { discoverUnits } from '../src/discover.js';

const SAMPLE = 'fixtures/units/kizilsu-2024';

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, ['bin/budget-check.js', ...args], { encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** A batch root with units a and region/b. */
function batch(): string {
  const root = mkdtempSync(join(tmpdir(), 'bc-discover-'));
  cpSync(SAMPLE, join(root, 'a'), { recursive: true });
  cpSync(SAMPLE, join(root, 'region', 'b'), { recursive: true });
  return root;
}

describe('discovery', () => {
  it('lists a roster CSV in the batch root as skipped and checks the units below it (it was taken for the only unit: exit 2)', async () => {
    const root = batch();
    writeFileSync(join(root, 'roster.csv'), '单位名称,联系人\n甲,张三\n');
    writeFileSync(join(root, 'region', '说明.txt'), '各单位的预算公开文件。\n');
    const found = await discoverUnits([root]);
    expect(found.units).toEqual([join(root, 'a'), join(root, 'region', 'b')]);
    expect(found.problems).toEqual([]);
    expect(found.skipped).toEqual([
      { file: join(root, 'region', '说明.txt'), reason: 'not in a unit directory (no table beside it)' },
      { file: join(root, 'roster.csv'), reason: 'no known table title in its first rows' },
    ]);
    const r = cli(root, '--format', 'json');
    expect(r.code, r.err).toBe(0);
    expect(JSON.parse(r.out).summary).toMatchObject({ units: 2, skipped: found.skipped });
    expect(cli(root).out).toContain(`skipped ${root}/roster.csv: no known table title in its first rows`);
  });

  it.each(['csv', 'table'])('never reads the --output report (%s) as input, on this run or the next', (format) => {
    const root = batch();
    const report = join(root, format === 'csv' ? 'report.csv' : 'report.txt');
    for (let run = 0; run < 2; run++) {
      const r = cli(root, '--format', format, '--output', report);
      expect(r.code, r.err).toBe(0);
      expect(r.err).toBe('');
    }
    expect(readFileSync(report, 'utf8')).not.toContain('skipped');
  });

  it('never takes a report written inside a unit for its narrative', () => {
    const root = batch();
    const report = join(root, 'a', 'report.txt');
    writeFileSync(report, 'x'.repeat(1_000_000));
    const r = cli(join(root, 'a'), '--format', 'json', '--output', report);
    expect(r.code, r.err).toBe(0);
    const unit = JSON.parse(readFileSync(report, 'utf8')).units[0];
    expect(unit.files.map((f: { file: string }) => f.file)).not.toContain('report.txt');
    expect(unit.claimCounts.found).toBeGreaterThan(50);
  });

  it('does not follow a symbolic link out of the given paths (a link to / walked /proc and /dev)', async () => {
    const root = batch();
    symlinkSync('/', join(root, 'everything'));
    symlinkSync(join(root, 'region'), join(root, 'again'));
    const started = Date.now();
    const found = await discoverUnits([root]);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(found.units).toEqual([join(root, 'a'), join(root, 'again', 'b')]);
    expect(found.skipped).toEqual([{ file: join(root, 'everything'), reason: 'a symbolic link to /, outside the given paths: not followed' }]);
  });

  it('still takes a directory of CSV files without a known title, and nothing below, for a unit: the loader says why', () => {
    const root = mkdtempSync(join(tmpdir(), 'bc-discover-'));
    writeFileSync(join(root, 'list.csv'), '单位名称\n甲\n');
    const r = cli(root);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`budget-check: ${root}: no budget tables found (no CSV file, workbook sheet or PDF page with a known table title, and no narrative)\n`);
  });

  it('peeks at a CSV file without blocking on a FIFO or reading a device', async () => {
    const root = batch();
    spawnSync('mkfifo', [join(root, 'pipe.csv')]);
    symlinkSync('/dev/zero', join(root, 'zero.csv'));
    mkdirSync(join(root, 'empty'));
    const found = await discoverUnits([root]);
    expect(found.units).toEqual([join(root, 'a'), join(root, 'region', 'b')]);
    expect(found.skipped.map((s) => s.reason)).toEqual(['a named pipe (FIFO), not a regular file: not read', 'a device, not a regular file: not read']);
  });
});
