import { Decimal } from '../../decimal.js';
import { formatMoney, unitLabel } from '../../ledger/money.js';
import { around, overlaps, percentRatio } from '../../ledger/rounding.js';
import { amountInterval, analyseClaims } from '../../narrative/analysis.js';
import { defineRule } from '../types.js';
import { atClaim } from './at-claim.js';

export default defineRule({
  id: 'NC015',
  name: 'claim-completion-rate',
  severity: 'error',
  requires: [],
  needsNarrative: true,
  doc: {
    what: 'A completion rate of final accounts (完成预算的 X%, 为预算的 X%) differs from what was spent over the budget, the two amounts the text states with it, beyond rounding.',
    why: 'Final accounts explain every difference from the budget; a completion rate computed on the wrong budget (the total\'s for an item, last year\'s) misstates how the budget was kept.',
    bad: '支出预算为5.92万元，支出决算为3.58万元，完成预算的59.5% (3.58 / 5.92 = 60.47%)',
    good: '支出预算为5.92万元，支出决算为3.58万元，完成预算的60.5%',
  },
  messages: {
    differs: '{subject}: {actual}% of the budget is stated; {spent} over a budget of {budget} is {expected}%',
  },
  check(ctx) {
    const a = analyseClaims(ctx.ledger);
    for (const c of a.claims) {
      if (c.kind !== 'completion' || !c.actual || !c.budget || c.budget.yuan.lte(0)) continue;
      const ratio = percentRatio(amountInterval(a, c.actual), amountInterval(a, c.budget));
      if (!ratio) continue;
      const stated = around(c.percent.value, c.percent.half);
      const computed = c.actual.yuan.div(c.budget.yuan).times(100);
      const rounded = computed.toDecimalPlaces(c.percent.decimals, Decimal.ROUND_HALF_UP);
      if (ctx.strict ? rounded.eq(c.percent.value) : overlaps(ratio, stated)) continue;
      const money = (v: Decimal, scale: number, decimals: number) => `${formatMoney(v, scale, decimals)} ${unitLabel(scale)}`;
      ctx.report(
        atClaim(c, {
          messageId: 'differs',
          data: { subject: c.subject || '(no subject)', spent: money(c.actual.yuan, c.actual.scale, c.actual.decimals), budget: money(c.budget.yuan, c.budget.scale, c.budget.decimals) },
          expected: rounded.toFixed(Math.max(c.percent.decimals, 1)),
          actual: c.percent.raw,
          difference: c.percent.value.minus(computed).toFixed(Math.max(c.percent.decimals, 2)),
          unit: '%',
          against: `stated ${c.actual.raw} ${c.actual.unit} / stated budget ${c.budget.raw} ${c.budget.unit}`,
        }),
      );
    }
  },
});
