import type { Cell } from '../../ledger/model.js';
import { amountCells, place, rowLabel } from '../../ledger/queries.js';
import { defineRule } from '../types.js';

export default defineRule({
  id: 'TBL017',
  name: 'negative-amount',
  severity: 'warning',
  requires: [],
  doc: {
    what: 'A negative amount in a budget table.',
    why: 'An approved budget allocates money; a negative figure is almost always a sign error or an adjustment that belongs elsewhere.',
    bad: '30201 办公费 -5.50',
    good: '30201 办公费 5.50',
  },
  messages: {
    negative: '{row}, {column}: {actual} {unit} is negative',
  },
  check(ctx) {
    const negative = (c: Cell) => {
      const a = c.amount;
      if (!a) return false;
      return a.units !== undefined ? a.units < 0 : a.value.isNegative() && !a.value.isZero();
    };
    for (const { table, row, cell, column } of amountCells(ctx.ledger.tables.values(), negative)) {
      ctx.report({ messageId: 'negative', place: place(cell), data: { row: rowLabel(row), column }, actual: cell.raw.trim(), unit: table.unitLabel });
    }
  },
});
