import { checkLists } from '../../claims/checks.js';
import { defineRule } from '../types.js';
import { runClaimCheck } from '../../claims/run.js';

export default defineRule({
  id: 'NC008',
  name: 'claim-list-sum',
  severity: 'error',
  requires: [],
  needsNarrative: true,
  doc: {
    what: "A list (其中：…, 资金分配情况) does not add up to its stated total.",
    why: "Parts that do not make up their total mean one of them, or the total, is wrong.",
    bad: "政府采购预算 163.00 万元，其中：货物 14.38 万元，工程 1.60 万元，服务 146.02 万元",
    good: "政府采购预算 163.00 万元，其中：货物 14.38 万元，工程 1.60 万元，服务 147.02 万元",
  },
  messages: {
    sum: "{total} is {actual}; its parts {parts} add up to {expected}",
    exceeds: "{total} is {actual}; its parts {parts} add up to more ({expected})",
  },
  check(ctx) {
    runClaimCheck(ctx, (a) => checkLists(a, ctx.strict));
  },
});
