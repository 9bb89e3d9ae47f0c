import { checkConflicts } from '../../claims/checks.js';
import { defineRule } from '../types.js';
import { runClaimCheck } from '../../claims/run.js';

export default defineRule({
  id: 'NC012',
  name: 'claim-conflicting-amount',
  severity: 'warning',
  requires: [],
  needsNarrative: true,
  doc: {
    what: "One item stated with two different amounts in the narrative.",
    why: "When the text gives two figures for one item, at most one of them is right.",
    bad: "基本支出 321.14 万元 … 基本支出 312.14 万元",
    good: "基本支出 321.14 万元 … 基本支出 321.14 万元",
  },
  messages: {
    twoAmounts: "{subject} is stated as {second} here and as {first} at line {firstLine}",
  },
  check(ctx) {
    runClaimCheck(ctx, (a) => checkConflicts(a, ctx.strict));
  },
});
