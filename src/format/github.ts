/**
 * GitHub Actions workflow commands (::error / ::warning / ::notice), one per line, which the runner
 * turns into annotations. GitHub keeps only a few annotations per step, so the most severe come first
 * and at most `limit` are emitted, followed by one notice that counts what was left out. Pure: the
 * same Report gives byte-identical output.
 */
import type { Report, Severity, UnitReport } from '../report.js';
import { INPUT_RULE, SEVERITY_RANK, joinPath, known, printedPrefix, textColumn } from './meta.js';
import { renderReport, type ReportWriter } from './writer.js';
import { escapeName, escapeText } from '../escape.js';
import { EN_WORDS, type Words } from './words.js';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', note: 'notice' };

/** Escaping of a command's message, as the runner unescapes it. */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escaping of a property value: the message escapes plus ":" and ",", which delimit properties. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** A message's line breaks are kept (the runner shows them), every other unsafe character escaped. */
function safeMessage(s: string): string {
  return s.split(/\r\n|\n|\r/).map(escapeText).join('\n');
}

interface Annotation {
  severity: Severity;
  file: string;
  line?: number;
  column?: number;
  title: string;
  message: string;
}

/**
 * One workflow command on one line. Its file, title and message are escaped for the terminal too
 * (the runner prints the log): control characters, bidi overrides and bytes of a name that are not
 * UTF-8 are shown as escapes, and only the runner's own escapes (%0A…) stand for line breaks.
 */
function command(a: Annotation): string {
  const props = [`file=${escapeProperty(escapeName(a.file))}`];
  if (known(a.line)) {
    props.push(`line=${a.line}`);
    if (known(a.column)) props.push(`col=${a.column}`);
  }
  props.push(`title=${escapeProperty(escapeText(a.title))}`);
  return `::${COMMAND[a.severity]} ${props.join(',')}::${escapeData(safeMessage(a.message))}`;
}

/** Code-unit order: the same on every machine, unlike localeCompare. */
function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The annotation order: most severe first, then file, line and column; ties keep the report's order. */
function compareAnnotations(a: Annotation, b: Annotation): number {
  return (
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    compareStrings(a.file, b.file) ||
    (a.line ?? 0) - (b.line ?? 0) ||
    (a.column ?? 0) - (b.column ?? 0)
  );
}

/**
 * Input problems first (in the report's order), then findings in annotation order; only the first
 * `limit` are kept while the units stream by, and the rest are counted.
 */
export function githubWriter(options: { limit?: number; words?: Pick<Words, 'moreAnnotations'> } = {}): ReportWriter {
  const words = options.words ?? EN_WORDS;
  const requested = options.limit ?? 10;
  const limit = Number.isNaN(requested) ? 10 : Math.max(0, Math.floor(requested));
  const problems: Annotation[] = [];
  const findings: Annotation[] = [];
  const total: Record<Severity, number> = { error: 0, warning: 0, note: 0 };
  const keep = (a: Annotation) => {
    total[a.severity]++;
    // After every kept finding that sorts before or with it: a stable sort's place.
    let lo = 0;
    let hi = findings.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (compareAnnotations(findings[mid], a) <= 0) lo = mid + 1;
      else hi = mid;
    }
    if (lo < limit) findings.splice(lo, 0, a);
    if (findings.length > limit) findings.pop();
  };
  return {
    head: () => '',
    unit: (u: UnitReport) => {
      for (const p of u.problems) {
        total.error++;
        if (problems.length < limit) {
          problems.push({ severity: 'error', file: joinPath(u.path, p.file), line: p.line, title: `${INPUT_RULE.id} ${INPUT_RULE.name}`, message: p.reason });
        }
      }
      for (const f of u.findings) {
        keep({ severity: f.severity, file: joinPath(u.path, f.file), line: f.line, column: textColumn(f), title: `${f.rule} ${f.name}`, message: printedPrefix(f) + f.message });
      }
      return '';
    },
    tail: () => {
      const shown = [...problems, ...findings].slice(0, limit);
      const hidden = { ...total };
      for (const a of shown) hidden[a.severity]--;
      const count = hidden.error + hidden.warning + hidden.note;
      const lines = shown.map(command);
      if (count > 0) lines.push(`::notice title=budget-check::${escapeData(words.moreAnnotations(count, hidden))}`);
      return lines.map((l) => `${l}\n`).join('');
    },
  };
}

export function formatGithub(report: Report, options: { limit?: number; words?: Pick<Words, 'moreAnnotations'> } = {}): string {
  return renderReport(githubWriter(options), report);
}
