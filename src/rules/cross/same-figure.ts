import { figure } from '../../ledger/figures.js';
import { type Fund, type KeyedCell, FUND_NAMES, contains, describeFigure, fundMoney, keyIndex } from '../../ledger/keys.js';
import type { TableKind } from '../../ledger/model.js';
import { holdsExactly } from '../../ledger/rounding.js';
import { defineRule, type RuleId } from '../types.js';
import { compare } from './compare.js';

/** One end of a covered pair: the table, its funds, the columns the rule reads and whether only its 合计 row. */
export interface End {
  table: TableKind;
  funds: readonly Fund[];
  /** The column keys the rule looks up (figure(): "basic" or "basic/subtotal"; columnKey(): "gpb" or "fin/gpb"). */
  column: RegExp;
  /** Only the table's (or its side's) 合计/总计 row. */
  totalRow?: true;
}

/**
 * A pair of (table, key) that a specific cross-table rule compares already, with words of its own:
 * the generic rule leaves it to that rule. Both cells have one subject and part (they print one figure,
 * or nested ones). Declared here, from what each rule looks up, so that XT012 finds the same whatever
 * rules run.
 */
export interface Covered {
  rule: RuleId;
  ends: readonly [End, End];
  subject: RegExp;
  /** Each fund with itself only (XT003's 一般公共预算 item with the 一般公共预算 column, not with 政府性基金's). */
  sameFund?: true;
  /** Only in final accounts (决算) tables, where the rule compares other lines than in a budget. */
  final?: true;
}

/** The columns figure(table, row, key) reads as one cell. */
const fig = (...keys: string[]) => new RegExp(`^(${keys.join('|')})(/subtotal)?$`);
/** The column columnKey(table, key) finds. */
const col = (key: string) => new RegExp(`(^|/)${key}$`);
const exact = (...keys: string[]) => new RegExp(`^(${keys.join('|')})$`);

const FUND_TABLES = [
  ['gpb', 'gpb'],
  ['gfb', 'gfb'],
  ['soc', 'soc'],
] as const satisfies readonly (readonly [Fund, TableKind])[];

const FUNDS = ['gpb', 'gfb', 'soc'] as const;
/** The income items XT003 compares besides the funds and the carry-over (its ITEMS). */
const XT003_SOURCES = ['special', 'unit-funds', 'business', 'operating', 'higher-subsidy', 'affiliated', 'other-income'];

/** What XT001–XT011 compare (this year's figures only). */
export const COVERED: readonly Covered[] = [
  // XT001: the summary's 收入总计 and 支出总计 against the income and expenditure tables' totals; its classes (合计, 基本支出, 项目支出) against the expenditure table's.
  {
    rule: 'XT001',
    ends: [{ table: 'summary', funds: ['all'], column: fig('total'), totalRow: true }, { table: 'income', funds: ['all'], column: fig('total'), totalRow: true }],
    subject: /^in-total$/,
  },
  {
    rule: 'XT001',
    ends: [{ table: 'summary', funds: ['all'], column: fig('total'), totalRow: true }, { table: 'expenditure', funds: ['all'], column: fig('total'), totalRow: true }],
    subject: /^exp$/,
  },
  {
    rule: 'XT001',
    ends: [{ table: 'summary', funds: ['all'], column: /^(total(\/subtotal)?|basic|project)$/ }, { table: 'expenditure', funds: ['all'], column: fig('total', 'basic', 'project') }],
    subject: /^fn:\d{3}$/,
  },
  // XT001 in final accounts: the summary's 本年收入合计 and 本年支出合计 against the income and expenditure tables' totals.
  {
    rule: 'XT001',
    ends: [{ table: 'summary', funds: ['all'], column: fig('total') }, { table: 'income', funds: ['all'], column: fig('total'), totalRow: true }],
    subject: /^income$/,
    final: true,
  },
  {
    rule: 'XT001',
    ends: [{ table: 'summary', funds: ['all'], column: fig('total') }, { table: 'expenditure', funds: ['all'], column: fig('total'), totalRow: true }],
    subject: /^exp$/,
    final: true,
  },
  // XT004 in final accounts: the appropriation table's 本年支出合计 by fund against the fund tables' totals.
  ...FUND_TABLES.flatMap(([fund, table]): Covered[] => [
    { rule: 'XT004', ends: [{ table: 'appropriation', funds: [fund], column: exact(fund) }, { table, funds: [fund], column: fig('total'), totalRow: true }], subject: /^exp$/, final: true },
    { rule: 'XT004', ends: [{ table: 'appropriation', funds: ['fin'], column: fig('total') }, { table, funds: [fund], column: fig('total'), totalRow: true }], subject: /^exp$/, final: true },
  ]),
  // XT003: the summary's income items against the income table's column totals.
  ...[...FUNDS, ...XT003_SOURCES, 'fin-carry', 'nonfin-carry'].map(
    (item): Covered => ({
      rule: 'XT003',
      ends: [{ table: 'summary', funds: ['all', 'fin', 'nonfin', ...FUNDS], column: fig('total') }, { table: 'income', funds: ['all', 'fin', 'nonfin', ...FUNDS], column: col(item), totalRow: true }],
      subject: item.endsWith('carry') ? /^carry$/ : (FUNDS as readonly string[]).includes(item) ? /^income$/ : new RegExp(`^income:${item}$`),
      sameFund: true,
    }),
  ),
  // XT004: the appropriation table's fund income against the summary's; its fund columns by class and in 支出总计 against the fund tables; its 合计 against their totals.
  {
    rule: 'XT004',
    ends: [{ table: 'appropriation', funds: FUNDS, column: fig('total') }, { table: 'summary', funds: FUNDS, column: fig('total') }],
    subject: /^income$/,
    sameFund: true,
  },
  ...FUND_TABLES.flatMap(([fund, table]): Covered[] => [
    { rule: 'XT004', ends: [{ table: 'appropriation', funds: [fund], column: exact(fund) }, { table, funds: [fund], column: fig('total') }], subject: /^fn:\d{3}$/ },
    { rule: 'XT004', ends: [{ table: 'appropriation', funds: [fund], column: exact(fund), totalRow: true }, { table, funds: [fund], column: fig('total'), totalRow: true }], subject: /^exp$/ },
    { rule: 'XT004', ends: [{ table: 'appropriation', funds: ['fin'], column: fig('total'), totalRow: true }, { table, funds: [fund], column: fig('total'), totalRow: true }], subject: /^exp$/ },
  ]),
  // XT006: the general public budget table's 基本支出 total against the economic table's total.
  {
    rule: 'XT006',
    ends: [{ table: 'gpb', funds: ['gpb'], column: fig('basic'), totalRow: true }, { table: 'gpb-basic', funds: ['gpb'], column: fig('total'), totalRow: true }],
    subject: /^exp$/,
  },
  // XT007: its 项目支出 total against the project table's, and each 项's against the projects under it.
  {
    rule: 'XT007',
    ends: [{ table: 'gpb', funds: ['gpb'], column: fig('project') }, { table: 'gpb-project', funds: ['gpb'], column: fig('total') }],
    subject: /^(exp|fn:\d{7})$/,
  },
  // XT008: each row of the general public budget table against the expenditure table's (≤, or = when all money is 一般公共预算).
  {
    rule: 'XT008',
    ends: [{ table: 'gpb', funds: ['gpb'], column: fig('total', 'basic', 'project') }, { table: 'expenditure', funds: ['all'], column: fig('total', 'basic', 'project') }],
    subject: /^(exp|fn:\d+)$/,
  },
  // XT011: the carry-over table's totals against the summary's 上年结转结余 lines.
  {
    rule: 'XT011',
    ends: [{ table: 'carryover', funds: ['all', 'fin', 'nonfin'], column: exact('total', 'fin/subtotal', 'nonfin/subtotal'), totalRow: true }, { table: 'summary', funds: ['all', 'fin', 'nonfin'], column: fig('total') }],
    subject: /^carry$/,
    sameFund: true,
  },
];

function matches(end: End, c: KeyedCell): boolean {
  return end.funds.includes(c.key.fund) && end.column.test(c.column) && (!end.totalRow || c.row.isTotal);
}

/** The covered pairs by their two tables ("gpb expenditure"), both ways round. */
const coverByTables = new Map<string, { cover: Covered; flip: boolean }[]>();
for (const cover of COVERED) {
  for (const flip of [false, true]) {
    const [x, y] = flip ? [cover.ends[1], cover.ends[0]] : cover.ends;
    const k = `${x.table} ${y.table}`;
    coverByTables.set(k, [...(coverByTables.get(k) ?? []), { cover, flip }]);
  }
}

/** The rule that compares two keyed cells already, if one does. */
export function coveredBy(a: KeyedCell, b: KeyedCell): RuleId | undefined {
  if (a.key.period !== 'current' || a.key.subject !== b.key.subject || a.key.part !== b.key.part) return undefined;
  for (const { cover, flip } of coverByTables.get(`${a.table.kind} ${b.table.kind}`) ?? []) {
    if (cover.sameFund && a.key.fund !== b.key.fund) continue;
    if (cover.final && !(a.table.final && b.table.final)) continue;
    const [x, y] = flip ? [cover.ends[1], cover.ends[0]] : cover.ends;
    if (cover.subject.test(a.key.subject) && matches(x, a) && matches(y, b)) return cover.rule;
  }
  return undefined;
}

/** Which table's figure is the reference when two disagree: the detailed one; the restating one is reported. */
const DETAIL: readonly TableKind[] = ['gpb-basic', 'gpb-project', 'expenditure', 'gpb', 'gfb', 'soc', 'income', 'carryover', 'three-public', 'appropriation', 'summary'];

function byDetail(a: KeyedCell, b: KeyedCell): number {
  return DETAIL.indexOf(a.table.kind) - DETAIL.indexOf(b.table.kind) || a.cell.line - b.cell.line || (a.cell.column ?? 0) - (b.cell.column ?? 0);
}

class Components {
  private readonly up: number[];
  constructor(n: number) {
    this.up = Array.from({ length: n }, (_, i) => i);
  }
  find(i: number): number {
    while (this.up[i] !== i) i = this.up[i] = this.up[this.up[i]];
    return i;
  }
  join(i: number, j: number): void {
    this.up[this.find(i)] = this.find(j);
  }
}

export default defineRule({
  id: 'XT012',
  name: 'same-figure',
  severity: 'error',
  requires: [],
  doc: {
    what: 'A figure that two tables print (the same money, subject, part and year: the summary\'s 支出总计 人员经费 and the economic table\'s 合计 人员经费) agrees within rounding, and an all-money figure is at least the same figure of one fund, equal to it when all of the unit\'s money is of that fund; pairs that XT001–XT011 compare are left to them.',
    why: 'Each table is a view of one budget; a figure that two of them print differently means one of them was not updated, and no other identity may catch it (a summary that splits 基本支出 into 人员经费 and 公用经费 is compared with nothing else).',
    bad: '收支总表 支出总计 人员经费 294.49; 一般公共预算基本支出表 合计 人员经费 304.49 (all money 一般公共预算)',
    good: 'both 304.49',
  },
  messages: {
    same: '{figure} ({fund}) is printed twice: {stated} has {actual} {unit}, {other} has {expected} {unit} (difference {difference})',
    oneFund: '{figure} is one figure, since {why}, printed twice: {stated} ({fund}) has {actual} {unit}, {other} ({otherFund}) has {expected} {unit} (difference {difference})',
    ge: '{figure}: {stated} ({fund}) has {actual} {unit}, less than its {otherFund} part, which {other} prints as {expected} {unit}',
    le: '{figure}: {stated} ({fund}) has {actual} {unit}, more than the {otherFund} figure it is part of, which {other} prints as {expected} {unit}',
  },
  check(ctx) {
    const { ledger } = ctx;
    const money = fundMoney(ledger);
    const cls = (c: KeyedCell) => money.same[c.key.fund];
    for (const group of keyIndex(ledger).byFigure.values()) {
      if (!group.some((c) => c.table !== group[0].table)) continue;
      // Most figures printed twice hold exactly (the same money equal, a wider money at least as large):
      // nothing can be reported, decided on the printed integers before any pair is weighed.
      if (holdsEverywhere(group, cls)) continue;
      const cells = [...group].sort(byDetail);
      const parts = new Components(cells.length);
      for (let i = 0; i < cells.length; i++) {
        for (let j = i + 1; j < cells.length; j++) {
          if (cls(cells[i]) === cls(cells[j]) && (cells[i].table === cells[j].table || coveredBy(cells[i], cells[j]))) parts.join(i, j);
        }
      }
      const classes = new Map<Fund, number[]>();
      cells.forEach((c, i) => classes.set(cls(c), [...(classes.get(cls(c)) ?? []), i]));

      // One money: every figure of it equal, compared with the reference where no rule connects them.
      for (const members of classes.values()) {
        const reference = cells[members[0]];
        const seen = new Set([parts.find(members[0])]);
        for (const i of members) {
          const root = parts.find(i);
          if (seen.has(root)) continue;
          seen.add(root);
          const component = members.filter((j) => parts.find(j) === root).map((j) => cells[j]);
          const stated = component.find((c) => c.key.fund === reference.key.fund) ?? component[0];
          equal(stated, reference);
        }
      }

      // Nested money: the wider fund's figure at least the narrower's, once per pair of nearest funds.
      for (const [narrow, inner] of classes) {
        const candidates = [...classes].filter(([wide, outer]) => wide !== narrow && outer.some((a) => inner.some((b) => nests(cells[a], cells[b]))));
        for (const [wide, outer] of candidates) {
          if (candidates.some(([other]) => other !== wide && contains(wide, other))) continue;
          if (outer.some((a) => inner.some((b) => coveredBy(cells[a], cells[b])))) continue;
          // The nearest tables of the two: 表3 against 表5 (as XT008 pairs them) rather than against 表6.
          const pairs = outer.flatMap((a) => inner.filter((b) => nests(cells[a], cells[b])).map((b) => [cells[a], cells[b]] as const));
          const [whole, part] = pairs.reduce((best, p) => (distance(p) < distance(best) ? p : best));
          if (holdsExactly(whole.cell.amount, [part.cell], 'ge')) continue;
          if (byDetail(whole, part) > 0) compare(ctx, figureOf(whole), [figureOf(part)], 'ge', data(whole, part), 'ge');
          else compare(ctx, figureOf(part), [figureOf(whole)], 'le', data(part, whole), 'le');
        }
      }
    }

    function equal(stated: KeyedCell, reference: KeyedCell): void {
      // Most figures agree exactly: decided on the printed amounts before any figure is made.
      if (holdsExactly(stated.cell.amount, [reference.cell])) return;
      const d = data(stated, reference);
      if (stated.key.fund === reference.key.fund) compare(ctx, figureOf(stated), [figureOf(reference)], 'same', d);
      else {
        const narrow = contains(stated.key.fund, reference.key.fund) ? reference.key.fund : stated.key.fund;
        compare(ctx, figureOf(stated), [figureOf(reference)], 'oneFund', { ...d, why: money.why[narrow] ?? '' });
      }
    }
  },
});

/** Whether every pair of a group the rule would weigh holds exactly: one money's figures equal, a wider money's at least a narrower's. */
function holdsEverywhere(group: KeyedCell[], cls: (c: KeyedCell) => Fund): boolean {
  for (let i = 0; i < group.length; i++) {
    for (let j = 0; j < group.length; j++) {
      if (i === j) continue;
      const [a, b] = [group[i], group[j]];
      if (cls(a) === cls(b)) {
        if (j > i && !holdsExactly(a.cell.amount, [b.cell])) return false;
      } else if (contains(a.key.fund, b.key.fund) && !holdsExactly(a.cell.amount, [b.cell], 'ge')) return false;
    }
  }
  return true;
}

function distance([a, b]: readonly [KeyedCell, KeyedCell]): number {
  return Math.abs(DETAIL.indexOf(a.table.kind) - DETAIL.indexOf(b.table.kind));
}

function nests(whole: KeyedCell, part: KeyedCell): boolean {
  return whole.table !== part.table && contains(whole.key.fund, part.key.fund);
}

function figureOf(c: KeyedCell) {
  return figure(c.table, c.row, c.column);
}

function data(stated: KeyedCell, other: KeyedCell): Record<string, string> {
  return { figure: describeFigure(stated.key, stated.row), fund: FUND_NAMES[stated.key.fund], otherFund: FUND_NAMES[other.key.fund] };
}
