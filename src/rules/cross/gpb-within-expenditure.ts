import { columnKey, codedRows, rowByCode, totalRow } from '../../ledger/queries.js';
import { defineRule } from '../types.js';
import { figure } from '../../ledger/figures.js';
import { compare } from './compare.js';

export default defineRule({
  id: 'XT008',
  name: 'gpb-within-expenditure',
  severity: 'error',
  requires: ['gpb', 'expenditure'],
  doc: {
    what: 'Each row of the 一般公共预算支出表 is at most the same row of the expenditure table, column by column (合计, 基本支出, 项目支出), and equal to it when all of the unit\'s money is general public budget.',
    why: 'General-budget spending is part of all spending; a subject with more general-budget money than money in total is misstated.',
    bad: '2010301 行政运行: 一般公共预算 13.38, 支出总表 11.38',
    good: '一般公共预算 13.38 ≤ 支出总表 13.38',
  },
  messages: {
    le: '{subject} {column}: the general public budget table has {actual} {unit}, more than the expenditure table\'s {expected} {unit}',
    eq: '{subject} {column}: the general public budget table has {actual} {unit}, the expenditure table {expected} {unit}, though all income is general public budget (difference {difference})',
  },
  check(ctx) {
    const gpb = ctx.ledger.tables.get('gpb')!;
    const spending = ctx.ledger.tables.get('expenditure')!;
    const income = ctx.ledger.tables.get('income');
    const incomeTotal = income && figure(income, totalRow(income), 'total');
    const gpbIncome = income && figure(income, totalRow(income), columnKey(income, 'gpb'));
    const allGpb = !!incomeTotal && !!gpbIncome && incomeTotal.amount.value.minus(gpbIncome.amount.value).abs().lte(incomeTotal.amount.half.plus(gpbIncome.amount.half));
    const rows = [...codedRows(gpb).filter((r) => !r.project), totalRow(gpb)].filter((r) => r !== undefined);
    for (const row of rows) {
      const other = row.isTotal ? totalRow(spending) : rowByCode(spending, row.code!);
      if (!other) continue; // a subject missing from the expenditure table is XT002's and XT001's business
      for (const key of ['total', 'basic', 'project']) {
        const mine = figure(gpb, row, key);
        const theirs = figure(spending, other, key);
        if (!mine || !theirs) continue;
        const subject = row.isTotal ? '合计' : `${row.code} ${row.name}`;
        const column = gpb.columns.find((c) => c.key === key)?.label ?? key;
        compare(ctx, mine, [theirs], allGpb ? 'eq' : 'le', { subject, column }, allGpb ? 'eq' : 'le');
      }
    }
  },
});
