/**
 * A rule is a pure check over a Ledger: it reports findings as data through its context and never
 * does I/O. Its messages are templates ("{name} is {actual}, the sum of its parts is {expected}")
 * filled from the finding's data in one place (src/check.ts).
 */
import type { Amount, Ledger, Place, TableKind } from '../model.js';
import type { Severity } from '../report.js';

export interface RuleDoc {
  /** What it checks (one sentence). */
  what: string;
  /** Why it matters to an auditor. */
  why: string;
  /** A faulty example and a correct one, as printed. */
  bad: string;
  good: string;
}

export interface Term {
  /** The label, or a function that makes it (called only for a message). */
  label: string | (() => string);
  amount: Amount;
  place: Place;
  /** -1 to subtract. */
  sign?: 1 | -1;
}

export interface Draft {
  messageId: string;
  data?: Record<string, string | number>;
  place: Place;
  /** Overrides the rule's default severity (e.g. a rounding note). */
  severity?: Severity;
  expected?: string;
  actual?: string;
  difference?: string;
  unit?: string;
  components?: Term[];
  quote?: string;
}

export interface SumCheck {
  /** The figure as printed. */
  stated: Amount;
  place: Place;
  terms: Term[];
  messageId: string;
  /** The message's data, or a function that makes it: called only when there is something to report. */
  data?: Record<string, string | number> | (() => Record<string, string | number>);
  /** "eq" (default): stated = Σ terms; "le": stated ≤ Σ terms; "ge": stated ≥ Σ terms. */
  relation?: 'eq' | 'le' | 'ge';
}

export interface RuleContext {
  ledger: Ledger;
  /** Last year's package of the same unit (--previous), when given. */
  previous?: Ledger;
  strict: boolean;
  report(draft: Draft): void;
  /**
   * Compare a printed figure with the sum of printed parts under the rounding model: an error
   * (the rule's severity) when no choice of true values satisfies the relation, a note when the
   * difference is explained by rounding, nothing when exact. Returns whether it was consistent.
   */
  checkSum(check: SumCheck): boolean;
}

export interface Rule {
  /** Stable code, never reused: TBL001, XT001, FE001, CP001, NC001 … */
  id: string;
  /** Readable name: "subtotal-hierarchy". */
  name: string;
  severity: Severity;
  /** Tables the rule needs; when one is missing, the rule is listed as not run. */
  requires: TableKind[];
  /** Whether it reads the narrative (then it is skipped without one). */
  needsNarrative?: boolean;
  doc: RuleDoc;
  messages: Record<string, string>;
  check(ctx: RuleContext): void;
}

export function defineRule(rule: Rule): Rule {
  return rule;
}
