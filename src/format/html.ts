/**
 * The HTML report, for an auditor to read in a browser, print, and hand over: one self-contained
 * file (its style sheet and script inline; nothing is fetched, no font but the reader's own).
 *
 * Per unit: its summary (name, year, counts of findings and of the narrative's claims, input problems,
 * rules not run), the findings listed (file, place, severity, rule, message, figures), every table as
 * printed with each finding's cell marked, and the narrative with each claim marked by its status.
 * The tables and the narrative come from UnitReport.source (the check's `includeSource`): without it,
 * a unit shows its summary and findings only.
 *
 * Marked places (`.hit`: a table's cell or meta text, a narrative's line) carry `data-rule` and
 * `data-severity`: one entry per finding on the place, space-separated, in the order of the findings
 * list (the same rule twice when two of its findings fall on one cell), so `[data-rule~="TBL001"]`
 * selects them. The rows of the findings list carry the same two attributes, one entry each. A marked
 * place is focusable (tabindex 0) and described by its tooltip (aria-describedby): stated, should be,
 * difference and the parts of a sum, shown on hover and on focus, hidden by Escape. A claim is a
 * <mark class="claim verified|contradicted|unlinked"> around its text; a contradicted one is followed
 * by a link to its table figure (else to its finding).
 *
 * A batch is written unit by unit, as the other formats are: the writer keeps one short index row per
 * unit (its counts) and writes the index after the last unit; the style sheet shows it first (the
 * page's body is a flex column, the index ordered before the units), without the script. The script
 * filters by severity and rule and sorts the index by a column; the page reads and prints without it.
 *
 * All text is escaped: names, cells and messages can hold markup, quotes and control characters.
 */
import type { Finding, Severity, SourceRow, SourceTable, Summary, UnitReport } from '../report.js';
import { TABLE_NAMES, type TableKind } from '../ledger/model.js';
import { escapeText } from '../escape.js';
import { columnLetters } from '../load/records.js';
import { joinPath, known, printedAt, SEVERITY_RANK } from './meta.js';
import { label, type HtmlLang, type LabelKey } from './html-labels.js';
import { renderReport, type ReportWriter } from './writer.js';
import type { Report } from '../report.js';

export interface HtmlOptions {
  /** The language of the page's own words (the findings' messages come rendered). Default en. */
  lang?: HtmlLang;
  /** The tool's version, named at the foot of the page. */
  version?: string;
}

/** Characters no HTML (nor XML) text may hold as they are: shown escaped, as on a terminal (`\x1b`, `\u202e`). */
const NOT_TEXT = /[\uFFFE\uFFFF]/g;

/** Text for HTML content or a quoted attribute: control and bidi characters shown escaped, markup and quotes as entities. */
export function escapeHtml(s: string): string {
  const visible = s.includes('\t') ? s.split('\t').map(escapeText).join('\t') : escapeText(s);
  return visible
    .replace(NOT_TEXT, (c) => `\\u${c.charCodeAt(0).toString(16)}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const h = escapeHtml;

/** A place's key: the file, its sheet or page, its line and (for a cell) its column. */
function placeKey(file: string, at: { sheet?: string; page?: number; line: number }, column?: number): string {
  return `${file}\u0000${at.sheet ?? ''}\u0000${at.page ?? ''}\u0000${at.line}${column === undefined ? '' : `\u0000${column}`}`;
}

function worst(severities: Severity[]): Severity {
  return severities.reduce((a, b) => (SEVERITY_RANK[b] < SEVERITY_RANK[a] ? b : a), 'note' as Severity);
}

function counts(u: UnitReport): Record<Severity, number> {
  const c = { error: 0, warning: 0, note: 0 };
  for (const f of u.findings) c[f.severity]++;
  return c;
}

/** What a unit's index row says. */
interface IndexRow {
  id: string;
  path: string;
  name: string;
  year: string;
  errors: number;
  warnings: number;
  notes: number;
  claims: [number, number, number, number] | undefined;
  problems: number;
}

export function htmlWriter(options: HtmlOptions = {}): ReportWriter {
  const lang = options.lang ?? 'en';
  const L = (key: LabelKey, n?: string | number) => h(label(lang, key, n));
  const index: IndexRow[] = [];
  return {
    head: () => head(lang, L),
    unit: (u: UnitReport) => {
      const id = `u${index.length + 1}`;
      const c = counts(u);
      const k = u.claimCounts;
      index.push({
        id,
        path: u.path,
        name: u.unitName ?? '',
        year: u.year === undefined ? '' : String(u.year),
        errors: c.error,
        warnings: c.warning,
        notes: c.note,
        claims: k ? [k.found, k.verified, k.contradicted, k.unlinked] : undefined,
        problems: u.problems.length,
      });
      return unitSection(u, id, lang, L);
    },
    tail: (summary: Summary) => tail(index, summary, L, options.version),
  };
}

export function formatHtml(report: Report, options: HtmlOptions = {}): string {
  return renderReport(htmlWriter(options), report);
}

type Labeller = (key: LabelKey, n?: string | number) => string;

function head(lang: HtmlLang, L: Labeller): string {
  const severities = (['error', 'warning', 'note'] as const)
    .map((s) => `<label class="sev-${s}"><input type="checkbox" name="severity" value="${s}" checked="checked"/> ${L(s)}</label>`)
    .join(' ');
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/>
<meta name="generator" content="budget-check"/>
<title>${L('title')}</title>
<style>${STYLE}</style>
</head>
<body>
<header id="bc-top">
<h1>${L('title')}</h1>
<form id="bc-filters" hidden="hidden" aria-label="${L('filters')}">
<fieldset><legend>${L('severity')}</legend> ${severities}</fieldset>
<details id="bc-rule-box"><summary>${L('rules')}</summary> <span id="bc-rules"></span></details>
</form>
<p id="bc-filter-note" hidden="hidden">${L('filterNote')}</p>
</header>
<main id="bc-units">
`;
}

function tail(index: IndexRow[], summary: Summary, L: Labeller, version: string | undefined): string {
  const out: string[] = ['</main>\n'];
  if (index.length > 1) {
    const th = (key: LabelKey, type: 'text' | 'number', text = L(key)) => `<th scope="col" data-type="${type}" aria-sort="none"><span class="sort" role="button" tabindex="0">${text}</span></th>`;
    out.push(`<section id="bc-index" aria-labelledby="bc-index-h">\n<h2 id="bc-index-h">${L('index')}</h2>\n<p class="hint">${L('sortHint')}</p>\n`);
    out.push(
      `<table class="index"><thead><tr>${th('name', 'text')}${th('path', 'text')}${th('year', 'number')}${th('errors', 'number')}${th('warnings', 'number')}${th('notes', 'number')}` +
        `${th('found', 'number', `${L('claims')}: ${L('found')}`)}${th('verified', 'number')}${th('contradicted', 'number')}${th('unlinked', 'number')}${th('problems', 'number')}</tr></thead>\n<tbody>\n`,
    );
    for (const r of index) {
      const cl = r.claims ?? ['', '', '', ''];
      const num = (v: number | string, cls = '') => `<td class="num${cls}">${v}</td>`;
      out.push(
        `<tr><td><a href="#${r.id}">${h(r.name || r.path)}</a></td><td class="path">${h(r.path)}</td>${num(h(r.year))}` +
          `${num(r.errors, r.errors > 0 ? ' sev-error' : '')}${num(r.warnings, r.warnings > 0 ? ' sev-warning' : '')}${num(r.notes)}` +
          `${num(cl[0])}${num(cl[1])}${num(cl[2], Number(cl[2]) > 0 ? ' sev-error' : '')}${num(cl[3])}${num(r.problems, r.problems > 0 ? ' sev-error' : '')}</tr>\n`,
      );
    }
    out.push(
      `</tbody>\n<tfoot><tr><th scope="row" colspan="3">${L('allUnits')} (${summary.units})</th><td class="num">${summary.errors}</td><td class="num">${summary.warnings}</td><td class="num">${summary.notes}</td><td colspan="4"></td><td class="num">${summary.unreadable}</td></tr></tfoot></table>\n</section>\n`,
    );
  }
  if (summary.skipped && summary.skipped.length > 0) {
    out.push(`<section id="bc-skipped"><h2>${L('skippedFiles')}</h2><ul>${summary.skipped.map((s) => `<li>${h(s.file)}: ${h(s.reason)}</li>`).join('')}</ul></section>\n`);
  }
  out.push(`<footer id="bc-foot"><p>${L('generatedBy', version ? ` ${version}` : '')}</p></footer>\n`);
  out.push(`<script>//<![CDATA[\n${SCRIPT}\n//]]></script>\n</body>\n</html>\n`);
  return out.join('');
}

/** Where a finding is shown: a cell, a row's first cell, a claim's mark or a narrative line; its id once rendered. */
interface Targets {
  /** Findings (indexes) by the key of their cell, and of their row (those without a column, or whose cell was not printed). */
  byCell: Map<string, number[]>;
  byRow: Map<string, number[]>;
  /** The element id each finding links to. */
  findingTarget: (string | undefined)[];
  /** Ids of cells that a claim's figure or a finding points at, by cell key. */
  cellIds: Map<string, string>;
}

function unitSection(u: UnitReport, id: string, lang: HtmlLang, L: Labeller): string {
  const c = counts(u);
  const title = [u.unitName, u.year].filter((x) => x !== undefined && x !== '').join(' ');
  const out: string[] = [];
  out.push(`<section class="unit" id="${id}" aria-labelledby="${id}-h">\n`);
  out.push(`<h2 id="${id}-h">${h(title || u.path)} <small class="path">${h(u.path)}</small></h2>\n`);

  // Summary.
  const k = u.claimCounts;
  const item = (key: LabelKey, value: number | string, cls = '') => `<div class="${cls}"><dt>${L(key)}</dt><dd>${value}</dd></div>`;
  out.push(`<dl class="summary" aria-label="${L('summary')}">`);
  out.push(item('errors', c.error, c.error > 0 ? 'sev-error' : ''), item('warnings', c.warning, c.warning > 0 ? 'sev-warning' : ''), item('notes', c.note));
  if (k) {
    const by = k.unlinkedBy && k.unlinked > 0 ? (['no-table', 'no-figure', 'standalone'] as const).filter((r) => k.unlinkedBy![r] > 0).map((r) => `${k.unlinkedBy![r]} ${L(r)}`) : [];
    const why = by.length ? ` (${by.join('; ')})` : '';
    out.push(item('claims', `${k.found} ${L('found')} · ${k.verified} ${L('verified')} · ${k.contradicted} ${L('contradicted')} · ${k.unlinked} ${L('unlinked')}${why}`, k.contradicted > 0 ? 'sev-error' : ''));
  }
  out.push(item('problems', u.problems.length, u.problems.length > 0 ? 'sev-error' : ''), item('notRun', u.skippedRules.length));
  out.push('</dl>\n');
  if (u.problems.length > 0) {
    out.push(`<h3>${L('problems')}</h3>\n<ul class="problems">`);
    for (const p of u.problems) {
      const file = p.file === u.path ? p.file : joinPath(u.path, p.file);
      const where = p.sheet !== undefined ? ` ${L('sheet')} ${h(p.sheet)}` : p.page !== undefined ? ` p.${p.page}` : '';
      out.push(`<li class="sev-error">${h(file)}${where}${p.line ? `:${p.line}` : ''}: ${h(p.reason)}</li>`);
    }
    out.push('</ul>\n');
  }
  if (u.skippedRules.length > 0) {
    const tableName = (t: TableKind) => (lang === 'zh-CN' ? TABLE_NAMES[t] : t);
    const notRun = u.skippedRules.map((s) => `<li><b>${h(s.rule)}</b> (${s.missing.length > 0 ? L('noTable', s.missing.map(tableName).join(', ')) : L('noNarrative')})</li>`);
    out.push(`<details class="not-run"><summary>${L('notRun')} (${u.skippedRules.length})</summary><ul>${notRun.join('')}</ul></details>\n`);
  }
  const skipped = u.files.filter((f) => f.skipped && !u.problems.some((p) => p.file === f.file));
  if (skipped.length > 0) {
    const where = (f: { sheet?: string; page?: number }) => (f.sheet !== undefined ? ` ${L('sheet')} ${h(f.sheet)}` : f.page !== undefined ? ` p.${f.page}` : '');
    out.push(`<details class="skipped"><summary>${L('skippedFiles')} (${skipped.length})</summary><ul>${skipped.map((f) => `<li>${h(f.file)}${where(f)}: ${h(f.skipped ?? '')}</li>`).join('')}</ul></details>\n`);
  }

  const targets = mapTargets(u, id);
  out.push(findingsList(u, id, targets, L));
  if (u.source) {
    if (u.source.tables.length > 0) {
      out.push(`<section class="tables"><h3>${L('tables')}</h3>\n`);
      u.source.tables.forEach((t, i) => out.push(tableHtml(u, t, `${id}-t${i + 1}`, targets, L)));
      out.push('</section>\n');
    }
    if (u.source.narrative) out.push(narrativeHtml(u, id, targets, L));
  }
  out.push('</section>\n');
  return out.join('');
}

/** Which cell, row, claim or line each finding falls on, and the ids the links need. */
function mapTargets(u: UnitReport, id: string): Targets {
  const cells = new Set<string>();
  const rows = new Map<string, string>(); // row key → the key of its first cell
  const lines = new Map<string, number>(); // line key → its line
  for (const t of u.source?.tables ?? []) {
    const width = tableWidth(t);
    const add = (r: SourceRow, w: number) => {
      const first = r.cells.findIndex((c) => c.trim() !== '');
      if (!rows.has(placeKey(t.file, r))) rows.set(placeKey(t.file, r), placeKey(t.file, r, first + 1));
      for (let i = 0; i < w; i++) cells.add(placeKey(t.file, r, i + 1));
    };
    for (const r of t.meta) add(r, r.cells.length);
    for (const r of [...t.header, ...t.body]) add(r, width);
  }
  const n = u.source?.narrative;
  n?.lines.forEach((_, k) => lines.set(placeKey(n.file, n.printed?.[k] ?? { line: k + 1 }), k + 1));
  const onClaim = new Map<number, number>();
  n?.claims.forEach((c, k) => c.findings.forEach((f) => onClaim.set(f, k)));

  const byCell = new Map<string, number[]>();
  const byRow = new Map<string, number[]>();
  const findingTarget: (string | undefined)[] = [];
  const cellIds = new Map<string, string>();
  const cellId = (key: string) => {
    let cid = cellIds.get(key);
    if (cid === undefined) cellIds.set(key, (cid = `${id}-c${cellIds.size + 1}`));
    return cid;
  };
  const push = (m: Map<string, number[]>, key: string, i: number) => {
    const list = m.get(key);
    if (list) list.push(i);
    else m.set(key, [i]);
  };
  u.findings.forEach((f, i) => {
    const cell = placeKey(f.file, f, f.column);
    const row = placeKey(f.file, f);
    if (f.column !== undefined && cells.has(cell)) {
      push(byCell, cell, i);
      findingTarget[i] = cellId(cell);
    } else if (rows.has(row)) {
      const first = rows.get(row)!;
      push(byCell, first, i);
      findingTarget[i] = cellId(first);
    } else if (lines.has(row)) {
      push(byRow, row, i);
      findingTarget[i] = onClaim.has(i) ? `${id}-m${onClaim.get(i)! + 1}` : `${id}-l-${lines.get(row)}`;
    }
  });
  // The figures the claims were linked to.
  n?.claims.forEach((c) => {
    if (!c.figure) return;
    const key = placeKey(c.figure.file, c.figure, c.figure.column);
    if (cells.has(key)) cellId(key);
  });
  return { byCell, byRow, findingTarget, cellIds };
}

/** The columns a table prints: its widest header or body row. */
function tableWidth(t: SourceTable): number {
  let width = 0;
  for (const r of t.header) width = Math.max(width, r.cells.length);
  for (const r of t.body) width = Math.max(width, r.cells.length);
  return width;
}

function figures(f: Finding, L: Labeller): string {
  const parts: string[] = [];
  const unit = f.unit ? ` ${h(f.unit)}` : '';
  if (f.actual !== undefined) parts.push(`${L('stated')} <b>${h(f.actual)}</b>`);
  if (f.expected !== undefined) parts.push(`${L('expected')} <b>${h(f.expected)}</b>`);
  if (f.difference !== undefined) parts.push(`${L('difference')} <b>${h(f.difference)}</b>`);
  return parts.length > 0 ? `${parts.join(' · ')}${unit}` : '';
}

function componentsText(f: Finding): string[] {
  return (f.components ?? []).map((p) => {
    const at = p.sheet !== undefined || p.page !== undefined ? `${p.file} ${printedAt(p)}` : `${p.file}:${p.line}`;
    // A row the table does not print (line 0) has no place; its label says which file lacks it.
    const cited = !known(p.line) || p.label.includes(`${p.file}:${p.line}`);
    return `+ ${h(p.value)} ${h(p.label)}${cited ? '' : ` (${h(at)})`}`;
  });
}

function findingsList(u: UnitReport, id: string, targets: Targets, L: Labeller): string {
  const out: string[] = [`<section class="findings"><h3>${L('findings')}</h3>\n`];
  if (u.findings.length === 0) {
    out.push(`<p>${L('noFindings')}</p></section>\n`);
    return out.join('');
  }
  out.push(
    `<table class="findings"><thead><tr><th scope="col">${L('file')}</th><th scope="col">${L('place')}</th><th scope="col">${L('severity')}</th><th scope="col">${L('rule')}</th><th scope="col">${L('message')}</th><th scope="col">${L('figures')}</th></tr></thead>\n<tbody>\n`,
  );
  u.findings.forEach((f, i) => {
    const target = targets.findingTarget[i];
    const place = h(printedAt(f));
    const parts = componentsText(f);
    const quote = f.quote ? `<q class="quote">${h(f.quote)}</q>` : '';
    out.push(
      `<tr class="finding sev-${f.severity}" id="${id}-f${i + 1}" data-rule="${h(f.rule)}" data-severity="${f.severity}">` +
        `<td class="file">${h(f.file)}</td><td class="at">${target ? `<a href="#${target}">${place}</a>` : place}</td>` +
        `<td class="sev">${L(f.severity)}</td><td class="rule"><b>${h(f.rule)}</b> <span class="rule-name">${h(f.name)}</span></td>` +
        `<td class="msg">${h(f.message)}${quote}</td><td class="fig">${figures(f, L)}${parts.length > 0 ? `<span class="parts">${parts.join('<br/>')}</span>` : ''}</td></tr>\n`,
    );
  });
  out.push('</tbody></table></section>\n');
  return out.join('');
}

/** The tooltip of a marked place: each finding on it. */
function tip(u: UnitReport, tipId: string, findings: number[], L: Labeller): string {
  const items = findings.map((i) => {
    const f = u.findings[i];
    const parts = componentsText(f);
    const fig = figures(f, L);
    return (
      `<span class="tip-item" data-rule="${h(f.rule)}" data-severity="${f.severity}"><span class="tip-head"><b>${h(f.rule)}</b> ${h(f.name)} · <span class="sev-${f.severity}">${L(f.severity)}</span></span>` +
      `<span class="tip-msg">${h(f.message)}</span>${fig ? `<span class="tip-fig">${fig}</span>` : ''}${parts.length > 0 ? `<span class="tip-parts">${parts.join('<br/>')}</span>` : ''}</span>`
    );
  });
  return `<span class="tip" role="tooltip" id="${tipId}">${items.join('')}</span>`;
}

/** The attributes and tooltip of a place that findings fall on. */
function marked(u: UnitReport, elementId: string, findings: number[], L: Labeller): { attrs: string; tip: string } {
  const severities = findings.map((i) => u.findings[i].severity);
  const attrs =
    ` class="hit sev-${worst(severities)}" data-rule="${findings.map((i) => h(u.findings[i].rule)).join(' ')}" data-severity="${severities.join(' ')}"` +
    ` tabindex="0" aria-describedby="${elementId}-tip"`;
  return { attrs, tip: tip(u, `${elementId}-tip`, findings, L) };
}

function rowPlace(file: string, r: SourceRow): string {
  return r.sheet !== undefined ? `${r.sheet}!${r.line}` : r.page !== undefined ? `p.${r.page}:${r.line}` : `${r.line}`;
}

/** One table as printed: the title's record as its caption, the meta rows, the header and the rows, each finding's cell marked. */
function tableHtml(u: UnitReport, t: SourceTable, tid: string, targets: Targets, L: Labeller): string {
  const width = tableWidth(t);
  const cell = (r: SourceRow, i: number, tag: 'td' | 'th' | 'span'): string => {
    const text = r.cells[i] ?? '';
    const key = placeKey(t.file, r, i + 1);
    const findings = targets.byCell.get(key);
    const cid = targets.cellIds.get(key);
    const ref = r.sheet !== undefined ? `${columnLetters(i + 1)}${r.line}` : undefined;
    // A figure is aligned to the right (a class, so a marked figure is too).
    const title = (ref ? ` data-cell="${ref}"` : '') + (tag !== 'span' && FIGURE.test(text) ? ' data-n=""' : '');
    if (!findings) return `<${tag}${cid ? ` id="${cid}"` : ''}${title}>${h(text)}</${tag}>`;
    const { attrs, tip: tipHtml } = marked(u, cid!, findings, L);
    return `<${tag} id="${cid}"${attrs}${title}>${h(text)}${tipHtml}</${tag}>`;
  };
  const out: string[] = [`<figure class="table" id="${tid}">\n`];
  const where = (r: SourceRow | undefined) => (r?.sheet !== undefined ? ` · ${L('sheet')} ${h(r.sheet)}` : r?.page !== undefined ? ` · p.${r.page}` : '');
  const first = t.meta[0] ?? t.header[0];
  out.push(`<figcaption><span class="t-title">${h(t.title)}</span> <span class="t-file">${h(t.file)}${where(first)}</span>${t.duplicate ? ` <span class="dup">(${L('duplicate')})</span>` : ''}</figcaption>\n`);
  // The meta rows (表N, 编制单位, 单位); the title is the caption, its cell shown again only when a finding or a claim points at it.
  const meta: string[] = [];
  for (const r of t.meta) {
    const spans: string[] = [];
    r.cells.forEach((c, i) => {
      const key = placeKey(t.file, r, i + 1);
      if (targets.byCell.has(key) || targets.cellIds.has(key) || (c.trim() !== '' && c.trim() !== t.title)) spans.push(cell(r, i, 'span'));
    });
    if (spans.length > 0) meta.push(`<p data-line="${h(rowPlace(t.file, r))}">${spans.join(' ')}</p>`);
  }
  if (meta.length > 0) out.push(`<div class="meta">${meta.join('')}</div>\n`);
  const row = (r: SourceRow, tag: 'td' | 'th') => {
    const cells: string[] = [];
    for (let i = 0; i < width; i++) cells.push(cell(r, i, tag));
    return `<tr><th scope="row" class="ln">${h(rowPlace(t.file, r))}</th>${cells.join('')}</tr>\n`;
  };
  out.push('<table class="src">\n');
  if (t.header.length > 0) out.push(`<thead>\n${t.header.map((r) => row(r, 'th')).join('')}</thead>\n`);
  out.push(`<tbody>\n${t.body.map((r) => row(r, 'td')).join('')}</tbody>\n</table>\n`);
  if (t.omitted) out.push(`<p class="omitted">${L('omittedRows', t.omitted)}</p>\n`);
  out.push('</figure>\n');
  return out.join('');
}

/** A printed figure, with decimals or thousands separators ("1,234.50", "-3.00", "(4.00)", "¥4.40", "4.40万元"): not a code ("201"). */
const FIGURE = /^\s*[¥￥]?[(（]?[-+]?(\d{1,3}(,\d{3})+(\.\d+)?|\d+\.\d+)[)）]?(万元|元|%)?\s*$/;

/** A piece of a claim's mark on one line: [from, to) in UTF-16 units of the line. */
interface Piece {
  claim: number;
  from: number;
  to: number;
  /** Its claim's first piece (it carries the id) and last (the link follows it). */
  first: boolean;
  last: boolean;
}

function narrativeHtml(u: UnitReport, id: string, targets: Targets, L: Labeller): string {
  const n = u.source!.narrative!;
  const claims = u.claims ?? [];
  // Each claim's pieces, by line.
  const pieces = new Map<number, Piece[]>();
  n.claims.forEach((c, k) => {
    if (k >= claims.length) return;
    for (let line = c.from.line; line <= c.to.line && line <= n.lines.length; line++) {
      const text = n.lines[line - 1];
      const from = line === c.from.line ? c.from.column - 1 : 0;
      const to = line === c.to.line ? Math.min(c.to.column - 1, text.length) : text.length;
      if (to <= from && !(line === c.to.line)) continue;
      const list = pieces.get(line) ?? [];
      list.push({ claim: k, from, to: Math.max(from, to), first: false, last: false });
      pieces.set(line, list);
    }
  });
  // First and last pieces of each claim.
  const seen = new Set<number>();
  const lastPiece = new Map<number, Piece>();
  for (const line of [...pieces.keys()].sort((a, b) => a - b)) {
    for (const p of pieces.get(line)!) {
      if (!seen.has(p.claim)) {
        seen.add(p.claim);
        p.first = true;
      }
      lastPiece.set(p.claim, p);
    }
  }
  for (const p of lastPiece.values()) p.last = true;

  const link = (k: number): string => {
    const c = n.claims[k];
    const record = claims[k];
    if (record.status !== 'contradicted') return '';
    const figure = c.figure ? targets.cellIds.get(placeKey(c.figure.file, c.figure, c.figure.column)) : undefined;
    const finding = c.findings.length > 0 ? `${id}-f${c.findings[0] + 1}` : undefined;
    const target = figure ?? finding;
    if (!target) return '';
    const what = figure ? L('toFigure') : L('toFinding');
    return `<a class="to-figure" href="#${target}" aria-label="${what}" title="${what}">↗</a>`;
  };
  const open = (p: Piece) => {
    const record = claims[p.claim];
    const title = `${L(record.status)}${record.against ? `: ${h(record.against)}` : record.unlinkedReason ? `: ${L(record.unlinkedReason)}` : ''}`;
    return `<mark class="claim ${record.status}" data-claim="${p.claim + 1}"${p.first ? ` id="${id}-m${p.claim + 1}"` : ''} title="${title}">`;
  };

  const out: string[] = [`<section class="narrative"><h3>${L('narrative')} <small class="t-file">${h(n.file)}</small></h3>\n<ol class="text">\n`];
  let page = 0;
  // Blank lines are left out (the next line says its number): the text of a PDF holds as many as lines.
  let next = 1;
  n.lines.forEach((text, k) => {
    const line = k + 1;
    const at = n.printed?.[k];
    const key = placeKey(n.file, at ?? { line });
    const findings = targets.byRow.get(key);
    const marks = pieces.get(line);
    if (!findings && !marks && text.trim() === '') return;
    const value = line === next ? '' : ` value="${line}"`;
    next = line + 1;
    const lineId = `${id}-l-${line}`;
    const pageMark = at && at.page > 0 && at.page !== page ? `<span class="pg">p.${at.page}</span>` : '';
    if (at && at.page > 0) page = at.page;
    const body = markLine(text, marks ?? [], open, (p) => (p.last ? link(p.claim) : ''));
    if (findings) {
      const { attrs, tip: tipHtml } = marked(u, lineId, findings, L);
      out.push(`<li id="${lineId}"${value}${attrs}>${pageMark}${body}${tipHtml}</li>\n`);
    } else out.push(`<li${value}>${pageMark}${body}</li>\n`);
  });
  out.push('</ol>\n');
  if (n.omitted) out.push(`<p class="omitted">${L('omittedLines', n.omitted)}</p>\n`);

  // The claims, listed.
  if (claims.length > 0) {
    out.push(
      `<details class="claims" open="open"><summary>${L('claims')} (${claims.length})</summary>\n<table class="claims"><thead><tr><th scope="col">${L('line')}</th><th scope="col">${L('status')}</th><th scope="col">${L('kind')}</th><th scope="col">${L('claim')}</th><th scope="col">${L('checkedAgainst')}</th></tr></thead>\n<tbody>\n`,
    );
    claims.forEach((c, k) => {
      const src = n.claims[k];
      const place = c.page !== undefined ? `p.${c.page}:${c.line}` : `${c.line}`;
      const figure = src?.figure ? targets.cellIds.get(placeKey(src.figure.file, src.figure, src.figure.column)) : undefined;
      const against = c.against ? (figure ? `<a href="#${figure}">${h(c.against)}</a>` : h(c.against)) : c.unlinkedReason ? `<span class="why">${L(c.unlinkedReason)}</span>` : '';
      out.push(
        `<tr class="claim-row ${c.status}"><td class="at">${src ? `<a href="#${id}-m${k + 1}">${h(place)}</a>` : h(place)}</td><td class="status"><span class="st ${c.status}">${L(c.status)}</span></td>` +
          `<td>${h(c.kind)}</td><td>${h(c.text)}</td><td>${against}</td></tr>\n`,
      );
    });
    out.push('</tbody></table></details>\n');
  }
  out.push('</section>\n');
  return out.join('');
}

/**
 * A line with its claims' marks, nested: marks open longest first, and one that must close inside
 * another is closed with those inside it, which open again after it (without the id: one claim, one id).
 */
function markLine(text: string, pieces: Piece[], open: (p: Piece) => string, after: (p: Piece) => string): string {
  if (pieces.length === 0) return h(text);
  const at = new Set<number>([0, text.length]);
  for (const p of pieces) {
    at.add(p.from);
    at.add(p.to);
  }
  const points = [...at].sort((a, b) => a - b);
  const stack: Piece[] = [];
  const out: string[] = [];
  for (let j = 0; j < points.length; j++) {
    const x = points[j];
    // Close what ends here (and, to keep the marks nested, what stands inside it, to open again).
    while (stack.some((p) => p.to === x)) {
      const reopen: Piece[] = [];
      for (;;) {
        const top = stack.pop()!;
        out.push('</mark>');
        if (top.to === x) {
          out.push(after(top));
          break;
        }
        reopen.unshift(top);
      }
      for (const p of reopen) {
        stack.push(p);
        out.push(open({ ...p, first: false }));
      }
    }
    // Open what starts here, longest first (it encloses the shorter).
    const starting = pieces.filter((p) => p.from === x && p.to > x).sort((a, b) => b.to - a.to || a.claim - b.claim);
    for (const p of starting) {
      stack.push(p);
      out.push(open(p));
    }
    // An empty piece (a claim whose text ends where it starts): its link only.
    for (const p of pieces) if (p.from === x && p.to === x) out.push(after(p));
    if (j + 1 < points.length) out.push(h(text.slice(x, points[j + 1])));
  }
  while (stack.length > 0) {
    const p = stack.pop()!;
    out.push('</mark>', after(p));
  }
  return out.join('');
}

const STYLE = `
:root{--err:#b00020;--err-bg:#fde7ea;--warn:#8a5a00;--warn-bg:#fff3cd;--note:#1f5fa8;--note-bg:#e6f0fb;--ok:#1b7a3a;--line:#ccc;font-family:system-ui,-apple-system,"Segoe UI","Noto Sans CJK SC","Microsoft YaHei",sans-serif}
body{margin:0 auto;padding:0 1rem 2rem;max-width:100rem;display:flex;flex-direction:column;color:#111;background:#fff;line-height:1.45}
#bc-top{order:-2}#bc-index{order:-1}#bc-units{order:0}#bc-skipped,#bc-foot{order:1}
@media screen{.unit{content-visibility:auto;contain-intrinsic-size:auto 3000px}}
h1{font-size:1.5rem;margin:1rem 0 .5rem}h2{font-size:1.25rem;margin:1.5rem 0 .5rem;border-bottom:2px solid #333}h3{font-size:1.05rem;margin:1.2rem 0 .4rem}
small,.path,.t-file{color:#555;font-weight:normal;font-size:.85em}
#bc-filters{display:flex;flex-wrap:wrap;gap:.5rem 1.5rem;position:sticky;top:0;background:#fff;padding:.4rem 0;border-bottom:1px solid var(--line);z-index:20}
#bc-filters[hidden]{display:none}
fieldset{border:0;margin:0;padding:0}legend{float:left;font-weight:bold;margin-right:.5rem}
#bc-rule-box>summary{margin:0}#bc-rule-box[open]{flex-basis:100%}
#bc-rules label{margin-right:.6rem;white-space:nowrap}
table{border-collapse:collapse;font-size:.9rem}
th,td{border:1px solid var(--line);padding:.15rem .35rem;vertical-align:top;text-align:left}
thead th{background:#f2f2f2}
td.num,th.num{text-align:right}
table.index .sort{cursor:pointer}
table.index .sort:focus-visible{outline:2px solid var(--note)}
table.index td:first-child{min-width:10em}table.index td.path{overflow-wrap:anywhere}
th[aria-sort=ascending] .sort::after{content:" ▲"}th[aria-sort=descending] .sort::after{content:" ▼"}
.hint{color:#555;font-size:.85rem;margin:.2rem 0}
dl.summary{display:flex;flex-wrap:wrap;gap:.3rem 1.5rem;margin:.5rem 0}
dl.summary div{display:flex;gap:.4rem}dl.summary dt{font-weight:bold}dl.summary dd{margin:0}
.sev-error{color:var(--err)}.sev-warning{color:var(--warn)}.sev-note{color:var(--note)}
table.findings{width:100%}
table.findings td.sev{font-weight:bold}
tr.finding.sev-error td.sev{color:var(--err)}tr.finding.sev-warning td.sev{color:var(--warn)}tr.finding.sev-note td.sev{color:var(--note)}
tr.finding{color:#111}
.rule-name{color:#555;font-size:.85em}
.parts,.tip-parts{display:block;color:#444;font-size:.85em;font-family:ui-monospace,monospace;white-space:pre-wrap}
q.quote{display:block;color:#555;font-size:.85em}
figure.table{margin:1rem 0}
figcaption{font-weight:bold;margin-bottom:.25rem}
.meta p{margin:.1rem 0;color:#333}.meta span{margin-right:.5rem}
table.src td,table.src th{white-space:pre-wrap}table.src td[data-n]{text-align:right;font-variant-numeric:tabular-nums}
table.src th.ln{color:#777;font-weight:normal;font-size:.8em;background:#fafafa;text-align:right}
.hit{position:relative;cursor:help;outline:2px solid currentColor;outline-offset:-2px}
td.hit,th.hit,span.hit,li.hit{color:#111}
.hit.sev-error{background:var(--err-bg);outline-color:var(--err)}
.hit.sev-warning{background:var(--warn-bg);outline-color:var(--warn);outline-style:dashed}
.hit.sev-note{background:var(--note-bg);outline-color:var(--note);outline-style:dotted}
.hit.off{background:none;outline:none;cursor:auto}
.hit:focus{outline-width:3px;outline-style:solid}
.tip{display:none;position:absolute;left:0;top:100%;z-index:30;width:max-content;max-width:min(36rem,90vw);background:#fff;color:#111;border:1px solid #333;box-shadow:0 2px 8px rgba(0,0,0,.25);padding:.4rem .5rem;font-size:.85rem;font-weight:normal;text-align:left;white-space:normal;cursor:auto}
.hit:hover>.tip,.hit:focus>.tip,.hit:focus-within>.tip{display:block}
.hit.off>.tip{display:none!important}
.tip-item{display:block}.tip-item+.tip-item{border-top:1px solid var(--line);margin-top:.3rem;padding-top:.3rem}
.tip-item[hidden]{display:none}
.tip-head,.tip-msg,.tip-fig{display:block}
ol.text{font-size:.95rem;padding-left:4.5em;margin:.5rem 0}
ol.text li{white-space:pre-wrap;overflow-wrap:anywhere}
ol.text li::marker{color:#999;font-size:.8em}
ol.text li.hit{outline-offset:1px}
.pg{float:right;color:#777;font-size:.8em;margin-left:1rem}
mark.claim{background:none;color:inherit;border-bottom:2px solid transparent}
mark.claim.verified{border-bottom-color:var(--ok)}
mark.claim.unlinked{border-bottom:2px dotted #888}
mark.claim.contradicted{background:var(--err-bg);border-bottom:3px double var(--err);font-weight:bold}
a.to-figure{color:var(--err);text-decoration:none;font-weight:bold;padding:0 .15em}
.st.verified{color:var(--ok)}.st.contradicted{color:var(--err);font-weight:bold}.st.unlinked{color:#666}
table.claims{width:100%}
details>summary{cursor:pointer;font-weight:bold;margin:.4rem 0}
.omitted,.dup{color:#555;font-style:italic}
:target{scroll-margin-top:4rem}
td:target,th:target,span:target,mark:target{box-shadow:0 0 0 3px #333}
@media print{
@page{margin:12mm}
body{max-width:none;padding:0;font-size:9pt}
#bc-filters,.tip,.hint,a.to-figure{display:none!important}
#bc-filter-note:not([hidden]){display:block;font-style:italic}
.unit{break-before:page}.unit:first-child{break-before:auto}#bc-index{break-after:page}
h2,h3,figcaption{break-after:avoid}
tr,ol.text li{break-inside:avoid}
thead{display:table-header-group}tfoot{display:table-row-group}
table{font-size:8pt}table.src,table.index{width:100%}
a{color:inherit;text-decoration:none}
.hit,.hit.off{background:none!important;outline:none!important;border:2px solid #000!important}
.hit.sev-warning{border-style:dashed!important}
.hit.sev-note{border-width:1px!important;border-style:dotted!important}
.hit::after{content:" [" attr(data-rule) "]";font-size:7pt;font-weight:bold}
ol.text li.hit{border-width:0 0 0 3px!important;padding-left:.3em}
mark.claim{background:none!important;border:0!important;font-weight:normal}
mark.claim.verified{text-decoration:underline solid 1px}
mark.claim.unlinked{text-decoration:underline dotted 1px}
mark.claim.contradicted{text-decoration:underline double 2px;font-weight:bold}
mark.claim.contradicted::before{content:"✗";font-size:.8em}
details.claims>table{display:table}
details:not([open])>*:not(summary){display:revert}
}
`.replace(/\n/g, '');

const SCRIPT = `(function(){
var d=document;
function all(sel,root){return Array.prototype.slice.call((root||d).querySelectorAll(sel));}
var form=d.getElementById('bc-filters'),box=d.getElementById('bc-rules'),note=d.getElementById('bc-filter-note');
var rules={};all('tr.finding').forEach(function(tr){rules[tr.getAttribute('data-rule')]=1;});
Object.keys(rules).sort().forEach(function(r){var l=d.createElement('label'),i=d.createElement('input');i.type='checkbox';i.name='rule';i.value=r;i.checked=true;l.appendChild(i);l.appendChild(d.createTextNode(' '+r));box.appendChild(l);box.appendChild(d.createTextNode(' '));});
function shown(name){var s={};all('input[name='+name+']',form).forEach(function(i){s[i.value]=i.checked;});return s;}
var RANK={error:0,warning:1,note:2};
function apply(){var sev=shown('severity'),rul=shown('rule'),filtered=false;
function on(r,s){var v=sev[s]!==false&&rul[r]!==false;if(!v)filtered=true;return v;}
all('tr.finding').forEach(function(tr){tr.hidden=!on(tr.getAttribute('data-rule'),tr.getAttribute('data-severity'));});
all('.hit').forEach(function(el){var r=el.getAttribute('data-rule').split(' '),s=el.getAttribute('data-severity').split(' '),best=null;
for(var i=0;i<r.length;i++)if(on(r[i],s[i])&&(best===null||RANK[s[i]]<RANK[best]))best=s[i];
el.classList.remove('sev-error','sev-warning','sev-note');el.classList.toggle('off',best===null);el.classList.add('sev-'+(best||s[0]));
if(best===null)el.removeAttribute('tabindex');else el.setAttribute('tabindex','0');
all('.tip-item',el).forEach(function(t){t.hidden=!on(t.getAttribute('data-rule'),t.getAttribute('data-severity'));});});
note.hidden=!filtered;}
if(form){form.hidden=false;form.addEventListener('change',apply);}
d.addEventListener('keydown',function(e){var a=d.activeElement;if(e.key==='Escape'&&a&&a.classList&&a.classList.contains('hit'))a.blur();});
var index=d.querySelector('#bc-index table');
if(index){all('thead th',index).forEach(function(th,col){var b=th.querySelector('.sort');if(!b)return;
b.addEventListener('keydown',function(e){if(e.key==='Enter'||e.key===' '){e.preventDefault();b.click();}});
b.addEventListener('click',function(){
var asc=th.getAttribute('aria-sort')!=='ascending',num=th.getAttribute('data-type')==='number',body=index.tBodies[0];
all('thead th',index).forEach(function(o){o.setAttribute('aria-sort','none');});th.setAttribute('aria-sort',asc?'ascending':'descending');
var rows=all('tr',body);rows.sort(function(x,y){var a=x.cells[col].textContent,b=y.cells[col].textContent,c;
if(num){a=a===''?-1:Number(a);b=b===''?-1:Number(b);c=a-b;}else c=a.localeCompare(b);return asc?c:-c;});
rows.forEach(function(r){body.appendChild(r);});});});}
})();`;
