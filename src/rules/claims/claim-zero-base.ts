import type { Claim } from '../../narrative/claims.js';
import { yoyNumbers } from '../../narrative/analysis.js';
import { analyseClaims } from '../../narrative/analysis.js';
import { defineRule } from '../types.js';
import { atClaim } from './at-claim.js';

const subjectOf = (c: Claim): string => c.subject || c.project || '(no subject)';

export default defineRule({
  id: 'NC006',
  name: 'claim-zero-base',
  severity: 'note',
  requires: [],
  needsNarrative: true,
  doc: {
    what: "\"增长 100%\" from a zero prior year: a common convention, not arithmetic (a note, never an error).",
    why: "A growth rate from zero is undefined; the reader should know that 100% here means \"new this year\".",
    bad: "增加 164.40 万元，增长 100.00% (prior 0)",
    good: "增加 164.40 万元 (上年未安排)",
  },
  messages: {
    zeroBase: "{subject}: {percent} growth from a zero prior ({change} is all new): a convention, not a ratio",
  },
  check(ctx) {
    const a = analyseClaims(ctx.ledger);
    for (const c of a.claims) {
      if (c.kind !== 'yoy') continue;
      const y = c.yoy;
      const n = yoyNumbers(a, c);
      if (!y.percent || !y.change || !n || n.direction !== 'up') continue;
      if (!(n.prior.lo.lte(0) && n.prior.hi.gte(0))) continue;
      if (y.change.value.isZero()) continue; // 0 → 0: nothing changed
      ctx.report(
        atClaim(
          c,
          {
            messageId: 'zeroBase',
            severity: 'note',
            data: { subject: subjectOf(c), percent: `${y.percent.raw}%`, change: `${y.change.raw} ${y.change.unit}` },
            actual: y.percent.raw,
            unit: '%',
          },
          c.percentAt,
        ),
      );
    }
  },
});
