/**
 * Linking a claim's subject to a ledger figure: by code hints （类）/（款）/（项） and names against
 * the gpb/expenditure tables, by the fixed subjects of CLAIMS.md (收支总预算, 一般公共预算, 单位资金,
 * 基本支出, 人员经费, 三公经费 …), by a project's name. A subject is linked through a semantic key
 * ("income:gpb", "gpb:code:2010301", "3p:reception") that resolves on any ledger, so that last
 * year's package can be asked for the same figure. Nothing is linked by its value: a subject that
 * names no figure stays unlinked.
 */
import { ZERO } from '../decimal.js';
import { formatMoney, unitLabel } from '../ledger/money.js';
import { toAmount } from '../load/amount.js';
import { functionClassByName } from '../ledger/classification.js';
import { labelKey } from '../text.js';
import type { Amount, Ledger, Place, Row, Table, TableKind } from '../ledger/model.js';
import type { CodeHints, Scope } from './types.js';
import { perObject } from '../memo.js';
import { amountColumns, rowsUnder } from '../ledger/queries.js';

export interface Figure {
  /** Semantic key, the same on every ledger: "unit:total", "income:gpb", "gpb:code:201" … */
  key: string;
  /** What the figure is, e.g. "201 一般公共服务支出 合计". */
  label: string;
  amount: Amount;
  place: Place;
  table?: TableKind;
  /** Set for a figure computed from two cells (e.g. non-appropriation project money). */
  derived?: boolean;
  /** For a row absent from its table (zero by absence). */
  absent?: boolean;
}


/** "表5-一般公共预算支出情况表.csv:6 201 一般公共服务支出 合计 449.67 万元". */
export function describe(f: Figure): string {
  const value = formatMoney(f.amount.value, f.amount.scale, f.amount.decimals);
  const where = f.absent ? `${f.place.file} (no such row)` : `${f.place.file}:${f.place.line}`;
  return `${where} ${f.label} ${value} ${unitLabel(f.amount.scale)}`;
}

function cellFigure(key: string, table: Table, row: Row, column: string | undefined, label: string): Figure | undefined {
  if (!column) return undefined;
  // Two-sided tables may key the second side's column apart ("total~2").
  const cell = row.cells.get(column) ?? [...row.cells.entries()].find(([k]) => base(k) === column)?.[1];
  if (!cell) return undefined;
  const amount = cell.amount ?? null;
  if (!amount) return undefined;
  return { key, label, amount, place: { file: cell.file, line: cell.line, column: cell.column }, table: table.kind };
}

/**
 * Set while resolving last year's figure from this year's prior-year columns ("上年预算数",
 * "2023年预算数"): the column lookups then pick those columns (see resolvePrior).
 */
let priorMode: { year?: number } | null = null;

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
const NOT_CURRENT = /^(prior|change)/;

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

/** What linking looks up in a table again and again, worked out once per table. */
interface TableIndex {
  amountKeys: string[];
  /** The amount columns of this year's figures (no prior-year or change columns). */
  currentKeys: string[];
  /** Function rows: coded, not a project or total, of the expenditure side where there are two. */
  functionRows: Row[];
  /** The function rows by labelKey of their name. */
  byName: Map<string, Row[]>;
}

const indexOf = perObject('claim index', (table: Table): TableIndex => {
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

function column(table: Table, key: string): string | undefined {
  const index = indexOf(table);
  if (priorMode) return priorKey(index.amountKeys, key, priorMode.year);
  const current = index.currentKeys;
  return (
    current.find((k) => k === key) ??
    current.find((k) => k === (key === 'total' ? 'total/subtotal' : `total/${key}`)) ??
    current.find((k) => k.endsWith(`/${key}`))
  );
}

/** The amount cell of a label-identified row (two-sided and 三公 tables). */
function firstCell(row: Row): string | undefined {
  const keys = [...row.cells.keys()];
  if (priorMode) return priorKey(keys, 'total', priorMode.year);
  return keys.find((k) => !NOT_CURRENT.test(k));
}

const TOTAL_LABEL = /^(合计|总计|本年支出合计|支出合计|收入合计|收入总计|支出总计)$/;

function totalRow(table: Table, side?: Row['side']): Row | undefined {
  const rows = table.rows.filter((r) => side === undefined || r.side === side);
  return rows.find((r) => r.isTotal) ?? rows.find((r) => !r.code && !r.project && TOTAL_LABEL.test(labelKey(r.name)));
}

function itemRow(table: Table, item: string, side: Row['side'] = 'income'): Row | undefined {
  const rows = table.rows.filter((r) => r.item === item && (r.side === undefined || r.side === side));
  return rows.find((r) => r.depth !== 2) ?? rows[0];
}

function codeRow(table: Table, code: string): Row | undefined {
  return table.rows.find((r) => r.code === code && !r.project && !r.isTotal && (r.side === undefined || r.side === 'expenditure'));
}

function rowName(r: Row): string {
  return r.code ? `${r.code} ${r.name}` : labelKey(r.name);
}

function colName(table: Table, key: string | undefined): string {
  const c = table.columns.find((x) => x.key === key);
  return c ? c.path[c.path.length - 1] ?? c.label : '';
}

function total(ledger: Ledger, kind: TableKind, col: string, key: string, side?: Row['side']): Figure | undefined {
  const t = ledger.tables.get(kind);
  if (!t) return undefined;
  const row = totalRow(t, side);
  if (!row) return undefined;
  const label = `${row.isTotal ? labelKey(row.name) || '合计' : row.name}`;
  const c = column(t, col) ?? column(t, `${col}/subtotal`);
  if (c) return cellFigure(key, t, row, c, `${label} ${colName(t, c)}`.trim());
  return splitSum(key, t, row, col, label);
}

/** A column printed split into its parts ("基本支出" as 人员经费 + 公用经费): the sum of the parts. */
function splitSum(key: string, t: Table, row: Row, col: string, label: string): Figure | undefined {
  if (priorMode) return undefined;
  const parts = t.columns.filter((c) => c.role === 'amount' && c.key.startsWith(`${col}/`) && !/\/(subtotal|total)$/.test(c.key) && c.key.split('/').length === 2);
  const figures = parts.map((c) => cellFigure(key, t, row, c.key, label)).filter((f): f is Figure => f !== undefined);
  if (figures.length < 2 || figures.length !== parts.length) return undefined;
  const first = figures[0];
  const value = figures.reduce((v, f) => v.plus(f.amount.value), ZERO);
  const half = figures.reduce((h, f) => h.plus(f.amount.half), ZERO);
  return {
    key,
    label: `${label} ${parts.map((c) => c.path[c.path.length - 1]).join(' + ')}`,
    amount: { value, half, decimals: first.amount.decimals, scale: first.amount.scale, raw: formatMoney(value, first.amount.scale, 2) },
    place: first.place,
    table: t.kind,
    derived: true,
  };
}

function summaryItem(ledger: Ledger, item: string, key: string): Figure | undefined {
  const t = ledger.tables.get('summary');
  if (!t) return undefined;
  const row = itemRow(t, item);
  if (!row) return undefined;
  return cellFigure(key, t, row, firstCell(row), labelKey(row.name));
}

function zeroFigure(key: string, table: Table, label: string): Figure {
  const amount = toAmount('', table.scale, 2)!;
  return { key, label, amount, place: { file: table.file, line: table.titleLine }, table: table.kind, absent: true };
}

/** The figures resolved on a ledger so far, by key (prior-year figures by "prior <year>:<key>"). */
const figuresOf = perObject('resolved figures', (): Map<string, Figure | undefined> => new Map());

/** Resolve a semantic key on a ledger (once per ledger and key; the figures are shared, not to be modified). */
export function resolve(ledger: Ledger, key: string): Figure | undefined {
  if (priorMode) return resolveKey(ledger, key);
  const figures = figuresOf(ledger);
  if (figures.has(key)) return figures.get(key);
  const f = resolveKey(ledger, key);
  figures.set(key, f);
  return f;
}

function resolveKey(ledger: Ledger, key: string): Figure | undefined {
  const [ns, a, b] = key.split(':');
  switch (ns) {
    case 'unit':
      return total(ledger, 'summary', 'total', key, 'income') ?? total(ledger, 'income', 'total', key) ?? total(ledger, 'expenditure', 'total', key);
    case 'income':
      if (a === 'total') return total(ledger, 'income', 'total', key) ?? total(ledger, 'summary', 'total', key, 'income');
      return summaryItem(ledger, a, key) ?? total(ledger, 'income', a, key);
    case 'exp':
      if (a === 'code') return codeFigure(ledger, 'expenditure', b, key);
      if (a === 'total') return total(ledger, 'expenditure', 'total', key) ?? total(ledger, 'summary', 'total', key, 'expenditure');
      return total(ledger, 'expenditure', a, key);
    case 'fin': {
      if (a === 'total') return total(ledger, 'appropriation', 'total', key, 'income');
      const t = ledger.tables.get('appropriation');
      const row = t ? itemRow(t, a) : undefined;
      if (t && row) return cellFigure(key, t, row, firstCell(row), labelKey(row.name));
      // 一般公共预算 appropriation = the gpb table's total (RULES.md B4/B5).
      return a === 'gpb' ? total(ledger, 'gpb', 'total', key) : undefined;
    }
    case 'gpb':
      if (a === 'code') return codeFigure(ledger, 'gpb', b, key);
      return total(ledger, 'gpb', a, key) ?? (a === 'project' ? total(ledger, 'gpb-project', 'total', key) : a === 'basic' ? total(ledger, 'gpb-basic', 'total', key) : undefined);
    case 'gfb':
    case 'soc':
      return a === 'code' ? codeFigure(ledger, ns, b, key) : total(ledger, ns, a, key);
    case 'appropriation':
      return a === 'code' ? codeFigure(ledger, ns, b, key) : undefined;
    case 'basic':
      return total(ledger, 'gpb-basic', a, key);
    case 'project': {
      if (a === 'total') return total(ledger, 'gpb-project', 'total', key) ?? total(ledger, 'gpb', 'project', key);
      const t = ledger.tables.get('gpb-project');
      if (!t || a !== 'name') return undefined;
      const rows = t.rows.filter((r) => r.project && labelKey(r.project) === b);
      if (rows.length !== 1) return undefined;
      return cellFigure(key, t, rows[0], column(t, 'total'), labelKey(rows[0].project ?? ''));
    }
    case '3p': {
      const t = ledger.tables.get('three-public');
      if (!t) return undefined;
      const row = a === 'total' ? t.rows.find((r) => r.item === 'total') ?? totalRow(t) : t.rows.find((r) => r.item === a);
      if (!row) return priorMode ? undefined : zeroFigure(key, t, a);
      return cellFigure(key, t, row, column(t, 'total') ?? firstCell(row), labelKey(row.name));
    }
    case 'fin-project': {
      // Projects of all appropriated money: those of the 一般公共预算, 政府性基金 and 国有资本经营 tables.
      const parts = [total(ledger, 'gpb-project', 'total', key) ?? total(ledger, 'gpb', 'project', key)];
      for (const kind of ['gfb', 'soc'] as TableKind[]) if (ledger.tables.has(kind)) parts.push(total(ledger, kind, 'project', key));
      return sumFigure(key, '项目支出 of the 一般公共预算, 政府性基金 and 国有资本经营 tables', parts);
    }
    case 'nonfin-project': {
      // Project money outside the appropriations: all project money less the appropriated.
      const all = total(ledger, 'expenditure', 'project', key);
      const fin = total(ledger, 'gpb', 'project', key);
      if (!all || !fin) return undefined;
      const parts = [fin];
      for (const kind of ['gfb', 'soc'] as TableKind[]) {
        const f = total(ledger, kind, 'project', key);
        if (f) parts.push(f);
      }
      const value = parts.reduce((v, f) => v.minus(f.amount.value), all.amount.value);
      const half = parts.reduce((h, f) => h.plus(f.amount.half), all.amount.half);
      return {
        key,
        label: `项目支出 less 财政拨款项目支出`,
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
 * The figures of other tables that print the same total as a key's figure (RULES.md B1–B5): the
 * summary's 收入总计 and 支出总计, the income and expenditure tables' totals; the 一般公共预算 appropriation.
 */
export function equivalents(ledger: Ledger, key: string): Figure[] {
  const all = (figures: (Figure | undefined)[]) => figures.filter((f): f is Figure => f !== undefined);
  const summaryIncome = () => total(ledger, 'summary', 'total', key, 'income');
  const summaryExp = () => total(ledger, 'summary', 'total', key, 'expenditure');
  const income = () => total(ledger, 'income', 'total', key);
  const exp = () => total(ledger, 'expenditure', 'total', key);
  if (key === 'unit:total') return all([summaryIncome(), summaryExp(), income(), exp()]);
  if (key === 'income:total') return all([income(), summaryIncome()]);
  if (key === 'exp:total') return all([exp(), summaryExp()]);
  // 财政拨款项目 of a unit with 政府性基金 or 国有资本经营 projects: all of them, or as some texts mean, the 一般公共预算 table's.
  if (key === 'fin-project') return all([resolveKey(ledger, key), resolve(ledger, 'project:total')]);
  // 一般公共预算拨款: the summary's item, the appropriation table's line, the gpb table's total (B3–B5).
  if (key === 'fin:gpb' || key === 'income:gpb') return all([summaryItem(ledger, 'gpb', key), resolveKey(ledger, 'fin:gpb'), total(ledger, 'gpb', 'total', key)]);
  return [];
}

/**
 * Last year's figure for a key from this year's tables, where they print a prior-year column
 * ("上年预算数", "2023年预算数"); undefined when they do not.
 */
export function resolvePrior(ledger: Ledger, key: string, year?: number): Figure | undefined {
  if (key === 'nonfin-project' || key === 'fin-project') return undefined;
  const figures = figuresOf(ledger);
  const cacheKey = `prior ${year}:${key}`;
  if (figures.has(cacheKey)) return figures.get(cacheKey);
  priorMode = { year };
  try {
    const f = resolveKey(ledger, key);
    const prior = f ? { ...f, label: `${f.label} (prior-year column)` } : undefined;
    figures.set(cacheKey, prior);
    return prior;
  } finally {
    priorMode = null;
  }
}

function codeFigure(ledger: Ledger, kind: TableKind, code: string, key: string): Figure | undefined {
  const t = ledger.tables.get(kind);
  if (!t || !code) return undefined;
  const row = codeRow(t, code);
  // A row absent from a table is zero there, unless the table prints the rows under it (项 rows only);
  // but this year's table says nothing of last year's rows.
  if (!row) return sumUnder(key, t, code) ?? (priorMode ? undefined : zeroFigure(key, t, code));
  return cellFigure(key, t, row, column(t, 'total'), `${rowName(row)} ${colName(t, column(t, 'total'))}`.trim());
}

/** A function row a table does not print, as the sum of the rows it prints under the row's code (a table of 项 rows only). */
function sumUnder(key: string, t: Table, code: string): Figure | undefined {
  const col = column(t, 'total');
  const under = rowsUnder(t, code);
  if (!col || under.length === 0) return undefined;
  return sumFigure(key, `${code} (the sum of its ${under.length} rows)`, under.map((r) => cellFigure(key, t, r, col, '')));
}

/** Figures added up into one (its rounding half-widths too), placed at the first; undefined when one is missing. */
function sumFigure(key: string, label: string, parts: (Figure | undefined)[]): Figure | undefined {
  if (parts.length === 0 || parts.some((f) => !f)) return undefined;
  const amounts = (parts as Figure[]).map((f) => f.amount);
  const value = amounts.reduce((v, a) => v.plus(a.value), ZERO);
  const decimals = Math.max(...amounts.map((a) => a.decimals));
  const scale = amounts[0].scale;
  return {
    key,
    label,
    amount: { value, half: amounts.reduce((h, a) => h.plus(a.half), ZERO), decimals, scale, raw: formatMoney(value, scale, decimals) },
    place: parts[0]!.place,
    table: parts[0]!.table,
    derived: true,
  };
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

/** The function-classified table whose money a section speaks of. */
function functionTable(scope: Scope): TableKind | undefined {
  switch (scope) {
    case 'unit':
    case 'income':
    case 'expenditure':
      return 'expenditure';
    case 'fin':
      return 'appropriation';
    case 'gpb':
    case 'gpb-basic':
    case 'gpb-project':
      return 'gpb';
    case 'gfb':
      return 'gfb';
    case 'soc':
      return 'soc';
    default:
      return undefined;
  }
}

function codeNamespace(kind: TableKind): string {
  return kind === 'expenditure' ? 'exp' : kind;
}

/**
 * Where the section does not say whose money it speaks of, a function row is linked only when the
 * expenditure and gpb tables agree on it; when they differ the subject is ambiguous (unlinked).
 */
function unambiguous(ledger: Ledger, find: (kind: TableKind) => string | undefined): string | undefined {
  const keys = (['expenditure', 'gpb'] as TableKind[]).map(find).filter((k): k is string => k !== undefined);
  if (keys.length === 0) return undefined;
  const values = keys.map((k) => resolve(ledger, k)?.amount.value.toString());
  return values.every((v) => v !== undefined && v === values[0]) ? keys[0] : undefined;
}

/** A function row by its printed names （类）/（款）/（项）. */
function byHints(ledger: Ledger, hints: CodeHints, scope: Scope): string | undefined {
  if (scope === 'other') return unambiguous(ledger, (kind) => byHintsIn(ledger, hints, kind));
  // Only the table of the section's money: the gpb and expenditure tables hold different amounts.
  const kind = functionTable(scope);
  if (kind === 'appropriation') return byHintsIn(ledger, hints, kind) ?? (onlyGpb(ledger) ? byHintsIn(ledger, hints, 'gpb') : undefined);
  return kind ? byHintsIn(ledger, hints, kind) : undefined;
}

/** Whether all appropriated money is 一般公共预算 (no 政府性基金 or 国有资本经营 money). */
function onlyGpb(ledger: Ledger): boolean {
  return (['gfb', 'soc'] as TableKind[]).every((k) => {
    const f = total(ledger, k, 'total', k);
    return !f || f.amount.value.isZero();
  });
}

function byHintsIn(ledger: Ledger, hints: CodeHints, kind: TableKind): string | undefined {
  const t = ledger.tables.get(kind);
  if (!t) return undefined;
  const want: [string | undefined, number][] = [
    [hints.class, 3],
    [hints.section, 5],
    [hints.item, 7],
  ];
  const rows = indexOf(t).functionRows;
  let chosen: string | undefined;
  for (const [name, len] of want) {
    if (!name) continue;
    const key = labelKey(name);
    const classKey = `${key}支出`;
    // The one row of this level under the level chosen so far with this name.
    let hit: Row | undefined;
    for (const r of rows) {
      if (r.code!.length !== len || (chosen && !r.code!.startsWith(chosen))) continue;
      const rowName = labelKey(r.name);
      // "一般公共服务（类）支出": the class's name printed without its "支出".
      if (rowName !== key && !(len === 3 && rowName === classKey)) continue;
      if (hit) return undefined;
      hit = r;
    }
    // A class the table prints only the rows of ("一般公共服务支出（类）" over 项 rows only).
    const unprinted = !hit && len === 3 && !chosen ? functionClassByName(name) : undefined;
    if (unprinted && rowsUnder(t, unprinted).length > 0) {
      chosen = unprinted;
      continue;
    }
    // A 款 the table does not print (项 rows only): its 项 is found under the class.
    if (!hit && len === 5 && chosen && !rows.some((r) => r.code!.length === 5 && r.code!.startsWith(chosen!))) continue;
    if (!hit) return undefined;
    chosen = hit.code;
  }
  return chosen ? `${codeNamespace(t.kind)}:code:${chosen}` : undefined;
}

/** A function row by a printed code and name ("2010301行政运行"): both must match the row. */
function byCode(ledger: Ledger, code: string, name: string, scope: Scope): string | undefined {
  const find = (kind: TableKind) => {
    const t = ledger.tables.get(kind);
    const row = t ? codeRow(t, code) : undefined;
    if (!t || !row) return undefined;
    const key = labelKey(name);
    if (labelKey(row.name) !== key && !(code.length === 3 && labelKey(row.name) === `${key}支出`)) return undefined;
    return `${codeNamespace(t.kind)}:code:${code}`;
  };
  if (scope === 'other') return unambiguous(ledger, find);
  const kind = functionTable(scope);
  if (kind === 'appropriation') return find(kind) ?? (onlyGpb(ledger) ? find('gpb') : undefined);
  return kind ? find(kind) : undefined;
}

/** A function class/section/item by its exact name (no code hint). */
function byName(ledger: Ledger, name: string, scope: Scope): string | undefined {
  if (scope === 'other') return unambiguous(ledger, (kind) => byNameIn(ledger, name, kind));
  const kind = functionTable(scope);
  if (kind === 'appropriation') return byNameIn(ledger, name, kind) ?? (onlyGpb(ledger) ? byNameIn(ledger, name, 'gpb') : undefined);
  return kind ? byNameIn(ledger, name, kind) : undefined;
}

function byNameIn(ledger: Ledger, name: string, kind: TableKind): string | undefined {
  const t = ledger.tables.get(kind);
  if (!t) return undefined;
  const hits = indexOf(t).byName.get(labelKey(name));
  if (!hits) {
    const unprinted = functionClassByName(name);
    return unprinted && rowsUnder(t, unprinted).length > 0 ? `${codeNamespace(t.kind)}:code:${unprinted}` : undefined;
  }
  if (hits.length !== 1) return undefined;
  return `${codeNamespace(t.kind)}:code:${hits[0].code}`;
}

const INCOME_ITEMS: [RegExp, string][] = [
  [/^(上级)?一般公共预算(安排的?)?转移支付/, 'gpb-transfer'],
  [/单位资金(收入)?$/, 'unit-funds'],
  [/(?<!非)财政拨款结转(结余)?$/, 'fin-carry'],
  [/非财政拨款结(转)?(结)?余$/, 'nonfin-carry'],
  [/^政府性基金(预算)?(拨款|收入)?$/, 'gfb'],
  [/^国有资本经营(预算)?(拨款|收入)?$/, 'soc'],
  [/^财政专户(核拨|管理资金)?(收入)?$/, 'special'],
  [/^事业收入$/, 'business'],
  [/^事业单位经营收入$/, 'operating'],
  [/^上级补助收入$/, 'higher-subsidy'],
  [/^附属单位上缴收入$/, 'affiliated'],
  [/^其他收入$/, 'other-income'],
  [/^上年结转(结余)?$/, 'carry'],
];

export interface SubjectInput {
  subject: string;
  scope: Scope;
  hints: CodeHints;
  project?: string;
  projectScale?: boolean;
}

/**
 * A subject as the keys read it: without "本单位"; "一般公共财政预算" (the older name) as "一般公共预算";
 * without a trailing "预算数" ("公务接待费预算数") or "类科目" ("一般公共服务支出类科目").
 */
function subjectText(subject: string): string {
  const s = labelKey(subject).replace(/^(本单位|本部门)(?=.{2})/, '').replace(/公共财政预算/g, '公共预算');
  const bare = s.replace(/(预算数|预算金额|类?科目)$/, '');
  return bare.length >= 3 ? bare : s;
}

/** The semantic key a subject names, or undefined when it names no ledger figure. */
export function keyFor(ledger: Ledger, input: SubjectInput): string | undefined {
  const { scope, hints } = input;
  const s = subjectText(input.subject);
  if (input.projectScale && input.project) return `project:name:${labelKey(input.project)}`;
  if (hints.code) return byCode(ledger, hints.code, hints.codeName ?? '', scope);
  if (hints.class || hints.section || hints.item) return byHints(ledger, hints, scope);
  if (s === '') return undefined;
  const key = subjectKey(s, scope);
  // 财政拨款 projects are the 一般公共预算 table's where the unit has no 政府性基金 or 国有资本经营 money.
  if (key === 'fin-project' && onlyGpb(ledger)) return 'project:total';
  // (Where it has, some texts still mean the 一般公共预算 table's projects: see equivalents.)
  if (key === BY_NAME) return byName(ledger, s, scope) ?? projectByName(ledger, s);
  return key ?? projectByName(ledger, s);
}

/**
 * A project of the project table named in running text ("安排…云平台服务器项目资金50.00万元"): the one
 * project whose name is the subject, or ends with it (six characters at least), without "资金/经费".
 */
function projectByName(ledger: Ledger, subject: string): string | undefined {
  const t = ledger.tables.get('gpb-project');
  const s = subject.replace(/^安排/, '').replace(/(资金|经费|预算)$/, '');
  if (!t || s.length < 6 || !s.endsWith('项目')) return undefined;
  const names = new Set(t.rows.filter((r) => r.project).map((r) => labelKey(r.project!)));
  const hits = [...names].filter((n) => n === s || n.endsWith(s));
  return hits.length === 1 ? `project:name:${hits[0]}` : undefined;
}

/** A subject named by a function row's name: looked up in the tables. */
const BY_NAME = Symbol('by name');

const subjectKeys = new Map<string, string | undefined | typeof BY_NAME>();

/** The key a subject without code hints names, or BY_NAME. Memoised: the same subjects recur in every unit of a batch. */
function subjectKey(s: string, scope: Scope): string | undefined | typeof BY_NAME {
  const memo = `${scope} ${s}`;
  if (subjectKeys.has(memo)) return subjectKeys.get(memo);
  if (subjectKeys.size > 20_000) subjectKeys.clear();
  const key = readSubject(s, scope);
  subjectKeys.set(memo, key);
  return key;
}

function readSubject(s: string, scope: Scope): string | undefined | typeof BY_NAME {
  // "因公出国（境）费、公务用车购置费均为0万元": several subjects at once name no one figure.
  if (/、/.test(s)) return BY_NAME;
  // A part named after "三公经费中": the part, not the total.
  if (/三公/.test(s) && !/因公出国|公务用车|公务接待/.test(s)) return '3p:total';
  if (/三公/.test(s) && !/三公(经费)?(中|里|的|其中)?(因公出国|公务用车|公务接待)/.test(s)) return undefined;
  if (/因公出国/.test(s)) return '3p:abroad';
  if (/公务用车购置及运行(维护)?费/.test(s)) return '3p:vehicle';
  if (/公务用车购置费?$/.test(s)) return '3p:vehicle-purchase';
  if (/公务用车运行(维护)?费$/.test(s)) return '3p:vehicle-operation';
  if (/公务接待费$/.test(s)) return '3p:reception';
  // The subject is the 运行经费 itself, not something in it ("单位运行经费中的公务用车运行维护费").
  if (/(机关|单位)运行经费(财政拨款)?(预算|支出)?(数|总额)?$/.test(s)) return 'basic:public';
  if (/(机关|单位)运行经费/.test(s)) return undefined;
  if (/整体(预算)?绩效目标/.test(s)) return 'unit:total';
  if (/^(当年)?非财政拨款项目$/.test(s)) return 'nonfin-project';
  if (/^(当年)?一般公共预算(财政拨款|拨款)?项目$/.test(s)) return 'project:total';
  if (/^(当年)?财政拨款项目$/.test(s)) return 'fin-project';
  if (/财政拨款收支总预算|财政拨款(收支)?预算总(额|计)/.test(s)) return 'fin:total';
  // The whole unit's money: the subject is the total and nothing else ("政府采购预算总额" is not).
  const whole = s.replace(/^(本单位|本部门|部门|单位)/, '');
  if (/^(收支)?总预算$|^收支预算总(计|额)$|^预算总(额|计)$/.test(whole)) return 'unit:total';
  if (/^(本年)?收入(总)?预算(合计|总计|总额)?$|^(本年)?收入(合计|总计|总额)$/.test(whole)) return scope === 'fin' ? 'fin:total' : 'income:total';
  if (/^(本年)?支出(总)?预算(合计|总计|总额)?$|^(本年)?支出(合计|总计|总额)$/.test(whole)) return scope === 'fin' ? 'fin:total' : scope === 'gpb' ? 'gpb:total' : 'exp:total';
  if (/^财政拨款(收入|支出)?(预算)?(合计|总计|总额)?$/.test(whole) && /收入|支出|合计|总计|总额/.test(whole)) return 'fin:total';
  if (/^一般公共预算(财政拨款|当年拨款|拨款)?基本支出/.test(s)) return 'gpb:basic';
  if (/^一般公共预算(财政拨款|当年拨款|拨款)?项目支出/.test(s)) return 'gpb:project';
  if (/^一般公共预算(拨款|财政拨款|当年拨款)?(支出)?(合计|总计|总额)$/.test(s) || /^一般公共预算(财政拨款|当年拨款|拨款)?支出(预算)?$/.test(s)) return 'gpb:total';
  if (/^一般公共预算(拨款|收入|财政拨款|当年拨款)?(收入)?$/.test(s)) {
    if (scope === 'fin') return 'fin:gpb';
    if (scope === 'gpb' || scope === 'gpb-basic' || scope === 'gpb-project') return 'gpb:total';
    return 'income:gpb';
  }
  for (const [re, item] of INCOME_ITEMS) if (re.test(s)) return `income:${item}`;
  const gpbScope = scope === 'gpb' || scope === 'fin' || scope === 'gpb-basic' || scope === 'gpb-project';
  const unitScope = scope === 'unit' || scope === 'income' || scope === 'expenditure';
  if (/^基本支出(预算)?(数)?$/.test(s)) return gpbScope ? 'gpb:basic' : unitScope ? 'exp:basic' : undefined;
  if (/^项目支出(预算)?(数)?$/.test(s)) return gpbScope ? 'gpb:project' : unitScope ? 'exp:project' : undefined;
  // 人员经费 / 公用经费 of the economic table are appropriated money: only where the text speaks of it.
  if (/^(一般公共预算)?人员经费(预算)?$/.test(s)) return gpbScope ? 'basic:personnel' : undefined;
  if (/^(一般公共预算)?公用经费(预算)?$/.test(s)) return gpbScope ? 'basic:public' : undefined;
  return BY_NAME;
}

/** The key of a denominator named in a share phrase ("占一般公共预算支出的 X%"). */
export function denominatorKey(ledger: Ledger, phrase: string, scope: Scope): string | undefined {
  // "占部门支出预算的", "占本单位收入预算的": the unit's own budget, as "支出预算" is.
  const p = labelKey(phrase)
    .replace(/公共财政预算/g, '公共预算')
    .replace(/(的|总额|合计数?|总数)$/, '')
    .replace(/^(本部门|本单位|部门|单位(?=收入|支出|收支|预算))/, '');
  if (/^(支出总预算|总支出|本年支出(合计)?|支出(预算)?(合计|总计)?|全部支出)$/.test(p)) return scope === 'fin' ? 'fin:total' : 'exp:total';
  if (/^(收入总预算|总收入|本年收入(合计)?|收入(预算)?(合计|总计)?|全部收入)$/.test(p)) return scope === 'fin' ? 'fin:total' : 'income:total';
  if (/^(收支总预算|总预算)$/.test(p)) return 'unit:total';
  if (/^一般公共预算(财政拨款|当年拨款|拨款)?(支出|拨款)?(预算)?$/.test(p)) return 'gpb:total';
  if (/^财政拨款(支出|收支)?(预算)?$/.test(p)) return 'fin:total';
  // In a section on appropriated money, 基本支出/项目支出 are its own (the gpb table's), not the unit's.
  const gpbScope = scope === 'gpb' || scope === 'gpb-basic' || scope === 'gpb-project' || scope === 'fin';
  if (/^基本支出(预算)?$/.test(p)) return gpbScope ? 'gpb:basic' : 'exp:basic';
  if (/^项目支出(预算)?$/.test(p)) return gpbScope ? 'gpb:project' : 'exp:project';
  if (/^三公经费/.test(p)) return '3p:total';
  if (/^(一般公共预算)?基本支出/.test(p)) return 'gpb:basic';
  return keyFor(ledger, { subject: p.replace(/预算$/, ''), scope, hints: {} });
}

type ProjectCount = { count: number; rows: number; place: Place; file: string };

/** The number of projects in the project table (counted once per ledger). */
export const projectCount = perObject('project count', (ledger: Ledger): ProjectCount | undefined => countProjects(ledger));

function countProjects(ledger: Ledger): ProjectCount | undefined {
  const t = ledger.tables.get('gpb-project');
  if (!t) return undefined;
  const rows = t.rows.filter((r) => r.project && !r.isTotal);
  // A project funded from two function items prints one row under each: count projects, not rows.
  const names = new Set(rows.map((r) => labelKey(r.project ?? '')));
  return { count: names.size, rows: rows.length, place: { file: t.file, line: t.titleLine }, file: t.file };
}
