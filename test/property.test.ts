/** Property and fuzz tests: random and mutated inputs never throw out of the public API. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../src/decimal.js';
import { parseNumber, toAmount } from '../src/load/amount.js';
import { formatAmount } from '../src/ledger/money.js';
import { parseCode } from '../src/load/code.js';
import { InputError } from '../src/load/errors.js';
import { parseCsv, parseIrregular } from '../src/load/csv.js';
import { tableFromText } from '../src/load/unit.js';
import { judge } from '../src/ledger/rounding.js';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const RUNS = { numRuns: 300, seed: 20261126 };
const SAMPLE = 'fixtures/units/kizilsu-2024';
const csvFiles = readdirSync(SAMPLE).filter((f) => f.endsWith('.csv'));

/** A decimal string with 0–4 decimals, optionally negative and grouped by thousands. */
const printed = fc
  .tuple(fc.bigInt({ min: 0n, max: 10n ** 12n }), fc.integer({ min: 0, max: 4 }), fc.boolean(), fc.boolean())
  .map(([n, d, neg, grouped]) => {
    const digits = n.toString().padStart(d + 1, '0');
    let int = digits.slice(0, digits.length - d);
    const frac = digits.slice(digits.length - d);
    if (grouped) int = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
    return `${neg && n !== 0n ? '-' : ''}${int}${d ? `.${frac}` : ''}`;
  });

describe('amount parser', () => {
  it('never throws', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (s) => void parseNumber(s)), RUNS);
  });

  it('round-trips printed amounts', () => {
    fc.assert(
      fc.property(printed, (s) => {
        const n = parseNumber(s)!;
        expect(n).not.toBeNull();
        expect(n.value.toFixed(n.decimals)).toBe(s.replace(/,/g, '').replace(/^-(0(\.0+)?)$/, '$1'));
        const a = toAmount(s, 10000)!;
        expect(formatAmount(a.value, 10000, n.decimals)).toBe(n.value.toFixed(n.decimals));
      }),
      RUNS,
    );
  });
});

describe('code parser', () => {
  /** A code as a table prints it: 类 (3 digits), 款 and 项 (2), in three cells, joined, or spaced, and the code it is. */
  const two = (n: number) => String(n).padStart(2, '0');
  const printedCode = fc
    .record({
      levels: fc.tuple(fc.integer({ min: 100, max: 999 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 1, max: 3 })),
      style: fc.constantFrom('cells', 'cells-dropped-zero', 'joined', 'spaced'),
      separator: fc.constantFrom(' ', '.', '-', '_', '  '),
      fullWidth: fc.boolean(),
    })
    .map(({ levels: [c, s, i, depth], style, separator, fullWidth }) => {
      const pieces = [String(c), two(s), two(i)].slice(0, depth);
      const code = pieces.join('');
      let parts: string[];
      if (style === 'cells') parts = [...pieces, '', ''].slice(0, 3);
      else if (style === 'cells-dropped-zero') parts = [...pieces.map((p, k) => (k > 0 ? String(Number(p)) : p)), '', ''].slice(0, 3);
      else if (style === 'joined') parts = [code];
      else parts = [pieces.join(separator)];
      if (fullWidth) parts = parts.map((p) => p.replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)));
      return { parts, code, level: (['class', 'section', 'item'] as const)[depth - 1] };
    });

  it('reads every printed form of a code to the code, at its level', () => {
    fc.assert(
      fc.property(printedCode, ({ parts, code, level }) => {
        expect(parseCode(parts)).toEqual({ ok: true, code: { code, level } });
      }),
      RUNS,
    );
  });

  it('never throws; whatever it accepts is 3, 5 or 7 digits made of the digits printed', () => {
    let accepted = 0;
    const parts = fc.oneof(
      fc.array(fc.string({ maxLength: 8 }), { maxLength: 4 }),
      printedCode.map((p) => p.parts),
      // A printed code with one cell changed.
      fc.tuple(printedCode, fc.nat(), fc.string({ maxLength: 3 })).map(([p, k, x]) => p.parts.map((c, i) => (i === k % p.parts.length ? c + x : c))),
    );
    fc.assert(
      fc.property(parts, (ps) => {
        const r = parseCode(ps);
        if (!r?.ok) return;
        accepted++;
        expect(r.code.code).toMatch(/^\d{3}(\d{2}){0,2}$/);
        expect(r.code.level).toBe(r.code.code.length === 3 ? 'class' : r.code.code.length === 5 ? 'section' : 'item');
        // No digit is made up: the code's non-zero digits are those printed, in their order.
        const printed = ps.join('').replace(/[\uFF10-\uFF19]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).replace(/\D/g, '');
        expect(r.code.code.replace(/0/g, '')).toBe(printed.replace(/0/g, ''));
      }),
      RUNS,
    );
    // The property ran on a meaningful share of accepted codes (about two in five).
    expect(accepted).toBeGreaterThan(0.25 * RUNS.numRuns);
  });
});

describe('CSV reader', () => {
  // Fields of a regular file and the pieces that make a file irregular (a quote inside a field, a bare CR, text after a quote).
  const field = fc.oneof(
    fc.constantFrom('', '201', '13.38', '行政运行', ' 合 计 ', '-', '1,234.50'),
    fc.constantFrom('"a,b"', '"说明\n续行"', '"x""y"', '""', '"\r\n"'),
    fc.constantFrom('a"b', '"a"b', '"open', 'a\rb'),
  );
  const file = fc
    .tuple(fc.array(fc.array(field, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 6 }), fc.constantFrom('\n', '\r\n'), fc.boolean(), fc.constantFrom(',', '\t'))
    .map(([rows, eol, trailing, sep]) => rows.map((r) => r.join(sep)).join(eol) + (trailing ? eol : ''));

  it('reads every file as csv-parse does: the same cells, lines and errors', () => {
    const outcome = (f: () => unknown) => {
      try {
        return f();
      } catch (e) {
        return e instanceof InputError ? `error: ${e.message}` : e;
      }
    };
    let compared = 0;
    fc.assert(
      fc.property(file, (text) => {
        const delimiter = (text.match(/\t/g) ?? []).length > (text.match(/,/g) ?? []).length ? '\t' : ',';
        if (text.split('\n').length > 8) return; // the delimiter is guessed from the first lines only
        compared++;
        // Line breaks of more than one kind are each a break: read as LF (see the next property).
        const oneKind = /\r(?!\n)|(?<!\r)\n/.test(text) && text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
        expect(outcome(() => parseCsv(text, 'f.csv'))).toEqual(outcome(() => parseIrregular(oneKind, 'f.csv', delimiter)));
      }),
      { numRuns: 2000, seed: 20261126 },
    );
    // Most files are short enough to compare.
    expect(compared).toBeGreaterThan(0.5 * 2000);
  });

  it('reads any mix of CRLF, LF and lone CR breaks as the same rows (a row is never merged into the next)', () => {
    const plain = fc.constantFrom('', '201', '13.38', '行政运行', ' 合 计 ', '-', '"a,b"', '"x""y"');
    const rows = fc.array(fc.array(plain, { minLength: 1, maxLength: 5 }).map((r) => r.join(',')), { minLength: 1, maxLength: 12 });
    const breaks = fc.array(fc.constantFrom('\r\n', '\n', '\r'), { minLength: 12, maxLength: 12 });
    fc.assert(
      fc.property(rows, breaks, (lines, eols) => {
        // A lone CR, an empty row and an LF are one CRLF: no reader can tell them apart.
        fc.pre(!lines.some((l, i) => i > 0 && l === '' && eols[i - 1] === '\r' && eols[i][0] === '\n'));
        const mixed = lines.map((l, i) => l + eols[i]).join('');
        const lf = lines.map((l) => `${l}\n`).join('');
        expect(parseCsv(mixed, 'f.csv')).toEqual(parseCsv(lf, 'f.csv'));
      }),
      { numRuns: 1000, seed: 20261205 },
    );
  });
});

describe('CSV loader', () => {
  it('never throws anything but an InputError on mutated sample tables', () => {
    const texts = csvFiles.map((f) => readFileSync(join(SAMPLE, f), 'utf8'));
    const mutate = fc.tuple(fc.integer({ min: 0, max: texts.length - 1 }), fc.array(fc.tuple(fc.nat(), fc.nat({ max: 40 }), fc.string({ unit: 'grapheme', maxLength: 6 })), { maxLength: 6 }));
    fc.assert(
      fc.property(mutate, ([i, edits]) => {
        let t = texts[i];
        for (const [at, del, ins] of edits) {
          const p = at % (t.length + 1);
          t = t.slice(0, p) + ins + t.slice(p + del);
        }
        try {
          tableFromText(csvFiles[i], t, 'utf-8');
        } catch (e) {
          expect(e).toBeInstanceOf(InputError);
        }
      }),
      RUNS,
    );
  });
});

describe('the rounding model', () => {
  /** True values in 元 (integers), printed in 万元 with two decimals. */
  const trueValues = fc.array(fc.integer({ min: 0, max: 10 ** 9 }), { minLength: 1, maxLength: 30 });
  const print = (yuan: number | Decimal) => toAmount(new Decimal(yuan).div(10000).toFixed(2), 10000)!;

  it('never flags a sum built from correctly rounded parts', () => {
    fc.assert(
      fc.property(trueValues, (values) => {
        const total = values.reduce((a, b) => a + b, 0);
        const v = judge(print(total), values.map((x) => ({ amount: print(x) })));
        expect(v.verdict).not.toBe('broken');
      }),
      RUNS,
    );
  });

  it('is symmetric: stated = Σ parts judges as Σ parts = stated', () => {
    fc.assert(
      fc.property(fc.tuple(printed, printed), ([a, b]) => {
        const x = toAmount(a, 10000)!;
        const y = toAmount(b, 10000)!;
        expect(judge(x, [{ amount: y }]).verdict).toBe(judge(y, [{ amount: x }]).verdict);
      }),
      RUNS,
    );
  });

  it('flags a difference beyond the printed precision', () => {
    fc.assert(
      fc.property(trueValues, fc.integer({ min: 1, max: 100 }), (values, cents) => {
        const parts = values.map((x) => ({ amount: print(x) }));
        const exact = parts.reduce((s, p) => s.plus(p.amount.value), new Decimal(0));
        // off by more than the sum of the half-widths (n + 1) × 50 元
        const off = exact.plus((values.length + 1) * 50 + cents * 100);
        expect(judge(print(off), parts).verdict).toBe('broken');
      }),
      RUNS,
    );
  });
});

describe('sameUnits, the integer comparison of two printed figures', () => {
  it('agrees with Decimal equality whenever it answers', async () => {
    const { sameUnits } = await import('../src/ledger/rounding.js');
    const figure = fc.record({
      units: fc.oneof(fc.integer({ min: 0, max: 10 ** 9 }), fc.constant(0), fc.integer({ min: 0, max: 1000 })),
      decimals: fc.integer({ min: 0, max: 4 }),
      scale: fc.constantFrom(1, 1000, 10000, 100000000),
    });
    const value = (f: { units: number; decimals: number; scale: number }) => new Decimal(f.units).times(f.scale).div(new Decimal(10).pow(f.decimals));
    let answered = 0;
    let equal = 0;
    fc.assert(
      fc.property(figure, figure, fc.boolean(), (x, y, same) => {
        // Half the pairs are the same value written at other decimals or scales.
        const b = same ? { ...x, units: x.units * 10, decimals: x.decimals + 1 } : y;
        const r = sameUnits(x, b);
        if (r === undefined) return true;
        answered++;
        if (r) equal++;
        return r === value(x).eq(value(b));
      }),
      { numRuns: 500 },
    );
    expect(answered).toBeGreaterThan(400);
    expect(equal).toBeGreaterThan(100);
  });
});
