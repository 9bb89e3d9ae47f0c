/** What the rules share beyond the ledger's queries: terms of a sum, with their labels and places. */
import type { Amount, Cell, Row } from '../ledger/model.js';
import { ExactSum } from '../ledger/rounding.js';
import { rowLabel } from '../ledger/queries.js';
import type { Term } from './types.js';

/** A term for sums: the row's cell in a column, labelled with the row (and column). */
export function term(row: Row, key: string, label?: string): Term | null {
  const cell: Cell | undefined = row.cells.get(key);
  if (!cell?.amount) return null;
  return { label: label ?? rowLabel(row), amount: cell.amount, place: cell };
}

/**
 * The terms of `rows` in column `key` (labelled with the rows) for a sum against
 * `stated`, or null when there is nothing to check: a row's cell is missing or malformed (reported on
 * its own), or the sum agrees exactly (decided without making the terms).
 */
export function termsToCheck(stated: Amount, rows: Row[], key: string): Term[] | null {
  const sum = new ExactSum();
  for (const r of rows) {
    const amount = r.cells.get(key)?.amount;
    if (!amount) return null;
    sum.add(amount);
  }
  if (sum.holds(stated)) return null;
  return rows.map((r) => term(r, key)!);
}

