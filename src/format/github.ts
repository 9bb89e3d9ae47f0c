/**
 * GitHub Actions workflow commands (::error / ::warning / ::notice), one per line, which the runner
 * turns into annotations. GitHub keeps only a few annotations per step, so the most severe come first
 * and at most `limit` are emitted, followed by one notice that counts what was left out. Pure: the
 * same Report gives byte-identical output.
 */
import type { Report, Severity } from '../report.js';
import { INPUT_RULE, SEVERITY_RANK, joinPath, known, textColumn } from './meta.js';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', note: 'notice' };

/** Escaping of a command's message, as the runner unescapes it. */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escaping of a property value: the message escapes plus ":" and ",", which delimit properties. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

interface Annotation {
  severity: Severity;
  file: string;
  line?: number;
  column?: number;
  title: string;
  message: string;
}

function command(a: Annotation): string {
  const props = [`file=${escapeProperty(a.file)}`];
  if (known(a.line)) {
    props.push(`line=${a.line}`);
    if (known(a.column)) props.push(`col=${a.column}`);
  }
  props.push(`title=${escapeProperty(a.title)}`);
  return `::${COMMAND[a.severity]} ${props.join(',')}::${escapeData(a.message)}`;
}

/** Code-unit order: the same on every machine, unlike localeCompare. */
function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function formatGithub(report: Report, options: { limit?: number } = {}): string {
  const requested = options.limit ?? 10;
  const limit = Number.isNaN(requested) ? 10 : Math.max(0, Math.floor(requested));

  const problems: Annotation[] = report.units.flatMap((u) =>
    u.problems.map((p) => ({
      severity: 'error' as const,
      file: joinPath(u.path, p.file),
      line: p.line,
      title: `${INPUT_RULE.id} ${INPUT_RULE.name}`,
      message: p.reason,
    })),
  );
  const findings: Annotation[] = report.units.flatMap((u) =>
    u.findings.map((f) => ({
      severity: f.severity,
      file: joinPath(u.path, f.file),
      line: f.line,
      column: textColumn(f),
      title: `${f.rule} ${f.name}`,
      message: f.message,
    })),
  );
  // Array.prototype.sort is stable: ties keep the report's order.
  findings.sort(
    (a, b) =>
      SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
      compareStrings(a.file, b.file) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0),
  );
  const all = [...problems, ...findings];
  const shown = all.slice(0, limit);
  const hidden = all.slice(shown.length);

  const lines = shown.map(command);
  if (hidden.length > 0) {
    const count = (s: Severity) => hidden.filter((a) => a.severity === s).length;
    const message =
      `${plural(hidden.length, 'more finding', 'more findings')} not shown as annotations ` +
      `(${plural(count('error'), 'error', 'errors')}, ${plural(count('warning'), 'warning', 'warnings')}, ${plural(count('note'), 'note', 'notes')}); ` +
      'see the full report';
    lines.push(`::notice title=budget-check::${escapeData(message)}`);
  }
  return lines.map((l) => `${l}\n`).join('');
}
