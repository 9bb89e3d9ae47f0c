import { checkImpliedPriors } from '../../claims/checks.js';
import { defineRule } from '../types.js';
import { runClaimCheck } from '../../claims/run.js';

export default defineRule({
  id: 'NC007',
  name: 'claim-implied-prior',
  severity: 'error',
  requires: [],
  needsNarrative: true,
  doc: {
    what: "The prior-year totals implied by different groups of claims (income items, basic/project, function items, parts of 三公) disagree.",
    why: "Every year-over-year claim implies last year's figure; when the income claims and the expenditure claims imply two different prior totals, at least one change is wrong.",
    bad: "income items imply a prior total 614.59, 基本支出 + 项目支出 imply 624.59",
    good: "510.70 + 72.73 + 31.16 = 335.98 + 278.61 = 614.59",
  },
  messages: {
    disagree: "{family}: the prior year implied by {second} is {secondValue}, by {first} {firstValue} (claims at lines {lines})",
  },
  check(ctx) {
    runClaimCheck(ctx, (a) => checkImpliedPriors(a, ctx.strict));
  },
});
