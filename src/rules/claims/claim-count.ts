import { projectCount } from '../../ledger/figures.js';
import type { Claim } from '../../narrative/claims.js';
import { analyseClaims } from '../../narrative/analysis.js';
import { defineRule } from '../types.js';
import { atClaim } from './at-claim.js';

const subjectOf = (c: Claim): string => c.subject || c.project || '(no subject)';

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
    const a = analyseClaims(ctx.ledger);
    const p = projectCount(a.ledger);
    if (!p) return;
    for (const c of a.claims) {
      if (c.kind !== 'count' || a.keys.get(c.id) !== 'project:total') continue;
      if (c.count.value === p.count || c.count.value === p.rows) continue;
      ctx.report(
        atClaim(c, {
          messageId: 'count',
          data: { subject: subjectOf(c), table: p.file, unit: c.count.unit },
          expected: String(p.count),
          actual: String(c.count.value),
          difference: String(c.count.value - p.count),
          against: `${p.file}: ${p.count} project rows`,
        }),
      );
    }
  },
});
