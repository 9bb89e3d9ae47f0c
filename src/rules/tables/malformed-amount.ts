import { rowLabel } from '../helpers.js';
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
    for (const table of ctx.ledger.tables.values()) {
      for (const row of table.rows) {
        for (const [key, cell] of row.cells) {
          if (cell.amount) continue;
          const column = table.columns.find((c) => c.key === key)?.label ?? key;
          ctx.report({ messageId: 'malformed', place: { file: cell.file, line: cell.line, column: cell.column }, data: { row: rowLabel(row), column, raw: cell.raw.trim() }, actual: cell.raw.trim() });
        }
      }
    }
  },
});
