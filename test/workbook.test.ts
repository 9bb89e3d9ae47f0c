/**
 * The finance system's workbook (.xlsx) read as the unit's tables: fixtures/workbooks, made from the
 * sample's CSV files by scripts/make-workbooks.mjs (merged headers, number formats, amounts stored
 * as numbers with binary noise, codes as numbers, formulas, inline and shared strings).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkUnit } from '../src/check.js';
import { claimSummary } from '../src/check.js';
import { formatCsv } from '../src/format/csv.js';
import { formatGithub } from '../src/format/github.js';
import { loadUnit } from '../src/load/unit.js';
import { displayNumber, general } from '../src/load/numfmt.js';
import { columnLetters } from '../src/load/records.js';
import { unzip } from '../src/load/zip.js';
import { summarise } from '../src/report.js';
import { figures, judged } from './ledger-figures.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SAMPLE = join(ROOT, 'fixtures/units/kizilsu-2024');
const BOOKS = join(ROOT, 'fixtures/workbooks');
const BOOK = '2024年单位预算公开表.xlsx';
const CLI = join(ROOT, 'bin/budget-check.js');

function runCli(args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('number formats: the displayed figure', () => {
  it.each([
    [449.66999999999996, '0.00', '449.67'],
    [449.66999999999996, undefined, '449.67'],
    [449.66999999999996, 'General', '449.67'],
    [6175300, '#,##0.00', '6,175,300.00'],
    [131.99, '0.00_ ', '131.99 '],
    [-25.16, '#,##0.00_);[Red]\\(#,##0.00\\)', '(25.16)'],
    [0, '0.00;-0.00;', ''],
    [-0.001, '0.00', '0.00'],
    [3, '00', '03'],
    [2010301, 'General', '2010301'],
    [1.005, '0.00', '1.01'],
    [2.675, '0.00', '2.68'],
    [0.0638, '0.00%', '6.38%'],
    [485.54, '"¥"#,##0.00', '¥485.54'],
    [485.54, '[$¥-804]#,##0.00', '¥485.54'],
    [4854000, '#,##0.00,', '4,854.00'],
    [0.5, '#.##', '.5'],
    [164.4, '0.0#', '164.4'],
  ])('%s under %s is %s', (value, format, shown) => {
    expect(displayNumber(value, format)).toBe(shown);
  });

  it('General drops binary noise and keeps whole numbers whole', () => {
    expect(general(0.1 + 0.2)).toBe('0.3');
    expect(general(201)).toBe('201');
  });

  it('columns have Excel letters', () => {
    expect([1, 5, 26, 27, 16384].map(columnLetters)).toEqual(['A', 'E', 'Z', 'AA', 'XFD']);
  });
});

describe('the sample as a workbook gives exactly the sample\'s findings', () => {
  for (const name of ['sheets', 'files']) {
    it(`workbooks/${name}`, async () => {
      const dir = join(BOOKS, name);
      const [report, sample] = await Promise.all([checkUnit(dir), checkUnit(SAMPLE)]);
      expect(report.problems).toEqual([]);
      expect(judged(report.findings)).toEqual(judged(sample.findings));
      // Each table finding names its workbook, sheet and cell; the row is the CSV's line, the column its field.
      for (const f of report.findings.filter((x) => x.rule === 'FE002')) {
        expect(f.file).toMatch(/\.xlsx$/);
        expect(f.sheet).toBe(name === 'sheets' ? '表6' : 'Sheet1');
        expect(f.cell).toBe(`${columnLetters(f.column!)}${f.line}`);
      }
      const [read, csv] = await Promise.all([loadUnit(dir), loadUnit(SAMPLE)]);
      expect(figures(read.ledger)).toEqual(figures(csv.ledger));
      expect(claimSummary(read.ledger).counts).toEqual(claimSummary(csv.ledger).counts);
      // Every amount kept its printed figure: two decimals, as the sheets display them.
      for (const table of read.ledger.tables.values()) {
        for (const row of table.rows) for (const cell of row.cells.values()) if (cell.raw.trim() !== '') expect(cell.raw.trim()).toMatch(/^-?[\d,]+\.\d\d$/);
      }
    });
  }

  it('a sheet that is no table and a hidden sheet are listed as skipped', async () => {
    const { ledger } = await loadUnit(join(BOOKS, 'sheets'));
    const skipped = ledger.files.filter((f) => f.kind === null).map((f) => [f.sheet, f.skipped]);
    expect(skipped).toEqual([
      ['填表说明', 'no known table title in its first rows'],
      ['参数', 'a hidden sheet, which is not published'],
    ]);
    expect(ledger.files.filter((f) => f.kind !== null && f.kind !== 'narrative').map((f) => f.sheet)).toEqual(
      ['表1', '表2', '表3', '表4', '表5', '表6', '表7', '表8', '表9', '表10', '表11'],
    );
  });

  it('a merged header\'s text stands in its first cell; codes stored as numbers read as codes', async () => {
    const { ledger } = await loadUnit(join(BOOKS, 'sheets'));
    const income = ledger.tables.get('income')!;
    expect(income.columns.find((c) => c.key === 'fin/gpb')?.path).toEqual(['财政拨款（补助）', '一般公共预算']);
    expect(income.rows.map((r) => r.code).filter(Boolean)).toContain('2010301');
    // The formula total of 表5: its cached result, as displayed.
    const gpb = ledger.tables.get('gpb')!;
    expect(gpb.rows.find((r) => r.isTotal)?.cells.get('total')?.raw).toBe('485.54');
  });

  it('the workbook given as the unit', async () => {
    const path = join(BOOKS, 'sheets', BOOK);
    const { status, stdout } = runCli([relative(ROOT, path), '--format', 'json', '--no-progress']);
    expect(status).toBe(0);
    const report = JSON.parse(stdout) as { units: { path: string; findings: { rule: string; file: string; sheet?: string; cell?: string; line: number; column?: number }[] }[] };
    const fe = report.units[0].findings.filter((f) => f.rule === 'FE002');
    expect(fe.map(({ file, sheet, cell, line, column }) => ({ file, sheet, cell, line, column }))).toEqual([
      { file: BOOK, sheet: '表6', cell: 'D11', line: 11, column: 4 },
      { file: BOOK, sheet: '表6', cell: 'D13', line: 13, column: 4 },
    ]);
  });
});

describe('a changed cell is reported at its sheet and cell', () => {
  it('workbooks/fault-changed-cell', async () => {
    const dir = join(BOOKS, 'fault-changed-cell');
    const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as { findings: { rule: string; file: string; sheet?: string; line: number }[] };
    const report = await checkUnit(dir);
    expect(report.problems).toEqual([]);
    const found = report.findings.filter((f) => f.severity !== 'note').map((f) => `${f.rule} ${f.file} ${f.sheet ?? ''} ${f.line}`).sort();
    expect(found).toEqual(expected.findings.map((f) => `${f.rule} ${f.file} ${f.sheet ?? ''} ${f.line}`).sort());
    // The same fault in CSV: the same findings, the workbook's cell at the CSV's line and field.
    const csv = await checkUnit(join(ROOT, 'fixtures/faults/tbl001-changed-cell'));
    expect(judged(report.findings)).toEqual(judged(csv.findings));
    const changed = report.findings.find((f) => f.rule === 'TBL003')!;
    expect([changed.sheet, changed.cell, changed.actual]).toEqual(['表5', 'E9', '271.98']);
    // Every format names the sheet and the cell.
    const r = { units: [report], summary: summarise([report]) };
    expect(formatCsv(r)).toContain(',表5,E9,');
    expect(formatGithub(r)).toContain('::表5!E9: 2010350 事业运行');
    const table = runCli([relative(ROOT, dir), '--no-progress']);
    expect(table.status).toBe(1);
    expect(table.stdout).toMatch(/表5!E9\s+error/);
    const junit = runCli([relative(ROOT, dir), '--format', 'junit', '--no-progress']);
    expect(junit.stdout).toContain(`${BOOK} 表5!E9`);
    const sarif = JSON.parse(runCli([relative(ROOT, dir), '--format', 'sarif', '--no-progress']).stdout) as { runs: { results: { message: { text: string }; properties?: Record<string, string>; locations: { physicalLocation: { region?: { startLine: number } } }[] }[] }[] };
    const result = sarif.runs[0].results.find((x) => x.message.text.startsWith('表5!E9: '))!;
    expect(result.properties).toMatchObject({ sheet: '表5', cell: 'E9' });
    // And the log still validates against the SARIF 2.1.0 schema subset.
    const { Ajv } = await import('ajv');
    const formats = (await import('ajv-formats')) as unknown as { default: (ajv: unknown) => unknown };
    const ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false });
    formats.default(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync(join(ROOT, 'test/schemas/sarif-2.1.0-subset.json'), 'utf8')) as object);
    expect(validate(sarif), ajv.errorsText(validate.errors)).toBe(true);
    expect(result.locations[0].physicalLocation.region).toEqual({ startLine: 9 });
  });
});

describe('a workbook that cannot be read: exit 2, one line saying what to do', () => {
  for (const name of ['legacy-xls', 'encrypted', 'truncated', 'zip-bomb']) {
    it(`workbooks/unreadable/${name}`, () => {
      const dir = join(BOOKS, 'unreadable', name);
      const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as { file: string; reason: string };
      const { status, stderr } = runCli([relative(ROOT, dir), '--no-progress']);
      expect(status, stderr).toBe(2);
      const lines = stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(`${relative(ROOT, dir)}/${expected.file}: `);
      expect(lines[0]).toContain(expected.reason);
      expect(stderr).not.toMatch(/internal error|\s+at /);
    });
  }

  it('a web export saved as .xls is no workbook: the message says so', async () => {
    const { readWorkbook } = await import('../src/load/xlsx.js');
    await expect(readWorkbook('导出.xls', Buffer.from('<html><table><tr><td>表1</td></tr></table></html>'))).rejects.toThrow(/web page or XML table saved under a workbook's name/);
  });

  it('a zip bomb is refused within the limit, whatever its headers declare', () => {
    const bytes = readFileSync(join(BOOKS, 'unreadable/zip-bomb', BOOK));
    const before = process.memoryUsage().rss;
    expect(() => unzip(bytes, 16 * 1048576)).toThrow(/inflate to more than 16 MiB/);
    expect(process.memoryUsage().rss - before).toBeLessThan(64 * 1048576);
  });
});

describe('a finding is located through the Locator of its file', () => {
  it('its line and column become the sheet and cell; "line N" and "file:N" in its text become the sheet and row', async () => {
    const { locateFinding } = await import('../src/load/records.js');
    const printed = new Map([[BOOK, (line: number, column?: number) => ({ line: line - 100, column, sheet: '表2', cell: column ? `${columnLetters(column)}${line - 100}` : undefined })]]);
    const f = locateFinding(
      { rule: 'TBL012', name: 'duplicate-code', severity: 'error', messageId: 'duplicate', data: { first: `line 106 (${BOOK}:106)` }, message: `201 is printed again; it was first printed on line 106 (${BOOK}:106)`, file: BOOK, line: 109, column: 5 },
      printed,
    );
    expect(Object.keys(f)).toEqual(['rule', 'name', 'severity', 'messageId', 'data', 'message', 'file', 'line', 'column', 'sheet', 'cell']);
    expect(f.data.first).toBe(`表2 row 6 (${BOOK} 表2 row 6)`);
    expect(f).toMatchObject({ line: 9, column: 5, sheet: '表2', cell: 'E9' });
    expect(f.message).toBe(`201 is printed again; it was first printed on 表2 row 6 (${BOOK} 表2 row 6)`);
  });
});

describe('cells as the sheet displays them', () => {
  it('a formula without a cached result, a date, a boolean, an error, rich text, a merge', async () => {
    const { readWorkbook } = await import('../src/load/xlsx.js');
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('表3');
    ws.getCell('A1').value = { formula: 'SUM(E6:E9)' } as never;
    ws.getCell('B1').value = new Date(Date.UTC(2024, 0, 15));
    ws.getCell('C1').value = true;
    ws.getCell('D1').value = { error: '#DIV/0!' } as never;
    ws.getCell('E1').value = { richText: [{ text: '一般公共' }, { font: { bold: true }, text: '预算' }] };
    ws.getCell('A2').value = '财政拨款（补助）';
    ws.mergeCells('A2:C2');
    ws.getCell('D2').value = { formula: 'D1', result: 1234.5 } as never;
    ws.getCell('D2').numFmt = '#,##0.00';
    const read = await readWorkbook('b.xlsx', Buffer.from(await wb.xlsx.writeBuffer()));
    const [first, second] = read.sets[0].records;
    expect(first.cells).toEqual(['=SUM(E6:E9)', '2024-01-15', 'TRUE', '#DIV/0!', '一般公共预算']);
    expect(second.cells).toEqual(['财政拨款（补助）', '', '', '1,234.50', '']);
    expect(read.locate(second.line, 4)).toEqual({ line: 2, column: 4, sheet: '表3', cell: 'D2' });
  });
});

describe('budget-check extract <xlsx> --out <dir>', () => {
  it('writes a CSV file per sheet; checked as a unit with the narrative, they give the sample\'s findings', async () => {
    const { mkdtempSync, rmSync, copyFileSync, readdirSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const out = mkdtempSync(join(tmpdir(), 'bc-extract-xlsx-'));
    try {
      const { status, stdout, stderr } = runCli(['extract', relative(ROOT, join(BOOKS, 'sheets', BOOK)), '--out', out]);
      expect(status, stderr).toBe(0);
      expect(stdout).toContain('表6-一般公共预算基本支出情况表.csv: gpb-basic, from sheet "表6"');
      expect(readdirSync(out).filter((f) => f.endsWith('.csv'))).toHaveLength(12);
      copyFileSync(join(SAMPLE, '单位预算情况说明.txt'), join(out, '单位预算情况说明.txt'));
      const [extracted, sample] = await Promise.all([checkUnit(out), checkUnit(SAMPLE)]);
      expect(extracted.problems).toEqual([]);
      expect(judged(extracted.findings)).toEqual(judged(sample.findings));
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
