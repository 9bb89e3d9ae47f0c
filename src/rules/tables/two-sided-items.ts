import type { Row } from '../../ledger/model.js';
import { place, rowLabel } from '../../ledger/queries.js';
import { term } from '../helpers.js';
import { defineRule, type Term } from '../types.js';
import { TWO_SIDED, sideTree, totalParts } from './two-sided.js';

export default defineRule({
  id: 'TBL005',
  name: 'two-sided-items',
  severity: 'error',
  requires: [],
  doc: {
    what: 'In the two-sided tables, in every amount column, each "一、/二、" section equals the sum of the items under it, a subtotal (本年收入合计, 本年支出合计) the sum of the lines above it, and 收入总计/支出总计 the sum of the sections (本年收入 + 上年结转结余) or of the function classes (+ 结转下年).',
    why: 'The summary is the page most readers see; its totals must be the sum of the lines printed under them.',
    bad: '一、本年收入 617.53 with 1.一般公共预算拨款 485.54 and 5.单位资金 113.99',
    good: '一、本年收入 617.53 = 485.54 + 131.99',
  },
  messages: {
    sum: '{table}: {row} is {actual} {unit}, but the {count} lines it adds up come to {expected} {unit} (difference {difference})',
  },
  check(ctx) {
    for (const kind of TWO_SIDED) {
      const table = ctx.ledger.tables.get(kind);
      if (!table) continue;
      // Every amount column of the row: the 财政拨款收支总表 prints 合计, 一般公共预算, 政府性基金 and 国有资本经营.
      const checkRow = (row: Row | undefined, parts: Row[]) => {
        if (!row || parts.length === 0) return;
        for (const [key, stated] of row.cells) {
          if (!stated.amount) continue;
          const terms = parts.map((p) => term(p, key));
          if (terms.some((t) => t === null)) continue;
          const column = key === 'total' ? '' : ` (${table.columns.find((c) => c.key === key)?.label ?? key})`;
          ctx.checkSum({ stated: stated.amount, place: place(stated), terms: terms as Term[], messageId: 'sum', data: { table: table.title, row: `${rowLabel(row)}${column}`, count: parts.length } });
        }
      };
      for (const side of ['income', 'expenditure'] as const) {
        const tree = sideTree(table, side);
        for (const e of tree.entries) checkRow(e.row, e.items);
        for (const s of tree.subtotals) checkRow(s.row, s.parts);
        checkRow(tree.total, totalParts(tree));
      }
    }
  },
});
