import { checkPercents } from '../../claims/checks.js';
import { defineRule } from '../types.js';
import { runClaimCheck } from '../../claims/run.js';

export default defineRule({
  id: 'NC003',
  name: 'claim-yoy-percent',
  severity: 'error',
  requires: [],
  needsNarrative: true,
  doc: {
    what: "The percent of a year-over-year change differs from change / prior, where prior = current − change (增加) or current + change (减少).",
    why: "A growth rate computed against the wrong base (the current year, another line) misstates how the budget changed.",
    bad: "比上年预算减少 25.16 万元，下降 5.18%",
    good: "比上年预算减少 25.16 万元，下降 4.93%",
  },
  messages: {
    differs: "{subject}: {change} on a prior of {prior} is {expected}%, the text says {actual}%",
  },
  check(ctx) {
    runClaimCheck(ctx, (a) => checkPercents(a, ctx.strict));
  },
});
