import { totalRow } from '../../ledger/queries.js';
import { defineRule } from '../types.js';
import { figure } from '../../ledger/figures.js';
import { compare } from './compare.js';

export default defineRule({
  id: 'XT010',
  name: 'operating-cost-vs-public',
  severity: 'warning',
  requires: ['three-public', 'gpb-basic'],
  doc: {
    what: '机关运行经费 (in the "三公" table) equals the economic table\'s 公用经费 total.',
    why: '机关运行经费 is defined as the basic expenditure\'s 公用经费 of administrative units; a different figure is usually a stale or mistyped one.',
    bad: '机关运行经费 20.00; 公用经费 16.65',
    good: 'both 16.65',
  },
  messages: {
    eq: '机关运行经费 is {actual} {unit}, the economic table\'s 公用经费 total is {expected} {unit} (difference {difference})',
  },
  check(ctx) {
    const three = ctx.ledger.tables.get('three-public')!;
    const basic = ctx.ledger.tables.get('gpb-basic')!;
    const row = three.rows.find((r) => r.item === 'operating-cost');
    if (!row) return;
    compare(ctx, figure(three, row, 'total'), [figure(basic, totalRow(basic), 'public')], 'eq', {});
  },
});
