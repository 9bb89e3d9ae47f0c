/**
 * The rounding model (docs/rounding.md): a printed amount with d decimals stands for every true value in
 * [v − ½·10⁻ᵈ, v + ½·10⁻ᵈ]. A relation between printed figures is broken only when no choice of true
 * values satisfies it: for a sum, when |stated − Σ parts| exceeds the sum of the half-widths.
 * This is XBRL Calculations 1.1 "round-to-nearest" consistency.
 */
import { Decimal, ZERO } from '../decimal.js';
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

/** Whether an amount is zero, read from its integer units when it has them. */
export function isZeroAmount(a: Amount): boolean {
  return a.units !== undefined ? a.units === 0 : a.value.isZero();
}

/**
 * A sum of amounts kept on their integer units, at the most decimals seen so far: exact while `ok`.
 * It stops being ok at a figure without units, at another scale, or beyond the safe integers.
 */
export class ExactSum {
  ok = true;
  private units = 0;
  private decimals = 0;
  private scale = 0;

  add(a: Amount, sign: 1 | -1 = 1): void {
    if (!this.ok || a.units === 0) return;
    if (a.units === undefined || (this.scale !== 0 && a.scale !== this.scale)) {
      this.ok = false;
      return;
    }
    this.scale = a.scale;
    let units = a.units;
    if (a.decimals > this.decimals) {
      this.units *= 10 ** (a.decimals - this.decimals);
      this.decimals = a.decimals;
    } else units *= 10 ** (this.decimals - a.decimals);
    const before = this.units;
    this.units = sign === -1 ? before - units : before + units;
    this.ok = Number.isSafeInteger(before) && Number.isSafeInteger(units) && Number.isSafeInteger(this.units);
  }

  /** The sum as an amount's units (see Amount.units) at the given decimals and scale, when it is exact. */
  unitsAt(decimals: number, scale: number): number | undefined {
    if (!this.ok) return undefined;
    if (this.units === 0) return 0;
    if (scale !== this.scale || decimals < this.decimals) return undefined;
    const units = this.units * 10 ** (decimals - this.decimals);
    return Number.isSafeInteger(units) ? units : undefined;
  }

  /** The sign of amount − sum (−1, 0 or 1) when it is known exactly. */
  compare(a: Amount): number | undefined {
    if (!this.ok || a.units === undefined) return undefined;
    if (a.units === 0) return this.units === 0 ? 0 : this.units > 0 ? -1 : 1;
    if (this.units === 0) return a.units > 0 ? 1 : -1;
    if (a.scale !== this.scale) return undefined;
    const mine = this.units * 10 ** Math.max(0, a.decimals - this.decimals);
    const theirs = a.units * 10 ** Math.max(0, this.decimals - a.decimals);
    if (!Number.isSafeInteger(mine) || !Number.isSafeInteger(theirs)) return undefined;
    return theirs === mine ? 0 : theirs > mine ? 1 : -1;
  }

  /** Whether `stated (relation) sum` is known to hold exactly: judge would find nothing to report. */
  holds(stated: Amount, relation: Relation = 'eq'): boolean {
    const sign = this.compare(stated);
    return sign === 0 || (sign !== undefined && (relation === 'le' ? sign < 0 : relation === 'ge' ? sign > 0 : false));
  }
}

/** Whether `stated (relation) Σ terms` holds exactly, decided on integer units; false when it does not or cannot be decided so (judge then decides). */
export function holdsExactly(stated: Amount, terms: Signed[], relation: Relation = 'eq'): boolean {
  const sum = new ExactSum();
  for (const t of terms) sum.add(t.amount, t.sign);
  return sum.holds(stated, relation);
}

/** Judge `stated (relation) Σ terms` under the rounding model; `strict` allows no difference at all. */
export function judge(stated: Amount, terms: Signed[], relation: Relation = 'eq', strict = false): Verdict {
  let computed = ZERO;
  for (const t of terms) {
    // Most printed parts are zeros (blank cells): adding them changes nothing.
    if (isZeroAmount(t.amount)) continue;
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

// Interval arithmetic: a printed figure stands for an interval; a relation between figures is
// contradicted only when the intervals allow no choice of true values that satisfies it.

export interface Interval {
  lo: Decimal;
  hi: Decimal;
}

export function around(value: Decimal, half: Decimal): Interval {
  return { lo: value.minus(half), hi: value.plus(half) };
}

export function exact(value: Decimal): Interval {
  return { lo: value, hi: value };
}

export function add(a: Interval, b: Interval): Interval {
  return { lo: a.lo.plus(b.lo), hi: a.hi.plus(b.hi) };
}

export function sub(a: Interval, b: Interval): Interval {
  return { lo: a.lo.minus(b.hi), hi: a.hi.minus(b.lo) };
}

export function sumAll(items: Interval[]): Interval {
  return items.reduce(add, exact(ZERO));
}

/** Clamp to non-negative values (a printed magnitude cannot be below zero). */
export function nonNegative(a: Interval): Interval {
  return { lo: Decimal.max(a.lo, ZERO), hi: Decimal.max(a.hi, ZERO) };
}

export function overlaps(a: Interval, b: Interval): boolean {
  return a.lo.lte(b.hi) && b.lo.lte(a.hi);
}

export function contains(a: Interval, v: Decimal): boolean {
  return a.lo.lte(v) && v.lte(a.hi);
}

/**
 * 100 × num / den as an interval; null when the denominator may be zero or negative (the ratio is
 * then unbounded and nothing can be decided from it).
 */
export function percentRatio(num: Interval, den: Interval): Interval | null {
  if (den.lo.lte(0)) return null;
  // Over a positive denominator the quotient is least at num.lo (over den.hi when num.lo ≥ 0, else
  // over den.lo) and greatest at num.hi (over den.lo when num.hi ≥ 0, else over den.hi).
  const lo = num.lo.div(num.lo.gte(0) ? den.hi : den.lo);
  const hi = num.hi.div(num.hi.gte(0) ? den.lo : den.hi);
  return { lo: lo.times(100), hi: hi.times(100) };
}

/** A figure's value as exact integer units: value in 元 = units × scale ÷ 10^decimals. */
export interface Units {
  readonly units?: number;
  readonly scale: number;
  readonly decimals: number;
}

/**
 * Whether two printed figures have exactly the same value, decided on their integer units without
 * Decimal arithmetic; undefined when it cannot be decided so (a figure without units, or products
 * beyond the safe integers): the caller then compares their Decimals.
 */
export function sameUnits(x: Units, y: Units): boolean | undefined {
  if (x.units === undefined || y.units === undefined) return undefined;
  if (x.units === 0 || y.units === 0) return x.units === y.units;
  const d = Math.max(x.decimals, y.decimals);
  const a = x.units * x.scale * 10 ** (d - x.decimals);
  const b = y.units * y.scale * 10 ** (d - y.decimals);
  return Number.isSafeInteger(a) && Number.isSafeInteger(b) ? a === b : undefined;
}
