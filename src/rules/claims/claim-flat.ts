import { formatMoney, unitLabel } from '../../ledger/money.js';
import { overlaps } from '../../ledger/rounding.js';
import { amountInterval, current, flatTarget } from '../../narrative/analysis.js';
import type { Claim } from '../../narrative/claims.js';
import { analyseClaims } from '../../narrative/analysis.js';
import { defineRule } from '../types.js';
import { atClaim } from './at-claim.js';

const subjectOf = (c: Claim): string => c.subject || c.project || '(no subject)';

export default defineRule({
  id: 'NC005',
  name: 'claim-flat',
  severity: 'error',
  requires: [],
  needsNarrative: true,
  doc: {
    what: "A flat statement (持平, 无变化, 无增减) stands with a change that cannot be zero.",
    why: "\"持平\" tells the reader nothing changed; a stated non-zero change says otherwise.",
    bad: "公务接待费增加 0.40 万元，与上年一致无变化",
    good: "公务接待费增加 0.00 万元，与上年一致无变化",
  },
  messages: {
    notFlat: "{subject}: \"{word}\" but the change is {change}",
  },
  check(ctx) {
    const a = analyseClaims(ctx.ledger);
    const strict = ctx.strict;
    for (const c of a.claims) {
      if (c.kind !== 'flat') continue;
      const t = flatTarget(a, c);
      if (!t) continue;
      const y = t.yoy;
      if (!y.change && !y.percent && y.prior) {
        // "上年0万元，持平": the amount must be the prior's.
        const cur = current(a, t);
        if (!cur) continue;
        const flat = strict ? cur.value.eq(y.prior.yuan) : overlaps(cur.interval, amountInterval(a, y.prior));
        if (flat) continue;
        const scale = y.prior.scale;
        const change = cur.value.minus(y.prior.yuan).abs();
        const text = formatMoney(change, scale, Math.max(y.prior.decimals, 2));
        ctx.report(
          atClaim(c, {
            messageId: 'notFlat',
            data: { subject: subjectOf(c), word: c.flat, change: `${text} ${unitLabel(scale)} (from the stated prior ${y.prior.raw} ${y.prior.unit})` },
            expected: '0.00',
            actual: text,
            unit: unitLabel(scale),
            against: `current ${cur.source === 'stated' ? 'stated' : cur.source} − the prior stated at line ${t.line}`,
          }),
        );
        continue;
      }
      const nonZeroChange = y.change && (strict ? !y.change.value.isZero() : y.change.yuan.minus(y.change.half).gt(0));
      const nonZeroPercent = y.percent && (strict ? !y.percent.value.isZero() : y.percent.value.minus(y.percent.half).gt(0));
      if (!nonZeroChange && !nonZeroPercent) continue;
      ctx.report(
        atClaim(c, {
          messageId: 'notFlat',
          data: { subject: subjectOf(c), word: c.flat, change: y.change ? `${y.changeWord ?? ''}${y.change.raw} ${y.change.unit}` : `${y.percentWord ?? ''}${y.percent!.raw}%` },
          expected: '0.00',
          actual: y.change ? y.change.raw : y.percent!.raw,
          unit: y.change ? y.change.unit : '%',
          against: `the change stated at line ${t.line}`,
        }),
      );
    }
  },
});
