/**
 * The year-over-year claim rules (NC014 change against a stated prior, NC003 percent, NC013 prior-year
 * figure, NC007 implied priors, NC006 zero base, NC010 comparison year) on small narratives put in place
 * of the sample's (the sample's tables stay): each finding's figures, unit and message, what the claims
 * list says a claim was checked against, and the claims that must not be flagged.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkLedger, type CheckOptions } from '../../src/check.js';
import { loadUnit } from '../../src/load/unit.js';
import type { Ledger } from '../../src/ledger/model.js';
import type { Finding } from '../../src/report.js';
import { claimRules } from '../../src/rules/index.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SAMPLE = join(ROOT, 'fixtures/units/kizilsu-2024');
/** Last year's package of the same unit (--previous): its figures are the priors the sample's claims imply. */
const PREVIOUS = join(ROOT, 'fixtures/units/kizilsu-2023');

let sample: Ledger;
let previous: Ledger;
/** The sample with a 上年预算数 column in 表5 (the 一般公共预算 function items' priors, total 510.70). */
let withPriorColumn: Ledger;
let temp: string;
beforeAll(async () => {
  ({ ledger: sample } = await loadUnit(SAMPLE));
  ({ ledger: previous } = await loadUnit(PREVIOUS));
  temp = await mkdtemp(join(tmpdir(), 'bc-yoy-rules-'));
  await cp(SAMPLE, temp, { recursive: true });
  const file = join(temp, '表5-一般公共预算支出情况表.csv');
  const priors: Record<string, string> = { '201,,': '473.63', '201,03,': '473.63', '201,03,01': '62.23', '201,03,50': '411.40', '208,,': '37.07', '208,05,': '37.07', '208,05,01': '4.11', '208,05,05': '32.96', ',,': '510.70' };
  const lines = (await readFile(file, 'utf8')).split(/\r?\n/).map((line, i) => {
    if (line === '') return line;
    if (i === 3) return `${line},上年预算数`;
    if (i < 3) return `${line},`;
    return `${line},${priors[line.split(',').slice(0, 3).join(',').replace(/^\uFEFF/, '')] ?? ''}`;
  });
  await writeFile(file, lines.join('\r\n'));
  const loaded = await loadUnit(temp);
  expect(loaded.problems).toEqual([]);
  withPriorColumn = loaded.ledger;
});
afterAll(async () => {
  if (temp) await rm(temp, { recursive: true, force: true });
});

/** The claim rules on the sample's tables with `text` as its narrative. */
const run = (text: string, options: CheckOptions = {}, ledger = sample) => checkLedger({ ...ledger, narrative: { file: 'n.txt', text, encoding: 'utf-8' } }, { rules: claimRules, listClaims: true, ...options });

/** A finding's place and figures: "RULE severity line expected actual difference unit". */
const figures = (f: Finding) => [f.rule, f.severity, f.line, f.expected, f.actual, f.difference, f.unit].join(' ');

/** The errors and warnings (notes left out), each with its figures, and their messages. */
function loud(text: string, options: CheckOptions = {}, ledger = sample) {
  const found = run(text, options, ledger).findings.filter((f) => f.severity !== 'note');
  return { figures: found.map(figures), messages: found.map((f) => f.message) };
}

/** The year-over-year claims of the claims list: status and what each was checked against. */
const yoyClaims = (text: string, options: CheckOptions = {}, ledger = sample) =>
  run(text, options, ledger)
    .claims!.claims.filter((c) => c.kind === 'yoy')
    .map((c) => `${c.status}: ${c.against}`);

const EXPENDITURE = '三、支出预算情况\n';

describe('NC014: a change in money against the prior stated with it', () => {
  it('states the change the two years make, the stated one, their difference and the unit', () => {
    const text = `${EXPENDITURE}基本支出321.14万元，上年预算数335.98万元，减少15.84万元。`;
    expect(loud(text)).toEqual({
      figures: ['NC014 error 2 14.84 15.84 1.00 万元'],
      messages: ['基本支出: from the stated prior 335.98 万元 to 321.14 万元 the change is 14.84 万元, the text says 减少 15.84 万元'],
    });
    // The claims list says what the change was checked against: the table's current figure and the stated prior.
    expect(yoyClaims(text)).toEqual([
      'verified: prior 335.98 = current 表3-单位支出总体情况表.csv:15 合计 基本支出 321.14 万元 + change',
      'contradicted: current 表3-单位支出总体情况表.csv:15 合计 基本支出 321.14 万元 − stated prior 335.98 万元',
    ]);
    // Right, it is verified; in strict mode too.
    for (const strict of [false, true]) {
      expect(loud(text.replace('15.84', '14.84'), { strict }).figures).toEqual([]);
      expect(yoyClaims(text.replace('15.84', '14.84'), { strict })).toEqual([
        'verified: prior 335.98 = current 表3-单位支出总体情况表.csv:15 合计 基本支出 321.14 万元 + change',
        'verified: prior 335.98 = current 表3-单位支出总体情况表.csv:15 合计 基本支出 321.14 万元 + change',
      ]);
    }
  });

  it('a change stated to three decimals, or in 元: the figures in its decimals and unit', () => {
    expect(loud(`${EXPENDITURE}基本支出321.14万元，上年预算数335.98万元，减少15.840万元。`)).toEqual({
      figures: ['NC014 error 2 14.840 15.840 1.000 万元'],
      messages: ['基本支出: from the stated prior 335.98 万元 to 321.140 万元 the change is 14.840 万元, the text says 减少 15.840 万元'],
    });
    expect(loud(`${EXPENDITURE}基本支出321.14万元，上年预算数335.98万元，减少158400.0元。`)).toEqual({
      figures: ['NC014 error 2 148400.00 158400.0 10000.00 元'],
      messages: ['基本支出: from the stated prior 335.98 万元 to 3211400.00 元 the change is 148400.00 元, the text says 减少 158400.0 元'],
    });
  });

  it('a current amount the tables do not have: checked against the stated amount; a claim without a subject says so', () => {
    const text = `${EXPENDITURE}支出321.14万元，上年预算数335.98万元，减少15.84万元。`;
    expect(loud(text)).toEqual({
      figures: ['NC014 error 2 14.84 15.84 1.00 万元'],
      messages: ['支出: from the stated prior 335.98 万元 to 321.14 万元 the change is 14.84 万元, the text says 减少 15.84 万元'],
    });
    expect(yoyClaims(text)[1]).toBe('contradicted: current stated − stated prior 335.98 万元');
    expect(loud(`${EXPENDITURE}321.14万元，上年预算数335.98万元，减少15.84万元。`).messages).toEqual([
      '(no subject): from the stated prior 335.98 万元 to 321.14 万元 the change is 14.84 万元, the text says 减少 15.84 万元',
    ]);
  });
});

describe('NC003: the percent of a change', () => {
  const INCOME = '二、2024年收入预算情况\n';
  const contradicted = (text: string, options: CheckOptions = {}) => yoyClaims(text, options).filter((c) => c.startsWith('contradicted'));

  it('states the percent change / prior makes, the stated one, their difference, the unit and the place of the percent', () => {
    const text = `${INCOME}单位资金131.99万元，上年预算数为72.73万元，增长18.48%。`;
    expect(loud(text)).toEqual({
      figures: ['NC003 error 2 81.48 18.48 -63.00 %'],
      messages: ['单位资金: 59.26 万元 on a prior of 72.73 万元 is 81.48%, the text says 18.48%'],
    });
    expect(run(text).findings.map((f) => f.column)).toEqual([28]);
    // What the percent was checked against: the prior, from the table's current amount and the change (up: current − change).
    expect(contradicted(text)).toEqual(['contradicted: prior 72.73 = 表1-单位收支总体情况表.csv:17 5.单位资金 131.99 万元 − 59.26']);
  });

  it('a prior stated outright and a decrease: the change is what lies between (current + change)', () => {
    const text = `${INCOME}一般公共预算485.54万元，上年预算数为510.70万元，下降9.43%。`;
    expect(loud(text)).toEqual({
      figures: ['NC003 error 2 4.93 9.43 4.50 %'],
      messages: ['一般公共预算: 25.16 万元 on a prior of 510.70 万元 is 4.93%, the text says 9.43%'],
    });
    expect(contradicted(text)).toEqual(['contradicted: prior 510.70 = 表1-单位收支总体情况表.csv:7 1.一般公共预算拨款 485.54 万元 + 25.16']);
    // A percent to three decimals: the figures to three.
    expect(loud(text.replace('9.43%', '9.430%')).figures).toEqual(['NC003 error 2 4.927 9.430 4.503 %']);
  });

  it('a current amount the tables do not have: the stated one, either way', () => {
    const up = `${INCOME}收入617.53万元，上年预算数为614.59万元，增长0.58%。`;
    expect(loud(up)).toEqual({ figures: ['NC003 error 2 0.48 0.58 0.10 %'], messages: ['收入: 2.94 万元 on a prior of 614.59 万元 is 0.48%, the text says 0.58%'] });
    expect(contradicted(up)).toEqual(['contradicted: prior 614.59 = stated current − 2.94']);
    const down = `${INCOME}收入617.53万元，上年预算数为624.59万元，下降1.23%。`;
    expect(loud(down)).toEqual({ figures: ['NC003 error 2 1.13 1.23 0.10 %'], messages: ['收入: 7.06 万元 on a prior of 624.59 万元 is 1.13%, the text says 1.23%'] });
    expect(contradicted(down)).toEqual(['contradicted: prior 624.59 = stated current + 7.06']);
    // A claim without a subject says so.
    expect(loud(`${INCOME}617.53万元，上年预算数为614.59万元，增长0.58%。`).messages).toEqual(['(no subject): 2.94 万元 on a prior of 614.59 万元 is 0.48%, the text says 0.58%']);
  });

  it('a change after a list\'s last part, right for the list\'s total: not contradicted (but in strict mode, where only the part counts)', () => {
    // As 单位资金's: 2.94 on 131.99 − 2.94 = 129.05 is 2.28%; as the total's: 2.94 on 617.53 − 2.94 = 614.59 is 0.48%.
    const text = (percent: string) => `${INCOME}收入预算617.53万元，其中：一般公共预算485.54万元，单位资金131.99万元，比上年增加2.94万元，增长${percent}%。`;
    expect(loud(text('0.48')).figures).toEqual([]);
    expect(yoyClaims(text('0.48'))).toEqual(['verified: prior 129.05 = current 表1-单位收支总体情况表.csv:17 5.单位资金 131.99 万元 − change']);
    expect(loud(text('0.48'), { strict: true }).figures).toEqual(['NC003 error 2 2.28 0.48 -1.80 %']);
    // Right for neither.
    expect(loud(text('0.58'))).toEqual({ figures: ['NC003 error 2 2.28 0.58 -1.70 %'], messages: ['单位资金: 2.94 万元 on a prior of 129.05 万元 is 2.28%, the text says 0.58%'] });
  });

  it('no percent from a prior that is not positive: the change exceeds the current amount (NC004 says so)', () => {
    const text = '五、2024年一般公共预算当年拨款情况\n3.其他政府办公厅（室）及相关机构事务支出（项）：2024年预算数为164.40万元，比上年预算增加200.00万元，增长100.00%。';
    expect(loud(text).figures.map((f) => f.split(' ')[0])).toEqual(['NC004']);
  });
});

describe('NC013: the prior a claim implies against last year\'s figure', () => {
  const INCOME = '二、2024年收入预算情况\n';
  const LAST_GPB = '表1-单位收支总体情况表.csv:7 1.一般公共预算拨款 510.70 万元';
  const withPrevious = () => ({ previous });

  it('last year\'s package (--previous): the figure it prints, the prior the claim implies, their difference and unit', () => {
    const text = `${INCOME}一般公共预算485.54万元，比上年预算减少35.16万元。`;
    expect(loud(text, withPrevious())).toEqual({
      figures: ['NC013 error 2 510.70 520.70 10.00 万元'],
      messages: [`一般公共预算: the claim implies last year's figure was 520.70 万元; last year's table says 510.70 万元 (${LAST_GPB})`],
    });
    expect(yoyClaims(text, withPrevious())).toEqual([`contradicted: last year: ${LAST_GPB}`]);
    // Without last year's package nothing says the prior is wrong.
    expect(loud(text).figures).toEqual([]);
    // A prior stated outright, and a change in 元 (the figures in last year's unit).
    expect(loud(`${INCOME}一般公共预算485.54万元，上年预算数为520.70万元。`, withPrevious()).figures).toEqual(['NC013 error 2 510.70 520.70 10.00 万元']);
    expect(loud(`${INCOME}单位资金1319900元，比上年预算增加582600元。`, withPrevious()).figures).toEqual(['NC013 error 2 72.73 73.73 1.00 万元']);
    expect(loud(`${INCOME}单位资金1319900元，比上年预算增加592600元。`, withPrevious()).figures).toEqual([]);
  });

  it('a difference within rounding: none, but in strict mode', () => {
    const text = `${INCOME}一般公共预算485.54万元，比上年预算减少25.2万元。`;
    expect(loud(text, withPrevious()).figures).toEqual([]);
    expect(loud(text, { ...withPrevious(), strict: true }).figures).toEqual(['NC013 error 2 510.70 510.74 0.04 万元']);
  });

  it('a comparison with the final accounts, the execution, or another year than the last is not with last year\'s budget', () => {
    for (const base of ['上年决算', '上年预算执行数']) expect(loud(`${INCOME}一般公共预算485.54万元，比${base}减少35.16万元。`, withPrevious()).figures, base).toEqual([]);
    // 2022 in a 2024 package: NC010 says the year is wrong; the prior is not last year's.
    expect(loud(`${INCOME}一般公共预算485.54万元，比2022年预算减少35.16万元。`, withPrevious()).figures.map((f) => f.split(' ')[0])).toEqual(['NC010']);
    expect(loud(`${INCOME}一般公共预算485.54万元，比2023年预算减少35.16万元。`, withPrevious()).figures).toEqual(['NC013 error 2 510.70 520.70 10.00 万元']);
    // A document that names no year: a named year cannot be told from the last.
    expect(loud(`二、收入预算情况\n一般公共预算485.54万元，比2022年预算减少35.16万元。`, withPrevious()).figures).toEqual(['NC013 error 2 510.70 520.70 10.00 万元']);
  });

  it('a percent alone: the percent (current − last) / last makes', () => {
    expect(loud(`${INCOME}一般公共预算485.54万元，比上年下降4.93%。`, withPrevious()).figures).toEqual([]);
    expect(loud(`${INCOME}单位资金131.99万元，比上年增长81.48%。`, withPrevious()).figures).toEqual([]);
    // The prior a percent implies: 485.54 ÷ (1 − 9.43%) = 536.09; 131.99 ÷ (1 + 18.48%) = 111.40.
    expect(loud(`${INCOME}一般公共预算485.54万元，比上年下降9.43%。`, withPrevious())).toEqual({
      figures: ['NC013 error 2 510.70 536.09 25.39 万元'],
      messages: [`一般公共预算: the claim implies last year's figure was 536.09 万元; last year's table says 510.70 万元 (${LAST_GPB})`],
    });
    expect(loud(`${INCOME}单位资金131.99万元，比上年增长18.48%。`, withPrevious()).figures).toEqual(['NC013 error 2 72.73 111.40 38.67 万元']);
    // A fall of 100% or more implies no prior (the current would be nothing): not reported by this rule.
    expect(loud(`${INCOME}单位资金131.99万元，比上年下降100.00%。`, withPrevious()).figures.filter((f) => f.startsWith('NC013'))).toEqual([]);
    expect(yoyClaims(`${INCOME}单位资金131.99万元，比上年增长18.48%。`, withPrevious())).toEqual(['contradicted: last year: 表1-单位收支总体情况表.csv:17 5.单位资金 72.73 万元']);
  });

  it('a prior-year column of this year\'s tables (上年预算数)', () => {
    const text = '五、2024年一般公共预算当年拨款情况\n一般公共预算当年拨款485.54万元，比上年预算减少35.16万元。';
    expect(loud(text.replace('35.16', '25.16'), {}, withPriorColumn).figures).toEqual([]);
    const found = loud(text, {}, withPriorColumn);
    expect(found.figures).toEqual(['NC013 error 2 510.70 520.70 10.00 万元']);
    const column = '表5-一般公共预算支出情况表.csv:15 合计 上年预算数 510.70 万元';
    expect(found.messages).toEqual([`一般公共预算当年拨款: the claim implies last year's figure was 520.70 万元; this year's table prints 510.70 万元 for last year (${column})`]);
    expect(yoyClaims(text, {}, withPriorColumn)).toEqual([`contradicted: prior-year column: ${column}`]);
  });
});

describe('NC007: the prior-year totals different groups of claims imply', () => {
  const income = '二、2024年收入预算情况\n收入预算617.53万元，其中：一般公共预算485.54万元，比上年预算减少25.16万元；单位资金131.99万元，比上年预算增加59.26万元；财政拨款结转0.00万元，比上年预算减少31.16万元。\n';
  // 335.98 + 278.61 = 614.59, as the income items imply (510.70 + 72.73 + 31.16).
  const expenditure = (project: string) => `三、2024年支出预算情况\n支出预算617.53万元，其中：基本支出321.14万元，比上年预算减少14.84万元；项目支出296.39万元，比上年预算增加${project}万元。`;
  const total = (change: string) => `一、2024年收支预算总体情况\n收支总预算617.53万元，比上年预算增加${change}万元。\n`;

  it('two groups that disagree: the one stated last is reported, with both priors, their difference and the claims it rests on', () => {
    expect(loud(income + expenditure('17.78')).figures).toEqual([]);
    // 335.98 + 268.61 = 604.59.
    expect(loud(income + expenditure('27.78'))).toEqual({
      figures: ['NC007 error 4 614.59 604.59 -10.00 万元'],
      messages: ['收支总预算: the prior year implied by 基本支出 + 项目支出 is 604.59, by the income items 614.59 (claims at lines 4, 4)'],
    });
    expect(run(income + expenditure('27.78')).findings.map((f) => f.column)).toEqual([30]);
    // The same in the other order: the income items, stated last, are reported.
    expect(loud(expenditure('27.78') + '\n' + income).figures).toEqual(['NC007 error 4 604.59 614.59 10.00 万元']);
  });

  it('the income items named are a lower bound of the prior (a source used up is not named): a larger prior agrees', () => {
    // 335.98 + 288.61 = 624.59 ≥ 614.59.
    expect(loud(income + expenditure('7.78')).figures).toEqual([]);
  });

  it('of three groups, the odd one out is reported, against one it disagrees with', () => {
    expect(loud(total('2.94') + income + expenditure('27.78'))).toEqual({
      figures: ['NC007 error 6 614.59 604.59 -10.00 万元'],
      messages: ['收支总预算: the prior year implied by 基本支出 + 项目支出 is 604.59, by the total (收支总预算) 614.59 (claims at lines 6, 6)'],
    });
    // The total stated first, and wrong: it is the odd one, though the others are stated after it.
    expect(loud(total('12.94') + income + expenditure('17.78'))).toEqual({
      figures: ['NC007 error 2 614.59 604.59 -10.00 万元'],
      messages: ['收支总预算: the prior year implied by the total (收支总预算) is 604.59, by the income items 614.59 (claims at lines 2)'],
    });
    expect(loud(total('2.94') + income + expenditure('17.78')).figures).toEqual([]);
  });

  it('基本支出 against 人员经费 + 公用经费', () => {
    const basic = (publicChange: string) => `六、2024年一般公共预算基本支出情况\n一般公共预算基本支出321.14万元，比上年预算减少14.84万元，其中：人员经费304.49万元，比上年预算减少9.96万元；公用经费16.65万元，比上年预算减少${publicChange}万元。`;
    expect(loud(basic('4.88')).figures).toEqual([]);
    // 314.45 + 22.53 = 336.98.
    expect(loud(basic('5.88'))).toEqual({
      figures: ['NC007 error 2 335.98 336.98 1.00 万元'],
      messages: ['一般公共预算基本支出: the prior year implied by 人员经费 + 公用经费 is 336.98, by 基本支出 (一般公共预算基本支出) 335.98 (claims at lines 2, 2)'],
    });
  });

  it('"与上年预算持平" with no change: the prior is the amount itself ("基本持平", roughly, says nothing exact)', () => {
    const basic = (total: string, personnel: string, pub: string) =>
      `六、2024年一般公共预算基本支出情况\n一般公共预算基本支出321.14万元，${total}，其中：人员经费304.49万元，${personnel}；公用经费16.65万元，${pub}。`;
    // 314.45 + 16.65 = 331.10.
    expect(loud(basic('比上年预算减少14.84万元', '比上年预算减少9.96万元', '与上年预算持平'))).toEqual({
      figures: ['NC007 error 2 335.98 331.10 -4.88 万元'],
      messages: ['一般公共预算基本支出: the prior year implied by 人员经费 + 公用经费 is 331.10, by 基本支出 (一般公共预算基本支出) 335.98 (claims at lines 2, 2)'],
    });
    expect(loud(basic('比上年预算减少14.84万元', '比上年预算减少9.96万元', '与上年预算基本持平')).figures).toEqual([]);
    // 319.33 + 16.65 = 335.98.
    expect(loud(basic('比上年预算减少14.84万元', '比上年预算减少14.84万元', '与上年预算持平')).figures).toEqual([]);
    // The total flat at 321.14, its parts 314.45 + 21.53 = 335.98: the parts, stated last, are reported.
    expect(loud(basic('与上年预算持平', '比上年预算减少9.96万元', '比上年预算减少4.88万元')).figures).toEqual(['NC007 error 2 321.14 335.98 14.84 万元']);
  });

  it('a prior stated with its change implies it once; a change that contradicts its stated prior is NC014\'s', () => {
    const basic = (change: string, pub: string) =>
      `六、2024年一般公共预算基本支出情况\n一般公共预算基本支出321.14万元，上年预算数为335.98万元，减少${change}万元，其中：人员经费304.49万元，比上年预算减少9.96万元；公用经费16.65万元，比上年预算减少${pub}万元。`;
    expect(loud(basic('14.84', '4.88')).figures).toEqual([]);
    expect(loud(basic('14.84', '5.88')).figures).toEqual(['NC007 error 2 335.98 336.98 1.00 万元']);
    expect(loud(basic('15.84', '4.88')).figures).toEqual(['NC014 error 2 14.84 15.84 1.00 万元']);
  });

  it('no odd one out: of the groups that disagree with another, the one stated last (a lower bound that agrees with all is never blamed)', () => {
    const items =
      '（三）具体使用情况\n1.行政运行（项）：2024年预算数为13.38万元，比上年预算减少48.85万元。\n2.事业运行（项）：2024年预算数为271.89万元，比上年预算减少139.51万元。\n3.其他政府办公厅（室）及相关机构事务支出（项）：2024年预算数为164.40万元，比上年预算增加164.40万元。\n4.行政单位离退休（项）：2024年预算数为4.00万元，比上年预算减少0.11万元。\n5.机关事业单位基本养老保险缴费支出（项）：2024年预算数为31.87万元，比上年预算减少1.09万元。';
    const classes = (second: string) => `1、一般公共服务支出（类）449.67万元，比上年预算减少23.96万元。\n2、社会保障和就业支出（类）35.87万元，比上年预算减少${second}万元。\n`;
    const gpb = '五、2024年一般公共预算当年拨款情况\n一般公共预算当年拨款485.54万元，比上年预算减少25.16万元。\n';
    // 一般公共预算 510.70, the function items 510.70 (a lower bound), the function classes 511.70 (a lower bound, more than
    // the whole): the items agree with both; the classes, stated after 一般公共预算, are reported, not the items stated last.
    expect(loud(gpb + classes('2.20') + items)).toEqual({
      figures: ['NC007 error 3 510.70 511.70 1.00 万元'],
      messages: ['一般公共预算: the prior year implied by the function classes is 511.70, by 一般公共预算 (一般公共预算当年拨款) 510.70 (claims at lines 3, 4)'],
    });
    expect(loud(gpb + classes('1.20') + items).figures).toEqual([]);
    // Two lower bounds never disagree with each other: the classes 511.70 and the items 510.70 alone.
    expect(loud(`五、2024年一般公共预算当年拨款情况\n${classes('2.20')}${items}`).figures).toEqual([]);
    // The 三公 total 0.40, its parts a lower bound 0.30 and its three parts, each stated, exactly 0.30: the three parts are reported.
    const threePublic = '十、2024年财政拨款“三公”经费预算情况\n“三公”经费4.40万元，比上年预算增加4.00万元，其中：因公出国（境）费0.00万元，比上年预算增加0.00万元；公务用车购置及运行费4.00万元，比上年预算增加4.00万元；公务接待费0.40万元，比上年预算增加0.10万元。';
    expect(loud(threePublic)).toEqual({
      figures: ['NC007 error 2 0.40 0.30 -0.10 万元'],
      messages: ['“三公”经费: the prior year implied by its three parts is 0.30, by “三公”经费 0.40 (claims at lines 2, 2, 2)'],
    });
    expect(loud(threePublic.replace('增加0.10万元', '增加0.00万元')).figures).toEqual([]);
  });

  it('the totals of income and expenditure, 一般公共预算 of the income and of the appropriation; a comparison with the final accounts is none', () => {
    expect(loud('二、2024年收入预算情况\n收入预算617.53万元，比上年预算增加12.94万元。\n三、2024年支出预算情况\n支出预算617.53万元，比上年预算增加2.94万元。')).toEqual({
      figures: ['NC007 error 4 604.59 614.59 10.00 万元'],
      messages: ['收支总预算: the prior year implied by the total (支出预算) is 614.59, by the total (收入预算) 604.59 (claims at lines 4)'],
    });
    expect(loud('二、2024年收入预算情况\n一般公共预算485.54万元，比上年预算减少35.16万元。\n五、2024年一般公共预算当年拨款情况\n一般公共预算当年拨款485.54万元，其中：基本支出321.14万元，比上年预算减少14.84万元；项目支出164.40万元，比上年预算减少10.32万元。')).toEqual({
      figures: ['NC007 error 4 520.70 510.70 -10.00 万元'],
      messages: ['一般公共预算: the prior year implied by 基本支出 + 项目支出 is 510.70, by 一般公共预算 520.70 (claims at lines 4, 4)'],
    });
    expect(loud('六、2024年一般公共预算基本支出情况\n一般公共预算基本支出321.14万元，比上年决算减少24.84万元，其中：人员经费304.49万元，比上年决算减少9.96万元；公用经费16.65万元，比上年决算减少4.88万元。').figures).toEqual([]);
  });

  it('the four 三公 parts or the two, a lower bound above the total\'s prior; a subject that is the family\'s own name is not repeated', () => {
    const threePublic = (parts: string) => `十、2024年财政拨款“三公”经费预算情况\n“三公”经费4.40万元，比上年预算增加4.00万元，其中：${parts}公务接待费0.40万元，比上年预算增加0.00万元。`;
    // 0.00 + 0.00 + 1.00 + 0.40 = 1.40 > 0.40.
    expect(loud(threePublic('因公出国（境）费0.00万元，比上年预算增加0.00万元；公务用车购置费0.00万元，比上年预算增加0.00万元；公务用车运行费4.00万元，比上年预算增加3.00万元；'))).toEqual({
      figures: ['NC007 error 2 0.40 1.40 1.00 万元'],
      messages: ['“三公”经费: the prior year implied by its four parts is 1.40, by “三公”经费 0.40 (claims at lines 2, 2, 2, 2)'],
    });
    // The four parts, each stated, are the whole, not a bound: 0.00 + 0.00 + 0.00 + 0.30 = 0.30 < 0.40 is reported too.
    const four = threePublic('因公出国（境）费0.00万元，比上年预算增加0.00万元；公务用车购置费0.00万元，比上年预算增加0.00万元；公务用车运行费4.00万元，比上年预算增加4.00万元；').replace('公务接待费0.40万元，比上年预算增加0.00万元', '公务接待费0.40万元，比上年预算增加0.10万元');
    expect(loud(four)).toEqual({
      figures: ['NC007 error 2 0.40 0.30 -0.10 万元'],
      messages: ['“三公”经费: the prior year implied by its four parts is 0.30, by “三公”经费 0.40 (claims at lines 2, 2, 2, 2)'],
    });
    expect(loud(four.replace('增加0.10万元', '增加0.00万元')).figures).toEqual([]);
    // Three of the four stated: a bound, below the total's prior, is no finding.
    expect(loud(four.replace(/因公出国（境）费0.00万元，比上年预算增加0.00万元；/, '')).figures).toEqual([]);
    expect(loud(threePublic('公务用车购置及运行费4.00万元，比上年预算增加3.00万元；')).messages).toEqual(['“三公”经费: the prior year implied by its parts is 1.40, by “三公”经费 0.40 (claims at lines 2, 2)']);
    expect(loud(threePublic('公务用车购置及运行费4.00万元，比上年预算增加4.00万元；')).figures).toEqual([]);
    expect(loud('六、2024年一般公共预算基本支出情况\n基本支出321.14万元，比上年预算减少14.84万元，其中：人员经费304.49万元，比上年预算减少9.96万元；公用经费16.65万元，比上年预算减少5.88万元。').messages).toEqual([
      '一般公共预算基本支出: the prior year implied by 人员经费 + 公用经费 is 336.98, by 基本支出 335.98 (claims at lines 2, 2)',
    ]);
    expect(loud('五、2024年一般公共预算当年拨款情况\n一般公共预算支出485.54万元，比上年预算减少35.16万元，其中：基本支出321.14万元，比上年预算减少14.84万元；项目支出164.40万元，比上年预算减少10.32万元。').figures).toEqual(['NC007 error 2 520.70 510.70 -10.00 万元']);
  });

  it('a flat stated of a figure whose prior a change already implies adds no second prior', () => {
    const text = '六、2024年一般公共预算基本支出情况\n一般公共预算基本支出321.14万元，比上年预算减少14.84万元。\n七、2024年其他情况\n一般公共预算基本支出321.14万元，与上年预算持平。';
    expect(loud(text).figures.filter((f) => f.startsWith('NC007'))).toEqual([]);
  });

  it('the function classes against 一般公共预算: a lower bound, within rounding but in strict mode', () => {
    const classes = (first: string, second: string) =>
      `五、2024年一般公共预算当年拨款情况\n一般公共预算当年拨款485.54万元，比上年预算减少25.16万元。\n1、一般公共服务支出（类）449.67万元，比上年预算减少${first}万元。\n2、社会保障和就业支出（类）35.87万元，比上年预算减少${second}万元。`;
    expect(loud(classes('23.96', '1.20')).figures).toEqual([]);
    expect(loud(classes('23.96', '1.20'), { strict: true }).figures).toEqual([]);
    // 473.63 + 38.07 = 511.70 > 510.70: more than the whole.
    expect(loud(classes('23.96', '2.20'))).toEqual({
      figures: ['NC007 error 3 510.70 511.70 1.00 万元'],
      messages: ['一般公共预算: the prior year implied by the function classes is 511.70, by 一般公共预算 (一般公共预算当年拨款) 510.70 (claims at lines 3, 4)'],
    });
    // 473.63 + 36.07 = 509.70 < 510.70: a class with money last year may be gone.
    expect(loud(classes('23.96', '0.20')).figures).toEqual([]);
    expect(loud(classes('23.96', '0.20'), { strict: true }).figures).toEqual([]);
    // 473.67 + 37.07 = 510.74: within the rounding of "24.0", not exactly.
    expect(loud(classes('24.0', '1.20')).figures).toEqual([]);
    expect(loud(classes('24.0', '1.20'), { strict: true }).figures).toEqual(['NC007 error 3 510.70 510.74 0.04 万元']);
  });
});

describe('NC010: the comparison year', () => {
  const income = (comparison: string, head = '') => `二、2024年收入预算情况\n${head}一般公共预算485.54万元，比${comparison}减少25.16万元。`;
  const years = (text: string) => run(text).findings.filter((f) => f.rule === 'NC010').map((f) => `${f.severity} ${f.line}:${f.column} ${f.expected} ${f.actual} ${f.message}`);

  it('a year other than the one before the budget year: the year expected and the one stated', () => {
    expect(years(income('2024年预算'))).toEqual(['error 2:16 2023 2024 the comparison year 2024 is not the year before the budget year 2024']);
    expect(years(income('2022年预算'))).toEqual(['error 2:16 2023 2022 the comparison year 2022 is not the year before the budget year 2024']);
    expect(yoyClaims(income('2022年预算'))).toEqual(['verified: prior 510.70 = current 表1-单位收支总体情况表.csv:7 1.一般公共预算拨款 485.54 万元 + change']);
    expect(run(income('2022年预算')).claims!.claims.filter((c) => c.kind === 'year').map((c) => `${c.status}: ${c.against}`)).toEqual(['contradicted: budget year 2024']);
  });

  it('the year before is right; so is the final accounts of the year before that, not of an earlier year', () => {
    for (const comparison of ['2023年预算', '2023年决算', '2022年决算']) {
      expect(years(income(comparison)), comparison).toEqual([]);
      expect(run(income(comparison)).claims!.claims.filter((c) => c.kind === 'year').map((c) => c.status), comparison).toEqual(['verified']);
    }
    expect(years(income('2021年决算'))).toEqual(['error 2:16 2023 2021 the comparison year 2021 is not the year before the budget year 2024']);
    expect(years(income('2022年执行数'))).toEqual(['error 2:16 2023 2022 the comparison year 2022 is not the year before the budget year 2024']);
  });

  it('a stock at a date, or another year named with its reason, is no comparison of budgets', () => {
    for (const comparison of ['2022年底', '2022年末', '2022年6月', '2022年6月30日', '2019年(疫情前)决算', '2019年（疫情前）预算']) expect(years(income(comparison)), comparison).toEqual([]);
  });

  it('the year of the statement\'s own figure when its head names one, else the document\'s', () => {
    expect(years(income('2023年预算', '2025年'))).toEqual(['error 2:21 2024 2023 the comparison year 2023 is not the year before the budget year 2025']);
    expect(years(income('2024年预算', '2025年'))).toEqual([]);
  });

  it('a document that names no year: nothing to compare with', () => {
    expect(years(`二、收入预算情况\n一般公共预算485.54万元，比2024年预算减少25.16万元。`)).toEqual([]);
  });
});

describe('NC006: growth from a zero prior', () => {
  const item = (claim: string) => `五、2024年一般公共预算当年拨款情况\n3.其他政府办公厅（室）及相关机构事务支出（项）：2024年预算数为164.40万元，${claim}。`;
  const threePublic = (claim: string) => `十、2024年“三公”经费预算情况\n因公出国（境）费0.00万元，${claim}。`;
  const notes = (text: string) => run(text).findings.filter((f) => f.rule === 'NC006').map((f) => `${f.severity} ${f.line}:${f.column} ${f.expected} ${f.actual} ${f.unit} ${f.message}`);

  it('a note at the percent, with the percent and the change as stated', () => {
    expect(notes(item('比上年预算增加164.40万元，增长100.00%'))).toEqual([
      'note 2:60 undefined 100.00 % 其他政府办公厅(室)及相关机构事务支出(项): 100.00% growth from a zero prior (164.40 万元 is all new): a convention, not a ratio',
    ]);
    expect(notes(item('比上年预算增加164.4万元，增长100%'))).toEqual([
      'note 2:59 undefined 100 % 其他政府办公厅(室)及相关机构事务支出(项): 100% growth from a zero prior (164.4 万元 is all new): a convention, not a ratio',
    ]);
    expect(notes('五、2024年一般公共预算当年拨款情况\n164.40万元，比上年预算增加164.40万元，增长100.00%。')).toEqual([
      'note 2:26 undefined 100.00 % (no subject): 100.00% growth from a zero prior (164.40 万元 is all new): a convention, not a ratio',
    ]);
    // A note: the claim stays verified.
    expect(yoyClaims(item('比上年预算增加164.40万元，增长100.00%'))).toEqual(['verified: prior 0.00 = current 表5-一般公共预算支出情况表.csv:10 2010399 其他政府办公厅（室）及相关机构事务支出 合计 164.40 万元 − change']);
  });

  it('none without a percent, or without a change in money (a prior stated outright), or from a prior that is not zero', () => {
    expect(notes(item('比上年预算增加164.40万元'))).toEqual([]);
    expect(notes(item('上年预算数为0.00万元，增长100.00%'))).toEqual([]);
    // 164.40 − 164.00 = 0.40: a prior (NC003 says the percent is wrong); 164.40 − 200.00 < 0: no prior at all (NC004).
    expect(notes(item('比上年预算增加164.00万元，增长100.00%'))).toEqual([]);
    expect(notes(item('比上年预算增加200.00万元，增长100.00%'))).toEqual([]);
  });

  it('none for a decrease to zero, nor for nothing changed (0 → 0)', () => {
    // 0.00 + 0.01: a prior within rounding of zero, but a decrease is no growth from it.
    expect(notes(threePublic('比上年预算减少0.01万元，下降100.00%'))).toEqual([]);
    expect(notes(threePublic('比上年预算增加0.00万元，增长100.00%'))).toEqual([]);
    expect(notes(threePublic('比上年预算增加0.00万元，增长0.00%'))).toEqual([]);
  });
});
