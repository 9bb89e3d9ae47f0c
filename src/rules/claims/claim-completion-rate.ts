import { Decimal } from '../../decimal.js';
import { formatMoney, unitLabel } from '../../ledger/money.js';
import { add, around, overlaps, percentRatio, sub, type Interval } from '../../ledger/rounding.js';
import { amountInterval, analyseClaims, completionFigures } from '../../narrative/analysis.js';
import type { VersusClaim } from '../../narrative/claims.js';
import { labelKey } from '../../text.js';
import { defineRule } from '../types.js';
import { atClaim } from './at-claim.js';

export default defineRule({
  id: 'NC015',
  name: 'claim-completion-rate',
  severity: 'error',
  requires: [],
  needsNarrative: true,
  doc: {
    what: 'A completion rate of final accounts (完成预算的 X%, 决算数为预算数的 X%) differs from what was spent over the budget beyond rounding: the two amounts the text states with it, what was spent and its stated difference from the budget (决算数大于预算数 55.93 万元), and the 决算数 and 预算数 of a table that prints both for its subject (the 三公 table, a 一般公共预算 table with its budget columns).',
    why: 'Final accounts explain every difference from the budget; a completion rate computed on the wrong budget (the total\'s for an item, last year\'s) misstates how the budget was kept.',
    bad: '支出预算为5.92万元，支出决算为3.58万元，完成预算的59.5% (3.58 / 5.92 = 60.47%)',
    good: '支出预算为5.92万元，支出决算为3.58万元，完成预算的60.5%',
  },
  messages: {
    differs: '{subject}: {actual}% of the budget is stated; {spent} over a budget of {budget} is {expected}%',
    table: '{subject}: {actual}% of the budget is stated; the tables\' 决算数 {spent} over their 预算数 {budget} is {expected}%',
    more: '{subject}: {actual}% of the budget is stated; {spent} spent is {difference} more than the budget, which makes the budget {budget} and the rate {expected}%',
    less: '{subject}: {actual}% of the budget is stated; {spent} spent is {difference} less than the budget, which makes the budget {budget} and the rate {expected}%',
  },
  check(ctx) {
    const a = analyseClaims(ctx.ledger);
    const money = (v: Decimal, scale: number, decimals: number) => `${formatMoney(v, scale, decimals)} ${unitLabel(scale)}`;
    for (const c of a.claims) {
      if (c.kind !== 'completion') continue;
      /** Reported when the stated rate is not spent / budget within rounding; whether it was. */
      const judge = (messageId: 'table' | 'differs' | 'more' | 'less', spent: Interval, budget: Interval, spentValue: Decimal, budgetValue: Decimal, figures: { spent: string; budget: string; difference?: string }, against: string): boolean => {
        const ratio = percentRatio(spent, budget);
        if (!ratio) return false;
        const computed = spentValue.div(budgetValue).times(100);
        const rounded = computed.toDecimalPlaces(c.percent.decimals, Decimal.ROUND_HALF_UP);
        if (ctx.strict ? rounded.eq(c.percent.value) : overlaps(ratio, around(c.percent.value, c.percent.half))) return false;
        ctx.report(
          atClaim(c, {
            messageId,
            data: { subject: c.subject || '(no subject)', ...figures },
            expected: rounded.toFixed(Math.max(c.percent.decimals, 1)),
            actual: c.percent.raw,
            difference: c.percent.value.minus(computed).toFixed(Math.max(c.percent.decimals, 2)),
            unit: '%',
            against,
          }),
        );
        return true;
      };
      // Against the tables, where they print both figures of the subject.
      const t = completionFigures(a, c);
      if (t && t.budget.value.gt(0)) {
        const figures = { spent: money(t.actual.value, t.actual.scale, t.actual.decimals), budget: money(t.budget.value, t.budget.scale, t.budget.decimals) };
        if (judge('table', t.actual.interval, t.budget.interval, t.actual.value, t.budget.value, figures, `${t.actual.source} / ${t.budget.source}`)) continue;
      }
      if (!c.actual) continue;
      if (!c.budget) {
        // "完成年初预算100%，决算数大于预算数55.93万元": the budget is what was spent less the difference (plus it, where
        // less was spent), the difference stated after the rate in its sentence, of the same subject and budget.
        const v = a.all.find((x): x is VersusClaim => x.kind === 'versus' && x.id > c.id && x.sentenceOffset === c.sentenceOffset && x.of === c.of && x.difference !== undefined && x.relation !== 'eq' && (x.subject === '' || labelKey(x.subject) === labelKey(c.subject)));
        if (!v) continue;
        const d = v.difference!;
        const more = v.relation === 'gt';
        const budget = more ? sub(amountInterval(a, c.actual), amountInterval(a, d)) : add(amountInterval(a, c.actual), amountInterval(a, d));
        const budgetValue = more ? c.actual.yuan.minus(d.yuan) : c.actual.yuan.plus(d.yuan);
        if (!budget.lo.gt(0)) continue;
        const figures = { spent: money(c.actual.yuan, c.actual.scale, c.actual.decimals), budget: money(budgetValue, c.actual.scale, Math.max(c.actual.decimals, d.decimals)), difference: money(d.yuan, d.scale, d.decimals) };
        judge(more ? 'more' : 'less', amountInterval(a, c.actual), budget, c.actual.yuan, budgetValue, figures, `stated ${c.actual.raw} ${c.actual.unit} ${more ? '−' : '+'} stated difference ${d.raw} ${d.unit}`);
        continue;
      }
      if (c.budget.yuan.lte(0)) continue;
      const figures = { spent: money(c.actual.yuan, c.actual.scale, c.actual.decimals), budget: money(c.budget.yuan, c.budget.scale, c.budget.decimals) };
      const against = `stated ${c.actual.raw} ${c.actual.unit} / stated budget ${c.budget.raw} ${c.budget.unit}`;
      judge('differs', amountInterval(a, c.actual), amountInterval(a, c.budget), c.actual.yuan, c.budget.yuan, figures, against);
    }
  },
});
