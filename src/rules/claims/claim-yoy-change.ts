import { formatMoney, unitLabel } from '../../ledger/money.js';
import { changeAgainstPrior } from '../../narrative/analysis.js';
import type { Claim } from '../../narrative/claims.js';
import { analyseClaims } from '../../narrative/analysis.js';
import { defineRule } from '../types.js';
import { atClaim } from './at-claim.js';

const subjectOf = (c: Claim): string => c.subject || c.project || '(no subject)';

export default defineRule({
  id: 'NC014',
  name: 'claim-yoy-change',
  severity: 'error',
  requires: [],
  needsNarrative: true,
  doc: {
    what: "A year-over-year change in money differs from the current amount minus the prior-year amount stated with it (\"上年预算数 335.98 万元，减少 14.84 万元\").",
    why: "When the text prints both years' figures, the change it states must be their difference; a reader cannot tell which of the three figures is wrong.",
    bad: "本年预算 321.14 万元，上年预算数 335.98 万元，减少 15.84 万元",
    good: "本年预算 321.14 万元，上年预算数 335.98 万元，减少 14.84 万元",
  },
  messages: {
    differs: "{subject}: from the stated prior {prior} to {current} the change is {change}, the text says {stated}",
  },
  check(ctx) {
    const a = analyseClaims(ctx.ledger);
    for (const c of a.claims) {
      if (c.kind !== 'yoy' || !c.yoy.change) continue;
      const wrong = changeAgainstPrior(a, c, ctx.strict);
      if (!wrong) continue;
      const { prior, current: cur, exact } = wrong;
      const y = c.yoy;
      const change = c.yoy.change;
      const scale = change.scale;
      const decimals = Math.max(change.decimals, 2);
      ctx.report(
        atClaim(c, {
          messageId: 'differs',
          data: {
            subject: subjectOf(c),
            prior: `${prior.raw} ${prior.unit}`,
            current: `${formatMoney(cur.value, scale, decimals)} ${unitLabel(scale)}`,
            change: `${formatMoney(exact.abs(), scale, decimals)} ${unitLabel(scale)}`,
            stated: `${y.changeWord ?? ''} ${change.raw} ${change.unit}`,
          },
          expected: formatMoney(exact.abs(), scale, decimals),
          actual: change.raw,
          difference: formatMoney(change.yuan.minus(exact.abs()), scale, decimals),
          unit: unitLabel(scale),
          against: `current ${cur.source === 'stated' ? 'stated' : cur.source} − stated prior ${prior.raw} ${prior.unit}`,
        }),
      );
    }
  },
});
