/**
 * The terminal report: per unit, findings grouped by file (line, severity, rule, message, stated,
 * computed, difference, the parts of a sum), then a summary. Colour, the words and the terminal's
 * width are passed in; the function is pure.
 */
import { createRequire } from 'node:module';
import type { ChalkInstance } from 'chalk';
import type TableType from 'cli-table3';
import stringWidth from 'string-width';
import { cellText, wrapText } from './wrap.js';

/** cli-table3 is loaded on first use: a one-unit report without claims needs no table. */
function newTable(options: TableType.TableConstructorOptions): TableType.Table {
  const Table = createRequire(import.meta.url)('cli-table3') as typeof TableType;
  return new Table(options);
}
import type { Finding, Summary, UnitReport } from '../report.js';
import { joinPath, known, printedAt } from './meta.js';
import { escapeName as name, escapeText as text } from '../escape.js';
import type { ReportWriter } from './writer.js';
import { EN_WORDS, type Words } from './words.js';

export interface TableOptions {
  chalk: ChalkInstance;
  /** Print every extracted narrative claim with its status. */
  claims?: boolean;
  /** Only errors (and input problems); a unit without either is left out. */
  quiet?: boolean;
  /** The report's words (English by default). */
  words?: Words;
  /** The terminal's width: long lines are wrapped to it, each under its own indent. None: no wrapping. */
  width?: number;
}

/** Lines narrower than this are not wrapped: on so narrow a terminal, wrapping makes things worse. */
const MIN_WRAP = 20;

/** `s` padded with spaces to `width` terminal columns (colour codes and wide characters counted as shown). */
function pad(s: string, width: number): string {
  return s + ' '.repeat(Math.max(0, width - stringWidth(s)));
}

/**
 * `rest` after `head`, wrapped to the terminal's width: each further line starts under the first
 * character of `rest` (or `indent` columns in, when given).
 */
function wrapped(head: string, rest: string, o: TableOptions, indent = stringWidth(head)): string {
  const room = (o.width ?? 0) - indent;
  if (!o.width || room < MIN_WRAP || stringWidth(head) + stringWidth(rest) <= o.width) return head + rest;
  // The first line has the room after the head, the others the room after the indent.
  const first = o.width - stringWidth(head);
  const lines = first >= MIN_WRAP ? wrapText(rest, room, first) : ['', ...wrapText(rest, room)];
  return head + lines.join(`\n${' '.repeat(indent)}`);
}

function severityText(f: Finding, c: ChalkInstance, w: Words): string {
  const word = w.severity[f.severity];
  return f.severity === 'error' ? c.red(word) : f.severity === 'warning' ? c.yellow(word) : c.blue(word);
}

function findingLines(f: Finding, o: TableOptions, w: Words): string[] {
  const c = o.chalk;
  const where = printedAt(f);
  const lines = [wrapped(`    ${c.dim(pad(where, 7))} ${pad(severityText(f, c, w), 7)}  `, `${text(f.message)}  ${c.dim(`${f.rule} ${f.name}`)}`, o)];
  const sub = '            ';
  if (f.actual !== undefined || f.expected !== undefined || f.difference !== undefined) {
    lines.push(wrapped(sub, c.dim(w.figures({ actual: f.actual && text(f.actual), expected: f.expected && text(f.expected), difference: f.difference && text(f.difference) }, f.unit && text(f.unit), f.quote !== undefined)), o));
  }
  if (f.quote) lines.push(wrapped(sub, c.dim(`“${text(f.quote)}”`), o, sub.length + 1));
  for (const p of f.components ?? []) {
    const line = `${p.file}:${p.line}`;
    const where = p.sheet !== undefined || p.page !== undefined ? `${name(p.file)} ${printedAt(p)}` : w.place(name(p.file), p.line);
    const value = `+ ${text(p.value).padStart(12)}  `;
    // A row the table does not print (line 0) has no place; its label says which file lacks it.
    const cited = !known(p.line) || p.label.includes(line) || p.label.includes(w.place(p.file, p.line));
    lines.push(wrapped(sub, c.dim(`${value}${text(p.label)}${cited ? '' : `  (${where})`}`), o, sub.length + value.length));
  }
  return lines;
}

/** The claims table: as wide as the terminal, or 130 columns when there is none. */
function claimColumns(width: number | undefined): number[] {
  if (!width || width >= 130) return [7, 50, 14, 50];
  const text = Math.max(10, Math.floor((width - 7 - 14 - 5) / 2));
  return [7, text, 14, text];
}

function unitSection(u: UnitReport, o: TableOptions, w: Words): string[] {
  const c = o.chalk;
  const out: string[] = [];
  const title = [u.unitName, u.year].filter(Boolean).join(' ');
  out.push(c.bold(`${name(u.path)}${title ? `  ${text(title)}` : ''}`));
  for (const p of u.problems) {
    out.push(wrapped(`  ${c.red(w.unreadable)} `, `${name(p.file === u.path ? p.file : joinPath(u.path, p.file))}${p.line ? `:${p.line}` : ''}: ${text(p.reason)}`, o, 4));
  }
  const findings = o.quiet ? u.findings.filter((f) => f.severity === 'error') : u.findings;
  const files = [...new Set(findings.map((f) => f.file))];
  for (const file of files) {
    out.push(`  ${c.underline(name(file))}`);
    for (const f of findings.filter((x) => x.file === file)) out.push(...findingLines(f, o, w));
  }
  if (!o.quiet) {
    const skipped = u.files.filter((f) => f.skipped && !u.problems.some((p) => p.file === f.file));
    for (const f of skipped) out.push(wrapped('  ', c.dim(w.skipped(name(f.file), { sheet: f.sheet === undefined ? undefined : text(f.sheet), page: f.page }, text(f.skipped ?? ''))), o, 4));
    if (u.skippedRules.length > 0) out.push(wrapped('  ', c.dim(w.notRun(u.skippedRules)), o, 4));
  }
  if (o.claims && u.claims) {
    const widths = claimColumns(o.width);
    const t = newTable({ head: [...w.claimsHead], style: { head: [], border: [] }, wordWrap: true, colWidths: widths });
    for (const cl of u.claims) {
      const word = w.claimStatus[cl.status];
      const status = cl.status === 'verified' ? c.green(word) : cl.status === 'contradicted' ? c.red(word) : c.dim(word);
      t.push([cl.page !== undefined ? `p.${cl.page}:${cl.line}` : String(cl.line), cellText(text(cl.text), widths[1] - 2), status, cellText(text(cl.against ?? (cl.unlinkedReason ? w.unlinkedReason[cl.unlinkedReason] : '')), widths[3] - 2)]);
    }
    out.push(t.toString());
  }
  // The counts, and the unlinked ones by reason, wrapped to the width.
  if (u.claimCounts) out.push(wrapped('  ', c.dim(w.claimCounts(u.claimCounts)), o, 4));
  return out;
}

type Status = keyof Words['unitStatus'];

/** A batch's line per unit, kept for the end of the report. */
interface UnitRow {
  status: Status;
  counts: string;
  claims: string;
  path: string;
  title: string;
}

/** Each unit's section as it comes; then, for more than one unit, a line per unit and the counts per rule, and the totals. */
export function tableWriter(o: TableOptions): ReportWriter {
  const c = o.chalk;
  const w = o.words ?? EN_WORDS;
  const rows: UnitRow[] = [];
  let units = 0;
  const perRule = new Map<string, { name: string; errors: number; warnings: number; notes: number }>();
  const colour: Record<Status, (s: string) => string> = { unreadable: c.red, errors: c.red, warnings: c.yellow, clean: c.green };
  return {
    head: () => '',
    unit: (u: UnitReport) => {
      units++;
      const e = u.findings.filter((f) => f.severity === 'error').length;
      const warnings = u.findings.filter((f) => f.severity === 'warning').length;
      const status: Status = u.problems.length > 0 ? 'unreadable' : e > 0 ? 'errors' : warnings > 0 ? 'warnings' : 'clean';
      // Quiet: only the units with errors (or unreadable input) are shown.
      const shown = !o.quiet || e > 0 || u.problems.length > 0;
      if (shown) {
        const title = [u.unitName, u.year].filter(Boolean).join(' ');
        rows.push({ status, counts: w.unitCounts(e, warnings), claims: u.claimCounts ? w.unitClaims(u.claimCounts) : '', path: name(u.path), title: text(title) });
      }
      for (const f of u.findings) {
        if (o.quiet && f.severity !== 'error') continue;
        const r = perRule.get(f.rule) ?? { name: f.name, errors: 0, warnings: 0, notes: 0 };
        r[f.severity === 'error' ? 'errors' : f.severity === 'warning' ? 'warnings' : 'notes']++;
        perRule.set(f.rule, r);
      }
      return shown ? `${unitSection(u, o, w).join('\n')}\n\n` : '';
    },
    tail: (s: Summary) => {
      const out: string[] = [];
      if (units > 1) {
        // One line per unit, its columns aligned: status, counts, claims, then the unit's path and name.
        const widths = (pick: (r: UnitRow) => string) => Math.max(0, ...rows.map((r) => stringWidth(pick(r))));
        const [ws, wc, wl] = [widths((r) => w.unitStatus[r.status]), widths((r) => r.counts), widths((r) => r.claims)];
        for (const r of rows) {
          const head = `  ${colour[r.status](pad(w.unitStatus[r.status], ws))}  ${pad(r.counts, wc)}  ${wl > 0 ? `${pad(r.claims, wl)}  ` : ''}`;
          out.push(wrapped(head, `${r.path}${r.title ? `  ${r.title}` : ''}`, o));
        }
        if (perRule.size > 0) {
          out.push('', w.perRuleHead);
          const byRule = [...perRule].sort(([a, x], [b, y]) => y.errors - x.errors || y.warnings - x.warnings || y.notes - x.notes || (a < b ? -1 : 1));
          const wr = Math.max(...byRule.map(([id, r]) => stringWidth(`${id} ${r.name}`)));
          for (const [id, r] of byRule) out.push(`  ${pad(`${id} ${r.name}`, wr)}  ${w.ruleCounts(r)}`);
        }
        out.push('');
      }
      for (const f of s.skipped ?? []) out.push(wrapped('', c.dim(w.skipped(name(f.file), {}, text(f.reason))), o, 2));
      const tone = s.unreadable > 0 || s.errors > 0 ? c.red : s.warnings > 0 ? c.yellow : c.green;
      out.push(tone(w.totals(s, c.red)));
      return `${out.join('\n')}\n`;
    },
  };
}
