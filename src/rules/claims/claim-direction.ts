import { checkDirections } from '../../claims/checks.js';
import { defineRule } from '../types.js';
import { runClaimCheck } from '../../claims/run.js';

export default defineRule({
  id: 'NC004',
  name: 'claim-direction',
  severity: 'error',
  requires: [],
  needsNarrative: true,
  doc: {
    what: "The direction words of a year-over-year claim disagree (增加 with 下降, 减少 with 增长), or an increase exceeds the amount itself.",
    why: "A reader takes the direction from the words; words that contradict each other or the numbers make the change unreadable.",
    bad: "比上年预算减少 25.16 万元，增长 4.93%",
    good: "比上年预算减少 25.16 万元，下降 4.93%",
  },
  messages: {
    words: "{subject}: \"{changeWord}\" and \"{percentWord}\" point in opposite directions",
    against: "{subject}: \"{word}\" but the amount went from {prior} to {current}",
    sign: "{subject}: {word} {change} exceeds the current amount {current}: the prior year would be negative",
  },
  check(ctx) {
    runClaimCheck(ctx, (a) => checkDirections(a));
  },
});
