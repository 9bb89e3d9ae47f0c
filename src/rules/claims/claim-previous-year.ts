import type { Decimal } from '../../decimal.js';
import { describe, type Figure, priorPeriod, resolve } from '../../ledger/figures.js';
import { formatMoney, unitLabel } from '../../ledger/money.js';
import { around, overlaps, percentRatio } from '../../ledger/rounding.js';
import { type ClaimAnalysis, current, quantityOfFigure, yoyNumbers } from '../../narrative/analysis.js';
import type { Claim } from '../../narrative/claims.js';
import type { RuleContext } from '../types.js';
import { analyseClaims } from '../../narrative/analysis.js';
import { defineRule } from '../types.js';
import { atClaim } from './at-claim.js';

const subjectOf = (c: Claim): string => c.subject || c.project || '(no subject)';

/** Each claim's implied prior-year figure against last year's, as `lookup` finds it. */
function checkPriorFigures(ctx: RuleContext<'previous' | 'priorColumn'>, a: ClaimAnalysis, lookup: (key: string) => Figure | undefined, messageId: 'previous' | 'priorColumn'): void {
  for (const c of a.claims) {
    if (c.kind !== 'yoy') continue;
    const y = c.yoy;
    const key = a.keys.get(c.id);
    if (!key || !a.figures.has(c.id)) continue;
    if (y.baseKind === 'final' || y.baseKind === 'execution') continue;
    if (y.baseYear !== undefined && a.year !== undefined && y.baseYear !== a.year - 1) continue;
    const last = lookup(key);
    if (!last) continue;
    const lastQ = quantityOfFigure(a, last as Parameters<typeof quantityOfFigure>[1]);
    const n = yoyNumbers(a, c);
    let differs: boolean;
    let implied: Decimal;
    let scale = n?.current.scale ?? last.amount.scale;
    if (n) {
      implied = n.priorValue;
      differs = ctx.strict ? !implied.eq(last.amount.value) : !overlaps(n.prior, lastQ.interval);
    } else if (y.percent && y.percentDirection) {
      // Percent only: the stated percent against (current − last) / last.
      const cur = current(a, c);
      if (!cur || last.amount.value.lte(0)) continue;
      const change = y.percentDirection === 'up' ? cur.interval : lastQ.interval;
      const diff = y.percentDirection === 'up' ? { lo: change.lo.minus(lastQ.interval.hi), hi: change.hi.minus(lastQ.interval.lo) } : { lo: lastQ.interval.lo.minus(cur.interval.hi), hi: lastQ.interval.hi.minus(cur.interval.lo) };
      const ratio = percentRatio(diff, lastQ.interval);
      if (!ratio) continue;
      differs = !overlaps(ratio, around(y.percent.value, y.percent.half));
      // The prior the percent implies: current ÷ (1 ± percent). A fall of 100% or more implies none (the
      // current would be zero or less): not reported here.
      const base = y.percentDirection === 'up' ? y.percent.value.plus(100) : y.percent.value.neg().plus(100);
      if (base.lte(0)) continue;
      implied = cur.value.times(100).div(base);
      scale = cur.scale;
    } else continue;
    if (!differs) continue;
    ctx.report(
      atClaim(c, {
        messageId,
        data: { subject: subjectOf(c), figure: describe(last), implied: `${formatMoney(implied, scale, 2)} ${unitLabel(scale)}` },
        expected: formatMoney(last.amount.value, scale, 2),
        actual: formatMoney(implied, scale, 2),
        difference: formatMoney(implied.minus(last.amount.value), scale, 2),
        unit: unitLabel(scale),
        against: `${messageId === 'previous' ? 'last year' : 'prior-year column'}: ${describe(last)}`,
      }),
    );
  }
}

export default defineRule({
  id: 'NC013',
  name: 'claim-previous-year',
  severity: 'error',
  requires: [],
  needsNarrative: true,
  doc: {
    what: "A claim's implied prior-year figure differs from last year's table: last year's package (--previous), or a prior-year column of this year's tables (上年预算数).",
    why: "\"比上年预算减少 25.16 万元\" says what last year's budget was; last year's published tables can confirm it.",
    bad: "一般公共预算 485.54 万元，比上年预算减少 25.16 万元 (last year's 一般公共预算 520.70)",
    good: "一般公共预算 485.54 万元，比上年预算减少 25.16 万元 (last year's 一般公共预算 510.70)",
  },
  messages: {
    previous: "{subject}: the claim implies last year's figure was {implied}; last year's table says {expected} {unit} ({figure})",
    priorColumn: "{subject}: the claim implies last year's figure was {implied}; this year's table prints {expected} {unit} for last year ({figure})",
  },
  check(ctx) {
    const a = analyseClaims(ctx.ledger);
    // This year's tables' prior-year columns ("上年预算数"), then last year's package (--previous).
    checkPriorFigures(ctx, a, (key) => resolve(a.ledger, key, priorPeriod(a.year)), 'priorColumn');
    const previous = ctx.previous;
    if (previous) checkPriorFigures(ctx, a, (key) => resolve(previous, key), 'previous');
  },
});
