import { columnKey, totalRow } from '../../ledger/queries.js';
import { defineRule } from '../types.js';
import { figure } from '../../ledger/figures.js';
import { compare } from './compare.js';
import { summaryItem } from '../../ledger/queries.js';

/** Summary income items and the income-table column that carries each. */
const ITEMS: [string, string][] = [
  ['gpb', 'gpb'],
  ['gfb', 'gfb'],
  ['soc', 'soc'],
  ['special', 'special'],
  ['unit-funds', 'unit-funds'],
  ['business', 'business'],
  ['operating', 'operating'],
  ['higher-subsidy', 'higher-subsidy'],
  ['affiliated', 'affiliated'],
  ['other-income', 'other-income'],
  ['fin-carry', 'fin-carry'],
  ['nonfin-carry', 'nonfin-carry'],
];

export default defineRule({
  id: 'XT003',
  name: 'summary-income-items',
  severity: 'error',
  requires: ['summary', 'income'],
  doc: {
    what: 'Each income item of the summary equals the total of its column in the income table (一般公共预算拨款 = the 一般公共预算 column, 单位资金 = the 单位资金 column …).',
    why: 'The summary and the income table state the same sources; a difference means one of them is out of date.',
    bad: '收支总表 5.单位资金 131.99; 收入总表 单位资金 column total 113.99',
    good: 'both 131.99',
  },
  messages: {
    item: '{name}: the summary has {actual} {unit}, the income table\'s column total is {expected} {unit} (difference {difference})',
  },
  check(ctx) {
    const summary = ctx.ledger.tables.get('summary')!;
    const income = ctx.ledger.tables.get('income')!;
    const total = totalRow(income);
    for (const [item, key] of ITEMS) {
      const row = summaryItem(summary, item);
      const column = columnKey(income, key);
      if (!row || !column) continue;
      compare(ctx, figure(summary, row, 'total'), [figure(income, total, column)], 'item', { name: row.name });
    }
  },
});
