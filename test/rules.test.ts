/**
 * The ledger's queries (src/ledger/queries.ts) and the rules' helpers (src/rules/helpers.ts) on the sample's tables, read as the loader reads them:
 * which rows a sum takes, where a finding points, what a message quotes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Cell, Table, TableKind } from '../src/ledger/model.js';
import { loadUnit, tableFromText } from '../src/load/unit.js';
import { checkLedger } from '../src/check.js';
import { ruleById } from '../src/rules/index.js';
import { toAmount } from '../src/load/amount.js';
import {
  amountCells,
  amountColumns,
  amountOf,
  codedRows,
  columnKey,
  hasCodeProblems,
  isEmptyTable,
  isZero,
  printedFigure,
  rowByCode,
  rowLabel,
  rowsUnder,
  tableName,
  totalRow,
} from '../src/ledger/queries.js';
import { term, termsToCheck } from '../src/rules/helpers.js';
import { printedUnder } from '../src/rules/cross/compare.js';

const SAMPLE = 'fixtures/units/kizilsu-2024';

function table(file: string, edit: (text: string) => string = (t) => t): Table {
  const r = tableFromText(file, edit(readFileSync(join(SAMPLE, file), 'utf8')), 'utf-8');
  if (!('table' in r)) throw new Error(`${file}: ${r.skipped}`);
  return r.table;
}

const GPB = '表5-一般公共预算支出情况表.csv';
const INCOME = '表2-单位收入总体情况表.csv';
const SUMMARY = '表1-单位收支总体情况表.csv';
const GFB = '表8-政府性基金预算支出情况表.csv';
const PROJECT = '表7-一般公共预算项目支出情况表.csv';

describe('rule helpers', () => {
  it('printedFigure quotes a cell as printed, without a currency sign or a unit', () => {
    const cell = (raw: string) => ({ raw }) as Cell;
    expect(printedFigure(cell('¥8.98'))).toBe('8.98');
    expect(printedFigure(cell('￥ 1,234.50'))).toBe('1,234.50');
    expect(printedFigure(cell('8.98万元'))).toBe('8.98');
    expect(printedFigure(cell(' 89,800.00 元 '))).toBe('89,800.00');
    expect(printedFigure(cell('1.5亿元'))).toBe('1.5');
    expect(printedFigure(cell('4.40千元'))).toBe('4.40');
    expect(printedFigure(cell('8.98'))).toBe('8.98');
  });

  it('rowLabel names a row by its code and name, a project by its project, the total by its name', () => {
    const gpb = table(GPB);
    expect(rowLabel(rowByCode(gpb, '2010301')!)).toBe('2010301 行政运行');
    expect(rowLabel(totalRow(gpb)!)).toBe('合计');
    expect(rowLabel({ ...totalRow(gpb)!, name: '' })).toBe('合计');
    expect(rowLabel({ ...totalRow(gpb)!, name: '总计' })).toBe('总计');
    const project = codedRows(table(PROJECT)).find((r) => r.project)!;
    expect(rowLabel(project)).toBe('2010399 克州政务服务和公共资源交易中心云平台服务器项目');
    expect(rowLabel({ ...project, code: undefined })).toBe('克州政务服务和公共资源交易中心云平台服务器项目');
    const summary = table(SUMMARY);
    expect(rowLabel(summary.rows.find((r) => r.item === 'gpb')!)).toBe('1.一般公共预算拨款');
  });

  it('columnKey finds a column by its key or its last part', () => {
    const income = table(INCOME);
    expect(columnKey(income, 'total')).toBe('total');
    expect(columnKey(income, 'gpb')).toBe('fin/gpb');
    expect(columnKey(income, 'nothing')).toBeUndefined();
    expect(amountColumns(table(GPB))).toEqual(['total', 'basic', 'project']);
  });

  it('amountOf and term read a row\'s cell, or say it has none', () => {
    const gpb = table(GPB);
    const row = rowByCode(gpb, '2010301')!;
    expect(amountOf(row, 'total')?.value.toString()).toBe('133800');
    expect(amountOf(row, undefined)).toBeNull();
    expect(amountOf(undefined, 'total')).toBeNull();
    expect(amountOf(row, 'nothing')).toBeNull();
    const t = term(row, 'basic')!;
    expect([t.label, t.amount.value.toString(), t.place.line, t.place.column]).toEqual(['2010301 行政运行', '133800', 8, 6]);
    expect(term(row, 'basic', '行政运行 基本支出')!.label).toBe('行政运行 基本支出');
    expect(term(row, 'nothing')).toBeNull();
  });

  it('termsToCheck gives the parts of a sum that does not agree exactly, and nothing when it does or a part is missing', () => {
    const gpb = table(GPB);
    const parts = ['2010301', '2010350', '2010399'].map((c) => rowByCode(gpb, c)!);
    expect(termsToCheck(toAmount('449.67', 10000)!, parts, 'total')).toBeNull();
    const terms = termsToCheck(toAmount('449.68', 10000)!, parts, 'total')!;
    expect(terms.map((t) => [t.label, t.amount.raw, t.place.line])).toEqual([
      ['2010301 行政运行', '13.38', 8],
      ['2010350 事业运行', '271.89', 9],
      ['2010399 其他政府办公厅（室）及相关机构事务支出', '164.40', 10],
    ]);
    // 项目支出 of 2010301 is blank: a part, an exact zero.
    expect(termsToCheck(toAmount('164.41', 10000)!, parts, 'project')!.map((t) => t.amount.raw)).toEqual(['', '', '164.40']);
    expect(termsToCheck(toAmount('449.68', 10000)!, parts, 'nothing')).toBeNull();
    const malformed = table(GPB, (t) => t.replace('201,03,50,事业运行,271.89', '201,03,50,事业运行,271.8.9'));
    expect(termsToCheck(toAmount('449.68', 10000)!, ['2010301', '2010350'].map((c) => rowByCode(malformed, c)!), 'total')).toBeNull();
  });

  it('rowsUnder takes the first level a table prints below a code', () => {
    const gpb = table(GPB);
    expect(rowsUnder(gpb, '201').map((r) => r.code)).toEqual(['20103']);
    expect(rowsUnder(gpb, '20103').map((r) => r.code)).toEqual(['2010301', '2010350', '2010399']);
    expect(rowsUnder(gpb, '2010301')).toEqual([]);
    expect(rowsUnder(gpb, '210')).toEqual([]);
    // A table of 项 rows alone: a class's rows are its 项.
    const items = table(GPB, (t) => t.split('\n').filter((l) => !/^(201|208),(03|05)?,,/.test(l)).join('\n'));
    expect(rowsUnder(items, '201').map((r) => r.code)).toEqual(['2010301', '2010350', '2010399']);
    // Project rows are not rows under their subject.
    expect(rowsUnder(table(PROJECT), '20103')).toEqual([]);
  });

  it('totalRow, rowByCode and codedRows find rows by side and code', () => {
    const summary = table(SUMMARY);
    expect(totalRow(summary, 'income')?.line).toBe(36);
    expect(totalRow(summary, 'expenditure')?.line).toBe(36);
    expect(totalRow(summary)).toBeUndefined();
    expect(rowByCode(summary, '201', 'expenditure')?.line).toBe(6);
    expect(rowByCode(summary, '201')).toBeUndefined();
    const gpb = table(GPB);
    expect(totalRow(gpb)?.line).toBe(15);
    expect(codedRows(gpb).map((r) => r.code)).toEqual(['201', '20103', '2010301', '2010350', '2010399', '208', '20805', '2080501', '2080505']);
    // The first row of a code printed twice.
    const twice = table(GPB, (t) => t.replace('208,05,05,机关事业单位基本养老保险缴费支出', '208,05,01,机关事业单位基本养老保险缴费支出'));
    expect(rowByCode(twice, '2080501')?.line).toBe(13);
  });

  it('isZero, isEmptyTable and tableName', () => {
    expect(isZero(null)).toBe(true);
    expect(isZero(undefined)).toBe(true);
    expect(isZero(toAmount('', 10000))).toBe(true);
    expect(isZero(toAmount('0.00', 10000))).toBe(true);
    expect(isZero(toAmount('0.01', 10000))).toBe(false);
    expect(isEmptyTable(table(GFB))).toBe(true);
    expect(isEmptyTable(table(GPB))).toBe(false);
    expect(tableName(table(GPB))).toBe('一般公共预算支出情况表');
    expect(tableName({ ...table(GPB), title: '' })).toBe(GPB);
  });

  it('hasCodeProblems: a code that cannot be read', () => {
    expect(hasCodeProblems(table(GPB))).toBe(false);
    expect(hasCodeProblems(undefined)).toBe(false);
    expect(hasCodeProblems(table(GPB, (t) => t.replace('201,03,50,事业运行', '201,03,050,事业运行')))).toBe(true);
  });

  it('amountCells lists the cells chosen, with their column\'s label', () => {
    const gpb = table(GPB, (t) => t.replace('201,03,50,事业运行,271.89', '201,03,50,事业运行,271.8.9'));
    const cells = amountCells([gpb], (c) => !c.amount);
    expect(cells.map((c) => [c.row.code, c.cell.raw, c.column, c.cell.line])).toEqual([['2010350', '271.8.9', '合计', 9]]);
    expect(amountCells([gpb], (c) => c.amount?.raw === '164.40').map((c) => `${c.row.code ?? '合计'} ${c.column}`)).toEqual([
      '201 项目支出',
      '20103 项目支出',
      '2010399 合计',
      '2010399 项目支出',
      '合计 项目支出',
    ]);
  });
});

describe('table rules on a table of the sample edited', () => {
  /** The findings of `id` on the sample with one table replaced by its text edited. */
  async function findings(id: string, kind: TableKind, file: string, edit: (text: string) => string) {
    const { ledger } = await loadUnit(SAMPLE);
    const tables = new Map(ledger.tables);
    tables.set(kind, table(file, edit));
    return checkLedger({ ...ledger, tables }, { rules: [ruleById(id)!] }).findings.filter((f) => f.rule === id);
  }

  it('XT001 names the summary\'s 收入总计 and 支出总计, and a class one table prints and the other does not', async () => {
    const EXP = '表3-单位支出总体情况表.csv';
    const say = (fs: { line: number; expected?: string; actual?: string; message: string }[]) => fs.map((f) => `${f.line} ${f.expected} ${f.actual} ${f.message}`);
    expect(say(await findings('XT001', 'summary', SUMMARY, (t) => t.replace('收 入 总 计,617.53,支 出 总 计,617.53', '收 入 总 计,617.63,支 出 总 计,617.43')))).toEqual([
      '36 617.53 617.63 收入总计: 表1-单位收支总体情况表.csv:36 收 入 总 计 收入/预算数 is 617.63 万元, but 表2-单位收入总体情况表.csv:15 合计 总计 is 617.53 万元 (difference 0.10)',
      '36 617.53 617.43 支出总计: 表1-单位收支总体情况表.csv:36 支 出 总 计 支出/预算数 is 617.43 万元, but 表3-单位支出总体情况表.csv:15 合计 合计 is 617.53 万元 (difference -0.10)',
    ]);
    // 表3 without its class row 208: the rows under it stand for it (34.87 against the summary's 35.87).
    const noClassRow = (t: string) => t.replace(/\n208,,,[^\n]*/, '').replace('208,05,,行政事业单位养老支出,35.87,35.87,', '208,05,,行政事业单位养老支出,34.87,34.87,');
    expect(say(await findings('XT001', 'expenditure', EXP, noClassRow))).toEqual([
      '13 34.87 35.87 class 208: 表1-单位收支总体情况表.csv:13 208 社会保障和就业支出 支出/预算数 is 35.87 万元; 表3-单位支出总体情况表.csv prints no row 208, and its rows under it add up to 34.87 万元 (difference 1.00)',
    ]);
    // 表3 without any row of 208; the summary without its line of 208.
    expect(say(await findings('XT001', 'expenditure', EXP, (t) => t.replace(/\n208,[^\n]*/g, '')))).toEqual([
      '13 0.00 35.87 class 208: 表1-单位收支总体情况表.csv:13 208 社会保障和就业支出 支出/预算数 is 35.87 万元, but 表3-单位支出总体情况表.csv has no row 208',
    ]);
    expect(say(await findings('XT001', 'summary', SUMMARY, (t) => t.replace('3.国有资本经营预算拨款,,208 社会保障和就业支出,35.87', '3.国有资本经营预算拨款,,,')))).toEqual([
      '11 0.00 35.87 class 208: 表3-单位支出总体情况表.csv:11 208 社会保障和就业支出 合计 is 35.87 万元, but 表1-单位收支总体情况表.csv has no row 208',
    ]);
  });

  it('XT004 names the appropriation table\'s fund income, a class by fund and its 支出总计, against the summary and the fund tables', async () => {
    const APPR = '表4-财政拨款收支预算总体情况表.csv';
    const say = (fs: { line: number; expected?: string; actual?: string; message: string }[]) => fs.map((f) => `${f.line} ${f.expected} ${f.actual} ${f.message}`);
    // 一般公共预算 income 485.54 → 485.64; 支出总计's 一般公共预算 485.54 → 485.44 (its 合计 kept).
    const edited = await findings('XT004', 'appropriation', APPR, (t) => t.replace('一般公共预算,485.54,202', '一般公共预算,485.64,202').replace('支 出 总 计,485.54,485.54', '支 出 总 计,485.54,485.44'));
    expect(say(edited)).toEqual([
      '7 485.54 485.64 一般公共预算: the appropriation table has 485.64 万元, the summary 485.54 万元 (difference 0.10)',
      '36 485.54 485.44 支出总计, 一般公共预算: the appropriation table has 485.44 万元, the total of 表5-一般公共预算支出情况表.csv:15 合计 合计 is 485.54 万元 (difference -0.10)',
    ]);
    // Class 208's 一般公共预算 column against 表5's 208; then 表5 without any row of 208.
    expect(say(await findings('XT004', 'appropriation', APPR, (t) => t.replace(',,208 社会保障和就业支出,35.87,35.87,,', ',,208 社会保障和就业支出,35.87,36.87,,')))).toEqual([
      '13 35.87 36.87 class 208, 一般公共预算: the appropriation table has 36.87 万元, 表5-一般公共预算支出情况表.csv:11 208 社会保障和就业支出 合计 is 35.87 万元 (difference 1.00)',
    ]);
    expect(say(await findings('XT004', 'gpb', GPB, (t) => t.replace(/\n208,[^\n]*/g, '')))).toEqual([
      '13 0.00 35.87 class 208, 一般公共预算: 表4-财政拨款收支预算总体情况表.csv:13 208 社会保障和就业支出 财政拨款支出/一般公共预算 is 35.87 万元, but 表5-一般公共预算支出情况表.csv has no row 208',
    ]);
  });

  it('XT007 names the project total, a 项 against its projects, and a 项 the general public budget table leaves out', async () => {
    const say = (fs: { line: number; expected?: string; actual?: string; message: string }[]) => fs.map((f) => `${f.line} ${f.expected} ${f.actual} ${f.message}`);
    expect(say(await findings('XT007', 'gpb', GPB, (t) => t.replace(',,,合计,485.54,321.14,164.40', ',,,合计,485.54,321.14,164.50')))).toEqual([
      "15 164.40 164.50 project expenditure: the general public budget table has 164.50 万元, the project table's total is 164.40 万元 (difference 0.10)",
    ]);
    expect(say(await findings('XT007', 'gpb', GPB, (t) => t.replace('201,03,99,其他政府办公厅（室）及相关机构事务支出,164.40,,164.40', '201,03,99,其他政府办公厅（室）及相关机构事务支出,164.40,,165.40')))).toEqual([
      '10 164.40 165.40 2010399: 项目支出 is 165.40 万元 in the general public budget table, the projects under it add up to 164.40 万元 (difference 1.00)',
    ]);
    expect(say(await findings('XT007', 'gpb', GPB, (t) => t.replace(/\n201,03,99,[^\n]*/, '')))).toEqual([
      // At the first of its projects, in the project table.
      '8 164.40 0.00 2010399: the projects under it add up to 164.40 万元, but the general public budget table has no row 2010399',
    ]);
    // A 项 code the loader cannot read: the 项 are not compared (TBL010 reports the code).
    expect(say(await findings('XT007', 'gpb', GPB, (t) => t.replace('201,03,99,其他政府办公厅（室）及相关机构事务支出,164.40,,164.40', '201,03,9x,其他政府办公厅（室）及相关机构事务支出,164.40,,165.40')))).toEqual([]);
  });

  it('XT002 names a subject one of the income and expenditure tables leaves out, or prints only through the rows under it', async () => {
    const EXP = '表3-单位支出总体情况表.csv';
    const say = (fs: { line: number; expected?: string; actual?: string; message: string }[]) => fs.map((f) => `${f.line} ${f.expected} ${f.actual} ${f.message}`);
    expect(say(await findings('XT002', 'expenditure', EXP, (t) => t.replace(/\n201,03,01,[^\n]*/, '')))).toEqual([
      '8 0.00 13.38 2010301 行政运行: the income table has 13.38 万元, but the expenditure table has no such row',
    ]);
    expect(say(await findings('XT002', 'income', INCOME, (t) => t.replace(/\n201,03,01,[^\n]*/, '')))).toEqual([
      '8 0.00 13.38 2010301 行政运行: the expenditure table has 13.38 万元, but the income table has no such row',
    ]);
    expect(say(await findings('XT002', 'income', INCOME, (t) => t.replace(/\n208,,,[^\n]*/, '').replace('208,05,,行政事业单位养老支出,35.87', '208,05,,行政事业单位养老支出,34.87')))).toEqual([
      '11 34.87 35.87 208 社会保障和就业支出: the expenditure table has 35.87 万元; the income table prints no such row, and its rows under it add up to 34.87 万元 (difference 1.00)',
      '12 34.87 35.87 20805 行政事业单位养老支出: the income table has 34.87 万元, the expenditure table 35.87 万元 (difference 1.00)',
    ]);
  });

  it('TBL013 takes a class name without its 支出, with its number or 类, as the classification\'s, and leaves a class row without a name', async () => {
    const edit = (t: string) => t.replace('201,,,一般公共服务支出', '201,,,一、一般公共服务（类）').replace('208,,,社会保障和就业支出', '208,,,');
    expect(await findings('TBL013', 'gpb', GPB, edit)).toEqual([]);
    // The rule runs on the edited table: a name of another class is found.
    const wrong = await findings('TBL013', 'gpb', GPB, (t) => edit(t).replace('201,,,一、一般公共服务（类）', '201,,,一、社会保障和就业（类）'));
    expect(wrong.map((f) => `${f.line} ${f.expected} ${f.actual}`)).toEqual(['6 一般公共服务支出 一、社会保障和就业（类）']);
  });

  it('TBL016 quotes a malformed figure without the spaces around it', async () => {
    const found = await findings('TBL016', 'gpb', GPB, (t) => t.replace('201,03,50,事业运行,271.89', '201,03,50,事业运行, 271.8.9 '));
    expect(found.map((f) => [f.line, f.actual, f.message])).toEqual([[9, '271.8.9', '2010350 事业运行, 合计: "271.8.9" is not an amount']]);
  });

  it('TBL005 leaves a sum whose total or one of whose lines is unreadable (TBL016 reports it)', async () => {
    // 一、本年收入 617.53 is both a total (of 1. … 5.) and a line of 收入总计.
    const found = await findings('TBL005', 'summary', SUMMARY, (t) => t.replace('一、本年收入,617.53', '一、本年收入,617.5.3').replace('收 入 总 计,617.53', '收 入 总 计,617.54'));
    expect(found).toEqual([]);
    // Without the unreadable figure, the 收入总计 0.01 off is reported.
    expect((await findings('TBL005', 'summary', SUMMARY, (t) => t.replace('收 入 总 计,617.53', '收 入 总 计,617.54'))).map((f) => f.line)).toEqual([36]);
  });
});

describe('TBL014 on an empty table without its note', () => {
  const GFB_NOTE = /\r?\n备注：[^\n]*为空表。[^\n]*/;
  /** The narrative's words, which it prints with spaces between them. */
  const SAID = new RegExp([...'政府性基金预算支出情况表为空表'].join('\\s*'), 'g');

  it('leaves it when the narrative says that the table is empty, and reports it where the narrative does not', async () => {
    const { ledger } = await loadUnit(SAMPLE);
    const tables = new Map(ledger.tables);
    const gfb = table(GFB, (t) => t.replace(GFB_NOTE, ''));
    expect(gfb.notes).toEqual([]);
    tables.set('gfb', gfb);
    const tbl014 = (narrative: typeof ledger.narrative) => checkLedger({ ...ledger, tables, narrative }, { rules: [ruleById('TBL014')!] }).findings.map((f) => `${f.file}:${f.line}`);
    expect(ledger.narrative!.text).toMatch(SAID);
    expect(tbl014(ledger.narrative)).toEqual([]);
    expect(tbl014({ ...ledger.narrative!, text: ledger.narrative!.text.replace(SAID, '') })).toEqual([`${GFB}:6`]);
  });
});

describe('CP003: the year of the narrative and of every table', () => {
  const cp003 = (ledger: Parameters<typeof checkLedger>[0]) =>
    checkLedger(ledger, { rules: [ruleById('CP003')!] }).findings.map((f) => `${f.file}:${f.line} ${f.expected} ${f.actual} ${f.message}`);
  const narrative = (ledger: Parameters<typeof checkLedger>[0], title: string) => ({ ...ledger.narrative!, text: `说明\n\n${title}\n一、部门职责\n` });
  /** The sample, its tables titled for 2024 (the sample's own titles print no year, nor the final-accounts fixture's). */
  const sample2024 = async () => {
    const { ledger } = await loadUnit(SAMPLE);
    return { ...ledger, year: 2024, tables: new Map([...ledger.tables].map(([k, t]) => [k, { ...t, year: 2024 }])) };
  };

  // Every way a title names its year: spaces or none, 度 or none, 单位/部门 or none, 情况 or none.
  it.each(['2023年单位预算说明', '2023 年 部门预算情况说明', '2023年  单位预算情况说明', '2023年预算说明', '2023年预算情况说明', '2023年部门预算公开', '2023 年 单位预算'])(
    'finds the year of a budget narrative titled "%s"',
    async (title) => {
      const ledger = await sample2024();
      const n = narrative(ledger, title);
      expect(cp003({ ...ledger, narrative: n })).toEqual([`${n.file}:3 2024 2023 the narrative is about the 2023 budget, the tables are for 2024`]);
      expect(cp003({ ...ledger, narrative: { ...n, text: n.text.replace('2023', '2024') } })).toEqual([]);
    },
  );

  it.each(['2018年度部门决算情况说明', '2018 年 度 单位决算说明', '2018年决算说明', '2018年度决算情况说明', '2018年度部门决算公开', '2018 年 度 部门决算', '2018年单位决算'])(
    'finds the year of a final-accounts narrative titled "%s"',
    async (title) => {
      const loaded = (await loadUnit('fixtures/final/units/shifan-2019')).ledger;
      const ledger = { ...loaded, year: 2019, tables: new Map([...loaded.tables].map(([k, t]) => [k, { ...t, year: 2019 }])) };
      const n = narrative(ledger, title);
      expect(cp003({ ...ledger, narrative: n })).toEqual([`${n.file}:3 2019 2018 the narrative is about the 2018 budget, the tables are for 2019`]);
      expect(cp003({ ...ledger, narrative: { ...n, text: n.text.replace('2018', '2019') } })).toEqual([]);
    },
  );

  it('names a table titled for another year, and judges the narrative while one table prints a year', async () => {
    const ledger = await sample2024();
    const tables = new Map([...ledger.tables].map(([k, t]) => [k, k === 'gpb' ? { ...t, year: 2023 } : k === 'summary' ? t : { ...t, year: undefined }]));
    const gpb = tables.get('gpb')!;
    const n = narrative(ledger, '2023年单位预算情况说明');
    expect(cp003({ ...ledger, tables, narrative: n })).toEqual([
      `${n.file}:3 2024 2023 the narrative is about the 2023 budget, the tables are for 2024`,
      `${gpb.file}:${gpb.titleLine} 2024 2023 ${gpb.file} is titled for 2023, the package is for 2024`,
    ]);
    // No table prints a year: the narrative's is not weighed against a year no table states.
    const yearless = new Map([...ledger.tables].map(([k, t]) => [k, { ...t, year: undefined }]));
    expect(cp003({ ...ledger, tables: yearless, narrative: n })).toEqual([]);
  });
});

describe('printedUnder: what a table prints for a function code it has no row of', () => {
  const under = (t: Table, code: string) => {
    const r = printedUnder(t, code);
    if (r === undefined) return undefined;
    return 'rows' in r ? { rows: r.rows.map((f) => `${f.place.line} ${f.amount.value.toFixed(2)}`) } : { none: `${r.none.amount.value.toFixed(2)} at ${r.none.place.file}:${r.none.place.line}` };
  };

  it('the rows at the first level below the code, not deeper', () => {
    const gpb = table(GPB);
    expect(under(gpb, '201')).toEqual({ rows: ['7 4496700.00'] });
    expect(under(gpb, '20103')).toEqual({ rows: ['8 133800.00', '9 2718900.00', '10 1644000.00'] });
  });

  it('nothing (zero, at the table as a whole) when the table prints rows as deep as the code but none under it, or no coded row at all', () => {
    const gpb = table(GPB);
    expect(under(gpb, '2010302')).toEqual({ none: `0.00 at ${GPB}:0` });
    expect(under(gpb, '212')).toEqual({ none: `0.00 at ${GPB}:0` });
    const totalOnly = table(GPB, (t) => t.split('\n').filter((l) => !/^\d/.test(l)).join('\n'));
    expect(codedRows(totalOnly)).toEqual([]);
    expect(under(totalOnly, '2010301')).toEqual({ none: `0.00 at ${GPB}:0` });
  });

  it('undefined when the table stops above the code\'s level, or a figure under it is unreadable', () => {
    const classes = table(GPB, (t) => t.split('\n').filter((l) => !/^\d{3},\d/.test(l)).join('\n'));
    expect(codedRows(classes).map((r) => r.code)).toEqual(['201', '208']);
    expect(under(classes, '20103')).toBeUndefined();
    // As deep as a 款: the class table says nothing of it; the 项 table says it prints nothing under 20104.
    expect(under(table(GPB), '20104')).toEqual({ none: `0.00 at ${GPB}:0` });
    expect(under(table(GPB, (t) => t.replace('201,03,50,事业运行,271.89', '201,03,50,事业运行,271.8.9')), '20103')).toBeUndefined();
  });
});
