/**
 * The integer fast path (ExactSum, holdsExactly) against the rounding model (judge), which decides on
 * Decimal values made from the printed text. Most checks return early when the fast path says "holds",
 * so it must never say so where the model would report something.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../src/decimal.js';
import { toAmount } from '../src/load/amount.js';
import type { Amount } from '../src/ledger/model.js';
import { ExactSum, holdsExactly, isZeroAmount, judge, sameUnits, signed, type Relation, type Signed } from '../src/ledger/rounding.js';

const RUNS = { numRuns: 1000, seed: 20261205 };

/** 元, 千元, 万元: the scales tables print in. */
const SCALES = [1, 1000, 10000] as const;

const amount = (raw: string, scale = 10000, defaultDecimals = 2): Amount => {
  const a = toAmount(raw, scale, defaultDecimals);
  if (!a) throw new Error(`not an amount: ${raw}`);
  return a;
};

/** A printed figure: digits with 0–4 decimals (a zero now and then), or a blank cell. */
const printedFigure = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(fc.bigInt({ min: 0n, max: 10n ** 9n }), fc.integer({ min: 0, max: 4 }), fc.boolean()) },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom(0n, 10n, 100n, 1000n, 1n), fc.integer({ min: 0, max: 4 }), fc.boolean()) },
  { weight: 1, arbitrary: fc.constantFrom('', '-', '—', '0', '0.00', '-0.00') },
).map((x) => {
  if (typeof x === 'string') return x;
  const [n, d, negative] = x;
  const digits = n.toString().padStart(d + 1, '0');
  const int = digits.slice(0, digits.length - d);
  return `${negative && n !== 0n ? '-' : ''}${int}${d ? `.${digits.slice(digits.length - d)}` : ''}`;
});

/** Terms at one scale (theirs), or at mixed scales (元 beside 万元). */
const termsAt = fc
  .tuple(
    fc.array(fc.tuple(printedFigure, fc.constantFrom<1 | -1>(1, 1, -1), fc.constantFrom(...SCALES)), { minLength: 0, maxLength: 6 }),
    fc.constantFrom(...SCALES),
    fc.boolean(),
  )
  .map(([list, scale, mixed]) => ({ scale, terms: list.map(([raw, sign, own]): Signed => ({ amount: amount(raw, mixed ? own : scale), sign })) }));

const termsArb = termsAt.map((x) => x.terms);

const relationArb = fc.constantFrom<Relation>('eq', 'le', 'ge');

const sumOf = (terms: Signed[]) => terms.reduce((s, t) => s.plus(signed(t)), new Decimal(0));

/** The printed text of a value in 元 at a scale with `decimals` decimals, when it is exactly printable so. */
function printable(valueYuan: Decimal, scale: number, decimals: number): string | undefined {
  const v = valueYuan.div(scale);
  return v.decimalPlaces() <= decimals ? v.toFixed(decimals) : undefined;
}

/**
 * Where the stated figure lies: the sum itself, exactly at the tolerance either way, one unit of its last
 * decimal beyond it, or anywhere.
 */
type Offset = 'sum' | 'at-tolerance' | 'one-over' | 'random';

const statedCase = fc.record({
  terms: termsAt,
  relation: relationArb,
  offset: fc.constantFrom<Offset>('sum', 'sum', 'at-tolerance', 'one-over', 'random'),
  direction: fc.constantFrom(1, -1),
  /** The stated figure's scale: mostly the terms'. */
  scale: fc.option(fc.constantFrom(...SCALES), { freq: 3 }),
  decimals: fc.integer({ min: 0, max: 4 }),
  random: printedFigure,
});

type StatedCase = typeof statedCase extends fc.Arbitrary<infer T> ? T : never;

/** The stated amount of a case, or undefined when its offset cannot be printed at its scale and decimals. */
function statedOf(c: StatedCase): Amount | undefined {
  const terms = c.terms.terms;
  const scale = c.scale ?? c.terms.scale;
  const sum = sumOf(terms);
  if (c.offset === 'random') return amount(c.random, scale);
  // The stated figure's own half-width counts in the tolerance: try its decimals from c.decimals up.
  for (let d = c.decimals; d <= 6; d++) {
    const half = new Decimal(10).pow(-d).div(2).times(scale);
    const tolerance = terms.reduce((s, t) => s.plus(t.amount.half), half);
    const step = new Decimal(10).pow(-d).times(scale);
    const offset = c.offset === 'sum' ? new Decimal(0) : c.offset === 'at-tolerance' ? tolerance : tolerance.plus(step);
    const raw = printable(sum.plus(offset.times(c.direction)), scale, d);
    if (raw !== undefined) return amount(raw, scale, d);
  }
  return undefined;
}

describe('the integer fast path agrees with the rounding model', () => {
  it('whenever holdsExactly says "holds", judge says "exact"; at the tolerance judge reports nothing, one step over it reports', () => {
    const seen = { cases: 0, holds: 0, atTolerance: 0, oneOver: 0, mixed: 0, zeroSum: 0, subtractive: 0 };
    fc.assert(
      fc.property(statedCase, (c) => {
        const stated = statedOf(c);
        if (!stated) return;
        const terms = c.terms.terms;
        seen.cases++;
        const verdict = judge(stated, terms, c.relation);
        if (holdsExactly(stated, terms, c.relation)) {
          seen.holds++;
          expect(verdict.verdict).toBe('exact');
          if (c.relation === 'eq') expect(verdict.difference.isZero()).toBe(true);
        }
        if (new Set([stated, ...terms.map((t) => t.amount)].filter((a) => !isZeroAmount(a)).map((a) => a.scale)).size > 1) seen.mixed++;
        if (sumOf(terms).isZero()) seen.zeroSum++;
        if (terms.some((t) => t.sign === -1 && !isZeroAmount(t.amount))) seen.subtractive++;
        // A difference of exactly the tolerance is explained by rounding; one printed step more is not.
        // Under le (ge) only a stated figure above (below) the sum can break the relation.
        const breaks = c.relation === 'eq' || (c.relation === 'le' ? c.direction === 1 : c.direction === -1);
        if (c.offset === 'at-tolerance') {
          seen.atTolerance++;
          expect(verdict.verdict).not.toBe('broken');
        }
        if (c.offset === 'one-over') {
          seen.oneOver++;
          expect(verdict.verdict).toBe(breaks ? 'broken' : 'exact');
        }
      }),
      RUNS,
    );
    // The assertions ran on a meaningful share of the inputs (about 730 cases, 260 that hold exactly, 80 at the
    // tolerance and 80 one step over it, 370 mixed scales, 120 zero sums, 380 with a subtractive term).
    expect(seen.cases).toBeGreaterThan(0.6 * RUNS.numRuns);
    expect(seen.holds).toBeGreaterThan(0.2 * RUNS.numRuns);
    for (const k of ['atTolerance', 'oneOver', 'mixed', 'zeroSum', 'subtractive'] as const) expect(seen[k], k).toBeGreaterThan(0.05 * RUNS.numRuns);
  });

  it('ExactSum.compare gives the sign of stated − Σ terms whenever it answers', () => {
    let answered = 0;
    fc.assert(
      fc.property(termsArb, printedFigure, fc.constantFrom(...SCALES), (terms, raw, scale) => {
        const sum = new ExactSum();
        for (const t of terms) sum.add(t.amount, t.sign);
        const stated = amount(raw, scale);
        const sign = sum.compare(stated);
        if (sign === undefined) return;
        answered++;
        expect(sign).toBe(stated.value.minus(sumOf(terms)).comparedTo(0));
      }),
      RUNS,
    );
    expect(answered).toBeGreaterThan(0.3 * RUNS.numRuns);
  });

  it('ExactSum.unitsAt gives the sum in the units of an amount at that scale and decimals, when it answers', () => {
    let answered = 0;
    fc.assert(
      fc.property(termsArb, fc.integer({ min: 0, max: 6 }), fc.constantFrom(...SCALES), (terms, decimals, scale) => {
        const sum = new ExactSum();
        for (const t of terms) sum.add(t.amount, t.sign);
        const units = sum.unitsAt(decimals, scale);
        if (units === undefined) return;
        answered++;
        expect(new Decimal(units).times(scale).div(new Decimal(10).pow(decimals)).toString()).toBe(sumOf(terms).toString());
      }),
      RUNS,
    );
    expect(answered).toBeGreaterThan(0.1 * RUNS.numRuns);
  });
});

describe('ExactSum and holdsExactly on the cases that matter', () => {
  const t = (raw: string, scale = 10000, sign: 1 | -1 = 1): Signed => ({ amount: amount(raw, scale), sign });

  it('adds on integer units at the most decimals seen: "10.00" is ten, not one', () => {
    const sum = new ExactSum();
    sum.add(amount('10.00'));
    sum.add(amount('4.0'));
    expect(sum.unitsAt(2, 10000)).toBe(1400);
    expect(sum.compare(amount('14'))).toBe(0);
    expect(sum.compare(amount('1.40'))).toBe(-1);
    expect(holdsExactly(amount('14.00'), [t('10.00'), t('4.0')])).toBe(true);
    expect(holdsExactly(amount('1.40'), [t('10.00'), t('4.0')])).toBe(false);
    expect(holdsExactly(amount('40.00'), [t('10.00'), t('4.00')])).toBe(false);
  });

  it('subtracts a term of sign −1', () => {
    const sum = new ExactSum();
    sum.add(amount('31.87'));
    sum.add(amount('1.00'), -1);
    expect(sum.unitsAt(2, 10000)).toBe(3087);
    expect(holdsExactly(amount('30.87'), [t('31.87'), t('1.00', 10000, -1)])).toBe(true);
    expect(holdsExactly(amount('32.87'), [t('31.87'), t('1.00', 10000, -1)])).toBe(false);
    expect(judge(amount('32.87'), [t('31.87'), t('1.00', 10000, -1)]).computed.toString()).toBe('308700');
  });

  it('gives up on 元 and 万元 mixed, unless a side is zero', () => {
    const sum = new ExactSum();
    sum.add(amount('1.00', 10000));
    sum.add(amount('10000.00', 1));
    expect(sum.ok).toBe(false);
    expect(sum.compare(amount('2.00'))).toBeUndefined();
    expect(sum.unitsAt(2, 10000)).toBeUndefined();
    // 1.00 万元 + 10000.00 元 is 2.00 万元: the fast path must not call 1.00 + 10000.00 = 10001.00 a match.
    expect(holdsExactly(amount('10001.00', 10000), [t('1.00', 10000), t('10000.00', 1)])).toBe(false);
    expect(holdsExactly(amount('2.00', 10000), [t('1.00', 10000), t('10000.00', 1)])).toBe(false);
    expect(judge(amount('2.00', 10000), [t('1.00', 10000), t('10000.00', 1)]).verdict).toBe('exact');
    // A stated figure at another scale than the sum: no answer, unless one of them is zero.
    const yuan = new ExactSum();
    yuan.add(amount('100.00', 1));
    expect(yuan.compare(amount('0.01', 10000))).toBeUndefined();
    expect(yuan.compare(amount('0.00', 10000))).toBe(-1);
    expect(new ExactSum().compare(amount('0.01', 10000))).toBe(1);
    expect(new ExactSum().compare(amount('-0.01', 10000))).toBe(-1);
    // Zeros at another scale change nothing.
    const zeros = new ExactSum();
    zeros.add(amount('0.00', 1));
    zeros.add(amount('5.00', 10000));
    zeros.add(amount('', 1));
    expect(zeros.ok).toBe(true);
    expect(zeros.unitsAt(2, 10000)).toBe(500);
    expect(zeros.unitsAt(2, 1)).toBeUndefined();
    expect(zeros.unitsAt(1, 10000)).toBeUndefined();
    expect(zeros.unitsAt(3, 10000)).toBe(5000);
  });

  it('a zero sum: a positive stated figure is not ≤ it, a negative one is', () => {
    expect(holdsExactly(amount('0.01'), [t(''), t('-')], 'le')).toBe(false);
    expect(holdsExactly(amount('0.01'), [], 'le')).toBe(false);
    expect(holdsExactly(amount('-0.01'), [t('')], 'le')).toBe(true);
    expect(holdsExactly(amount('0.01'), [t('')], 'ge')).toBe(true);
    expect(holdsExactly(amount('-0.01'), [t('')], 'ge')).toBe(false);
    expect(holdsExactly(amount(''), [t(''), t('0.00')], 'eq')).toBe(true);
    expect(holdsExactly(amount('0.00'), [t('0.01')], 'eq')).toBe(false);
    expect(holdsExactly(amount('0.00'), [t('0.01')], 'le')).toBe(true);
    expect(holdsExactly(amount('0.00'), [t('0.01')], 'ge')).toBe(false);
    expect(holdsExactly(amount('0.00'), [t('0.01', 10000, -1)], 'ge')).toBe(true);
    expect(judge(amount('0.01'), [t('')], 'le').verdict).toBe('broken');
  });

  it('le and ge hold exactly only on their side', () => {
    expect(holdsExactly(amount('4.00'), [t('4.40')], 'le')).toBe(true);
    expect(holdsExactly(amount('4.40'), [t('4.00')], 'le')).toBe(false);
    expect(holdsExactly(amount('4.40'), [t('4.00')], 'ge')).toBe(true);
    expect(holdsExactly(amount('4.00'), [t('4.40')], 'ge')).toBe(false);
    expect(holdsExactly(amount('4.00'), [t('4.40')], 'eq')).toBe(false);
    expect(holdsExactly(amount('4.00'), [t('4.00')], 'le')).toBe(true);
    expect(holdsExactly(amount('4.00'), [t('4.00')], 'ge')).toBe(true);
  });

  it('gives up beyond the safe integers', () => {
    const big = new ExactSum();
    big.add(amount('9007199254740.99', 1));
    big.add(amount('9007199254740.99', 1));
    expect(big.ok).toBe(true);
    big.add(amount('0.001', 1));
    expect(big.ok).toBe(false);
    expect(big.compare(amount('0.00', 1))).toBeUndefined();
    const wide = new ExactSum();
    wide.add(amount('1.00', 1));
    expect(wide.unitsAt(20, 1)).toBeUndefined();
    const large = new ExactSum();
    large.add(amount('9007199254740.99', 1));
    expect(large.compare(amount('0.0001', 1))).toBeUndefined();
    // A figure of 16 significant digits has no integer units: the sum stops being exact, and no sum compares with it.
    const long = new ExactSum();
    long.add(amount('1234567890123456', 1));
    expect(long.ok).toBe(false);
    expect(new ExactSum().compare(amount('1234567890123456', 1))).toBeUndefined();
    // Safe terms whose sum is not safe: ten figures of fifteen digits.
    const many = new ExactSum();
    for (let i = 0; i < 9; i++) many.add(amount('999999999999999', 1));
    expect(many.ok).toBe(true);
    expect(many.unitsAt(0, 1)).toBe(8999999999999991);
    many.add(amount('999999999999999', 1));
    expect(many.ok).toBe(false);
    // A term scaled to the sum's decimals beyond the safe integers, though the sum so far is safe.
    const scaled = new ExactSum();
    scaled.add(amount('0.0001', 1));
    scaled.add(amount('999999999999999', 1));
    expect(scaled.ok).toBe(false);
    expect(scaled.compare(amount('999999999999999.0001', 1))).toBeUndefined();
    // The sum scaled to a term's decimals passes the safe integers (9.5e15), though the term brings it back
    // below them (8.6e15): the sum gives up, and judge decides.
    const back = new ExactSum();
    back.add(amount('950000000000000', 1));
    back.add(amount('90000000000000.0', 1), -1);
    expect(back.ok).toBe(false);
    expect(back.compare(amount('860000000000000.0', 1))).toBeUndefined();
    expect(holdsExactly(amount('860000000000000.0', 1), [t('950000000000000', 1), t('90000000000000.0', 1, -1)])).toBe(false);
    expect(judge(amount('860000000000000.0', 1), [t('950000000000000', 1), t('90000000000000.0', 1, -1)], 'eq', true).verdict).toBe('exact');
  });
});

describe('sameUnits', () => {
  const a = (raw: string, scale = 10000, defaultDecimals = 2) => amount(raw, scale, defaultDecimals);

  it('compares two figures on their integer units, across decimals and scales', () => {
    expect(sameUnits(a('1.30'), a('1.3'))).toBe(true);
    expect(sameUnits(a('1.3'), a('1.30'))).toBe(true);
    expect(sameUnits(a('1.25'), a('1.3'))).toBe(false);
    expect(sameUnits(a('1.3'), a('1.25'))).toBe(false);
    // In 元 too, where a unit of the fewer decimals is no whole number of the more decimals' units.
    expect(sameUnits(a('1.25', 1), a('1.3', 1))).toBe(false);
    expect(sameUnits(a('1.3', 1), a('1.25', 1))).toBe(false);
    expect(sameUnits(a('1.3', 1), a('1.30', 1))).toBe(true);
    expect(sameUnits(a('1.00', 10000), a('10,000', 1))).toBe(true);
    expect(sameUnits(a('10,000', 1), a('1.00', 10000))).toBe(true);
    expect(sameUnits(a('1.00', 10000), a('10,000.01', 1))).toBe(false);
    expect(sameUnits(a('-4.40'), a('4.40'))).toBe(false);
  });

  it('a zero is the same as a zero only, at any scale, decimals or size of the other figure', () => {
    expect(sameUnits(a(''), a('0.00', 1))).toBe(true);
    expect(sameUnits(a('0', 1, 0), a('-'))).toBe(true);
    expect(sameUnits(a('0.00'), a('0.01'))).toBe(false);
    expect(sameUnits(a('0.01'), a('0.00'))).toBe(false);
    // 999,999,999,999,999 亿元 in 元 is beyond the safe integers: still not zero.
    expect(sameUnits(a('0.00', 1), a('999,999,999,999,999', 100000000))).toBe(false);
    expect(sameUnits(a('999,999,999,999,999', 100000000), a('', 1))).toBe(false);
  });

  it('cannot decide for a figure without units (even against a zero), nor beyond the safe integers', () => {
    const long = a('1234567890123456', 1);
    expect(long.units).toBeUndefined();
    expect(sameUnits(long, a('0.00'))).toBeUndefined();
    expect(sameUnits(a('0.00'), long)).toBeUndefined();
    expect(sameUnits(long, a(''))).toBeUndefined();
    expect(sameUnits(long, long)).toBeUndefined();
    expect(sameUnits(a('1', 1, 0), a('999,999,999,999,999', 100000000))).toBeUndefined();
    expect(sameUnits(a('999,999,999,999,999', 100000000), a('1', 1, 0))).toBeUndefined();
  });
});

describe('judge', () => {
  const t = (raw: string, scale = 10000, sign: 1 | -1 = 1): Signed => ({ amount: amount(raw, scale), sign });

  it('reports the computed sum, the difference stated − computed and the tolerance', () => {
    const v = judge(amount('581.67'), [t('13.38'), t('403.88'), t('164.40')]);
    expect(v).toMatchObject({ verdict: 'rounding' });
    expect(v.computed.toString()).toBe('5816600');
    expect(v.difference.toString()).toBe('100');
    // 0.005 万元 (50 元) for each of the four printed figures.
    expect(v.tolerance.toString()).toBe('200');
    const broken = judge(amount('582.66'), [t('13.38'), t('403.88'), t('164.40')]);
    expect(broken.verdict).toBe('broken');
    expect(broken.difference.toString()).toBe('10000');
  });

  it('blank cells are exact zeros: they add nothing and widen no tolerance', () => {
    const v = judge(amount('50.00'), [t('49.96'), t(''), t('-')]);
    expect(v.verdict).toBe('broken');
    expect(v.tolerance.toString()).toBe('100');
    expect(judge(amount('50.00'), [t('49.99'), t('')]).verdict).toBe('rounding');
  });

  it('strict: any difference is broken, with no tolerance', () => {
    const v = judge(amount('581.67'), [t('581.66')], 'eq', true);
    expect(v.verdict).toBe('broken');
    expect(v.tolerance.isZero()).toBe(true);
    expect(judge(amount('581.66'), [t('581.66')], 'eq', true).verdict).toBe('exact');
    // Exactly equal: no difference and nothing to tolerate, strict or not.
    const equal = judge(amount('581.66'), [t('581.60'), t('0.06')]);
    expect([equal.verdict, equal.computed.toString(), equal.difference.toString(), equal.tolerance.toString()]).toEqual(['exact', '5816600', '0', '0']);
  });

  it('le and ge: a difference on the allowed side is no finding, on the other side within rounding neither', () => {
    expect(judge(amount('4.00'), [t('4.40')], 'le').verdict).toBe('exact');
    expect(judge(amount('4.01'), [t('4.00')], 'le').verdict).toBe('exact');
    expect(judge(amount('4.02'), [t('4.00')], 'le').verdict).toBe('broken');
    expect(judge(amount('3.99'), [t('4.00')], 'ge').verdict).toBe('exact');
    expect(judge(amount('3.98'), [t('4.00')], 'ge').verdict).toBe('broken');
    expect(judge(amount('4.40'), [t('4.00')], 'ge').verdict).toBe('exact');
  });

  it('subtracts a term of sign −1 and adds its half-width', () => {
    const v = judge(amount('30.88'), [t('31.87'), t('1.00', 10000, -1)]);
    expect(v.verdict).toBe('rounding');
    expect(v.computed.toString()).toBe('308700');
    expect(v.tolerance.toString()).toBe('150');
    expect(judge(amount('30.89'), [t('31.87'), t('1.00', 10000, -1)]).verdict).toBe('broken');
  });

  it('compares a 元 figure with 万元 figures in 元, each with its own half-width', () => {
    // 3,211,440.00 元 against 321.14 万元: 40 元 apart, within the 50 元 of the 万元 figure (and 0.005 元 of the other).
    const v = judge(amount('3,211,440.00', 1), [t('321.14', 10000)]);
    expect(v.verdict).toBe('rounding');
    expect(v.tolerance.toString()).toBe('50.005');
    expect(judge(amount('3,211,460.00', 1), [t('321.14', 10000)]).verdict).toBe('broken');
  });

  it('isZeroAmount and signed read the amount', () => {
    expect(isZeroAmount(amount(''))).toBe(true);
    expect(isZeroAmount(amount('0.00'))).toBe(true);
    expect(isZeroAmount(amount('0.01'))).toBe(false);
    const noUnits = { ...amount('0.01'), units: undefined, value: new Decimal(100) };
    expect(isZeroAmount(noUnits)).toBe(false);
    expect(isZeroAmount({ ...noUnits, value: new Decimal(0) })).toBe(true);
    expect(signed({ amount: amount('1.50'), sign: -1 }).toString()).toBe('-15000');
    expect(signed({ amount: amount('1.50') }).toString()).toBe('15000');
  });
});
