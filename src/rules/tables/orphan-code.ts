import { parentCode } from '../../load/code.js';
import { codedRows, rowLabel } from '../../ledger/queries.js';
import { defineRule } from '../types.js';

const CLASSIFIED = ['income', 'expenditure', 'gpb', 'gpb-basic', 'gpb-project', 'gfb', 'soc'] as const;

export default defineRule({
  id: 'TBL011',
  name: 'orphan-code',
  severity: 'error',
  requires: [],
  doc: {
    what: 'A 款 row without its 类 row, or a 项 row without its 款 row, in a table that prints that level.',
    why: 'An orphan row is money that no subtotal carries: the class totals above it are short by its amount.',
    bad: '201 一般公共服务支出; 2010301 行政运行 (no 20103 row, while the table prints 款 rows elsewhere)',
    good: '201; 20103; 2010301',
  },
  messages: {
    orphan: '{row} has no {level} row {parent} above it',
  },
  check(ctx) {
    for (const kind of CLASSIFIED) {
      const table = ctx.ledger.tables.get(kind);
      if (!table) continue;
      const rows = codedRows(table).filter((r) => !r.project);
      const codes = new Set(rows.map((r) => r.code!));
      const levels = new Set(rows.map((r) => r.level));
      for (const row of rows) {
        const parent = parentCode(row.code!);
        if (!parent || codes.has(parent)) continue;
        const level = parent.length === 3 ? 'class' : 'section';
        if (!levels.has(level)) continue; // the table does not print that level at all
        ctx.report({
          messageId: 'orphan',
          place: row.codePlace ?? { file: row.file, line: row.line },
          data: { row: rowLabel(row), level: level === 'class' ? '类' : '款', parent },
        });
      }
      // Project rows whose subject is printed nowhere in the table.
      for (const row of codedRows(table).filter((r) => r.project)) {
        const parent = [row.code!, parentCode(row.code!)].find((c) => c && codes.has(c));
        if (parent || codes.size === 0) continue;
        ctx.report({ messageId: 'orphan', place: row.codePlace ?? row, data: { row: rowLabel(row), level: '项/款', parent: row.code! } });
      }
    }
  },
});
