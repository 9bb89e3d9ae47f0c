/**
 * The claim rules on small narratives put in place of a sample's (its tables stay): each finding's figures
 * (expected, actual, difference, unit), its message, the claim's status and what it was checked against,
 * worked out by hand; and true statements near each fault, which must not be reported. The budget sample
 * is fixtures/units/kizilsu-2024, the final accounts' fixtures/final/units/shifan-2019.
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

const samples: Record<'budget' | 'final', Ledger | undefined> = { budget: undefined, final: undefined };
// Loaded in a beforeEach, not in beforeAll: mutation testing then knows which test ran the loader.
beforeEach(async () => {
  for (const [kind, dir] of [['budget', 'fixtures/units/kizilsu-2024'], ['final', 'fixtures/final/units/shifan-2019']] as const) {
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
function check(kind: 'budget' | 'final', text: string, options: { rule?: string; strict?: boolean } = {}) {
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
