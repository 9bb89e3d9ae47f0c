import { ZERO } from '../../decimal.js';
import { formatMoney, unitLabel } from '../../ledger/money.js';
import { overlaps, sumAll } from '../../ledger/rounding.js';
import { amountInterval, listRelation } from '../../narrative/analysis.js';
import { analyseClaims } from '../../narrative/analysis.js';
import { defineRule } from '../types.js';
import { atClaim } from './at-claim.js';

export default defineRule({
  id: 'NC008',
  name: 'claim-list-sum',
  severity: 'error',
  requires: [],
  needsNarrative: true,
  doc: {
    what: "A list (其中：…, 资金分配情况) does not add up to its stated total.",
    why: "Parts that do not make up their total mean one of them, or the total, is wrong.",
    bad: "政府采购预算 163.00 万元，其中：货物 14.38 万元，工程 1.60 万元，服务 146.02 万元",
    good: "政府采购预算 163.00 万元，其中：货物 14.38 万元，工程 1.60 万元，服务 147.02 万元",
  },
  messages: {
    sum: "{total} is {actual}; its parts {parts} add up to {expected}",
    exceeds: "{total} is {actual}; its parts {parts} add up to more ({expected})",
  },
  check(ctx) {
    const a = analyseClaims(ctx.ledger);
    const strict = ctx.strict;
    for (const c of a.claims) {
      if (c.kind !== 'list') continue;
      const l = c.list;
      if (l.total.amount) {
        const parts = l.parts.filter((p) => p.amount);
        if (parts.length === 0) continue;
        const sum = sumAll(parts.map((p) => amountInterval(a, p.amount!)));
        const exactSum = parts.reduce((v, p) => v.plus(p.amount!.yuan), ZERO);
        const total = amountInterval(a, l.total.amount);
        const t = l.total.amount;
        const relation = listRelation(a, c);
        const bad = relation === 'eq' ? (strict ? !exactSum.eq(t.yuan) : !overlaps(sum, total)) : strict ? exactSum.gt(t.yuan) : sum.lo.gt(total.hi);
        if (!bad) continue;
        ctx.report(
          atClaim(c, {
            messageId: relation === 'eq' ? 'sum' : 'exceeds',
            data: { total: l.total.label, parts: parts.map((p) => `${p.label} ${p.amount!.raw}${p.amount!.unit === t.unit ? '' : ` ${p.amount!.unit}`}`).join(' + '), family: l.family ?? '' },
            expected: formatMoney(exactSum, t.scale, t.decimals),
            actual: formatMoney(t.yuan, t.scale, t.decimals),
            difference: formatMoney(t.yuan.minus(exactSum), t.scale, t.decimals),
            unit: unitLabel(t.scale),
          }),
        );
      } else if (l.total.count !== undefined) {
        const parts = l.parts.filter((p) => p.count !== undefined);
        const s = parts.reduce((v, p) => v + (p.count ?? 0), 0);
        const bad = l.relation === 'eq' ? s !== l.total.count : s > l.total.count;
        if (!bad) continue;
        ctx.report(
          atClaim(c, {
            messageId: l.relation === 'eq' ? 'sum' : 'exceeds',
            data: { total: l.total.label, parts: parts.map((p) => `${p.label} ${p.count}`).join(' + '), family: l.family ?? '' },
            expected: String(s),
            actual: String(l.total.count),
            difference: String(l.total.count - s),
          }),
        );
      }
    }
  },
});
