/** Printed amounts: "6,175,300.00", "617.53", "-", "—", "", "（12.00）". */
import { Decimal, ZERO } from '../decimal.js';
import type { Amount } from '../model.js';
import { halfWidth as toHalfWidth, squeeze } from './text.js';

const ZERO_MARKS = new Set(['', '-', '—', '–', '－', '——', '--', '/', '0', '—-']);
const PLAIN = /^[+-]?\d+(\.\d+)?$/;
const GROUPED = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;

export interface ParsedNumber {
  value: Decimal;
  decimals: number;
  /** The cell printed no figure ("", "-", "—"): a zero at the table's usual precision. */
  blank: boolean;
}

/** Parse a printed amount; null when the text is not an amount. */
export function parseNumber(raw: string): ParsedNumber | null {
  if (raw === '') return BLANK;
  if (PLAIN.test(raw)) return plainNumber(raw, false);
  let s = toHalfWidth(squeeze(raw)).replace(/[¥￥]/g, '');
  if (ZERO_MARKS.has(s)) return { value: ZERO, decimals: 0, blank: s !== '0' };
  let negative = false;
  const paren = /^\((.*)\)$/.exec(s);
  if (paren) {
    negative = true;
    s = paren[1];
  }
  if (!PLAIN.test(s) && !GROUPED.test(s)) return null;
  return plainNumber(s.replace(/,/g, ''), negative);
}

const BLANK: ParsedNumber = { value: ZERO, decimals: 0, blank: true };

function plainNumber(plain: string, negative: boolean): ParsedNumber {
  const dot = plain.indexOf('.');
  const decimals = dot < 0 ? 0 : plain.length - dot - 1;
  const value = new Decimal(plain);
  return { value: negative ? value.negated() : value, decimals, blank: false };
}

const halves = new Map<number, Decimal[]>();

/** Half a unit of the last printed decimal, in 元 (cached per scale and decimals: few distinct values occur). */
function halfWidth(decimals: number, scale: number): Decimal {
  let byDecimals = halves.get(scale);
  if (!byDecimals) halves.set(scale, (byDecimals = []));
  return (byDecimals[decimals] ??= new Decimal(10).pow(-decimals).div(2).times(scale));
}

/**
 * An amount in 元 with its rounding half-width. `scale` is 元 per printed unit; a blank cell
 * takes `defaultDecimals` (the table's usual precision) for its interval.
 */
export function toAmount(raw: string, scale: number, defaultDecimals = 2): Amount | null {
  const n = parseNumber(raw);
  if (!n) return null;
  const decimals = n.blank || (n.decimals === 0 && n.value.isZero()) ? defaultDecimals : n.decimals;
  return { value: n.value.isZero() ? n.value : n.value.times(scale), half: halfWidth(decimals, scale), decimals, scale, raw };
}

/** Render a value in 元 in a printed unit with the given decimals: 6175300 → "617.53". */
export function formatAmount(valueYuan: Decimal, scale: number, decimals = 2): string {
  return valueYuan.div(scale).toFixed(decimals);
}

/** Like formatAmount, with more decimals (up to 6) when a non-zero difference would print as zero. */
export function formatDifference(valueYuan: Decimal, scale: number, decimals = 2): string {
  let d = decimals;
  while (d < 6 && !valueYuan.isZero() && valueYuan.div(scale).toDecimalPlaces(d).isZero()) d++;
  return formatAmount(valueYuan, scale, d);
}
