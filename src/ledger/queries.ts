/** Queries over the ledger that rules and the narrative's links share: rows by code, totals, labels, places. */
import type { Amount, Cell, Place, Row, Table } from './model.js';
import { isZeroAmount } from './rounding.js';
import { perObject } from '../memo.js';

export function place(cell: Place): Place {
  return { file: cell.file, line: cell.line, column: cell.column };
}

/** A cell's figure as a message quotes it: as printed, without a currency sign or a unit ("¥8.98", "8.98万元" → "8.98"). */
export function printedFigure(cell: Cell): string {
  return cell.raw.trim().replace(/^[¥￥]\s*|\s*(亿元|万元|千元|元)$/g, '');
}

export function rowLabel(row: Row): string {
  if (row.isTotal) return row.name || '合计';
  if (row.project) return `${row.code ?? ''} ${row.project}`.trim();
  return row.code ? `${row.code} ${row.name}` : row.name;
}

/** The column whose key is `key` or ends with "/key" (the income table's "fin/gpb" for "gpb"). */
export function columnKey(table: Table, key: string): string | undefined {
  const keys = table.columns.filter((c) => c.role === 'amount').map((c) => c.key);
  return keys.find((k) => k === key) ?? keys.find((k) => k.endsWith(`/${key}`));
}

export function amountOf(row: Row | undefined, key: string | undefined): Amount | null {
  if (!row || !key) return null;
  return row.cells.get(key)?.amount ?? null;
}

/** What the rules look up in a table again and again, worked out once per table. */
interface TableIndex {
  coded: Row[];
  amountKeys: string[];
  /** The first row of each code (project rows excepted), by side and code. */
  byCode: Map<Row['side'], Map<string, Row>>;
  codeProblems: boolean;
}

const indexOf = perObject('table index', (table: Table): TableIndex => {
  const byCode: TableIndex['byCode'] = new Map();
  for (const r of table.rows) {
    if (r.code === undefined || r.project) continue;
    let side = byCode.get(r.side);
    if (!side) byCode.set(r.side, (side = new Map()));
    if (!side.has(r.code)) side.set(r.code, r);
  }
  return {
    coded: table.rows.filter((r) => r.code && !r.isTotal && !r.side),
    amountKeys: table.columns.filter((c) => c.role === 'amount').map((c) => c.key),
    byCode,
    codeProblems: table.rows.some((r) => r.codeProblem),
  };
});

/** Rows with a classification code (not the total row). Shared: do not modify the array. */
export function codedRows(table: Table): Row[] {
  return indexOf(table).coded;
}

/**
 * The rows a classified table prints under a code, at the first level it prints below it ("201" in a
 * table of 项 rows only: its 项 rows); project rows left out (and a two-sided table's rows, which codedRows
 * leaves out). [] when none.
 */
export function rowsUnder(table: Table, code: string): Row[] {
  let depth = Infinity;
  const under = codedRows(table).filter((r) => !r.project && r.code!.length > code.length && r.code!.startsWith(code));
  for (const r of under) depth = Math.min(depth, r.code!.length);
  return under.filter((r) => r.code!.length === depth);
}

export function totalRow(table: Table, side?: Row['side']): Row | undefined {
  return table.rows.find((r) => r.isTotal && r.side === side);
}

export function rowByCode(table: Table, code: string, side?: Row['side']): Row | undefined {
  return indexOf(table).byCode.get(side)?.get(code);
}

/** The keys of the amount columns. Shared: do not modify the array. */
export function amountColumns(table: Table): string[] {
  return indexOf(table).amountKeys;
}

export function isZero(a: Amount | null | undefined): boolean {
  return !a || isZeroAmount(a);
}

/** Whether a table prints no figure but zeros (an empty table). */
export function isEmptyTable(table: Table): boolean {
  for (const r of table.rows) for (const c of r.cells.values()) if (c.amount && !isZeroAmount(c.amount)) return false;
  return true;
}

export function tableName(table: Table): string {
  return table.title || table.file;
}

/**
 * Whether a table has a row whose code could not be read: its place in the classification is
 * unknown, so the checks that sum or match rows by code skip the table (the code is reported once).
 */
export function hasCodeProblems(table: Table | undefined): boolean {
  return !!table && indexOf(table).codeProblems;
}

/** The amount cells of the ledger that `which` selects, with their table, row and column label. */
export function amountCells(tables: Iterable<Table>, which: (cell: Cell) => boolean): { table: Table; row: Row; cell: Cell; column: string }[] {
  const out: { table: Table; row: Row; cell: Cell; column: string }[] = [];
  for (const table of tables) {
    for (const row of table.rows) {
      for (const cell of row.cells.values()) {
        if (which(cell)) out.push({ table, row, cell, column: table.columns[cell.column! - 1]?.label ?? keyOf(row, cell) });
      }
    }
  }
  return out;
}

function keyOf(row: Row, cell: Cell): string {
  for (const [key, c] of row.cells) if (c === cell) return key;
  return '';
}

/**
 * The parent of each coded row: the nearest row above it in the classification that the table
 * prints (a project row's parent may be its 项 row or, where the table prints none, its 款 row).
 */
export const parentsOf = perObject('parents', (table: Table): Map<Row, Row | undefined> => {
  const subtotals = codedRows(table).filter((r) => !r.project);
  const byCode = new Map<string, Row>();
  for (const r of subtotals) if (!byCode.has(r.code!)) byCode.set(r.code!, r);
  const parents = new Map<Row, Row | undefined>();
  for (const row of codedRows(table)) {
    const code = row.code!;
    let parent: Row | undefined;
    if (row.project) parent = byCode.get(code);
    for (let len = code.length - 1; !parent && len >= 3; len--) {
      // A shorter code than the row's: never the row itself.
      parent = byCode.get(code.slice(0, len));
    }
    parents.set(row, parent);
  }
  return parents;
});

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

