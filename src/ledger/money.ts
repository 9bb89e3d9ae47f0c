/**
 * Money as the reports print it: a value in 元 in the unit a table prints (元, 千元, 万元, 亿元), with
 * the decimals asked for, and the unit's label. One formatter for every rule and claim.
 */
import { Decimal } from '../decimal.js';
import { type MoneyUnit, UNIT_SCALE } from './model.js';

/** The label of the unit a scale prints in (元 per printed unit): 1 → 元, 1000 → 千元, 10000 → 万元. */
export function unitLabel(scale: number): MoneyUnit {
  return (Object.keys(UNIT_SCALE) as MoneyUnit[]).find((u) => UNIT_SCALE[u] === scale) ?? '万元';
}

/** 1/scale for the scales that are powers of ten (all of UNIT_SCALE): multiplying by it is exact and cheaper than dividing. */
const inverses = new Map<number, Decimal | null>();

/** A value in 元 rendered in the unit of `scale` with `decimals` decimals: 6175300 at 10000 → "617.53". */
export function formatAmount(valueYuan: Decimal, scale: number, decimals = 2): string {
  let inverse = inverses.get(scale);
  if (inverse === undefined) inverses.set(scale, (inverse = 10 ** Math.round(Math.log10(scale)) === scale ? new Decimal(1).div(scale) : null));
  return (inverse ? valueYuan.times(inverse) : valueYuan.div(scale)).toFixed(decimals);
}

/** Like formatAmount, with more decimals (up to 6) when a non-zero difference would print as zero. */
export function formatDifference(valueYuan: Decimal, scale: number, decimals = 2): string {
  let d = decimals;
  while (d < 6 && !valueYuan.isZero() && valueYuan.div(scale).toDecimalPlaces(d).isZero()) d++;
  return formatAmount(valueYuan, scale, d);
}

/** A value in 元 in the unit of `scale`, with at least two decimals (as the narrative's figures are printed). */
export function formatMoney(valueYuan: Decimal, scale: number, decimals: number): string {
  return formatAmount(valueYuan, scale, Math.max(2, decimals));
}
