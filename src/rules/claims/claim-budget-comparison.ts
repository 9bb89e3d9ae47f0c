import { formatMoney, unitLabel } from '../../ledger/money.js';
import { around, overlaps, sub } from '../../ledger/rounding.js';
import { analyseClaims, type Quantity, versusFigures } from '../../narrative/analysis.js';
import { defineRule } from '../types.js';
import { atClaim } from './at-claim.js';

const WORDS = { gt: '大于', lt: '小于', eq: '等于' } as const;

function money(q: Quantity): string {
  return `${formatMoney(q.value, q.scale, q.decimals)} ${unitLabel(q.scale)}`;
}

export default defineRule({
  id: 'NC016',
  name: 'claim-budget-comparison',
  severity: 'error',
  kinds: ['final'],
  requires: [],
  needsNarrative: true,
  doc: {
    what: 'Final accounts: "决算数大于/小于/等于预算数" agrees with the 决算数 and 预算数 (of the tables where they print both, else as the text states them), a difference stated with it ("大于预算数55.93万元") is theirs, and where the two differ a reason is given ("主要原因是…"; missing: a warning).',
    why: 'The disclosure rules require final accounts to explain every difference from the budget; a comparison that goes the wrong way, or a difference left unexplained, is what inspections mark first.',
    bad: '公务接待费 预算数 8.00, 决算数 0.30: "决算数大于预算数"; or "决算数小于预算数。" with no reason',
    good: '"决算数小于预算数，主要原因是严格执行八项规定，压减公务接待。"',
  },
  messages: {
    relation: '{subject}: "决算数{word}预算数" is stated, but the 决算数 {spent} is {truth} the 预算数 {budget}',
    difference: '{subject}: the difference from the budget is stated as {actual} {unit}; the 决算数 {spent} less the 预算数 {budget} is {expected} {unit}',
    noReason: '{subject}: "决算数{word}预算数" is stated without its reason (the rules require one wherever the two differ: "主要原因是…")',
  },
  check(ctx) {
    const a = analyseClaims(ctx.ledger);
    for (const c of a.claims) {
      if (c.kind !== 'versus') continue;
      const subject = c.subject || '(no subject)';
      const v = versusFigures(a, c);
      if (v) {
        const { actual, budget } = v;
        // Which way the figures go, for a comparison found wrong: where it is, the intervals are apart (a wrong
        // 等于) or at most touch (129.99 cannot be more than 130.00, and is less), so the figures themselves tell.
        const truth = actual.value.gt(budget.value) ? 'gt' : actual.value.lt(budget.value) ? 'lt' : undefined;
        const equalPossible = overlaps(actual.interval, budget.interval);
        const wrong = c.relation === 'eq' ? !equalPossible : (c.relation === 'gt' && actual.interval.hi.lte(budget.interval.lo)) || (c.relation === 'lt' && actual.interval.lo.gte(budget.interval.hi));
        const data = { subject, word: c.word, spent: money(actual), budget: money(budget), truth: truth ? WORDS[truth] : '等于' };
        if (wrong) {
          ctx.report(atClaim(c, { messageId: 'relation', data, expected: truth ? WORDS[truth] : '等于', actual: c.word, against: `${actual.source} against ${budget.source}` }));
          continue;
        }
        if (c.difference) {
          const made = sub(actual.interval, budget.interval);
          const signed = c.relation === 'lt' ? c.difference.yuan.neg() : c.difference.yuan;
          const stated = around(signed, c.difference.half);
          const exact = actual.value.minus(budget.value);
          if (ctx.strict ? !exact.eq(signed) : !overlaps(made, stated)) {
            const scale = c.difference.scale;
            ctx.report(
              atClaim(c, {
                messageId: 'difference',
                data,
                expected: formatMoney(exact.abs(), scale, Math.max(2, c.difference.decimals)),
                actual: formatMoney(c.difference.yuan, scale, Math.max(2, c.difference.decimals)),
                difference: formatMoney(c.difference.yuan.minus(exact.abs()), scale, Math.max(2, c.difference.decimals)),
                unit: unitLabel(scale),
                against: `${actual.source} against ${budget.source}`,
              }),
            );
            continue;
          }
        }
      }
      // A difference stated (or shown by the figures) without its reason.
      const differs = c.relation !== 'eq' || (v !== undefined && !overlaps(v.actual.interval, v.budget.interval));
      if (differs && !c.reason) ctx.report(atClaim(c, { messageId: 'noReason', severity: 'warning', data: { subject, word: c.word }, actual: c.word }));
    }
  },
});
