import { isFinal } from '../../ledger/model.js';
import { analyseClaims } from '../../narrative/analysis.js';
import { defineRule } from '../types.js';
import { atClaim } from './at-claim.js';

export default defineRule({
  id: 'NC010',
  name: 'claim-comparison-year',
  severity: 'error',
  requires: [],
  needsNarrative: true,
  doc: {
    what: "A named comparison year that is not the year before the budget year (in final accounts, other than the same year's budget).",
    why: "\"比2024年预算\" in a 2024 package compares the budget with itself: a leftover from another year's text.",
    bad: "2024 年预算 … 比 2024 年预算增加",
    good: "2024 年预算 … 比 2023 年预算增加",
  },
  messages: {
    year: "the comparison year {year} is not the year before the budget year {budgetYear}",
  },
  check(ctx) {
    const a = analyseClaims(ctx.ledger);
    if (a.year === undefined) return;
    for (const c of a.claims) {
      if (c.kind !== 'year') continue;
      // The year of the statement's own figure when its head names one, else the document's.
      const year = c.statementYear ?? a.year;
      if (c.year === year - 1) continue;
      // "比2022年底增加": a stock at a year's end (assets), not a budget compared with a budget.
      if (/年(底|末)|月|日/.test(c.yoy.base)) continue;
      // "比2019年(疫情前)决算数": another year named on purpose, with its reason.
      if (c.yoy.base.includes('(')) continue;
      // A budget is drawn up before last year's final accounts: "与2022年决算相比" in a 2024 budget is right.
      // Final accounts set against the same year's budget ("与2020年度预算相比" in the 2020 决算): no year-over-year comparison.
      if (c.year === year && c.yoy.baseKind === 'budget' && isFinal(a.ledger)) continue;
      if (c.year === year - 2 && c.yoy.baseKind === 'final') continue;
      ctx.report(atClaim(c, { messageId: 'year', data: { year: c.year, budgetYear: year }, expected: String(year - 1), actual: String(c.year), against: `budget year ${year}` }));
    }
  },
});
