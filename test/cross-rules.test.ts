/**
 * The cross-table rules (XT001, XT002, XT004, XT006, XT007), the package rules and the comparison helpers
 * (src/rules/cross/compare.ts) on a real package with one or more tables edited in memory: what each
 * finding states (its place and column, expected, actual and difference, the parts of its sum, its
 * message), and that a right figure, or one that cannot be read, gives none.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLedger } from '../src/check.js';
import type { Ledger, Table, TableKind } from '../src/ledger/model.js';
import { loadUnit, tableFromText } from '../src/load/unit.js';
import { ruleById } from '../src/rules/index.js';
import { printedUnder } from '../src/rules/cross/compare.js';

const SAMPLE = 'fixtures/units/kizilsu-2024';
const FINAL = 'fixtures/final/units/shifan-2019';

const SUMMARY = '表1-单位收支总体情况表.csv';
const INCOME = '表2-单位收入总体情况表.csv';
const EXP = '表3-单位支出总体情况表.csv';
const APPR = '表4-财政拨款收支预算总体情况表.csv';
const GPB = '表5-一般公共预算支出情况表.csv';
const PROJECT = '表7-一般公共预算项目支出情况表.csv';
const GFB = '表8-政府性基金预算支出情况表.csv';
const SOC = '表9-国有资本经营预算支出情况表.csv';

const F_SUMMARY = '公开01表-收入支出决算总表.csv';
const F_APPR = '公开04表-财政拨款收入支出决算总表.csv';

/** A table replaced by its text edited, or (edit null) left out. */
type Edit = [TableKind, string, ((text: string) => string) | null];

function table(dir: string, file: string, edit: (text: string) => string, final: boolean): Table {
  const r = tableFromText(file, edit(readFileSync(join(dir, file), 'utf8')), 'utf-8');
  if (!('table' in r)) throw new Error(`${file}: ${r.skipped}`);
  return { ...r.table, final };
}

async function edited(dir: string, edits: Edit[]): Promise<Ledger> {
  const { ledger } = await loadUnit(dir);
  const tables = new Map(ledger.tables);
  for (const [kind, file, edit] of edits) {
    if (edit) tables.set(kind, table(dir, file, edit, ledger.kind === 'final'));
    else tables.delete(kind);
  }
  return { ...ledger, tables };
}

/** A finding as "file:line:column expected actual difference [parts] message". */
function say(ledger: Ledger, id: string): string[] {
  return checkLedger(ledger, { rules: [ruleById(id)!] })
    .findings.filter((f) => f.rule === id)
    .map((f) => {
      const parts = (f.components ?? []).map((c) => `${c.file}:${c.line} ${c.value}`).join(' + ');
      return `${f.severity} ${f.file}:${f.line}:${f.column} ${f.expected} ${f.actual} ${f.difference} [${parts}] ${f.message}`;
    });
}

const findings = async (id: string, edits: Edit[], dir = SAMPLE) => say(await edited(dir, edits), id);

/** A row inserted before the table's 合计 row. */
const beforeTotal = (row: string) => (t: string) => t.replace(',,,合计,', `${row}\n,,,合计,`);

describe('XT001 summary-vs-tables', () => {
  it('compares the summary\'s 本年收入合计 and 本年支出合计 in final accounts, not its 总计 lines', async () => {
    expect(await findings('XT001', [['summary', F_SUMMARY, (t) => t.replace('本年收入合计,23,450.55,本年支出合计,51,458.55', '本年收入合计,23,450.65,本年支出合计,51,458.45')]], FINAL)).toEqual([
      `error ${F_SUMMARY}:29:3 450.55 450.65 0.10 [公开02表-收入决算表.csv:7 450.55] 本年收入合计: ${F_SUMMARY}:29 本年收入合计 收入/金额 is 450.65 万元, but 公开02表-收入决算表.csv:7 合计 本年收入合计 is 450.55 万元 (difference 0.10)`,
      `error ${F_SUMMARY}:29:6 458.55 458.45 -0.10 [公开03表-支出决算表.csv:7 458.55] 本年支出合计: ${F_SUMMARY}:29 本年支出合计 支出/金额 is 458.45 万元, but 公开03表-支出决算表.csv:7 合计 本年支出合计 is 458.55 万元 (difference -0.10)`,
    ]);
    // The 总计 lines add the carry-over: 462.95 is not the income table's 450.55.
    expect(await findings('XT001', [], FINAL)).toEqual([]);
    expect(await findings('XT001', [['summary', F_SUMMARY, (t) => t.replace('总计,26,462.95,总计,54,462.95', '总计,26,462.85,总计,54,462.85')]], FINAL)).toEqual([]);
  });

  it('compares what it can without the income or the expenditure table', async () => {
    const totals = (t: string) => t.replace('收 入 总 计,617.53,支 出 总 计,617.53', '收 入 总 计,617.63,支 出 总 计,617.43');
    expect(await findings('XT001', [['summary', SUMMARY, totals], ['income', INCOME, null]])).toEqual([
      `error ${SUMMARY}:36:4 617.53 617.43 -0.10 [${EXP}:15 617.53] 支出总计: ${SUMMARY}:36 支 出 总 计 支出/预算数 is 617.43 万元, but ${EXP}:15 合计 合计 is 617.53 万元 (difference -0.10)`,
    ]);
    expect(await findings('XT001', [['summary', SUMMARY, totals], ['expenditure', EXP, null]])).toEqual([
      `error ${SUMMARY}:36:2 617.53 617.63 0.10 [${INCOME}:15 617.53] 收入总计: ${SUMMARY}:36 收 入 总 计 收入/预算数 is 617.63 万元, but ${INCOME}:15 合计 总计 is 617.53 万元 (difference 0.10)`,
    ]);
  });

  it('compares the summary\'s 收入总计 in a budget, not its 本年收入', async () => {
    // 一、本年收入 off, 收入总计 right: nothing (TBL005 reports the sum).
    expect(await findings('XT001', [['summary', SUMMARY, (t) => t.replace('一、本年收入,617.53', '一、本年收入,617.63')]])).toEqual([]);
  });

  it('names a class whose figures differ, in the column the summary prints', async () => {
    expect(await findings('XT001', [['summary', SUMMARY, (t) => t.replace('201 一般公共服务支出,581.66', '201 一般公共服务支出,591.66')]])).toEqual([
      `error ${SUMMARY}:6:4 581.66 591.66 10.00 [${EXP}:6 581.66] class 201: ${SUMMARY}:6 201 一般公共服务支出 支出/预算数 is 591.66 万元, but ${EXP}:6 201 一般公共服务支出 合计 is 581.66 万元 (difference 10.00)`,
    ]);
    // A summary with 人员经费 and 公用经费 under 基本支出, and 项目支出: 项目支出 is compared; 基本支出, which it does not print, is not.
    const V = 'fixtures/variants/summary-personnel-public-nested';
    expect(await findings('XT001', [['summary', SUMMARY, (t) => t.replace('201 一般公共服务支出,581.66,268.62,16.65,296.39', '201 一般公共服务支出,581.66,267.62,16.65,297.39')]], V)).toEqual([
      `error ${SUMMARY}:7:7 296.39 297.39 1.00 [${EXP}:6 296.39] class 201: ${SUMMARY}:7 201 一般公共服务支出 支出/项目支出 is 297.39 万元, but ${EXP}:6 201 一般公共服务支出 项目支出 is 296.39 万元 (difference 1.00)`,
    ]);
  });

  it('leaves a class whose summary figure cannot be read (TBL016 reports it)', async () => {
    const malformed = (t: string) => t.replace('208 社会保障和就业支出,35.87', '208 社会保障和就业支出,35.8.7');
    expect(await findings('XT001', [['summary', SUMMARY, malformed], ['expenditure', EXP, (t) => t.replace(/\n208,[^\n]*/g, '')]])).toEqual([]);
  });

  it('reports a class the summary leaves out only when the expenditure table prints money in it', async () => {
    const noSummary212 = (t: string) => t.replace('212 城乡社区支出', '');
    expect(await findings('XT001', [['summary', SUMMARY, noSummary212], ['expenditure', EXP, beforeTotal('212,,,城乡社区支出,0.00,0.00,')]])).toEqual([]);
    expect(await findings('XT001', [['summary', SUMMARY, noSummary212], ['expenditure', EXP, beforeTotal('212,,,城乡社区支出,1.00,1.00,')]])).toEqual([
      `error ${EXP}:15:5 0.00 1.00 1.00 [${SUMMARY}:0 0.00] class 212: ${EXP}:15 212 城乡社区支出 合计 is 1.00 万元, but ${SUMMARY} has no row 212`,
    ]);
  });

  it('leaves a class the expenditure table does not print when one of its codes cannot be read, or the summary\'s figure is zero', async () => {
    const no208 = (t: string) => t.replace(/\n208,[^\n]*/g, '');
    expect(await findings('XT001', [['expenditure', EXP, (t) => no208(t).replace('201,03,50,事业运行', '201,03,050,事业运行')]])).toEqual([]);
    expect(await findings('XT001', [['expenditure', EXP, no208], ['summary', SUMMARY, (t) => t.replace('208 社会保障和就业支出,35.87', '208 社会保障和就业支出,0.00')]])).toEqual([]);
  });
});

describe('XT002 income-vs-expenditure-rows', () => {
  it('a class the expenditure table prints only through the rows under it', async () => {
    const edit = (t: string) => t.replace(/\n208,,,[^\n]*/, '').replace('208,05,,行政事业单位养老支出,35.87', '208,05,,行政事业单位养老支出,34.87');
    expect(await findings('XT002', [['expenditure', EXP, edit]])).toEqual([
      `error ${INCOME}:11:5 34.87 35.87 1.00 [${EXP}:11 34.87] 208 社会保障和就业支出: the income table has 35.87 万元; the expenditure table prints no such row, and its rows under it add up to 34.87 万元 (difference 1.00)`,
      `error ${EXP}:11:5 35.87 34.87 -1.00 [${INCOME}:12 35.87] 20805 行政事业单位养老支出: the income table has 35.87 万元, the expenditure table 34.87 万元 (difference -1.00)`,
    ]);
  });

  it('compares only the 合计 rows when a code of either table cannot be read, or the income table prints no code', async () => {
    const total = `error ${EXP}:15:5 617.63 617.53 -0.10`;
    const found = await findings('XT002', [['income', INCOME, (t) => t.replace('201,03,50,事业运行,403.88', '201,03,050,事业运行,404.88').replace(',,,合计,617.53', ',,,合计,617.63')]]);
    expect(found).toEqual([`${total} [${INCOME}:15 617.63] 合计: the income table has 617.63 万元, the expenditure table 617.53 万元 (difference -0.10)`]);
    expect(await findings('XT002', [['expenditure', EXP, (t) => t.replace('201,03,50,事业运行,403.88', '201,03,050,事业运行,404.88')]])).toEqual([]);
    const uncoded = (t: string) => t.split('\n').filter((l) => !/^\d/.test(l)).join('\n').replace(',,,合计,617.53', ',,,合计,617.63');
    expect(await findings('XT002', [['income', INCOME, uncoded]])).toEqual([`${total} [${INCOME}:6 617.63] 合计: the income table has 617.63 万元, the expenditure table 617.53 万元 (difference -0.10)`]);
  });

  it('leaves a subject whose figure in one table cannot be read (TBL016 reports it), not taking it for a row that table leaves out', async () => {
    const malformed = (t: string) => t.replace('201,03,01,行政运行,13.38', '201,03,01,行政运行,13.3.8');
    expect(await findings('XT002', [['income', INCOME, malformed]])).toEqual([]);
    expect(await findings('XT002', [['expenditure', EXP, malformed]])).toEqual([]);
  });

  it('a subject one table prints and the other does not: reported when it is not zero', async () => {
    expect(await findings('XT002', [['income', INCOME, beforeTotal('212,,,城乡社区支出,0.00,,,,,,,,,,,')]])).toEqual([]);
    expect(await findings('XT002', [['expenditure', EXP, beforeTotal('212,,,城乡社区支出,1.00,1.00,')]])).toEqual([
      `error ${EXP}:15:5 0.00 1.00 1.00 [${INCOME}:0 0.00] 212 城乡社区支出: the expenditure table has 1.00 万元, but the income table has no such row`,
    ]);
  });
});

describe('XT004 appropriation-vs-fund-tables', () => {
  it('its 支出总计 against the three fund tables\' totals, the empty ones as zeros', async () => {
    const total = (t: string) => t.replace('支 出 总 计,485.54,485.54', '支 出 总 计,485.64,485.54');
    const message = "支出总计: the appropriation table has 485.64 万元, the fund tables' totals add up to 485.54 万元 (difference 0.10)";
    expect(await findings('XT004', [['appropriation', APPR, total]])).toEqual([
      `error ${APPR}:36:4 485.54 485.64 0.10 [${GPB}:15 485.54 + ${GFB}:6 0.00 + ${SOC}:6 0.00] ${message}`,
    ]);
    // Without the 政府性基金 table: the other two, while the appropriation table prints no 政府性基金 money.
    expect(await findings('XT004', [['appropriation', APPR, total], ['gfb', GFB, null]])).toEqual([`error ${APPR}:36:4 485.54 485.64 0.10 [${GPB}:15 485.54 + ${SOC}:6 0.00] ${message}`]);
    // 政府性基金 money and no table of it: the total cannot be verified.
    expect(await findings('XT004', [['appropriation', APPR, (t) => t.replace('支 出 总 计,485.54,485.54,,', '支 出 总 计,485.64,485.54,0.10,')], ['gfb', GFB, null]])).toEqual([]);
  });

  it('compares no fund by class when the appropriation table has no column of it, only its 合计', async () => {
    const flat = (t: string) => t.split('\n').map((l) => l.split(',').slice(0, 4).join(',')).join('\n');
    expect(await findings('XT004', [['appropriation', APPR, flat], ['gpb', GPB, (t) => t.replace(/\n208,[^\n]*/g, '')]])).toEqual([]);
    expect(await findings('XT004', [['appropriation', APPR, (t) => flat(t).replace('支 出 总 计,485.54', '支 出 总 计,485.64')]])).toEqual([
      `error ${APPR}:36:4 485.54 485.64 0.10 [${GPB}:15 485.54 + ${GFB}:6 0.00 + ${SOC}:6 0.00] 支出总计: the appropriation table has 485.64 万元, the fund tables' totals add up to 485.54 万元 (difference 0.10)`,
    ]);
    // Without the 政府性基金 table, the appropriation table does not say whether it has 政府性基金 money: no total.
    expect(await findings('XT004', [['appropriation', APPR, (t) => flat(t).replace('支 出 总 计,485.54', '支 出 总 计,485.64')], ['gfb', GFB, null]])).toEqual([]);
  });

  it('leaves the total when a fund table\'s total cannot be read', async () => {
    const total = (t: string) => t.replace('支 出 总 计,485.54,485.54', '支 出 总 计,485.64,485.54');
    expect(await findings('XT004', [['appropriation', APPR, total], ['gfb', GFB, (t) => t.replace(',,,合计,,,,', ',,,合计,1.2.3,,,')]])).toEqual([]);
  });

  it('each fund\'s income against the summary\'s, by name', async () => {
    expect(await findings('XT004', [['appropriation', APPR, (t) => t.replace('政府性基金预算,,203', '政府性基金预算,1.00,203').replace('国有资本经营预算,,204', '国有资本经营预算,2.00,204')]])).toEqual([
      `error ${APPR}:8:2 0.00 1.00 1.00 [${SUMMARY}:10 0.00] 政府性基金预算: the appropriation table has 1.00 万元, the summary 0.00 万元 (difference 1.00)`,
      `error ${APPR}:9:2 0.00 2.00 2.00 [${SUMMARY}:13 0.00] 国有资本经营预算: the appropriation table has 2.00 万元, the summary 0.00 万元 (difference 2.00)`,
    ]);
    // Without a summary: nothing to compare the income with.
    expect(await findings('XT004', [['appropriation', APPR, (t) => t.replace('一般公共预算,485.54,202', '一般公共预算,485.64,202')], ['summary', SUMMARY, null]])).toEqual([]);
  });

  it('each fund\'s column by class against that fund\'s table', async () => {
    const row208 = ',,208 社会保障和就业支出,35.87,35.87,,';
    expect(await findings('XT004', [['appropriation', APPR, (t) => t.replace(row208, ',,208 社会保障和就业支出,35.87,35.87,1.00,2.00')]])).toEqual([
      `error ${APPR}:13:6 0.00 1.00 1.00 [${GFB}:0 0.00] class 208, 政府性基金: ${APPR}:13 208 社会保障和就业支出 财政拨款支出/政府性基金预算 is 1.00 万元, but ${GFB} has no row 208`,
      `error ${APPR}:13:7 0.00 2.00 2.00 [${SOC}:0 0.00] class 208, 国有资本经营: ${APPR}:13 208 社会保障和就业支出 财政拨款支出/国有资本经营预算 is 2.00 万元, but ${SOC} has no row 208`,
    ]);
    // The fund table prints no class row 208: the rows under it stand for it.
    const under = (t: string) => t.replace(/\n208,,,[^\n]*/, '').replace('208,05,,行政事业单位养老支出,35.87', '208,05,,行政事业单位养老支出,34.87');
    expect(await findings('XT004', [['gpb', GPB, under]])).toEqual([
      `error ${APPR}:13:5 34.87 35.87 1.00 [${GPB}:11 34.87] class 208, 一般公共预算: ${APPR}:13 208 社会保障和就业支出 财政拨款支出/一般公共预算 is 35.87 万元; ${GPB} prints no row 208, and its rows under it add up to 34.87 万元 (difference 1.00)`,
    ]);
    // A class the appropriation table leaves out.
    expect(await findings('XT004', [['appropriation', APPR, (t) => t.replace(row208, ',,,,,,')]])).toEqual([
      `error ${GPB}:11:5 0.00 35.87 35.87 [${APPR}:0 0.00] class 208, 一般公共预算: ${GPB}:11 208 社会保障和就业支出 合计 is 35.87 万元, but ${APPR} has no row 208`,
    ]);
    // A fund's figure of the appropriation table that cannot be read, of a class the fund table leaves out (TBL016 reports it).
    expect(await findings('XT004', [['appropriation', APPR, (t) => t.replace(row208, ',,208 社会保障和就业支出,35.87,35.8.7,,')], ['gpb', GPB, (t) => t.replace(/\n208,[^\n]*/g, '')]])).toEqual([]);
    // A code of the fund table that cannot be read: its classes are not compared.
    expect(await findings('XT004', [['gpb', GPB, (t) => t.replace(/\n208,[^\n]*/g, '').replace('201,03,50,事业运行', '201,03,050,事业运行')]])).toEqual([]);
  });

  it('in final accounts, the 本年支出合计 line against the fund tables\' totals, not 总计 (which adds the carry-over)', async () => {
    const F_GPB = '公开05表-一般公共预算财政拨款支出决算表.csv';
    expect(await findings('XT004', [['appropriation', F_APPR, (t) => t.replace('本年支出合计,55,448.55,448.55,0.00', '本年支出合计,55,448.65,448.45,0.00')]], FINAL)).toEqual([
      `error ${F_APPR}:29:6 448.55 448.65 0.10 [${F_GPB}:7 448.55 + 公开08表-政府性基金预算财政拨款收入支出决算表.csv:7 0.00 + 公开09表-国有资本经营预算财政拨款支出决算表.csv:7 0.00] 支出总计: the appropriation table has 448.65 万元, the fund tables' totals add up to 448.55 万元 (difference 0.10)`,
      `error ${F_APPR}:29:7 448.55 448.45 -0.10 [${F_GPB}:7 448.55] 支出总计, 一般公共预算: the appropriation table has 448.45 万元, the total of ${F_GPB}:7 合计 小计 is 448.55 万元 (difference -0.10)`,
    ]);
    expect(await findings('XT004', [], FINAL)).toEqual([]);
  });
});

describe('XT007 project-vs-project-table', () => {
  it('a 项\'s 项目支出 against each of the projects under it', async () => {
    const P = PROJECT;
    expect(await findings('XT007', [['gpb-project', P, (t) => t.replace('业务经费,12.00,,10.80', '业务经费,13.00,,10.80')]])).toEqual([
      `error ${GPB}:10:7 165.40 164.40 -1.00 [${P}:8 50.00 + ${P}:9 3.00 + ${P}:10 30.00 + ${P}:11 13.00 + ${P}:12 69.40] 2010399: 项目支出 is 164.40 万元 in the general public budget table, the projects under it add up to 165.40 万元 (difference -1.00)`,
    ]);
    // A project moved to 2010301: both 项.
    expect(await findings('XT007', [['gpb-project', P, (t) => t.replace('201,03,99,其他政府办公厅（室）及相关机构事务支出,12345', '201,03,01,行政运行,12345')]])).toEqual([
      `error ${GPB}:8:7 69.40 0.00 -69.40 [${P}:12 69.40] 2010301: 项目支出 is 0.00 万元 in the general public budget table, the projects under it add up to 69.40 万元 (difference -69.40)`,
      `error ${GPB}:10:7 95.00 164.40 69.40 [${P}:8 50.00 + ${P}:9 3.00 + ${P}:10 30.00 + ${P}:11 12.00] 2010399: 项目支出 is 164.40 万元 in the general public budget table, the projects under it add up to 95.00 万元 (difference 69.40)`,
    ]);
  });

  it('sums the projects alone, not a 项\'s subtotal row, and names each by its project', async () => {
    const subtotal = (t: string) => t.replace(/(\n201,03,99,其他政府办公厅（室）及相关机构事务支出,克州政务服务和公共资源交易中心云平台服务器项目)/, '\n201,03,99,其他政府办公厅（室）及相关机构事务支出,,164.40,,113.20,,,,51.20,,,,$1');
    expect(await findings('XT007', [['gpb-project', PROJECT, subtotal]])).toEqual([]);
    const ledger = await edited(SAMPLE, [['gpb-project', PROJECT, (t) => t.replace('业务经费,12.00,,10.80', '业务经费,13.00,,10.80')]]);
    const [item] = checkLedger(ledger, { rules: [ruleById('XT007')!] }).findings;
    expect(item.components!.map((c) => `${c.label} (column ${c.column})`)).toEqual([
      `${PROJECT}:8 克州政务服务和公共资源交易中心云平台服务器项目 (column 6)`,
      `${PROJECT}:9 克州政务服务和公共资源交易中心政府集中采购项目评审专家费 (column 6)`,
      `${PROJECT}:10 克州政务服务和公共资源交易中心大厅软硬件维护项目 (column 6)`,
      `${PROJECT}:11 政务服务和公共资源交易中心业务经费 (column 6)`,
      `${PROJECT}:12 12345 政务服务便民热线项目 (column 6)`,
    ]);
  });

  it('leaves projects filed under a 款 (only 项 are compared), and those whose code cannot be read', async () => {
    // The project moved under 20103: 2010399 misses it; 20103 itself is not compared with it.
    expect(await findings('XT007', [['gpb-project', PROJECT, (t) => t.replace('201,03,99,其他政府办公厅（室）及相关机构事务支出,12345', '201,03,,政府办公厅（室）及相关机构事务,12345')]])).toEqual([
      `error ${GPB}:10:7 95.00 164.40 69.40 [${PROJECT}:8 50.00 + ${PROJECT}:9 3.00 + ${PROJECT}:10 30.00 + ${PROJECT}:11 12.00] 2010399: 项目支出 is 164.40 万元 in the general public budget table, the projects under it add up to 95.00 万元 (difference 69.40)`,
    ]);
    expect(await findings('XT007', [['gpb-project', PROJECT, (t) => t.replace('201,03,99,其他政府办公厅（室）及相关机构事务支出,12345', '201,03,0x,行政运行,12345')]])).toEqual([]);
  });
});

describe('XT007 with a project figure that cannot be read', () => {
  it('leaves the 项 (TBL016 reports the figure) instead of summing the projects it can read', async () => {
    const malformed = (t: string) => t.replace('业务经费,12.00,,10.80,,,,1.20', '业务经费,1.2.00,,10.80,,,,1.20');
    expect(await findings('XT007', [['gpb-project', PROJECT, malformed]])).toEqual([]);
    // The other 项 are still compared: a project moved from 2010399 to 2010301 is found at 2010301.
    const moved = (t: string) => malformed(t).replace('201,03,99,其他政府办公厅（室）及相关机构事务支出,12345', '201,03,01,行政运行,12345');
    expect(await findings('XT007', [['gpb-project', PROJECT, moved]])).toEqual([
      `error ${GPB}:8:7 69.40 0.00 -69.40 [${PROJECT}:12 69.40] 2010301: 项目支出 is 0.00 万元 in the general public budget table, the projects under it add up to 69.40 万元 (difference -69.40)`,
    ]);
  });
});

describe('compare and printedUnder (src/rules/cross/compare.ts)', () => {
  const under = (t: Table, code: string) => {
    const r = printedUnder(t, code);
    if (r === undefined) return undefined;
    return 'rows' in r ? { rows: r.rows.map((f) => `${f.place.line} ${f.amount.value.toFixed(2)}`) } : { none: `${r.none.place.file}:${r.none.place.line}` };
  };

  it('printedUnder: a table of class rows alone prints nothing of a class it has no row of, and says nothing of a 款', () => {
    const classes = table(SAMPLE, GPB, (t) => t.split('\n').filter((l) => !/^\d{3},\d/.test(l)).join('\n'), false);
    expect(under(classes, '212')).toEqual({ none: `${GPB}:0` });
    expect(under(classes, '21201')).toBeUndefined();
  });

  it('printedUnder: project rows are not rows of the table\'s classification', () => {
    // Projects filed under 20103 alone, no subject row: the table prints no row of its classification.
    const projects = table(SAMPLE, PROJECT, (t) => t.replace(/\n201,,,[^\n]*/, '').replace(/\n201,03,,[^\n]*/, '').replaceAll('201,03,99,其他政府办公厅（室）及相关机构事务支出', '201,03,,政府办公厅（室）及相关机构事务'), false);
    expect(under(projects, '2010399')).toEqual({ none: `${PROJECT}:0` });
    expect(under(projects, '201')).toEqual({ none: `${PROJECT}:0` });
  });

  it('compares nothing when the other figure cannot be read', async () => {
    // 表3's 合计 unreadable: the summary's 支出总计 is not compared; its classes still are.
    const edit = (t: string) => t.replace(',,,合计,617.53', ',,,合计,617.5.3').replace('208,,,社会保障和就业支出,35.87', '208,,,社会保障和就业支出,36.87');
    expect(await findings('XT001', [['expenditure', EXP, edit]])).toEqual([
      `error ${SUMMARY}:13:4 36.87 35.87 -1.00 [${EXP}:11 36.87] class 208: ${SUMMARY}:13 208 社会保障和就业支出 支出/预算数 is 35.87 万元, but ${EXP}:11 208 社会保障和就业支出 合计 is 36.87 万元 (difference -1.00)`,
    ]);
  });

  it('compares nothing with the rows under a class when one of them cannot be read', async () => {
    // 表3 without its class row 208, and 20805 unreadable (TBL016 reports it).
    const edit = (t: string) => t.replace(/\n208,,,[^\n]*/, '').replace('208,05,,行政事业单位养老支出,35.87', '208,05,,行政事业单位养老支出,3.5.87');
    expect(await findings('XT001', [['expenditure', EXP, edit]])).toEqual([]);
  });

  it('names every figure a sum takes in the finding\'s data', async () => {
    const ledger = await edited(SAMPLE, [['appropriation', APPR, (t) => t.replace('支 出 总 计,485.54,485.54', '支 出 总 计,485.64,485.54')]]);
    const [total] = checkLedger(ledger, { rules: [ruleById('XT004')!] }).findings;
    expect(total.data).toMatchObject({
      stated: `${APPR}:36 支 出 总 计 财政拨款支出/合计`,
      other: `${GPB}:15 合计 合计 + ${GFB}:6 合计 合计 + ${SOC}:6 合计 合计`,
    });
  });
});

describe('CP003 budget-year-consistent', () => {
  const cp003 = (ledger: Ledger) => checkLedger(ledger, { rules: [ruleById('CP003')!] }).findings.map((f) => `${f.file}:${f.line} ${f.expected} ${f.actual} ${f.message}`);
  const titled = async (years: Partial<Record<TableKind, number>>, year: number | undefined) => {
    const { ledger } = await loadUnit(SAMPLE);
    return { ...ledger, year, tables: new Map([...ledger.tables].map(([k, t]) => [k, { ...t, year: years[k] }])) };
  };

  it('names each table of another year, without a narrative too', async () => {
    const ledger = await titled({ summary: 2024, gpb: 2023, gfb: 2022 }, 2024);
    const [gpb, gfb] = [ledger.tables.get('gpb')!, ledger.tables.get('gfb')!];
    expect(cp003({ ...ledger, narrative: undefined })).toEqual([
      `${gpb.file}:${gpb.titleLine} 2024 2023 ${gpb.file} is titled for 2023, the package is for 2024`,
      `${gfb.file}:${gfb.titleLine} 2024 2022 ${gfb.file} is titled for 2022, the package is for 2024`,
    ]);
  });

  it('judges nothing when the package has no year (no narrative to take it from)', async () => {
    const ledger = await titled({ gpb: 2023 }, undefined);
    expect(cp003({ ...ledger, narrative: undefined })).toEqual([]);
    // A package whose tables print no year takes its narrative's: the table of 2023 is then of its year.
    expect(cp003({ ...ledger, narrative: { ...ledger.narrative!, text: '2023年单位预算情况说明\n' } })).toEqual([]);
    expect(cp003({ ...ledger, narrative: { ...ledger.narrative!, text: '2024年单位预算情况说明\n' } })).toEqual([
      `${GPB}:${ledger.tables.get('gpb')!.titleLine} 2024 2023 ${GPB} is titled for 2023, the package is for 2024`,
    ]);
  });

  // A title with spaces around every word and neither 单位 nor 部门: only the first of the two patterns reads it.
  it.each([
    [SAMPLE, '2023 年 预算说明', 2024],
    [FINAL, '2018 年 度 决算说明', 2019],
  ])('reads the year of a narrative titled with spaces: %s "%s"', async (dir, title, year) => {
    const { ledger: loaded } = await loadUnit(dir);
    const ledger = { ...loaded, year, tables: new Map([...loaded.tables].map(([k, t]) => [k, { ...t, year }])) };
    const n = { ...ledger.narrative!, text: `说明\n${title}\n` };
    expect(cp003({ ...ledger, narrative: n })).toEqual([`${n.file}:2 ${year} ${year - 1} the narrative is about the ${year - 1} budget, the tables are for ${year}`]);
  });

  it('finds the narrative\'s year on the line it is printed, the first title that names one', async () => {
    const ledger = await titled({ summary: 2024 }, 2024);
    const n = { ...ledger.narrative!, text: '克州\n\n\n\n2023年单位预算情况说明\n2022年单位预算情况说明\n' };
    expect(cp003({ ...ledger, narrative: n })).toEqual([`${n.file}:5 2024 2023 the narrative is about the 2023 budget, the tables are for 2024`]);
  });
});

describe('XT012 same-figure on the sample edited', () => {
  const FIN_INCOME = ',,,合计,617.53,485.54,485.54';

  it('one money printed twice: the detailed table is the reference, the restating one is reported', async () => {
    // 表2's 财政拨款 小计 and 表4's 财政拨款 income: no other rule compares them.
    expect(await findings('XT012', [['income', INCOME, (t) => t.replace(FIN_INCOME, ',,,合计,617.53,485.64,485.54')]])).toEqual([
      `error ${APPR}:6:2 485.64 485.54 -0.10 [${INCOME}:15 485.64] 本年收入 (财政拨款) is printed twice: ${APPR}:6 一、财政拨款（补助） 财政拨款收入/合计 has 485.54 万元, ${INCOME}:15 合计 财政拨款（补助）/小计 has 485.64 万元 (difference -0.10)`,
    ]);
    expect(await findings('XT012', [['appropriation', APPR, (t) => t.replace('一、财政拨款（补助）,485.54', '一、财政拨款（补助）,485.44')]])).toEqual([
      `error ${APPR}:6:2 485.54 485.44 -0.10 [${INCOME}:15 485.54] 本年收入 (财政拨款) is printed twice: ${APPR}:6 一、财政拨款（补助） 财政拨款收入/合计 has 485.44 万元, ${INCOME}:15 合计 财政拨款（补助）/小计 has 485.54 万元 (difference -0.10)`,
    ]);
  });

  it('an all-money figure less than a part of it, against the part in the nearest table', async () => {
    // 本年收入 485.00 < 财政拨款 485.54, which 表4 (next to 表1) and 表2 print: 表4's is quoted.
    expect(await findings('XT012', [['summary', SUMMARY, (t) => t.replace('一、本年收入,617.53', '一、本年收入,485.00')]])).toEqual([
      `error ${SUMMARY}:6:2 485.54 485.00 -0.54 [${APPR}:6 485.54] 本年收入: ${SUMMARY}:6 一、本年收入 收入/预算数 (all money) has 485.00 万元, less than its 财政拨款 part, which ${APPR}:6 一、财政拨款（补助） 财政拨款收入/合计 prints as 485.54 万元`,
    ]);
    // 表4's 财政拨款 income 620.00: more than the summary's 本年收入 617.53, and not 表2's 485.54.
    expect(await findings('XT012', [['appropriation', APPR, (t) => t.replace('一、财政拨款（补助）,485.54', '一、财政拨款（补助）,620.00')]])).toEqual([
      `error ${SUMMARY}:6:2 620.00 617.53 -2.47 [${APPR}:6 620.00] 本年收入: ${SUMMARY}:6 一、本年收入 收入/预算数 (all money) has 617.53 万元, less than its 财政拨款 part, which ${APPR}:6 一、财政拨款（补助） 财政拨款收入/合计 prints as 620.00 万元`,
      `error ${APPR}:6:2 485.54 620.00 134.46 [${INCOME}:15 485.54] 本年收入 (财政拨款) is printed twice: ${APPR}:6 一、财政拨款（补助） 财政拨款收入/合计 has 620.00 万元, ${INCOME}:15 合计 财政拨款（补助）/小计 has 485.54 万元 (difference 134.46)`,
    ]);
    // An all-money figure above its part is right.
    expect(await findings('XT012', [['summary', SUMMARY, (t) => t.replace('一、本年收入,617.53', '一、本年收入,618.00')]])).toEqual([]);
  });

  it('weighs a fund against the nearest wider one only (一般公共预算 against 财政拨款, not against all money)', async () => {
    // wensu-2025: 财政拨款 1142.89 of 1194.04, 一般公共预算 1076.49 of it. 表4's 一般公共预算 income 1200.00 is
    // XT004's (against the summary's 1076.49); against 财政拨款, the nearest pair (表4's 1142.89, 表1's 1076.49) holds.
    const W = 'fixtures/units/wensu-2025';
    const edit: Edit[] = [['appropriation', APPR, (t) => t.replace(/\n一般公共预算,1076.49/, '\n一般公共预算,1200.00')]];
    expect(await findings('XT012', edit, W)).toEqual([]);
    expect((await findings('XT004', edit, W)).map((f) => f.slice(0, f.indexOf(' [')))).toEqual([`error ${APPR}:7:2 1076.49 1200.00 123.51`]);
  });
});

describe('XT006: the general public budget table\'s 基本支出 against the economic table', () => {
  // 表6 without its 合计 column: the economic table's total is its 人员经费 and 公用经费 totals added up.
  const withoutTotal = (publicTotal: string) => (text: string) =>
    text
      .split('\n')
      .map((l) => l.split(',').filter((_c, i) => i !== 3).join(','))
      .join('\n')
      .replace(/^,,合计,304\.49,16\.65/m, `,,合计,304.49,${publicTotal}`);

  it('adds up 人员经费 and 公用经费 where the economic table prints no 合计, and names the sum', async () => {
    expect(await findings('XT006', [['gpb-basic', '表6-一般公共预算基本支出情况表.csv', withoutTotal('16.65')]])).toEqual([]);
    const ledger = await edited(SAMPLE, [['gpb-basic', '表6-一般公共预算基本支出情况表.csv', withoutTotal('17.65')]]);
    expect(say(ledger, 'XT006')).toEqual([
      "error 表5-一般公共预算支出情况表.csv:15:6 322.14 321.14 -1.00 [表6-一般公共预算基本支出情况表.csv:28 322.14] basic expenditure: the general public budget table has 321.14 万元, the economic table's total is 322.14 万元 (difference -1.00)",
    ]);
    const [finding] = checkLedger(ledger, { rules: [ruleById('XT006')!] }).findings;
    expect(finding.components!.map((c) => c.label)).toEqual(['表6-一般公共预算基本支出情况表.csv:28 人员经费合计 + 公用经费合计']);
  });
});
