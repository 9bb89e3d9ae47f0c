import { checkCounts } from '../../claims/checks.js';
import { defineRule } from '../types.js';
import { runClaimCheck } from '../../claims/run.js';

export default defineRule({
  id: 'NC009',
  name: 'claim-count',
  severity: 'error',
  requires: ["gpb-project"],
  needsNarrative: true,
  doc: {
    what: "A count of projects that does not match the project table.",
    why: "The number of projects is checked against the project table by inspections; a wrong count points at a missing or extra project.",
    bad: "当年财政拨款项目 6 个 (表7 lists 5)",
    good: "当年财政拨款项目 5 个",
  },
  messages: {
    count: "{subject}: {actual} {unit} stated, {table} lists {expected}",
  },
  check(ctx) {
    runClaimCheck(ctx, (a) => checkCounts(a));
  },
});
