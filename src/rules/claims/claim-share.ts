import { Decimal } from '../../decimal.js';
import { formatMoney, unitLabel } from '../../ledger/money.js';
import { around, overlaps, percentRatio } from '../../ledger/rounding.js';
import { current, denominator, otherDenominators } from '../../narrative/analysis.js';
import type { Claim } from '../../narrative/claims.js';
import { analyseClaims } from '../../narrative/analysis.js';
import { defineRule } from '../types.js';
import { atClaim } from './at-claim.js';

const subjectOf = (c: Claim): string => c.subject || c.project || '(no subject)';
/** A percent as the messages print it: at least two decimals. */
/** A percent as a message shows it: to its stated decimals, and to two at least ("92.78", not "93.00" for a stated "92"). */
const pct = (v: Decimal, decimals: number): string => v.toDecimalPlaces(Math.max(decimals, 2), Decimal.ROUND_HALF_UP).toFixed(Math.max(decimals, 2));

export default defineRule({
  id: 'NC002',
  name: 'claim-share',
  severity: 'error',
  requires: [],
  needsNarrative: true,
  doc: {
    what: "A stated share (占 X%) differs from numerator / denominator beyond rounding.",
    why: "Shares divided by the wrong base, or copied from last year, are among the most frequent narrative errors that inspections find.",
    bad: "一般公共预算 485.54 万元，占 87.63% (of 617.53)",
    good: "一般公共预算 485.54 万元，占 78.63%",
  },
  messages: {
    differs: "{subject}: 占 {actual}% is stated; {numerator} / {denominator} = {expected}%",
  },
  check(ctx) {
    const a = analyseClaims(ctx.ledger);
    const strict = ctx.strict;
    for (const c of a.claims) {
      if (c.kind !== 'share') continue;
      const share = c.share;
      const num = current(a, c);
      const den = denominator(a, c);
      if (!num || !den || den.value.lte(0)) continue;
      const ratio = percentRatio(num.interval, den.interval);
      if (!ratio) continue;
      const stated = around(share.percent.value, share.percent.half);
      if (!strict && overlaps(ratio, stated)) continue;
      const computed = num.value.div(den.value).times(100);
      const rounded = computed.toDecimalPlaces(share.percent.decimals, Decimal.ROUND_HALF_UP);
      if (strict && rounded.eq(share.percent.value)) continue;
      // Another reading of an unnamed denominator that fits: not contradicted.
      const fits = otherDenominators(a, c).some((d) => {
        if (d.value.lte(0)) return false;
        const r = percentRatio(num.interval, d.interval);
        if (!r) return false;
        return strict ? num.value.div(d.value).times(100).toDecimalPlaces(share.percent.decimals, Decimal.ROUND_HALF_UP).eq(share.percent.value) : overlaps(r, stated);
      });
      if (fits) continue;
      ctx.report(
        atClaim(c, {
          messageId: 'differs',
          data: {
            subject: subjectOf(c),
            numerator: `${formatMoney(num.value, num.scale, num.decimals)} ${unitLabel(num.scale)}`,
            denominator: `${formatMoney(den.value, den.scale, den.decimals)} ${unitLabel(den.scale)}`,
          },
          expected: pct(computed, share.percent.decimals),
          actual: share.percent.raw,
          difference: pct(share.percent.value.minus(computed), share.percent.decimals),
          unit: '%',
          against: `${num.source} / ${den.source}`,
        }),
      );
    }
  },
});
