/**
 * Names and cell text reach the terminal escaped: a crafted file or directory name (escape sequences,
 * a newline, C1 controls, bidi overrides) cannot clear the screen, retitle the window or forge a line
 * of its own; a name that is not UTF-8 is read and shown with its bytes escaped.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeName, escapeText, fsPath, nameFromBytes } from '../src/escape.js';

const SAMPLE = 'fixtures/units/kizilsu-2024';
/** What must never reach a terminal raw. */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** No line of the text holds an unsafe character (colour escapes aside: none without a terminal). */
function safeLines(text: string) {
  for (const line of text.split('\n')) expect(line).not.toMatch(UNSAFE);
}

function cli(...args: (string | Buffer)[]) {
  const r = spawnSync(process.execPath, ['bin/budget-check.js', ...(args as string[])], { encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('escapeName', () => {
  it('turns any bytes into one line without a control character, and reads back to the same bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), (bytes) => {
        const name = nameFromBytes(Buffer.from(bytes));
        const shown = escapeName(name);
        expect(shown).not.toMatch(UNSAFE);
        expect(Buffer.from(fsPath(name))).toEqual(Buffer.from(bytes));
      }),
      { numRuns: 3000, seed: 20261205 },
    );
  });

  it('gives different names different escapes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 12 }), fc.uint8Array({ maxLength: 12 }), (a, b) => {
        fc.pre(!Buffer.from(a).equals(Buffer.from(b)));
        expect(escapeName(nameFromBytes(Buffer.from(a)))).not.toBe(escapeName(nameFromBytes(Buffer.from(b))));
      }),
      { numRuns: 3000, seed: 7 },
    );
  });

  it('shows each kind visibly', () => {
    expect(escapeName('a\u001b]0;t\u0007b\nc\rd\te')).toBe('a\\x1b]0;t\\x07b\\nc\\rd\\te');
    expect(escapeName('x\u0085y\u009bz\u202eq\u2066w\u2069')).toBe('x\\u0085y\\u009bz\\u202eq\\u2066w\\u2069');
    expect(escapeName(nameFromBytes(Buffer.from([0x61, 0xff, 0xc3, 0x28])))).toBe('a\\xff\\xc3(');
    expect(escapeName('表1-单位收支总体情况表.csv')).toBe('表1-单位收支总体情况表.csv');
    expect(escapeName('C:\\dir\\x.csv')).toBe('C:\\dir\\x.csv');
    expect(escapeName('C:\\dir\n')).toBe('C:\\\\dir\\n');
    expect(escapeText('甲\u202e乙\\')).toBe('甲\\u202e乙\\');
  });
});

describe('names on the terminal', () => {
  it('escapes a crafted directory name and a file name with a newline, each problem on one line', () => {
    const parent = mkdtempSync(join(tmpdir(), 'bc-names-'));
    const evil = '\u001b]0;pwned\u0007\u001b[2J\u001b[H';
    cpSync(SAMPLE, join(parent, evil), { recursive: true });
    writeFileSync(join(parent, evil, '表12\nbudget-check: forged.csv'), '\u0000');
    const r = cli(parent);
    expect(r.code).toBe(2);
    expect(r.out + r.err).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(r.err).toBe(`budget-check: ${parent}/\\x1b]0;pwned\\x07\\x1b[2J\\x1b[H/表12\\nbudget-check: forged.csv:1: binary content (control bytes), not a CSV text file\n`);
    expect(r.out).toContain(`${parent}/\\x1b]0;pwned\\x07\\x1b[2J\\x1b[H`);
    const github = cli(parent, '--format', 'github');
    safeLines(github.out);
    expect(github.out).toContain('file=');
    expect(github.out.trim().split('\n').every((l) => l.startsWith('::'))).toBe(true);
  });

  it('checks a unit whose directory and files have names that are not UTF-8, and shows them escaped', () => {
    const parent = mkdtempSync(join(tmpdir(), 'bc-bytes-'));
    const unit = Buffer.concat([Buffer.from(`${parent}/unit-`), Buffer.from([0xff, 0xfe])]);
    mkdirSync(unit);
    cpSync(SAMPLE, join(parent, 'tmp'), { recursive: true });
    for (const f of ['表1-单位收支总体情况表.csv', '表2-单位收入总体情况表.csv', '表3-单位支出总体情况表.csv', '表4-财政拨款收支预算总体情况表.csv', '表5-一般公共预算支出情况表.csv', '表7-一般公共预算项目支出情况表.csv', '表8-政府性基金预算支出情况表.csv', '表9-国有资本经营预算支出情况表.csv', '表10-财政拨款三公经费支出情况表.csv', '表11-上年结转结余情况明细表.csv', '单位预算情况说明.txt']) {
      renameSync(join(parent, 'tmp', f), Buffer.concat([unit, Buffer.from(`/${f}`)]));
    }
    // A table whose own name is not UTF-8 either: read, and its findings named with the bytes escaped.
    renameSync(join(parent, 'tmp', '表6-一般公共预算基本支出情况表.csv'), Buffer.concat([unit, Buffer.from('/表6-'), Buffer.from([0xb1, 0xed]), Buffer.from('.csv')]));
    const r = cli(parent, '--format', 'json');
    expect(r.err).toBe('');
    // (the tmp directory left empty holds no unit: skipped)
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out);
    expect(report.summary).toMatchObject({ units: 1, errors: 0, warnings: 2, unreadable: 0 });
    const table = cli(parent);
    expect(table.out).toContain(`${parent}/unit-\\xff\\xfe`);
    expect(table.out).toContain('表6-\\xb1\\xed.csv');
  });

  it('escapes control characters and bidi overrides of a cell printed in a finding', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bc-cell-'));
    cpSync(SAMPLE, dir, { recursive: true });
    const file = join(dir, '表5-一般公共预算支出情况表.csv');
    writeFileSync(file, readFileSync(file, 'utf8').replace('201,03,01,行政运行,13.38,13.38,', '201,03,01,行政运行,13.38\u202e\u0085,13.38,'));
    const r = cli(dir);
    expect(r.code).toBe(1);
    expect(r.out).toContain('"13.38\\u202e\\u0085" is not an amount');
    safeLines(r.out);
  });
});
