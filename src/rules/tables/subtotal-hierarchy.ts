import type { Row } from '../../ledger/model.js';
import { amountColumns, hasCodeProblems, parentsOf, rowLabel } from '../../ledger/queries.js';
import { termsToCheck } from '../helpers.js';
import { defineRule } from '../types.js';

const CLASSIFIED = ['income', 'expenditure', 'gpb', 'gpb-basic', 'gpb-project', 'gfb', 'soc'] as const;


export default defineRule({
  id: 'TBL001',
  name: 'subtotal-hierarchy',
  severity: 'error',
  requires: [],
  doc: {
    what: 'Every 类 row equals the sum of its 款 rows and every 款 row the sum of its 项 rows, in every amount column; in the project table each subject equals the sum of its projects.',
    why: 'A subtotal that does not add up means a figure was typed over or a row was left out; every total above it inherits the error.',
    bad: '201 一般公共服务支出 581.66 = 20103 581.66; 20103 = 2010301 13.38 + 2010350 403.88 + 2010399 164.40 = 581.66, but 20103 printed as 582.66',
    good: '20103 政府办公厅（室）及相关机构事务 581.66 = 13.38 + 403.88 + 164.40',
  },
  messages: {
    sum: '{row} {column} is {actual} {unit}, but its {count} parts add up to {expected} {unit} (difference {difference})',
  },
  check(ctx) {
    for (const kind of CLASSIFIED) {
      const table = ctx.ledger.tables.get(kind);
      if (!table || hasCodeProblems(table)) continue;
      const parents = parentsOf(table);
      const children = new Map<Row, Row[]>();
      parents.forEach((parent, row) => {
        if (!parent) return;
        const kids = children.get(parent);
        if (kids) kids.push(row);
        else children.set(parent, [row]);
      });
      const keys = amountColumns(table).map((key) => ({ key, label: table.columns.find((c) => c.key === key)?.label ?? key }));
      children.forEach((kids, parent) => {
        for (const { key, label } of keys) {
          const stated = parent.cells.get(key);
          if (!stated?.amount) continue;
          const terms = termsToCheck(stated.amount, kids, key);
          if (!terms) continue;
          ctx.checkSum({
            stated: stated.amount,
            place: { file: stated.file, line: stated.line, column: stated.column },
            terms,
            messageId: 'sum',
            data: () => ({ row: rowLabel(parent), column: label, count: terms.length }),
          });
        }
      });
    }
  },
});
