/** The one Decimal constructor of the project: money never touches binary floating point. */
import { Decimal as DecimalJs } from 'decimal.js';

/**
 * 64 significant digits: a figure has at most MAX_FIGURE_DIGITS (30, src/load/amount.ts); compared
 * across scales (元 against 亿元: 8 more) and summed over a table's rows (5 more), 43 digits are the
 * most a sum needs to stay exact to its last decimal. (At 40, a 0.01 difference in figures of 38
 * digits was rounded away.)
 */
export const Decimal = DecimalJs.clone({ precision: 64, rounding: DecimalJs.ROUND_HALF_UP });
export type Decimal = DecimalJs;

export const ZERO = new Decimal(0);

export function sum(values: Iterable<Decimal>): Decimal {
  let total = ZERO;
  for (const v of values) total = total.plus(v);
  return total;
}
