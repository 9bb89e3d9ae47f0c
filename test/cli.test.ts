import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkUnit } from '../src/check.js';
import { main, type Proc } from '../src/cli.js';
import { runCli } from './run-cli.js';

const SAMPLE = 'fixtures/units/kizilsu-2024';

const run = (...args: string[]) => runCli({}, ...args);

describe('the command line', () => {
  it('checks the sample: exit 0, the two genuine warnings, no colour when not a terminal', async () => {
    const r = await run(SAMPLE);
    expect(r.code).toBe(0);
    expect(r.out).toContain('0 errors, 2 warnings');
    expect(r.out).not.toMatch(/\u001b\[/);
    expect(r.err).toBe('');
  });

  it('prints the JSON report', async () => {
    const r = await run(SAMPLE, '--format', 'json');
    const report = JSON.parse(r.out);
    expect(report.summary).toMatchObject({ units: 1, errors: 0, warnings: 2 });
    const findings = report.units[0].findings.filter((f: { severity: string }) => f.severity !== 'note');
    expect(findings.map((f: { rule: string; line: number }) => `${f.rule}:${f.line}`)).toEqual(['FE002:11', 'FE002:13']);
    // the narrative's claims are counted as the library counts them: none contradicted, most verified
    const counts = report.units[0].claimCounts;
    expect(counts).toEqual((await checkUnit(SAMPLE)).claimCounts);
    expect(counts.contradicted).toBe(0);
    expect(counts.verified + counts.unlinked).toBe(counts.found);
    expect(counts.verified).toBeGreaterThan(counts.found * 0.8);
  });

  it('fails on warnings beyond --max-warnings', async () => {
    expect((await run(SAMPLE, '--max-warnings', '1')).code).toBe(1);
    expect((await run(SAMPLE, '--max-warnings', '2')).code).toBe(0);
  });

  it('lists the rules', async () => {
    const r = await run('rules', '--format', 'json');
    const list = JSON.parse(r.out);
    expect(list.map((x: { id: string }) => x.id)).toContain('TBL001');
  });

  it('writes the report to --output', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bc-'));
    const file = join(dir, 'r.json');
    const r = await run(SAMPLE, '--format', 'json', '--output', file);
    expect(r.code).toBe(0);
    expect(r.out).toBe('');
  });

  it.runIf(existsSync('/dev/full')).each(['json', 'junit'])('a disk that fills while the %s report is written: one line, exit 2, no spool left', async (format) => {
    // A temporary directory of its own, so that no other run's spool is counted.
    const saved = process.env.TMPDIR;
    process.env.TMPDIR = mkdtempSync(join(tmpdir(), 'bc-tmp-'));
    try {
      const r = await run(SAMPLE, '--format', format, '--output', '/dev/full');
      expect(r.code).toBe(2);
      expect(r.err).toBe('budget-check: cannot write --output /dev/full: no space left on the device\n');
      expect(readdirSync(process.env.TMPDIR)).toEqual([]);
    } finally {
      if (saved === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = saved;
    }
  });

  it.each([
    [['--no-such-option', SAMPLE], /unknown option/],
    [[], /no unit directory given/],
    [['--format', 'xml', SAMPLE], /xml/],
    [['--jobs', '0', SAMPLE], /whole number/],
    [['/no/such/dir'], /\/no\/such\/dir: no such file or directory/],
    [[SAMPLE, '--output', '/no/such/dir/r.json'], /cannot write --output/],
    [[SAMPLE, SAMPLE, '--previous', SAMPLE], /--previous takes one unit/],
    [[SAMPLE, '--previous', '/no/where'], /^budget-check: --previous \/no\/where: no such directory\n$/],
    [[SAMPLE, '--previous', `${SAMPLE}/表1-单位收支总体情况表.csv`], /--previous .*表1-单位收支总体情况表\.csv: not a directory\n$/],
  ])('refuses %j with one line and exit 2', async (args, message) => {
    const r = await run(...args);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).not.toMatch(/\n\s+at /);
  });

  it('names a --previous directory that cannot be read once, in the library too (its path was doubled)', async () => {
    const report = await checkUnit(SAMPLE, { previousDir: '/no/where' });
    expect(report.problems).toEqual([{ file: '/no/where', reason: 'cannot read the directory: no such directory' }]);
  });

  it('exits 2 for a directory without tables or a narrative, naming it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bc-empty-'));
    writeFileSync(join(dir, 'logo.png'), 'not a table');
    const r = await run(dir);
    expect(r.code).toBe(2);
    expect(r.err).toContain(dir);
  });

  it('checks a narrative published without tables on its own: a warning names the missing tables, the exit code follows the findings', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bc-narrative-'));
    const text = (percent: string) => `一、收入预算情况说明\n2024年收入预算100.00万元，比上年预算增加20.00万元，增长${percent}%。\n`;
    writeFileSync(join(dir, '情况说明.txt'), text('25.00'));
    const clean = await run(dir, '--format', 'json');
    expect(clean.code).toBe(0);
    const report = JSON.parse(clean.out);
    expect(report.units[0].problems).toEqual([]);
    expect(report.units[0].findings.map((f: { rule: string; severity: string }) => `${f.rule} ${f.severity}`)).toEqual(['CP001 warning']);
    // 20 on a prior of 80 is 25%: 20% is wrong whatever the tables say.
    writeFileSync(join(dir, '情况说明.txt'), text('20.00'));
    const wrong = await run(dir, '--format', 'json');
    expect(wrong.code).toBe(1);
    expect(JSON.parse(wrong.out).units[0].findings.map((f: { rule: string }) => f.rule)).toEqual(['CP001', 'NC003']);
  });

  it('prints an internal error as one line, with the trace only under --debug', async () => {
    for (const debug of [false, true]) {
      let err = '';
      const proc: Proc = {
        argv: ['node', 'budget-check', SAMPLE, ...(debug ? ['--debug'] : [])],
        env: {},
        stdout: {
          write: () => {
            throw new Error('stdout is gone');
          },
        },
        stderr: { write: (s: string) => (err += s) },
      };
      expect(await main(proc)).toBe(2);
      expect(err.split('\n')[0]).toBe(`budget-check: internal error: stdout is gone${debug ? '' : ' (run with --debug for details)'}`);
      if (debug) expect(err).toMatch(/\n\s+at /);
      else expect(err.trim().split('\n')).toHaveLength(1);
    }
  });

  it('documents every option and the exit codes in --help', async () => {
    const r = await run('--help');
    expect(r.code).toBe(0);
    for (const opt of ['--format', '--output', '--strict', '--claims', '--previous', '--quiet', '--max-warnings', '--jobs', '--no-color', '--debug']) expect(r.out).toContain(opt);
    expect(r.out).toMatch(/Exit codes:[\s\S]*2 {2}an input could not be read/);
  });
});
