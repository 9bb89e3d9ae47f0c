/**
 * The terminal report: per unit, findings grouped by file (line, severity, rule, message, stated,
 * computed, difference, the parts of a sum), then a summary. Colour is passed in; the function is pure.
 */
import { createRequire } from 'node:module';
import type { ChalkInstance } from 'chalk';
import type TableType from 'cli-table3';

/** cli-table3 is loaded on first use: a one-unit report without claims needs no table. */
function newTable(options: TableType.TableConstructorOptions): TableType.Table {
  const Table = createRequire(import.meta.url)('cli-table3') as typeof TableType;
  return new Table(options);
}
import type { Finding, Severity, Summary, UnitReport } from '../report.js';
import { joinPath, printedAt } from './meta.js';
import { escapeName as name, escapeText as text } from '../escape.js';
import type { ReportWriter } from './writer.js';

export interface TableOptions {
  chalk: ChalkInstance;
  /** Print every extracted narrative claim with its status. */
  claims?: boolean;
  /** Only errors (and input problems). */
  quiet?: boolean;
}

function severityText(s: Severity, c: ChalkInstance): string {
  return s === 'error' ? c.red('error') : s === 'warning' ? c.yellow('warning') : c.blue('note');
}

function findingLines(f: Finding, c: ChalkInstance): string[] {
  const where = printedAt(f);
  const lines = [`  ${c.dim(where.padEnd(7))} ${severityText(f.severity, c).padEnd(7)}  ${text(f.message)}  ${c.dim(`${f.rule} ${f.name}`)}`];
  const figures: string[] = [];
  if (f.actual !== undefined) figures.push(`stated ${text(f.actual)}`);
  if (f.expected !== undefined) figures.push(`should be ${text(f.expected)}`);
  if (f.difference !== undefined) figures.push(`difference ${text(f.difference)}`);
  if (figures.length > 0) lines.push(`          ${c.dim(`${figures.join(', ')}${f.unit ? ` ${text(f.unit)}` : ''}`)}`);
  if (f.quote) lines.push(`          ${c.dim(`“${text(f.quote)}”`)}`);
  for (const p of f.components ?? []) {
    const line = `${p.file}:${p.line}`;
    const where = p.sheet !== undefined || p.page !== undefined ? `${name(p.file)} ${printedAt(p)}` : `${name(p.file)}:${p.line}`;
    lines.push(`          ${c.dim(`+ ${text(p.value).padStart(12)}  ${text(p.label)}${p.label.includes(line) ? '' : `  (${where})`}`)}`);
  }
  return lines;
}

function unitSection(u: UnitReport, o: TableOptions): string[] {
  const c = o.chalk;
  const out: string[] = [];
  const title = [u.unitName, u.year].filter(Boolean).join(' ');
  out.push(c.bold(`${name(u.path)}${title ? `  ${text(title)}` : ''}`));
  for (const p of u.problems) out.push(`  ${c.red('unreadable')} ${name(p.file === u.path ? p.file : joinPath(u.path, p.file))}${p.line ? `:${p.line}` : ''}: ${text(p.reason)}`);
  const part = (f: { sheet?: string; page?: number }) => (f.sheet !== undefined ? ` sheet "${text(f.sheet)}"` : f.page !== undefined ? ` page ${f.page}` : '');
  const findings = o.quiet ? u.findings.filter((f) => f.severity === 'error') : u.findings;
  const files = [...new Set(findings.map((f) => f.file))];
  for (const file of files) {
    out.push(`  ${c.underline(name(file))}`);
    for (const f of findings.filter((x) => x.file === file)) out.push(...findingLines(f, c).map((l) => `  ${l}`));
  }
  if (!o.quiet) {
    const skipped = u.files.filter((f) => f.skipped && !u.problems.some((p) => p.file === f.file));
    for (const f of skipped) out.push(`  ${c.dim(`skipped ${name(f.file)}${part(f)}: ${text(f.skipped ?? '')}`)}`);
    if (u.skippedRules.length > 0) {
      const byMissing = u.skippedRules.map((s) => `${s.rule}${s.missing.length ? ` (no ${s.missing.join(', ')})` : ' (no narrative)'}`);
      out.push(`  ${c.dim(`not run: ${byMissing.join('; ')}`)}`);
    }
  }
  if (o.claims && u.claims) {
    const t = newTable({ head: ['line', 'claim', 'status', 'checked against'], style: { head: [], border: [] }, wordWrap: true, colWidths: [7, 50, 14, 50] });
    for (const cl of u.claims) {
      const status = cl.status === 'verified' ? c.green(cl.status) : cl.status === 'contradicted' ? c.red(cl.status) : c.dim(cl.status);
      t.push([cl.page !== undefined ? `p.${cl.page}:${cl.line}` : String(cl.line), text(cl.text), status, text(cl.against ?? '')]);
    }
    out.push(t.toString());
  }
  if (u.claimCounts) {
    const k = u.claimCounts;
    out.push(`  ${c.dim(`claims: ${k.found} found, ${k.verified} verified, ${k.contradicted} contradicted, ${k.unlinked} unlinked`)}`);
  }
  return out;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Each unit's section as it comes; then, for more than one unit, a row per unit and the counts per rule, and the totals. */
export function tableWriter(o: TableOptions): ReportWriter {
  const c = o.chalk;
  const rows: string[][] = [];
  const perRule = new Map<string, { name: string; errors: number; warnings: number; notes: number }>();
  return {
    head: () => '',
    unit: (u: UnitReport) => {
      const e = u.findings.filter((f) => f.severity === 'error').length;
      const w = u.findings.filter((f) => f.severity === 'warning').length;
      const status = u.problems.length > 0 ? c.red('unreadable') : e > 0 ? c.red('errors') : w > 0 ? c.yellow('warnings') : c.green('clean');
      const claims = u.claimCounts ? `${u.claimCounts.verified}/${u.claimCounts.contradicted}` : '';
      rows.push([name(u.path), text(u.unitName ?? ''), u.year ? String(u.year) : '', String(e), String(w), claims, status]);
      for (const f of u.findings) {
        if (o.quiet && f.severity !== 'error') continue;
        const r = perRule.get(f.rule) ?? { name: f.name, errors: 0, warnings: 0, notes: 0 };
        r[f.severity === 'error' ? 'errors' : f.severity === 'warning' ? 'warnings' : 'notes']++;
        perRule.set(f.rule, r);
      }
      return `${unitSection(u, o).join('\n')}\n\n`;
    },
    tail: (s: Summary) => {
      const out: string[] = [];
      if (rows.length > 1) {
        const t = newTable({ head: ['unit', 'name', 'year', 'errors', 'warnings', 'claims ok/✗', 'status'], style: { head: [], border: [] } });
        for (const r of rows) t.push(r);
        out.push(t.toString());
        if (perRule.size > 0) {
          const rt = newTable({ head: ['rule', 'errors', 'warnings', 'notes'], style: { head: [], border: [] } });
          const byRule = [...perRule].sort(([a, x], [b, y]) => y.errors - x.errors || y.warnings - x.warnings || y.notes - x.notes || (a < b ? -1 : 1));
          for (const [id, r] of byRule) rt.push([`${id} ${r.name}`, String(r.errors), String(r.warnings), String(r.notes)]);
          out.push(rt.toString());
        }
      }
      for (const f of s.skipped ?? []) out.push(c.dim(`skipped ${name(f.file)}: ${text(f.reason)}`));
      const parts = [plural(s.units, 'unit'), plural(s.errors, 'error'), plural(s.warnings, 'warning'), plural(s.notes, 'note')];
      if (s.unreadable > 0) parts.push(c.red(`${s.unreadable} with unreadable input (not fully checked)`));
      const colour = s.unreadable > 0 || s.errors > 0 ? c.red : s.warnings > 0 ? c.yellow : c.green;
      out.push(colour(parts.join(', ')));
      return `${out.join('\n')}\n`;
    },
  };
}
