import { checkFlat } from '../../claims/checks.js';
import { defineRule } from '../types.js';
import { runClaimCheck } from '../../claims/run.js';

export default defineRule({
  id: 'NC005',
  name: 'claim-flat',
  severity: 'error',
  requires: [],
  needsNarrative: true,
  doc: {
    what: "A flat statement (持平, 无变化, 无增减) stands with a change that cannot be zero.",
    why: "\"持平\" tells the reader nothing changed; a stated non-zero change says otherwise.",
    bad: "公务接待费增加 0.40 万元，与上年一致无变化",
    good: "公务接待费增加 0.00 万元，与上年一致无变化",
  },
  messages: {
    notFlat: "{subject}: \"{word}\" but the change is {change}",
  },
  check(ctx) {
    runClaimCheck(ctx, (a) => checkFlat(a, ctx.strict));
  },
});
