/**
 * The claim rules on small narratives put in place of a sample's (its tables stay): each finding's figures
 * (expected, actual, difference, unit), its message, the claim's status and what it was checked against,
 * worked out by hand; and true statements near each fault, which must not be reported. The budget sample
 * is fixtures/units/kizilsu-2024 (and wensu-2025 where it has what that lacks), the final accounts' fixtures/final/units/shifan-2019.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, it } from 'vitest';
import { checkLedger } from '../../src/check.js';
import type { Finding } from '../../src/report.js';
import { loadUnit } from '../../src/load/unit.js';
import type { Ledger } from '../../src/ledger/model.js';
import { claimRules } from '../../src/rules/index.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

const SAMPLES = { budget: 'fixtures/units/kizilsu-2024', final: 'fixtures/final/units/shifan-2019', wensu: 'fixtures/units/wensu-2025' } as const;
type Sample = keyof typeof SAMPLES;
const samples: Partial<Record<Sample, Ledger>> = {};
// Loaded in a beforeEach, not in beforeAll: mutation testing then knows which test ran the loader.
beforeEach(async () => {
  for (const [kind, dir] of Object.entries(SAMPLES) as [Sample, string][]) {
    if (samples[kind]) continue;
    const { ledger } = await loadUnit(join(ROOT, dir));
    // Its year, as checking the unit takes it from its own narrative: the small narratives below keep it.
    checkLedger(ledger);
    samples[kind] = ledger;
  }
});

/** A finding as the tests state it: rule, severity, line, figures and message. */
const shown = (f: Finding) => ({ rule: f.rule, severity: f.severity, line: f.line, expected: f.expected, actual: f.actual, difference: f.difference, unit: f.unit, message: f.message });

/** The claim rules on the sample of `kind` (its tables, or none) with `text` as its narrative: the errors and warnings of `rule` (all rules' when not given), and the claims listed. */
function check(kind: Sample, text: string, options: { rule?: string; strict?: boolean; noTables?: boolean } = {}) {
  const ledger: Ledger = { ...samples[kind]!, narrative: { file: 'n.txt', text, encoding: 'utf-8' } };
  // A narrative without tables: its claims are checked on the figures the text states.
  if (options.noTables) ledger.tables = new Map();
  const r = checkLedger(ledger, { rules: claimRules, strict: options.strict, listClaims: true });
  const findings = r.findings.filter((f) => f.severity !== 'note' && (options.rule === undefined || f.rule === options.rule));
  return { findings: findings.map(shown), claims: r.claims!.claims.map((c) => ({ kind: c.kind, status: c.status, against: c.against })) };
}

describe('NC005 claim-flat', () => {
  const flat = (text: string, strict = false) => check('budget', `三、支出预算情况\n${text}`, { rule: 'NC005', strict });
  const finding = (actual: string, unit: string, message: string) => ({ rule: 'NC005', severity: 'error', line: 2, expected: '0.00', actual, difference: undefined, unit, message });

  it('a prior stated outright: the current amount (the table\'s) must be it', () => {
    const r = check('budget', '十、2024年财政拨款“三公”经费预算情况说明\n公务用车运行费4.00万元，上年0万元，持平。', { rule: 'NC005' });
    expect(r.findings).toEqual([finding('4.00', '万元', '公务用车运行费: "持平" but the change is 4.00 万元 (from the stated prior 0 万元)')]);
    expect(r.claims.find((c) => c.kind === 'flat')).toEqual({ kind: 'flat', status: 'contradicted', against: 'current 表10-财政拨款三公经费支出情况表.csv:11 公务用车运行费 4.00 万元 − the prior stated at line 2' });
    // The prior the table's figure is: flat, and verified.
    const same = check('budget', '十、2024年财政拨款“三公”经费预算情况说明\n公务接待费0.40万元，上年0.40万元，持平。', { rule: 'NC005' });
    expect(same.findings).toEqual([]);
    expect(same.claims.find((c) => c.kind === 'flat')).toEqual({ kind: 'flat', status: 'verified', against: 'the change stated at line 2' });
  });

  it('a prior stated outright with an amount the tables do not print: the stated amount is the current one', () => {
    const r = flat('培训费5.00万元，上年4.00万元，持平。');
    expect(r.findings).toEqual([finding('1.00', '万元', '培训费: "持平" but the change is 1.00 万元 (from the stated prior 4.00 万元)')]);
    expect(r.claims.find((c) => c.kind === 'flat')?.against).toBe('current stated − the prior stated at line 2');
    expect(flat('培训费5.00万元，上年5.00万元，持平。').findings).toEqual([]);
  });

  it('a prior in 元 or to more decimals: the change in the prior\'s unit, to its decimals (two at least)', () => {
    // 321.14 万元 (表3) against 3,211,460 元: 60 元.
    expect(flat('基本支出321.14万元，上年预算3211460元，持平。').findings).toEqual([finding('60.00', '元', '基本支出: "持平" but the change is 60.00 元 (from the stated prior 3211460 元)')]);
    // 321.145 万元 is within the rounding of the table's 321.14 (3,211,450 元 at its end).
    expect(flat('基本支出321.14万元，上年预算3211450元，持平。').findings).toEqual([]);
    // 321.155 − 321.14 = 0.015 万元, three decimals as the prior's.
    expect(flat('基本支出321.14万元，上年预算321.155万元，持平。').findings).toEqual([finding('0.015', '万元', '基本支出: "持平" but the change is 0.015 万元 (from the stated prior 321.155 万元)')]);
  });

  it('strict mode: a prior that is the amount only within its rounding is not flat', () => {
    // 321.1 stands for 321.05 … 321.15, which holds 321.14: flat within rounding, 0.04 万元 apart exactly.
    expect(flat('基本支出321.14万元，上年预算321.1万元，持平。').findings).toEqual([]);
    expect(flat('基本支出321.14万元，上年预算321.1万元，持平。', true).findings).toEqual([finding('0.04', '万元', '基本支出: "持平" but the change is 0.04 万元 (from the stated prior 321.1 万元)')]);
    expect(flat('基本支出321.14万元，上年预算321.14万元，持平。', true).findings).toEqual([]);
  });

  it('a change stated with it: any change but zero', () => {
    const r = flat('基本支出321.14万元，比上年预算增加0.01万元，与上年预算持平。');
    expect(r.findings).toEqual([finding('0.01', '万元', '基本支出: "持平" but the change is 增加0.01 万元')]);
    expect(r.claims.find((c) => c.kind === 'flat')).toEqual({ kind: 'flat', status: 'contradicted', against: 'the change stated at line 2' });
    expect(flat('基本支出321.14万元，比上年预算增加100元，与上年预算持平。').findings).toEqual([finding('100', '元', '基本支出: "持平" but the change is 增加100 元')]);
    for (const strict of [false, true]) {
      expect(flat('基本支出321.14万元，比上年预算增加0.00万元，与上年预算持平。', strict).findings, `strict ${strict}`).toEqual([]);
      expect(flat('基本支出321.14万元，比上年预算增加0.01万元，与上年预算持平。', strict).findings.map((f) => f.actual), `strict ${strict}`).toEqual(['0.01']);
    }
  });

  it('a percent stated with it: any percent but zero', () => {
    expect(flat('基本支出321.14万元，上年预算321.14万元，增长1.50%，持平。').findings).toEqual([finding('1.50', '%', '基本支出: "持平" but the change is 增长1.50%')]);
    // No change in money, a change in percent: the money is quoted.
    expect(flat('基本支出321.14万元，比上年预算增加0.00万元，增长1.50%，与上年预算持平。').findings).toEqual([finding('0.00', '万元', '基本支出: "持平" but the change is 增加0.00 万元')]);
    for (const strict of [false, true]) {
      expect(flat('基本支出321.14万元，上年预算321.14万元，增长0.00%，持平。', strict).findings, `strict ${strict}`).toEqual([]);
      expect(flat('基本支出321.14万元，上年预算321.14万元，增长1.50%，持平。', strict).findings.map((f) => f.actual), `strict ${strict}`).toEqual(['1.50']);
    }
  });

  it('a flat statement without a subject, after a change', () => {
    expect(check('budget', '持平。上年4.00万元，增加1.00万元，持平。', { rule: 'NC005' }).findings).toEqual([{ ...finding('1.00', '万元', '(no subject): "持平" but the change is 增加1.00 万元'), line: 1 }]);
  });
});

describe('NC016 claim-budget-comparison', () => {
  const SPECIFIC = '五、一般公共预算财政拨款支出决算情况说明\n（三）一般公共预算财政拨款支出决算具体情况\n';
  const THREE_PUBLIC = '七、财政拨款“三公”经费支出决算情况说明\n';
  const TABLE = '公开07表-一般公共预算财政拨款三公经费支出决算表.csv:8 公务接待费';
  /** 招商引资 with the budget and what was spent stated (line 3), then the comparison. */
  const stated = (budget: string, spent: string, comparison: string, strict = false) =>
    check('final', `${SPECIFIC}招商引资：年初预算为${budget}万元，支出决算为${spent}万元，${comparison}`, { rule: 'NC016', strict });
  const versus = (r: ReturnType<typeof check>) => r.claims.find((c) => c.kind === 'versus');
  const error = (expected: string, actual: string, difference: string | undefined, unit: string | undefined, message: string, line = 3) => ({ rule: 'NC016', severity: 'error', line, expected, actual, difference, unit, message });

  it('a difference stated with the comparison: the 决算数 less the 预算数 the text states', () => {
    const right = stated('130.00', '150.00', '决算数大于年初预算数20.00万元，主要原因是项目增加。');
    expect(right.findings).toEqual([]);
    expect(versus(right)).toEqual({ kind: 'versus', status: 'verified', against: 'stated 150.00 against stated budget 130.00' });
    const wrong = stated('130.00', '150.00', '决算数大于年初预算数25.00万元，主要原因是项目增加。');
    expect(wrong.findings).toEqual([error('20.00', '25.00', '5.00', '万元', '招商引资: the difference from the budget is stated as 25.00 万元; the 决算数 150.00 万元 less the 预算数 130.00 万元 is 20.00 万元')]);
    expect(versus(wrong)).toEqual({ kind: 'versus', status: 'contradicted', against: 'stated against stated' });
  });

  it('a difference below the budget is stated as a positive amount', () => {
    expect(stated('130.00', '120.00', '决算数小于年初预算数10.00万元，主要原因是项目减少。').findings).toEqual([]);
    expect(stated('130.00', '120.00', '决算数小于年初预算数12.00万元，主要原因是项目减少。').findings).toEqual([
      error('10.00', '12.00', '2.00', '万元', '招商引资: the difference from the budget is stated as 12.00 万元; the 决算数 120.00 万元 less the 预算数 130.00 万元 is 10.00 万元'),
    ]);
    expect(stated('130.00', '120.00', '决算数小于年初预算数8.00万元，主要原因是项目减少。').findings.map((f) => [f.expected, f.actual, f.difference])).toEqual([['10.00', '8.00', '-2.00']]);
  });

  it('a difference in 元, to two decimals at least', () => {
    expect(stated('130.00', '150.00', '决算数大于年初预算数200000元，主要原因是项目增加。').findings).toEqual([]);
    expect(stated('130.00', '150.00', '决算数大于年初预算数250000元，主要原因是项目增加。').findings).toEqual([
      error('200000.00', '250000.00', '50000.00', '元', '招商引资: the difference from the budget is stated as 250000.00 元; the 决算数 150.00 万元 less the 预算数 130.00 万元 is 200000.00 元'),
    ]);
  });

  it('strict mode: the difference exactly', () => {
    // 150.00 − 130.00 may be 19.99 … 20.01 within the rounding of the two.
    for (const difference of ['20.01', '20.004']) expect(stated('130.00', '150.00', `决算数大于年初预算数${difference}万元，主要原因是项目增加。`).findings, difference).toEqual([]);
    expect(stated('130.00', '150.00', '决算数大于年初预算数20.01万元，主要原因是项目增加。', true).findings).toEqual([
      error('20.00', '20.01', '0.01', '万元', '招商引资: the difference from the budget is stated as 20.01 万元; the 决算数 150.00 万元 less the 预算数 130.00 万元 is 20.00 万元'),
    ]);
    expect(stated('130.00', '150.00', '决算数大于年初预算数20.004万元，主要原因是项目增加。', true).findings.map((f) => [f.expected, f.actual, f.difference])).toEqual([['20.000', '20.004', '0.004']]);
    expect(stated('130.00', '150.00', '决算数大于年初预算数20.0万元，主要原因是项目增加。', true).findings).toEqual([]);
    expect(stated('130.00', '120.00', '决算数小于年初预算数10.00万元，主要原因是项目减少。', true).findings).toEqual([]);
  });

  it('a comparison that goes the wrong way', () => {
    const r = stated('130.00', '150.00', '决算数小于年初预算数，主要原因是项目增加。');
    expect(r.findings).toEqual([error('大于', '小于', undefined, undefined, '招商引资: "决算数小于预算数" is stated, but the 决算数 150.00 万元 is 大于 the 预算数 130.00 万元')]);
    expect(versus(r)).toEqual({ kind: 'versus', status: 'contradicted', against: 'stated against stated' });
    // A wrong way is reported before a difference stated with it.
    expect(stated('130.00', '150.00', '决算数小于年初预算数20.00万元，主要原因是项目增加。').findings.map((f) => [f.expected, f.actual])).toEqual([['大于', '小于']]);
    expect(stated('130.00', '120.00', '决算数大于年初预算数，主要原因是项目减少。').findings.map((f) => [f.expected, f.actual])).toEqual([['小于', '大于']]);
    expect(stated('130.00', '130.02', '决算数等于年初预算数。').findings).toEqual([error('大于', '等于', undefined, undefined, '招商引资: "决算数等于预算数" is stated, but the 决算数 130.02 万元 is 大于 the 预算数 130.00 万元')]);
    expect(stated('130.00', '129.98', '决算数等于年初预算数。').findings.map((f) => [f.expected, f.actual])).toEqual([['小于', '等于']]);
  });

  it('within rounding: equal may stand; greater or less must be possible', () => {
    // 130.01 and 130.00 may be the same amount (130.005), 129.99 cannot be more than 130.00, nor 130.01 less.
    expect(stated('130.00', '130.01', '决算数等于年初预算数。').findings).toEqual([]);
    // Their intervals touch: neither may be the other, and the figures tell which way they go.
    expect(stated('130.00', '129.99', '决算数大于年初预算数，主要原因是项目增加。').findings).toEqual([error('小于', '大于', undefined, undefined, '招商引资: "决算数大于预算数" is stated, but the 决算数 129.99 万元 is 小于 the 预算数 130.00 万元')]);
    expect(stated('130.00', '130.01', '决算数小于年初预算数，主要原因是项目减少。').findings).toEqual([error('大于', '小于', undefined, undefined, '招商引资: "决算数小于预算数" is stated, but the 决算数 130.01 万元 is 大于 the 预算数 130.00 万元')]);
    expect(stated('130.00', '130.02', '决算数大于年初预算数，主要原因是项目增加。').findings).toEqual([]);
    expect(stated('130.00', '129.98', '决算数小于年初预算数，主要原因是项目减少。').findings).toEqual([]);
  });

  it('the tables\' 预算数 and 决算数 where they print both', () => {
    const right = check('final', `${THREE_PUBLIC}公务接待费支出决算为1.50万元，决算数小于预算数2.50万元，主要原因是接待减少。`, { rule: 'NC016' });
    expect(right.findings).toEqual([]);
    expect(versus(right)).toEqual({ kind: 'versus', status: 'verified', against: `${TABLE} 1.50 万元 against ${TABLE} 4.00 万元` });
    const difference = check('final', `${THREE_PUBLIC}公务接待费支出决算为1.50万元，决算数小于预算数3.00万元，主要原因是接待减少。`, { rule: 'NC016' });
    expect(difference.findings).toEqual([error('2.50', '3.00', '0.50', '万元', '公务接待费支出: the difference from the budget is stated as 3.00 万元; the 决算数 1.50 万元 less the 预算数 4.00 万元 is 2.50 万元', 2)]);
    expect(versus(difference)).toEqual({ kind: 'versus', status: 'contradicted', against: `${TABLE} 1.50 万元 against ${TABLE} 4.00 万元` });
    const way = check('final', `${THREE_PUBLIC}公务接待费支出决算为1.50万元，决算数大于预算数，主要原因是接待增加。`, { rule: 'NC016' });
    expect(way.findings).toEqual([error('小于', '大于', undefined, undefined, '公务接待费支出: "决算数大于预算数" is stated, but the 决算数 1.50 万元 is 小于 the 预算数 4.00 万元', 2)]);
    expect(versus(way)?.against).toBe(`${TABLE} 1.50 万元 against ${TABLE} 4.00 万元`);
  });

  it('a difference without its reason: a warning, with or without figures; none where the two are equal', () => {
    const warning = (actual: string, message: string, line = 3) => ({ rule: 'NC016', severity: 'warning', line, expected: undefined, actual, difference: undefined, unit: undefined, message });
    expect(stated('130.00', '150.00', '决算数大于年初预算数。').findings).toEqual([warning('大于', '招商引资: "决算数大于预算数" is stated without its reason (the rules require one wherever the two differ: "主要原因是…")')]);
    expect(stated('130.00', '120.00', '决算数小于年初预算数10.00万元。').findings.map((f) => [f.severity, f.actual])).toEqual([['warning', '小于']]);
    // Equal within rounding, yet stated as greater: not wrong, but a difference all the same.
    expect(stated('130.00', '130.00', '决算数大于年初预算数。').findings.map((f) => [f.severity, f.actual])).toEqual([['warning', '大于']]);
    expect(stated('130.00', '130.00', '决算数等于年初预算数。').findings).toEqual([]);
    expect(check('final', `${THREE_PUBLIC}公务接待费支出决算为1.50万元，决算数小于预算数。`, { rule: 'NC016' }).findings).toEqual([warning('小于', '公务接待费支出: "决算数小于预算数" is stated without its reason (the rules require one wherever the two differ: "主要原因是…")', 2)]);
    // No figures to compare: the words alone.
    expect(check('final', `${SPECIFIC}培训费决算数小于预算数。`, { rule: 'NC016' }).findings).toEqual([warning('小于', '培训费: "决算数小于预算数" is stated without its reason (the rules require one wherever the two differ: "主要原因是…")')]);
    expect(check('final', `${SPECIFIC}决算数小于预算数。`, { rule: 'NC016' }).findings.map((f) => f.message)).toEqual(['(no subject): "决算数小于预算数" is stated without its reason (the rules require one wherever the two differ: "主要原因是…")']);
    expect(check('final', `${SPECIFIC}培训费决算数等于预算数。`, { rule: 'NC016' }).findings).toEqual([]);
  });
});

describe('NC001 claim-amount', () => {
  const CLASS = '三、一般公共预算当年拨款情况\n';
  const FIGURE = '表5-一般公共预算支出情况表.csv:6 201 一般公共服务支出 合计 449.67 万元';
  const amount = (text: string, strict = false) => check('budget', `${CLASS}${text}`, { rule: 'NC001', strict });
  const error = (expected: string, actual: string, difference: string, unit: string, message: string) => ({ rule: 'NC001', severity: 'error', line: 2, expected, actual, difference, unit, message });

  it('an amount other than the table\'s figure', () => {
    const r = amount('一般公共服务支出449.76万元。');
    expect(r.findings).toEqual([error('449.67', '449.76', '0.09', '万元', `一般公共服务支出 is stated as 449.76 万元; the table says 449.67 万元 (${FIGURE})`)]);
    expect(r.claims).toEqual([{ kind: 'amount', status: 'contradicted', against: FIGURE }]);
    expect(amount('一般公共服务支出449.67万元。').claims).toEqual([{ kind: 'amount', status: 'verified', against: FIGURE }]);
    expect(amount('一般公共服务支出449.67万元。').findings).toEqual([]);
  });

  it('in 元: the figures in 元, to two decimals', () => {
    expect(amount('一般公共服务支出4496700元。').findings).toEqual([]);
    expect(amount('一般公共服务支出4496800元。').findings).toEqual([error('4496700.00', '4496800.00', '100.00', '元', `一般公共服务支出 is stated as 4496800.00 元; the table says 4496700.00 元 (${FIGURE})`)]);
  });

  it('the figure rounded to fewer decimals, or the stated amount rounded to the table\'s', () => {
    // 449.67 to one decimal is 449.7; 449.6 is not.
    expect(amount('一般公共服务支出449.7万元。').findings).toEqual([]);
    expect(amount('一般公共服务支出449.6万元。').findings).toEqual([error('449.67', '449.60', '-0.07', '万元', `一般公共服务支出 is stated as 449.60 万元; the table says 449.67 万元 (${FIGURE})`)]);
    // 449.674 and 449.675 are 449.67 to two decimals; 449.676 is not.
    for (const more of ['449.674', '449.675']) expect(amount(`一般公共服务支出${more}万元。`).findings, more).toEqual([]);
    expect(amount('一般公共服务支出449.676万元。').findings).toEqual([error('449.670', '449.676', '0.006', '万元', `一般公共服务支出 is stated as 449.676 万元; the table says 449.670 万元 (${FIGURE})`)]);
    // To the same precision, 449.68 is another figure, though its rounding touches the table's.
    expect(amount('一般公共服务支出449.68万元。').findings.map((f) => [f.expected, f.actual, f.difference])).toEqual([['449.67', '449.68', '0.01']]);
  });

  it('strict mode: the figure exactly', () => {
    expect(amount('一般公共服务支出449.7万元。', true).findings).toEqual([error('449.67', '449.70', '0.03', '万元', `一般公共服务支出 is stated as 449.70 万元; the table says 449.67 万元 (${FIGURE})`)]);
    expect(amount('一般公共服务支出449.670万元。', true).findings).toEqual([]);
    expect(amount('一般公共服务支出4496700元。', true).findings).toEqual([]);
  });

  it('a sum of the tables\' figures is right anywhere within the rounding of its parts', () => {
    // 表7 313.65 + 表8 57.80 + 表9 8.60 = 380.05, each to half a cent: 380.035 … 380.065.
    const projects = (money: string) => check('wensu', `（三）预算绩效情况\n本单位当年财政拨款项目10个，涉及预算金额${money}万元。`, { rule: 'NC001' });
    const SUM = '表7-一般公共预算项目支出情况表.csv:18 项目支出 of the 一般公共预算, 政府性基金 and 国有资本经营 tables 380.05 万元';
    for (const money of ['380.05', '380.07', '380.0', '380.1']) expect(projects(money).findings, money).toEqual([]);
    const r = projects('380.08');
    expect(r.findings).toEqual([error('380.05', '380.08', '0.03', '万元', `财政拨款项目 is stated as 380.08 万元; the table says 380.05 万元 (${SUM})`)]);
    expect(r.claims.find((c) => c.kind === 'amount')).toEqual({ kind: 'amount', status: 'contradicted', against: SUM });
  });

  it('机关运行经费 other than the 公用经费: a warning of its own', () => {
    const r = check('budget', '（一）机关运行经费情况\n2024年本单位机关运行经费预算16.56万元。', { rule: 'NC001' });
    expect(r.findings).toEqual([
      {
        rule: 'NC001',
        severity: 'warning',
        line: 2,
        expected: '16.65',
        actual: '16.56',
        difference: '-0.09',
        unit: '万元',
        message: '机关运行经费预算 is stated as 16.56 万元; the 公用经费 is 16.65 万元 (表6-一般公共预算基本支出情况表.csv:28 合计 公用经费 16.65 万元): the two are equal only for a 行政单位, so a warning, not an error',
      },
    ]);
  });

  it('a project named in running text', () => {
    expect(check('budget', '七、2024年一般公共预算项目支出情况说明\n云平台服务器项目55.00万元。', { rule: 'NC001' }).findings).toEqual([
      error('50.00', '55.00', '5.00', '万元', '云平台服务器项目 is stated as 55.00 万元; the table says 50.00 万元 (表7-一般公共预算项目支出情况表.csv:8 克州政务服务和公共资源交易中心云平台服务器项目 50.00 万元)'),
    ]);
  });
});

describe('NC002 claim-share', () => {
  const EXPENDITURE = '三、支出预算情况\n';
  const THREE_PUBLIC = '十、2024年财政拨款“三公”经费预算情况说明\n';
  const share = (text: string, strict = false) => check('budget', text, { rule: 'NC002', strict });
  const error = (expected: string, actual: string, difference: string, message: string) => ({ rule: 'NC002', severity: 'error', line: 2, expected, actual, difference, unit: '%', message });
  const BASIC = '表3-单位支出总体情况表.csv:15 合计 基本支出 321.14 万元 / 表3-单位支出总体情况表.csv:15 合计 合计 617.53 万元';

  it('a share other than numerator / denominator: the percent to two decimals at least', () => {
    // 321.14 / 617.53 = 52.0039…%.
    const r = share(`${EXPENDITURE}基本支出321.14万元，占支出总预算53.00%。`);
    expect(r.findings).toEqual([error('52.00', '53.00', '1.00', '基本支出: 占 53.00% is stated; 321.14 万元 / 617.53 万元 = 52.00%')]);
    expect(r.claims.find((c) => c.kind === 'share')).toEqual({ kind: 'share', status: 'contradicted', against: BASIC });
    expect(share(`${EXPENDITURE}基本支出321.14万元，占支出总预算53%。`).findings).toEqual([error('52.00', '53', '1.00', '基本支出: 占 53% is stated; 321.14 万元 / 617.53 万元 = 52.00%')]);
    expect(share(`${EXPENDITURE}基本支出321.14万元，占支出总预算52.010%。`).findings).toEqual([error('52.004', '52.010', '0.006', '基本支出: 占 52.010% is stated; 321.14 万元 / 617.53 万元 = 52.004%')]);
    for (const right of ['52.00', '52', '52.004']) {
      const ok = share(`${EXPENDITURE}基本支出321.14万元，占支出总预算${right}%。`);
      expect(ok.findings, right).toEqual([]);
      expect(ok.claims.find((c) => c.kind === 'share'), right).toEqual({ kind: 'share', status: 'verified', against: BASIC });
    }
  });

  it('within the rounding of small figures, and strict mode', () => {
    // 0.40 / 4.40 = 9.0909…%; the figures to half a cent allow 8.97 … 9.22%.
    const text = `${THREE_PUBLIC}“三公”经费4.40万元，其中：公务接待费0.40万元，占9.00%；公务用车运行费4.00万元，占90.91%。`;
    expect(share(text).findings).toEqual([]);
    expect(share(text, true).findings).toEqual([error('9.09', '9.00', '-0.09', '公务接待费: 占 9.00% is stated; 0.40 万元 / 4.40 万元 = 9.09%')]);
    expect(share(text.replace('占9.00%', '占9.09%'), true).findings).toEqual([]);
    expect(share(text.replace('占9.00%', '占9.30%')).findings.map((f) => [f.expected, f.actual, f.difference])).toEqual([['9.09', '9.30', '0.21']]);
  });
});

describe('NC004 claim-direction', () => {
  const EXPENDITURE = '三、支出预算情况\n';
  const THREE_PUBLIC = '十、2024年财政拨款“三公”经费预算情况说明\n';
  const direction = (text: string) => check('budget', text, { rule: 'NC004' });
  const error = (expected: string, actual: string, message: string, unit?: string) => ({ rule: 'NC004', severity: 'error', line: 2, expected, actual, difference: undefined, unit, message });
  const column = (text: string) => checkLedger({ ...samples.budget!, narrative: { file: 'n.txt', text, encoding: 'utf-8' } }, { rules: claimRules }).findings.filter((f) => f.rule === 'NC004').map((f) => f.column);

  it('a change in money and a percent in opposite directions: at the percent', () => {
    const down = `${EXPENDITURE}基本支出321.14万元，比上年预算减少14.84万元，增长4.42%。`;
    expect(direction(down).findings).toEqual([error('下降', '增长', '基本支出: "减少" and "增长" point in opposite directions')]);
    expect(column(down)).toEqual([down.split('\n')[1].indexOf('增长') + 1]);
    expect(direction(`${EXPENDITURE}基本支出321.14万元，比上年预算增加14.84万元，下降4.42%。`).findings).toEqual([error('增长', '下降', '基本支出: "增加" and "下降" point in opposite directions')]);
    expect(direction(`${EXPENDITURE}基本支出321.14万元，比上年预算减少14.84万元，下降4.42%。`).findings).toEqual([]);
  });

  it('no change has no direction', () => {
    expect(direction(`${EXPENDITURE}基本支出321.14万元，比上年预算减少0.00万元，增长0.00%。`).findings).toEqual([]);
    expect(direction(`${EXPENDITURE}基本支出321.14万元，比上年预算减少14.84万元，增长0.00%。`).findings).toEqual([]);
    expect(direction(`${EXPENDITURE}基本支出321.14万元，比上年预算减少0.00万元，增长4.42%。`).findings).toEqual([]);
  });

  it('a prior stated outright: the words go the way the numbers go', () => {
    const up = `${EXPENDITURE}基本支出321.14万元，上年预算335.98万元，增长4.42%。`;
    const r = direction(up);
    expect(r.findings).toEqual([error('下降', '增长', '基本支出: "增长" but the amount went from 335.98 万元 to 321.14 万元')]);
    expect(r.claims.filter((c) => c.kind === 'yoy')).toEqual([{ kind: 'yoy', status: 'contradicted', against: '表3-单位支出总体情况表.csv:15 合计 基本支出 321.14 万元' }]);
    expect(column(up)).toEqual([up.split('\n')[1].indexOf('增长') + 1]);
    const down = `${EXPENDITURE}基本支出321.14万元，上年预算300.00万元，减少21.14万元。`;
    expect(direction(down).findings).toEqual([error('增长', '减少', '基本支出: "减少" but the amount went from 300.00 万元 to 321.14 万元')]);
    expect(column(down)).toEqual([down.split('\n')[1].indexOf('减少') + 1]);
    expect(direction(`${EXPENDITURE}培训费5.00万元，上年4.00万元，减少1.00万元。`).findings).toEqual([error('增长', '减少', '培训费: "减少" but the amount went from 4.00 万元 to 5.00 万元')]);
    // The right way, or no way within rounding (321.1 may be 321.14).
    for (const right of ['上年预算335.98万元，下降4.42%', '上年预算300.00万元，增加21.14万元', '上年预算321.1万元，增长0.01%', '上年预算321.1万元，下降0.01%']) {
      expect(direction(`${EXPENDITURE}基本支出321.14万元，${right}。`).findings, right).toEqual([]);
    }
  });

  it('an increase larger than the amount: the prior would be negative', () => {
    const r = direction(`${THREE_PUBLIC}公务接待费比上年预算增加 0.60 万元，增长 10.00%。`);
    expect(r.findings).toEqual([error('≤ 0.40', '0.60', '公务接待费: 增加 0.60 万元 exceeds the current amount 0.40 万元: the prior year would be negative', '万元')]);
    expect(r.claims.filter((c) => c.kind === 'yoy')).toEqual([{ kind: 'yoy', status: 'contradicted', against: '表10-财政拨款三公经费支出情况表.csv:8 公务接待费 0.40 万元' }]);
    expect(direction(`${THREE_PUBLIC}公务接待费比上年预算增加6000元。`).findings).toEqual([error('≤ 4000.00', '6000', '公务接待费: 增加 6000 元 exceeds the current amount 0.40 万元: the prior year would be negative', '元')]);
    // 0.40 from nothing; 0.41 from −0.01, within the rounding of the two.
    for (const right of ['增加 0.40 万元', '增加 0.41 万元', '减少 0.60 万元']) expect(direction(`${THREE_PUBLIC}公务接待费比上年预算${right}。`).findings, right).toEqual([]);
  });
});

describe('NC008 claim-list-sum', () => {
  const PROCUREMENT = '（二）政府采购情况\n2024年政府采购预算';
  const THREE_PUBLIC = '十、2024年财政拨款“三公”经费预算情况说明\n“三公”经费4.40万元，其中：';
  const list = (text: string, options: { strict?: boolean; noTables?: boolean } = {}) => check('budget', text, { rule: 'NC008', ...options });
  const error = (expected: string, actual: string, difference: string, unit: string | undefined, message: string, line = 2) => ({ rule: 'NC008', severity: 'error', line, expected, actual, difference, unit, message });

  it('parts that make up their total', () => {
    const r = list(`${PROCUREMENT}163.00万元，其中：货物14.38万元，工程1.60万元，服务146.02万元。`);
    expect(r.findings).toEqual([error('162.00', '163.00', '1.00', '万元', '政府采购预算 is 163.00; its parts 货物 14.38 + 工程 1.60 + 服务 146.02 add up to 162.00')]);
    expect(r.claims.find((c) => c.kind === 'list')).toEqual({ kind: 'list', status: 'contradicted', against: '3 parts = total' });
    const right = list(`${PROCUREMENT}163.00万元，其中：货物14.38万元，工程1.60万元，服务147.02万元。`);
    expect(right.findings).toEqual([]);
    expect(right.claims.find((c) => c.kind === 'list')).toEqual({ kind: 'list', status: 'verified', against: '3 parts = total' });
    // Parts in another unit than the total's: named with their unit; the figures in the total's unit.
    expect(list(`${PROCUREMENT}163.00万元，其中：货物14.38万元，工程1.60万元，服务1460200元。`).findings).toEqual([
      error('162.00', '163.00', '1.00', '万元', '政府采购预算 is 163.00; its parts 货物 14.38 + 工程 1.60 + 服务 1460200 元 add up to 162.00'),
    ]);
    expect(list(`${PROCUREMENT}1630000元，其中：货物14.38万元，工程1.60万元，服务146.02万元。`).findings).toEqual([
      error('1620000.00', '1630000.00', '10000.00', '元', '政府采购预算 is 1630000.00; its parts 货物 14.38 万元 + 工程 1.60 万元 + 服务 146.02 万元 add up to 1620000.00'),
    ]);
  });

  it('within the rounding of the parts, and strict mode', () => {
    expect(list(`${PROCUREMENT}163.0万元，其中：货物14.4万元，工程1.6万元，服务147.0万元。`).findings).toEqual([]);
    // 14.38 + 1.60 + 147.03 = 163.01: within three half-cents of 163.00, not exactly.
    const near = `${PROCUREMENT}163.00万元，其中：货物14.38万元，工程1.60万元，服务147.03万元。`;
    expect(list(near).findings).toEqual([]);
    expect(list(near, { strict: true }).findings).toEqual([error('163.01', '163.00', '-0.01', '万元', '政府采购预算 is 163.00; its parts 货物 14.38 + 工程 1.60 + 服务 147.03 add up to 163.01')]);
    expect(list(`${PROCUREMENT}163.00万元，其中：货物14.38万元，工程1.60万元，服务147.02万元。`, { strict: true }).findings).toEqual([]);
  });

  it('a 其中 list that need not name every part: more than the total is wrong, less is not', () => {
    const r = list(`${THREE_PUBLIC}公务接待费0.40万元，公务用车运行费4.10万元。`);
    expect(r.findings).toEqual([error('4.50', '4.40', '-0.10', '万元', '“三公”经费 is 4.40; its parts 公务接待费 0.40 + 公务用车运行费 4.10 add up to more (4.50)')]);
    expect(r.claims.find((c) => c.kind === 'list')).toEqual({ kind: 'list', status: 'contradicted', against: '2 parts ≤ total' });
    expect(list(`${THREE_PUBLIC}公务接待费0.40万元，公务用车运行费3.00万元。`).findings).toEqual([]);
    // 4.41 may be 4.40 within the rounding of the parts; not in strict mode.
    const near = `${THREE_PUBLIC}公务接待费0.41万元，公务用车运行费4.00万元。`;
    expect(list(near).findings).toEqual([]);
    expect(list(near, { strict: true }).findings).toEqual([error('4.41', '4.40', '-0.01', '万元', '“三公”经费 is 4.40; its parts 公务接待费 0.41 + 公务用车运行费 4.00 add up to more (4.41)')]);
    expect(list(`${THREE_PUBLIC}公务接待费0.40万元，公务用车运行费4.00万元。`, { strict: true }).findings).toEqual([]);
  });

  it('counts: names as many as their count; a 其中 list no more than its total', () => {
    const offices = (count: number, names: string) => list(`二、机构设置及人员情况\n本单位下设${count}个科室，分别是：${names}。`);
    expect(offices(3, '办公室、效能督查科').findings).toEqual([error('2', '3', '1', undefined, '下设科室 is 3; its parts 办公室 1 + 效能督查科 1 add up to 2')]);
    expect(offices(3, '办公室、效能督查科').claims.find((c) => c.kind === 'list')).toEqual({ kind: 'list', status: 'contradicted', against: '2 parts = total' });
    expect(offices(2, '办公室、效能督查科、综合管理科').findings.map((f) => [f.expected, f.actual, f.difference, f.message])).toEqual([['3', '2', '-1', '下设科室 is 2; its parts 办公室 1 + 效能督查科 1 + 综合管理科 1 add up to 3']]);
    expect(offices(2, '办公室、效能督查科').findings).toEqual([]);
    expect(offices(2, '办公室、效能督查科').claims.find((c) => c.kind === 'list')).toEqual({ kind: 'list', status: 'verified', against: '2 parts = total' });
    const staff = (service: number) => list(`2024年我委人员编制数为93人，其中：行政编制64人，事业编制${service}人。`);
    expect(staff(39).findings).toEqual([error('103', '93', '-10', undefined, '我委人员编制 is 93; its parts 行政编制 64 + 事业编制 39 add up to more (103)', 1)]);
    for (const service of [19, 29]) expect(staff(service).findings, String(service)).toEqual([]);
    expect(list('（四）国有资产占用情况\n截至2023年12月31日，本单位共有车辆2辆，其中：一般公务用车3辆。').findings).toEqual([error('3', '2', '-1', undefined, '有车辆 is 2; its parts 一般公务用车 3 add up to more (3)')]);
    expect(list('（四）国有资产占用情况\n截至2023年12月31日，本单位共有车辆2辆，其中：一般公务用车2辆。').findings).toEqual([]);
  });

  it('the parts\' changes of a complete list, each against the same kind of figure as the total\'s, make up the total\'s change', () => {
    const changes = (project: string, projectBase = '比2023年') =>
      list(`五、2024年一般公共预算当年拨款情况\n一般公共预算当年拨款485.54万元,比2023年减少25.16万元。其中:基本支出321.14万元,比2023年减少14.84万元;项目支出164.40万元,${projectBase}减少${project}万元。`).findings.map((f) => [f.expected, f.actual, f.difference, f.unit, f.message]);
    expect(changes('10.32')).toEqual([]);
    expect(changes('11.32')).toEqual([['-26.16', '-25.16', '1.00', '万元', '一般公共预算当年拨款 changed by -25.16; its parts\' changes 基本支出 −14.84, 项目支出 −11.32 add up to -26.16']]);
    // A part's change against another kind of figure (last year's final accounts) is not summed with the others.
    expect(changes('11.32', '比上年决算数')).toEqual([]);
    // A part without a change of its own: nothing to sum.
    expect(list('五、2024年一般公共预算当年拨款情况\n一般公共预算当年拨款485.54万元,比2023年减少25.16万元。其中:基本支出321.14万元,比2023年减少14.84万元;项目支出164.40万元。').findings).toEqual([]);
  });

  it('retired staff or a headcount named after the posts: the list holds when the posts make up the total, or all of them do', () => {
    const staff = (worker: number, retired = '退休职工28人') => list(`核定人员编制71人，实际正式教职工62人，其中副高级职称4人，中级职称25人，初级职称23人，管理人员3人，技师3人，高级工3人，中级工${worker}人，${retired}。`).findings.map((f) => f.message);
    expect(staff(1)).toEqual([]);
    expect(staff(1, '离退休人员28人')).toEqual([]);
    // The posts alone or with the retired: neither makes 62.
    expect(staff(2)).toEqual(['实际正式教职工 is 62; its parts 副高级职称 4 + 中级职称 25 + 初级职称 23 + 管理人员 3 + 技师 3 + 高级工 3 + 中级工 2 + 退休职工 28 add up to more (91)']);
    // Others after posts that make up the total (temporary staff beside 正式 staff) are another quantity; a part named
    // as the posts are stays a part.
    expect(staff(1, '临时工28人')).toEqual([]);
    expect(staff(1, '初级工28人')).toEqual(['实际正式教职工 is 62; its parts 副高级职称 4 + 中级职称 25 + 初级职称 23 + 管理人员 3 + 技师 3 + 高级工 3 + 中级工 1 + 初级工 28 add up to more (90)']);
    // Staff in post and retired staff, a total of all: still summed as a whole.
    const all = (retired: number) => list(`实有人数86人，其中：在职36人，离退休${retired}人。`).findings.map((f) => f.message);
    expect(all(50)).toEqual([]);
    expect(all(60)).toEqual(['实有人数 is 86; its parts 在职 36 + 离退休 60 add up to more (96)']);
    // Staff in post who make up the total: the retired after them are outside it.
    expect(list('实有人员:53人,其中财政供养在职人员53人,离退休人员13人。').findings).toEqual([]);
    // People counted in 名 and in 人 are counted alike.
    const retirees = (retired: number) => list(`离退休人员12名，其中：离休1人，退休${retired}人。`).findings.map((f) => f.message);
    expect(retirees(11)).toEqual([]);
    expect(retirees(12)).toEqual(['离退休人员 is 12; its parts 离休 1 + 退休 12 add up to more (13)']);
    // People counted by one attribute then another, after the last count: where the first parts make up a count stated
    // just before exactly, the breakdown is that count's.
    const staffBy = (college: number) => list(`核定人员编制36人,实有职工50人,其中在编31人,临聘19人;离退休人员23人,比上年同期减少1人;其中大学本科${college}人,专科21人,中专及高中以下7人,具有副高级职称3人,中级职称16人,全科医生11人。`).findings.map((f) => f.message);
    expect(staffBy(22)).toEqual([]);
    expect(staffBy(23)).toEqual(['离退休人员 is 23; its parts 大学本科 23 + 专科 21 + 中专及高中以下 7 + 具有副高级职称 3 + 中级职称 16 + 全科医生 11 add up to more (81)']);
    // Others counted after the staff who make up the total (pupils, a headcount after posts); a part of the same
    // kind as the first ones stays a part; a part broken down by "包括" is one part.
    expect(list('本部门2020年年末实有人数151人,其中在职人员100人,离休人员0人,退休人员51人;年末其他人员0人;年末学生人数929人。').findings).toEqual([]);
    expect(list('机关编制56人,其中:行政编制24人,事业编制32人;本部门2021年年末实有人数76人。').findings).toEqual([]);
    expect(list('机关编制56人,其中:行政编制24人,事业编制32人;工勤编制3人。').findings.map((f) => f.message)).toEqual(['机关编制 is 56; its parts 行政编制 24 + 事业编制 32 + 工勤编制 3 add up to more (59)']);
    expect(list('年末实有人数76人,其中在职人员48人,包括行政人员22人,全部补助事业人员26人;退休人员15人,聘用人员5人,遗属8人。').findings).toEqual([]);
    expect(list('年末实有人数76人,其中在职人员48人,包括行政人员22人,全部补助事业人员27人;退休人员15人,聘用人员5人,遗属8人。').findings.map((f) => f.message)).toEqual(['在职人员 is 48; its parts 行政人员 22 + 全部补助事业人员 27 add up to more (49)']);
    // A subtotal's own breakdown after it is inside it; counts after "、" each have their own name.
    expect(list('实有人数8人,其中:在职人数小计8人,行政在职人数3人,事业单位在职人数5人。').findings).toEqual([]);
    expect(list('实有人数8人,其中:在职人数小计8人,行政在职人数3人,事业单位在职人数6人。').findings.map((f) => f.message)).toEqual(['实有人数 is 8; its parts 在职人数小计 8 + 行政在职人数 3 + 事业单位在职人数 6 add up to more (17)']);
    expect(list('编制人数42人,其中:行政编制人数19人、全部补助事业编制人数23人、自收自支编制人数13人。').findings.map((f) => f.message)).toEqual(['编制人数 is 42; its parts 行政编制人数 19 + 全部补助事业编制人数 23 + 自收自支编制人数 13 add up to more (55)']);
    // "其中" opening a sentence after several counts: which one its parts are of is not known.
    expect(list('全额事业编制95名,聘用教师控制数4人。其中,在职在编人员91人。').findings).toEqual([]);
    expect(list('聘用教师控制数4人。其中,在职在编人员91人。').findings.map((f) => f.message)).toEqual(['聘用教师控制数 is 4; its parts 在职在编人员 91 add up to more (91)']);
    // A headcount after a breakdown of posts is no post; a part that is a post stays one.
    const posts = (tail: string) => list(`行政编制15名，其中：公务员编制15名，无工勤人员编制，${tail}。`).findings.map((f) => f.message);
    expect(posts('实有人数13名')).toEqual([]);
    expect(posts('实有在编人员13名')).toEqual(['行政编制 is 15; its parts 公务员编制 15 + 实有在编人员 13 add up to more (28)']);
    // Posts that do not make up the total exactly: no reading holds.
    expect(staff(0)).toEqual(['实际正式教职工 is 62; its parts 副高级职称 4 + 中级职称 25 + 初级职称 23 + 管理人员 3 + 技师 3 + 高级工 3 + 中级工 0 + 退休职工 28 add up to more (89)']);
  });
});

describe('NC009 claim-count', () => {
  const PERFORMANCE = '（三）预算绩效情况\n';
  const error = (expected: string, actual: string, difference: string, message: string) => ({ rule: 'NC009', severity: 'error', line: 2, expected, actual, difference, unit: undefined, message });

  it('a count of projects other than the project table\'s', () => {
    const r = check('budget', `${PERFORMANCE}本单位当年财政拨款项目6个，涉及预算金额164.40万元。`, { rule: 'NC009' });
    expect(r.findings).toEqual([error('5', '6', '1', '财政拨款项目: 6 个 stated, 表7-一般公共预算项目支出情况表.csv lists 5')]);
    expect(r.claims.find((c) => c.kind === 'count')).toEqual({ kind: 'count', status: 'contradicted', against: '表7-一般公共预算项目支出情况表.csv: 5 project rows' });
    expect(check('budget', `${PERFORMANCE}当年财政拨款项目4项。`, { rule: 'NC009' }).findings).toEqual([error('5', '4', '-1', '财政拨款项目: 4 项 stated, 表7-一般公共预算项目支出情况表.csv lists 5')]);
    const right = check('budget', `${PERFORMANCE}本单位当年财政拨款项目5个，涉及预算金额164.40万元。`, { rule: 'NC009' });
    expect(right.findings).toEqual([]);
    expect(right.claims.find((c) => c.kind === 'count')).toEqual({ kind: 'count', status: 'verified', against: '表7-一般公共预算项目支出情况表.csv: 5 project rows' });
  });

  it('a project printed in two rows may be counted as one or as two', () => {
    // The sample's 云平台服务器项目 (50.00) in two rows of one function item each: 5 projects in 6 rows.
    const table = samples.budget!.tables.get('gpb-project')!;
    const row = table.rows.find((r) => r.project?.includes('云平台服务器项目'))!;
    const tables = new Map(samples.budget!.tables);
    tables.set('gpb-project', { ...table, rows: table.rows.flatMap((r) => (r === row ? [r, { ...r }] : [r])) });
    const count = (n: number) =>
      checkLedger({ ...samples.budget!, tables, narrative: { file: 'n.txt', text: `${PERFORMANCE}本单位当年财政拨款项目${n}个。`, encoding: 'utf-8' } }, { rules: claimRules }).findings.filter((f) => f.rule === 'NC009').map(shown);
    expect(count(5)).toEqual([]);
    expect(count(6)).toEqual([]);
    expect(count(7)).toEqual([error('5', '7', '2', '财政拨款项目: 7 个 stated, 表7-一般公共预算项目支出情况表.csv lists 5')]);
  });
});

describe('NC012 claim-conflicting-amount', () => {
  const EXPENDITURE = '三、关于2024年支出预算情况说明\n';
  const conflicting = (text: string, strict = false) => check('budget', `${EXPENDITURE}${text}`, { rule: 'NC012', strict });
  const warning = (line: number, expected: string, actual: string, unit: string, message: string) => ({ rule: 'NC012', severity: 'warning', line, expected, actual, difference: undefined, unit, message });

  it('one item stated with two amounts: at the second, in its unit', () => {
    const r = conflicting('基本支出 321.14 万元。\n项目支出 296.39 万元。\n基本支出 312.14 万元。');
    expect(r.findings).toEqual([warning(4, '321.14', '312.14', '万元', '基本支出 is stated as 312.14 万元 here and as 321.14 万元 at line 2')]);
    expect(r.claims.filter((c) => c.kind === 'amount').map((c) => c.status)).toEqual(['verified', 'verified', 'contradicted']);
    expect(r.claims[2].against).toBe('the amount stated at line 2');
    expect(conflicting('基本支出 321.14 万元。\n基本支出 3121400 元。').findings).toEqual([warning(3, '3211400.00', '3121400.00', '元', '基本支出 is stated as 3121400 元 here and as 321.14 万元 at line 2')]);
    // An item the tables do not print.
    expect(conflicting('培训费 5.00 万元。\n培训费 5.10 万元。').findings).toEqual([warning(3, '5.00', '5.10', '万元', '培训费 is stated as 5.10 万元 here and as 5.00 万元 at line 2')]);
  });

  it('the same amount, or the same within rounding; strict mode', () => {
    for (const second of ['321.14 万元', '3211400 元', '321.1 万元']) expect(conflicting(`基本支出 321.14 万元。\n基本支出 ${second}。`).findings, second).toEqual([]);
    expect(conflicting('基本支出 321.14 万元。\n基本支出 321.1 万元。', true).findings).toEqual([warning(3, '321.14', '321.10', '万元', '基本支出 is stated as 321.1 万元 here and as 321.14 万元 at line 2')]);
    expect(conflicting('基本支出 321.14 万元。\n基本支出 3211400 元。', true).findings).toEqual([]);
  });
});

describe('NC015 claim-completion-rate', () => {
  const SPECIFIC = '五、一般公共预算财政拨款支出决算情况说明\n（三）一般公共预算财政拨款支出决算具体情况\n';
  const THREE_PUBLIC = '七、财政拨款“三公”经费支出决算情况说明\n';
  const TABLE = '公开07表-一般公共预算财政拨款三公经费支出决算表.csv:8 公务接待费';
  const completion = (text: string, strict = false) => check('final', text, { rule: 'NC015', strict });
  const error = (line: number, expected: string, actual: string, difference: string, message: string) => ({ rule: 'NC015', severity: 'error', line, expected, actual, difference, unit: '%', message });
  const investment = (rate: string, strict = false) => completion(`${SPECIFIC}招商引资：年初预算为130.00万元，支出决算为150.00万元，完成年初预算的${rate}%。`, strict);

  it('a rate other than the stated amounts\' (150.00 / 130.00 = 115.38…%)', () => {
    const r = investment('120.0');
    expect(r.findings).toEqual([error(3, '115.4', '120.0', '4.62', '招商引资: 120.0% of the budget is stated; 150.00 万元 over a budget of 130.00 万元 is 115.4%')]);
    expect(r.claims.find((c) => c.kind === 'completion')).toEqual({ kind: 'completion', status: 'contradicted', against: 'stated 150.00 万元 / stated budget 130.00 万元' });
    // To the stated decimals, one at least.
    expect(investment('120').findings).toEqual([error(3, '115.0', '120', '4.62', '招商引资: 120% of the budget is stated; 150.00 万元 over a budget of 130.00 万元 is 115.0%')]);
    expect(investment('115.30').findings.map((f) => [f.expected, f.actual, f.difference])).toEqual([['115.38', '115.30', '-0.08']]);
    for (const rate of ['115.4', '115', '115.38']) {
      const ok = investment(rate);
      expect(ok.findings, rate).toEqual([]);
      expect(ok.claims.find((c) => c.kind === 'completion'), rate).toEqual({ kind: 'completion', status: 'verified', against: 'stated 150.00 万元 / stated budget 130.00 万元' });
    }
  });

  it('strict mode: the rate rounded to its decimals', () => {
    // 149.995 / 130.005 … 150.005 / 129.995: 115.376 … 115.392%, which holds 115.39 but rounds to 115.38.
    expect(investment('115.39').findings).toEqual([]);
    expect(investment('115.39', true).findings).toEqual([error(3, '115.38', '115.39', '0.01', '招商引资: 115.39% of the budget is stated; 150.00 万元 over a budget of 130.00 万元 is 115.38%')]);
    for (const rate of ['115.4', '115.38']) expect(investment(rate, true).findings, rate).toEqual([]);
  });

  it('a rate stated with what was spent and its difference from the budget: the budget is their difference', () => {
    // 1741.75 − 55.93 = 1685.82; 1741.75 / 1685.82 = 103.32%.
    const versus = (rate: string, relation = '大于', of = '年初预算') => completion(`${SPECIFIC}本单位一般公共预算财政拨款支出总计1741.75万元；完成${of}${rate}%，决算数${relation}${of === '年初预算' ? '' : '调整'}预算数55.93万元，主要原因：职工工资调标。`);
    const r = versus('100');
    // (The rate to the stated decimals, one at least, as above.)
    expect(r.findings).toEqual([error(3, '103.0', '100', '-3.32', '一般公共预算财政拨款支出总计: 100% of the budget is stated; 1741.75 万元 spent is 55.93 万元 more than the budget, which makes the budget 1685.82 万元 and the rate 103.0%')]);
    expect(r.claims.find((c) => c.kind === 'completion')).toEqual({ kind: 'completion', status: 'contradicted', against: 'stated 1741.75 万元 − stated difference 55.93 万元' });
    for (const rate of ['103.32', '103.3', '103']) expect(versus(rate).findings, rate).toEqual([]);
    // Less spent: 1741.75 / (1741.75 + 55.93) = 96.89%.
    expect(versus('103.32', '小于').findings.map((f) => [f.expected, f.actual, f.message])).toEqual([['96.89', '103.32', '一般公共预算财政拨款支出总计: 103.32% of the budget is stated; 1741.75 万元 spent is 55.93 万元 less than the budget, which makes the budget 1797.68 万元 and the rate 96.89%']]);
    expect(versus('96.89', '小于').findings).toEqual([]);
    // The adjusted budget's rate against the adjusted budget's difference.
    expect(versus('100', '大于', '调整预算').findings.map((f) => f.expected)).toEqual(['103.0']);
    // A difference of another budget (the rate of the 年初预算, the difference from the 调整预算) says nothing of the rate.
    expect(completion(`${SPECIFIC}本单位一般公共预算财政拨款支出总计1741.75万元；完成年初预算100%，决算数大于调整预算数55.93万元。`).findings).toEqual([]);
  });

  it('against the tables\' 决算数 and 预算数 where they print both (1.50 / 4.00 = 37.5%)', () => {
    const r = completion(`${THREE_PUBLIC}公务接待费支出决算为1.50万元，完成预算的40.0%。`);
    expect(r.findings).toEqual([error(2, '37.5', '40.0', '2.50', '公务接待费支出: 40.0% of the budget is stated; the tables\' 决算数 1.50 万元 over their 预算数 4.00 万元 is 37.5%')]);
    expect(r.claims.find((c) => c.kind === 'completion')).toEqual({ kind: 'completion', status: 'contradicted', against: `${TABLE} 1.50 万元 / ${TABLE} 4.00 万元` });
    // 1.495 / 4.005 … 1.505 / 3.995: 37.33 … 37.67%.
    expect(completion(`${THREE_PUBLIC}公务接待费支出决算为1.50万元，完成预算的37.6%。`).findings).toEqual([]);
    expect(completion(`${THREE_PUBLIC}公务接待费支出决算为1.50万元，完成预算的37.6%。`, true).findings).toEqual([
      error(2, '37.5', '37.6', '0.10', '公务接待费支出: 37.6% of the budget is stated; the tables\' 决算数 1.50 万元 over their 预算数 4.00 万元 is 37.5%'),
    ]);
    const right = completion(`${THREE_PUBLIC}公务接待费支出决算为1.50万元，完成预算的37.5%。`, true);
    expect(right.findings).toEqual([]);
    expect(right.claims.find((c) => c.kind === 'completion')).toEqual({ kind: 'completion', status: 'verified', against: `${TABLE} 1.50 万元 / ${TABLE} 4.00 万元` });
  });

  it('a rate the tables contradict is reported once, though the text states the same figures', () => {
    expect(completion(`${THREE_PUBLIC}公务接待费支出年初预算为4.00万元，支出决算为1.50万元，完成预算的40.0%。`).findings).toEqual([
      error(2, '37.5', '40.0', '2.50', '公务接待费支出: 40.0% of the budget is stated; the tables\' 决算数 1.50 万元 over their 预算数 4.00 万元 is 37.5%'),
    ]);
  });

  it('a budget of nothing gives no rate; a budget in 元', () => {
    expect(completion(`${SPECIFIC}培训费：年初预算为0万元，支出决算为1.00万元，完成年初预算的100%。`).findings).toEqual([]);
    expect(completion(`${SPECIFIC}培训费：年初预算为2000元，支出决算为1.00万元，完成年初预算的500%。`).findings).toEqual([]);
    expect(completion(`${SPECIFIC}培训费：年初预算为2000元，支出决算为1.00万元，完成年初预算的50%。`).findings).toEqual([
      error(3, '500.0', '50', '-450.00', '培训费: 50% of the budget is stated; 1.00 万元 over a budget of 2000.00 元 is 500.0%'),
    ]);
  });
});

describe('NC011 claim-placeholder', () => {
  it('a placeholder left in the text: a warning quoting it, at its place', () => {
    const text = '二、关于2024年收入预算情况说明\n一般公共预算XX万元，占收入预算的XX%。';
    const r = check('budget', text, { rule: 'NC011' });
    expect(r.findings.map((f) => [f.rule, f.severity, f.line, f.actual, f.message])).toEqual([
      ['NC011', 'warning', 2, 'XX万元', 'placeholder "XX万元" left in the text'],
      ['NC011', 'warning', 2, 'XX%', 'placeholder "XX%" left in the text'],
    ]);
    const columns = checkLedger({ ...samples.budget!, narrative: { file: 'n.txt', text, encoding: 'utf-8' } }, { rules: claimRules }).findings.filter((f) => f.rule === 'NC011').map((f) => f.column);
    expect(columns).toEqual([text.split('\n')[1].indexOf('XX万元') + 1, text.split('\n')[1].indexOf('XX%') + 1]);
  });
});

describe('where a claim finding is reported (at-claim)', () => {
  it('quotes the sentence around the claim, however far into the text it stands, and gives the claim\'s line', () => {
    // A long narrative before the sentence, and a sentence longer than a quote (1,000 characters) after the figure.
    const before = `${'本单位严格执行预算管理制度。'.repeat(150)}\n`;
    const text = `三、一般公共预算当年拨款情况\n${before}一般公共服务支出449.76万元，${'主要用于保障单位正常运转和履行职能'.repeat(80)}。`;
    const { findings } = checkLedger({ ...samples.budget!, narrative: { file: 'n.txt', text, encoding: 'utf-8' } }, { rules: claimRules });
    const f = findings.find((x) => x.rule === 'NC001')!;
    expect([f.line, f.column, f.actual]).toEqual([3, 9, '449.76']);
    expect(f.quote).toContain('一般公共服务支出449.76万元');
    expect(f.data.line).toBe(3);
  });

  it('a list\'s family is part of what its finding tells', () => {
    const data = (text: string) => checkLedger({ ...samples.budget!, narrative: { file: 'n.txt', text, encoding: 'utf-8' } }, { rules: claimRules }).findings.filter((f) => f.rule === 'NC008').map((f) => f.data.family);
    expect(data('二、机构设置及人员情况\n本单位下设3个科室，分别是：办公室、效能督查科。')).toEqual(['名称']);
    expect(data('（四）国有资产占用情况\n截至2023年12月31日，本单位共有车辆2辆，其中：一般公务用车3辆。')).toEqual(['']);
  });
});

describe('claims with less to go on', () => {
  it('a flat statement with nothing to check it against is not reported', () => {
    for (const text of ['基本支出321.14万元，比上年预算下降4.42%，与上年预算持平。', '基本支出321.14万元，较上年基本持平。', '培训费上年4.00万元，持平。']) {
      expect(check('budget', `三、支出预算情况\n${text}`, { rule: 'NC005' }).findings, text).toEqual([]);
    }
  });

  it('a completion rate without a subject', () => {
    expect(check('final', '五、一般公共预算财政拨款支出决算情况说明\n（三）一般公共预算财政拨款支出决算具体情况\n年初预算为130.00万元，支出决算为150.00万元，完成年初预算的120.0%。', { rule: 'NC015' }).findings).toEqual([
      { rule: 'NC015', severity: 'error', line: 3, expected: '115.4', actual: '120.0', difference: '4.62', unit: '%', message: '(no subject): 120.0% of the budget is stated; 150.00 万元 over a budget of 130.00 万元 is 115.4%' },
    ]);
  });

  it('a change and a percent against the stated prior: reported at the percent', () => {
    const line = '基本支出321.14万元，上年预算300.00万元，减少21.14万元，下降6.58%。';
    const findings = checkLedger({ ...samples.budget!, narrative: { file: 'n.txt', text: `三、支出预算情况\n${line}`, encoding: 'utf-8' } }, { rules: claimRules }).findings.filter((f) => f.rule === 'NC004');
    expect(findings.map((f) => [f.line, f.column, f.expected, f.actual, f.message])).toEqual([[2, line.indexOf('下降') + 1, '增长', '减少', '基本支出: "减少" but the amount went from 300.00 万元 to 321.14 万元']]);
  });

  it('a project stated with two amounts', () => {
    const r = check('budget', '七、2024年一般公共预算项目支出情况说明\n云平台服务器项目55.00万元。\n云平台服务器项目56.00万元。', { rule: 'NC012' });
    expect(r.findings.map((f) => [f.line, f.expected, f.actual, f.message])).toEqual([[3, '55.00', '56.00', '云平台服务器项目 is stated as 56.00 万元 here and as 55.00 万元 at line 2']]);
  });
});

describe('claims without a subject, and what else a finding tells', () => {
  it('a direction and a share stated without a subject', () => {
    expect(check('budget', '三、支出预算情况\n比上年预算减少14.84万元，增长4.42%。', { rule: 'NC004' }).findings.map((f) => f.message)).toEqual(['(no subject): "减少" and "增长" point in opposite directions']);
    expect(check('budget', '三、支出预算情况\n321.14万元，占支出总预算53.00%。', { rule: 'NC002' }).findings.map((f) => f.message)).toEqual(['(no subject): 占 53.00% is stated; 321.14 万元 / 617.53 万元 = 52.00%']);
  });

  it('strict mode: a share of a named denominator rounded right stands', () => {
    for (const percent of ['52.00', '52.0', '52']) expect(check('budget', `三、支出预算情况\n基本支出321.14万元，占支出总预算${percent}%。`, { rule: 'NC002', strict: true }).findings, percent).toEqual([]);
  });

  it('an amount list\'s family, where it has one', () => {
    const family = (text: string) => checkLedger({ ...samples.budget!, narrative: { file: 'n.txt', text, encoding: 'utf-8' } }, { rules: claimRules }).findings.filter((f) => f.rule === 'NC008').map((f) => f.data.family);
    expect(family('（二）政府采购情况\n2024年政府采购预算163.00万元，其中：货物14.38万元，工程1.60万元，服务146.02万元。')).toEqual(['政府采购']);
    expect(family('十、2024年财政拨款“三公”经费预算情况说明\n“三公”经费4.40万元，其中：公务接待费0.40万元，公务用车运行费4.10万元。')).toEqual(['三公']);
    expect(family('三、支出预算情况\n培训费10.00万元，其中：差旅费6.00万元，会议费5.00万元。')).toEqual(['']);
  });
});
