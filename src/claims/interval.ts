/**
 * Interval arithmetic for the rounding model (RULES.md): a printed figure with d decimals stands for
 * every true value within half a unit of its last decimal; a relation is contradicted only when no
 * choice of true values satisfies it. Decimal throughout.
 */
import { Decimal, ZERO } from '../decimal.js';

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

/** The distance between two disjoint intervals (zero when they overlap). */
export function gap(a: Interval, b: Interval): Decimal {
  if (overlaps(a, b)) return ZERO;
  return a.hi.lt(b.lo) ? b.lo.minus(a.hi) : a.lo.minus(b.hi);
}

export function mid(a: Interval): Decimal {
  return a.lo.plus(a.hi).div(2);
}
