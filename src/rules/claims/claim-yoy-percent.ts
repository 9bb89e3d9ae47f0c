import { Decimal } from '../../decimal.js';
import { formatMoney, unitLabel } from '../../ledger/money.js';
import { around, overlaps, percentRatio } from '../../ledger/rounding.js';
import { totalReading, yoyNumbers } from '../../narrative/analysis.js';
import type { Claim } from '../../narrative/claims.js';
import { analyseClaims } from '../../narrative/analysis.js';
import { defineRule } from '../types.js';
import { atClaim } from './at-claim.js';

const subjectOf = (c: Claim): string => c.subject || c.project || '(no subject)';
/** A percent as the messages print it: at least two decimals. */
/** A percent as a message shows it: to its stated decimals, and to two at least ("92.78", not "93.00" for a stated "92"). */
const pct = (v: Decimal, decimals: number): string => v.toDecimalPlaces(Math.max(decimals, 2), Decimal.ROUND_HALF_UP).toFixed(Math.max(decimals, 2));

export default defineRule({
  id: 'NC003',
  name: 'claim-yoy-percent',
  severity: 'error',
  requires: [],
  needsNarrative: true,
  doc: {
    what: "The percent of a year-over-year change differs from change / prior, where prior = current − change (增加) or current + change (减少).",
    why: "A growth rate computed against the wrong base (the current year, another line) misstates how the budget changed.",
    bad: "比上年预算减少 25.16 万元，下降 5.18%",
    good: "比上年预算减少 25.16 万元，下降 4.93%",
  },
  messages: {
    differs: "{subject}: {change} on a prior of {prior} is {expected}%, the text says {actual}%",
  },
  check(ctx) {
    const a = analyseClaims(ctx.ledger);
    const strict = ctx.strict;
    for (const c of a.claims) {
      if (c.kind !== 'yoy') continue;
      const y = c.yoy;
      const n = yoyNumbers(a, c);
      if (!y.percent || !n || (!y.change && !y.prior)) continue;
      if (n.prior.lo.lte(0)) continue; // a zero (or negative) base: NC006 / NC004
      const ratio = percentRatio(n.change, n.prior);
      if (!ratio) continue;
      const stated = around(y.percent.value, y.percent.half);
      const changeValue = y.change ? y.change.yuan : n.current.value.minus(n.priorValue).abs();
      if (!strict && overlaps(ratio, stated)) continue;
      // Said of the list's total rather than its last part, and right so: not contradicted.
      const other = totalReading(a, c);
      const otherRatio = other && other.prior.lo.gt(0) ? percentRatio(other.change, other.prior) : null;
      if (!strict && otherRatio && overlaps(otherRatio, stated)) continue;
      const computed = changeValue.div(n.priorValue).times(100);
      const rounded = computed.toDecimalPlaces(y.percent.decimals, Decimal.ROUND_HALF_UP);
      if (strict && rounded.eq(y.percent.value)) continue;
      const cur = n.current;
      const money = (v: Decimal) => `${formatMoney(v, cur.scale, cur.decimals)} ${unitLabel(cur.scale)}`;
      ctx.report(
        atClaim(
          c,
          {
            messageId: 'differs',
            data: {
              subject: subjectOf(c),
              change: y.change ? `${y.change.raw} ${y.change.unit}` : money(changeValue),
              prior: money(n.priorValue),
              current: money(cur.value),
            },
            expected: pct(computed, y.percent.decimals),
            actual: y.percent.raw,
            difference: pct(y.percent.value.minus(computed), y.percent.decimals),
            unit: '%',
            against: `prior ${formatMoney(n.priorValue, cur.scale, cur.decimals)} = ${cur.source === 'stated' ? 'stated current' : cur.source} ${n.direction === 'up' ? '−' : '+'} ${formatMoney(changeValue, cur.scale, cur.decimals)}`,
          },
          c.percentAt,
        ),
      );
    }
  },
});
