import type { TableKind } from '../../ledger/model.js';
import { codedRows, hasCodeProblems, isZero, rowByCode, totalRow } from '../../ledger/queries.js';
import { defineRule } from '../types.js';
import { isFinal } from '../../ledger/model.js';
import { absent, figure, type Figure } from '../../ledger/figures.js';
import { compare, compareUnder } from './compare.js';
import { FUND_NAMES } from '../../ledger/keys.js';
import { summaryItem } from '../../ledger/queries.js';

const FUNDS: ['gpb' | 'gfb' | 'soc', TableKind][] = [
  ['gpb', 'gpb'],
  ['gfb', 'gfb'],
  ['soc', 'soc'],
];

export default defineRule({
  id: 'XT004',
  name: 'appropriation-vs-fund-tables',
  severity: 'error',
  requires: ['appropriation'],
  doc: {
    what: 'The 财政拨款收支总表: its 一般公共预算 income equals the summary\'s 一般公共预算拨款; its 一般公共预算, 政府性基金 and 国有资本经营 columns by class equal the class rows of the tables of those funds; its total equals the three tables\' totals, and each fund\'s column of it that fund table\'s total.',
    why: 'The appropriation table is the sum of the fund tables; where they differ, appropriations are misstated.',
    bad: '财政拨款收支总表 201 一般公共预算 449.67; 一般公共预算支出表 201 合计 494.67',
    good: 'both 449.67',
  },
  messages: {
    income: '{name}: the appropriation table has {actual} {unit}, the summary {expected} {unit} (difference {difference})',
    class: 'class {code}, {fund}: the appropriation table has {actual} {unit}, {other} is {expected} {unit} (difference {difference})',
    missing: 'class {code}, {fund}: {stated} is {actual} {unit}, but {missingIn} has no row {code}',
    under: 'class {code}, {fund}: {stated} is {actual} {unit}; {missingIn} prints no row {code}, and its rows under it add up to {expected} {unit} (difference {difference})',
    total: '支出总计: the appropriation table has {actual} {unit}, the fund tables\' totals add up to {expected} {unit} (difference {difference})',
    fundTotal: '支出总计, {fund}: the appropriation table has {actual} {unit}, the total of {other} is {expected} {unit} (difference {difference})',
  },
  check(ctx) {
    const appr = ctx.ledger.tables.get('appropriation')!;
    const summary = ctx.ledger.tables.get('summary');
    if (summary) {
      for (const item of ['gpb', 'gfb', 'soc']) {
        const a = appr.rows.find((r) => r.side === 'income' && r.item === item);
        const s = summaryItem(summary, item);
        if (a && s) compare(ctx, figure(appr, a, 'total'), [figure(summary, s, 'total')], 'income', { name: a.name });
      }
    }
    const totals: Figure[] = [];
    // Final accounts: the fund tables' totals are this year's spending, the 本年支出合计 line (支出总计 adds 年末结转和结余).
    const apprTotalRow = (isFinal(ctx.ledger) ? appr.rows.find((r) => r.side === 'expenditure' && !r.code && r.item === 'current-exp') : undefined) ?? totalRow(appr, 'expenditure');
    for (const [key, kind] of FUNDS) {
      const fundTable = ctx.ledger.tables.get(kind);
      if (!fundTable) continue;
      const fundTotal = figure(fundTable, totalRow(fundTable), 'total');
      if (fundTotal) totals.push(fundTotal);
      if (!appr.columns.some((c) => c.key === key)) continue;
      const fund = FUND_NAMES[key];
      const codes = new Set([
        ...appr.rows.filter((r) => r.side === 'expenditure' && r.level === 'class').map((r) => r.code!),
        ...codedRows(fundTable).filter((r) => r.level === 'class' && !r.project).map((r) => r.code!),
      ]);
      for (const code of [...codes].sort()) {
        const a = figure(appr, rowByCode(appr, code, 'expenditure'), key);
        const f = figure(fundTable, rowByCode(fundTable, code), 'total');
        if (a && f) compare(ctx, a, [f], 'class', { code, fund });
        else if (hasCodeProblems(fundTable)) continue;
        else if (a) compareUnder(ctx, a, fundTable, code, { code, fund, missingIn: fundTable.file });
        else if (f && !isZero(f.amount)) compare(ctx, f, [absent(appr, code)], 'missing', { code, fund, missingIn: appr.file });
      }
      // The fund's column of 支出总计 against the fund table's total.
      const own = figure(appr, apprTotalRow, key);
      if (own && fundTotal) compare(ctx, own, [fundTotal], 'fundTotal', { fund, other: fundTable.file });
    }
    // The total against the fund tables' totals, when every fund with money here has its table.
    const unverifiable = FUNDS.some(([key, kind]) => {
      const t = ctx.ledger.tables.get(kind);
      if (t) return !figure(t, totalRow(t), 'total');
      const own = figure(appr, apprTotalRow, key);
      return !own || !isZero(own.amount);
    });
    if (!unverifiable && totals.length > 0) compare(ctx, figure(appr, apprTotalRow, 'total'), totals, 'total', {});
  },
});
