import { checkChanges } from '../../claims/checks.js';
import { defineRule } from '../types.js';
import { runClaimCheck } from '../../claims/run.js';

export default defineRule({
  id: 'NC014',
  name: 'claim-yoy-change',
  severity: 'error',
  requires: [],
  needsNarrative: true,
  doc: {
    what: "A year-over-year change in money differs from the current amount minus the prior-year amount stated with it (\"上年预算数 335.98 万元，减少 14.84 万元\").",
    why: "When the text prints both years' figures, the change it states must be their difference; a reader cannot tell which of the three figures is wrong.",
    bad: "本年预算 321.14 万元，上年预算数 335.98 万元，减少 15.84 万元",
    good: "本年预算 321.14 万元，上年预算数 335.98 万元，减少 14.84 万元",
  },
  messages: {
    differs: "{subject}: from the stated prior {prior} to {current} the change is {change}, the text says {stated}",
  },
  check(ctx) {
    runClaimCheck(ctx, (a) => checkChanges(a, ctx.strict));
  },
});
