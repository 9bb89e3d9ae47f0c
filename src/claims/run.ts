/** Claim rules share one way of reporting a verdict: at the claim's line, quoting its sentence. */
import { analyseClaims, markContradicted } from './analyse.js';
import type { ClaimAnalysis } from './analyse.js';
import type { Verdict } from './checks.js';
import type { RuleContext } from '../rules/types.js';
import { excerpt } from '../load/text.js';

export function runClaimCheck(ctx: RuleContext, check: (a: ClaimAnalysis) => Verdict[]): void {
  if (!ctx.ledger.narrative) return;
  const analysis = analyseClaims(ctx.ledger);
  for (const v of check(analysis)) {
    ctx.report({
      messageId: v.messageId,
      data: { ...v.data, line: v.claim.line },
      place: { file: v.claim.file, line: (v.at ?? v.claim.at).line, column: (v.at ?? v.claim.at).column },
      severity: v.severity,
      expected: v.expected,
      actual: v.actual,
      difference: v.difference,
      unit: v.unit,
      quote: excerpt(v.claim.sentence, v.claim.offset - v.claim.sentenceOffset),
    });
    // A note (the zero-base convention) does not contradict the claim.
    if (v.severity !== 'note') markContradicted(analysis, v.claim, v.against);
  }
}
