#!/usr/bin/env node
/**
 * PDF fixtures, made with LibreOffice from the sample (and from the workbooks of make-workbooks.mjs),
 * committed so that the tests and CI need neither LibreOffice nor a network:
 *
 *   fixtures/pdf/document/   the published document: 概况 (narrative), the eleven tables, 情况说明 and
 *                            名词解释 in one PDF, as Writer prints it: A4, a running header and "- N -"
 *                            page numbers, wide tables on landscape pages, the project table split over
 *                            two pages with its header repeated, header cells merged and wrapped
 *   fixtures/pdf/document-fault/  the same with 表5's 事业运行 合计 271.89 printed as 271.98 (the tbl001 fault)
 *   fixtures/pdf/document-unruled/  the document with tables printed without cell borders, in another
 *                            font and size: read from the text's positions alone
 *   fixtures/pdf/document-compact/  portrait tables one after another (two on a page, one over two pages
 *                            without its header printed again), narrow columns with wrapped names
 *   fixtures/pdf/calc/       the sample's workbook printed by Calc: a sheet per page or more, another font,
 *                            other column widths, print titles (the header repeated on every page);
 *                            the narrative as text beside it
 *   fixtures/pdf/scanned/    a PDF without a text layer (an image of a page): an input problem
 *
 * Needs LibreOffice (soffice) and the CJK fonts (apt-get install libreoffice-writer libreoffice-calc
 * fonts-noto-cjk fonts-wqy-microhei). Run: node scripts/make-workbooks.mjs && node scripts/make-pdfs.mjs
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';

const require = createRequire(import.meta.url);
const ExcelJS = require('exceljs');

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SAMPLE = join(ROOT, 'fixtures/units/kizilsu-2024');
const OUT = join(ROOT, 'fixtures/pdf');
const UNIT = '克孜勒苏柯尔克孜自治州政务服务和公共资源交易中心';
const DOCUMENT = '2024年单位预算公开.pdf';
const NARRATIVE = '单位预算情况说明.txt';

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function readCsv(path) {
  return parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''), { relax_column_count: true, skip_empty_lines: false });
}

function tableFiles(dir) {
  return readdirSync(dir)
    .filter((f) => /\.csv$/i.test(f))
    .sort((a, b) => Number(/\d+/.exec(a)[0]) - Number(/\d+/.exec(b)[0]));
}

const AMOUNT = /^-?[\d,]+\.\d+$/;

/** Header rows: after the 编制单位 row, up to the first row with a figure, a code, a total or a note. */
function headerRange(rows) {
  const unitRow = rows.findIndex((r) => r.some((c) => /编制(单位|部门)/.test(c)));
  let end = unitRow + 1;
  while (end < rows.length) {
    const r = rows[end];
    const first = r.find((c) => c.trim() !== '') ?? '';
    if (r.some((c) => AMOUNT.test(c) || /^\d{3}$/.test(c)) || /^(合计|总计|备注|注)/.test(first) || /^[一二三]、/.test(first)) break;
    end++;
  }
  return [unitRow, end];
}

/** Spans of the header cells: [row, col, rowspan, colspan], as make-workbooks merges them. */
function headerSpans(rows, width) {
  const [unitRow, to] = headerRange(rows);
  const from = unitRow + 1;
  const text = (r, c) => (rows[r]?.[c] ?? '').trim();
  const spans = new Map();
  const covered = new Set();
  for (let r = from; r < to; r++) {
    for (let c = 0; c < width; c++) {
      if (text(r, c) === '') continue;
      let c2 = c;
      while (c2 + 1 < width && text(r, c2 + 1) === '' && [...Array(to - r - 1).keys()].some((k) => text(r + 1 + k, c2 + 1) !== '')) c2++;
      let r2 = r;
      while (r2 + 1 < to && [...Array(c2 - c + 1).keys()].every((k) => text(r2 + 1, c + k) === '')) r2++;
      spans.set(`${r},${c}`, [r2 - r + 1, c2 - c + 1]);
      for (let y = r; y <= r2; y++) for (let x = c; x <= c2; x++) if (y !== r || x !== c) covered.add(`${y},${x}`);
    }
  }
  return { from, to, spans, covered };
}

/** Column widths in cm: by the longest text of the data rows (a CJK character counts two), within the page. */
function columnWidths(rows, width, dataStart, pageWidth, fontPt) {
  const chars = [];
  for (let c = 0; c < width; c++) {
    let w = 3;
    for (let i = dataStart; i < rows.length; i++) {
      if (/^(备注|注)/.test(rows[i][0] ?? '')) continue;
      const t = rows[i][c] ?? '';
      w = Math.max(w, [...t].reduce((s, ch) => s + (ch.charCodeAt(0) > 255 ? 2 : 1.1), 0));
    }
    chars.push(Math.min(w, 40));
  }
  const cm = chars.map((n) => (n * fontPt * 0.5 * 2.54) / 72 + 0.5);
  const total = cm.reduce((a, b) => a + b, 0);
  const scale = Math.min(1.6, pageWidth / total);
  return cm.map((w) => w * scale);
}

/** A table of the sample as an ODF table, with its number, title and 编制单位 line above it. */
function odtTable(rows, n, { pageWidth, fontPt, master, repeatHeader = true }) {
  const width = Math.max(...rows.map((r) => r.length));
  const { from, to, spans, covered } = headerSpans(rows, width);
  const widths = columnWidths(rows, width, to, pageWidth, fontPt);
  const total = widths.reduce((a, b) => a + b, 0);
  const unitLine = rows[from - 1];
  const unitName = unitLine.find((c) => /编制/.test(c)) ?? '';
  const money = [...unitLine].reverse().find((c) => /单位[:：]/.test(c) && !/编制/.test(c)) ?? '';
  const out = [];
  out.push(`<text:p text:style-name="${master}">${esc(rows[0][0])}</text:p>`);
  out.push(`<text:p text:style-name="Title">${esc(rows[1][0])}</text:p>`);
  out.push(`<text:p text:style-name="Unit${n}">${esc(unitName)}<text:tab/>${esc(money)}</text:p>`);
  out.push(`<table:table table:name="表${n}" table:style-name="T${n}">`);
  for (const w of widths) out.push(`<table:table-column table:style-name="C${Math.round(w * 100)}"/>`);
  const cell = (style, text, attrs = '') => `<table:table-cell table:style-name="Cell"${attrs} office:value-type="string"><text:p text:style-name="${style}">${esc(text)}</text:p></table:table-cell>`;
  if (repeatHeader) out.push('<table:table-header-rows>');
  for (let r = from; r < to; r++) {
    out.push('<table:table-row>');
    for (let c = 0; c < width; c++) {
      if (covered.has(`${r},${c}`)) {
        out.push('<table:covered-table-cell/>');
        continue;
      }
      const [rs, cs] = spans.get(`${r},${c}`) ?? [1, 1];
      const attrs = `${rs > 1 ? ` table:number-rows-spanned="${rs}"` : ''}${cs > 1 ? ` table:number-columns-spanned="${cs}"` : ''}`;
      out.push(cell('Head', rows[r][c] ?? '', attrs));
    }
    out.push('</table:table-row>');
  }
  if (repeatHeader) out.push('</table:table-header-rows>');
  for (let r = to; r < rows.length; r++) {
    const row = rows[r];
    if (row.every((c) => c.trim() === '')) continue;
    out.push('<table:table-row>');
    if (/^(备注|注)/.test(row[0] ?? '')) {
      out.push(cell('Left', row[0], ` table:number-columns-spanned="${width}"`));
      for (let c = 1; c < width; c++) out.push('<table:covered-table-cell/>');
    } else {
      for (let c = 0; c < width; c++) {
        const t = row[c] ?? '';
        out.push(cell(AMOUNT.test(t) ? 'Right' : 'Left', t));
      }
    }
    out.push('</table:table-row>');
  }
  out.push('</table:table>');
  return { xml: out.join('\n'), total, widths };
}

/** The narrative's lines as paragraphs: its blank lines and page numbers ("- 5 -") left out; the document prints its own. */
function narrativeParagraphs(lines) {
  return lines
    .filter((l) => l.trim() !== '' && !/^\s*-\s*\d+\s*-\s*$/.test(l))
    .map((l) => `<text:p text:style-name="Body">${esc(l.trim())}</text:p>`)
    .join('\n');
}

/** The whole document as flat ODF text. */
function document(sampleDir, { fontPt = 9, bodyPt = 12, serif = 'Noto Serif CJK SC', sans = 'Noto Sans CJK SC', borders = true, compact = false } = {}) {
  const narrative = readFileSync(join(sampleDir, NARRATIVE), 'utf8').split(/\r?\n/);
  const part3 = narrative.findIndex((l) => /第三部分/.test(l));
  const tables = [];
  const styles = new Set();
  for (const file of tableFiles(sampleDir)) {
    const rows = readCsv(join(sampleDir, file));
    const n = Number(/^表\s*(\d+)/.exec(rows[0][0])[1]);
    const width = Math.max(...rows.map((r) => r.length));
    // compact: every table on portrait pages, one after another (a page break only where a page is full), its header not repeated.
    const landscape = !compact && width > 6;
    const pageWidth = landscape ? 25.7 : 17;
    const master = compact ? (n === 1 ? 'NewPortrait' : 'Number') : landscape ? 'NewLandscape' : 'NewPortrait';
    const t = odtTable(rows, n, { pageWidth, fontPt, master, repeatHeader: !compact });
    for (const w of t.widths) styles.add(Math.round(w * 100));
    tables.push({ n, ...t, pageWidth });
  }
  const columnStyles = [...styles].map((w) => `<style:style style:name="C${w}" style:family="table-column"><style:table-column-properties style:column-width="${(w / 100).toFixed(2)}cm"/></style:style>`).join('\n');
  const tableStyles = tables
    .map(
      (t) =>
        `<style:style style:name="T${t.n}" style:family="table"><style:table-properties style:width="${t.total.toFixed(2)}cm" table:align="center"/></style:style>
<style:style style:name="Unit${t.n}" style:family="paragraph" style:parent-style-name="Small"><style:paragraph-properties><style:tab-stops><style:tab-stop style:position="${(t.total - 0.1).toFixed(2)}cm" style:type="right"/></style:tab-stops></style:paragraph-properties></style:style>`,
    )
    .join('\n');
  const text = (pt, extra = '') => `<style:text-properties style:font-name="${sans}" style:font-name-asian="${sans}" fo:font-size="${pt}pt" style:font-size-asian="${pt}pt"${extra}/>`;
  const header = `<style:header><text:p text:style-name="RunningHead">${UNIT}2024年单位预算公开</text:p></style:header>
<style:footer><text:p text:style-name="Center">- <text:page-number text:select-page="current">1</text:page-number> -</text:p></style:footer>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls>
<style:font-face style:name="${serif}" svg:font-family="'${serif}'"/>
<style:font-face style:name="${sans}" svg:font-family="'${sans}'"/>
</office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph"><style:text-properties style:font-name="${serif}" style:font-name-asian="${serif}" fo:font-size="${bodyPt}pt" style:font-size-asian="${bodyPt}pt" fo:language="zh" fo:country="CN"/></style:default-style>
<style:style style:name="Body" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.1cm" fo:line-height="150%"/></style:style>
<style:style style:name="Center" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/>${text(10)}</style:style>
<style:style style:name="RunningHead" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/>${text(9)}</style:style>
<style:style style:name="Title" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.2cm"/>${text(16, ' fo:font-weight="bold" style:font-weight-asian="bold"')}</style:style>
<style:style style:name="Small" style:family="paragraph">${text(10)}</style:style>
<style:style style:name="Head" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/>${text(fontPt, ' fo:font-weight="bold" style:font-weight-asian="bold"')}</style:style>
<style:style style:name="Left" style:family="paragraph"><style:paragraph-properties fo:text-align="start"/>${text(fontPt)}</style:style>
<style:style style:name="Right" style:family="paragraph"><style:paragraph-properties fo:text-align="end"/>${text(fontPt)}</style:style>
</office:styles>
<office:automatic-styles>
<style:page-layout style:name="Portrait"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" style:print-orientation="portrait" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="2cm" fo:margin-right="2cm"/><style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.4cm"/></style:header-style><style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.4cm"/></style:footer-style></style:page-layout>
<style:page-layout style:name="Landscape"><style:page-layout-properties fo:page-width="29.7cm" fo:page-height="21cm" style:print-orientation="landscape" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="2cm" fo:margin-right="2cm"/><style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.4cm"/></style:header-style><style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.4cm"/></style:footer-style></style:page-layout>
<style:style style:name="NewPortrait" style:family="paragraph" style:parent-style-name="Center" style:master-page-name="PortraitPage"><style:paragraph-properties style:page-number="auto" fo:text-align="start"/>${text(12)}</style:style>
<style:style style:name="NewLandscape" style:family="paragraph" style:parent-style-name="Center" style:master-page-name="LandscapePage"><style:paragraph-properties style:page-number="auto" fo:text-align="start"/>${text(12)}</style:style>
<style:style style:name="Number" style:family="paragraph" style:parent-style-name="Center"><style:paragraph-properties fo:text-align="start" fo:margin-top="0.6cm" fo:keep-with-next="always"/>${text(12)}</style:style>
<style:style style:name="Part" style:family="paragraph" style:parent-style-name="Body" style:master-page-name="PortraitPage"><style:paragraph-properties style:page-number="auto"/></style:style>
<style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties ${borders ? 'fo:border="0.5pt solid #000000" ' : 'fo:border="none" '}fo:padding="0.1cm" style:vertical-align="middle"/></style:style>
${columnStyles}
${tableStyles}
</office:automatic-styles>
<office:master-styles>
<style:master-page style:name="Standard" style:page-layout-name="Portrait">${header}</style:master-page>
<style:master-page style:name="PortraitPage" style:page-layout-name="Portrait">${header}</style:master-page>
<style:master-page style:name="LandscapePage" style:page-layout-name="Landscape">${header}</style:master-page>
</office:master-styles>
<office:body><office:text>
${narrativeParagraphs(narrative.slice(0, part3))}
<text:p text:style-name="Part">第二部分 2024 年单位预算公开表</text:p>
${tables.map((t) => t.xml).join('\n')}
<text:p text:style-name="Part">${esc(narrative[part3].trim())}</text:p>
${narrativeParagraphs(narrative.slice(part3 + 1))}
</office:text></office:body>
</office:document>
`;
}

function soffice(input, outdir, filter = 'pdf') {
  execFileSync('soffice', ['--headless', '--norestore', '--convert-to', filter, '--outdir', outdir, input], { stdio: 'pipe', timeout: 300_000 });
}

/** The sample's workbook with Calc's page set-up: a font of its own, landscape A4, print titles, and a sheet to split. */
async function calcWorkbook(tmp) {
  const { unitWorkbook } = await import('./make-workbooks.mjs');
  const bytes = await unitWorkbook(SAMPLE, {
    extraSheets: false,
    page(ws, rows, width, n) {
      const [unitRow, to] = headerRange(rows);
      ws.pageSetup = { orientation: width > 6 ? 'landscape' : 'portrait', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: `${unitRow + 2}:${to}`, horizontalCentered: true };
      ws.pageSetup.margins = { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 };
      ws.headerFooter.oddFooter = '&C第 &P 页';
      // Header rows tall enough for their wrapped texts (Calc keeps the heights it is given).
      for (let r = unitRow + 2; r <= to; r++) {
        let lines = 1;
        ws.getRow(r).eachCell({ includeEmpty: false }, (cell) => {
          if (cell.isMerged && cell.master !== cell) return;
          const text = String(cell.value ?? '');
          const chars = [...text].reduce((s, ch) => s + (ch.charCodeAt(0) > 255 ? 2 : 1), 0);
          const width = cell.isMerged ? 99 : ws.getColumn(cell.col).width ?? 8;
          lines = Math.max(lines, Math.ceil(chars / Math.max(2, width - 2)));
        });
        ws.getRow(r).height = lines * 14 + 6;
      }
      for (let r = 1; r <= ws.rowCount; r++) {
        ws.getRow(r).eachCell({ includeEmpty: false }, (cell) => {
          cell.font = { ...(cell.font ?? {}), name: 'WenQuanYi Micro Hei', size: r === 2 ? 16 : 10 };
        });
        // 表1 split over two pages: tall rows.
        if (n === 1 && r > to) ws.getRow(r).height = 24;
      }
    },
  });
  const path = join(tmp, '2024年单位预算公开表.xlsx');
  writeFileSync(path, bytes);
  return path;
}

async function main() {
  const tmp = mkdtempSync(join(tmpdir(), 'bc-pdf-'));
  rmSync(OUT, { recursive: true, force: true });
  try {
    // The published document, and the same with the tbl001 fault.
    const variants = [
      ['document', SAMPLE, {}],
      ['document-fault', join(ROOT, 'fixtures/faults/tbl001-changed-cell'), {}],
      // No cell borders, another body font and size: the tables are read from their text alone.
      ['document-unruled', SAMPLE, { borders: false, bodyPt: 11, serif: 'WenQuanYi Micro Hei', fontPt: 8 }],
      // Portrait tables one after another: two tables on a page, a table over pages without its header again, wrapped names.
      ['document-compact', SAMPLE, { compact: true, fontPt: 8, bodyPt: 10.5, serif: 'Noto Sans CJK SC' }],
    ];
    for (const [name, source, options] of variants) {
      const fodt = join(tmp, DOCUMENT.replace(/\.pdf$/, '.fodt'));
      writeFileSync(fodt, document(source, options));
      soffice(fodt, tmp);
      mkdirSync(join(OUT, name), { recursive: true });
      copyFileSync(join(tmp, DOCUMENT), join(OUT, name, DOCUMENT));
    }
    // Calc: the workbook's sheets printed, the narrative as text beside them.
    const book = await calcWorkbook(tmp);
    soffice(book, tmp);
    mkdirSync(join(OUT, 'calc'), { recursive: true });
    copyFileSync(book.replace(/\.xlsx$/, '.pdf'), join(OUT, 'calc', '2024年单位预算公开表.pdf'));
    copyFileSync(join(SAMPLE, NARRATIVE), join(OUT, 'calc', NARRATIVE));
    // A scanned page: an image, no text.
    const png = join(tmp, 'scan.png');
    execFileSync('pdftoppm', ['-png', '-r', '40', '-f', '3', '-l', '3', '-singlefile', join(OUT, 'document', DOCUMENT), png.replace(/\.png$/, '')]);
    const html = join(tmp, 'scan.html');
    writeFileSync(html, `<html><body><img src="scan.png" width="600"></body></html>`);
    soffice(html, tmp, 'pdf:writer_web_pdf_Export');
    mkdirSync(join(OUT, 'scanned'), { recursive: true });
    copyFileSync(join(tmp, 'scan.pdf'), join(OUT, 'scanned', '扫描件.pdf'));
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

await main();
