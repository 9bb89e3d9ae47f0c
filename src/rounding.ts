/**
 * The rounding model (RULES.md): a printed amount with d decimals stands for every true value in
 * [v − ½·10⁻ᵈ, v + ½·10⁻ᵈ]. A relation between printed figures is broken only when no choice of true
 * values satisfies it: for a sum, when |stated − Σ parts| exceeds the sum of the half-widths.
 * This is XBRL Calculations 1.1 "round-to-nearest" consistency.
 */
import { type Decimal, ZERO } from './decimal.js';
import type { Amount } from './model.js';

export type Relation = 'eq' | 'le' | 'ge';

export interface Verdict {
  /** "exact": no difference; "rounding": a difference the printed precision explains; "broken". */
  verdict: 'exact' | 'rounding' | 'broken';
  computed: Decimal;
  /** stated − computed */
  difference: Decimal;
  tolerance: Decimal;
}

export interface Signed {
  amount: Amount;
  sign?: 1 | -1;
}

export function signed(t: Signed): Decimal {
  return t.sign === -1 ? t.amount.value.negated() : t.amount.value;
}

/** Judge `stated (relation) Σ terms` under the rounding model; `strict` allows no difference at all. */
export function judge(stated: Amount, terms: Signed[], relation: Relation = 'eq', strict = false): Verdict {
  let computed = ZERO;
  for (const t of terms) {
    // Most printed parts are zeros (blank cells): adding them changes nothing.
    if (t.amount.value.isZero()) continue;
    computed = t.sign === -1 ? computed.minus(t.amount.value) : computed.plus(t.amount.value);
  }
  if (stated.value.eq(computed)) return { verdict: 'exact', computed, difference: ZERO, tolerance: ZERO };
  const difference = stated.value.minus(computed);
  let tolerance = ZERO;
  if (!strict) {
    tolerance = stated.half;
    for (const t of terms) tolerance = tolerance.plus(t.amount.half);
  }
  const excess = relation === 'eq' ? difference.abs() : relation === 'le' ? difference : difference.negated();
  if (excess.gt(tolerance)) return { verdict: 'broken', computed, difference, tolerance };
  if (relation === 'eq' && !difference.isZero()) return { verdict: 'rounding', computed, difference, tolerance };
  return { verdict: 'exact', computed, difference, tolerance };
}
