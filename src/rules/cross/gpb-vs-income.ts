import { columnKey, totalRow } from '../../ledger/queries.js';
import { defineRule } from '../types.js';
import { figure } from '../../ledger/figures.js';
import { compare } from './compare.js';

export default defineRule({
  id: 'XT005',
  name: 'gpb-vs-income',
  severity: 'error',
  // Final accounts: a subject's income and its spending differ by what was carried over.
  kinds: ['budget'],
  requires: ['gpb', 'income'],
  doc: {
    what: 'The 一般公共预算支出表 total equals the total of the income table\'s 一般公共预算 column.',
    why: 'General-budget spending is financed by general-budget income; the two totals are one number.',
    bad: '一般公共预算支出表 合计 485.54; 收入总表 一般公共预算 485.45',
    good: 'both 485.54',
  },
  messages: {
    total: 'the general public budget table\'s total is {actual} {unit}, the income table\'s 一般公共预算 column total is {expected} {unit} (difference {difference})',
  },
  check(ctx) {
    const gpb = ctx.ledger.tables.get('gpb')!;
    const income = ctx.ledger.tables.get('income')!;
    const key = columnKey(income, 'gpb');
    if (!key) return;
    compare(ctx, figure(gpb, totalRow(gpb), 'total'), [figure(income, totalRow(income), key)], 'total', {});
  },
});
