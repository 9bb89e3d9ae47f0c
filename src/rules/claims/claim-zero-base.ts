import { checkZeroBase } from '../../claims/checks.js';
import { defineRule } from '../types.js';
import { runClaimCheck } from '../../claims/run.js';

export default defineRule({
  id: 'NC006',
  name: 'claim-zero-base',
  severity: 'note',
  requires: [],
  needsNarrative: true,
  doc: {
    what: "\"增长 100%\" from a zero prior year: a common convention, not arithmetic (a note, never an error).",
    why: "A growth rate from zero is undefined; the reader should know that 100% here means \"new this year\".",
    bad: "增加 164.40 万元，增长 100.00% (prior 0)",
    good: "增加 164.40 万元 (上年未安排)",
  },
  messages: {
    zeroBase: "{subject}: {percent} growth from a zero prior ({change} is all new): a convention, not a ratio",
  },
  check(ctx) {
    runClaimCheck(ctx, (a) => checkZeroBase(a));
  },
});
