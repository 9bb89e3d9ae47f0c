/**
 * Figures: a printed amount (or a sum of printed amounts) with where it stands and what it is, and
 * the semantic keys that name the figures a package prints whatever its layout ("unit:total",
 * "income:gpb", "gpb:code:2010301", "3p:reception", "basic:public" …). A key resolves on any ledger,
 * for this year's columns or for the prior-year columns a table prints ("上年预算数"), so that the
 * narrative's subjects and last year's package can be asked for the same figure.
 */
import { type Decimal, ZERO, sum } from '../decimal.js';
import { labelKey } from '../text.js';
import { formatMoney, unitLabel } from './money.js';
import { isFinal, type Amount, type Cell, type Ledger, type Place, type Row, type Table, type TableKind } from './model.js';
import { amountColumns, rowLabel, rowsUnder, summaryItem as summaryItemRow, totalRow } from './queries.js';
import { ExactSum } from './rounding.js';
import { perObject } from '../memo.js';

export interface Figure {
  /** The semantic key it was resolved from, when it was. */
  key?: string;
  amount: Amount;
  place: Place;
  table?: TableKind;
  /** What the figure is ("201 一般公共服务支出 合计"), made only when a message needs it. */
  label(): string;
  /** A figure computed from other figures (a sum of parts, a difference). */
  derived?: boolean;
  /** A row the table does not print: zero by absence. */
  absent?: boolean;
}

/** A figure resolved from a semantic key: it carries the key. */
export type KeyedFigure = Figure & { readonly key: string };

/** Which year's figure: this year's, or last year's as this year's tables print it in their prior-year columns. */
export interface Period {
  readonly prior: boolean;
  /** The budget year (its prior-year column may be headed "<year − 1>年预算数"). */
  readonly year?: number;
  /**
   * Final accounts (决算): the budget printed beside what was spent (预算数, 年初预算数: "budget"), or its
   * adjusted budget (调整预算数: "adjusted"), instead of the 决算数 itself.
   */
  readonly budget?: 'budget' | 'adjusted';
}

export const CURRENT: Period = Object.freeze({ prior: false });

export function priorPeriod(year?: number): Period {
  return { prior: true, year };
}

/** The budget (or adjusted budget) that final accounts print beside what was spent. */
export const BUDGET: Period = Object.freeze({ prior: false, budget: 'budget' as const });
export const ADJUSTED: Period = Object.freeze({ prior: false, budget: 'adjusted' as const });

/** "表5-一般公共预算支出情况表.csv:6 201 一般公共服务支出 合计": where and what (a cross-table message's words). */
export function cite(f: Figure): string {
  return f.absent ? `${f.place.file}: no row ${f.label()}` : `${f.place.file}:${f.place.line} ${f.label()}`;
}

/** "表5-一般公共预算支出情况表.csv:6 201 一般公共服务支出 合计 449.67 万元": where, what and how much. */
export function describe(f: Figure): string {
  const value = formatMoney(f.amount.value, f.amount.scale, f.amount.decimals);
  const where = f.absent ? `${f.place.file} (no such row)` : `${f.place.file}:${f.place.line}`;
  return `${where} ${f.label()} ${value} ${unitLabel(f.amount.scale)}`;
}

/** A cell's column label, by its key in the row. */
function columnLabel(table: Table, cell: Cell, key: string): string {
  const at = cell.column;
  return (at !== undefined ? table.columns[at - 1]?.label : undefined) ?? key;
}

/** A figure printed in a table (or the sum of a split column's cells); its label is made only when asked for. */
class TableFigure implements Figure {
  readonly table: TableKind;
  readonly derived?: boolean;

  constructor(
    readonly amount: Amount,
    readonly place: Place,
    private readonly source: Table,
    private readonly row: Row,
    /** The cell's key, or the keys of the parts it sums. */
    private readonly keys: string | string[],
    private readonly given: string | undefined,
    readonly key?: string,
  ) {
    this.table = source.kind;
    if (typeof keys !== 'string') this.derived = true;
  }

  label(): string {
    if (this.given !== undefined) return this.given;
    const { source, row, keys } = this;
    const columns = typeof keys === 'string' ? columnLabel(source, row.cells.get(keys)!, keys) : keys.map((k) => columnLabel(source, row.cells.get(k)!, k)).join(' + ');
    return `${rowLabel(row)} ${columns}`;
  }
}

/** The sum of a split column's parts: exact integer units when the parts have them, Decimals only when read. */
class PartsAmount implements Amount {
  readonly raw = '';
  readonly decimals: number;
  readonly scale: number;
  readonly units: number | undefined;
  private sumValue: Decimal | undefined;
  private sumHalf: Decimal | undefined;

  constructor(private readonly parts: Amount[]) {
    this.decimals = Math.max(...parts.map((a) => a.decimals));
    this.scale = parts[0].scale;
    const exact = new ExactSum();
    for (const a of parts) exact.add(a);
    this.units = exact.unitsAt(this.decimals, this.scale);
  }

  get value(): Decimal {
    return (this.sumValue ??= sum(this.parts.map((a) => a.value)));
  }

  get half(): Decimal {
    return (this.sumHalf ??= sum(this.parts.map((a) => a.half)));
  }
}

/**
 * A figure from a row's cell, or undefined when absent or malformed (reported elsewhere). A key
 * that the table splits ("basic" as 人员经费 + 公用经费) is its subtotal column or the sum of its parts.
 */
export function figure(table: Table, row: Row | undefined, key: string | undefined, label?: string): Figure | undefined {
  if (!row || !key) return undefined;
  let own = row.cells.has(key) ? key : undefined;
  if (own === undefined) {
    const subtotal = `${key}/subtotal`;
    if (row.cells.has(subtotal)) own = subtotal;
  }
  // Final accounts: 基本支出 and 项目支出 under 本年支出 beside the carry-over columns ("本年支出/基本支出").
  if (own === undefined && table.final && row.cells.has(`total/${key}`)) own = `total/${key}`;
  if (own !== undefined) {
    const cell = row.cells.get(own)!;
    if (!cell.amount) return undefined;
    return new TableFigure(cell.amount, cell, table, row, own, label);
  }
  const prefix = `${key}/`;
  const keys: string[] = [];
  for (const k of row.cells.keys()) if (k.startsWith(prefix) && !k.includes('~')) keys.push(k);
  if (keys.length === 0) return undefined;
  const cells = keys.map((k) => row.cells.get(k)!);
  if (cells.some((c) => !c.amount)) return undefined;
  return new TableFigure(new PartsAmount(cells.map((c) => c.amount!)), placeOf(cells[0]), table, row, keys, label);
}

function placeOf(p: Place): Place {
  return { file: p.file, line: p.line, column: p.column };
}

/** A row that a table does not print at all: a zero, exactly. */
export function absent(table: Table, what: string, key?: string): Figure {
  return {
    key,
    amount: { value: ZERO, half: ZERO, decimals: 2, scale: table.scale, raw: '' },
    place: { file: table.file, line: 0 },
    table: table.kind,
    absent: true,
    label: () => what,
  };
}

/** Figures added up into one (their rounding half-widths too), placed at the first; undefined when one is missing. */
export function sumFigure(key: string, label: string, parts: (Figure | undefined)[]): Figure | undefined {
  if (parts.length === 0 || parts.some((f) => !f)) return undefined;
  const figures = parts as Figure[];
  const amounts = figures.map((f) => f.amount);
  const value = amounts.reduce((v, a) => v.plus(a.value), ZERO);
  const decimals = Math.max(...amounts.map((a) => a.decimals));
  const scale = amounts[0].scale;
  return {
    key,
    label: () => label,
    amount: { value, half: amounts.reduce((h, a) => h.plus(a.half), ZERO), decimals, scale, raw: formatMoney(value, scale, decimals) },
    place: figures[0].place,
    table: figures[0].table,
    derived: true,
  };
}

// --- Semantic keys -------------------------------------------------------------------------------

/** A column key without its side mark ("total~2" → "total"). */
function base(k: string): string {
  const i = k.indexOf('~');
  return i < 0 ? k : k.slice(0, i);
}

/** A column key's top-level group ("prior/basic~2" → "prior"). */
function group(k: string): string {
  const b = base(k);
  const i = b.indexOf('/');
  return i < 0 ? b : b.slice(0, i);
}
/** Columns of other figures than the table's own of this year: last year's, changes; in final accounts the budget, the carry-over and the income of a fund table. */
const NOT_CURRENT = /^(prior|change|budget|adjusted|opening|closing|revenue)/;

/** A final-accounts table's budget column for `key`: "budget" ("adjusted"), or its sub-column. */
function budgetKey(keys: string[], key: string, which: 'budget' | 'adjusted'): string | undefined {
  const want = key === 'total' ? [which, `${which}/subtotal`, `${which}/total`] : [`${which}/${key}`];
  for (const w of want) {
    const hit = keys.find((k) => base(k) === w);
    if (hit) return hit;
  }
  return undefined;
}

/** The prior-year column for `key` among `keys`: "prior" or "prior-<year − 1>", with its sub-column. */
function priorKey(keys: string[], key: string, year?: number): string | undefined {
  const bases = [...new Set(keys.map(group).filter((b) => b.startsWith('prior')))];
  const top = (year !== undefined ? bases.find((b) => b === `prior-${year - 1}`) : undefined) ?? bases.find((b) => b === 'prior') ?? (bases.length === 1 ? bases[0] : undefined);
  if (!top) return undefined;
  const want = key === 'total' ? [top, `${top}/subtotal`, `${top}/total`] : [`${top}/${key}`];
  for (const w of want) {
    const hit = keys.find((k) => base(k) === w);
    if (hit) return hit;
  }
  return undefined;
}

/** What resolving looks up in a table again and again, worked out once per table. */
interface TableIndex {
  amountKeys: string[];
  /** The amount columns of this year's figures (no prior-year or change columns). */
  currentKeys: string[];
  /** Function rows: coded, not a project or total, of the expenditure side where there are two. */
  functionRows: Row[];
  /** The function rows by labelKey of their name. */
  byName: Map<string, Row[]>;
}

/** A table's function rows, and those rows by name (once per table). */
export const functionIndex = perObject('figure index', (table: Table): TableIndex => {
  const amountKeys = amountColumns(table);
  const functionRows = table.rows.filter((r) => r.code && !r.project && !r.isTotal && (r.side === undefined || r.side === 'expenditure'));
  const byName = new Map<string, Row[]>();
  for (const r of functionRows) {
    const name = labelKey(r.name);
    const rows = byName.get(name);
    if (rows) rows.push(r);
    else byName.set(name, [r]);
  }
  return { amountKeys, currentKeys: amountKeys.filter((k) => !NOT_CURRENT.test(k)), functionRows, byName };
});

/** The amount column of `key` for the period: this year's, or its prior-year column. */
function column(table: Table, key: string, period: Period): string | undefined {
  const index = functionIndex(table);
  if (period.budget) return budgetKey(index.amountKeys, key, period.budget);
  if (period.prior) return priorKey(index.amountKeys, key, period.year);
  const current = index.currentKeys;
  return (
    current.find((k) => k === key) ??
    current.find((k) => k === (key === 'total' ? 'total/subtotal' : `total/${key}`)) ??
    current.find((k) => k.endsWith(`/${key}`))
  );
}

/** The amount cell of a label-identified row (two-sided and 三公 tables). */
function firstCell(row: Row, period: Period): string | undefined {
  const keys = [...row.cells.keys()];
  if (period.budget) return budgetKey(keys, 'total', period.budget);
  if (period.prior) return priorKey(keys, 'total', period.year);
  return keys.find((k) => !NOT_CURRENT.test(k));
}

const TOTAL_LABEL = /^(合计|总计|本年支出合计|支出合计|收入合计|收入总计|支出总计)$/;

/** A table's (or a side's) total row: the 合计/总计 row, else a row labelled as one ("本年支出合计"). */
function totalRowOf(table: Table, side?: Row['side']): Row | undefined {
  return totalRow(table, side) ?? table.rows.find((r) => (side === undefined || r.side === side) && !r.code && !r.project && TOTAL_LABEL.test(labelKey(r.name)));
}

function itemRow(table: Table, item: string, side: Row['side'] = 'income'): Row | undefined {
  const rows = table.rows.filter((r) => r.item === item && (r.side === undefined || r.side === side));
  return rows.find((r) => r.depth !== 2) ?? rows[0];
}

/** A function row by its code (not a project or total row; the expenditure side of a two-sided table). */
export function functionRow(table: Table, code: string): Row | undefined {
  return table.rows.find((r) => r.code === code && !r.project && !r.isTotal && (r.side === undefined || r.side === 'expenditure'));
}

function rowName(r: Row): string {
  return r.code ? `${r.code} ${r.name}` : labelKey(r.name);
}

function colName(table: Table, key: string | undefined): string {
  const c = table.columns.find((x) => x.key === key);
  return c ? c.path[c.path.length - 1] ?? c.label : '';
}

/** A cell as a keyed figure, labelled for the narrative's messages. */
function keyedCell(key: string, table: Table, row: Row, col: string | undefined, label: string): Figure | undefined {
  if (!col) return undefined;
  // Two-sided tables may key the second side's column apart ("total~2").
  const cell = row.cells.get(col) ?? [...row.cells.entries()].find(([k]) => base(k) === col)?.[1];
  if (!cell?.amount) return undefined;
  return new TableFigure(cell.amount, placeOf(cell), table, row, col, label, key);
}

function total(ledger: Ledger, kind: TableKind, col: string, key: string, period: Period, side?: Row['side']): Figure | undefined {
  const t = ledger.tables.get(kind);
  if (!t) return undefined;
  const row = totalRowOf(t, side);
  if (!row) return undefined;
  const label = `${row.isTotal ? labelKey(row.name) || '合计' : row.name}`;
  const c = column(t, col, period) ?? column(t, `${col}/subtotal`, period);
  if (c) return keyedCell(key, t, row, c, `${label} ${colName(t, c)}`.trim());
  return period.prior || period.budget ? undefined : splitSum(key, t, row, col, label);
}

/** A column printed split into its parts ("基本支出" as 人员经费 + 公用经费): the sum of the parts. */
function splitSum(key: string, t: Table, row: Row, col: string, label: string): Figure | undefined {
  const parts = t.columns.filter((c) => c.role === 'amount' && c.key.startsWith(`${col}/`) && !/\/(subtotal|total)$/.test(c.key) && c.key.split('/').length === 2);
  const figures = parts.map((c) => keyedCell(key, t, row, c.key, label)).filter((f): f is Figure => f !== undefined);
  if (figures.length < 2 || figures.length !== parts.length) return undefined;
  const first = figures[0].amount;
  const value = figures.reduce((v, f) => v.plus(f.amount.value), ZERO);
  const half = figures.reduce((h, f) => h.plus(f.amount.half), ZERO);
  const text = `${label} ${parts.map((c) => c.path[c.path.length - 1]).join(' + ')}`;
  return {
    key,
    label: () => text,
    amount: { value, half, decimals: first.decimals, scale: first.scale, raw: formatMoney(value, first.scale, 2) },
    place: figures[0].place,
    table: t.kind,
    derived: true,
  };
}

function summaryItem(ledger: Ledger, item: string, key: string, period: Period): Figure | undefined {
  const t = ledger.tables.get('summary');
  if (!t) return undefined;
  const row = summaryItemRow(t, item);
  if (!row) return undefined;
  return keyedCell(key, t, row, firstCell(row, period), labelKey(row.name));
}

function zeroFigure(key: string, table: Table, label: string): Figure {
  const f = absent(table, label, key);
  return { ...f, place: { file: table.file, line: table.titleLine } };
}

/** The figures resolved on a ledger so far, by period and key. */
const resolvedOf = perObject('resolved figures', (): Map<string, KeyedFigure | undefined> => new Map());

/**
 * The figure a semantic key names on a ledger, for this year or (from the tables' prior-year columns)
 * last year; undefined when the ledger prints no such figure. Once per ledger, period and key: the
 * figures are shared, not to be modified.
 */
export function resolve(ledger: Ledger, key: string, period: Period = CURRENT): KeyedFigure | undefined {
  if ((period.prior || period.budget) && (key === 'nonfin-project' || key === 'fin-project')) return undefined;
  const memo = period.budget ? `${period.budget}:${key}` : period.prior ? `prior ${period.year}:${key}` : key;
  const figures = resolvedOf(ledger);
  if (figures.has(memo)) return figures.get(memo);
  // Every figure resolveKey makes is made for the key (keyedCell, sumFigure, zeroFigure and the derived ones carry it).
  const f = resolveKey(ledger, key, period) as KeyedFigure | undefined;
  figures.set(memo, f);
  return f;
}

function resolveKey(ledger: Ledger, key: string, period: Period): Figure | undefined {
  const [ns, a, b] = key.split(':');
  const tot = (kind: TableKind, col: string, side?: Row['side']) => total(ledger, kind, col, key, period, side);
  // Final accounts: the summary's 收入总计 and 支出总计 add the carry-over to this year's income and spending
  // (本年收入合计, 本年支出合计), which the income and expenditure tables hold.
  const final = isFinal(ledger);
  const line = (kind: TableKind, item: string, side: Row['side']) => {
    const t = ledger.tables.get(kind);
    const row = t?.rows.find((r) => r.side === side && !r.code && r.item === item);
    return t && row ? keyedCell(key, t, row, firstCell(row, period), labelKey(row.name)) : undefined;
  };
  switch (ns) {
    case 'unit':
      return tot('summary', 'total', 'income') ?? tot('income', 'total') ?? tot('expenditure', 'total');
    case 'income':
      if (a === 'total') return tot('income', 'total') ?? (final ? line('summary', 'current', 'income') : undefined) ?? tot('summary', 'total', 'income');
      if (a === 'nonfin-use') return line('summary', 'nonfin-use', 'income');
      return summaryItem(ledger, a, key, period) ?? tot('income', a);
    case 'exp':
      if (a === 'code') return codeFigure(ledger, 'expenditure', b, key, period);
      if (a === 'total') return tot('expenditure', 'total') ?? (final ? line('summary', 'current-exp', 'expenditure') : undefined) ?? tot('summary', 'total', 'expenditure');
      if (a === 'carry-next' || a === 'distribution') return line('summary', a, 'expenditure');
      return tot('expenditure', a);
    case 'fin': {
      if (a === 'total') return tot('appropriation', 'total', 'income');
      // Final accounts: the appropriation's income and spending of the year, its carry-over at either end.
      if (a === 'current') return line('appropriation', 'current', 'income');
      if (a === 'current-exp') return line('appropriation', 'current-exp', 'expenditure');
      if (a === 'carry') return line('appropriation', 'fin-carry', 'income') ?? line('appropriation', 'carry', 'income');
      if (a === 'carry-next') return line('appropriation', 'carry-next', 'expenditure');
      const t = ledger.tables.get('appropriation');
      const row = t ? itemRow(t, a) : undefined;
      if (t && row) return keyedCell(key, t, row, firstCell(row, period), labelKey(row.name));
      // 一般公共预算 appropriation = the gpb table's total.
      return a === 'gpb' ? tot('gpb', 'total') : undefined;
    }
    case 'gpb':
      if (a === 'code') return codeFigure(ledger, 'gpb', b, key, period);
      return tot('gpb', a) ?? (a === 'project' ? tot('gpb-project', 'total') : a === 'basic' ? tot('gpb-basic', 'total') : undefined);
    case 'gfb':
    case 'soc':
      return a === 'code' ? codeFigure(ledger, ns, b, key, period) : tot(ns, a);
    case 'appropriation':
      return a === 'code' ? codeFigure(ledger, ns, b, key, period) : undefined;
    case 'basic':
      return tot('gpb-basic', a);
    case 'project': {
      if (a === 'total') return tot('gpb-project', 'total') ?? tot('gpb', 'project');
      const t = ledger.tables.get('gpb-project');
      if (!t || a !== 'name') return undefined;
      const rows = t.rows.filter((r) => r.project && labelKey(r.project) === b);
      if (rows.length !== 1) return undefined;
      return keyedCell(key, t, rows[0], column(t, 'total', period), labelKey(rows[0].project ?? ''));
    }
    case '3p': {
      const t = ledger.tables.get('three-public');
      if (!t) return undefined;
      const row = a === 'total' ? t.rows.find((r) => r.item === 'total') ?? totalRowOf(t) : t.rows.find((r) => r.item === a);
      if (!row) return period.prior || period.budget ? undefined : zeroFigure(key, t, a);
      // An item printed as columns (final accounts: its 预算数 and 决算数) holds its own cells.
      const col = column(t, 'total', period);
      return keyedCell(key, t, row, col !== undefined && (!t.final || row.cells.has(col)) ? col : firstCell(row, period), labelKey(row.name));
    }
    case 'fin-project': {
      // Projects of all appropriated money: those of the 一般公共预算, 政府性基金 and 国有资本经营 tables.
      const parts = [tot('gpb-project', 'total') ?? tot('gpb', 'project')];
      for (const kind of ['gfb', 'soc'] as TableKind[]) if (ledger.tables.has(kind)) parts.push(tot(kind, 'project'));
      return sumFigure(key, '项目支出 of the 一般公共预算, 政府性基金 and 国有资本经营 tables', parts);
    }
    case 'nonfin-project': {
      // Project money outside the appropriations: all project money less the appropriated.
      const all = tot('expenditure', 'project');
      const fin = tot('gpb', 'project');
      if (!all || !fin) return undefined;
      const parts = [fin];
      for (const kind of ['gfb', 'soc'] as TableKind[]) {
        const f = tot(kind, 'project');
        if (f) parts.push(f);
      }
      const value = parts.reduce((v, f) => v.minus(f.amount.value), all.amount.value);
      const half = parts.reduce((h, f) => h.plus(f.amount.half), all.amount.half);
      return {
        key,
        label: () => '项目支出 less 财政拨款项目支出',
        amount: { value, half, decimals: all.amount.decimals, scale: all.amount.scale, raw: formatMoney(value, all.amount.scale, 2) },
        place: all.place,
        table: 'expenditure',
        derived: true,
      };
    }
  }
  return undefined;
}

/**
 * The figures of other tables that print the same total as a key's figure: the summary's 收入总计 and
 * 支出总计, the income and expenditure tables' totals; the 一般公共预算 appropriation.
 */
export function equivalents(ledger: Ledger, key: string): KeyedFigure[] {
  const all = (figures: (Figure | undefined)[]) => figures.filter((f): f is KeyedFigure => f !== undefined);
  const tot = (kind: TableKind, side?: Row['side']) => total(ledger, kind, 'total', key, CURRENT, side);
  if (key === 'unit:total') return all([tot('summary', 'income'), tot('summary', 'expenditure'), tot('income'), tot('expenditure')]);
  if (key === 'income:total') return all([tot('income'), tot('summary', 'income')]);
  if (key === 'exp:total') return all([tot('expenditure'), tot('summary', 'expenditure')]);
  // 财政拨款项目 of a unit with 政府性基金 or 国有资本经营 projects: all of them, or as some texts mean, the 一般公共预算 table's.
  if (key === 'fin-project') return all([resolveKey(ledger, key, CURRENT), resolve(ledger, 'project:total')]);
  // 一般公共预算拨款: the summary's item, the appropriation table's line, the gpb table's total.
  if (key === 'fin:gpb' || key === 'income:gpb') return all([summaryItem(ledger, 'gpb', key, CURRENT), resolveKey(ledger, 'fin:gpb', CURRENT), tot('gpb')]);
  return [];
}

function codeFigure(ledger: Ledger, kind: TableKind, code: string, key: string, period: Period): Figure | undefined {
  const t = ledger.tables.get(kind);
  if (!t || !code) return undefined;
  const row = functionRow(t, code);
  // A row absent from a table is zero there, unless the table prints the rows under it (项 rows only);
  // but this year's table says nothing of last year's rows.
  if (!row) return sumUnder(key, t, code, period) ?? (period.prior ? undefined : zeroFigure(key, t, code));
  const col = column(t, 'total', period);
  return keyedCell(key, t, row, col, `${rowName(row)} ${colName(t, col)}`.trim());
}

/** A function row a table does not print, as the sum of the rows it prints under the row's code (a table of 项 rows only). */
function sumUnder(key: string, t: Table, code: string, period: Period): Figure | undefined {
  const col = column(t, 'total', period);
  const under = rowsUnder(t, code);
  if (!col || under.length === 0) return undefined;
  return sumFigure(key, `${code} (the sum of its ${under.length} rows)`, under.map((r) => keyedCell(key, t, r, col, '')));
}

/** The figure a share of this figure is measured against when the phrase names none. */
export function parentKey(key: string): string | undefined {
  const [ns, a] = key.split(':');
  if (ns === 'income' && a !== 'total') return 'income:total';
  if (ns === 'exp' && a !== 'total') return 'exp:total';
  if (ns === 'gpb' && a !== 'total') return 'gpb:total';
  if (ns === 'fin' && a !== 'total') return 'fin:total';
  if (ns === 'appropriation') return 'fin:total';
  if ((ns === 'gfb' || ns === 'soc') && a !== 'total') return `${ns}:total`;
  if (ns === 'basic' && a !== 'total') return 'basic:total';
  if (ns === '3p' && a !== 'total') return '3p:total';
  if (ns === 'project' && a !== 'total') return 'project:total';
  return undefined;
}

/** The figures above a key: a function row's 款 and 类 rows, then its table total ("gpb:code:2010301" → gpb:code:20103, gpb:code:201, gpb:total). */
export function ancestors(key: string): string[] {
  const out: string[] = [];
  const m = /^(\w[\w-]*):code:(\d+)$/.exec(key);
  if (m) for (const len of [5, 3]) if (m[2].length > len) out.push(`${m[1]}:code:${m[2].slice(0, len)}`);
  const p = parentKey(key);
  if (p) out.push(p);
  return out;
}

/** Whether all appropriated money is 一般公共预算 (no 政府性基金 or 国有资本经营 money). */
export function onlyGpb(ledger: Ledger): boolean {
  return (['gfb', 'soc'] as TableKind[]).every((k) => {
    const f = total(ledger, k, 'total', k, CURRENT);
    return !f || f.amount.value.isZero();
  });
}

export interface ProjectCount {
  count: number;
  rows: number;
  place: Place;
  file: string;
}

/** The number of projects in the project table (counted once per ledger). */
export const projectCount = perObject('project count', (ledger: Ledger): ProjectCount | undefined => {
  const t = ledger.tables.get('gpb-project');
  if (!t) return undefined;
  const rows = t.rows.filter((r) => r.project && !r.isTotal);
  // A project funded from two function items prints one row under each: count projects, not rows.
  const names = new Set(rows.map((r) => labelKey(r.project ?? '')));
  return { count: names.size, rows: rows.length, place: { file: t.file, line: t.titleLine }, file: t.file };
});
