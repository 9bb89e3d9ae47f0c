/** Small accessors over the ledger shared by the rules. */
import type { Amount, Cell, Place, Row, Table } from '../model.js';
import type { Term } from './types.js';

export function place(cell: Place): Place {
  return { file: cell.file, line: cell.line, column: cell.column };
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

/** A term for sums: the row's cell in a column, labelled with the row (and column). */
export function term(row: Row, key: string, label = rowLabel(row)): Term | null {
  const cell: Cell | undefined = row.cells.get(key);
  if (!cell?.amount) return null;
  return { label, amount: cell.amount, place: place(cell) };
}

export function cellPlace(row: Row, key: string): Place {
  const cell = row.cells.get(key);
  return cell ? place(cell) : { file: row.file, line: row.line };
}

/** Rows with a classification code (not the total row). */
export function codedRows(table: Table): Row[] {
  return table.rows.filter((r) => r.code && !r.isTotal && !r.side);
}

export function totalRow(table: Table, side?: Row['side']): Row | undefined {
  return table.rows.find((r) => r.isTotal && r.side === side);
}

export function rowByCode(table: Table, code: string, side?: Row['side']): Row | undefined {
  return table.rows.find((r) => r.code === code && !r.project && r.side === side);
}

export function amountColumns(table: Table): string[] {
  return table.columns.filter((c) => c.role === 'amount').map((c) => c.key);
}

export function isZero(a: Amount | null | undefined): boolean {
  return !a || a.value.isZero();
}

/** Whether a table prints no figure but zeros (an empty table). */
export function isEmptyTable(table: Table): boolean {
  return table.rows.every((r) => [...r.cells.values()].every((c) => !c.amount || c.amount.value.isZero()));
}

export function tableName(table: Table): string {
  return table.title || table.file;
}

/**
 * Whether a table has a row whose code could not be read: its place in the classification is
 * unknown, so the checks that sum or match rows by code skip the table (the code is reported once).
 */
export function hasCodeProblems(table: Table | undefined): boolean {
  return !!table && table.rows.some((r) => r.codeProblem);
}

/** Every amount cell of the ledger, with its table, row and column label. */
export function* amountCells(tables: Iterable<Table>): Generator<{ table: Table; row: Row; cell: Cell; column: string }> {
  for (const table of tables) {
    for (const row of table.rows) {
      for (const [key, cell] of row.cells) {
        yield { table, row, cell, column: table.columns[cell.column! - 1]?.label ?? key };
      }
    }
  }
}
