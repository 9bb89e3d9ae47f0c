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
  /** Why an unlinked claim could not be checked (see UnlinkedReason). */
  unlinkedReason?: UnlinkedReason;
}

/**
 * Why a claim is unlinked: 'no-table' — a figure no table of the package publishes (政府采购, 国有资产,
 * 绩效目标, counts of people, vehicles, equipment); 'no-figure' — the tables should hold it but its subject
 * was not recognised; 'standalone' — a narrative-only package states it with nothing to check it against.
 */
export type UnlinkedReason = 'no-table' | 'no-figure' | 'standalone';

export interface ClaimCounts {
  found: number;
  verified: number;
  contradicted: number;
  unlinked: number;
  /** The unlinked claims by why they are unlinked (present with a narrative). */
  unlinkedBy?: Record<UnlinkedReason, number>;
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
  /** The unit's tables as printed and its narrative's text: only when asked for (CheckOptions.includeSource, the HTML format). */
  source?: UnitSource;
}

/**
 * What a report that shows the unit's input needs (the HTML format): each table's records as printed
 * and the narrative's lines, located as the findings are (a workbook's sheet and row, a PDF's page and
 * line), so that a finding's file, place and column name the cell it is about; and where each listed
 * claim's text stands in the narrative.
 */
export interface UnitSource {
  /** In the order of the files, then of their lines; a table given twice (CP004) too. */
  tables: SourceTable[];
  narrative?: SourceNarrative;
}

export interface SourceTable {
  file: string;
  kind: TableKind;
  title: string;
  /** 元 or 万元 as printed. */
  unitLabel: string;
  /** A second table of a kind already read (reported by CP004). */
  duplicate?: boolean;
  /** The title's record and the meta rows before the header (表N, 编制单位, 单位). */
  meta: SourceRow[];
  header: SourceRow[];
  body: SourceRow[];
  /** Records left out past SOURCE_LIMITS.rows. */
  omitted?: number;
}

/**
 * A record as printed: its cells' texts (the first is column 1: a CSV field, a sheet's column A, a
 * PDF table's first column) and where it was printed, located: a sheet and its row, or a page and the
 * line on the page, else the file's line.
 */
export interface SourceRow {
  line: number;
  sheet?: string;
  page?: number;
  cells: string[];
}

export interface SourceNarrative {
  file: string;
  /** The text's physical lines, from line 1 (at most SOURCE_LIMITS.chars characters in all). */
  lines: string[];
  /** A PDF's narrative: the page and the line on the page of each line (what findings and claims name). */
  printed?: { page: number; line: number }[];
  /** Lines left out past SOURCE_LIMITS.chars. */
  omitted?: number;
  /** Where each claim of UnitReport.claims (same index) stands. */
  claims: SourceClaim[];
}

/** A 1-based line and column (UTF-16 code units) of the narrative's text. */
export interface TextPosition {
  line: number;
  column: number;
}

export interface SourceClaim {
  /** Its text's first character and the position just after its last, in the narrative's lines (not located). */
  from: TextPosition;
  to: TextPosition;
  /** The table cell of the figure it is linked to, located as findings are, when it is one printed cell. */
  figure?: { file: string; line: number; column?: number; sheet?: string; cell?: string; page?: number };
  /** The findings (indexes in UnitReport.findings) that contradict it or note on it. */
  findings: number[];
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
