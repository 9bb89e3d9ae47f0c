/**
 * The library's core: load a unit, run the rules over its ledger, return the unit's report.
 * Rules find; this module words their findings (message templates) and applies the rounding model.
 */
import type { Decimal } from './decimal.js';
import { holdsExactly, judge, signed } from './rounding.js';
import { formatAmount, formatDifference } from './load/amount.js';
import { claimSummary } from './claims/analyse.js';
import { loadUnit } from './load/unit.js';
import { locateClaim, locateFiles, locateFinding } from './load/records.js';
import { unitOfScale, type Ledger, type TableKind } from './model.js';
import type { Finding, UnitReport } from './report.js';
import { rules as catalogue } from './rules/index.js';
import type { Draft, Rule, RuleContext, SumCheck } from './rules/types.js';

export interface CheckOptions {
  /** Any difference is an error, for units whose system computes exactly. */
  strict?: boolean;
  /** Last year's ledger of the same unit. */
  previous?: Ledger;
  /** Keep every claim with its status in the report (the counts are always there). */
  listClaims?: boolean;
  rules?: Rule[];
}

/** Findings of one rule in one unit beyond this are summed up in one note: a broken file can repeat one fault endlessly. */
export const MAX_FINDINGS_PER_RULE = 500;

const PLACEHOLDER = /\{(\w+)\}/g;

export function render(template: string, data: Record<string, string | number | undefined>): string {
  return template.replace(PLACEHOLDER, (m, k: string) => (data[k] === undefined ? m : String(data[k])));
}

function unitLabel(scale: number): string {
  return unitOfScale(scale);
}

/** Run the rules over one ledger. */
export function checkLedger(ledger: Ledger, options: CheckOptions = {}): Pick<UnitReport, 'findings' | 'skippedRules'> {
  const findings: Finding[] = [];
  const skippedRules: UnitReport['skippedRules'] = [];
  for (const rule of options.rules ?? catalogue) {
    let missing: TableKind[] | undefined;
    for (const k of rule.requires) if (!ledger.tables.has(k)) (missing ??= []).push(k);
    if (missing || (rule.needsNarrative && !ledger.narrative)) {
      skippedRules.push({ rule: rule.id, missing: missing ?? [] });
      continue;
    }
    let count = 0;
    const report = (d: Draft) => {
      if (++count > MAX_FINDINGS_PER_RULE) return;
      const data = { expected: d.expected, actual: d.actual, difference: d.difference, unit: d.unit, ...d.data };
      const template = rule.messages[d.messageId] ?? d.messageId;
      findings.push({
        rule: rule.id,
        name: rule.name,
        severity: d.severity ?? rule.severity,
        message: render(template, data),
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
      });
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
      const base = render(rule.messages[c.messageId] ?? c.messageId, {
        ...draft.data,
        expected: draft.expected,
        actual: draft.actual,
        difference: draft.difference,
        unit: draft.unit,
      });
      report({
        ...draft,
        severity: 'note',
        messageId: `${base} — within rounding: a difference of ${formatDifference(diff, scale, decimals)} ${unitLabel(scale)} is explained by the rounding of ${printed} printed figures`,
        data: {},
      });
      return true;
    };
    const ctx: RuleContext = { ledger, previous: options.previous, strict: !!options.strict, report, checkSum };
    rule.check(ctx);
    if (count > MAX_FINDINGS_PER_RULE) {
      const last = findings[findings.length - 1];
      findings.push({ ...last, severity: 'note', message: `${count - MAX_FINDINGS_PER_RULE} more findings of ${rule.id} ${rule.name} are not listed`, expected: undefined, actual: undefined, difference: undefined, components: undefined, quote: undefined });
    }
  }
  // Sorted by the lines of the records (sheet after sheet, page after page), then located at the sheet and cell, or page and line.
  const sorted = sortFindings(findings);
  return { findings: ledger.printed ? sorted.map((f) => locateFinding(f, ledger.printed)) : sorted, skippedRules };
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

/** Load and check one unit directory. Never throws for bad input: problems are in the report. */
export async function checkUnit(dir: string, options: CheckOptions & { previousDir?: string } = {}): Promise<UnitReport> {
  // A copy: the report's strings must not keep slices of the unit's file texts alive.
  return structuredClone(await checkUnitInPlace(dir, options));
}

/** The report of checkUnit before it is copied: for a caller that copies it anyway (a worker posting it). */
export async function checkUnitInPlace(dir: string, options: CheckOptions & { previousDir?: string } = {}): Promise<UnitReport> {
  const { ledger, problems } = await loadUnit(dir);
  let previous = options.previous;
  if (!previous && options.previousDir) {
    const prior = await loadUnit(options.previousDir);
    problems.push(...prior.problems.map((p) => ({ ...p, file: `${options.previousDir}/${p.file}` })));
    previous = prior.ledger;
  }
  const { findings, skippedRules } = ledger.tables.size > 0 ? checkLedger(ledger, { ...options, previous }) : { findings: [], skippedRules: [] };
  // Claim statuses are known once the claim rules have run.
  const claims = ledger.narrative && ledger.tables.size > 0 ? claimSummary(ledger) : undefined;
  return {
    path: dir,
    unitName: ledger.unitName,
    year: ledger.year,
    findings,
    files: locateFiles(ledger.files, ledger.printed),
    skippedRules,
    problems,
    claims: options.listClaims ? claims?.claims.map((c) => locateClaim(c, ledger.printed)) : undefined,
    claimCounts: claims?.counts,
  };
}

