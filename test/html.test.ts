/**
 * The HTML report without a browser: what the check carries for it (and only when asked), the
 * document's structure (well-formed, self-contained, every link resolved), each finding at its cell,
 * each claim marked, and hostile text escaped. test/html-browser.test.ts opens it in Chromium.
 */
import { cpSync, mkdtempSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { checkUnit } from '../src/check.js';
import { runBatch } from '../src/batch.js';
import { formatHtml, escapeHtml } from '../src/format/html.js';
import { LABELS } from '../src/format/html-labels.js';
import { formatJson } from '../src/format/json.js';
import { runCli } from './run-cli.js';
import type { Report, UnitReport } from '../src/report.js';
import { summarise } from '../src/report.js';

const SAMPLE = 'fixtures/units/kizilsu-2024';
const CHANGED_CELL = 'fixtures/faults/tbl001-changed-cell';
const YOY = 'fixtures/claims/yoy-percent';

function report(...units: UnitReport[]): Report {
  return { units, summary: summarise(units) };
}

async function html(dir: string, lang?: 'en' | 'zh-CN'): Promise<string> {
  return formatHtml(report(await checkUnit(dir, { includeSource: true })), { lang, version: '0.0.0' });
}

/** The document's structure: well-formed (as XML: every element closed, attributes quoted), ids unique, every fragment link resolved, nothing fetched. */
function structure(doc: string): { ids: Set<string> } {
  expect(XMLValidator.validate(doc)).toBe(true);
  expect(doc.startsWith('<!DOCTYPE html>\n<html lang="')).toBe(true);
  const ids = [...doc.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]);
  expect(new Set(ids).size).toBe(ids.length);
  const known = new Set(ids);
  for (const m of doc.matchAll(/\s(href|aria-describedby)="([^"]*)"/g)) {
    const target = m[1] === 'href' ? m[2].replace(/^#/, '') : m[2];
    expect(m[1] !== 'href' || m[2].startsWith('#'), `a link out of the page: ${m[2]}`).toBe(true);
    expect(known.has(target), `${m[1]}="${m[2]}" names no element`).toBe(true);
  }
  // Self-contained: no external script, style sheet, image, font or frame.
  expect(doc).not.toMatch(/\ssrc=|<link\b|@import|url\(|<iframe|<img|<object|<embed/i);
  expect(doc).not.toMatch(/https?:\/\//);
  expect(doc.match(/<script\b/g)).toHaveLength(1);
  expect(doc.match(/<style\b/g)).toHaveLength(1);
  return { ids: known };
}

/** Elements of the parsed document whose tag and attributes match. */
function elements(doc: string, match: (tag: string, attrs: Record<string, string>) => boolean): { tag: string; attrs: Record<string, string>; text: string }[] {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', preserveOrder: true, unpairedTags: [], processEntities: true, htmlEntities: true });
  const tree = parser.parse(doc) as unknown[];
  const out: { tag: string; attrs: Record<string, string>; text: string }[] = [];
  const text = (nodes: unknown[]): string =>
    nodes
      .map((n) => {
        const o = n as Record<string, unknown>;
        if ('#text' in o) return String(o['#text']);
        const tag = Object.keys(o).find((k) => k !== ':@');
        return tag && tag !== 'span' ? text(o[tag] as unknown[]) : tag ? text(o[tag] as unknown[]) : '';
      })
      .join('');
  const walk = (nodes: unknown[]) => {
    for (const n of nodes) {
      const o = n as Record<string, unknown>;
      const tag = Object.keys(o).find((k) => k !== ':@' && k !== '#text');
      if (!tag) continue;
      const attrs = (o[':@'] ?? {}) as Record<string, string>;
      const children = o[tag] as unknown[];
      if (match(tag, attrs)) out.push({ tag, attrs, text: text(children) });
      walk(children);
    }
  };
  walk(tree);
  return out;
}

describe('what the check carries for the HTML report', () => {
  it.each([SAMPLE, CHANGED_CELL, 'fixtures/workbooks/fault-changed-cell', 'fixtures/pdf/document-fault'])(
    'adds the source, and nothing else changes (%s)',
    async (dir) => {
      const off = await checkUnit(dir, { listClaims: true });
      const on = await checkUnit(dir, { listClaims: true, includeSource: true });
      const { source, ...rest } = on;
      expect(source).toBeDefined();
      expect(JSON.stringify(rest)).toBe(JSON.stringify(off));
      // Off, no trace of it in the JSON report.
      expect(formatJson(report(off))).not.toContain('"source"');
      expect(Object.keys(off)).not.toContain('source');
    },
  );

  it('lists the claims when it carries the source, without --claims', async () => {
    const u = await checkUnit(CHANGED_CELL, { includeSource: true });
    expect(u.claims).toHaveLength(u.claimCounts!.found);
    expect(u.source!.narrative!.claims).toHaveLength(u.claims!.length);
  });

  it('gives each table as printed, located, and each claim its place in the narrative', async () => {
    const u = await checkUnit(CHANGED_CELL, { includeSource: true });
    const t5 = u.source!.tables.find((t) => t.file === '表5-一般公共预算支出情况表.csv')!;
    expect(t5.title).toBe('一般公共预算支出情况表');
    expect(t5.meta.map((r) => r.line)).toEqual([1, 2, 3]);
    expect(t5.header.map((r) => r.cells[0])).toEqual(['功能分类科目编码', '类']);
    const row = t5.body.find((r) => r.line === 7)!;
    // the TBL001 finding names line 7, column 5: that cell is the stated subtotal
    const f = u.findings.find((x) => x.rule === 'TBL001')!;
    expect([f.line, f.column]).toEqual([7, 5]);
    expect(row.cells[f.column! - 1]).toBe('449.67');
    // the contradicted claim's text at its line and column, and the cell of its figure
    const n = u.source!.narrative!;
    const k = u.claims!.findIndex((c) => c.status === 'contradicted');
    const c = n.claims[k];
    expect(c.figure).toEqual({ file: '表5-一般公共预算支出情况表.csv', line: 9, column: 5 });
    expect(c.findings.map((i) => u.findings[i].rule)).toEqual(['NC001']);
    const marked = n.lines.slice(c.from.line - 1, c.to.line).map((l, i, all) => l.slice(i === 0 ? c.from.column - 1 : 0, i === all.length - 1 ? c.to.column - 1 : undefined));
    expect(marked.join('').replace(/\s/g, '')).toBe('一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）事业运行（项）：2024年预算数为271.89万元');
  });

  it('locates a workbook table by its sheet, a PDF table and narrative by page', async () => {
    const wb = await checkUnit('fixtures/workbooks/fault-changed-cell', { includeSource: true });
    const f = wb.findings.find((x) => x.rule === 'TBL001')!;
    const t = wb.source!.tables.find((x) => x.body.some((r) => r.sheet === f.sheet && r.line === f.line))!;
    expect(t.body.find((r) => r.line === f.line)!.cells[f.column! - 1]).toBe('449.67');
    const pdf = await checkUnit('fixtures/pdf/document-fault', { includeSource: true });
    const g = pdf.findings.find((x) => x.rule === 'TBL001')!;
    const row = pdf.source!.tables.flatMap((x) => x.body).find((r) => r.page === g.page && r.line === g.line)!;
    expect(row.cells[g.column! - 1]).toBe('449.67');
    const n = pdf.source!.narrative!;
    const nc = pdf.findings.find((x) => x.rule === 'NC001')!;
    const k = n.printed!.findIndex((p) => p.page === nc.page && p.line === nc.line);
    expect(n.lines[k]).toContain('271.89');
  });
});

describe('the HTML report', () => {
  it('is one well-formed, self-contained document whose links all resolve', async () => {
    structure(await html(CHANGED_CELL));
    structure(await html('fixtures/pdf/document-fault'));
    structure(await html('fixtures/workbooks/fault-changed-cell', 'zh-CN'));
  });

  it("marks each finding's cell with its rule, and describes it", async () => {
    const u = await checkUnit(CHANGED_CELL, { includeSource: true });
    const doc = formatHtml(report(u));
    const hits = elements(doc, (tag, a) => tag === 'td' && a['data-rule'] !== undefined);
    expect(hits.map((e) => [e.attrs['data-rule'], e.attrs['data-severity']])).toEqual([
      ['TBL001', 'error'],
      ['TBL003', 'error'],
      ['FE002', 'warning'],
      ['FE002', 'warning'],
    ]);
    const tbl001 = hits[0];
    expect(tbl001.attrs.tabindex).toBe('0');
    const tip = elements(doc, (tag, a) => a.id === tbl001.attrs['aria-describedby'])[0];
    expect(tip.attrs.role).toBe('tooltip');
    for (const words of ['449.67', 'should be', '449.76', 'difference', '-0.09', '13.38', '2010301 行政运行', '164.40']) expect(tip.text).toContain(words);
    // every error of a table is at its cell
    for (const f of u.findings.filter((x) => x.severity === 'error' && x.file.endsWith('.csv'))) {
      const row = elements(doc, (tag, a) => tag === 'tr' && a['data-rule'] === f.rule && a.class?.startsWith('finding'))[0];
      expect(row).toBeDefined();
    }
  });

  it('puts all the findings on one cell in its data-rule, one entry per finding', () => {
    const u: UnitReport = {
      path: 'u',
      findings: [
        { rule: 'TBL001', name: 'a', severity: 'note', messageId: 'm', data: {}, message: 'one', file: 't.csv', line: 2, column: 2 },
        { rule: 'TBL003', name: 'b', severity: 'error', messageId: 'm', data: {}, message: 'two', file: 't.csv', line: 2, column: 2 },
        { rule: 'TBL001', name: 'a', severity: 'error', messageId: 'm', data: {}, message: 'three', file: 't.csv', line: 2, column: 2 },
      ],
      files: [],
      skippedRules: [],
      problems: [],
      source: { tables: [{ file: 't.csv', kind: 'gpb', title: 'T', unitLabel: '万元', meta: [{ line: 1, cells: ['T'] }], header: [], body: [{ line: 2, cells: ['a', '1.00'] }] }] },
    };
    const doc = formatHtml(report(u));
    structure(doc);
    const [cell] = elements(doc, (tag, a) => tag === 'td' && a['data-rule'] !== undefined);
    expect(cell.attrs['data-rule']).toBe('TBL001 TBL003 TBL001');
    expect(cell.attrs['data-severity']).toBe('note error error');
    expect(cell.attrs.class).toBe('hit sev-error');
    expect(cell.text).toContain('one');
    expect(cell.text).toContain('three');
  });

  it('marks each claim by its status, and links a contradicted one to the cell of its figure', async () => {
    const u = await checkUnit(CHANGED_CELL, { includeSource: true });
    const doc = formatHtml(report(u));
    const marks = elements(doc, (tag, a) => tag === 'mark' && a.id !== undefined);
    expect(marks).toHaveLength(u.claims!.length);
    for (const status of ['verified', 'contradicted', 'unlinked'] as const) {
      expect(marks.filter((m) => m.attrs.class === `claim ${status}`)).toHaveLength(u.claimCounts![status]);
    }
    const links = elements(doc, (tag, a) => tag === 'a' && a.class === 'to-figure');
    expect(links).toHaveLength(1);
    const cell = elements(doc, (tag, a) => a.id === links[0].attrs.href.slice(1))[0];
    expect(cell.tag).toBe('td');
    expect(cell.text).toMatch(/^271\.98/);
  });

  it('links a contradicted claim without a figure cell to its finding', async () => {
    const u = await checkUnit(YOY, { includeSource: true });
    for (const c of u.source!.narrative!.claims) delete c.figure;
    const doc = formatHtml(report(u));
    structure(doc);
    const links = elements(doc, (tag, a) => tag === 'a' && a.class === 'to-figure');
    expect(links).toHaveLength(1);
    const target = elements(doc, (tag, a) => a.id === links[0].attrs.href.slice(1))[0];
    expect(target.attrs['data-rule']).toBe('NC003');
  });

  it('nests the marks of claims that overlap', async () => {
    const doc = await html(SAMPLE);
    // XMLValidator (in structure) refuses any mark closed out of order; the same claim may be
    // split over lines and around another's end, and keeps one id.
    structure(doc);
    const pieces = elements(doc, (tag) => tag === 'mark');
    const ids = pieces.filter((p) => p.attrs.id !== undefined);
    expect(new Set(pieces.map((p) => p.attrs['data-claim'])).size).toBe(ids.length);
  });

  it('writes the words of the page in the chosen language', async () => {
    const zh = await html(CHANGED_CELL, 'zh-CN');
    expect(zh).toContain('<html lang="zh-CN">');
    expect(zh).toContain('预算公开审核报告');
    expect(zh).toContain('>错误</td>');
    // the findings' messages as rendered
    expect(zh).toContain('but its 3 parts add up to 449.76');
    const en = await html(CHANGED_CELL);
    expect(en).toContain('<html lang="en">');
    expect(Object.keys(LABELS['zh-CN']).sort()).toEqual(Object.keys(LABELS.en).sort());
  });

  it('escapes every text: a cell and a file name holding markup and quotes', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'bc-html-')), 'unit "<b>x</b>"');
    cpSync(CHANGED_CELL, dir, { recursive: true });
    const hostile = `<script>alert('cell')</script>"'&amp;`;
    const file = join(dir, '表5-一般公共预算支出情况表.csv');
    writeFileSync(file, readFileSync(file, 'utf8').replace('政府办公厅（室）及相关机构事务', `政府办公厅${hostile}`));
    // (no slash in a file name)
    const named = join(dir, `表5<script>alert("file")<b onmouseover='x'>.csv`);
    renameSync(file, named);
    expect(readdirSync(dir)).toContain(`表5<script>alert("file")<b onmouseover='x'>.csv`);
    const u = await checkUnit(dir, { includeSource: true });
    expect(u.findings.some((f) => f.rule === 'TBL001' && f.file.includes('<script>'))).toBe(true);
    const doc = formatHtml(report(u));
    structure(doc);
    expect(doc).not.toContain('<script>alert');
    expect(doc).toContain('&lt;script&gt;alert(&#39;cell&#39;)&lt;/script&gt;&quot;&#39;&amp;amp;');
    expect(doc).toContain('表5&lt;script&gt;alert(&quot;file&quot;)&lt;b onmouseover=&#39;x&#39;&gt;.csv');
    expect(doc).not.toContain('<b onmouseover');
    expect(doc).toContain('unit &quot;&lt;b&gt;x&lt;/b&gt;&quot;');
    // the hostile cell is still the one marked
    const hit = elements(doc, (tag, a) => tag === 'td' && a['data-rule'] === 'TBL001')[0];
    expect(hit.text).toMatch(/^449\.67/);
  });

  it('shows control and bidi characters escaped, as on a terminal', () => {
    expect(escapeHtml('a\u001b[31mb\u202ec\td\uFFFF')).toBe('a\\x1b[31mb\\u202ec\td\\uffff');
    expect(escapeHtml(`<&>"'`)).toBe('&lt;&amp;&gt;&quot;&#39;');
  });

  it('gives a batch an index of its units, written after them and shown first', async () => {
    const batch = await runBatch([CHANGED_CELL, YOY], { includeSource: true });
    const doc = formatHtml(batch);
    structure(doc);
    expect(doc.indexOf('id="bc-index"')).toBeGreaterThan(doc.lastIndexOf('<section class="unit"'));
    expect(doc).toMatch(/#bc-index\{order:-1\}/);
    const rows = elements(doc, (tag, a) => tag === 'a' && /^#u\d+$/.test(a.href ?? ''));
    expect(rows.map((r) => r.attrs.href)).toEqual(['#u1', '#u2']);
    // a single unit has none
    expect(await html(CHANGED_CELL)).not.toContain('id="bc-index"');
  });

  it('places each part of a sum, but not a row the table does not print (line 0)', async () => {
    // fixtures/hostile/header-only: 表5 keeps only its header, so XT004 adds a zero for each class of 表4.
    const doc = await html('fixtures/hostile/header-only');
    expect(doc).toContain('+ 0.00 表5-一般公共预算支出情况表.csv: no row 201<');
    expect(doc).not.toContain('.csv:0)');
  });

  it('shows a unit checked without its source: its summary and findings', () => {
    const u: UnitReport = { path: 'p', findings: [], files: [], skippedRules: [{ rule: 'XT011', missing: ['carryover'] }], problems: [{ file: 'p/a.csv', line: 3, reason: 'binary <content>' }] };
    const doc = formatHtml(report(u));
    structure(doc);
    expect(doc).toContain('binary &lt;content&gt;');
    expect(doc).toContain('XT011');
  });
});

describe('the command line', () => {
  const run = (...args: string[]) => runCli({}, ...args);

  it('writes --format html, in the --lang asked for', async () => {
    const r = await run(CHANGED_CELL, '--format', 'html', '--lang', 'zh-CN');
    expect(r.code).toBe(1);
    expect(r.err).toBe('');
    structure(r.out);
    expect(r.out).toContain('<html lang="zh-CN">');
    expect(r.out).toContain('data-rule="TBL001"');
    expect((await run(CHANGED_CELL, '--format', 'html', '--lang', 'fr')).code).toBe(2);
  });

  it('keeps the JSON report as it was', async () => {
    const r = await run(CHANGED_CELL, '--format', 'json', '--claims');
    const u = await checkUnit(CHANGED_CELL, { listClaims: true });
    expect(JSON.parse(r.out).units[0]).toEqual(JSON.parse(JSON.stringify(u)));
    expect(r.out).not.toContain('"source"');
  });
});
