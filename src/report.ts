/** Findings and reports: plain data, rendered by the formatters in src/format/. */
import type { SourceFile, TableKind } from './ledger/model.js';

export type Severity = 'error' | 'warning' | 'note';

export interface Component {
  label: string;
  value: string;
  file: string;
  line: number;
  column?: number;
  sheet?: string;
  cell?: string;
  page?: number;
}

export interface Finding {
  rule: string;
  /** The rule's readable name, e.g. "subtotal-hierarchy". */
  name: string;
  severity: Severity;
  /**
   * The rule's message id ("sum", "differs" …), or one of the engine's (ENGINE_MESSAGES: "moreFindings").
   * With `data` it renders `message` in any language.
   */
  messageId: string;
  /** What the message template is filled from. */
  data: Record<string, string | number>;
  /** A difference that the rounding of the printed figures explains: the message ends with the rounding note. */
  rounding?: boolean;
  /** The message rendered in English. */
  message: string;
  file: string;
  line: number;
  column?: number;
  /** A workbook's sheet and cell ("E9"): `line` is the sheet's row and `column` its column number. */
  sheet?: string;
  cell?: string;
  /** A PDF's page: `line` is the line on the page. */
  page?: number;
  /** What the figure should be (computed), in the unit printed at the place. */
  expected?: string;
  /** What was stated. */
  actual?: string;
  difference?: string;
  /** 元 or 万元: the unit of expected/actual/difference. */
  unit?: string;
  /** For sums: the parts that were added. */
  components?: Component[];
  /** The sentence of a narrative claim. */
  quote?: string;
}

export type ClaimStatus = 'verified' | 'contradicted' | 'unlinked';

export interface ClaimRecord {
  kind: string;
  text: string;
  file: string;
  line: number;
  column?: number;
  page?: number;
  status: ClaimStatus;
  /** The figure it was checked against, described. */
  against?: string;
}

export interface ClaimCounts {
  found: number;
  verified: number;
  contradicted: number;
  unlinked: number;
}

/** Something that kept part of a unit from being checked: the unit is then never clean. */
export interface InputProblem {
  file: string;
  line?: number;
  sheet?: string;
  page?: number;
  reason: string;
}

export interface UnitReport {
  path: string;
  unitName?: string;
  year?: number;
  findings: Finding[];
  files: SourceFile[];
  /** Rules that could not run, with the tables they lacked. */
  skippedRules: { rule: string; missing: TableKind[] }[];
  problems: InputProblem[];
  claims?: ClaimRecord[];
  claimCounts?: ClaimCounts;
}

export interface Summary {
  units: number;
  errors: number;
  warnings: number;
  notes: number;
  unreadable: number;
  /** Files below the given paths that are no unit's (a roster beside the units), and links not followed: listed, not read. */
  skipped?: { file: string; reason: string }[];
  /** With a baseline (--baseline): the findings left out as known; the counts above are of the others. */
  known?: number;
}

export interface Report {
  units: UnitReport[];
  summary: Summary;
}

export function emptySummary(): Summary {
  return { units: 0, errors: 0, warnings: 0, notes: 0, unreadable: 0 };
}

/** Count one more unit into the totals. */
export function addToSummary(s: Summary, u: UnitReport): void {
  s.units++;
  for (const f of u.findings) s[f.severity === 'error' ? 'errors' : f.severity === 'warning' ? 'warnings' : 'notes']++;
  if (u.problems.length > 0) s.unreadable++;
}

export function summarise(units: UnitReport[]): Summary {
  const s = emptySummary();
  for (const u of units) addToSummary(s, u);
  return s;
}
