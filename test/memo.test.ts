import { describe, expect, it } from 'vitest';
import { perObject } from '../src/memo.js';
import { analyseClaims } from '../src/narrative/analysis.js';
import { loadUnit } from '../src/load/unit.js';

describe('perObject', () => {
  it('works a value out once per object, undefined included', () => {
    let calls = 0;
    const lengthOf = perObject('length', (o: { xs: number[] }) => (calls++, o.xs.length || undefined));
    const a = { xs: [1, 2] };
    const b = { xs: [] };
    expect([lengthOf(a), lengthOf(a), lengthOf(b), lengthOf(b)]).toEqual([2, 2, undefined, undefined]);
    expect(calls).toBe(2);
  });

  it('works a value out once for a frozen object too', () => {
    let calls = 0;
    const sum = perObject('sum', (o: { xs: number[] }) => (calls++, o.xs.reduce((a, b) => a + b, 0)));
    const o = Object.freeze({ xs: [1, 2, 3] });
    expect([sum(o), sum(o)]).toEqual([6, 6]);
    expect(calls).toBe(1);
  });

  it('keeps the value out of JSON, structuredClone, spread and keys', () => {
    const tag = perObject('tag', () => ({ big: 'x'.repeat(10) }));
    const o = { a: 1 };
    tag(o);
    expect(JSON.stringify(o)).toBe('{"a":1}');
    expect(structuredClone(o)).toEqual({ a: 1 });
    expect(Object.getOwnPropertySymbols({ ...o })).toEqual([]);
    expect(Object.keys(o)).toEqual(['a']);
  });

  it('leaves a ledger as it was read once its claims are analysed', async () => {
    const { ledger } = await loadUnit('fixtures/units/kizilsu-2024');
    const before = JSON.stringify({ ...ledger, tables: [...ledger.tables] });
    const first = analyseClaims(ledger);
    expect(analyseClaims(ledger)).toBe(first);
    expect(JSON.stringify({ ...ledger, tables: [...ledger.tables] })).toBe(before);
  });
});
