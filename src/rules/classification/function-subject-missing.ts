import type { Table } from '../../ledger/model.js';
import { codedRows, isZero, printedFigure } from '../../ledger/queries.js';
import { defineRule } from '../types.js';
import { PAIRS, anyMatches } from '../../ledger/classification.js';

const FUNCTION_TABLES = ['gpb', 'expenditure', 'income', 'gfb', 'soc'] as const;

export default defineRule({
  id: 'FE002',
  name: 'function-subject-missing',
  severity: 'warning',
  requires: ['gpb-basic'],
  doc: {
    what: 'An economic item with a dedicated function subject (30108, 30109, 30110/30111, 30113) has an amount, but its function subject appears in no table.',
    why: 'Housing-fund, medical and pension contributions are budgeted under their own function subjects; without them the money sits under another subject (often 行政运行) and the function classification is misstated.',
    bad: '30113 住房公积金 25.84 and no 2210201 住房公积金 row in any table',
    good: '30113 住房公积金 25.84 and 2210201 住房公积金 25.84 in the 基本支出 column',
  },
  messages: {
    missing: 'economic item {economic} {name} has {amount} {unit}, but no table has its function subject {functions}',
  },
  check(ctx) {
    const basic = ctx.ledger.tables.get('gpb-basic')!;
    const tables = FUNCTION_TABLES.map((k) => ctx.ledger.tables.get(k)).filter((t): t is Table => !!t);
    const codes = new Set(tables.flatMap((t) => codedRows(t).map((r) => r.code!)));
    for (const pair of PAIRS) {
      const rows = codedRows(basic).filter((r) => pair.economic.includes(r.code!) && !isZero(r.cells.get('total')?.amount));
      if (rows.length === 0 || anyMatches(codes, pair.functions)) continue;
      for (const row of rows) {
        const cell = row.cells.get('total')!;
        ctx.report({
          messageId: 'missing',
          place: { file: cell.file, line: cell.line, column: cell.column },
          data: { economic: row.code!, name: row.name, amount: printedFigure(cell), unit: basic.unitLabel, functions: pair.functions.map((f) => f.replace('*', 'xx')).join('/') },
        });
      }
    }
  },
});
