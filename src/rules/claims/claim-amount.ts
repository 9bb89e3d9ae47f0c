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
    what: "A narrative amount differs from the table figure its subject names (机关运行经费 other than the 公用经费: a warning, RULES B9).",
    why: "The narrative restates the tables; an amount that matches no table (a figure copied from the line above, a stale draft) misleads every reader of the 情况说明.",
    bad: "一般公共服务支出（类）449.76 万元 (表5: 201 合计 449.67)",
    good: "一般公共服务支出（类）449.67 万元",
  },
  messages: {
    differs: "{subject} is stated as {actual} {unit}; the table says {expected} {unit} ({figure})",
    operatingCost: "{subject} is stated as {actual} {unit}; the 公用经费 is {expected} {unit} ({figure}): equal for a 行政单位 (RULES B9), so a warning, not an error",
  },
  check(ctx) {
    runClaimCheck(ctx, (a) => checkAmounts(a, ctx.strict));
  },
});
