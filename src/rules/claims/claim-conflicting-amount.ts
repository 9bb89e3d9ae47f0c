import { formatMoney } from '../../ledger/money.js';
import { overlaps } from '../../ledger/rounding.js';
import { amountInterval, restatementKey } from '../../narrative/analysis.js';
import type { AmountClaim, Claim } from '../../narrative/claims.js';
import { analyseClaims } from '../../narrative/analysis.js';
import { defineRule } from '../types.js';
import { atClaim } from './at-claim.js';

const subjectOf = (c: Claim): string => c.subject || c.project || '(no subject)';

export default defineRule({
  id: 'NC012',
  name: 'claim-conflicting-amount',
  severity: 'warning',
  requires: [],
  needsNarrative: true,
  doc: {
    what: "One item stated with two different amounts in the narrative.",
    why: "When the text gives two figures for one item, at most one of them is right.",
    bad: "基本支出 321.14 万元 … 基本支出 312.14 万元",
    good: "基本支出 321.14 万元 … 基本支出 321.14 万元",
  },
  messages: {
    twoAmounts: "{subject} is stated as {second} here and as {first} at line {firstLine}",
  },
  check(ctx) {
    const a = analyseClaims(ctx.ledger);
    const seen = new Map<string, AmountClaim>();
    for (const c of a.all) {
      if (c.kind !== 'amount') continue;
      const key = restatementKey(a, c);
      if (key === undefined) continue;
      const first = seen.get(key);
      if (!first) {
        seen.set(key, c);
        continue;
      }
      const x = first.amount;
      const y = c.amount;
      const differs = ctx.strict ? !x.yuan.eq(y.yuan) : !overlaps(amountInterval(a, x), amountInterval(a, y));
      if (!differs || !a.status.has(c.id)) continue;
      ctx.report(
        atClaim(c, {
          messageId: 'twoAmounts',
          data: { subject: subjectOf(c), first: `${x.raw} ${x.unit}`, firstLine: first.line, second: `${y.raw} ${y.unit}` },
          expected: formatMoney(x.yuan, y.scale, y.decimals),
          actual: formatMoney(y.yuan, y.scale, y.decimals),
          unit: y.unit,
          against: `the amount stated at line ${first.line}`,
        }),
      );
    }
  },
});
