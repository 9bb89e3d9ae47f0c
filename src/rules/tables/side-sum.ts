import type { Row } from '../../model.js';
import { place, rowLabel, term } from '../helpers.js';
import { defineRule, type Term } from '../types.js';
import { TWO_SIDED, sideTree } from './two-sided.js';

export default defineRule({
  id: 'TBL005',
  name: 'two-sided-items',
  severity: 'error',
  requires: [],
  doc: {
    what: 'In the two-sided tables, 本年收入 equals the sum of its numbered items, each "一、/二、" section the sum of its items, 收入总计 the sum of the sections (本年收入 + 上年结转结余), and 支出总计 the sum of the function classes (+ 结转下年).',
    why: 'The summary is the page most readers see; its totals must be the sum of the lines printed under them.',
    bad: '一、本年收入 617.53 with 1.一般公共预算拨款 485.54 and 5.单位资金 113.99',
    good: '一、本年收入 617.53 = 485.54 + 131.99',
  },
  messages: {
    sum: '{table}: {row} is {actual} {unit}, but the {count} lines under it add up to {expected} {unit} (difference {difference})',
  },
  check(ctx) {
    for (const kind of TWO_SIDED) {
      const table = ctx.ledger.tables.get(kind);
      if (!table) continue;
      const checkRow = (row: Row | undefined, parts: Row[]) => {
        const stated = row?.cells.get('total');
        if (!row || !stated?.amount || parts.length === 0) return;
        const terms = parts.map((p) => term(p, 'total'));
        if (terms.some((t) => t === null)) return;
        ctx.checkSum({ stated: stated.amount, place: place(stated), terms: terms as Term[], messageId: 'sum', data: { table: table.title, row: rowLabel(row), count: parts.length } });
      };
      for (const side of ['income', 'expenditure'] as const) {
        const tree = sideTree(table, side);
        for (const s of tree.sections) checkRow(s.row, s.items.length > 0 ? s.items : s.row.item === 'current-exp' ? tree.classes : []);
        if (side === 'income') {
          checkRow(tree.total, tree.sections.length > 0 ? [...tree.sections.map((s) => s.row), ...tree.loose] : tree.loose);
        } else {
          const sectionsHoldClasses = tree.sections.some((s) => s.row.item === 'current-exp');
          const parts = tree.sections.length > 0 && sectionsHoldClasses ? [...tree.sections.map((s) => s.row), ...tree.loose] : [...tree.classes, ...tree.sections.map((s) => s.row), ...tree.loose];
          checkRow(tree.total, parts);
        }
      }
    }
  },
});
