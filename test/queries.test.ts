/**
 * The ledger's queries (src/ledger/queries.ts) on small tables built by hand: which rows and columns
 * each returns where the loaded fixtures never tell the right answer from a near one (project rows
 * beside subject rows of the same code, a column that is not an amount, a summary whose carry-over
 * section comes first).
 */
import { describe, expect, it } from 'vitest';
import { Decimal } from '../src/decimal.js';
import { amountCells, columnKey, parentsOf, rowByCode, rowsUnder, summaryItem } from '../src/ledger/queries.js';
import type { Cell, Column, Row, Table } from '../src/ledger/model.js';

const FILE = 't.csv';

function cell(raw: string, line: number, column: number): Cell {
  const value = new Decimal(raw);
  return { file: FILE, line, column, raw, amount: { value, half: new Decimal('0.005'), decimals: 2, scale: 10000, raw } };
}

let line = 0;
function row(fields: Partial<Row> & { amount?: string }): Row {
  line++;
  const { amount, ...rest } = fields;
  return { file: FILE, line, name: '', isTotal: false, cells: new Map(amount ? [['total', cell(amount, line, 3)]] : []), ...rest };
}

function column(key: string, role: Column['role'], index: number, label = key): Column {
  return { index, path: [label], key, label, role };
}

function table(rows: Row[], columns: Column[] = [column('code', 'code', 0), column('name', 'name', 1), column('total', 'amount', 2, '合计')]): Table {
  return { kind: 'gpb', file: FILE, title: 't', titleLine: 1, unitLabel: '万元', scale: 10000, columns, rows, notes: [], classification: 'function', encoding: 'utf-8' };
}

describe('columnKey', () => {
  it('finds an amount column by its key or by its last part, never a column of text', () => {
    const t = table([], [column('fin/gpb', 'text', 0), column('total', 'amount', 1), column('all/gpb', 'amount', 2)]);
    expect(columnKey(t, 'total')).toBe('total');
    expect(columnKey(t, 'gpb')).toBe('all/gpb');
    expect(columnKey(t, 'fin/gpb')).toBeUndefined();
    expect(columnKey(t, 'gfb')).toBeUndefined();
  });
});

describe('rowByCode', () => {
  it('finds the first subject row of a code, never a project row of it', () => {
    const project = row({ code: '2010301', project: '大厅维护', amount: '5.00' });
    const first = row({ code: '2010302', name: '一般行政管理事务', amount: '3.00' });
    const second = row({ code: '2010302', name: '一般行政管理事务', amount: '4.00' });
    const t = table([project, first, second]);
    expect(rowByCode(t, '2010301')).toBeUndefined();
    expect(rowByCode(t, '2010302')).toBe(first);
  });
});

describe('rowsUnder', () => {
  it('gives the rows at the first level printed below a code, project rows left out', () => {
    const cls = row({ code: '201', name: '一般公共服务支出' });
    const item1 = row({ code: '2010301', name: '行政运行' });
    const project = row({ code: '20103', project: '项目甲' });
    const item2 = row({ code: '2010302', name: '一般行政管理事务' });
    const other = row({ code: '2080501', name: '行政单位离退休' });
    const t = table([cls, item1, project, item2, other]);
    expect(rowsUnder(t, '201')).toEqual([item1, item2]);
    expect(rowsUnder(t, '20103')).toEqual([item1, item2]);
    expect(rowsUnder(t, '2010301')).toEqual([]);
  });
});

describe('parentsOf', () => {
  it('gives a project its 项 row, or its 款 row where the table prints no 项 row; a subject its nearest printed level', () => {
    const cls = row({ code: '201', name: '一般公共服务支出' });
    const section = row({ code: '20103', name: '政府办公厅（室）及相关机构事务' });
    const item = row({ code: '2010301', name: '行政运行' });
    const underItem = row({ code: '2010301', project: '项目甲' });
    const noItem = row({ code: '2010302', project: '项目乙' });
    const orphan = row({ code: '2080501', name: '行政单位离退休' });
    const parents = parentsOf(table([cls, section, item, underItem, noItem, orphan]));
    expect(parents.get(cls)).toBeUndefined();
    expect(parents.get(section)).toBe(cls);
    expect(parents.get(item)).toBe(section);
    expect(parents.get(underItem)).toBe(item);
    expect(parents.get(noItem)).toBe(section);
    expect(parents.get(orphan)).toBeUndefined();
  });

  it('takes the first row of a code printed twice as the parent, as rowByCode finds it', () => {
    const first = row({ code: '20103', name: '政府办公厅（室）及相关机构事务' });
    const again = row({ code: '20103', name: '政府办公厅（室）及相关机构事务' });
    const item = row({ code: '2010301', name: '行政运行' });
    expect(parentsOf(table([first, again, item])).get(item)).toBe(first);
  });
});

describe('amountCells', () => {
  it('labels a cell with its column, or with its key where the table has no such column', () => {
    const r = row({ code: '201', name: '一般公共服务支出', amount: '1.00' });
    r.cells.set('basic', cell('2.00', r.line, 9));
    const found = amountCells([table([r])], () => true);
    expect(found.map((c) => [c.cell.raw, c.column])).toEqual([
      ['1.00', '合计'],
      ['2.00', 'basic'],
    ]);
  });
});

describe('summaryItem', () => {
  const income = (item: string, depth: number) => row({ side: 'income', item, depth, name: item });

  it("takes an item from the current year's section, not from the carry-over section after it", () => {
    const current = income('current', 0);
    const gpb = income('gpb', 1);
    const carry = income('carry', 0);
    const carriedGpb = income('gpb', 1);
    const t = table([current, gpb, carry, carriedGpb, income('unit-funds', 1)]);
    expect(summaryItem(t, 'gpb')).toBe(gpb);
    expect(summaryItem(t, 'carry')).toBe(carry);
    // An item printed only under the carry-over: not this year's.
    expect(summaryItem(t, 'unit-funds')).toBeUndefined();
  });

  it('takes the carry-over section to begin at a top-level line, not at an item of that name', () => {
    const earlyCarry = income('carry', 1);
    const gpb = income('gpb', 1);
    const t = table([income('current', 0), earlyCarry, gpb, income('carry', 0), income('gpb', 1)]);
    expect(summaryItem(t, 'gpb')).toBe(gpb);
  });

  it('finds no current item when the carry-over section comes first, but still its carry-over lines', () => {
    const carry = income('carry', 0);
    const t = table([carry, income('gpb', 1), income('fin-carry', 1)]);
    expect(summaryItem(t, 'gpb')).toBeUndefined();
    expect(summaryItem(t, 'carry')).toBe(carry);
    expect(summaryItem(t, 'fin-carry')).toBe(t.rows[2]);
  });

  it('reads every income line as current when there is no carry-over section', () => {
    const gpb = income('gpb', 1);
    // The expenditure side's line of the same item is not an income (a two-sided table's rows interleave).
    const t = table([row({ side: 'expenditure', item: 'gpb', depth: 1 }), income('current', 0), gpb]);
    expect(summaryItem(t, 'gpb')).toBe(gpb);
  });
});
