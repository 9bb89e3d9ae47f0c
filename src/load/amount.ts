/** Printed amounts: "6,175,300.00", "617.53", "-", "—", "", "（12.00）", "¥4.40", "4.40万元". */
import { Decimal, ZERO } from '../decimal.js';
import { UNIT_SCALE, type Amount, type MoneyUnit } from '../ledger/model.js';
import { halfWidth as toHalfWidth, squeeze } from '../text.js';

const ZERO_MARKS = new Set(['', '-', '—', '–', '－', '——', '--', '/', '0', '—-']);
const PLAIN = /^[+-]?\d+(\.\d+)?$/;
const GROUPED = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;
const CURRENCY = /[¥￥]/g;
const PARENS = /^\((.*)\)$/;
const COMMAS = /,/g;
/** A unit printed after the figure in its cell ("4.40万元"). */
const UNIT_SUFFIX = /\d(亿元|万元|千元|元)$/;

export interface ParsedNumber {
  value: Decimal;
  decimals: number;
  /** The cell printed no figure ("", "-", "—"): a zero at the table's usual precision. */
  blank: boolean;
}

/** A printed figure reduced to a plain number ("6175300.00") and its sign; blank for "", "-", "—". */
interface Reading {
  plain: string;
  negative: boolean;
  blank: boolean;
  /** The unit printed in the cell, if any. */
  unit?: MoneyUnit;
}

const BLANK_READING: Reading = { plain: '0', negative: false, blank: true };

function read(raw: string): Reading | null {
  if (raw === '') return BLANK_READING;
  if (PLAIN.test(raw)) return { plain: raw, negative: false, blank: false };
  let s = toHalfWidth(squeeze(raw)).replace(CURRENCY, '');
  const suffix = UNIT_SUFFIX.exec(s);
  const unit = suffix ? (suffix[1] as MoneyUnit) : undefined;
  if (unit) s = s.slice(0, -unit.length);
  if (ZERO_MARKS.has(s)) return s === '0' ? { plain: '0', negative: false, blank: false } : BLANK_READING;
  let negative = false;
  const paren = PARENS.exec(s);
  if (paren) {
    negative = true;
    s = paren[1];
  }
  if (!PLAIN.test(s) && !GROUPED.test(s)) return null;
  return { plain: s.replace(COMMAS, ''), negative, blank: false, unit };
}

function decimalsOf(plain: string): number {
  const dot = plain.indexOf('.');
  return dot < 0 ? 0 : plain.length - dot - 1;
}

function valueOf(plain: string, negative: boolean): Decimal {
  if (plain === '0' && !negative) return ZERO;
  const value = new Decimal(plain);
  return negative ? value.negated() : value;
}

/** Parse a printed amount; null when the text is not an amount. */
export function parseNumber(raw: string): ParsedNumber | null {
  const r = read(raw);
  if (!r) return null;
  if (r.blank) return BLANK;
  return { value: valueOf(r.plain, r.negative), decimals: decimalsOf(r.plain), blank: false };
}

const BLANK: ParsedNumber = { value: ZERO, decimals: 0, blank: true };

const halves = new Map<number, Decimal[]>();

/** Half a unit of the last printed decimal, in 元 (cached per scale and decimals: few distinct values occur). */
function halfWidth(decimals: number, scale: number): Decimal {
  let byDecimals = halves.get(scale);
  if (!byDecimals) halves.set(scale, (byDecimals = []));
  return (byDecimals[decimals] ??= new Decimal(10).pow(-decimals).div(2).times(scale));
}

/**
 * The digits of a plain or grouped number as an integer (point and commas ignored), when it is a safe one.
 * `plain` matched PLAIN or GROUPED: besides its digits it holds only a sign, commas and a point, all below "0".
 */
function unitsOf(plain: string, negative: boolean): number | undefined {
  let units = 0;
  let digits = 0;
  for (let i = 0; i < plain.length; i++) {
    const c = plain.charCodeAt(i) - 48;
    if (c < 0) continue;
    units = units * 10 + c;
    if (units !== 0 && ++digits > 15) return undefined;
  }
  return negative !== (plain.charCodeAt(0) === 45) ? -units : units;
}

/**
 * A printed amount. Its Decimal value in 元 is made from the printed text when first read: most
 * cells are only summed and compared, which `units` does exactly.
 */
class PrintedAmount implements Amount {
  constructor(
    readonly raw: string,
    readonly half: Decimal,
    readonly decimals: number,
    readonly scale: number,
    readonly units: number | undefined,
    /** The value, when known without reading (a zero). */
    private decimal: Decimal | undefined,
  ) {}

  get value(): Decimal {
    if (this.decimal === undefined) {
      const r = read(this.raw)!;
      const v = valueOf(r.plain, r.negative);
      this.decimal = v.isZero() ? v : v.times(this.scale);
    }
    return this.decimal;
  }
}

const blanks = new Map<number, Amount[]>();

/**
 * The amount of an empty cell: one per scale and decimals, shared (amounts are not changed). It is
 * an exact zero (half-width 0): a spreadsheet leaves a cell empty, or prints "-", only for a value
 * that is exactly zero, so nothing was rounded and it widens no tolerance. `decimals` is only how
 * it is rendered.
 */
function blankAmount(scale: number, decimals: number): Amount {
  let byDecimals = blanks.get(scale);
  if (!byDecimals) blanks.set(scale, (byDecimals = []));
  return (byDecimals[decimals] ??= new PrintedAmount('', ZERO, decimals, scale, 0, ZERO));
}

/**
 * An amount in 元 with its rounding half-width. `scale` is 元 per printed unit. A blank cell ("",
 * "-", "—") is an exact zero rendered with `defaultDecimals` (the table's usual precision); a
 * printed zero is a rounded figure like any other, "0" at `defaultDecimals` ([−0.5, 0.5] in a
 * table of whole numbers).
 */
export function toAmount(raw: string, scale: number, defaultDecimals = 2): Amount | null {
  if (raw === '') return blankAmount(scale, defaultDecimals);
  if (raw.length > MAX_FIGURE_DIGITS && figureDigits(raw) > MAX_FIGURE_DIGITS) return null;
  // Most cells print a plain or grouped number ("6,175,300.00"): its digits and decimals are read in place.
  const r = PLAIN.test(raw) || GROUPED.test(raw) ? undefined : read(raw);
  // A figure printed in another unit than its table's ("4.40万元" in a table in 元) is no figure of the table.
  if (r === null || (r?.unit !== undefined && UNIT_SCALE[r.unit] !== scale)) return null;
  if (r?.blank) return new PrintedAmount(raw, ZERO, defaultDecimals, scale, 0, ZERO);
  const plain = r ? r.plain : raw;
  const negative = r ? r.negative : false;
  const units = unitsOf(plain, negative);
  const printed = decimalsOf(plain);
  const decimals = units === 0 && printed === 0 ? defaultDecimals : printed;
  return new PrintedAmount(raw, halfWidth(decimals, scale), decimals, scale, units, plain === '0' && !negative ? ZERO : undefined);
}

/**
 * The most digits a printed figure may have (leading zeros aside). No budget comes near it (a
 * world's product in 元 has 15 digits), and the Decimal precision (src/decimal.ts) keeps every sum
 * of such figures exact at any scale, down to the last printed decimal: a longer figure is refused
 * by the loader, with the reason, rather than read with a precision it does not have.
 */
export const MAX_FIGURE_DIGITS = 30;

/** The digits of a figure as printed, leading zeros aside ("1,234.50" has 6): at most the text's length. */
export function figureDigits(raw: string): number {
  let digits = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      if (digits > 0 || c !== 48) digits++;
    } else if (c >= 0xff10 && c <= 0xff19) {
      if (digits > 0 || c !== 0xff10) digits++;
    }
  }
  return digits;
}
