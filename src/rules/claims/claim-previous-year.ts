import { checkPrevious, checkPriorColumns } from '../../claims/checks.js';
import { defineRule } from '../types.js';
import { runClaimCheck } from '../../claims/run.js';

export default defineRule({
  id: 'NC013',
  name: 'claim-previous-year',
  severity: 'error',
  requires: [],
  needsNarrative: true,
  doc: {
    what: "A claim's implied prior-year figure differs from last year's table: last year's package (--previous), or a prior-year column of this year's tables (上年预算数).",
    why: "\"比上年预算减少 25.16 万元\" says what last year's budget was; last year's published tables can confirm it.",
    bad: "一般公共预算 485.54 万元，比上年预算减少 25.16 万元 (last year's 一般公共预算 520.70)",
    good: "一般公共预算 485.54 万元，比上年预算减少 25.16 万元 (last year's 一般公共预算 510.70)",
  },
  messages: {
    previous: "{subject}: the claim implies last year's figure was {implied}; last year's table says {expected} {unit} ({figure})",
    priorColumn: "{subject}: the claim implies last year's figure was {implied}; this year's table prints {expected} {unit} for last year ({figure})",
  },
  check(ctx) {
    runClaimCheck(ctx, (a) => [...checkPriorColumns(a, ctx.strict), ...(ctx.previous ? checkPrevious(a, ctx.previous, ctx.strict) : [])]);
  },
});
