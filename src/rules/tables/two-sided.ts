/** Shared reading of the two-sided tables (summary, appropriation): sections, items and 其中 lines. */
import type { Row, Table } from '../../model.js';

export interface SideTree {
  rows: Row[];
  total?: Row;
  /** "一、" sections with the numbered items under them. */
  sections: { row: Row; items: Row[] }[];
  /** Numbered items outside any section. */
  loose: Row[];
  /** "其中" lines with the item they belong to. */
  subItems: { row: Row; parent: Row }[];
  /** Class rows (codes) of the expenditure side. */
  classes: Row[];
}

export function sideTree(table: Table, side: 'income' | 'expenditure'): SideTree {
  const rows = table.rows.filter((r) => r.side === side);
  const tree: SideTree = { rows, total: rows.find((r) => r.isTotal), sections: [], loose: [], subItems: [], classes: [] };
  let section: { row: Row; items: Row[] } | undefined;
  let item: Row | undefined;
  for (const row of rows) {
    if (row.isTotal) continue;
    if (row.code) {
      if (row.level === 'class') tree.classes.push(row);
      continue;
    }
    if (row.name === '') continue;
    if (row.depth === 0) {
      section = { row, items: [] };
      tree.sections.push(section);
      item = undefined;
    } else if (row.depth === 2) {
      const parent = item ?? section?.row;
      if (parent) tree.subItems.push({ row, parent });
    } else {
      (section ? section.items : tree.loose).push(row);
      item = row;
    }
  }
  return tree;
}

export const TWO_SIDED = ['summary', 'appropriation'] as const;
