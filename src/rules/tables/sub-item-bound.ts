import { place, rowLabel } from '../../ledger/queries.js';
import { term } from '../helpers.js';
import { defineRule, type Term } from '../types.js';
import { TWO_SIDED, sideTree } from './two-sided.js';

export default defineRule({
  id: 'TBL006',
  name: 'sub-item-bound',
  severity: 'error',
  requires: [],
  doc: {
    what: 'In the two-sided tables, the "其中" lines under an item add up to no more than the item.',
    why: '"其中" lines are parts of the line above; parts larger than the whole mean a figure is misplaced or mistyped.',
    bad: '1.一般公共预算拨款 485.54; 其中：一般财力 548.54',
    good: '1.一般公共预算拨款 485.54; 其中：一般财力 485.54',
  },
  messages: {
    bound: '{table}: the "其中" lines under {row} add up to {expected} {unit}, more than {row} itself ({actual} {unit})',
  },
  check(ctx) {
    for (const kind of TWO_SIDED) {
      const table = ctx.ledger.tables.get(kind);
      if (!table) continue;
      for (const side of ['income', 'expenditure'] as const) {
        const tree = sideTree(table, side);
        const parents = [...new Set(tree.subItems.map((s) => s.parent))];
        for (const parent of parents) {
          const stated = parent.cells.get('total');
          if (!stated?.amount) continue;
          const terms = tree.subItems.filter((s) => s.parent === parent).map((s) => term(s.row, 'total'));
          if (terms.some((t) => t === null)) continue;
          ctx.checkSum({ stated: stated.amount, place: place(stated), terms: terms as Term[], relation: 'ge', messageId: 'bound', data: { table: table.title, row: rowLabel(parent) } });
        }
      }
    }
  },
});
