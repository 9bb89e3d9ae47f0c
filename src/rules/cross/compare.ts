/** Cross-table comparisons: one printed figure against another (or against a sum of them). */
import { type Decimal, ZERO, sum } from '../../decimal.js';
import type { Amount, Cell, Place, Row, Table } from '../../ledger/model.js';
import { ExactSum } from '../../ledger/rounding.js';
import { codedRows, isZero, place, rowLabel, rowsUnder } from '../../ledger/queries.js';
import type { RuleContext, Term } from '../types.js';
import { perObject } from '../../memo.js';

export interface Figure {
  amount: Amount;
  place: Place;
  /** What and where the figure is, made only for a message: most comparisons agree. */
  label: () => string;
}

/** A cell's column label, by its key in the row. */
function columnLabel(table: Table, cell: Cell, key: string): string {
  const at = cell.column;
  return (at !== undefined ? table.columns[at - 1]?.label : undefined) ?? key;
}

/** A figure printed in a table: its label is made from the table, row and columns only for a message. */
class TableFigure implements Figure {
  constructor(
    readonly amount: Amount,
    readonly place: Place,
    private readonly table: Table,
    private readonly row: Row,
    /** The cell's key, or the keys of the parts it sums. */
    private readonly keys: string | string[],
    private readonly given: string | undefined,
  ) {}

  label(): string {
    if (this.given !== undefined) return this.given;
    const { table, row, keys } = this;
    const columns = typeof keys === 'string' ? columnLabel(table, row.cells.get(keys)!, keys) : keys.map((k) => columnLabel(table, row.cells.get(k)!, k)).join(' + ');
    return `${table.file}:${this.place.line} ${rowLabel(row)} ${columns}`;
  }
}

/**
 * A figure from a row's cell, or undefined when absent or malformed (reported elsewhere). A key
 * that the table splits ("basic" as 人员经费 + 公用经费) is its subtotal column or the sum of its parts.
 */
export function figure(table: Table, row: Row | undefined, key: string | undefined, label?: string): Figure | undefined {
  if (!row || !key) return undefined;
  let own = row.cells.has(key) ? key : undefined;
  if (own === undefined) {
    const subtotal = `${key}/subtotal`;
    if (row.cells.has(subtotal)) own = subtotal;
  }
  if (own !== undefined) {
    const cell = row.cells.get(own)!;
    if (!cell.amount) return undefined;
    return new TableFigure(cell.amount, cell, table, row, own, label);
  }
  const prefix = `${key}/`;
  const keys: string[] = [];
  for (const k of row.cells.keys()) if (k.startsWith(prefix) && !k.includes('~')) keys.push(k);
  if (keys.length === 0) return undefined;
  const cells = keys.map((k) => row.cells.get(k)!);
  if (cells.some((c) => !c.amount)) return undefined;
  const amounts = cells.map((c) => c.amount!);
  return new TableFigure(new PartsAmount(amounts), place(cells[0]), table, row, keys, label);
}

/** The sum of a split column's parts: exact integer units when the parts have them, Decimals only when read. */
class PartsAmount implements Amount {
  readonly raw = '';
  readonly decimals: number;
  readonly scale: number;
  readonly units: number | undefined;
  private sumValue: Decimal | undefined;
  private sumHalf: Decimal | undefined;

  constructor(private readonly parts: Amount[]) {
    this.decimals = Math.max(...parts.map((a) => a.decimals));
    this.scale = parts[0].scale;
    const exact = new ExactSum();
    for (const a of parts) exact.add(a);
    this.units = exact.unitsAt(this.decimals, this.scale);
  }

  get value(): Decimal {
    return (this.sumValue ??= sum(this.parts.map((a) => a.value)));
  }

  get half(): Decimal {
    return (this.sumHalf ??= sum(this.parts.map((a) => a.half)));
  }
}

export function asTerm(f: Figure): Term {
  return { label: () => f.label(), amount: f.amount, place: f.place };
}

/** stated (at its place) against other figures: equal, or stated ≤ / ≥ their sum. */
export function compare<M extends string>(
  ctx: RuleContext<M>,
  stated: Figure | undefined,
  others: (Figure | undefined)[],
  messageId: NoInfer<M>,
  data: Record<string, string | number>,
  relation: 'eq' | 'le' | 'ge' = 'eq',
): void {
  if (!stated || others.length === 0) return;
  // Most figures agree exactly: decided before any term is made.
  const exact = new ExactSum();
  for (const o of others) {
    if (!o) return;
    exact.add(o.amount);
  }
  if (exact.holds(stated.amount, relation)) return;
  const figures = others as Figure[];
  ctx.checkSum({ stated: stated.amount, place: stated.place, terms: figures.map(asTerm), messageId, relation, data: () => ({ ...data, stated: stated.label(), other: figures.map((o) => o.label()).join(' + ') }) });
}

const incomeRows = perObject('income rows', (summary: Table): { income: Row[]; current: Row[] } => {
  const income = summary.rows.filter((r) => r.side === 'income');
  const carryStart = income.findIndex((r) => r.depth === 0 && r.item === 'carry');
  return { income, current: carryStart < 0 ? income : income.slice(0, carryStart) };
});

/** The summary's income item in the current-year section (not the 上年结转 lines of the same name). */
export function summaryItem(summary: Table, item: string): Row | undefined {
  const { income, current } = incomeRows(summary);
  return current.find((r) => r.item === item) ?? (item === 'carry' || item === 'fin-carry' || item === 'nonfin-carry' ? income.find((r) => r.item === item) : undefined);
}

/** A row that another table does not print at all: a zero, exactly. */
export function absent(table: Table, what: string): Figure {
  return { amount: { value: ZERO, half: ZERO, decimals: 2, scale: table.scale, raw: '' }, place: { file: table.file, line: 0 }, label: () => `${table.file}: no row ${what}` };
}

/**
 * What a classified table prints for a function code it has no row of: the rows it prints under the code
 * at the first level below it (a table of 项 rows alone adds up to each 类); none when it prints no row, or
 * rows as deep as the code but none under it; undefined when its rows all stop above the code's level (a
 * table that stops at 款 says nothing of a 项), or a cell under it is malformed (reported elsewhere).
 */
export function printedUnder(table: Table, code: string, key = 'total'): { rows: Figure[] } | { none: Figure } | undefined {
  const under = rowsUnder(table, code);
  if (under.length === 0) {
    const rows = codedRows(table).filter((r) => !r.project);
    return rows.length === 0 || rows.some((r) => r.code!.length >= code.length) ? { none: absent(table, code) } : undefined;
  }
  const figures = under.map((r) => figure(table, r, key));
  return figures.every((f) => f !== undefined) ? { rows: figures as Figure[] } : undefined;
}

/**
 * A row that one table prints and `other` does not, against what `other` prints under its code: the rows
 * below it (message 'under'), or nothing (message 'missing', when the row is not zero).
 */
export function compareUnder(ctx: RuleContext<'under' | 'missing'>, stated: Figure, other: Table, code: string, data: Record<string, string | number>): void {
  const under = printedUnder(other, code);
  if (!under) return;
  if ('rows' in under) compare(ctx, stated, under.rows, 'under', data);
  else if (!isZero(stated.amount)) compare(ctx, stated, [under.none], 'missing', data);
}
