import { checkShares } from '../../claims/checks.js';
import { defineRule } from '../types.js';
import { runClaimCheck } from '../../claims/run.js';

export default defineRule({
  id: 'NC002',
  name: 'claim-share',
  severity: 'error',
  requires: [],
  needsNarrative: true,
  doc: {
    what: "A stated share (占 X%) differs from numerator / denominator beyond rounding.",
    why: "Shares divided by the wrong base, or copied from last year, are among the most frequent narrative errors that inspections find.",
    bad: "一般公共预算 485.54 万元，占 87.63% (of 617.53)",
    good: "一般公共预算 485.54 万元，占 78.63%",
  },
  messages: {
    differs: "{subject}: 占 {actual}% is stated; {numerator} / {denominator} = {expected}%",
  },
  check(ctx) {
    runClaimCheck(ctx, (a) => checkShares(a, ctx.strict));
  },
});
