/**
 * A rule is a pure check over a Ledger: it reports findings as data through its context and never
 * does I/O. Its messages are templates ("{name} is {actual}, the sum of its parts is {expected}")
 * filled from the finding's data in one place (src/check.ts).
 */
import type { Amount, Ledger, PackageKind, Place, TableKind } from '../ledger/model.js';
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

/** Every rule's stable code, never reused: the catalogue (rules/index.ts) holds exactly these. */
export type RuleId =
  | 'TBL001' | 'TBL002' | 'TBL003' | 'TBL004' | 'TBL005' | 'TBL006' | 'TBL007' | 'TBL008' | 'TBL009'
  | 'TBL010' | 'TBL011' | 'TBL012' | 'TBL013' | 'TBL014' | 'TBL015' | 'TBL016' | 'TBL017' | 'TBL018'
  | 'XT001' | 'XT002' | 'XT003' | 'XT004' | 'XT005' | 'XT006' | 'XT007' | 'XT008' | 'XT009' | 'XT010' | 'XT011' | 'XT012'
  | 'FE001' | 'FE002'
  | 'CP001' | 'CP002' | 'CP003' | 'CP004' | 'CP005'
  | 'NC001' | 'NC002' | 'NC003' | 'NC004' | 'NC005' | 'NC006' | 'NC007' | 'NC008' | 'NC009' | 'NC010'
  | 'NC011' | 'NC012' | 'NC013' | 'NC014' | 'NC015' | 'NC016'
  | 'TXT001' | 'TXT002' | 'TXT003' | 'TXT004' | 'TXT005' | 'TXT006' | 'TXT007';

/** The data a message template is filled from. */
export type MessageData = Record<string, string | number>;

export interface Draft<M extends string = string> {
  /** One of the rule's own message ids: an unknown one does not compile. */
  messageId: M;
  data?: MessageData;
  place: Place;
  /** Overrides the rule's default severity (e.g. a rounding note). */
  severity?: Severity;
  /** Set by the engine on a difference that rounding explains (a note ending with the rounding sentence). */
  rounding?: boolean;
  expected?: string;
  actual?: string;
  difference?: string;
  unit?: string;
  components?: Term[];
  quote?: string;
  /** The narrative claim the finding contradicts (its id): the claim is then listed as contradicted. */
  claim?: number;
  /** What the claim was checked against, for the claims list (when it says more than the analysis). */
  against?: string;
}

export interface SumCheck<M extends string = string> {
  /** The figure as printed. */
  stated: Amount;
  place: Place;
  terms: Term[];
  messageId: M;
  /** The message's data, or a function that makes it: called only when there is something to report. */
  data?: MessageData | (() => MessageData);
  /** "eq" (default): stated = Σ terms; "le": stated ≤ Σ terms; "ge": stated ≥ Σ terms. */
  relation?: 'eq' | 'le' | 'ge';
}

export interface RuleContext<M extends string = string> {
  ledger: Ledger;
  /** Last year's package of the same unit (--previous), when given. */
  previous?: Ledger;
  strict: boolean;
  report: (draft: Draft<M>) => void;
  /**
   * Compare a printed figure with the sum of printed parts under the rounding model: an error
   * (the rule's severity) when no choice of true values satisfies the relation, a note when the
   * difference is explained by rounding, nothing when exact. Returns whether it was consistent.
   */
  checkSum: (check: SumCheck<M>) => boolean;
}

export interface Rule<M extends string = string> {
  /** Stable code, never reused: TBL001, XT001, FE001, CP001, NC001, TXT001 … */
  id: RuleId;
  /** Readable name: "subtotal-hierarchy". */
  name: string;
  severity: Severity;
  /** Tables the rule needs; when one is missing, the rule is listed as not run. */
  requires: TableKind[];
  /**
   * The packages it applies to: budgets (预算), final accounts (决算), or both (when absent). A rule of the
   * other kind is not run, and not listed as skipped.
   */
  kinds?: readonly PackageKind[];
  /** Whether it reads the narrative (then it is skipped without one). */
  needsNarrative?: boolean;
  doc: RuleDoc;
  /** Message templates by id ("{name} is {actual}, the sum of its parts is {expected}"). */
  messages: Record<M, string>;
  check(ctx: RuleContext<M>): void;
}

/** A rule, its message ids taken from its `messages`: a draft with any other id does not compile. */
export function defineRule<const M extends string>(rule: Rule<M>): Rule<M> {
  return rule;
}
