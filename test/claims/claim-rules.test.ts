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

/** The claim rules on the sample of `kind` with `text` as its narrative: the errors and warnings of `rule` (all rules' when not given), and the claims listed. */
function check(kind: Sample, text: string, options: { rule?: string; strict?: boolean } = {}) {
  const ledger: Ledger = { ...samples[kind]!, narrative: { file: 'n.txt', text, encoding: 'utf-8' } };
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
    expect(stated('130.00', '129.99', '决算数大于年初预算数，主要原因是项目增加。').findings.map((f) => [f.rule, f.severity, f.actual])).toEqual([['NC016', 'error', '大于']]);
    expect(stated('130.00', '130.01', '决算数小于年初预算数，主要原因是项目减少。').findings.map((f) => [f.rule, f.severity, f.actual])).toEqual([['NC016', 'error', '小于']]);
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
