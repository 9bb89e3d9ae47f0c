import type { Row } from '../../ledger/model.js';
import { codedRows, hasCodeProblems, totalRow } from '../../ledger/queries.js';
import { defineRule } from '../types.js';
import { figure } from '../../ledger/figures.js';
import { compare, compareUnder } from './compare.js';

export default defineRule({
  id: 'XT002',
  name: 'income-vs-expenditure-rows',
  severity: 'error',
  // Final accounts: a subject's income and its spending differ by what was carried over.
  kinds: ['budget'],
  requires: ['income', 'expenditure'],
  doc: {
    what: 'When income is classified by function, each subject\'s income total equals its expenditure total (every code, every level, and the 合计 row).',
    why: 'A unit budgets to spend what it receives for each subject; a subject whose income and expenditure differ is misstated in one of the two tables.',
    bad: '收入总表 2010350 事业运行 403.88; 支出总表 2010350 事业运行 404.88',
    good: 'both 403.88',
  },
  messages: {
    row: '{subject}: the income table has {expected} {unit}, the expenditure table {actual} {unit} (difference {difference})',
    missing: '{subject}: the {table} table has {actual} {unit}, but the {missingIn} table has no such row',
    under: '{subject}: the {table} table has {actual} {unit}; the {missingIn} table prints no such row, and its rows under it add up to {expected} {unit} (difference {difference})',
  },
  check(ctx) {
    const income = ctx.ledger.tables.get('income')!;
    const spending = ctx.ledger.tables.get('expenditure')!;
    compare(ctx, figure(spending, totalRow(spending), 'total'), [figure(income, totalRow(income), 'total')], 'row', { subject: '合计' });
    if (codedRows(income).length === 0 || hasCodeProblems(income) || hasCodeProblems(spending)) return;
    const byCode = (rows: Row[]) => new Map(rows.filter((r) => !r.project).map((r) => [r.code!, r]));
    const inRows = byCode(codedRows(income));
    const exRows = byCode(codedRows(spending));
    for (const code of [...new Set([...inRows.keys(), ...exRows.keys()])].sort()) {
      const i = figure(income, inRows.get(code), 'total');
      const e = figure(spending, exRows.get(code), 'total');
      const subject = `${code} ${(inRows.get(code) ?? exRows.get(code))!.name}`;
      if (i && e) compare(ctx, e, [i], 'row', { subject });
      else if (e && !inRows.has(code)) compareUnder(ctx, e, income, code, { subject, table: 'expenditure', missingIn: 'income' });
      else if (i && !exRows.has(code)) compareUnder(ctx, i, spending, code, { subject, table: 'income', missingIn: 'expenditure' });
    }
  },
});
