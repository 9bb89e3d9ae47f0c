import { checkYears } from '../../claims/checks.js';
import { defineRule } from '../types.js';
import { runClaimCheck } from '../../claims/run.js';

export default defineRule({
  id: 'NC010',
  name: 'claim-comparison-year',
  severity: 'error',
  requires: [],
  needsNarrative: true,
  doc: {
    what: "A named comparison year that is not the year before the budget year.",
    why: "\"比2024年预算\" in a 2024 package compares the budget with itself: a leftover from another year's text.",
    bad: "2024 年预算 … 比 2024 年预算增加",
    good: "2024 年预算 … 比 2023 年预算增加",
  },
  messages: {
    year: "the comparison year {year} is not the year before the budget year {budgetYear}",
  },
  check(ctx) {
    runClaimCheck(ctx, (a) => checkYears(a));
  },
});
