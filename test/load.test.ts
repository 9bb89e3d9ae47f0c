import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readBounded, readPrefix } from '../src/load/read.js';
import { parseNumber, toAmount } from '../src/load/amount.js';
import { parseCode } from '../src/load/code.js';
import { headerPaths } from '../src/load/columns.js';
import { parseCsv } from '../src/load/csv.js';
import { decode } from '../src/load/decode.js';
import { tableFromText } from '../src/load/unit.js';
import { InputError } from '../src/load/errors.js';
import { recogniseTitle } from '../src/load/titles.js';
import { threePublicItem } from '../src/load/table.js';
import { bareClassName, functionClassByName } from '../src/ledger/classification.js';

describe('amounts', () => {
  it.each([
    ['617.53', '617.53', 2],
    ['6,175,300.00', '6175300', 2],
    ['"  4.00 "', null, 0],
    ['４．００', '4', 2],
    ['（12.50）', '-12.5', 2],
    ['-3.1', '-3.1', 1],
  ])('reads %s', (raw, value, decimals) => {
    const n = parseNumber(raw);
    if (value === null) expect(n).toBeNull();
    else {
      expect(n?.value.toString()).toBe(value);
      expect(n?.decimals).toBe(decimals);
    }
  });

  it.each(['', '-', '—', '－', ' '])('reads "%s" as a blank zero', (raw) => {
    expect(parseNumber(raw)).toMatchObject({ blank: true });
    expect(parseNumber(raw)?.value.isZero()).toBe(true);
  });

  it.each(['271.8.9', 'abc', '1.2E+05', '12,34.00', '1,2345.00', '--5'])('refuses %s', (raw) => {
    expect(parseNumber(raw)).toBeNull();
  });

  it('normalises 万元 to 元 and keeps the rounding half-width of the printed decimals', () => {
    const a = toAmount('617.53', 10000)!;
    expect(a.value.toString()).toBe('6175300');
    expect(a.half.toString()).toBe('50');
    const b = toAmount('6,175,300.00', 1)!;
    expect(b.value.toString()).toBe('6175300');
    expect(b.half.toString()).toBe('0.005');
    // A printed zero was rounded like any figure; a blank cell ("", "-", "—") is an exact zero.
    expect(toAmount('0.00', 10000)!.half.toString()).toBe('50');
    for (const raw of ['', '-', '—', ' ']) expect(toAmount(raw, 10000)!.half.isZero()).toBe(true);
    // A printed "0" takes the table's precision: ±0.5 万元 in a table of whole numbers.
    expect(toAmount('0', 10000, 0)!.half.toString()).toBe('5000');
    expect(toAmount('0', 10000)!.half.toString()).toBe('50');
  });

  it('reads a currency sign before a figure and its table\'s unit after it; another unit is no figure of the table', () => {
    expect(toAmount('¥4.40', 10000)!.value.toString()).toBe('44000');
    expect(toAmount('￥ 1,234.50', 1)!.value.toString()).toBe('1234.5');
    expect(toAmount('4.40万元', 10000)!.value.toString()).toBe('44000');
    expect(toAmount('44000元', 1)!.value.toString()).toBe('44000');
    expect(toAmount('4.40万元', 1)).toBeNull();
    expect(toAmount('万元', 10000)).toBeNull();
  });
});

describe('codes', () => {
  it.each([
    [['201', '03', '01'], '2010301', 'item'],
    [['201', '3', '1'], '2010301', 'item'],
    [['2010301'], '2010301', 'item'],
    [['201 03 01'], '2010301', 'item'],
    [['20103'], '20103', 'section'],
    [['301', '01', ''], '30101', 'section'],
    [['201', '', ''], '201', 'class'],
  ])('reads %j', (parts, code, level) => {
    expect(parseCode(parts)).toEqual({ ok: true, code: { code, level } });
  });

  it('is null when nothing is printed', () => {
    expect(parseCode(['', ' ', '　'])).toBeNull();
  });

  it.each([[['2013']], [['201', '', '01']], [['20', '03']], [['201', '033']], [['2010 301 01 1']]])('refuses %j', (parts) => {
    expect(parseCode(parts)?.ok).toBe(false);
  });
});

describe('decoding', () => {
  const utf8 = new TextEncoder().encode('表1,单位收支总体情况表\n合计,617.53\n');
  it('reads UTF-8 with and without BOM', () => {
    expect(decode(utf8, 'a.csv')).toMatchObject({ encoding: 'utf-8' });
    expect(decode(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]), 'a.csv')).toMatchObject({ encoding: 'utf-8-bom', text: '表1,单位收支总体情况表\n合计,617.53\n' });
  });

  it('reads GB18030', () => {
    // "收支总表" in GB18030
    const gb = new Uint8Array([0xca, 0xd5, 0xd6, 0xa7, 0xd7, 0xdc, 0xb1, 0xed, 0x0a]);
    expect(decode(gb, 'a.csv')).toEqual({ encoding: 'gb18030', text: '收支总表\n' });
  });

  it('refuses truncated UTF-8 with the line of the bad byte', () => {
    const truncated = new Uint8Array([...utf8, 0xe8, 0xa1]);
    expect(() => decode(truncated, 'a.csv')).toThrow(InputError);
    expect(() => decode(truncated, 'a.csv')).toThrow(/a\.csv:3: invalid UTF-8/);
  });

  it('refuses binary content', () => {
    expect(() => decode(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x01]), 'x.csv')).toThrow(/binary|not text/);
  });
});

describe('CSV records', () => {
  it('remembers the physical line where each record starts', () => {
    const recs = parseCsv('a,b\r\n"x\r\ny",2\r\n\r\nc,d\r\n', 'f.csv');
    expect(recs.map((r) => r.line)).toEqual([1, 2, 4, 5]);
    expect(recs[1].cells).toEqual(['x\r\ny', '2']);
  });

  it('names the line of an unterminated quote', () => {
    expect(() => parseCsv('a,b\n1,"2\n3,4\n', 'f.csv')).toThrow(/f\.csv:2: unterminated quoted field/);
  });

  it('reads tab-separated text', () => {
    expect(parseCsv('a\tb\n1\t2\n', 'f.csv')[1].cells).toEqual(['1', '2']);
  });

  it('reads Excel\'s text formula ="X" as X, and keeps other formula text', () => {
    const cells = parseCsv('"=""201""","=""03""","=""485.54""",="4.40",=SUM(E6:E9),"=""a"" & ""b"""\n', 'f.csv')[0].cells;
    expect(cells).toEqual(['201', '03', '485.54', '4.40', '=SUM(E6:E9)', '="a" & "b"']);
  });
});

describe('header rows', () => {
  it('flattens merged cells into paths', () => {
    const rows = [
      ['项目名称', '总计', '财政拨款', '', '', '', '', '非财政拨款'],
      ['', '', '合计', '基本支出', '', '', '项目支出', '合计'],
      ['', '', '', '人员经费', '公用经费', '合计', '', ''],
    ];
    expect(headerPaths(rows, 8)).toEqual([
      ['项目名称'],
      ['总计'],
      ['财政拨款', '合计'],
      ['财政拨款', '基本支出', '人员经费'],
      ['财政拨款', '基本支出', '公用经费'],
      ['财政拨款', '基本支出', '合计'],
      ['财政拨款', '项目支出'],
      ['非财政拨款', '合计'],
    ]);
  });
});

describe('class names', () => {
  it.each([
    ['一、一般公共服务支出', '201'],
    ['八、社会保障和就业', '208'],
    ['一般公共服务支出（类）', '201'],
    ['一般公共服务类', '201'],
    ['(3)卫生健康支出', '210'],
    ['十九、其他', '229'],
  ])('reads %s as class %s', (name, code) => {
    expect(functionClassByName(name)).toBe(code);
  });

  it('knows no class by a name it does not hold', () => {
    expect(functionClassByName('本年支出合计')).toBeUndefined();
    expect(bareClassName('二、外交支出（类）')).toBe('外交支出');
  });
});

describe('titles', () => {
  it.each([
    ['单位收支总体情况表', 'summary'],
    ['2026年部门收支总表', 'summary'],
    ['财务收支预算总表', 'summary'],
    ['部门收入总表', 'income'],
    ['2024年单位支出预算总表', 'expenditure'],
    ['财政拨款收支预算总表', 'appropriation'],
    ['一般公共预算支出功能分类预算表', 'gpb'],
    ['一般公共预算基本支出部门预算经济分类预算表', 'gpb-basic'],
    ['一般公共预算项目支出情况表', 'gpb-project'],
    ['政府性基金预算支出功能分类预算表', 'gfb'],
    ['国有资本经营预算支出情况表', 'soc'],
    ['财政拨款"三公"经费支出情况表', 'three-public'],
    ['“三公”经费和机关运行经费预算表', 'three-public'],
    ['上年结转结余情况明细表', 'carryover'],
    ['克州财政局2024年项目支出预算表', 'gpb-project'],
    ['项目支出表', 'gpb-project'],
    ['单位收支总体情况表（单位：万元）', 'summary'],
    ['一般公共预算支出情况表(单位:元)', 'gpb'],
    ['部门收入总表（2024年）', 'income'],
    ['一般公共预算支出预算表（按功能科目）', 'gpb'],
    ['一般公共预算基本支出预算表（按经济科目分类）', 'gpb-basic'],
    ['一般公共预算拨款支出预算表', 'gpb'],
  ])('recognises %s', (title, kind) => {
    expect(recogniseTitle(title)).toEqual({ kind });
  });

  it('knows tables it does not check, and ignores notes', () => {
    expect(recogniseTitle('政府采购预算表')).toEqual({ other: '政府采购预算表' });
    // The appropriation's spending alone, beside the unit's 支出总表: not a second expenditure table.
    expect(recogniseTitle('财政拨款支出预算表（按功能科目）')).toEqual({ other: '财政拨款支出预算表（按功能科目）' });
    expect(recogniseTitle('财政拨款支出预算总表')).toEqual({ other: '财政拨款支出预算总表' });
    expect(recogniseTitle('备注：本单位没有政府性基金预算，本表为空表')).toBeNull();
    expect(recogniseTitle('编制单位：某局')).toBeNull();
  });
});

describe('a layout the loader cannot read', () => {
  it('is an input problem naming the file and line, not an empty table', () => {
    // The summary printed as one column, income above expenditure: no side's columns are found.
    const text = ['表1,', '单位收支总体情况表,', '编制单位：某单位,单位：万元', '项目,预算数', '收入,', '一、本年收入,617.53', '支出,', '一般公共服务支出,581.66'].join('\n');
    expect(() => tableFromText('表1.csv', text, 'utf-8')).toThrow(/表1\.csv:6: the layout of "单位收支总体情况表" could not be read/);
    // A table that prints no figure, only a note, is still an empty table.
    const empty = ['表8,', '政府性基金预算支出情况表,', '编制单位：某单位,单位：万元', '项目,预算数', '本单位无政府性基金预算支出。,'].join('\n');
    expect('table' in tableFromText('表8.csv', empty, 'utf-8')).toBe(true);
  });
});

describe('三公 items as provinces word them', () => {
  it.each([
    ['因公出国（境）费', 'abroad'],
    ['因公出国(境)经费', 'abroad'],
    ['公务用车购置及运行费（小计）', 'vehicle'],
    ['公务用车购置及运行维护费', 'vehicle'],
    ['公务用车购置和运行费', 'vehicle'],
    ['其中：公务用车购置费', 'vehicle-purchase'],
    ['其中：公务用车购置', 'vehicle-purchase'],
    ['公务用车运行费', 'vehicle-operation'],
    ['公务用车运行维护费', 'vehicle-operation'],
    ['公务用车运行维护', 'vehicle-operation'],
    ['公车运行及维护', 'vehicle-operation'],
    ['公务接待费', 'reception'],
    ['机关运行经费', 'operating-cost'],
    ['合计', 'total'],
  ])('%s is %s', (label, item) => {
    expect(threePublicItem(label)).toBe(item);
  });
});

describe('a text cell holding only a dash or a slash is empty', () => {
  it('reads the project table\'s class and 款 rows with "-", "—" or "/" for a project name as subtotals, not projects', async () => {
    const { readFileSync } = await import('node:fs');
    const file = '表7-一般公共预算项目支出情况表.csv';
    const text = readFileSync(`fixtures/units/kizilsu-2024/${file}`, 'utf8')
      .replace('201,,,一般公共服务支出,,164.40', '201,,,一般公共服务支出,-,164.40')
      .replace('201,03,,政府办公厅（室）及相关机构事务,,164.40', '201,03,,政府办公厅（室）及相关机构事务,—,164.40')
      .replace(',,,合计,,164.40', ',,,合计,/,164.40');
    const result = tableFromText(file, text, 'utf-8');
    if (!('table' in result)) throw new Error(result.skipped);
    const projects = result.table.rows.filter((r) => r.project !== undefined);
    expect(projects.map((r) => r.code)).toEqual(['2010399', '2010399', '2010399', '2010399', '2010399']);
    expect(result.table.rows.filter((r) => r.code === '201' || r.code === '20103').map((r) => r.project)).toEqual([undefined, undefined]);
  });
});

describe('reading a file within its bound', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bc-read-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const file = (name: string, bytes: Buffer) => {
    const path = join(dir, name);
    writeFileSync(path, bytes);
    return path;
  };

  // Sizes about the small read that follows a short one (64 bytes) and the chunk (1 MiB).
  it.each([0, 1, 63, 64, 65, 4096, (1 << 20) - 1, 1 << 20, (1 << 20) + 1, 3 * (1 << 20) + 7])('reads all %i bytes of a regular file', (size) => {
    const bytes = Buffer.alloc(size);
    for (let i = 0; i < size; i++) bytes[i] = (i * 31 + 7) & 0xff;
    expect(readBounded(file(`f${size}`, bytes), 'f', 4 << 20).equals(bytes)).toBe(true);
  });

  it('refuses a file one byte over the limit, and reads one at the limit', () => {
    const path = file('limit', Buffer.alloc(100, 0x41));
    expect(readBounded(path, 'limit', 100).length).toBe(100);
    expect(() => readBounded(path, 'limit', 99)).toThrow(/file too large/);
    expect(readPrefix(path, 'limit', 10).toString()).toBe('A'.repeat(10));
  });

  // A file whose size says 0 goes on past the first read: /proc's files say so (Linux).
  it.runIf(existsSync('/proc/self/cmdline'))('reads a file longer than its stated size to its end, within the bound', () => {
    const expected = readFileSync('/proc/self/cmdline');
    expect(statSync('/proc/self/cmdline').size).toBe(0);
    expect(readBounded('/proc/self/cmdline', 'cmdline', 1 << 20).equals(expected)).toBe(true);
    expect(expected.length).toBeGreaterThan(64);
    expect(() => readBounded('/proc/self/cmdline', 'cmdline', 64)).toThrow(/more than/);
  });
});
