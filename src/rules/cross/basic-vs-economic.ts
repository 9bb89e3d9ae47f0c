import { totalRow } from '../../ledger/queries.js';
import { defineRule } from '../types.js';
import { figure, sumFigure } from '../../ledger/figures.js';
import { compare } from './compare.js';

export default defineRule({
  id: 'XT006',
  name: 'basic-vs-economic',
  severity: 'error',
  requires: ['gpb', 'gpb-basic'],
  doc: {
    what: 'The 一般公共预算支出表\'s 基本支出 total equals the total of the basic-expenditure economic table.',
    why: 'The two tables classify the same basic expenditure, once by function and once by economic nature.',
    bad: '一般公共预算支出表 基本支出 321.14; 基本支出经济分类表 合计 312.14',
    good: 'both 321.14',
  },
  messages: {
    total: 'basic expenditure: the general public budget table has {actual} {unit}, the economic table\'s total is {expected} {unit} (difference {difference})',
  },
  check(ctx) {
    const gpb = ctx.ledger.tables.get('gpb')!;
    const basic = ctx.ledger.tables.get('gpb-basic')!;
    // A table that prints 人员经费合计 and 公用经费合计 and no 合计 (final accounts): their sum.
    const total = totalRow(basic);
    const own = figure(basic, total, 'total') ?? sumFigure('basic:total', '人员经费合计 + 公用经费合计', [figure(basic, total, 'personnel'), figure(basic, total, 'public')]);
    compare(ctx, figure(gpb, totalRow(gpb), 'basic'), [own], 'total', {});
  },
});
