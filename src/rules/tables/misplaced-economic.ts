import { codedRows, isZero, printedFigure, rowLabel } from '../../ledger/queries.js';
import { defineRule } from '../types.js';
import { PERSONNEL_CLASSES } from '../../ledger/classification.js';

export default defineRule({
  id: 'TBL009',
  name: 'misplaced-economic',
  severity: 'warning',
  requires: ['gpb-basic'],
  doc: {
    what: 'A 301/303 row (personnel classes) with 公用经费, or a 302/310 row with 人员经费.',
    why: 'The column tells which kind of basic expenditure the money is; a personnel item under 公用经费 (or the reverse) misstates both totals.',
    bad: '30201 办公费: 人员经费 5.50',
    good: '30201 办公费: 公用经费 5.50',
  },
  messages: {
    misplaced: '{row} is a {kind} item but has {amount} {unit} under {column}',
  },
  check(ctx) {
    const table = ctx.ledger.tables.get('gpb-basic')!;
    for (const row of codedRows(table)) {
      if (row.code!.startsWith('5')) continue; // 政府预算经济分类: no 人员经费/公用经费 classes of the 部门预算 kind
      const personnel = PERSONNEL_CLASSES.has(row.code!.slice(0, 3));
      const key = personnel ? 'public' : 'personnel';
      const cell = row.cells.get(key);
      if (!cell?.amount || isZero(cell.amount)) continue;
      ctx.report({
        messageId: 'misplaced',
        place: { file: cell.file, line: cell.line, column: cell.column },
        data: { row: rowLabel(row), kind: personnel ? '人员经费' : '公用经费', amount: printedFigure(cell), unit: table.unitLabel, column: personnel ? '公用经费' : '人员经费' },
      });
    }
  },
});
