/**
 * The cell keys (src/ledger/keys.ts): what a printed amount is keyed as (fund, subject, part, year),
 * which cells have no key, and when two funds are one money.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { contains, fundMoney, keyIndex, tableKeys } from '../src/ledger/keys.js';
import type { Ledger } from '../src/ledger/model.js';
import { loadUnit } from '../src/load/unit.js';

const FIXTURES = fileURLToPath(new URL('../fixtures', import.meta.url));
const SAMPLE = join(FIXTURES, 'units/kizilsu-2024');
const PUTUO = join(FIXTURES, 'units/putuo-chengguan-2026');
const WENSU = join(FIXTURES, 'units/wensu-2025');

/** "fund subject part" of the keyed cell at a table's line and column key. */
function keyAt(ledger: Ledger, kind: string, line: number, column: string): string | undefined {
  const c = keyIndex(ledger).cells.find((x) => x.table.kind === kind && x.cell.line === line && x.column === column);
  return c && `${c.key.period === 'prior' ? 'prior ' : ''}${c.key.fund} ${c.key.subject} ${c.key.part}`;
}

describe('cell keys', () => {
  it('key the sample\'s figures by fund, subject and part', async () => {
    const { ledger } = await loadUnit(SAMPLE);
    // 表1: this year's income and its 其中 lines, the carry-over section, the classes and 支出总计.
    expect(keyAt(ledger, 'summary', 6, 'total')).toBe('all income total');
    expect(keyAt(ledger, 'summary', 7, 'total')).toBe('gpb income total');
    expect(keyAt(ledger, 'summary', 8, 'total')).toBe('gpb income:general total');
    expect(keyAt(ledger, 'summary', 9, 'total')).toBe('gpb income:transfer total');
    expect(keyAt(ledger, 'summary', 11, 'total')).toBe('gfb income:general total');
    expect(keyAt(ledger, 'summary', 17, 'total')).toBe('all income:unit-funds total');
    expect(keyAt(ledger, 'summary', 23, 'total')).toBe('all carry total');
    expect(keyAt(ledger, 'summary', 24, 'total')).toBe('fin carry total');
    expect(keyAt(ledger, 'summary', 25, 'total')).toBe('gpb carry total');
    expect(keyAt(ledger, 'summary', 28, 'total')).toBe('nonfin carry total');
    expect(keyAt(ledger, 'summary', 29, 'total')).toBe('all carry:special total');
    expect(keyAt(ledger, 'summary', 36, 'total')).toBe('all in-total total');
    const expenditureSide = keyIndex(ledger).cells.filter((c) => c.table.kind === 'summary' && c.row.side === 'expenditure');
    expect(expenditureSide.find((c) => c.cell.line === 6)!.id).toBe('current fn:201 total all');
    expect(expenditureSide.find((c) => c.cell.line === 36)!.id).toBe('current exp total all');
    // 表2: only its 合计 row; a fund column beside its 上级转移支付 column is the own-level part.
    expect(keyAt(ledger, 'income', 15, 'total')).toBe('all in-total total');
    expect(keyAt(ledger, 'income', 15, 'fin/subtotal')).toBe('fin income total');
    expect(keyAt(ledger, 'income', 15, 'fin/gpb')).toBe('gpb income:general total');
    expect(keyAt(ledger, 'income', 15, 'unit-funds')).toBe('all income:unit-funds total');
    expect(keyAt(ledger, 'income', 15, 'fin-carry')).toBe('fin carry total');
    expect(keyAt(ledger, 'income', 6, 'total')).toBeUndefined();
    // 表4: 财政拨款 by default, a fund's column its fund.
    expect(keyAt(ledger, 'appropriation', 6, 'total')).toBe('fin income total');
    expect(keyIndex(ledger).cells.find((c) => c.table.kind === 'appropriation' && c.cell.line === 6 && c.column === 'gpb')!.id).toBe('current fn:201 total gpb');
    // 表3, 表5, 表6, 表7, 表8, 表11.
    expect(keyAt(ledger, 'expenditure', 15, 'basic')).toBe('all exp basic');
    expect(keyAt(ledger, 'gpb', 8, 'total')).toBe('gpb fn:2010301 total');
    expect(keyAt(ledger, 'gpb-basic', 28, 'total')).toBe('gpb exp basic');
    expect(keyAt(ledger, 'gpb-basic', 28, 'personnel')).toBe('gpb exp personnel');
    expect(keyAt(ledger, 'gpb-basic', 6, 'personnel')).toBe('gpb econ:301 personnel');
    expect(keyAt(ledger, 'gpb-project', 6, 'total')).toBe('gpb fn:201 project');
    expect(keyAt(ledger, 'gpb-project', 13, 'econ-302')).toBe('gpb econ:302 project');
    expect(keyAt(ledger, 'gpb-project', 6, 'econ-302')).toBeUndefined();
    expect(keyAt(ledger, 'gfb', 6, 'basic/personnel')).toBe('gfb exp personnel');
    expect(keyAt(ledger, 'carryover', 7, 'fin/basic/public')).toBe('fin carry public');
    expect(keyAt(ledger, 'three-public', 8, 'sources/gpb')).toBe('gpb 3p:reception total');
  });

  it('key the summary\'s 人员经费 and 公用经费 columns, flat or under 基本支出, as the economic table\'s', async () => {
    for (const [variant, line] of [
      ['summary-personnel-public-columns', 36],
      ['summary-personnel-public-nested', 37],
    ] as const) {
      const { ledger } = await loadUnit(join(FIXTURES, 'variants', variant));
      const row = keyIndex(ledger).cells.filter((c) => c.table.kind === 'summary' && c.row.side === 'expenditure' && c.cell.line === line).map((c) => c.id);
      expect(row, variant).toEqual(['current exp total all', 'current exp personnel all', 'current exp public all', 'current exp project all']);
    }
  });

  it('key a prior-year column as last year\'s, and a change column not at all', async () => {
    const { ledger } = await loadUnit(join(FIXTURES, 'variants/year-columns'));
    const three = ledger.tables.get('three-public')!;
    const keys = tableKeys(three, ledger.year).filter((c) => c.row.item === 'total').map((c) => c.id);
    expect(keys).toEqual(['current 3p:total total fin', 'prior 3p:total total fin']);
  });

  it('leave out a key a table prints twice', async () => {
    const { ledger } = await loadUnit(join(FIXTURES, 'faults/tbl012-duplicate-code'));
    for (const table of ledger.tables.values()) {
      const ids = tableKeys(table, ledger.year).map((c) => c.id);
      expect(new Set(ids).size, table.kind).toBe(ids.length);
    }
  });

  it('nest funds: all ⊃ 财政拨款 ⊃ 一般公共预算, 政府性基金, 国有资本经营; all ⊃ 非财政拨款', () => {
    expect(contains('all', 'gpb')).toBe(true);
    expect(contains('fin', 'soc')).toBe(true);
    expect(contains('all', 'nonfin')).toBe(true);
    expect(contains('fin', 'nonfin')).toBe(false);
    expect(contains('gpb', 'gfb')).toBe(false);
    expect(contains('gpb', 'gpb')).toBe(false);
  });

  it('make funds one money only where the income says so', async () => {
    // The sample: 单位资金 131.99 besides 一般公共预算 485.54, no 政府性基金 or 国有资本经营 money.
    expect(fundMoney((await loadUnit(SAMPLE)).ledger).same).toMatchObject({ all: 'all', fin: 'fin', gpb: 'fin' });
    // 普陀: all of it 财政拨款, all 一般公共预算.
    expect(fundMoney((await loadUnit(PUTUO)).ledger).same).toMatchObject({ all: 'all', fin: 'all', gpb: 'all' });
    // 温宿: 政府性基金, 国有资本经营 and 财政专户 money: no two funds one.
    expect(fundMoney((await loadUnit(WENSU)).ledger).same).toEqual({ all: 'all', fin: 'fin', gpb: 'gpb', gfb: 'gfb', soc: 'soc', nonfin: 'nonfin' });
  });
});
