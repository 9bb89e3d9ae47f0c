/**
 * The published disclosure (PDF) read as the unit: fixtures/pdf, made from the sample with LibreOffice
 * by scripts/make-pdfs.mjs (committed: the tests need no LibreOffice). A table read from a PDF must give
 * the same ledger as the CSV of the same table, and the package the same findings, located at pages.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { checkUnit } from '../src/check.js';
import { claimSummary } from '../src/check.js';
import { readPages, type Line, type PageText } from '../src/load/pdf-layout.js';
import { loadUnit } from '../src/load/unit.js';
import { figures, judged } from './ledger-figures.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SAMPLE = join(ROOT, 'fixtures/units/kizilsu-2024');
const PDFS = join(ROOT, 'fixtures/pdf');
const DOCUMENT = '2024年单位预算公开.pdf';
const CLI = join(ROOT, 'bin/budget-check.js');

function runCli(args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const temp: string[] = [];
afterAll(() => {
  for (const dir of temp) rmSync(dir, { recursive: true, force: true });
});

describe('a PDF made from the sample gives the same findings as its CSV, each at its page', () => {
  // document-unruled: its tables printed without cell borders, read from the text's positions alone;
  // document-compact: portrait tables one after another, two on a page, 表4 over two pages without its
  // header printed again, names wrapped in narrow columns.
  for (const name of ['document', 'document-unruled', 'document-compact', 'calc']) {
    it(`pdf/${name}`, async () => {
      const dir = join(PDFS, name);
      const [report, sample] = await Promise.all([checkUnit(dir), checkUnit(SAMPLE)]);
      expect(report.problems).toEqual([]);
      expect(judged(report.findings, false)).toEqual(judged(sample.findings, false));
      for (const f of report.findings.filter((x) => x.file.endsWith('.pdf'))) {
        expect(f.page, `${f.rule} ${f.message}`).toBeGreaterThan(0);
        expect(f.line).toBeGreaterThan(0);
      }
      const [read, csv] = await Promise.all([loadUnit(dir), loadUnit(SAMPLE)]);
      expect(figures(read.ledger)).toEqual(figures(csv.ledger));
      // The narrative too: the PDF's own (document) or the text beside it (calc) links as the sample's does.
      expect(claimSummary(read.ledger).counts).toEqual(claimSummary(csv.ledger).counts);
    });
  }

  it('every table found, each at the page where it starts; 表4 joined over two pages, its repeated header dropped', async () => {
    const { ledger } = await loadUnit(join(PDFS, 'document'));
    const tables = ledger.files.filter((f) => f.kind !== 'narrative');
    expect(tables.map((f) => f.kind)).toEqual(['summary', 'income', 'expenditure', 'appropriation', 'gpb', 'gpb-basic', 'gpb-project', 'gfb', 'soc', 'three-public', 'carryover']);
    expect(tables.every((f) => f.page! > 0)).toBe(true);
    const appropriation = ledger.tables.get('appropriation')!;
    expect(appropriation.rows.filter((r) => r.name === '项目' || r.name === '功能分类')).toEqual([]);
    expect(appropriation.rows.find((r) => r.code === '234')).toBeDefined();
    // Empty tables keep their note.
    expect(ledger.tables.get('gfb')!.notes[0].text).toMatch(/为空表。$/);
  });

  it('the narrative is the pages that are not tables: no page numbers, no running header, no table', async () => {
    const { ledger } = await loadUnit(join(PDFS, 'document'));
    const text = ledger.narrative!.text;
    expect(ledger.narrative!.file).toBe(DOCUMENT);
    expect(text).toContain('第一部分');
    expect(text).toContain('第三部分');
    expect(text).not.toMatch(/^\s*-\s*\d+\s*-\s*$/m);
    expect(text).not.toContain('2024 年单位预算公开\n');
    expect(text).not.toContain('单位收入总体情况表\n');
  });

  it('the fault in the PDF: the same findings as in CSV, the changed figure at its page', async () => {
    const report = await checkUnit(join(PDFS, 'document-fault'));
    const csv = await checkUnit(join(ROOT, 'fixtures/faults/tbl001-changed-cell'));
    expect(report.problems).toEqual([]);
    expect(judged(report.findings, false)).toEqual(judged(csv.findings, false));
    const changed = report.findings.find((f) => f.rule === 'TBL003')!;
    expect([changed.file, changed.page, changed.actual]).toEqual([DOCUMENT, 9, '271.98']);
    // The narrative's claim is located in the PDF too, and names the table's figure by its page.
    const claim = report.findings.find((f) => f.rule === 'NC001')!;
    expect(claim.file).toBe(DOCUMENT);
    expect(claim.page).toBeGreaterThan(9);
    expect(claim.message).toContain(`${DOCUMENT} p.9:`);
  });

  it('the PDF given as the unit, through the CLI: JSON names the page', () => {
    const path = join(PDFS, 'document', DOCUMENT);
    const { status, stdout, stderr } = runCli([relative(ROOT, path), '--format', 'json', '--no-progress']);
    expect(status, stderr).toBe(0);
    const report = JSON.parse(stdout) as { units: { findings: { rule: string; file: string; page?: number; line: number }[]; files: Record<string, unknown>[] }[] };
    // Each table listed at the page, and the line on the page, where it starts.
    expect(report.units[0].files[0]).toEqual({ file: DOCUMENT, kind: 'summary', encoding: 'pdf', page: 4, line: 2 });
    const fe = report.units[0].findings.filter((f) => f.rule === 'FE002');
    expect(fe.map(({ file, page }) => ({ file, page }))).toEqual([
      { file: DOCUMENT, page: 10 },
      { file: DOCUMENT, page: 10 },
    ]);
    const table = runCli([relative(ROOT, path), '--no-progress']);
    expect(table.stdout).toMatch(/p\.10:\d+\s+warning/);
  });
});

describe('a PDF that cannot be read', () => {
  it('a scanned PDF (no text layer) is an input problem that says so', () => {
    const { status, stderr } = runCli([relative(ROOT, join(PDFS, 'scanned')), '--no-progress']);
    expect(status).toBe(2);
    const lines = stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('扫描件.pdf: no text layer (a scanned PDF');
  });

  it('a damaged PDF is an input problem, no crash', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bc-pdf-'));
    temp.push(dir);
    const bytes = readFileSync(join(PDFS, 'document', DOCUMENT));
    writeFileSync(join(dir, DOCUMENT), bytes.subarray(0, 5000));
    const { status, stderr } = runCli([dir, '--no-progress']);
    expect(status).toBe(2);
    expect(stderr).toMatch(/not a readable PDF|no text layer/);
    expect(stderr).not.toMatch(/internal error|\s+at /);
  });
});

describe('budget-check extract <pdf> --out <dir>', () => {
  it('writes the tables as CSV and the narrative as text; checked as a unit, they give the sample\'s findings', async () => {
    const out = mkdtempSync(join(tmpdir(), 'bc-extract-'));
    temp.push(out);
    const { status, stdout, stderr } = runCli(['extract', relative(ROOT, join(PDFS, 'document', DOCUMENT)), '--out', out]);
    expect(status, stderr).toBe(0);
    expect(stdout).toContain('表2-单位收入总体情况表.csv');
    const files = readdirSync(out).sort();
    expect(files.filter((f) => f.endsWith('.csv'))).toHaveLength(11);
    expect(files).toContain('单位预算情况说明.txt');
    const [extracted, sample] = await Promise.all([checkUnit(out), checkUnit(SAMPLE)]);
    expect(extracted.problems).toEqual([]);
    expect(judged(extracted.findings, false)).toEqual(judged(sample.findings, false));
    const [read, csv] = await Promise.all([loadUnit(out), loadUnit(SAMPLE)]);
    expect(figures(read.ledger)).toEqual(figures(csv.ledger));
  });

  it('refuses what is no PDF or workbook, exit 2', () => {
    const { status, stderr } = runCli(['extract', relative(ROOT, join(SAMPLE, '表1-单位收支总体情况表.csv')), '--out', tmpdir()]);
    expect(status).toBe(2);
    expect(stderr).toContain('extract reads a published PDF or a workbook');
  });
});

describe('the layout from lines (no PDF library)', () => {
  const line = (page: number, index: number, y: number, text: string, x = 50): Line => {
    const chunk = { x0: x, x1: x + text.length * 10, text, size: 10 };
    return { page, index, y, size: 10, chunks: [chunk], runs: [chunk], text };
  };
  it('drops page numbers and a running header; keeps the text in reading order', () => {
    const pages: PageText[] = [1, 2, 3].map((n) => ({
      number: n,
      height: 800,
      rules: [],
      lines: [line(n, 1, 780, '某单位2024年预算公开'), line(n, 2, 700, `第${n}段正文。`), line(n, 3, 40, `- ${n} -`)],
    }));
    const read = readPages('x.pdf', pages);
    expect(read.sets).toEqual([]);
    expect(read.narrative).toBe('第1段正文。\n第2段正文。\n第3段正文。\n');
    expect(read.locate(2)).toEqual({ line: 2, column: undefined, page: 2 });
  });
});

describe('workbooks and PDFs in a batch', () => {
  it('a PDF beside unit directories is the parent\'s document, not a unit; a directory of a PDF alone is a unit', async () => {
    const { discoverUnits } = await import('../src/discover.js');
    const parent = mkdtempSync(join(tmpdir(), 'bc-parent-'));
    temp.push(parent);
    writeFileSync(join(parent, '汇总.pdf'), readFileSync(join(PDFS, 'scanned', '扫描件.pdf')));
    for (const [name, from] of [['甲', join(ROOT, 'fixtures/workbooks/sheets')], ['乙', join(PDFS, 'document')]] as const) {
      mkdirSync(join(parent, name));
      for (const f of readdirSync(from)) writeFileSync(join(parent, name, f), readFileSync(join(from, f)));
    }
    const found = await discoverUnits([parent]);
    expect(found.units.map((u) => relative(parent, u))).toEqual(['乙', '甲']);
    expect(found.problems).toEqual([]);
  });

  it('a parent directory\'s workbook and PDF units are found and checked in worker threads', async () => {
    const { discoverUnits } = await import('../src/discover.js');
    const found = await discoverUnits([join(PDFS), join(ROOT, 'fixtures/workbooks')]);
    const names = found.units.map((u) => relative(ROOT, u));
    for (const n of ['fixtures/pdf/document', 'fixtures/pdf/calc', 'fixtures/workbooks/sheets', 'fixtures/workbooks/files', 'fixtures/workbooks/unreadable/legacy-xls']) expect(names).toContain(n);
    const { status, stdout, stderr } = runCli(['fixtures/pdf/document', 'fixtures/workbooks/sheets', 'fixtures/pdf/calc', '--jobs', '2', '--format', 'json', '--no-progress']);
    expect(status, stderr).toBe(0);
    const report = JSON.parse(stdout) as { units: { path: string; problems: unknown[]; findings: { rule: string; severity: string }[] }[] };
    expect(report.units).toHaveLength(3);
    for (const u of report.units) {
      expect(u.problems).toEqual([]);
      expect(u.findings.filter((f) => f.severity !== 'note').map((f) => f.rule)).toEqual(['FE002', 'FE002']);
    }
  });
});

describe('a ruled table from lines and rules (no PDF library)', () => {
  // 表1 as the seed's document prints it: "表 1", the title, the 编制单位 line wrapped ("…交易中" / "心"),
  // "单位:万元" on a line of its own, a header over two rows with merged cells, two rows.
  const at = (x0: number, text: string) => ({ x0, x1: x0 + text.length * 9, text, size: 9 });
  let index = 0;
  const line = (y: number, ...chunks: ReturnType<typeof at>[]): Line => ({ page: 1, index: ++index, y, size: 9, chunks, runs: chunks, text: chunks.map((c) => c.text).join(' ') });
  const xs = [50, 250, 320, 520, 590];
  const ys = [700, 682, 664, 646, 628];
  const rules = [
    ...ys.map((y) => ({ x0: 50, x1: 590, y0: y, y1: y })),
    // The first header row: 收入 over two columns, 支出 over two: no rule inside them.
    ...xs.map((x) => ({ x0: x, x1: x, y0: ys[4], y1: x === 250 || x === 520 ? ys[1] : ys[0] })),
  ];
  const lines = [
    line(780, at(50, '表 1')),
    line(760, at(250, '单位收支总体情况表')),
    line(740, at(50, '编制单位：克孜勒苏柯尔克孜自治州政务服务和公共资源交易中')),
    line(725, at(50, '心')),
    line(710, at(520, '单位:万元')),
    line(688, at(200, '收 入'), at(450, '支 出')),
    line(670, at(130, '项 目'), at(265, '预算数'), at(400, '功能分类'), at(535, '预算数')),
    line(652, at(55, '一、本年收入'), at(270, '617.53'), at(325, '201 一般公共服务支出'), at(540, '581.66')),
    line(634, at(150, '收 入 总 计'), at(270, '617.53'), at(400, '支 出 总 计'), at(540, '617.53')),
  ];
  it('gives the records a CSV export has: merged cells in their first cell, the wrapped unit name whole', async () => {
    const { tableFromRecords } = await import('../src/load/unit.js');
    const read = readPages('x.pdf', [{ number: 1, height: 842, lines, rules }]);
    expect(read.sets).toHaveLength(1);
    const cells = read.sets[0].records.map((r) => r.cells);
    expect(cells).toEqual([
      ['表 1', '', '', ''],
      ['单位收支总体情况表', '', '', ''],
      ['编制单位：克孜勒苏柯尔克孜自治州政务服务和公共资源交易中心', '', '', ''],
      ['', '', '', '单位:万元'],
      ['收 入', '', '支 出', ''],
      ['项 目', '预算数', '功能分类', '预算数'],
      ['一、本年收入', '617.53', '201 一般公共服务支出', '581.66'],
      ['收 入 总 计', '617.53', '支 出 总 计', '617.53'],
    ]);
    const result = tableFromRecords('x.pdf', read.sets[0].records, 'pdf');
    expect('table' in result && result.table.unitName).toBe('克孜勒苏柯尔克孜自治州政务服务和公共资源交易中心');
    // Each record at the line of its page where it was printed.
    expect(read.locate(read.sets[0].records[6].line)).toEqual({ line: 8, column: undefined, page: 1 });
  });
});
