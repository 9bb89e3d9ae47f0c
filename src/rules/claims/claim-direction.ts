import { formatMoney, unitLabel } from '../../ledger/money.js';
import { amountInterval, statedPrior, yoyNumbers } from '../../narrative/analysis.js';
import type { Claim } from '../../narrative/claims.js';
import { analyseClaims } from '../../narrative/analysis.js';
import { defineRule } from '../types.js';
import { atClaim } from './at-claim.js';

const subjectOf = (c: Claim): string => c.subject || c.project || '(no subject)';

export default defineRule({
  id: 'NC004',
  name: 'claim-direction',
  severity: 'error',
  requires: [],
  needsNarrative: true,
  doc: {
    what: "The direction words of a year-over-year claim disagree (增加 with 下降, 减少 with 增长), or an increase exceeds the amount itself.",
    why: "A reader takes the direction from the words; words that contradict each other or the numbers make the change unreadable.",
    bad: "比上年预算减少 25.16 万元，增长 4.93%",
    good: "比上年预算减少 25.16 万元，下降 4.93%",
  },
  messages: {
    words: "{subject}: \"{changeWord}\" and \"{percentWord}\" point in opposite directions",
    against: "{subject}: \"{word}\" but the amount went from {prior} to {current}",
    sign: "{subject}: {word} {change} exceeds the current amount {current}: the prior year would be negative",
  },
  check(ctx) {
    const a = analyseClaims(ctx.ledger);
    for (const c of a.claims) {
      if (c.kind !== 'yoy') continue;
      const y = c.yoy;
      // "减少0.00万元，增长0.00%": no change has no direction.
      const none = (y.change && y.change.value.isZero()) || (y.percent && y.percent.value.isZero());
      if (y.changeDirection && y.percentDirection && y.changeDirection !== y.percentDirection && !none) {
        ctx.report(
          atClaim(
            c,
            {
              messageId: 'words',
              data: { subject: subjectOf(c), changeWord: y.changeWord ?? '', percentWord: y.percentWord ?? '' },
              expected: y.changeDirection === 'up' ? '增长' : '下降',
              actual: y.percentWord,
            },
            c.percentAt,
          ),
        );
        continue;
      }
      const n = yoyNumbers(a, c);
      const word = y.changeDirection ?? y.percentDirection;
      const prior = statedPrior(a, c);
      const cur = n?.current;
      const money = (v: typeof prior extends undefined ? never : NonNullable<typeof cur>['value'], scale: number, decimals: number) => `${formatMoney(v, scale, decimals)} ${unitLabel(scale)}`;
      if (cur && prior && word) {
        // A prior stated outright: the words must go the way the numbers go.
        const p = amountInterval(a, prior);
        const up = cur.interval.lo.gt(p.hi);
        const down = cur.interval.hi.lt(p.lo);
        if ((word === 'up' && down) || (word === 'down' && up)) {
          ctx.report(
            atClaim(
              c,
              {
                messageId: 'against',
                data: { subject: subjectOf(c), word: y.changeWord ?? y.percentWord ?? '', prior: `${prior.raw} ${prior.unit}`, current: money(cur.value, cur.scale, cur.decimals) },
                expected: up ? '增长' : '下降',
                actual: y.changeWord ?? y.percentWord,
                against: cur.source,
              },
              c.percentAt ?? c.at,
            ),
          );
          continue;
        }
        if (!y.change) continue;
      }
      if (n && y.change && n.direction === 'up' && n.prior.hi.lt(0)) {
        const cur = n.current;
        ctx.report(
          atClaim(c, {
            messageId: 'sign',
            data: { subject: subjectOf(c), word: y.changeWord ?? '增', change: `${y.change.raw} ${y.change.unit}`, current: money(cur.value, cur.scale, cur.decimals) },
            expected: `≤ ${formatMoney(cur.value, y.change.scale, y.change.decimals)}`,
            actual: y.change.raw,
            unit: y.change.unit,
            against: cur.source,
          }),
        );
      }
    }
  },
});
