/**
 * The report file is written whole or not at all: to a temporary file beside it, renamed over it
 * when complete. An interrupted run (SIGINT, SIGTERM) stops its workers, removes its temporary file,
 * gives the terminal its cursor back and exits 130 or 143, leaving an earlier report as it was; a
 * report that cannot be written is one line and exit 2; two runs writing one file never interleave.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, openSync, closeSync, readFileSync, readdirSync, symlinkSync, writeFileSync, lstatSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main, type Proc } from '../src/cli.js';

const SAMPLE = 'fixtures/units/kizilsu-2024';
const BIN = 'bin/budget-check.js';

function batch(units: number): string {
  const parent = mkdtempSync(join(tmpdir(), 'bc-out-batch-'));
  for (let i = 0; i < units; i++) cpSync(SAMPLE, join(parent, `u${String(i).padStart(3, '0')}`), { recursive: true });
  return parent;
}

/** Resolves when `test` holds, polling; fails after `ms`. */
async function until(test: () => boolean, ms = 30_000): Promise<void> {
  const end = Date.now() + ms;
  while (!test()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}

function noStackTrace(err: string) {
  expect(err).not.toMatch(/\n\s+at .+:\d+:\d+/);
}

describe('--output', () => {
  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)('a batch stopped by %s leaves the earlier report byte-identical and no temporary file (exit %d)', async (signal, code) => {
    const parent = batch(120);
    const outDir = mkdtempSync(join(tmpdir(), 'bc-out-'));
    const report = join(outDir, 'report.json');
    const earlier = '{"an": "earlier report"}\n';
    writeFileSync(report, earlier);
    const child = spawn(process.execPath, [BIN, parent, '--format', 'json', '--output', report, '--jobs', '2'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
    // Once the report is being written (its temporary file exists), the run is stopped.
    await until(() => readdirSync(outDir).some((f) => f.endsWith('.tmp')));
    child.kill(signal);
    expect(await exited).toBe(code);
    expect(readFileSync(report, 'utf8')).toBe(earlier);
    expect(readdirSync(outDir)).toEqual(['report.json']);
    expect(err).toBe(`budget-check: interrupted (${signal}): ${report} was not written\n`);
  });

  it('replaces the earlier report only when the new one is complete', async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'bc-out-'));
    const report = join(outDir, 'report.json');
    writeFileSync(report, 'old');
    const r = spawnSync(process.execPath, [BIN, SAMPLE, '--format', 'json', '--output', report], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(JSON.parse(readFileSync(report, 'utf8')).summary.units).toBe(1);
    expect(readdirSync(outDir)).toEqual(['report.json']);
  });

  it('writes through a symbolic link to the report, keeping the link', () => {
    const outDir = mkdtempSync(join(tmpdir(), 'bc-out-'));
    writeFileSync(join(outDir, 'real.json'), 'old');
    symlinkSync('real.json', join(outDir, 'report.json'));
    const r = spawnSync(process.execPath, [BIN, SAMPLE, '--format', 'json', '--output', join(outDir, 'report.json')], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(lstatSync(join(outDir, 'report.json')).isSymbolicLink()).toBe(true);
    expect(JSON.parse(readFileSync(join(outDir, 'real.json'), 'utf8')).summary.units).toBe(1);
  });

  it('two runs writing the same file never interleave: the file is one whole report', async () => {
    const parent = batch(6);
    const outDir = mkdtempSync(join(tmpdir(), 'bc-out-'));
    const report = join(outDir, 'report.json');
    const run = () =>
      new Promise<number | null>((resolve) => spawn(process.execPath, [BIN, parent, '--format', 'json', '--output', report, '--jobs', '1'], { stdio: 'ignore' }).on('exit', resolve));
    expect(await Promise.all([run(), run()])).toEqual([0, 0]);
    expect(JSON.parse(readFileSync(report, 'utf8')).summary.units).toBe(6);
    expect(readdirSync(outDir)).toEqual(['report.json']);
  });

  it.runIf(readdirSync('/dev').includes('full')).each(['table', 'json', 'csv', 'github', 'junit'])(
    'a write that fails partway through a batch (--format %s --output /dev/full) is one line and exit 2',
    (format) => {
      const parent = batch(3);
      const r = spawnSync(process.execPath, [BIN, parent, '--format', format, '--output', '/dev/full', '--jobs', '2'], { encoding: 'utf8', timeout: 60_000 });
      expect(r.status).toBe(2);
      expect(r.stderr).toBe('budget-check: cannot write --output /dev/full: no space left on the device\n');
      noStackTrace(r.stderr);
    },
  );

  it.runIf(readdirSync('/dev').includes('full'))('a standard output that cannot be written is one line and exit 2', () => {
    const fd = openSync('/dev/full', 'w');
    try {
      const r = spawnSync(process.execPath, [BIN, batch(2), '--format', 'json', '--jobs', '2'], { stdio: ['ignore', fd, 'pipe'], encoding: 'utf8', timeout: 60_000 });
      expect(r.status).toBe(2);
      expect(r.stderr).toBe('budget-check: cannot write the report to standard output: no space left on the device\n');
    } finally {
      closeSync(fd);
    }
  });
});

describe('the JUnit spool', () => {
  it('a temporary directory that cannot be written is one line and exit 2', () => {
    const r = spawnSync(process.execPath, [BIN, SAMPLE, '--format', 'junit'], { encoding: 'utf8', env: { ...process.env, TMPDIR: '/no/such/tmp' } });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('budget-check: cannot write a temporary file in /no/such/tmp: no such directory\n');
  });
});

describe('the progress bar', () => {
  it('gives the terminal its cursor back when the run is interrupted', async () => {
    const parent = batch(3);
    let err = '';
    const handlers = new Map<string, (s: NodeJS.Signals) => void>();
    const stderr = {
      isTTY: true,
      columns: 80,
      write: (s: string) => {
        err += s;
        // Interrupted as soon as the bar is drawn.
        if (s.includes('checking')) handlers.get('SIGINT')?.('SIGINT');
        return true;
      },
      cursorTo: () => true,
      clearLine: () => true,
      moveCursor: () => true,
      on: () => stderr,
      removeListener: () => stderr,
    };
    const proc: Proc = {
      argv: ['node', 'budget-check', parent],
      env: {},
      stdout: { write: () => true, isTTY: false },
      stderr,
      on: (event, listener) => handlers.set(event, listener),
      off: (event) => handlers.delete(event),
    };
    expect(await main(proc)).toBe(130);
    expect(err).toContain('\u001b[?25l');
    expect(err.lastIndexOf('\u001b[?25h')).toBeGreaterThan(err.lastIndexOf('\u001b[?25l'));
    expect(handlers.size).toBe(0);
  });
});
