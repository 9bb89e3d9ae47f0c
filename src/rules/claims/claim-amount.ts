import { checkAmounts } from '../../claims/checks.js';
import { defineRule } from '../types.js';
import { runClaimCheck } from '../../claims/run.js';

export default defineRule({
  id: 'NC001',
  name: 'claim-amount',
  severity: 'error',
  requires: [],
  needsNarrative: true,
  doc: {
    what: "A narrative amount differs from the table figure its subject names.",
    why: "The narrative restates the tables; an amount that matches no table (a figure copied from the line above, a stale draft) misleads every reader of the 情况说明.",
    bad: "一般公共服务支出（类）449.76 万元 (表5: 201 合计 449.67)",
    good: "一般公共服务支出（类）449.67 万元",
  },
  messages: {
    differs: "{subject} is stated as {actual} {unit}; the table says {expected} {unit} ({figure})",
  },
  check(ctx) {
    runClaimCheck(ctx, (a) => checkAmounts(a, ctx.strict));
  },
});
