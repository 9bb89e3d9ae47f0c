import { amountCells, place, rowLabel } from '../../ledger/queries.js';
import { defineRule } from '../types.js';

export default defineRule({
  id: 'TBL016',
  name: 'malformed-amount',
  severity: 'error',
  requires: [],
  doc: {
    what: 'A cell in an amount column that is not an amount ("271.8.9", "abc", "1.2E+05").',
    why: 'A figure that cannot be read cannot be checked, and every sum it belongs to is unknown.',
    bad: '271.8.9',
    good: '271.89',
  },
  messages: {
    malformed: '{row}, {column}: "{raw}" is not an amount',
  },
  check(ctx) {
    for (const { row, cell, column } of amountCells(ctx.ledger.tables.values(), (c) => !c.amount)) {
      ctx.report({ messageId: 'malformed', place: place(cell), data: { row: rowLabel(row), column, raw: cell.raw.trim() }, actual: cell.raw.trim() });
    }
  },
});
