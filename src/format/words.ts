/**
 * The words of the reports that a person reads (the terminal report's labels, the rule list's
 * heading, a SARIF rule's help): English here, and the same shape in each other language
 * (src/i18n). The findings' messages are not here: they are rendered from their message ids.
 */
import type { ClaimCounts, ClaimStatus, Severity, Summary, UnlinkedReason } from '../report.js';
import type { TableKind } from '../ledger/model.js';

export interface Words {
  severity: Record<Severity, string>;
  /** "stated 449.67, should be 449.77, difference -0.10 万元" under a finding (`narrative`: stated in the narrative, not printed in a table). */
  figures(f: { actual?: string; expected?: string; difference?: string }, unit: string | undefined, narrative: boolean): string;
  /** A line of a file: "表5.csv:8". */
  place(file: string, line: number): string;
  /** A unit's file that could not be read: "unreadable" before its name. */
  unreadable: string;
  /** A file (or a sheet of it, or a page) that was listed and not checked. */
  skipped(file: string, where: { sheet?: string; page?: number }, reason: string): string;
  /** The rules that could not run, each with the tables it lacked (none: it lacked the narrative). */
  notRun(rules: { rule: string; missing: TableKind[] }[]): string;
  claimsHead: [line: string, claim: string, status: string, against: string];
  claimStatus: Record<ClaimStatus, string>;
  /** Why a claim is unlinked, in a few words. */
  unlinkedReason: Record<UnlinkedReason, string>;
  /** A unit's claim counts, with the unlinked ones by reason. */
  claimCounts(k: ClaimCounts): string;
  /** A batch's line per unit: its status word, and its counts. */
  unitStatus: Record<'unreadable' | 'errors' | 'warnings' | 'clean', string>;
  unitCounts(errors: number, warnings: number): string;
  /** A unit's claims in its line: verified and contradicted. */
  unitClaims(k: ClaimCounts): string;
  /** The heading of a batch's counts per rule, and a rule's counts. */
  perRuleHead: string;
  ruleCounts(c: { errors: number; warnings: number; notes: number }): string;
  /** The closing line: units and findings; `red` colours the count of units with unreadable input. */
  totals(s: Summary, red: (text: string) => string): string;
  /** `budget-check rules`: the table's heading and its last line. */
  rulesHead: [id: string, name: string, severity: string, appliesTo: string, what: string];
  /** Which packages a rule checks: budgets and final accounts, budgets only, final accounts only. */
  appliesTo: { both: string; budget: string; final: string };
  rulesFooter(count: number): string;
  /** A SARIF rule's help: its faulty and its correct example. */
  bad: string;
  good: string;
  /** A batch's progress bar on the terminal (cli-progress's format). */
  progress: string;
  /** GitHub: the notice that counts the findings left out of the annotations. */
  moreAnnotations(count: number, hidden: Record<Severity, number>): string;
}

const EN_REASONS: Record<UnlinkedReason, string> = { 'no-table': 'no table publishes it', 'no-figure': 'subject not recognised', standalone: 'nothing stated to check it against' };

/** The unlinked claims by reason, those with any, in a fixed order: "" when none is unlinked. */
export function byReason(k: ClaimCounts, words: Record<UnlinkedReason, string>, item: (n: number, word: string) => string, sep: string, open: string, close: string): string {
  const by = k.unlinkedBy;
  if (!by || k.unlinked === 0) return '';
  const parts = (['no-table', 'no-figure', 'standalone'] as UnlinkedReason[]).filter((r) => by[r] > 0).map((r) => item(by[r], words[r]));
  return parts.length ? `${open}${parts.join(sep)}${close}` : '';
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export const EN_WORDS: Words = {
  severity: { error: 'error', warning: 'warning', note: 'note' },
  figures: (f, unit) => {
    const figures: string[] = [];
    if (f.actual !== undefined) figures.push(`stated ${f.actual}`);
    if (f.expected !== undefined) figures.push(`should be ${f.expected}`);
    if (f.difference !== undefined) figures.push(`difference ${f.difference}`);
    return `${figures.join(', ')}${unit ? ` ${unit}` : ''}`;
  },
  place: (file, line) => `${file}:${line}`,
  unreadable: 'unreadable',
  skipped: (file, where, reason) => `skipped ${file}${where.sheet !== undefined ? ` sheet "${where.sheet}"` : where.page !== undefined ? ` page ${where.page}` : ''}: ${reason}`,
  notRun: (rules) => `not run: ${rules.map((s) => `${s.rule}${s.missing.length ? ` (no ${s.missing.join(', ')})` : ' (no narrative)'}`).join('; ')}`,
  claimsHead: ['line', 'claim', 'status', 'checked against'],
  claimStatus: { verified: 'verified', contradicted: 'contradicted', unlinked: 'unlinked' },
  unlinkedReason: EN_REASONS,
  claimCounts: (k) => `claims: ${k.found} found, ${k.verified} verified, ${k.contradicted} contradicted, ${k.unlinked} unlinked${byReason(k, EN_REASONS, (n, w) => `${n} ${w}`, '; ', ' (', ')')}`,
  unitStatus: { unreadable: 'unreadable', errors: 'errors', warnings: 'warnings', clean: 'clean' },
  unitCounts: (e, w) => `${plural(e, 'error')}, ${plural(w, 'warning')}`,
  unitClaims: (k) => `claims ${k.verified} verified, ${k.contradicted} contradicted`,
  perRuleHead: 'findings by rule:',
  ruleCounts: (c) => `${plural(c.errors, 'error')}, ${plural(c.warnings, 'warning')}, ${plural(c.notes, 'note')}`,
  totals: (s, red) => {
    const parts = [plural(s.units, 'unit'), plural(s.errors, 'error'), plural(s.warnings, 'warning'), plural(s.notes, 'note')];
    if (s.unreadable > 0) parts.push(red(`${s.unreadable} with unreadable input (not fully checked)`));
    if (s.known) parts.push(`${plural(s.known, 'known finding')} of the baseline not listed`);
    return parts.join(', ');
  },
  rulesHead: ['id', 'name', 'severity', 'applies to', 'what it checks'],
  appliesTo: { both: 'both', budget: 'budgets', final: 'final accounts' },
  rulesFooter: (n) => `${n} rules. Each rule's why and examples: budget-check rules --format json`,
  bad: 'Bad:',
  good: 'Good:',
  progress: 'checking {bar} {value}/{total} units | {rate} units/s | ETA {eta_formatted}',
  moreAnnotations: (count, hidden) =>
    `${count} ${count === 1 ? 'more finding' : 'more findings'} not shown as annotations ` +
    `(${plural(hidden.error, 'error')}, ${plural(hidden.warning, 'warning')}, ${plural(hidden.note, 'note')}); ` +
    'see the full report',
};
