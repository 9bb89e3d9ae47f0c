import { amountColumns, codedRows, hasCodeProblems, parentsOf, rowLabel, totalRow } from '../../ledger/queries.js';
import { termsToCheck } from '../helpers.js';
import { defineRule } from '../types.js';

const LISTS = ['income', 'expenditure', 'gpb', 'gpb-basic', 'gpb-project', 'gfb', 'soc', 'carryover'] as const;

export default defineRule({
  id: 'TBL002',
  name: 'total-of-classes',
  severity: 'error',
  requires: [],
  doc: {
    what: 'The 合计/总计 row equals the sum of the top-level rows (the 类 rows; the projects of the carry-over table), in every amount column.',
    why: 'The total row is what the other tables and the narrative quote; if it is not the sum of the classes, one of them is wrong.',
    bad: '201 581.66 + 208 35.87 = 617.53, 合计 printed as 671.53',
    good: '合计 617.53 = 201 581.66 + 208 35.87',
  },
  messages: {
    sum: 'The total row ({column}) is {actual} {unit}, but the {count} top-level rows add up to {expected} {unit} (difference {difference})',
  },
  check(ctx) {
    for (const kind of LISTS) {
      const table = ctx.ledger.tables.get(kind);
      if (!table) continue;
      const total = totalRow(table);
      if (!total) continue;
      if (hasCodeProblems(table)) continue; // the bad code is reported; its level is unknown
      const parents = parentsOf(table);
      const top =
        kind === 'carryover'
          ? table.rows.filter((r) => !r.isTotal)
          : [...codedRows(table).filter((r) => !parents.get(r)), ...table.rows.filter((r) => !r.isTotal && !r.code && !r.codeProblem && r.project)];
      if (top.length === 0) continue;
      for (const key of amountColumns(table)) {
        const stated = total.cells.get(key);
        if (!stated?.amount) continue;
        const terms = termsToCheck(stated.amount, top, key);
        if (!terms) continue;
        ctx.checkSum({
          stated: stated.amount,
          place: { file: stated.file, line: stated.line, column: stated.column },
          terms,
          messageId: 'sum',
          data: () => ({ column: table.columns.find((c) => c.key === key)?.label ?? key, count: terms.length, row: rowLabel(total) }),
        });
      }
    }
  },
});
