import { totalRow } from '../../ledger/queries.js';
import { defineRule } from '../types.js';
import { figure } from '../../ledger/figures.js';
import { compare } from './compare.js';
import { summaryItem } from '../../ledger/queries.js';

const PAIRS: [string, string, string][] = [
  ['total', 'carry', '上年结转结余'],
  ['fin/subtotal', 'fin-carry', '财政拨款结转'],
  ['nonfin/subtotal', 'nonfin-carry', '非财政拨款结转结余'],
];

export default defineRule({
  id: 'XT011',
  name: 'carryover-vs-summary',
  severity: 'error',
  requires: ['carryover', 'summary'],
  doc: {
    what: 'The carry-over table\'s totals equal the summary\'s 上年结转结余 lines (total, 财政拨款结转, 非财政拨款结转结余).',
    why: 'Money carried over from last year appears in both; a difference means spending of carried-over money is misstated.',
    bad: '上年结转结余情况明细表 总计 31.16; 收支总表 二、上年结转结余 empty',
    good: 'both 31.16 (or both empty)',
  },
  messages: {
    eq: '{name}: the carry-over table has {actual} {unit}, the summary {expected} {unit} (difference {difference})',
  },
  check(ctx) {
    const carry = ctx.ledger.tables.get('carryover')!;
    const summary = ctx.ledger.tables.get('summary')!;
    const total = totalRow(carry);
    for (const [key, item, name] of PAIRS) {
      const s = summaryItem(summary, item);
      if (!s || !carry.columns.some((c) => c.key === key)) continue;
      compare(ctx, figure(carry, total, key), [figure(summary, s, 'total')], 'eq', { name });
    }
  },
});
