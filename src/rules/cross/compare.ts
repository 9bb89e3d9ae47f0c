/** Cross-table comparisons: one printed figure against another (or against a sum of them). */
import { absent, cite, type Figure } from '../../ledger/figures.js';
import type { Row, Table } from '../../ledger/model.js';
import { ExactSum } from '../../ledger/rounding.js';
import { codedRows, isZero, rowsUnder } from '../../ledger/queries.js';
import type { RuleContext, Term } from '../types.js';
import { figure } from '../../ledger/figures.js';

export function asTerm(f: Figure): Term {
  return { label: () => cite(f), amount: f.amount, place: f.place };
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
  ctx.checkSum({ stated: stated.amount, place: stated.place, terms: figures.map(asTerm), messageId, relation, data: () => ({ ...data, stated: cite(stated), other: figures.map(cite).join(' + ') }) });
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
