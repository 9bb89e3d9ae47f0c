/**
 * Header rows to columns: merged header cells flattened into paths, each path mapped to a canonical
 * key ("total", "basic/personnel", "fin/gpb", "econ-302" …) and a role (code, name, amount …).
 */
import type { Column, MoneyUnit, TableKind } from '../ledger/model.js';
import { labelKey } from '../text.js';

/** Economic classes as they head the project table's columns. */
export const ECONOMIC_CLASSES: [string, string][] = [
  ['301', '工资福利支出'],
  ['302', '商品和服务支出'],
  ['303', '对个人和家庭的补助'],
  ['307', '债务利息及费用支出'],
  ['309', '资本性支出(基本建设)'],
  ['310', '资本性支出'],
  ['311', '对企业补助(基本建设)'],
  ['312', '对企业补助'],
  ['313', '对社会保障基金补助'],
  ['399', '其他支出'],
];

const SEGMENTS: [RegExp, string][] = [
  [/^(上年|上年度)/, 'prior'],
  [/增减|变动|增长|比上年|同比|变化/, 'change'],
  // "基本支出合计" beside 合计 is the basic part; in a table of basic (project) spending alone it is the total (ownTotal).
  [/^基本支出(合计|小计)?$/, 'basic'],
  [/^项目支出(合计|小计)?$/, 'project'],
  [/^(合计|总计|小计|预算数|本年预算数?|预算金额|金额|支出合计|本年支出合计)$/, 'total'],
  [/^人员经费$/, 'personnel'],
  [/^公用经费$/, 'public'],
  [/^非财政拨款结转/, 'nonfin-carry'],
  [/^非财政拨款/, 'nonfin'],
  [/^财政拨款结转/, 'fin-carry'],
  [/^财政拨款(\(补助\)|收入|资金)?(小计|合计)?$/, 'fin'],
  [/^上级一般公共预算(安排的?)?转移支付/, 'gpb-transfer'],
  [/^一般公共预算/, 'gpb'],
  [/^上级政府性基金(预算)?(安排的?)?转移支付/, 'gfb-transfer'],
  [/^政府性基金/, 'gfb'],
  [/^上级国有资本经营预算(安排的?)?转移支付/, 'soc-transfer'],
  [/^国有资本经营/, 'soc'],
  [/^财政专户/, 'special'],
  [/^单位资金/, 'unit-funds'],
  [/^事业收入/, 'business'],
  [/^事业单位经营收入/, 'operating'],
  [/^上级补助收入/, 'higher-subsidy'],
  [/^附属单位上缴收入/, 'affiliated'],
  [/^其他收入/, 'other-income'],
  [/^上年结转/, 'carry'],
  [/^上缴上级支出/, 'upper'],
  [/^事业单位经营支出/, 'operating-exp'],
  [/^对附属单位补助支出/, 'affiliated-exp'],
  [/^资金来源$/, 'sources'],
];

/**
 * Headings of final accounts (决算), read before the others in a table whose title names 决算: what was
 * spent or received (决算数, 本年支出) is the table's own figure ("total"); the budget printed beside it
 * (预算数, 年初预算数) is "budget", an adjusted budget "adjusted"; the carry-over columns of the fund
 * tables are "opening" (年初结转和结余) and "closing" (年末结转和结余), their income "revenue" (本年收入).
 * None of these is a part of another column of the row.
 */
const FINAL_SEGMENTS: [RegExp, string][] = [
  [/^(年初|上年)(财政拨款)?结转(和)?结余(合计)?$/, 'opening'],
  [/^年末(财政拨款)?结转(和)?结余(合计)?$/, 'closing'],
  [/^本年收入(合计|小计)?$/, 'revenue'],
  [/^本年支出(合计|小计)?$/, 'total'],
  [/^(本年|全年)?决算(数|金额)?$/, 'total'],
  [/^调整(后)?(的)?(全年)?预算(数)?$/, 'adjusted'],
  [/^(年初|全年)?预算(数|金额)?$/, 'budget'],
  [/^(事业单位)?经营收入$/, 'operating'],
  [/^(事业单位)?经营支出$/, 'operating-exp'],
];

/** Keys of heading segments, at the top level and below it, in budgets and in final accounts: the same headings recur in every unit of a batch. */
const segmentKeys = [new Map<string, string>(), new Map<string, string>(), new Map<string, string>(), new Map<string, string>()];

function segmentKey(text: string, depth: number, final = false): string {
  const memo = segmentKeys[(depth > 0 ? 1 : 0) + (final ? 2 : 0)];
  let key = memo.get(text);
  if (key === undefined) {
    if (memo.size > 20_000) memo.clear();
    memo.set(text, (key = computeSegmentKey(text, depth, final)));
  }
  return key;
}

function computeSegmentKey(text: string, depth: number, final = false): string {
  const t = labelKey(text).replace(/\((亿|万|千)?元\)$/, '');
  if (final) {
    // "2024年预算数" beside "2024年决算数": the budget of the year; a year's 决算数 is read as a year column below.
    if (/^\d{4}年度?(年初|全年)?预算数?$/.test(t)) return 'budget';
    for (const [re, key] of FINAL_SEGMENTS) if (re.test(t)) return key === 'total' && depth > 0 ? 'subtotal' : key;
  }
  const year = /^(\d{4})年度?(预算数?|预算金额|金额|执行数|决算数)?$/.exec(t);
  if (year) return `year-${year[1]}`;
  for (const [code, name] of ECONOMIC_CLASSES) if (t === name) return `econ-${code}`;
  for (const [re, key] of SEGMENTS) {
    if (re.test(t)) return key === 'total' && depth > 0 ? 'subtotal' : key;
  }
  return t;
}

const SIDE = /^(财政拨款)?(收入|支出)$/;
/** Columns that print no amount: percentages, notes, categories, dates, people. */
const TEXT = /%|占比|比重|比例|增长率|增幅|降幅|备注|说明|类型|类别|性质|期限|周期|时间|科室|负责人|依据|目标|指标|方式|用途|级次|是否|序号|行次|栏次|^编号$|项目编号|单位$/;
const CODE = /编码|代码|^(类|款|项)$|科目编号/;
const UNIT_CODE = /^(预算)?单位(编码|代码|编号)$/;
const NAME = /名称|^项目$|^科目$|^功能分类$|^支出功能分类|经费支出内容|^收入项目|^支出项目|^预算科目$/;

/** Flatten header rows: a blank header cell continues its left neighbour when a lower row is filled. */
export function headerPaths(rows: string[][], width: number): string[][] {
  const grid = rows.map((r) => {
    const cells: string[] = [];
    for (let c = 0; c < width; c++) cells.push((r[c] ?? '').trim());
    return cells;
  });
  for (let r = 0; r < grid.length; r++) {
    for (let c = 1; c < width; c++) {
      if (grid[r][c] !== '' || grid[r][c - 1] === '') continue;
      // Rows below are still as printed: they are filled in after this one.
      let lowerFilled = false;
      for (let below = r + 1; below < grid.length && !lowerFilled; below++) lowerFilled = grid[below][c] !== '';
      const sameParent = r === 0 || grid[r - 1][c] === grid[r - 1][c - 1];
      if (lowerFilled && sameParent) grid[r][c] = grid[r][c - 1];
    }
  }
  return Array.from({ length: width }, (_, c) => {
    const path: string[] = [];
    for (let r = 0; r < grid.length; r++) if (grid[r][c] !== '' && path[path.length - 1] !== grid[r][c]) path.push(grid[r][c]);
    return path;
  });
}

/** The printed unit when a header cell carries it: "预算数（万元）", "合计(元)". */
export function unitInHeader(paths: string[][]): MoneyUnit | undefined {
  for (const p of paths) {
    for (const seg of p) {
      const m = /[（(]\s*(亿元|万元|千元|元)\s*[)）]/.exec(seg);
      if (m) return m[1] as MoneyUnit;
    }
  }
  return undefined;
}

export function makeColumns(kind: TableKind, allPaths: string[][], final = false): Column[] {
  const twoSided = kind === 'summary' || kind === 'appropriation';
  const paths = twoSided ? allPaths : unwrap(allPaths);
  const columns = paths.map((raw, index): Column => {
    const path = twoSided ? raw.filter((p, i) => !(i === 0 && SIDE.test(labelKey(p)))) : raw;
    const label = raw.join('/');
    const last = labelKey(path[path.length - 1] ?? '');
    let role: Column['role'] = 'amount';
    // A 部门 table by unit ("单位编码, 单位名称"): a unit's code is no classification code.
    if (UNIT_CODE.test(last)) role = 'text';
    else if (path.some((p) => CODE.test(labelKey(p)))) role = 'code';
    else if (/项目名称/.test(last)) role = 'project';
    else if (NAME.test(last)) role = 'name';
    else if (path.length === 0 || path.some((p) => TEXT.test(labelKey(p)))) role = 'text';
    let key = role === 'amount' ? path.map((p, depth) => segmentKey(p, depth, final)).join('/') : role;
    // The income table of final accounts: its 本年收入合计 is the table's total, not a group of its columns.
    if (final && kind === 'income' && key === 'revenue') key = 'total';
    return { index, path, key, label, role };
  });
  if (!twoSided) {
    projectNameColumn(columns);
    ownTotal(kind, columns);
  }
  resolveYears(columns);
  // Keys are unique within a table (within a side of a two-sided table): a repeated heading gets "~2", "~3".
  let seen = new Map<string, number>();
  for (const c of columns) {
    if (twoSided && c.role === 'name') seen = new Map();
    if (c.role !== 'amount') continue;
    const n = (seen.get(c.key) ?? 0) + 1;
    seen.set(c.key, n);
    if (n > 1) c.key = `${c.key}~${n}`;
  }
  return columns;
}

/** "科目名称, 项目, …": a column headed 项目 after the subject's name holds the project's name. */
function projectNameColumn(columns: Column[]): void {
  const names = columns.filter((c) => c.role === 'name');
  for (const c of names.slice(1)) {
    if (labelKey(c.path[c.path.length - 1] ?? '') === '项目') {
      c.role = 'project';
      c.key = 'project';
    }
  }
}

/** The money a table of one kind holds alone, as its first amount column may be headed instead of 合计. */
const OWN_MONEY: Partial<Record<TableKind, string>> = { gpb: 'gpb', gfb: 'gfb', soc: 'soc', 'gpb-basic': 'basic', 'gpb-project': 'project' };

/**
 * A table without a 合计 column whose first (or last) amount column names the table's own money ("一般公共预算支出"
 * in the 一般公共预算 table, "基本支出合计" in the basic one, "项目支出合计" in the project one): that column is the total.
 */
function ownTotal(kind: TableKind, columns: Column[]): void {
  const own = OWN_MONEY[kind];
  const amounts = columns.filter((c) => c.role === 'amount');
  if (!own || amounts.length === 0 || amounts.some((c) => c.key === 'total' || c.key.startsWith('total/'))) return;
  // First, or last after the parts it adds up ("工资福利支出, …, 其他支出, 项目支出合计").
  const named = amounts.filter((c) => c.key === own);
  if (named.length === 1 && (named[0] === amounts[0] || named[0] === amounts[amounts.length - 1])) named[0].key = 'total';
}

/**
 * A heading over every amount column ("2024年预算数", "预算数（万元）") is a wrapper, not a group:
 * dropped, so that the columns under it read as 合计, 基本支出, 项目支出.
 */
function unwrap(paths: string[][]): string[][] {
  const amounts = paths.filter((p) => p.length > 0 && !p.some((seg) => CODE.test(labelKey(seg)) || NAME.test(labelKey(seg)) || /项目名称/.test(labelKey(seg))));
  if (amounts.length < 2 || amounts.some((p) => p.length < 2 || p[0] !== amounts[0][0])) return paths;
  const head = amounts[0][0];
  return paths.map((p) => (p[0] === head ? p.slice(1) : p));
}

/** Year-headed columns ("2024年预算数", "2023年预算数"): the latest year is the budget, the others prior years. */
function resolveYears(columns: Column[]): void {
  const dated = columns.filter((c) => c.key.includes('year-'));
  const years: number[] = [];
  for (const c of dated) for (const seg of c.key.split('/')) if (seg.startsWith('year-')) years.push(Number(seg.slice(5)));
  if (years.length === 0) return;
  const budget = `year-${Math.max(...years)}`;
  for (const c of dated) {
    c.key = c.key
      .split('/')
      .map((seg, depth) => (seg === budget ? (depth === 0 ? 'total' : 'subtotal') : seg.startsWith('year-') ? `prior-${seg.slice(5)}` : seg))
      .join('/');
  }
}
