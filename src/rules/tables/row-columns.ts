import type { Column, Row } from '../../ledger/model.js';
import { rowLabel } from '../../ledger/queries.js';
import { term } from '../helpers.js';
import { ExactSum } from '../../ledger/rounding.js';
import { defineRule } from '../types.js';

/** Columns that are not parts of the row's total: 其中 columns, prior-year and change columns. */
const NOT_ADDITIVE = /其中|上年|增减|比上年|同比|%|百分比|备注|说明/;
/**
 * Prior-year and change columns; in final accounts (决算) the budget printed beside what was spent (预算数,
 * 调整预算数) and a fund table's 年初结转和结余, 本年收入 and 年末结转和结余: none is a part of the row's 合计.
 */
const PRIOR_OR_CHANGE = /(^|\/)(prior|change|budget|adjusted|opening|revenue|closing)/;

interface Node {
  seg: string;
  column?: Column;
  children: Node[];
}

/** The header tree of a row's amount columns (one side of a two-sided table). */
function tree(columns: Column[]): Node {
  const root: Node = { seg: '', children: [] };
  for (const col of columns) {
    if (col.role !== 'amount' || NOT_ADDITIVE.test(col.label) || PRIOR_OR_CHANGE.test(col.key) || col.key.includes('~')) continue;
    let node = root;
    for (const seg of col.key.split('/')) {
      let next = node.children.find((c) => c.seg === seg);
      if (!next) node.children.push((next = { seg, children: [] }));
      node = next;
    }
    node.column = col;
  }
  return root;
}

const SUBTOTAL = new Set(['subtotal', 'total']);

/** Adds the columns that stand for a node's value: its own column, else its subtotal column, else its children. */
function addValueColumns(node: Node, out: Column[]): void {
  if (node.column) {
    out.push(node.column);
    return;
  }
  const sub = node.children.find((c) => SUBTOTAL.has(c.seg) && c.column);
  if (sub) addValueColumns(sub, out);
  else for (const c of node.children) addValueColumns(c, out);
}

export default defineRule({
  id: 'TBL003',
  name: 'row-columns',
  severity: 'error',
  requires: [],
  doc: {
    what: 'Within a row, a total column equals the sum of the columns it stands for: 合计 = 基本支出 + 项目支出, 总计 = the income sources, 财政拨款小计 = its funds, 合计 = 人员经费 + 公用经费, a project = its economic classes, 合计 = 一般公共预算 + 政府性基金 + 国有资本经营.',
    why: 'A row whose total is not the sum of its columns misstates either the total or how the money is split by source or purpose.',
    bad: '2010350 事业运行: 合计 403.88, 基本支出 271.89, 项目支出 113.99',
    good: '2010350 事业运行: 合计 403.88 = 基本支出 271.89 + 项目支出 131.99',
  },
  messages: {
    sum: '{row}: {column} is {actual} {unit}, but {parts} add up to {expected} {unit} (difference {difference})',
  },
  check(ctx) {
    for (const table of ctx.ledger.tables.values()) {
      const sides = table.kind === 'summary' || table.kind === 'appropriation' ? (['income', 'expenditure'] as const) : [undefined];
      sides.forEach((side, s) => {
        const names = table.columns.filter((c) => c.role === 'name');
        const lo = side ? names[s]?.index ?? Infinity : -1;
        const hi = side ? names[s + 1]?.index ?? Infinity : Infinity;
        const root = tree(table.columns.filter((c) => c.index > lo && c.index < hi));
        // The groups with a total column and parts, worked out once per side.
        const groups: { total: Column; parts: Column[]; nodes: Node[] }[] = [];
        const walk = (n: Node) => {
          const totalNode = n.children.find((c) => SUBTOTAL.has(c.seg) && c.column);
          const parts = n.children.filter((c) => c !== totalNode);
          if (totalNode?.column && parts.length > 0) {
            const columns: Column[] = [];
            for (const p of parts) addValueColumns(p, columns);
            groups.push({ total: totalNode.column, parts: columns, nodes: parts });
          }
          n.children.forEach(walk);
        };
        walk(root);
        if (groups.length === 0) return;
        for (const row of table.rows) {
          if (row.side !== side) continue;
          for (const group of groups) {
            const stated = row.cells.get(group.total.key);
            if (!stated?.amount) continue;
            // Most rows add up exactly: decided before any term is made.
            const sum = new ExactSum();
            let complete = true;
            for (const col of group.parts) {
              const amount = row.cells.get(col.key)?.amount;
              if (!amount) {
                complete = false; // a missing or malformed part (reported on its own)
                break;
              }
              sum.add(amount);
            }
            if (!complete || sum.holds(stated.amount)) continue;
            ctx.checkSum({
              stated: stated.amount,
              place: { file: stated.file, line: stated.line, column: stated.column },
              terms: group.parts.map((col) => term(row, col.key, col.label)!),
              messageId: 'sum',
              data: () => ({ row: rowLabel(row), column: group.total.label, parts: group.nodes.map((p) => p.column?.label ?? p.seg).join(' + ') }),
            });
          }
        }
      });
    }
  },
});
