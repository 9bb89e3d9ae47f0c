import { hasCodeProblems, isZero, rowByCode, totalRow } from '../../ledger/queries.js';
import { defineRule } from '../types.js';
import { isFinal } from '../../ledger/model.js';
import { absent, figure } from '../../ledger/figures.js';
import { compare, compareUnder } from './compare.js';

export default defineRule({
  id: 'XT001',
  name: 'summary-vs-tables',
  severity: 'error',
  requires: ['summary'],
  doc: {
    what: 'The summary\'s 收入总计 equals the income table\'s total, its 支出总计 the expenditure table\'s total, and each of its function classes the expenditure table\'s class row (in final accounts its 本年收入合计 and 本年支出合计, the 总计 lines adding the carry-over).',
    why: 'The summary restates the detailed tables; a figure that differs means one of them was not updated.',
    bad: '收支总表 201 一般公共服务支出 581.66; 支出总表 201 591.66',
    good: 'both 581.66',
  },
  messages: {
    total: '{what}: {stated} is {actual} {unit}, but {other} is {expected} {unit} (difference {difference})',
    class: 'class {code}: {stated} is {actual} {unit}, but {other} is {expected} {unit} (difference {difference})',
    missing: 'class {code}: {stated} is {actual} {unit}, but {missingIn} has no row {code}',
    under: 'class {code}: {stated} is {actual} {unit}; {missingIn} prints no row {code}, and its rows under it add up to {expected} {unit} (difference {difference})',
  },
  check(ctx) {
    const summary = ctx.ledger.tables.get('summary')!;
    const income = ctx.ledger.tables.get('income');
    const spending = ctx.ledger.tables.get('expenditure');
    // Final accounts: the income and expenditure tables hold this year's money alone, the summary's
    // 本年收入合计 and 本年支出合计 (its 总计 lines add the carry-over).
    const final = isFinal(ctx.ledger);
    const line = (side: 'income' | 'expenditure', item: string) => (final ? summary.rows.find((r) => r.side === side && !r.code && r.item === item) : undefined);
    const incomeLine = line('income', 'current');
    const spendingLine = line('expenditure', 'current-exp');
    if (income) compare(ctx, figure(summary, incomeLine ?? totalRow(summary, 'income'), 'total'), [figure(income, totalRow(income), 'total')], 'total', { what: incomeLine ? '本年收入合计' : '收入总计' });
    if (!spending) return;
    compare(ctx, figure(summary, spendingLine ?? totalRow(summary, 'expenditure'), 'total'), [figure(spending, totalRow(spending), 'total')], 'total', { what: spendingLine ? '本年支出合计' : '支出总计' });
    const codes = new Set([
      ...summary.rows.filter((r) => r.side === 'expenditure' && r.level === 'class').map((r) => r.code!),
      ...spending.rows.filter((r) => r.level === 'class' && !r.project).map((r) => r.code!),
    ]);
    for (const code of [...codes].sort()) {
      const s = rowByCode(summary, code, 'expenditure');
      const e = rowByCode(spending, code);
      const sf = figure(summary, s, 'total');
      const ef = figure(spending, e, 'total');
      if (s && e) {
        // 合计, and 基本支出 / 项目支出 where the summary prints them too
        for (const key of ['total', 'basic', 'project']) {
          if (key !== 'total' && !s.cells.has(key)) continue;
          compare(ctx, figure(summary, s, key), [figure(spending, e, key)], 'class', { code });
        }
      } else if (hasCodeProblems(spending)) continue;
      else if (sf && !e) compareUnder(ctx, sf, spending, code, { code, missingIn: spending.file });
      else if (ef && !isZero(ef.amount) && !s) compare(ctx, ef, [absent(summary, code)], 'missing', { code, missingIn: summary.file });
    }
  },
});
