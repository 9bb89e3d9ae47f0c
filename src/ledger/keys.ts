/**
 * The semantic key of each printed amount: which money (fund), what it is spent on or received as
 * (subject), which part of it (part) and which year (period). Two cells of two tables with one key
 * print one figure, whatever the tables call it: the summary's 支出总计 人员经费 and the basic-expenditure
 * table's 合计 人员经费 are both {all money or 一般公共预算, 支出合计, 人员经费, this year}.
 *
 * Keys are derived from what the loader knows (table kind, row code / item / total / side, column
 * key), never from labels the loader did not read. A cell that no second table could print (a
 * function subject of the income table, a project's economic class, a 其中 column of unknown
 * meaning, a change column) has no key. The narrative's figure keys ("gpb:code:2010301", figures.ts)
 * name figures to resolve; these name cells to compare.
 */
import { perObject } from '../memo.js';
import { labelKey } from '../text.js';
import type { Amount, Cell, Column, Ledger, Row, Table, TableKind } from './model.js';
import { hasCodeProblems, totalRow } from './queries.js';
import { isZeroAmount } from './rounding.js';

/**
 * Whose money: all of the unit's (单位全部资金), 财政拨款, its three funds, or 非财政拨款. Funds nest:
 * all ⊃ 财政拨款 ⊃ 一般公共预算, 政府性基金, 国有资本经营; all ⊃ 非财政拨款.
 */
export type Fund = 'all' | 'fin' | 'gpb' | 'gfb' | 'soc' | 'nonfin';

/** Which part of the money: 合计, 基本支出 (人员经费, 公用经费), 项目支出, or an extra spending column. */
export type Part = 'total' | 'basic' | 'personnel' | 'public' | 'project' | 'upper' | 'operating-exp' | 'affiliated-exp';

/**
 * This year's figure, or last year's as a table prints it beside ("上年预算数", "2023年预算数"). In final
 * accounts (决算) this year's figure is what was spent or received (决算数); the budget printed beside it
 * (预算数, 年初预算数) is "budget", an adjusted budget "adjusted": a 预算数 and a 决算数 are never one figure.
 */
export type Period = 'current' | 'prior' | 'budget' | 'adjusted';

/**
 * What the money is:
 *  - `exp` all spending (a spending table's 合计 row, the summary's 本年支出合计), `fn:<code>` a function
 *    subject, `econ:<code>` an economic one, `project:<name>` a project;
 *  - `income` this year's income, `income:<source>` a source that is no fund (special, unit-funds,
 *    business, operating, other-income, higher-subsidy, affiliated; general for 一般财力 and the like,
 *    transfer for 上级转移支付), `carry` money carried over from last year (`carry:<source>`),
 *    `in-total` 收入总计 (income and carry-over), `out-total` 支出总计 where it holds 结转下年 too,
 *    `carry-next` 结转下年;
 *  - `3p:<item>` a "三公" item (`3p:total` its 合计), `operating-cost` 机关运行经费.
 */
export type Subject = string;

export interface CellKey {
  fund: Fund;
  subject: Subject;
  part: Part;
  period: Period;
}

/** A keyed amount cell: where it stands and what it is. */
export interface KeyedCell {
  key: CellKey;
  /** The key as one string: "current exp personnel gpb". */
  id: string;
  /** The key without its fund: the figures that are one, or nested, by fund. */
  figure: string;
  table: Table;
  row: Row;
  /** The cell's column key in the row. */
  column: string;
  cell: Cell & { amount: Amount };
}

/** The fund each fund is part of. */
export const FUND_PARENT: Record<Fund, Fund | undefined> = { all: undefined, fin: 'all', nonfin: 'all', gpb: 'fin', gfb: 'fin', soc: 'fin' };

/** Whether fund `a` strictly contains fund `b` (all ⊃ fin ⊃ gpb …). */
export function contains(a: Fund, b: Fund): boolean {
  for (let f = FUND_PARENT[b]; f; f = FUND_PARENT[f]) if (f === a) return true;
  return false;
}

export function keyId(k: CellKey): string {
  return `${k.period} ${k.subject} ${k.part} ${k.fund}`;
}

function figureId(k: CellKey): string {
  return `${k.period} ${k.subject} ${k.part}`;
}

// --- Columns -------------------------------------------------------------------------------------

/** What an amount column says beyond its row: fund, part and, in the income tables, the source. */
interface ColumnMeaning {
  period: Period;
  fund?: Fund;
  part: Part;
  /** An income source that is no fund (special, unit-funds …), carry (结转), or transfer (上级转移支付). */
  source?: string;
  /** The 本年收入 group of an income table. */
  current?: boolean;
  /** An economic class column (the project table's): its code. */
  econ?: string;
  /** A fund table of final accounts: 年初结转和结余 (opening), 本年收入 (revenue), 年末结转和结余 (closing). */
  flow?: 'opening' | 'revenue' | 'closing';
}

const FUNDS = new Set<string>(['fin', 'gpb', 'gfb', 'soc', 'nonfin']);
const SOURCES = new Set(['special', 'unit-funds', 'business', 'operating', 'other-income', 'higher-subsidy', 'affiliated']);
const EXTRA_PARTS = new Set(['upper', 'operating-exp', 'affiliated-exp']);
/** Headings over columns that say nothing of their money: 资金来源, the two-sided tables' "本年收入" / "本年支出". */
const NEUTRAL = new Set(['sources', '本年支出']);
const CARRY_LABEL = /结转|结余/;

/**
 * The meaning of an amount column's key, or undefined when it has none a second table could print:
 * a change column, an older year, a repeated heading ("total~2"), a heading the loader did not know.
 */
function columnMeaning(table: Table, column: string, year: number | undefined): ColumnMeaning | undefined {
  if (column.includes('~')) return undefined;
  const segs = column.split('/');
  const m: ColumnMeaning = { period: 'current', part: 'total' };
  const head = segs[0];
  if (head.startsWith('change')) return undefined;
  if (head.startsWith('prior')) {
    // "上年结转结余" is read as a prior column by its first characters: it is carry-over, not last year's budget.
    const label = table.columns.find((c) => c.key === column)?.label ?? '';
    if (CARRY_LABEL.test(label)) {
      if (segs.length > 1) return undefined;
      return { period: 'current', part: 'total', source: 'carry' };
    }
    if (!isLastYear(table, head, year)) return undefined;
    m.period = 'prior';
    segs.shift();
  }
  for (const seg of segs) {
    if (seg === 'total' || seg === 'subtotal' || NEUTRAL.has(seg)) continue;
    if (seg === '本年收入') m.current = true;
    else if (seg === 'basic') m.part = m.part === 'total' ? 'basic' : m.part;
    else if (seg === 'personnel' || seg === 'public') {
      if (m.part !== 'total' && m.part !== 'basic') return undefined;
      m.part = seg;
    } else if (seg === 'project') m.part = 'project';
    else if (EXTRA_PARTS.has(seg)) m.part = seg as Part;
    else if (FUNDS.has(seg)) m.fund = seg as Fund;
    else if (seg === 'fin-carry' || seg === 'nonfin-carry') {
      m.fund = seg === 'fin-carry' ? 'fin' : 'nonfin';
      m.source = 'carry';
    } else if (seg === 'carry') m.source = 'carry';
    else if (seg === 'gpb-transfer' || seg === 'gfb-transfer' || seg === 'soc-transfer') {
      m.fund = seg.slice(0, 3) as Fund;
      m.source = 'transfer';
    } else if (SOURCES.has(seg)) m.source = seg;
    else if (/^econ-\d{3}$/.test(seg)) m.econ = seg.slice(5);
    else if (seg === 'budget' || seg === 'adjusted') {
      if (m.period !== 'current') return undefined;
      m.period = seg;
    } else if (seg === 'opening' || seg === 'revenue' || seg === 'closing') m.flow = seg;
    else return undefined;
  }
  return m;
}

/** Whether a prior column ("prior", "prior-2023") is last year's: the year before the budget's, or the table's only prior year. */
function isLastYear(table: Table, head: string, year: number | undefined): boolean {
  if (head === 'prior') return true;
  if (year !== undefined) return head === `prior-${year - 1}`;
  const years = new Set(table.columns.filter((c) => c.role === 'amount' && c.key.startsWith('prior-')).map((c) => c.key.split('/')[0]));
  return years.size === 1;
}

// --- Rows ----------------------------------------------------------------------------------------

const SPENDING_FUND: Partial<Record<TableKind, Fund>> = { expenditure: 'all', gpb: 'gpb', gfb: 'gfb', soc: 'soc' };

/** A function or economic subject of a coded row, unless the table's codes cannot all be read. */
function codedSubject(table: Table, row: Row, prefix: 'fn' | 'econ'): Subject | undefined {
  if (!row.code || row.project || row.isTotal || hasCodeProblems(table)) return undefined;
  return `${prefix}:${row.code}`;
}

/** The key of a spending table's cell (支出总表, the fund tables, the basic and project tables). */
function spendingKey(table: Table, row: Row, m: ColumnMeaning): CellKey | undefined {
  if (m.source || m.current) return undefined;
  const { kind } = table;
  if (m.flow) {
    // A fund table's carry-over and income, at its 合计 row: what the appropriation table and the summary print.
    const fund = SPENDING_FUND[kind];
    if (!fund || fund === 'all' || !row.isTotal || m.part !== 'total' || m.econ) return undefined;
    return { fund, subject: m.flow === 'opening' ? 'carry' : m.flow === 'closing' ? 'carry-next' : 'income', part: 'total', period: m.period };
  }
  if (kind === 'gpb-basic') {
    // All of it is 一般公共预算 basic spending: its 合计 column is 基本支出.
    if (m.econ || (m.fund && m.fund !== 'gpb') || (m.part !== 'total' && m.part !== 'basic' && m.part !== 'personnel' && m.part !== 'public')) return undefined;
    const subject = row.isTotal ? 'exp' : codedSubject(table, row, 'econ');
    return subject ? { fund: 'gpb', subject, part: m.part === 'total' ? 'basic' : m.part, period: m.period } : undefined;
  }
  if (kind === 'gpb-project') {
    // All of it is 一般公共预算 project spending; an economic column is a key at the 合计 row only.
    if ((m.fund && m.fund !== 'gpb') || (m.part !== 'total' && m.part !== 'project')) return undefined;
    if (m.econ) return row.isTotal ? { fund: 'gpb', subject: `econ:${m.econ}`, part: 'project', period: m.period } : undefined;
    const subject = row.isTotal ? 'exp' : row.project ? projectSubject(row) : codedSubject(table, row, 'fn');
    return subject ? { fund: 'gpb', subject, part: 'project', period: m.period } : undefined;
  }
  const fund = SPENDING_FUND[kind];
  if (!fund || m.econ || (m.fund && m.fund !== fund)) return undefined;
  const subject = row.isTotal ? 'exp' : codedSubject(table, row, 'fn');
  return subject ? { fund, subject, part: m.part, period: m.period } : undefined;
}

function projectSubject(row: Row): Subject | undefined {
  const name = labelKey(row.project ?? '');
  return name ? `project:${name}` : undefined;
}

/** The income table's 合计 row: 收入总计, this year's income by fund, the other sources, carry-over. */
function incomeKey(table: Table, row: Row, m: ColumnMeaning, splitTransfers: Set<Fund>): CellKey | undefined {
  if (!row.isTotal || m.part !== 'total' || m.econ) return undefined;
  const { period } = m;
  if (m.source === 'carry') return { fund: m.fund ?? 'all', subject: 'carry', part: 'total', period };
  if (m.source === 'transfer') return { fund: m.fund!, subject: 'income:transfer', part: 'total', period };
  if (m.source) return m.fund ? undefined : { fund: 'all', subject: `income:${m.source}`, part: 'total', period };
  if (m.fund) {
    // Beside a column of 上级转移支付, a fund's column is its own-level part (一般财力), not all of it.
    const general = m.fund !== 'fin' && m.fund !== 'nonfin' && splitTransfers.has(m.fund);
    return { fund: m.fund, subject: general ? 'income:general' : 'income', part: 'total', period };
  }
  // Final accounts: the income table holds this year's income alone (本年收入合计), no carry-over.
  return { fund: 'all', subject: m.current || table.final ? 'income' : 'in-total', part: 'total', period };
}

/** The 三公 table: each item, by fund (its 合计 column is 财政拨款; the source columns their funds). */
function threePublicKey(row: Row, m: ColumnMeaning): CellKey | undefined {
  if (!row.item || m.part !== 'total' || m.source || m.econ || m.current) return undefined;
  if (row.item === 'operating-cost') return m.fund ? undefined : { fund: 'gpb', subject: 'operating-cost', part: 'total', period: m.period };
  return { fund: m.fund ?? 'fin', subject: `3p:${row.item}`, part: 'total', period: m.period };
}

/** The carry-over table's 合计 row: money carried over, in all, 财政拨款 and 非财政拨款, by part. */
function carryoverKey(row: Row, m: ColumnMeaning): CellKey | undefined {
  if (!row.isTotal || m.source || m.econ || m.current) return undefined;
  if (m.part !== 'total' && m.part !== 'basic' && m.part !== 'personnel' && m.part !== 'public' && m.part !== 'project') return undefined;
  return { fund: m.fund ?? 'all', subject: 'carry', part: m.part, period: m.period };
}

/** Income items of the two-sided tables that are funds. */
const FUND_ITEMS = new Set(['gpb', 'gfb', 'soc']);

/**
 * The subjects of a two-sided table's income lines, in print order: this year's items, and after the
 * 上年结转 line its parts (a "其中：一般公共预算拨款" there is carried-over money, not this year's income).
 */
function incomeLines(table: Table): Map<Row, { fund: Fund; subject: Subject }> {
  const own: Fund = table.kind === 'summary' ? 'all' : 'fin';
  const out = new Map<Row, { fund: Fund; subject: Subject }>();
  let inCarry = false;
  let parentFund: string | undefined;
  for (const row of table.rows) {
    if (row.side !== 'income' || row.code) continue;
    const item = row.item;
    let line: { fund: Fund; subject: Subject } | undefined;
    if (item === 'total') line = { fund: own, subject: 'in-total' };
    else if (item === 'current') {
      inCarry = false;
      line = { fund: own, subject: 'income' };
    } else if (item === 'carry' || item === 'fin-carry' || item === 'nonfin-carry') {
      inCarry = true;
      line = { fund: item === 'carry' ? own : item === 'fin-carry' ? 'fin' : 'nonfin', subject: 'carry' };
    } else if (item === 'fin') line = { fund: 'fin', subject: inCarry ? 'carry' : 'income' };
    else if (item && FUND_ITEMS.has(item)) {
      // "2.政府性基金预算拨款 / 其中：政府性基金收入": the 其中 line of the same fund is its own-level part.
      const general = !inCarry && row.depth === 2 && parentFund === item;
      line = { fund: item as Fund, subject: inCarry ? 'carry' : general ? 'income:general' : 'income' };
    } else if (item === 'gpb-general') line = inCarry ? undefined : { fund: 'gpb', subject: 'income:general' };
    else if (item === 'gpb-transfer' || item === 'gfb-transfer' || item === 'soc-transfer') line = inCarry ? undefined : { fund: item.slice(0, 3) as Fund, subject: 'income:transfer' };
    else if (item && SOURCES.has(item)) line = { fund: 'all', subject: `${inCarry ? 'carry' : 'income'}:${item}` };
    if (row.depth !== 2) parentFund = item;
    if (line) out.set(row, line);
  }
  return out;
}

/**
 * The subject of a two-sided table's expenditure line: a function class (or 款, 项), 本年支出合计, and
 * 支出总计, which is all spending only where no 本年支出合计 line stands beside it and no 结转下年 is printed.
 */
function expenditureLines(table: Table): Map<Row, Subject> {
  const out = new Map<Row, Subject>();
  const rows = table.rows.filter((r) => r.side === 'expenditure');
  const current = rows.some((r) => !r.code && r.item === 'current-exp');
  const carryNext = rows.some((r) => !r.code && r.item === 'carry-next' && [...r.cells.values()].some((c) => c.amount && !isZeroAmount(c.amount)));
  for (const row of rows) {
    if (row.code) {
      const subject = codedSubject(table, row, 'fn');
      if (subject) out.set(row, subject);
    } else if (row.item === 'total') out.set(row, current || carryNext ? 'out-total' : 'exp');
    else if (row.item === 'current-exp') out.set(row, 'exp');
    else if (row.item === 'carry-next') out.set(row, 'carry-next');
  }
  return out;
}

// --- The index -----------------------------------------------------------------------------------

export interface KeyIndex {
  /** Every keyed cell, table by table in the ledger's order. */
  cells: KeyedCell[];
  /** The keyed cells by figure (the key without its fund). */
  byFigure: Map<string, KeyedCell[]>;
}

/** The keyed cells of one table. A key the table prints twice (two rows of one code) is ambiguous: left out. */
export function tableKeys(table: Table, year?: number): KeyedCell[] {
  const y = table.year ?? year;
  const out: KeyedCell[] = [];
  const add = (row: Row, column: string, key: CellKey | undefined) => {
    const cell = row.cells.get(column);
    if (!key || !cell?.amount) return;
    out.push({ key, id: keyId(key), figure: figureId(key), table, row, column, cell: cell as KeyedCell['cell'] });
  };
  // Every row has the same columns: each read once.
  const meanings = new Map<string, ColumnMeaning | undefined>();
  const meaning = (column: string) => {
    if (!meanings.has(column)) meanings.set(column, columnMeaning(table, column, y));
    return meanings.get(column);
  };
  switch (table.kind) {
    case 'summary':
    case 'appropriation': {
      const income = incomeLines(table);
      const spending = expenditureLines(table);
      const own: Fund = table.kind === 'summary' ? 'all' : 'fin';
      for (const row of table.rows) {
        for (const column of row.cells.keys()) {
          const m = meaning(column);
          if (!m || m.source || m.econ) continue;
          if (row.side === 'income') {
            const line = income.get(row);
            if (line && m.part === 'total' && !m.fund) add(row, column, { fund: line.fund, subject: line.subject, part: 'total', period: m.period });
          } else {
            const subject = spending.get(row);
            if (subject) add(row, column, { fund: m.fund ?? own, subject, part: m.part, period: m.period });
          }
        }
      }
      break;
    }
    case 'income': {
      const row = totalRow(table);
      if (!row) break;
      const split = new Set<Fund>();
      for (const c of table.columns) if (c.role === 'amount') for (const f of ['gpb', 'gfb', 'soc'] as const) if (c.key.split('/').includes(`${f}-transfer`)) split.add(f);
      for (const column of row.cells.keys()) {
        const m = meaning(column);
        if (m) add(row, column, incomeKey(table, row, m, split));
      }
      break;
    }
    case 'three-public':
      for (const row of table.rows) for (const column of row.cells.keys()) {
        const m = meaning(column);
        if (m) add(row, column, threePublicKey(row, m));
      }
      break;
    case 'carryover': {
      const row = totalRow(table);
      if (row) for (const column of row.cells.keys()) {
        const m = meaning(column);
        if (m) add(row, column, carryoverKey(row, m));
      }
      break;
    }
    default:
      for (const row of table.rows) for (const column of row.cells.keys()) {
        const m = meaning(column);
        if (m) add(row, column, spendingKey(table, row, m));
      }
  }
  const count = new Map<string, number>();
  for (const c of out) count.set(c.id, (count.get(c.id) ?? 0) + 1);
  return out.filter((c) => count.get(c.id) === 1);
}

/** A ledger's keyed cells, indexed once. Shared: not to be modified. */
export const keyIndex = perObject('cell keys', (ledger: Ledger): KeyIndex => {
  const cells: KeyedCell[] = [];
  for (const table of ledger.tables.values()) cells.push(...tableKeys(table, ledger.year));
  const byFigure = new Map<string, KeyedCell[]>();
  for (const c of cells) {
    const list = byFigure.get(c.figure);
    if (list) list.push(c);
    else byFigure.set(c.figure, [c]);
  }
  return { cells, byFigure };
});

// --- One fund's money ----------------------------------------------------------------------------

/**
 * Funds whose money is one: where all of the unit's money is 财政拨款, its all-money figures are its
 * 财政拨款 figures; where all 财政拨款 is 一般公共预算, its 财政拨款 figures are its 一般公共预算 ones.
 * `same[f]` is the widest fund whose money is all of fund f (f itself when none); `why[f]` says why.
 */
export interface FundMoney {
  same: Record<Fund, Fund>;
  why: Partial<Record<Fund, string>>;
}

/** Whether two printed figures may be one value within their rounding. */
function near(a: Amount | undefined, b: Amount | undefined): boolean {
  return !!a && !!b && a.value.minus(b.value).abs().lte(a.half.plus(b.half));
}

/**
 * What the unit's income says of its funds: all of it 一般公共预算 (收入总计 = the 一般公共预算 income,
 * as XT008 decides it), all of it 财政拨款 (收入总计 = 财政拨款 income), all 财政拨款 一般公共预算 (no
 * 政府性基金 or 国有资本经营 figure but zeros, and at least one printed).
 */
export const fundMoney = perObject('fund money', (ledger: Ledger): FundMoney => {
  const { cells, byFigure } = keyIndex(ledger);
  const total = (kind: TableKind, subject: Subject, fund: Fund): Amount | undefined =>
    byFigure.get(`current ${subject} total`)?.find((c) => c.table.kind === kind && c.key.fund === fund)?.cell.amount;
  const incomeTotal = total('income', 'in-total', 'all') ?? total('income', 'income', 'all');
  const income = (fund: Fund) => (ledger.tables.has('income') ? near(incomeTotal, total('income', 'income', fund) ?? (fund === 'gpb' ? total('income', 'income:general', fund) : undefined)) : near(total('summary', 'in-total', 'all'), total('summary', 'income', fund)));
  const allGpb = income('gpb');
  const allFin = allGpb || income('fin');
  const others = cells.filter((c) => c.key.fund === 'gfb' || c.key.fund === 'soc');
  const finGpb = allGpb || (others.length > 0 && others.every((c) => isZeroAmount(c.cell.amount)));
  const same: Record<Fund, Fund> = { all: 'all', fin: 'fin', gpb: 'gpb', gfb: 'gfb', soc: 'soc', nonfin: 'nonfin' };
  const why: FundMoney['why'] = {};
  if (allFin) {
    same.fin = 'all';
    why.fin = 'all of the unit\'s income is 财政拨款';
  }
  if (finGpb) {
    same.gpb = same.fin;
    why.gpb = allFin ? 'all of the unit\'s income is 一般公共预算' : 'all of its 财政拨款 is 一般公共预算';
  }
  return { same, why };
});

// --- Words ---------------------------------------------------------------------------------------

export const FUND_NAMES: Record<Fund, string> = {
  all: 'all money',
  fin: '财政拨款',
  gpb: '一般公共预算',
  gfb: '政府性基金',
  soc: '国有资本经营',
  nonfin: '非财政拨款',
};

const PART_NAMES: Record<Part, string> = {
  total: '合计',
  basic: '基本支出',
  personnel: '人员经费',
  public: '公用经费',
  project: '项目支出',
  upper: '上缴上级支出',
  'operating-exp': '事业单位经营支出',
  'affiliated-exp': '对附属单位补助支出',
};

const PERIOD_WORDS: Record<Period, string> = { current: '', prior: '上年 ', budget: '预算数 ', adjusted: '调整预算数 ' };

const SUBJECT_NAMES: Record<string, string> = {
  exp: '支出合计',
  income: '本年收入',
  carry: '上年结转结余',
  'carry-next': '结转下年',
  'in-total': '收入总计',
  'out-total': '支出总计',
  'operating-cost': '机关运行经费',
  'income:general': '本年收入 (本级, 不含上级转移支付)',
  'income:transfer': '上级转移支付',
  'income:special': '财政专户管理资金',
  'income:unit-funds': '单位资金',
  'income:business': '事业收入',
  'income:operating': '事业单位经营收入',
  'income:other-income': '其他收入',
  'income:higher-subsidy': '上级补助收入',
  'income:affiliated': '附属单位上缴收入',
  '3p:total': '“三公”经费合计',
  '3p:abroad': '因公出国（境）费',
  '3p:reception': '公务接待费',
  '3p:vehicle': '公务用车购置及运行费',
  '3p:vehicle-purchase': '公务用车购置费',
  '3p:vehicle-operation': '公务用车运行费',
};

/** A key in words, fund aside: "支出合计 人员经费", "201 一般公共服务支出 项目支出", "上年 收入总计". */
export function describeFigure(k: CellKey, row?: Row): string {
  const colon = k.subject.indexOf(':');
  const ns = colon < 0 ? k.subject : k.subject.slice(0, colon);
  const rest = colon < 0 ? '' : k.subject.slice(colon + 1);
  let subject = SUBJECT_NAMES[k.subject];
  if (subject === undefined) {
    if (ns === 'fn' || ns === 'econ') subject = row?.code === rest && row.name ? `${rest} ${row.name}` : rest;
    else if (ns === 'project') subject = rest;
    else if (ns === 'carry') subject = `上年结转结余 ${SUBJECT_NAMES[`income:${rest}`] ?? rest}`;
    else subject = k.subject;
  }
  const part = k.part === 'total' ? '' : ` ${PART_NAMES[k.part]}`;
  return `${PERIOD_WORDS[k.period]}${subject}${part}`;
}

/**
 * The other printings of the figure printed at `place` (the same money, subject, part and year, in
 * another table or row): the amounts of the keyed cells of its id. Empty when the cell has no key.
 */
export function otherPrintings(ledger: Ledger, place: { file: string; line: number; column?: number }): Amount[] {
  const { cells } = keyIndex(ledger);
  const own = cells.find((c) => c.cell.file === place.file && c.cell.line === place.line && c.cell.column === place.column);
  if (!own) return [];
  return cells.filter((c) => c !== own && c.id === own.id).map((c) => c.cell.amount);
}
