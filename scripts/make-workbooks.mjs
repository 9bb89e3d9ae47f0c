#!/usr/bin/env node
/**
 * Workbook fixtures (.xlsx) made from CSV units, as the finance system saves them:
 *
 *   fixtures/workbooks/sheets/        the sample as one workbook, a sheet per table (2024年单位预算公开表.xlsx),
 *                                     plus a sheet that is no table and a hidden one; the narrative beside it
 *   fixtures/workbooks/files/         the sample as a workbook per table (each sheet "Sheet1")
 *   fixtures/workbooks/fault-changed-cell/  fixtures/faults/tbl001-changed-cell as one workbook
 *   fixtures/workbooks/unreadable/<case>/   a legacy .xls, an encrypted workbook, a truncated one, a zip bomb
 *
 * What the sheets hold: merged title and header cells (the text in the first cell); amounts stored as
 * numbers with binary noise (449.67 as 449.66999999999996) under number formats that vary by table
 * (0.00, #,##0.00, 0.00_ , General, a three-section format); codes stored as numbers (201 | 3 | 1, a
 * 款 under "00", joined 2010301); the total rows of 表3 and 表5 as SUM formulas with their cached
 * results; 表6's strings inline (t="inlineStr"), the others shared. Each sheet's cell is where the
 * CSV's line and field are (row = line, column = field), so findings name the same rows.
 *
 * Deterministic up to the zip's timestamps. Run: node scripts/make-workbooks.mjs (needs no LibreOffice;
 * scripts/make-pdfs.sh makes PDFs from these workbooks).
 */
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateRawSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';

const require = createRequire(import.meta.url);
const ExcelJS = require('exceljs');
const JSZip = require('jszip');

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SAMPLE = join(ROOT, 'fixtures/units/kizilsu-2024');
const OUT = join(ROOT, 'fixtures/workbooks');
export const BOOK = '2024年单位预算公开表.xlsx';

/** Number formats by table number: what finance systems use. */
const FORMATS = {
  1: '0.00',
  2: '#,##0.00',
  3: '0.00_ ',
  4: '#,##0.00_);[Red]\\(#,##0.00\\)',
  5: '0.00',
  6: '#,##0.00',
  7: '0.00;-0.00;',
  8: '0.00',
  9: '0.00',
  10: '0.00',
  11: '#,##0.00',
};

const AMOUNT = /^-?[\d,]+\.\d+$/;

/** The stored double of a printed figure, with noise in its last bits, as sums in a spreadsheet leave it. */
function noisy(text, k) {
  const x = Number(text.replace(/,/g, ''));
  if (x === 0) return 0;
  const ulps = (k % 5) - 2;
  const buf = new DataView(new ArrayBuffer(8));
  buf.setFloat64(0, x);
  buf.setBigInt64(0, buf.getBigInt64(0) + BigInt(ulps));
  return buf.getFloat64(0);
}

function readCsv(path) {
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  return parse(text, { relax_column_count: true, skip_empty_lines: false });
}

/** Header rows: after the 编制单位 row, up to the first row that holds a figure, a code, a total or a note. */
function headerRange(rows) {
  const unitRow = rows.findIndex((r) => r.some((c) => /编制(单位|部门)/.test(c)));
  let end = unitRow + 1;
  while (end < rows.length) {
    const r = rows[end];
    const first = r.find((c) => c.trim() !== '') ?? '';
    if (r.some((c) => AMOUNT.test(c) || /^\d{3}$/.test(c)) || /^(合计|总计|备注|注)/.test(first) || /^[一二三]、/.test(first)) break;
    if (r.every((c) => c.trim() === '') && end > unitRow + 1) break;
    end++;
  }
  return [unitRow + 1, end];
}

/** Merges of the title and header cells: a header's text over the empty cells beside it that head columns below, and down over empty cells. */
function merges(rows, width) {
  const out = [];
  const [from, to] = headerRange(rows);
  const text = (r, c) => (rows[r]?.[c] ?? '').trim();
  for (let r = from; r < to; r++) {
    for (let c = 0; c < width; c++) {
      if (text(r, c) === '') continue;
      let c2 = c;
      while (c2 + 1 < width && text(r, c2 + 1) === '' && [...Array(to - r - 1).keys()].some((k) => text(r + 1 + k, c2 + 1) !== '')) c2++;
      let r2 = r;
      while (r2 + 1 < to && [...Array(c2 - c + 1).keys()].every((k) => text(r2 + 1, c + k) === '')) r2++;
      if (c2 > c || r2 > r) out.push([r, c, r2, c2]);
    }
  }
  return out;
}

function tableNumber(rows) {
  const m = /^表\s*(\d+)/.exec(rows[0]?.[0] ?? '');
  return m ? Number(m[1]) : 0;
}

/** One CSV table into a sheet: texts, numbers, codes, merges, formats, formulas. */
function fillSheet(ws, rows) {
  const width = Math.max(...rows.map((r) => r.length));
  const n = tableNumber(rows);
  const format = FORMATS[n] ?? '0.00';
  const [, dataStart] = headerRange(rows);
  let k = 0;
  const codeColumns = new Set();
  for (let c = 0; c < width; c++) {
    if (rows.slice(dataStart).some((r) => /^\d{3}$/.test(r[c] ?? '')) && rows.slice(dataStart).every((r) => /^(\d{1,7})?$/.test((r[c] ?? '').trim()))) codeColumns.add(c);
  }
  rows.forEach((r, i) => {
    r.forEach((text, c) => {
      if (text === '') return;
      const cell = ws.getCell(i + 1, c + 1);
      if (i >= dataStart && AMOUNT.test(text)) {
        cell.value = noisy(text, k++);
        cell.numFmt = format;
        cell.alignment = { horizontal: 'right' };
      } else if (i >= dataStart && codeColumns.has(c) && /^\d+$/.test(text)) {
        // A code stored as a number: 201, a 款 "03" as 3 (under "00" in 表2 and 表5, shown "3" elsewhere).
        cell.value = Number(text);
        if (/^0\d$/.test(text) && (n === 2 || n === 5)) cell.numFmt = '00';
      } else cell.value = text;
    });
  });
  // The total row of 表3 and 表5 as a formula over its class rows, with the cached result.
  if (n === 3 || n === 5) {
    const classRows = [];
    rows.forEach((r, i) => {
      if (i >= dataStart && /^\d{3}$/.test(r[0] ?? '') && (r[1] ?? '') === '') classRows.push(i + 1);
    });
    rows.forEach((r, i) => {
      if (i < dataStart || !/^(合计|总计)$/.test((r[3] ?? r[0] ?? '').replace(/\s/g, ''))) return;
      for (let c = 4; c < width; c++) {
        const cell = ws.getCell(i + 1, c + 1);
        if (typeof cell.value !== 'number') continue;
        const col = ws.getColumn(c + 1).letter;
        cell.value = { formula: `SUM(${classRows.map((x) => `${col}${x}`).join(',')})`, result: cell.value };
      }
    });
  }
  ws.mergeCells(2, 1, 2, width);
  for (const [r, c, r2, c2] of merges(rows, width)) ws.mergeCells(r + 1, c + 1, r2 + 1, c2 + 1);
  const border = { style: 'thin' };
  const [headerFrom] = headerRange(rows);
  for (let i = headerFrom; i < rows.length; i++) {
    for (let c = 0; c < width; c++) {
      const cell = ws.getCell(i + 1, c + 1);
      cell.border = { top: border, left: border, bottom: border, right: border };
      if (i < dataStart) cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    }
  }
  ws.getCell(2, 1).alignment = { horizontal: 'center' };
  ws.getCell(2, 1).font = { bold: true, size: 16 };
  return { width, n };
}

/** Column widths that fit the texts (a CJK character counts two). */
function fitColumns(ws, rows, width, scale = 1) {
  const [, dataStart] = headerRange(rows);
  for (let c = 0; c < width; c++) {
    let w = 6;
    for (let i = dataStart; i < rows.length; i++) {
      const t = rows[i][c] ?? '';
      if (/^(备注|注)/.test(rows[i][0] ?? '')) continue;
      w = Math.max(w, [...t].reduce((s, ch) => s + (ch.charCodeAt(0) > 255 ? 2 : 1), 0) + 2);
    }
    ws.getColumn(c + 1).width = Math.min(60, w * scale);
  }
}

function tableFiles(dir) {
  return readdirSync(dir)
    .filter((f) => /\.csv$/i.test(f))
    .sort((a, b) => Number(/\d+/.exec(a)[0]) - Number(/\d+/.exec(b)[0]));
}

/** Turn the shared strings of one sheet's XML into inline strings. */
async function inlineStrings(buffer, sheetIndex) {
  const zip = await JSZip.loadAsync(buffer);
  const shared = await zip.file('xl/sharedStrings.xml').async('string');
  const strings = [...shared.matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => m[1]);
  const path = `xl/worksheets/sheet${sheetIndex}.xml`;
  const xml = await zip.file(path).async('string');
  const inlined = xml.replace(/<c r="([A-Z]+\d+)"([^>]*?) t="s"([^>]*)><v>(\d+)<\/v><\/c>/g, (_, ref, a, b, i) => `<c r="${ref}"${a} t="inlineStr"${b}><is>${strings[Number(i)]}</is></c>`);
  zip.file(path, inlined);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** A CSV unit as one workbook, a sheet per table named 表N. */
export async function unitWorkbook(dir, { extraSheets = true, page } = {}) {
  const wb = new ExcelJS.Workbook();
  wb.created = wb.modified = new Date('2024-01-15T00:00:00Z');
  let basicIndex = 0;
  for (const file of tableFiles(dir)) {
    const rows = readCsv(join(dir, file));
    const name = /^表\d+/.exec(file)[0];
    const ws = wb.addWorksheet(name);
    const { width, n } = fillSheet(ws, rows);
    fitColumns(ws, rows, width);
    if (page) page(ws, rows, width, n);
    if (n === 6) basicIndex = wb.worksheets.length;
  }
  if (extraSheets) {
    const notes = wb.addWorksheet('填表说明');
    notes.getCell('A1').value = '本表由财政预算管理一体化系统导出，请勿修改表样。';
    const hidden = wb.addWorksheet('参数');
    hidden.state = 'hidden';
    hidden.getCell('A1').value = 'year';
    hidden.getCell('B1').value = 2024;
  }
  const buffer = await wb.xlsx.writeBuffer();
  return basicIndex ? inlineStrings(buffer, basicIndex) : buffer;
}

/** A zip of one entry, stored or deflated, with the sizes it declares. */
function zipOf(entries) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const { name, data, declared } of entries) {
    const deflated = deflateRawSync(data, { level: 9 });
    const nameBytes = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(deflated.length, 18);
    local.writeUInt32LE(declared ?? data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(deflated.length, 20);
    central.writeUInt32LE(declared ?? data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, deflated);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + deflated.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

/** The first bytes of an OLE2 compound file, with a stream name in it (UTF-16LE), as Office writes them. */
function compoundFile(stream) {
  const b = Buffer.alloc(4096);
  Buffer.from('d0cf11e0a1b11ae1', 'hex').copy(b, 0);
  b.writeUInt16LE(0x3e, 24);
  b.writeUInt16LE(3, 26);
  b.writeUInt16LE(0xfffe, 28);
  b.writeUInt16LE(9, 30);
  Buffer.from(stream, 'utf16le').copy(b, 1024);
  return b;
}

async function main() {
  rmSync(OUT, { recursive: true, force: true });
  const narrative = '单位预算情况说明.txt';

  const sheets = join(OUT, 'sheets');
  mkdirSync(sheets, { recursive: true });
  writeFileSync(join(sheets, BOOK), await unitWorkbook(SAMPLE));
  copyFileSync(join(SAMPLE, narrative), join(sheets, narrative));

  const files = join(OUT, 'files');
  mkdirSync(files, { recursive: true });
  for (const file of tableFiles(SAMPLE)) {
    const wb = new ExcelJS.Workbook();
    wb.created = wb.modified = new Date('2024-01-15T00:00:00Z');
    const rows = readCsv(join(SAMPLE, file));
    const ws = wb.addWorksheet('Sheet1');
    const { width } = fillSheet(ws, rows);
    fitColumns(ws, rows, width);
    writeFileSync(join(files, file.replace(/\.csv$/, '.xlsx')), await wb.xlsx.writeBuffer());
  }
  copyFileSync(join(SAMPLE, narrative), join(files, narrative));

  const fault = join(OUT, 'fault-changed-cell');
  const faultSource = join(ROOT, 'fixtures/faults/tbl001-changed-cell');
  mkdirSync(fault, { recursive: true });
  writeFileSync(join(fault, BOOK), await unitWorkbook(faultSource, { extraSheets: false }));
  copyFileSync(join(faultSource, narrative), join(fault, narrative));
  const expected = JSON.parse(readFileSync(join(faultSource, 'expected.json'), 'utf8'));
  writeFileSync(
    join(fault, 'expected.json'),
    `${JSON.stringify(
      {
        description: `${expected.description} The same fault in the workbook: each table finding names its sheet and cell.`,
        findings: expected.findings.map((f) => {
          if (!/\.csv$/.test(f.file)) return f;
          return { rule: f.rule, file: BOOK, sheet: /^表\d+/.exec(f.file)[0], line: f.line };
        }),
      },
      null,
      2,
    )}\n`,
  );

  const unreadable = join(OUT, 'unreadable');
  const cases = {
    'legacy-xls': ['2024年单位预算公开表.xls', compoundFile('Workbook'), 'legacy Excel 97-2003 workbook'],
    encrypted: [BOOK, compoundFile('EncryptedPackage'), 'password-protected'],
    truncated: [BOOK, (await unitWorkbook(SAMPLE, { extraSheets: false })).subarray(0, 3000), 'not a readable .xlsx workbook'],
    // One sheet of 64 MiB of blanks, 64 KiB compressed: refused after 16 MiB of inflation.
    'zip-bomb': [BOOK, zipOf([{ name: 'xl/workbook.xml', data: Buffer.from('<workbook/>') }, { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(64 * 1048576, 32), declared: 1000 }]), 'inflate to more than'],
  };
  for (const [name, [file, bytes, reason]] of Object.entries(cases)) {
    mkdirSync(join(unreadable, name), { recursive: true });
    writeFileSync(join(unreadable, name, file), bytes);
    writeFileSync(join(unreadable, name, 'expected.json'), `${JSON.stringify({ exit: 2, file, reason }, null, 2)}\n`);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
