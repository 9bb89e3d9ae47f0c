/**
 * Printed amounts (src/load/amount.ts): what a cell says, read exactly — its value in 元, its integer units,
 * its decimals and the half-width of its rounding — and what is not an amount at all.
 */
import { describe, expect, it } from 'vitest';
import { Decimal } from '../src/decimal.js';
import { MAX_FIGURE_DIGITS, figureDigits, parseNumber, toAmount } from '../src/load/amount.js';
import { formatAmount, formatDifference } from '../src/ledger/money.js';

/** What a printed amount is read as: value in 元, units, decimals, half-width in 元. */
function read(raw: string, scale = 10000, defaultDecimals = 2) {
  const a = toAmount(raw, scale, defaultDecimals);
  return a && { value: a.value.toString(), units: a.units, decimals: a.decimals, half: a.half.toString(), scale: a.scale, raw: a.raw };
}

describe('toAmount', () => {
  it.each([
    // raw, scale, value in 元, units, decimals, half-width in 元
    ['617.53', 10000, '6175300', 61753, 2, '50'],
    ['10.00', 10000, '100000', 1000, 2, '50'],
    ['4.0', 10000, '40000', 40, 1, '500'],
    ['40', 10000, '400000', 40, 0, '5000'],
    ['0.05', 10000, '500', 5, 2, '50'],
    ['6,175,300.00', 1, '6175300', 617530000, 2, '0.005'],
    ['1,000', 1, '1000', 1000, 0, '0.5'],
    ['4.40', 1000, '4400', 440, 2, '5'],
    ['1.5', 100000000, '150000000', 15, 1, '5000000'],
    ['0.0001', 1, '0.0001', 1, 4, '0.00005'],
    ['-3.10', 10000, '-31000', -310, 2, '50'],
    ['+3.10', 10000, '31000', 310, 2, '50'],
    ['（12.50）', 10000, '-125000', -1250, 2, '50'],
    ['(1,234.00)', 1, '-1234', -123400, 2, '0.005'],
    ['¥4.40', 10000, '44000', 440, 2, '50'],
    ['￥ 1,234.50', 1, '1234.5', 123450, 2, '0.005'],
    ['4.40万元', 10000, '44000', 440, 2, '50'],
    ['44000元', 1, '44000', 44000, 0, '0.5'],
    ['4.40千元', 1000, '4400', 440, 2, '5'],
    ['４．００', 10000, '40000', 400, 2, '50'],
    [' 4.00 ', 10000, '40000', 400, 2, '50'],
    ['100.05', 10000, '1000500', 10005, 2, '50'],
    ['1,000,000.00', 1, '1000000', 100000000, 2, '0.005'],
  ])('reads %s at scale %d', (raw, scale, value, units, decimals, half) => {
    expect(read(raw, scale)).toEqual({ value, units, decimals, half, scale, raw });
  });

  it('reads the zero digits of a figure: "10.00" is ten, "100.05" is not "1.5"', () => {
    expect(read('10.00')?.units).toBe(1000);
    expect(read('10.00')?.value).toBe('100000');
    expect(read('100.05')?.units).toBe(10005);
    expect(read('0.10')?.units).toBe(10);
    expect(read('1,000,000', 1)?.units).toBe(1000000);
  });

  it('a blank cell is an exact zero at the table\'s precision; a printed zero is a rounded figure', () => {
    // "¥ -" is how a spreadsheet's accounting format prints a zero.
    for (const raw of ['', '-', '—', '－', '——', '--', '/', '–', '—-', ' ', '¥ -', '￥-']) {
      expect(read(raw, 10000, 3), JSON.stringify(raw)).toEqual({ value: '0', units: 0, decimals: 3, half: '0', scale: 10000, raw });
    }
    expect(read('0', 10000, 0)).toEqual({ value: '0', units: 0, decimals: 0, half: '5000', scale: 10000, raw: '0' });
    expect(read('0', 10000, 2)).toEqual({ value: '0', units: 0, decimals: 2, half: '50', scale: 10000, raw: '0' });
    expect(read('0.00', 1, 0)).toEqual({ value: '0', units: 0, decimals: 2, half: '0.005', scale: 1, raw: '0.00' });
    expect(read('0.0', 10000)).toEqual({ value: '0', units: 0, decimals: 1, half: '500', scale: 10000, raw: '0.0' });
    expect(read('-0.00', 10000)?.value).toBe('0');
    // A zero printed otherwise than plainly ("０", " 0 ", "¥0") is a printed zero too, not a blank.
    for (const raw of ['０', ' 0 ', '¥0']) expect(read(raw, 10000, 0), raw).toEqual({ value: '0', units: 0, decimals: 0, half: '5000', scale: 10000, raw });
    // A blank in a table of whole numbers.
    expect(read('', 10000, 0)).toEqual({ value: '0', units: 0, decimals: 0, half: '0', scale: 10000, raw: '' });
    expect(read('', 1, 0)).toEqual({ value: '0', units: 0, decimals: 0, half: '0', scale: 1, raw: '' });
    // The same blank is shared at a scale and precision, another at another.
    expect(toAmount('', 10000, 2)).toBe(toAmount('', 10000, 2));
    expect(toAmount('', 10000, 2)).not.toBe(toAmount('', 1, 2));
    expect(toAmount('', 1, 2)!.scale).toBe(1);
  });

  it('keeps the half-width per scale and decimals', () => {
    // Read in turn, so that a cached half-width of one scale or precision cannot stand in for another's.
    expect(read('1.00', 1)?.half).toBe('0.005');
    expect(read('1.00', 10000)?.half).toBe('50');
    expect(read('1.00', 1000)?.half).toBe('5');
    expect(read('1.0', 1)?.half).toBe('0.05');
    expect(read('1.000', 1)?.half).toBe('0.0005');
    expect(read('1.00', 1)?.half).toBe('0.005');
  });

  it('has no integer units for a figure of more than fifteen significant digits; its value stays exact', () => {
    expect(read('123456789012345', 1)?.units).toBe(123456789012345);
    expect(read('1234567890123456', 1)).toMatchObject({ units: undefined, value: '1234567890123456' });
    expect(read('0.0000000000000001', 1)).toMatchObject({ units: 1, decimals: 16 });
    expect(read('1,234,567,890,123.456', 1)).toMatchObject({ units: undefined, value: '1234567890123.456', decimals: 3 });
  });

  it.each([
    // misplaced thousands separators
    '1234,567.00',
    '1,2345.00',
    '12,34.00',
    '1,234,56.00',
    '1,,234.00',
    ',123.00',
    '123,',
    '1,234.5,6',
    '(1234,567.00)',
    '¥1234,567.00',
    '1234,567.00万元',
    '１２３４，５６７．００',
    '1.234,00',
    // not a figure
    '271.8.9',
    'abc',
    '1.2E+05',
    '1e3',
    'Infinity',
    'NaN',
    '0x10',
    '--5',
    '((5))',
    '5-',
    '5%',
    '1,234.',
    '.5',
    '万元',
  ])('refuses %s', (raw) => {
    expect(toAmount(raw, 10000)).toBeNull();
    expect(parseNumber(raw)).toBeNull();
  });

  it('refuses a figure in another unit than its table\'s', () => {
    expect(toAmount('4.40万元', 1)).toBeNull();
    expect(toAmount('44000元', 10000)).toBeNull();
    expect(toAmount('4.40千元', 10000)).toBeNull();
    expect(toAmount('4.40亿元', 10000)).toBeNull();
  });

  it('makes the Decimal of a figure from its text when read, once', () => {
    const a = toAmount('1,234.56', 10000)!;
    expect(a.value).toBe(a.value);
    expect(a.value.toString()).toBe('12345600');
    expect(toAmount('（0.00）', 10000)!.value.isZero()).toBe(true);
  });
});

describe('the longest figure read', () => {
  it('figureDigits counts the digits as printed, half- or full-width, leading zeros aside', () => {
    expect(figureDigits('1,234.50')).toBe(6);
    expect(figureDigits('9,876,543.21')).toBe(9);
    expect(figureDigits('0.05')).toBe(1);
    expect(figureDigits('0.00')).toBe(0);
    expect(figureDigits('100.09')).toBe(5);
    // Neither the unit nor the currency sign is a digit.
    expect(figureDigits('4.40万元')).toBe(3);
    expect(figureDigits('¥ 12.00')).toBe(4);
    // Full-width digits ("０"–"９") count as their half-width forms; "￥" and "（" are no digits.
    expect(figureDigits('１２３４．５０')).toBe(6);
    expect(figureDigits('９０')).toBe(2);
    expect(figureDigits('０．０５')).toBe(1);
    expect(figureDigits('（１０．０９）')).toBe(4);
    expect(figureDigits('￥１２')).toBe(2);
    expect(figureDigits('Ａ１')).toBe(1);
    expect(figureDigits('')).toBe(0);
    expect(figureDigits('万元')).toBe(0);
  });

  it(`reads a figure of ${MAX_FIGURE_DIGITS} digits and refuses one of ${MAX_FIGURE_DIGITS + 1}`, () => {
    /** The value in 元 written out in full (a long one's toString is exponential), or null when refused. */
    const yuan = (raw: string, scale = 1, defaultDecimals = 2) => toAmount(raw, scale, defaultDecimals)?.value.toFixed() ?? null;
    const thirty = '1'.repeat(MAX_FIGURE_DIGITS);
    expect(toAmount(thirty, 1)).toMatchObject({ units: undefined, decimals: 0, scale: 1, raw: thirty });
    expect(yuan(thirty)).toBe(thirty);
    expect(yuan(`${thirty}1`)).toBeNull();
    expect(yuan(`9${thirty}`)).toBeNull();
    expect(yuan(`${thirty}.0`)).toBeNull();
    // Leading zeros are no digits of the figure: 35 characters, 30 digits.
    expect(yuan(`00000${thirty}`)).toBe(thirty);
    expect(toAmount(`0.0000${thirty}`, 1)).toMatchObject({ decimals: 34, half: new Decimal('5e-35') });
    expect(yuan(`0.0000${thirty}`)).toBe(`0.0000${thirty}`);
    // Zeros after the first digit count: 1 and 30 zeros is 31 digits.
    expect(yuan(`1${'0'.repeat(MAX_FIGURE_DIGITS)}`)).toBeNull();
    expect(yuan(`1${'0'.repeat(MAX_FIGURE_DIGITS - 1)}`)).toBe(`1${'0'.repeat(MAX_FIGURE_DIGITS - 1)}`);
    // Nines are digits like the others; 31 zeros are a zero.
    expect(yuan('9'.repeat(MAX_FIGURE_DIGITS + 1))).toBeNull();
    expect(toAmount('0'.repeat(MAX_FIGURE_DIGITS + 1), 1, 0)).toMatchObject({ units: 0, decimals: 0 });
    // Commas, a unit and a currency sign add characters, not digits.
    const grouped = `100${',000'.repeat(9)}`;
    expect(yuan(grouped)).toBe(`1${'0'.repeat(29)}`);
    expect(yuan(`1,${grouped}`)).toBeNull();
    expect(yuan(`${thirty}万元`, 10000)).toBe(`${thirty}0000`);
    expect(yuan(`${thirty}1万元`, 10000)).toBeNull();
    expect(yuan(`¥ ${thirty}`)).toBe(thirty);
    // Full-width digits count as theirs; a full-width leading zero does not.
    const wide = '１'.repeat(MAX_FIGURE_DIGITS);
    expect(yuan(wide)).toBe(thirty);
    expect(yuan(`００${wide}`)).toBe(thirty);
    expect(yuan(`${wide}０`)).toBeNull();
    expect(yuan(`${wide}９`)).toBeNull();
    expect(yuan(`￥${wide}`)).toBe(thirty);
  });
});

describe('parseNumber', () => {
  it.each([
    ['617.53', '617.53', 2],
    ['6,175,300.00', '6175300', 2],
    ['-3.1', '-3.1', 1],
    ['（12.50）', '-12.5', 2],
    ['¥4.40', '4.4', 2],
    ['4.40万元', '4.4', 2],
    ['0', '0', 0],
    ['100', '100', 0],
  ])('reads %s', (raw, value, decimals) => {
    expect(parseNumber(raw)).toMatchObject({ decimals, blank: false });
    expect(parseNumber(raw)!.value.toString()).toBe(value);
  });

  it('reads a blank cell as a blank zero', () => {
    for (const raw of ['', '-', '—', ' ']) expect(parseNumber(raw)).toEqual({ value: new Decimal(0), decimals: 0, blank: true });
  });
});

describe('formatAmount and formatDifference', () => {
  it('render a value in 元 in the printed unit', () => {
    expect(formatAmount(new Decimal(6175300), 10000)).toBe('617.53');
    expect(formatAmount(new Decimal(6175300), 1)).toBe('6175300.00');
    expect(formatAmount(new Decimal(6175300), 10000, 3)).toBe('617.530');
    expect(formatAmount(new Decimal(-100), 10000)).toBe('-0.01');
    expect(formatAmount(new Decimal(0), 10000, 0)).toBe('0');
  });

  it('formatDifference adds decimals (up to six) until a difference that is not zero shows', () => {
    expect(formatDifference(new Decimal(100), 10000)).toBe('0.01');
    expect(formatDifference(new Decimal(-40), 10000)).toBe('-0.004');
    expect(formatDifference(new Decimal(4), 10000)).toBe('0.0004');
    expect(formatDifference(new Decimal('0.4'), 10000)).toBe('0.00004');
    expect(formatDifference(new Decimal('0.04'), 10000)).toBe('0.000004');
    // Beyond six decimals it stops: the difference prints as zero.
    expect(formatDifference(new Decimal('0.004'), 10000)).toBe('0.000000');
    expect(formatDifference(new Decimal(0), 10000)).toBe('0.00');
    expect(formatDifference(new Decimal('0.004'), 1)).toBe('0.004');
    expect(formatDifference(new Decimal(36000), 10000)).toBe('3.60');
    expect(formatDifference(new Decimal(100), 10000, 3)).toBe('0.010');
    expect(formatDifference(new Decimal(4), 10000, 3)).toBe('0.0004');
  });
});
