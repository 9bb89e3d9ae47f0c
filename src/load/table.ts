/**
 * One CSV sheet to one typed Table: title and unit rows, one to three header rows, data rows with
 * codes, names and amounts, note rows. Layouts differ by kind: classified (function or economic
 * codes), two-sided (summary, appropriation), the 三公 table (items as rows or as columns) and the
 * carry-over list.
 */
import { UNIT_SCALE, type Cell, type Column, type MoneyUnit, type Note, type Row, type Table, type TableKind } from '../ledger/model.js';
import { MAX_FIGURE_DIGITS, figureDigits, toAmount } from './amount.js';
import { functionClassByName } from '../ledger/classification.js';
import { parseCode } from './code.js';
import { headerPaths, makeColumns, unitInHeader } from './columns.js';
import type { CsvRecord } from './csv.js';
import { InputError } from './errors.js';
import { halfWidth, labelKey, trimAll } from '../text.js';
import { isFinalTitle, recogniseTitle, type Recognised } from './titles.js';

const TOTAL = /^(合计|总计|本年支出合计|支出合计|收入合计|本年收入合计|收入总计|支出总计|收支总计|经费合计)$/;
const NOTE = /^(备注|注|说明|注释)\d*[:：、.]|为空表|空表说明/;
const UNIT = /(?:金额)?单位[:：]\s*(亿元|万元|千元|元)/;
const UNIT_NAME = /^(?:编制|填报|预算)?(?:单位|部门)(?:名称)?[:：]\s*(.+)$/;
const DEFAULT_DECIMALS = 2;
const PARENS = /^\((.*)\)$/;
const NUMBER_TEXT = /^[+-]?[\d,]*\d(\.\d+)?$/;
const SECTION = /^[一二三四五六七八九十]+、/;
const CODE_TEXT = /^\d{3}(\s*\d{1,2}){0,2}(\s|$)/;
const DASHES = /^[-—–]+$/;
const DIGIT = /\d/;
const DECIMAL_POINT = /\d\.\d/;
const NON_ZERO = /[1-9]/;
/** A code printed with its name in one cell: "201 一般公共服务支出", "2010301行政运行". */
const CODE_AND_NAME = /^(\d{3}(?:[\s.]*\d{1,2}){0,2})\s*([^\d\s].*)$/;
/** A two-sided table's code before its name. */
const CODE_THEN_NAME = /^(\d{3}(?:[\s.]*\d{2}){0,2})\s*(.*)$/;

export interface TitleHit {
  recognised: Exclude<Recognised, null>;
  index: number;
}

/** Find the title among the first rows. */
export function findTitle(records: CsvRecord[]): TitleHit | null {
  for (let i = 0; i < Math.min(records.length, 8); i++) {
    for (const cell of records[i].cells) {
      if (cell.trim() === '') continue;
      const recognised = recogniseTitle(cell);
      if (recognised) return { recognised, index: i };
    }
  }
  return null;
}

function nonEmpty(cells: string[]): string[] {
  const texts: string[] = [];
  for (const c of cells) {
    const t = trimAll(c);
    if (t !== '') texts.push(t);
  }
  return texts;
}

/** The first non-empty cell, trimmed. */
function firstText(cells: string[]): string | undefined {
  for (const c of cells) {
    const t = trimAll(c);
    if (t !== '') return t;
  }
  return undefined;
}

function isNote(cells: string[]): boolean {
  const first = firstText(cells);
  return first !== undefined && NOTE.test(halfWidth(first));
}

/** A currency sign before a figure, a unit after it: "¥4.40", "4.40万元". */
const FIGURE_MARKS = /^[¥￥]|(?<=\d)(亿元|万元|千元|元)$/g;

function isNumberText(c: string): boolean {
  return NUMBER_TEXT.test(c.replace(FIGURE_MARKS, '').replace(PARENS, '$1'));
}

/**
 * A data row: it holds a figure or a code, or it is a total row (its label, then only figures), or
 * a 三公 item with nothing but its label: an item whose amounts are all blank (zero) is still a row
 * of the table, not a header, also when it comes first ("因公出国（境）费" with the 合计 row last).
 */
function looksLikeData(cells: string[], kind: TableKind): boolean {
  const texts = nonEmpty(cells).map((c) => halfWidth(c));
  if (texts.length === 0) return false;
  if (isLaneRow(cells)) return false;
  if (SECTION.test(texts[0])) return true;
  if (kind === 'three-public' && texts.length === 1) {
    // Not the total's item: a lone "“三公”经费支出" is a heading over the items.
    const item = threePublicItem(texts[0]);
    if (item !== undefined && item !== 'total') return true;
  }
  if (texts.some((c) => isNumberText(c) || CODE_TEXT.test(c))) return true;
  return TOTAL.test(labelKey(texts[0])) && texts.slice(1).every((c) => TOTAL.test(labelKey(c)) || DASHES.test(c));
}

/** A column of what was spent, as final accounts head it: 决算数, 本年决算数 (not last year's "上年决算数"). */
const FINAL_COLUMN = /^(本年)?决算(数)?$/;

/** A row numbering the columns ("栏次 | | 1 | 2 | 3", final accounts print one under the header): neither header nor data. */
const LANE = /^(栏次|栏号)$/;

function isLaneRow(cells: string[]): boolean {
  const first = firstText(cells);
  if (first === undefined) return false;
  if (LANE.test(labelKey(first))) return true;
  // Without its label (a table of amounts alone, as the 三公 table of final accounts): "1 | 2 | 3 | … | 12".
  const texts = nonEmpty(cells);
  return texts.length >= 3 && texts.every((t, i) => t === String(i + 1));
}

/** `keepRecords`: the table keeps its records as printed (Table.printed), for a report that shows them. */
export function buildTable(file: string, records: CsvRecord[], encoding: string, hit: TitleHit & { recognised: { kind: TableKind } }, keepRecords = false): Table {
  const kind = hit.recognised.kind;
  const titleRecord = records[hit.index];
  const title = nonEmpty(titleRecord.cells).find((c) => recogniseTitle(c)) ?? '';
  let unitLabel: MoneyUnit | undefined;
  let unitName: string | undefined;
  let unitNameLabel: string | undefined;
  let unitNamePlace: Table['unitNamePlace'];
  let year: number | undefined;
  const yearMatch = /(\d{4})\s*年/.exec(title);
  if (yearMatch) year = Number(yearMatch[1]);

  // Meta rows: 表N, title, 编制单位, 单位：万元 (among the title's next three rows, blank rows aside). The header starts after them.
  let start = hit.index + 1;
  let metaEnd = hit.index + 1;
  for (let seen = 0; metaEnd < records.length && seen < 3; metaEnd++) if (nonEmpty(records[metaEnd].cells).length > 0) seen++;
  for (let i = 0; i < metaEnd; i++) {
    let meta = i <= hit.index;
    const raw = records[i].cells;
    for (let col = 0; col < raw.length; col++) {
      const c = trimAll(raw[col]);
      if (c === '') continue;
      const u = UNIT.exec(c);
      if (u) {
        unitLabel = u[1] as MoneyUnit;
        meta = true;
      }
      const n = UNIT_NAME.exec(c);
      if (n && !UNIT.test(c)) {
        unitName = trimAll(n[1]);
        unitNameLabel = trimAll(c.slice(0, c.length - n[1].length)).replace(/[:：]$/, '');
        unitNamePlace = { file, line: records[i].line, column: col + 1 };
        meta = true;
      }
    }
    if (meta && i >= start - 1) start = i + 1;
  }

  // Header rows: until the first row that holds data, a total or a note; at most four, blank rows aside.
  let dataStart = start;
  for (let rows = 0; dataStart < records.length && !looksLikeData(records[dataStart].cells, kind) && !isNote(records[dataStart].cells); dataStart++) {
    if (nonEmpty(records[dataStart].cells).length > 0 && !isLaneRow(records[dataStart].cells) && ++rows > 4) break;
  }
  const headerRows = records.slice(start, dataStart).filter((r) => nonEmpty(r.cells).length > 0 && !isLaneRow(r.cells));
  if (headerRows.length === 0) throw new InputError(file, `no header row under the title "${title}"`, records[start]?.line ?? titleRecord.line);
  let width = 0;
  for (let i = start; i < records.length; i++) width = Math.max(width, records[i].cells.length);
  // Final accounts: a title naming 决算, or a 决算数 column beside the budget in a table titled otherwise
  // ("“三公”经费、行政参公单位机关运行经费情况表" of a 决算 package).
  const final = isFinalTitle(title) || headerRows.some((r) => r.cells.some((c) => FINAL_COLUMN.test(labelKey(c))));
  const header = headerOf(kind, headerRows, width, final);
  unitLabel ??= header.unit;
  const scale = UNIT_SCALE[unitLabel ?? '万元'];
  const columns = header.columns.map((c) => ({ ...c }));

  const table: Table = {
    kind,
    file,
    title,
    titleLine: titleRecord.line,
    unitName,
    unitNameLabel,
    unitNamePlace,
    year,
    unitLabel: unitLabel ?? '万元',
    scale,
    columns,
    rows: [],
    notes: [],
    classification: kind === 'gpb-basic' ? 'economic' : ['income', 'expenditure', 'gpb', 'gpb-project', 'gfb', 'soc'].includes(kind) ? 'function' : 'none',
    encoding,
  };
  if (keepRecords) table.printed = { records, header: start, data: dataStart };
  if (final) table.final = true;

  const layout = header.layout;
  const decimals = usualDecimals(records, dataStart, layout.amounts);
  const cellAt = (rec: CsvRecord, col: Column): Cell => {
    const raw = rec.cells[col.index] ?? '';
    const amount = toAmount(raw, scale, decimals);
    if (!amount && raw.length > MAX_FIGURE_DIGITS && figureDigits(raw) > MAX_FIGURE_DIGITS && /^[\s\d,.\-+()（）¥￥０-９]*(亿元|万元|千元|元)?$/.test(raw)) {
      throw new InputError(file, `a figure of ${figureDigits(raw)} digits in column ${col.index + 1}: more than ${MAX_FIGURE_DIGITS}, beyond any budget (not read)`, rec.line);
    }
    return { file, line: rec.line, column: col.index + 1, raw, amount };
  };

  const halves = kind === 'gpb-basic' ? economicHalves(layout) : undefined;
  const byUnit = kind === 'three-public' && threePublicByUnit(columns);
  if (halves) table.columns = halves[0].columns;
  const lastOfHalf: (Row | undefined)[] = halves ? halves.map(() => undefined) : [];
  let lastCoded: Row | undefined;
  for (let i = dataStart; i < records.length; i++) {
    const rec = records[i];
    const first = firstText(rec.cells);
    if (first === undefined || isLaneRow(rec.cells)) continue;
    if (NOTE.test(halfWidth(first))) {
      table.notes.push({ file, line: rec.line, column: 1, text: nonEmpty(rec.cells).join(' ') } satisfies Note);
      continue;
    }
    if (kind === 'summary' || kind === 'appropriation') addTwoSidedRows(table.rows, rec, layout, cellAt, file);
    else if (kind === 'three-public') {
      if (!byUnit) table.rows.push(...threePublicRows(rec, columns, cellAt, file, false, final));
      else if (table.rows.length === 0 || TOTAL.test(labelKey(labelOf(rec, layout)))) table.rows = threePublicRows(rec, columns, cellAt, file, true, final);
    }
    else if (halves) {
      let before: Row | undefined;
      halves.forEach((half, h) => {
        if (half.columns.every((c) => trimAll(rec.cells[c.index] ?? '') === '')) return;
        const row = classifiedRow(rec, half, cellAt, file, lastOfHalf[h]);
        // "公用经费合计" over the second and third halves: its figure printed in the third half's column.
        const cell = row.cells.get('total');
        const held = before?.cells.get('total');
        if (before && !row.code && row.name === '' && cell?.amount && held && held.raw.trim() === '' && !before.code && SECTION_LABEL.test(labelKey(before.name))) {
          before.cells.set('total', cell);
          return;
        }
        if (row.code && !row.isTotal) lastOfHalf[h] = row;
        table.rows.push(row);
        before = row;
      });
    } else {
      const row = classifiedRow(rec, layout, cellAt, file, lastCoded);
      if (row.code && !row.isTotal) lastCoded = row;
      table.rows.push(row);
    }
  }
  demoteTextColumns(table);
  if (kind === 'gpb-basic') personnelAndPublicRows(table);
  // A layout not read: figures printed, no amount cell read. An input problem, never an empty table.
  if (!table.rows.some((r) => r.cells.size > 0)) {
    const printed = records.slice(dataStart).find((r) => r.cells.some((c) => PRINTED_FIGURE.test(trimAll(c))));
    if (printed) throw new InputError(file, `the layout of "${title}" could not be read: it prints figures (line ${printed.line}) but its header names no amount column the checks know`, printed.line);
  }
  if (kind === 'summary' || kind === 'appropriation') resolveDepths(table.rows, final);
  if (kind === 'three-public' && table.rows.length > 0 && !table.rows.some((r) => r.item === 'total')) {
    const total = table.rows.find((r) => r.isTotal);
    if (total) total.item = 'total';
  }
  return table;
}

/** A figure as a table prints one, not a row number: with decimals, or four digits or more, and not zero. */
const PRINTED_FIGURE = /^-?(?=.*[1-9])(\d{1,3}(,\d{3})+(\.\d+)?|\d+\.\d+|\d{4,})$/;

/**
 * The decimals a table prints its figures with, which a printed "0" takes (toAmount): none when every
 * figure it prints is whole ("13", "4"): there a "0" was rounded to a whole unit like any other
 * figure and stands for [−0.5, 0.5]; else two, the usual precision.
 */
function usualDecimals(records: CsvRecord[], dataStart: number, amounts: Column[]): number {
  let whole = false;
  for (let i = dataStart; i < records.length; i++) {
    const cells = records[i].cells;
    for (const col of amounts) {
      const raw = cells[col.index];
      if (raw === undefined || raw === '') continue;
      if (DECIMAL_POINT.test(raw)) return DEFAULT_DECIMALS;
      if (!whole && NON_ZERO.test(raw)) whole = true;
    }
  }
  return whole ? 0 : DEFAULT_DECIMALS;
}

/**
 * A column whose filled cells are mostly words, not figures (项目类型, 实施单位 … under a heading the
 * loader does not know), prints no amount: it is read as text, so that its words are not reported as
 * malformed amounts.
 */
function demoteTextColumns(table: Table): void {
  for (const col of table.columns) {
    if (col.role !== 'amount') continue;
    let words = 0;
    let figures = 0;
    for (const row of table.rows) {
      const cell = row.cells.get(col.key);
      if (!cell || cell.raw.trim() === '') continue;
      if (cell.amount) figures++;
      else words++;
    }
    if (words >= 2 && words > figures) {
      col.role = 'text';
      for (const row of table.rows) row.cells.delete(col.key);
    }
  }
}

function labelOf(rec: CsvRecord, layout: Layout): string {
  const text = layout.name ? rec.cells[layout.name.index] ?? '' : '';
  if (trimAll(text) !== '') return text;
  // A total row may carry its label in any non-amount column (often the code column).
  for (const c of layout.columns) if (c.role !== 'amount' && trimAll(rec.cells[c.index] ?? '') !== '') return rec.cells[c.index];
  return '';
}

/** What a table's header rows give: the columns, the unit a header cell names, and which columns hold what. */
interface Header {
  columns: Column[];
  unit: MoneyUnit | undefined;
  layout: Layout;
}

const headers = new Map<string, Header>();

/**
 * The header under a title, memoised by its rows as printed: the same headers recur in every unit of
 * a batch. Shared, not to be changed: a table takes copies of the columns (their role may change).
 */
function headerOf(kind: TableKind, rows: CsvRecord[], width: number, final: boolean): Header {
  let printed = `${kind}\u0001${width}\u0001${final}`;
  for (const r of rows) printed += `\u0001${r.cells.join('\u0000')}`;
  let header = headers.get(printed);
  if (header === undefined) {
    if (headers.size > 2_000) headers.clear();
    const paths = headerPaths(rows.map((r) => r.cells), width);
    const columns = makeColumns(kind, paths, final);
    headers.set(printed, (header = { columns, unit: unitInHeader(paths), layout: layoutOf(columns) }));
  }
  return header;
}

/** Which columns hold what, worked out once per header. */
interface Layout {
  columns: Column[];
  amounts: Column[];
  codes: Column[];
  project?: Column;
  name?: Column;
  /** Two-sided tables: each side's name, code and amount columns. */
  sides: { name: Column; code?: Column; amounts: Column[] }[];
}

function layoutOf(columns: Column[]): Layout {
  const names = columns.filter((c) => c.role === 'name');
  return {
    columns,
    amounts: columns.filter((c) => c.role === 'amount'),
    codes: columns.filter((c) => c.role === 'code'),
    project: columns.find((c) => c.role === 'project'),
    name: names[0],
    sides: names.map((name, s) => {
      const end = names[s + 1]?.index ?? Infinity;
      const start = (names[s - 1]?.index ?? -1) + 1;
      return {
        name,
        code: columns.find((c) => c.role === 'code' && c.index < name.index && c.index >= start),
        amounts: columns.filter((c) => c.role === 'amount' && c.index >= name.index && c.index < end),
      };
    }),
  };
}

/**
 * A basic-expenditure table with one amount column, whose 人员经费 and 公用经费 are rows of their own
 * ("人员经费合计 304.49", "公用经费合计 16.65", as the two-halves layout prints them): they are read as the
 * 合计 row's 人员经费 and 公用经费 columns, the cells where they are printed, so that the checks of those
 * columns (TBL003, TBL008) and the narrative's 人员经费 and 公用经费 find them.
 */
const SECTION_ROWS = [
  ['personnel', '人员经费', /^人员经费(合计|小计)?$/],
  ['public', '公用经费', /^公用经费(合计|小计)?$/],
] as const;
const SECTION_LABEL = /^(人员经费|公用经费)(合计|小计)?$/;

function personnelAndPublicRows(table: Table): void {
  if (table.columns.some((c) => c.key === 'personnel' || c.key === 'public')) return;
  let total = table.rows.find((r) => r.isTotal);
  // Final accounts print "人员经费合计" and "公用经费合计" and no 合计 row: their cells are the table's 合计 row's
  // 人员经费 and 公用经费 (a row that prints nothing else, at the line of the first).
  const first = table.rows.find((r) => !r.code && SECTION_LABEL.test(labelKey(r.name)));
  if (!total && table.final && first) table.rows.push((total = { file: first.file, line: first.line, name: '合计', isTotal: true, cells: new Map() }));
  if (!total) return;
  for (const [key, name, label] of SECTION_ROWS) {
    const row = table.rows.find((r) => !r.code && label.test(labelKey(r.name)));
    const cell = row?.cells.get('total');
    if (!row || !cell) continue;
    total.cells.set(key, cell);
    table.columns.push({ index: (cell.column ?? 1) - 1, path: [name], key, label: name, role: 'amount' });
  }
}

/**
 * The basic-expenditure table printed in two halves, 人员经费 items on the left and 公用经费 items on the
 * right ("经济科目编码 | 科目名称 | 金额" twice): each half of a record is a row of its own, its amount the
 * row's total, as in a table of one 金额 column. Undefined for any other layout.
 */
function economicHalves(layout: Layout): Layout[] | undefined {
  // Two halves (人员经费 | 公用经费), or three (final accounts: 人员经费 | 公用经费 | 公用经费, 307 and 310 in the third).
  if (layout.sides.length < 2 || layout.sides.length > 3 || !layout.sides.every((s) => s.code && s.amounts.length === 1)) return undefined;
  return layout.sides.map((side) => {
    const amount: Column = { ...side.amounts[0], key: 'total', label: '金额' };
    const columns = [side.code!, side.name, amount];
    return { columns, amounts: [amount], codes: [side.code!], name: side.name, sides: [] };
  });
}

/** Text that only marks a cell as empty: "-", "—", "——", "－", "/", "／", "–". */
const EMPTY_MARK = /^[-—–－/／]+$/;

/** A text cell's text; undefined when it is empty or holds only a dash or a slash. */
function textCell(raw: string | undefined): string | undefined {
  const text = trimAll(raw ?? '');
  return text === '' || EMPTY_MARK.test(text) ? undefined : text;
}

function classifiedRow(rec: CsvRecord, layout: Layout, cellAt: (r: CsvRecord, c: Column) => Cell, file: string, lastCoded: Row | undefined): Row {
  const codeCols = layout.codes;
  const projectCol = layout.project;
  let name = trimAll(labelOf(rec, layout));
  const project = projectCol ? textCell(rec.cells[projectCol.index]) : undefined;
  const row: Row = { file, line: rec.line, name, isTotal: false, cells: new Map(), project };
  for (const col of layout.amounts) row.cells.set(col.key, cellAt(rec, col));

  const codeParts = codeCols.map((c) => trimAll(rec.cells[c.index] ?? ''));
  // Tree-style exports print only the new level ("", "03", ""): the levels above come from the row above.
  if (codeParts.length > 1 && codeParts[0] === '' && codeParts.some((p) => p !== '')) {
    const above = lastCoded;
    if (above?.code) {
      const prefix = [above.code.slice(0, 3), above.code.slice(3, 5), above.code.slice(5, 7)];
      for (let i = 0; i < codeParts.length && codeParts[i] === ''; i++) codeParts[i] = prefix[i] ?? '';
    }
  }
  const codeText = codeParts.join('');
  // Text without a digit in the code columns is a label ("总计", "合计"), not a code.
  let parsed = DIGIT.test(codeText) ? parseCode(codeParts) : null;
  if (parsed === null && codeText !== '' && name === '') row.name = name = trimAll(codeParts.filter((p) => p !== '').join(' '));
  if (codeCols.length > 0) row.codePlace = { file, line: rec.line, column: codeCols[0].index + 1 };
  // A code printed with its name in one cell: "201 一般公共服务支出", "2010301行政运行".
  if (parsed === null || (parsed.ok === false && codeText.trim() === name)) {
    const m = CODE_AND_NAME.exec(halfWidth(name));
    if (m) {
      parsed = parseCode([m[1]]);
      name = trimAll(m[2]);
      row.name = name;
      if (layout.name) row.codePlace = { file, line: rec.line, column: layout.name.index + 1 };
    }
  }
  if (parsed?.ok) {
    row.code = parsed.code.code;
    row.level = parsed.code.level;
  } else if (parsed && !parsed.ok) {
    row.codeProblem = parsed.reason;
  } else if (TOTAL.test(labelKey(name))) {
    row.isTotal = true;
  } else if (project) {
    // A project row that does not repeat its code belongs to the subject above it.
    const above = lastCoded;
    if (above?.code) {
      row.code = above.code;
      row.level = above.level;
    }
  }
  return row;
}

/** Items of the two-sided tables, by label. */
const SUMMARY_ITEMS: [RegExp, string][] = [
  [/^本年收入(合计)?$/, 'current'],
  [/^本年支出(合计)?$/, 'current-exp'],
  // Final accounts: "年初结转和结余" is what was carried over from last year, as 上年结转结余 is in a budget.
  [/^上年结转结余$|^上年结转$|^(年初|上年)结转(和)?结余$/, 'carry'],
  [/^财政拨款结转(结余)?$|^(年初|上年)财政拨款结转(和)?结余$/, 'fin-carry'],
  [/^非财政拨款结(转)?(结)?余$/, 'nonfin-carry'],
  [/^结转下年|^年末(财政拨款)?结转(和)?结余$/, 'carry-next'],
  [/^使用非财政拨款结余|^用事业基金弥补收支差额/, 'nonfin-use'],
  [/^结余分配$/, 'distribution'],
  [/^财政拨款(\(补助\))?(收入)?$/, 'fin'],
  [/^一般公共预算(财政拨款|拨款)?(收入)?$/, 'gpb'],
  [/^一般财力/, 'gpb-general'],
  [/^上级一般公共预算(安排)?(的)?转移支付/, 'gpb-transfer'],
  [/^政府性基金(预算)?(财政拨款|拨款)?(收入)?$/, 'gfb'],
  [/^上级政府性基金(预算)?(安排)?(的)?转移支付/, 'gfb-transfer'],
  [/^国有资本经营(预算)?(财政拨款|拨款)?(收入)?$/, 'soc'],
  [/^上级国有资本经营(预算)?(安排)?(的)?转移支付/, 'soc-transfer'],
  [/^财政专户(核拨|管理资金)?(收入)?/, 'special'],
  [/^单位资金$/, 'unit-funds'],
  [/^事业收入/, 'business'],
  [/^(事业单位)?经营收入/, 'operating'],
  [/^上级补助收入/, 'higher-subsidy'],
  [/^附属单位上缴收入/, 'affiliated'],
  [/^其他收入/, 'other-income'],
  [/^收入总计$|^收入合计$|^收入总计合计$/, 'total'],
  [/^支出总计$|^支出合计$/, 'total'],
];

const summaryItems = new Map<string, { item?: string; depth: number }>();

/** A two-sided table's item and depth by its label. Memoised like labelKey; the results are shared, not to be changed. */
export function summaryItem(label: string): { item?: string; depth: number } {
  let found = summaryItems.get(label);
  if (found === undefined) {
    if (summaryItems.size > 20_000) summaryItems.clear();
    summaryItems.set(label, (found = computeSummaryItem(label)));
  }
  return found;
}

function computeSummaryItem(label: string): { item?: string; depth: number } {
  let t = labelKey(label);
  let depth = 1;
  if (/^[一二三四五六七八九十]+、/.test(t)) {
    depth = 0;
    t = t.replace(/^[一二三四五六七八九十]+、/, '');
  } else if (/^(\d+[.、．]|\(\d+\)|\([一二三四五六七八九十]+\))/.test(t)) {
    t = t.replace(/^(\d+[.、．]|\(\d+\)|\([一二三四五六七八九十]+\))/, '');
  } else if (/^其中[:：]?/.test(t)) {
    depth = 2;
    t = t.replace(/^其中[:：]?/, '');
  } else depth = -1; // unnumbered: decided by its neighbours
  for (const [re, item] of SUMMARY_ITEMS) if (re.test(t)) return { item, depth };
  return { depth };
}

function blank(rec: CsvRecord, columns: Column[]): boolean {
  for (const c of columns) if (trimAll(rec.cells[c.index] ?? '') !== '') return false;
  return true;
}

/** The rows of a record of a two-sided table, one per side that prints something, added to `rows`. */
function addTwoSidedRows(rows: Row[], rec: CsvRecord, layout: Layout, cellAt: (r: CsvRecord, c: Column) => Cell, file: string): void {
  for (let s = 0; s < layout.sides.length; s++) {
    const { name: nameCol, code: codeCol, amounts } = layout.sides[s];
    let name = trimAll(rec.cells[nameCol.index] ?? '');
    const codeText = codeCol ? trimAll(rec.cells[codeCol.index] ?? '') : '';
    if (name === '' && codeText === '' && blank(rec, amounts)) continue;
    const side = s === 0 ? 'income' : 'expenditure';
    const row: Row = { file, line: rec.line, name, isTotal: false, cells: new Map(), side };
    for (const col of amounts) row.cells.set(col.key, cellAt(rec, col));
    const m = CODE_THEN_NAME.exec(halfWidth(codeText ? `${codeText} ${name}` : name));
    if (m) {
      const parsed = parseCode([m[1]]);
      if (parsed?.ok) {
        row.code = parsed.code.code;
        row.level = parsed.code.level;
        row.name = name = trimAll(m[2]);
        row.codePlace = { file, line: rec.line, column: (codeCol ?? nameCol).index + 1 };
      }
    }
    if (!row.code && side === 'expenditure') {
      // A class printed by name only: "一、一般公共服务支出".
      const code = functionClassByName(name);
      if (code) {
        row.code = code;
        row.level = 'class';
        row.name = name = name.replace(/^([一二三四五六七八九十]+、|\d+[.、．]|[（(]\d+[)）])\s*/, '');
        row.codePlace = { file, line: rec.line, column: nameCol.index + 1 };
      }
    }
    if (!row.code) {
      const { item, depth } = summaryItem(name);
      row.item = item;
      row.depth = depth;
    }
    rows.push(row);
  }
}

const SIDE_TOTAL = /总计$/;
const FUND_ITEM = /^(gpb|gfb|soc)$/;
const CARRY_ITEM = /^(carry|fin-carry|carry-next)$/;
const SUBTOTAL = /合计$/;

/**
 * Per side of a two-sided table: the side's total is its 总计 row (收入总计, 支出总计), or, where a side
 * prints none, its last 合计 row; other 合计 rows (本年收入合计) are subtotals. Unnumbered lines take
 * their depth from the line above; after a subtotal they start again at the top level.
 */
function resolveDepths(rows: Row[], final = false): void {
  for (const side of ['income', 'expenditure'] as const) {
    const mine = rows.filter((r) => r.side === side && !r.code);
    const label = (r: Row) => labelKey(r.name);
    const totals = mine.filter((r) => SIDE_TOTAL.test(label(r)));
    const total = totals.length > 0 ? totals[totals.length - 1] : [...mine].reverse().find((r) => SUBTOTAL.test(label(r)) || TOTAL.test(label(r)));
    let previous: number | undefined;
    let carryLine = false;
    for (const row of mine) {
      if (row === total) {
        row.isTotal = true;
        row.item = 'total';
        continue;
      }
      if (SUBTOTAL.test(label(row))) {
        if (row.depth === -1) row.depth = 1;
        previous = undefined;
        carryLine = false;
        continue;
      }
      // Final accounts: the fund lines under an unnumbered "年初财政拨款结转和结余" are its parts.
      if (final && row.depth === -1 && FUND_ITEM.test(row.item ?? '') && carryLine) row.depth = 2;
      if (row.depth === -1) row.depth = previous !== undefined && previous >= 1 ? previous : 1;
      if (row.depth !== 2) carryLine = CARRY_ITEM.test(row.item ?? '');
      previous = row.depth;
    }
  }
}

const THREE_PUBLIC: [RegExp, string][] = [
  [/机关运行经费|单位运行经费/, 'operating-cost'],
  [/因公出国/, 'abroad'],
  [/购置(及|和)运(行|维)/, 'vehicle'],
  // With or without 费: "公务用车购置费", "公务用车购置"; "公务用车运行维护费", "公务用车运行维护", "公务用车运维费".
  [/购置/, 'vehicle-purchase'],
  [/运行(及|和)?(维护|维修)?(费|经费)?$|运维(费|经费)?$/, 'vehicle-operation'],
  [/公务接待/, 'reception'],
  [/^(其中[:：]?)?(合计|总计|三公经费(合计|支出)?|三公经费预算数?)$/, 'total'],
];

export function threePublicItem(label: string): string | undefined {
  // Numbered as final accounts number them: "一、“三公”经费支出", "（一）因公出国（境）费", "1.公务用车购置费".
  const t = labelKey(label).replace(/^其中[:：]?/, '').replace(/^([一二三四五六七八九十]+、|\(([一二三四五六七八九十]+|\d+)\)|\d+[.、．])/, '');
  for (const [re, item] of THREE_PUBLIC) if (re.test(t)) return item;
  return undefined;
}

/** A heading that says which figure of final accounts a column holds, not which item: 预算数, 决算数, 调整预算数. */
const MEASURE = /^(\d{4}年度?)?(年初|全年|调整后?的?)?(预算|决算)(数|金额)?$/;

/** Which figure of final accounts a 三公 column holds: its budget, its adjusted budget, or what was spent ("total"). */
function measureOf(col: Column): 'budget' | 'adjusted' | 'total' {
  for (const seg of col.path) {
    const t = labelKey(seg);
    if (!MEASURE.test(t) || /决算/.test(t)) continue;
    return /调整/.test(t) ? 'adjusted' : 'budget';
  }
  return 'total';
}

/** The item a 三公 amount column stands for when the items are columns ("公务用车购置及运行费/小计" → vehicle). */
function columnItem(col: Column): string | undefined {
  const segs = col.path.map((p) => labelKey(p)).filter((t) => !MEASURE.test(t));
  const last = segs[segs.length - 1] ?? '';
  // "公务用车购置及运行费/小计" is the vehicle item; "“三公”经费/合计" under a heading over them all, the total.
  return (/^(小计|合计)$/.test(last) && segs.length > 1 ? threePublicItem(segs[segs.length - 2]) : undefined) ?? threePublicItem(last);
}

/**
 * A 三公 table with its items as columns and a row per unit ("单位名称 | 合计 | 因公出国（境）费 | …",
 * a 部门 package): the unit's own figures are its 合计 row (else its only row); the rows of its units are parts of it.
 */
function threePublicByUnit(columns: Column[]): boolean {
  if (!columns.some((c) => c.role === 'name')) return false;
  return columns.filter((c) => c.role === 'amount' && ![undefined, 'total'].includes(columnItem(c))).length >= 2;
}

/** The rows of a record of the 三公 table: one row, or, items as columns, a row per item column (`byUnit`: there is a name column too). */
function threePublicRows(rec: CsvRecord, columns: Column[], cellAt: (r: CsvRecord, c: Column) => Cell, file: string, byUnit: boolean, final = false): Row[] {
  const nameCol = columns.find((c) => c.role === 'name');
  if (nameCol && !byUnit) {
    const name = trimAll(rec.cells[nameCol.index] ?? '');
    const row: Row = { file, line: rec.line, name, isTotal: false, cells: new Map(), item: threePublicItem(name) };
    row.isTotal = row.item === 'total';
    for (const col of columns) if (col.role === 'amount') row.cells.set(col.key, cellAt(rec, col));
    return [row];
  }
  // Items as columns: one data row; each item column becomes an item row with a total cell. In final
  // accounts an item prints its 预算数 beside its 决算数: one row per item, its cells "budget" and "total".
  const rows: Row[] = [];
  const byItem = new Map<string, Row>();
  for (const col of columns) {
    if (col.role !== 'amount') continue;
    const item = columnItem(col);
    if (final && item !== undefined) {
      const measure = measureOf(col);
      const same = byItem.get(item);
      if (same && !same.cells.has(measure)) {
        same.cells.set(measure, cellAt(rec, col));
        continue;
      }
      const name = col.path.filter((p) => !MEASURE.test(labelKey(p))).join('/') || col.label;
      const row: Row = { file, line: rec.line, name, isTotal: item === 'total', cells: new Map([[measure, cellAt(rec, col)]]), item };
      byItem.set(item, row);
      rows.push(row);
      continue;
    }
    const row: Row = { file, line: rec.line, name: col.label, isTotal: item === 'total', cells: new Map([['total', cellAt(rec, col)]]), item };
    rows.push(row);
  }
  return rows;
}
