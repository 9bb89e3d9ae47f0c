/**
 * The library's core: load a unit, run the rules over its ledger, return the unit's report.
 * Rules find; this module words their findings (message templates) and applies the rounding model.
 */
import type { Decimal } from './decimal.js';
import { type EngineMessageId, renderFinding } from './messages.js';
import { holdsExactly, judge, signed } from './ledger/rounding.js';
import { formatAmount, formatDifference, unitLabel } from './ledger/money.js';
import { againstOf, analyseClaims, narrativeOf } from './narrative/analysis.js';
import { loadUnit } from './load/unit.js';
import { excerpt } from './text.js';
import { locateClaim, locateFiles, locateFinding } from './load/records.js';
import type { Ledger, TableKind } from './ledger/model.js';
import type { ClaimCounts, ClaimRecord, Finding, UnitReport, UnlinkedReason } from './report.js';
import { rules as catalogue } from './rules/index.js';
import { unitSource } from './source.js';
import type { Draft, Rule, RuleContext, SumCheck } from './rules/types.js';
import { configuredSeverity, settingsFor, type RuleConfig, type RuleSetting } from './config.js';

export interface CheckOptions {
  /** Any difference is an error, for units whose system computes exactly. */
  strict?: boolean;
  /** Last year's ledger of the same unit. */
  previous?: Ledger;
  /** Keep every claim with its status in the report (the counts are always there). */
  listClaims?: boolean;
  /**
   * Also carry the unit's tables as printed and its narrative's text, with where each claim stands
   * (UnitReport.source, for the HTML format); the claims are then listed. Off: the report is as before.
   */
  includeSource?: boolean;
  rules?: Rule[];
  /** Which rules run and at which severity, by rule id (a rule not named runs at its own severity). */
  settings?: Record<string, RuleSetting>;
}

/** Findings of one rule in one unit beyond this are summed up in one note: a broken file can repeat one fault endlessly. */
export const MAX_FINDINGS_PER_RULE = 500;


/** What checking a ledger gives: the findings, the rules that could not run, and the narrative's claims with their statuses. */
export interface LedgerCheck extends Pick<UnitReport, 'findings' | 'skippedRules'> {
  claims?: { claims: ClaimRecord[]; counts: ClaimCounts };
  /** With includeSource: the claim (its id) each finding (same index) was reported on. */
  findingClaims?: (number | undefined)[];
}

/** Run the rules over one ledger. */
export function checkLedger(ledger: Ledger, options: CheckOptions = {}): LedgerCheck {
  // A package whose tables print no year takes the year its narrative speaks of.
  ledger.year ??= narrativeOf(ledger)?.year;
  // A narrative without tables says itself whether it explains a budget or final accounts.
  if (ledger.tables.size === 0) ledger.kind ??= narrativeOf(ledger)?.kind;
  const kind = ledger.kind ?? 'budget';
  const findings: Finding[] = [];
  const skippedRules: UnitReport['skippedRules'] = [];
  /** Claims a finding contradicts, with what the finding checked them against (the last rule's word stands). */
  const contradicted = new Map<number, string | undefined>();
  /** With includeSource: the claim each finding is on. */
  const claimOf = options.includeSource ? new Map<Finding, number>() : undefined;
  for (const rule of options.rules ?? catalogue) {
    const setting = options.settings?.[rule.id];
    if (setting === 'off') continue;
    let missing: TableKind[] | undefined;
    for (const k of rule.requires) if (!ledger.tables.has(k)) (missing ??= []).push(k);
    // Without a narrative every narrative rule is listed as not run, whatever the package.
    if (rule.needsNarrative && !ledger.narrative) {
      skippedRules.push({ rule: rule.id, missing: missing ?? [] });
      continue;
    }
    // A rule of the other kind of package (a 决算 identity in a budget) does not apply: not run, not listed.
    if (rule.kinds && !rule.kinds.includes(kind)) continue;
    if (missing) {
      skippedRules.push({ rule: rule.id, missing });
      continue;
    }
    let count = 0;
    const report = (d: Draft) => {
      // A finding (not a note) on a claim makes it contradicted, even past the findings listed.
      if (d.claim !== undefined && (d.severity ?? rule.severity) !== 'note') contradicted.set(d.claim, d.against ?? contradicted.get(d.claim));
      if (++count > MAX_FINDINGS_PER_RULE) return;
      const finding: Finding = {
        rule: rule.id,
        name: rule.name,
        severity: configuredSeverity(rule.severity, d.severity, setting),
        messageId: d.messageId,
        data: d.data ?? {},
        message: '',
        file: d.place.file,
        line: d.place.line,
        column: d.place.column,
        expected: d.expected,
        actual: d.actual,
        difference: d.difference,
        unit: d.unit,
        components: d.components?.map((t) => ({
          label: typeof t.label === 'string' ? t.label : t.label(),
          value: formatAmount(signed(t), t.amount.scale, Math.max(2, t.amount.decimals)),
          file: t.place.file,
          line: t.place.line,
          column: t.place.column,
        })),
        quote: d.quote,
      };
      if (d.rounding) finding.rounding = true;
      finding.message = renderFinding(finding, rule.messages);
      findings.push(finding);
      if (claimOf && d.claim !== undefined) claimOf.set(finding, d.claim);
    };
    const checkSum = (c: SumCheck): boolean => {
      // Most sums agree (or keep their bound) exactly: decided on integers, without Decimal arithmetic.
      if (holdsExactly(c.stated, c.terms, c.relation)) return true;
      const { verdict, computed, difference: diff, tolerance } = judge(c.stated, c.terms, c.relation, !!options.strict);
      if (verdict === 'exact') return true;
      const broken = verdict === 'broken';
      const scale = c.stated.scale;
      const decimals = Math.max(2, c.stated.decimals);
      const fmt = (v: Decimal) => formatAmount(v, scale, decimals);
      const data = typeof c.data === 'function' ? c.data() : c.data;
      // Only printed figures were rounded: blank cells are exact zeros and widen nothing (rounding.ts).
      let printed = c.stated.half.isZero() ? 0 : 1;
      for (const t of c.terms) if (!t.amount.half.isZero()) printed++;
      const draft: Draft = {
        messageId: c.messageId,
        data: { ...data, n: printed, tolerance: fmt(tolerance) },
        place: c.place,
        expected: fmt(computed),
        actual: fmt(c.stated.value),
        difference: formatDifference(diff, scale, decimals),
        unit: unitLabel(scale),
        components: c.terms,
      };
      if (broken) {
        report(draft);
        return false;
      }
      report({ ...draft, severity: 'note', rounding: true });
      return true;
    };
    const ctx: RuleContext = { ledger, previous: options.previous, strict: !!options.strict, report, checkSum };
    rule.check(ctx);
    if (count > MAX_FINDINGS_PER_RULE) {
      const last = findings[findings.length - 1];
      const more: Finding = {
        ...last,
        severity: 'note',
        messageId: 'moreFindings' satisfies EngineMessageId,
        data: { count: count - MAX_FINDINGS_PER_RULE, rule: rule.id, name: rule.name },
        expected: undefined,
        actual: undefined,
        difference: undefined,
        components: undefined,
        quote: undefined,
        rounding: undefined,
      };
      more.message = renderFinding(more, rule.messages);
      findings.push(more);
    }
  }
  const claims = ledger.narrative ? claimList(ledger, contradicted, !!(options.listClaims || options.includeSource)) : undefined;
  // Sorted by the lines of the records (sheet after sheet, page after page), then located at the sheet and cell, or page and line.
  const sorted = sortFindings(findings);
  const check: LedgerCheck = { findings: ledger.printed ? sorted.map((f) => locateFinding(f, ledger.printed)) : sorted, skippedRules, claims };
  if (claimOf) check.findingClaims = sorted.map((f) => claimOf.get(f));
  return check;
}

/** The narrative's claims with their statuses, from the claim rules' findings (those of `options.rules`, else all). */
export function claimSummary(ledger: Ledger, options: CheckOptions = {}): { claims: ClaimRecord[]; counts: ClaimCounts } {
  const rules = (options.rules ?? catalogue).filter((r) => r.id.startsWith('NC'));
  return checkLedger(ledger, { ...options, rules, listClaims: true }).claims ?? { claims: [], counts: { found: 0, verified: 0, contradicted: 0, unlinked: 0, unlinkedBy: { 'no-table': 0, 'no-figure': 0, standalone: 0 } } };
}

/**
 * Every listed claim of the narrative with its status: contradicted when a rule's finding says so,
 * else verified when it could be linked and checked, else unlinked; and the counts.
 */
function claimList(ledger: Ledger, contradicted: Map<number, string | undefined>, records: boolean): { claims: ClaimRecord[]; counts: ClaimCounts } {
  const a = analyseClaims(ledger);
  const unlinkedBy: Record<UnlinkedReason, number> = { 'no-table': 0, 'no-figure': 0, standalone: 0 };
  const counts: ClaimCounts = { found: a.claims.length, verified: 0, contradicted: 0, unlinked: 0, unlinkedBy };
  const claims: ClaimRecord[] = [];
  for (const c of a.claims) {
    const status = contradicted.has(c.id) ? 'contradicted' : (a.status.get(c.id) ?? 'unlinked');
    counts[status]++;
    const reason = status === 'unlinked' ? (a.unlinkedReason.get(c.id) ?? 'no-figure') : undefined;
    if (reason) unlinkedBy[reason]++;
    // The records (their texts and what each was checked against) only when the claims are listed.
    if (records) {
      const record: ClaimRecord = { kind: c.kind, text: excerpt(c.text || c.sentence), file: c.file, line: c.line, column: c.column, status, against: contradicted.get(c.id) ?? againstOf(a, c) };
      if (reason) record.unlinkedReason = reason;
      claims.push(record);
    }
  }
  return { claims, counts };
}

const SEVERITY_ORDER = { error: 0, warning: 1, note: 2 } as const;

/** A stable order: by file, line, column, rule, then message. */
export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      a.line - b.line ||
      (a.column ?? 0) - (b.column ?? 0) ||
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0) ||
      (a.message < b.message ? -1 : a.message > b.message ? 1 : 0),
  );
}

/** What checking a unit takes besides CheckOptions: last year's package, files never read, the run's rule configuration. */
export interface UnitOptions extends CheckOptions {
  previousDir?: string;
  exclude?: string[];
  /** The rule configuration (budget-check.json, --rule): its settings for the unit by the unit's path. */
  config?: RuleConfig;
}

/** Load and check one unit directory. Never throws for bad input: problems are in the report. */
export async function checkUnit(dir: string, options: UnitOptions = {}): Promise<UnitReport> {
  // A copy: the report's strings must not keep slices of the unit's file texts alive.
  return structuredClone(await checkUnitInPlace(dir, options));
}

/** The report of checkUnit before it is copied: for a caller that copies it anyway (a worker posting it). */
export async function checkUnitInPlace(dir: string, options: UnitOptions = {}): Promise<UnitReport> {
  const { ledger, problems } = await loadUnit(dir, { exclude: options.exclude, keepRecords: options.includeSource });
  let previous = options.previous;
  if (!previous && options.previousDir) {
    const prior = await loadUnit(options.previousDir);
    problems.push(...prior.problems.map((p) => ({ ...p, file: p.file === options.previousDir ? p.file : `${options.previousDir}/${p.file}` })));
    previous = prior.ledger;
  }
  // A unit with tables, or with a narrative only (checked on its own; CP001 names the missing tables).
  const settings = options.settings ?? settingsFor(options.config, dir);
  const checked = ledger.tables.size > 0 || ledger.narrative ? checkLedger(ledger, { ...options, previous, settings }) : undefined;
  const { findings, skippedRules, claims } = checked ?? { findings: [], skippedRules: [], claims: undefined };
  const report: UnitReport = {
    path: dir,
    unitName: ledger.unitName,
    year: ledger.year,
    findings,
    files: locateFiles(ledger.files, ledger.printed),
    skippedRules,
    problems,
    claims: options.listClaims || options.includeSource ? claims?.claims.map((c) => locateClaim(c, ledger.printed)) : undefined,
    claimCounts: claims?.counts,
  };
  if (options.includeSource) report.source = unitSource(ledger, findings, checked?.findingClaims ?? []);
  return report;
}

