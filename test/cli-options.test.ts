/**
 * The command line's presentation: the format taken from --output's extension, --quiet in a batch,
 * --max-warnings saying why it failed the run, the terminal report wrapped to the terminal's width
 * with its indent kept, its columns aligned with colour on, colour as chalk detects it, and a batch's
 * summary as one line per unit.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import stringWidth from 'string-width';
import { beforeAll, describe, expect, it } from 'vitest';
import { FORMATS, formatOf } from '../src/cli.js';
import { runCli } from './run-cli.js';
import { wrapText } from '../src/format/wrap.js';

const SAMPLE = 'fixtures/units/kizilsu-2024';
const FAULT = 'fixtures/faults/tbl001-changed-cell';
const ANSI = /\u001b\[[0-9;]*m/g;

const run = runCli;

let batch: string;
beforeAll(() => {
  batch = mkdtempSync(join(tmpdir(), 'bc-options-'));
  cpSync(SAMPLE, join(batch, 'a-clean'), { recursive: true });
  cpSync(FAULT, join(batch, 'b-fault'), { recursive: true });
  cpSync(SAMPLE, join(batch, 'c-clean'), { recursive: true });
});

describe('the format of --output', () => {
  it.each([
    ['r.json', 'json'],
    ['r.sarif', 'sarif'],
    ['r.xml', 'junit'],
    ['r.CSV', 'csv'],
    ['r.txt', 'table'],
    ['report', 'table'],
  ])('%s is written as %s unless --format says otherwise', (file, format) => {
    expect(formatOf('table', false, file)).toBe(format);
    expect(formatOf('github', true, file)).toBe('github');
    expect(formatOf('table', false, undefined)).toBe('table');
  });

  it('.html is the HTML format once there is one', () => {
    expect(formatOf('table', false, 'r.html')).toBe((FORMATS as readonly string[]).includes('html') ? 'html' : 'table');
  });

  it('the file holds that format', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bc-ext-'));
    expect((await run({}, SAMPLE, '-o', join(dir, 'r.sarif'))).code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'r.sarif'), 'utf8')).version).toBe('2.1.0');
    expect((await run({}, SAMPLE, '-o', join(dir, 'r.xml'))).code).toBe(0);
    expect(readFileSync(join(dir, 'r.xml'), 'utf8')).toMatch(/^<\?xml/);
    expect((await run({}, SAMPLE, '-o', join(dir, 'r.json'), '--format', 'csv'))).toMatchObject({ code: 0 });
    expect(readFileSync(join(dir, 'r.json'), 'utf8')).toMatch(/^\uFEFFunit,unit_name/);
    // --claims goes with the table, JSON and HTML only: with an .xml report it is an error as with --format junit.
    expect(await run({}, SAMPLE, '--claims', '-o', join(dir, 'c.xml'))).toMatchObject({ code: 2, err: 'budget-check: --claims lists claims in the table, json and html formats, not in junit\n' });
  });
});

describe('a batch on the terminal', () => {
  it('sums up one line per unit, its columns aligned, and the counts per rule, with no table rules', async () => {
    const r = await run({}, batch);
    const lines = r.out.split('\n').filter((l) => /^ {2}(clean|warnings|errors|unreadable) /.test(l));
    expect(lines.map((l) => l.trim().split(/\s+/)[0])).toEqual(['warnings', 'errors', 'warnings']);
    expect(lines.map((l) => l.slice(l.indexOf(batch)))).toEqual(['a-clean', 'b-fault', 'c-clean'].map((u) => `${join(batch, u)}  克孜勒苏柯尔克孜自治州政务服务和公共资源交易中心 2024`));
    expect(new Set(lines.map((l) => l.indexOf(batch))).size).toBe(1);
    const tail = r.out.slice(r.out.indexOf(lines[0]));
    expect(tail).not.toMatch(/[┌│├└─]/);
    expect(tail).toMatch(/^ {2}TBL001 subtotal-hierarchy +1 error, 0 warnings, 0 notes$/m);
    expect(r.out).toMatch(/\n3 units, 3 errors, 6 warnings, 6 notes\n$/);
  });

  it('--quiet prints only the units with errors, then the totals', async () => {
    const r = await run({}, batch, '--quiet');
    expect(r.out).not.toContain(join(batch, 'a-clean'));
    expect(r.out).not.toContain(join(batch, 'c-clean'));
    expect(r.out).toContain(`${join(batch, 'b-fault')}  克孜勒苏`);
    expect(r.out).not.toMatch(/FE002|^ {4}\S+ +(warning|note) /m);
    expect(r.out).toMatch(/\n3 units, 3 errors, 6 warnings, 6 notes\n$/);
    const clean = await run({}, SAMPLE, '--quiet');
    expect(clean.out).toBe('1 unit, 0 errors, 2 warnings, 2 notes\n');
  });

  it('--max-warnings says on standard error when it fails the run', async () => {
    const over = await run({}, SAMPLE, '--max-warnings', '1');
    expect(over).toMatchObject({ code: 1, err: 'budget-check: 2 warnings, more than --max-warnings 1: exit code 1\n' });
    expect(await run({}, SAMPLE, '--max-warnings', '2')).toMatchObject({ code: 0, err: '' });
    const zh = await run({ env: { LANG: 'zh_CN.UTF-8' } }, SAMPLE, '--max-warnings', '0');
    expect(zh.err).toBe('budget-check: 警告 2 个，超过 --max-warnings 0：退出码为 1\n');
  });
});

describe('the terminal', () => {
  it.each([['en'], ['zh-CN']])('wraps the report (%s) to its width, each line under its own indent', async (lang) => {
    const wide = await run({ tty: true }, FAULT, '--lang', lang, '--no-color');
    const narrow = await run({ tty: true, columns: 72 }, FAULT, '--lang', lang, '--no-color');
    expect(wide.out.split('\n').some((l) => stringWidth(l) > 72)).toBe(true);
    for (const line of narrow.out.split('\n')) {
      // A file's name or a unit's title is never broken.
      if (/^\S/.test(line) || line.startsWith('  表') || line.startsWith('  单位')) continue;
      expect(stringWidth(line), line).toBeLessThanOrEqual(72);
    }
    // A finding's message goes on under its first character.
    const lines = narrow.out.split('\n');
    const first = lines.findIndex((l) => /^ {4}7:5 /.test(l));
    const at = stringWidth(lines[first].slice(0, lines[first].search(/20103/)));
    expect(lines[first + 1].length - lines[first + 1].trimStart().length).toBe(at);
    // The words are the same, only the line breaks differ.
    const words = (s: string) => s.replace(/\s+/g, '');
    expect(words(narrow.out)).toBe(words(wide.out));
  });

  it('aligns its columns with colour on, as with colour off', async () => {
    const plain = await run({ tty: true }, FAULT, '--no-color');
    const coloured = await run({ tty: true, env: { FORCE_COLOR: '1' } }, FAULT);
    expect(coloured.out).toMatch(ANSI);
    expect(coloured.out.replace(ANSI, '')).toBe(plain.out);
  });

  it.each([
    [{ FORCE_COLOR: '0' }, true, false],
    [{ TERM: 'dumb' }, true, false],
    [{ NO_COLOR: '1' }, true, false],
    [{ FORCE_COLOR: '1' }, false, true],
    [{}, true, true],
    [{}, false, false],
  ])('colour under %j on a terminal: %s → %s', async (env, tty, colour) => {
    const r = await run({ env, tty }, SAMPLE);
    expect(ANSI.test(r.out)).toBe(colour);
    ANSI.lastIndex = 0;
  });

  it('colour of the command line itself is chalk\'s detection (FORCE_COLOR, a pipe) plus --no-color and NO_COLOR', () => {
    const cli = (env: Record<string, string>, ...args: string[]) =>
      spawnSync(process.execPath, [resolve('bin/budget-check.js'), SAMPLE, ...args], { encoding: 'utf8', env: { ...process.env, FORCE_COLOR: undefined, NO_COLOR: undefined, ...env } }).stdout;
    expect(cli({})).not.toMatch(ANSI);
    expect(cli({ FORCE_COLOR: '1' })).toMatch(ANSI);
    expect(cli({ FORCE_COLOR: '1' }, '--no-color')).not.toMatch(ANSI);
    expect(cli({ FORCE_COLOR: '1', NO_COLOR: '1' })).not.toMatch(ANSI);
    expect(cli({ FORCE_COLOR: '0' })).not.toMatch(ANSI);
  });
});

describe('wrapping text as the terminal shows it', () => {
  it('breaks at spaces, and between Chinese characters but not before a closing mark', () => {
    expect(wrapText('one two three four', 9)).toEqual(['one two', 'three', 'four']);
    expect(wrapText('一般公共服务支出合计', 8)).toEqual(['一般公共', '服务支出', '合计']);
    expect(wrapText('差额为零，可由舍入解释', 8)).toEqual(['差额为', '零，可由', '舍入解释']);
    expect(wrapText('（一）收入预算', 6)).toEqual(['（一）', '收入预', '算']);
  });

  it('cuts a word longer than the line, and keeps colour codes out of the width', () => {
    expect(wrapText('abcdefghij k', 4)).toEqual(['abcd', 'efgh', 'ij k']);
    const coloured = wrapText('\u001b[2mdim words here\u001b[22m', 9);
    expect(coloured.map((l) => l.replace(ANSI, ''))).toEqual(['dim words', 'here']);
    expect(coloured.join('')).toContain('\u001b[22m');
  });

  it('gives the first line a width of its own', () => {
    expect(wrapText('一二三四五六七八', 6, 4)).toEqual(['一二', '三四五', '六七八']);
  });
});
