import { describe } from '../../ledger/figures.js';
import { formatMoney, unitLabel } from '../../ledger/money.js';
import { around, contains, overlaps, sameUnits } from '../../ledger/rounding.js';
import type { KeyedFigure } from '../../ledger/figures.js';
import { otherPrintings } from '../../ledger/keys.js';
import type { Amount } from '../../ledger/model.js';
import type { StatedAmount } from '../../narrative/claims.js';
import { amountInterval, quantityOfFigure } from '../../narrative/analysis.js';
import { analyseClaims } from '../../narrative/analysis.js';
import { defineRule } from '../types.js';
import { atClaim } from './at-claim.js';

/**
 * Whether a stated amount restates a printed figure: the one is the other rounded to its own precision
 * (the table's 62.075 as "62.08", its 62.08 as "62.1"). A restatement printed to the same precision as its
 * figure is therefore the figure itself: "62.07" for a printed 62.08 is a slip, though the two intervals touch.
 * A figure the tables do not print (a sum of their cells) is right anywhere within its rounding.
 */
export function restates(stated: StatedAmount, f: KeyedFigure, statedInterval: ReturnType<typeof around>, tableInterval: ReturnType<typeof around>): boolean {
  if (f.derived) return overlaps(statedInterval, tableInterval);
  return stated.half.gte(f.amount.half) ? contains(statedInterval, f.amount.value) : contains(tableInterval, stated.yuan);
}

/** Whether a stated amount is a printed amount rounded, or the other way round. */
function restatesAmount(stated: StatedAmount, o: Amount): boolean {
  return stated.half.gte(o.half) ? contains(around(stated.yuan, stated.half), o.value) : contains(around(o.value, o.half), stated.yuan);
}

export default defineRule({
  id: 'NC001',
  name: 'claim-amount',
  severity: 'error',
  requires: [],
  needsNarrative: true,
  doc: {
    what: "A narrative amount differs from the table figure its subject names, the one not the other rounded to its precision (机关运行经费 other than the 公用经费: a warning, docs/checks.md B9).",
    why: "The narrative restates the tables; an amount that matches no table (a figure copied from the line above, a stale draft) misleads every reader of the 情况说明.",
    bad: "一般公共服务支出（类）449.76 万元 (表5: 201 合计 449.67)",
    good: "一般公共服务支出（类）449.67 万元",
  },
  messages: {
    differs: "{subject} is stated as {actual} {unit}; the table says {expected} {unit} ({figure})",
    operatingCost: "{subject} is stated as {actual} {unit}; the 公用经费 is {expected} {unit} ({figure}): the two are equal only for a 行政单位, so a warning, not an error",
  },
  check(ctx) {
    const a = analyseClaims(ctx.ledger);
    for (const c of a.claims) {
      const f = a.figures.get(c.id);
      if (c.kind !== 'amount' || !f) continue;
      // Most amounts are the figure exactly: decided on integers.
      if (sameUnits(c.amount, f.amount) === true) continue;
      const stated = amountInterval(a, c.amount);
      const table = quantityOfFigure(a, f).interval;
      // Not the figure itself, rounded: unless another table prints the same figure as stated (tables that
      // differ within rounding: the text may follow either).
      const differs = ctx.strict
        ? !c.amount.yuan.eq(f.amount.value)
        : !restates(c.amount, f, stated, table) && (!overlaps(stated, table) || !otherPrintings(ctx.ledger, f.place).some((o) => restatesAmount(c.amount, o)));
      if (!differs) continue;
      const scale = c.amount.scale;
      const decimals = Math.max(c.amount.decimals, 2);
      const operating = a.operatingCost.has(c.id);
      ctx.report(
        atClaim(c, {
          messageId: operating ? 'operatingCost' : 'differs',
          severity: operating ? 'warning' : undefined,
          data: { subject: c.subject || c.project || '(no subject)', figure: describe(f) },
          expected: formatMoney(f.amount.value, scale, decimals),
          actual: formatMoney(c.amount.yuan, scale, decimals),
          difference: formatMoney(c.amount.yuan.minus(f.amount.value), scale, decimals),
          unit: unitLabel(scale),
          against: describe(f),
        }),
      );
    }
  },
});
