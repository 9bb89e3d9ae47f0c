import { analyseClaims } from '../../narrative/analysis.js';
import { defineRule } from '../types.js';
import { atClaim } from './at-claim.js';

export default defineRule({
  id: 'NC011',
  name: 'claim-placeholder',
  severity: 'warning',
  requires: [],
  needsNarrative: true,
  doc: {
    what: "A template placeholder left in the text (XX, ××, 占%, 主要原因是。).",
    why: "A placeholder means a figure or a reason was never filled in.",
    bad: "占 XX%；主要原因是。",
    good: "占 78.63%；主要原因是在职人员减少。",
  },
  messages: {
    placeholder: "placeholder \"{text}\" left in the text",
  },
  check(ctx) {
    const a = analyseClaims(ctx.ledger);
    for (const c of a.claims) {
      if (c.kind === 'placeholder') ctx.report(atClaim(c, { messageId: 'placeholder', data: { text: c.placeholder }, actual: c.placeholder }));
    }
  },
});
