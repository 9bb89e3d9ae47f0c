import { rowLabel } from '../helpers.js';
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
    for (const table of ctx.ledger.tables.values()) {
      for (const row of table.rows) {
        for (const [key, cell] of row.cells) {
          if (!cell.amount?.value.isNegative() || cell.amount.value.isZero()) continue;
          const column = table.columns.find((c) => c.key === key)?.label ?? key;
          ctx.report({ messageId: 'negative', place: { file: cell.file, line: cell.line, column: cell.column }, data: { row: rowLabel(row), column }, actual: cell.raw.trim(), unit: table.unitLabel });
        }
      }
    }
  },
});
