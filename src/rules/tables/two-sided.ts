/**
 * Shared reading of the two-sided tables (summary, appropriation). Each side is a list of top-level
 * entries ("一、" sections with the numbered items under them, numbered or unnumbered items, class
 * rows), subtotal rows (本年收入合计, 本年支出合计 …) over the entries above them, "其中" lines, and
 * the side's total. Both the sample's layout ("一、本年收入" over "1. … 5.") and the flat layout
 * ("一、… 八、", 本年收入合计, 上年结转, 收入总计) read the same way.
 */
import type { Row, Table } from '../../ledger/model.js';
import { labelKey } from '../../text.js';
import { perObject } from '../../memo.js';

export interface Entry {
  row: Row;
  /** Numbered items under a section (empty for a plain item). */
  items: Row[];
}

export interface SideTree {
  rows: Row[];
  total?: Row;
  /** Top-level entries in order (sections, items, class rows), subtotals excluded. */
  entries: Entry[];
  /** Subtotal rows with the entries they add up. */
  subtotals: { row: Row; parts: Row[] }[];
  /** Top-level entries after the last subtotal. */
  after: Row[];
  /** "其中" lines with the item they belong to. */
  subItems: { row: Row; parent: Row }[];
  /** Class rows (codes) of the expenditure side. */
  classes: Row[];
}

const SUBTOTAL = /合计$|^本年(收入|支出)$/;
const NUMBERING = /^(\d+[.、．]|[一二三四五六七八九十]+、)/;

function isSubtotal(row: Row): boolean {
  return !row.isTotal && row.depth !== 0 && !row.code && SUBTOTAL.test(labelKey(row.name).replace(NUMBERING, ''));
}

const trees = perObject('side trees', (): Partial<Record<'income' | 'expenditure', SideTree>> => ({}));

/** The reading of one side of a two-sided table (worked out once per table and side; do not modify it). */
export function sideTree(table: Table, side: 'income' | 'expenditure'): SideTree {
  return (trees(table)[side] ??= readSide(table, side));
}

function readSide(table: Table, side: 'income' | 'expenditure'): SideTree {
  const rows = table.rows.filter((r) => r.side === side);
  const tree: SideTree = { rows, total: rows.find((r) => r.isTotal), entries: [], subtotals: [], after: [], subItems: [], classes: [] };
  let section: Entry | undefined;
  let item: Row | undefined;
  let since: Row[] = [];
  for (const row of rows) {
    if (row.isTotal || (row.name === '' && !row.code)) continue;
    if (isSubtotal(row)) {
      tree.subtotals.push({ row, parts: since });
      since = [];
      section = undefined;
      item = undefined;
      continue;
    }
    if (row.code) {
      if (row.level !== 'class') continue;
      tree.classes.push(row);
      // class rows under "一、本年支出" belong to that section
      if (section && section.row.item === 'current-exp') section.items.push(row);
      else {
        tree.entries.push({ row, items: [] });
        since.push(row);
      }
      continue;
    }
    if (row.depth === 0) {
      section = { row, items: [] };
      tree.entries.push(section);
      since.push(row);
      item = row;
    } else if (row.depth === 2) {
      const parent = item ?? section?.row;
      if (parent) tree.subItems.push({ row, parent });
    } else if (section) {
      section.items.push(row);
      item = row;
    } else {
      tree.entries.push({ row, items: [] });
      since.push(row);
      item = row;
    }
  }
  tree.after = since;
  return tree;
}

/** The rows that the side's total is the sum of. */
export function totalParts(tree: SideTree): Row[] {
  if (tree.subtotals.length > 0) return [...tree.subtotals.map((s) => s.row), ...tree.after];
  return tree.entries.map((e) => e.row);
}

export const TWO_SIDED = ['summary', 'appropriation'] as const;
