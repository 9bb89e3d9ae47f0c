import type { Row } from '../../ledger/model.js';
import { amountColumns, place, rowLabel } from '../../ledger/queries.js';
import { term } from '../helpers.js';
import { defineRule, type Term } from '../types.js';

/** The cells of an item printed as columns in final accounts. */
const MEASURES: Record<string, string> = { budget: '预算数', adjusted: '调整预算数', total: '决算数' };

export default defineRule({
  id: 'TBL007',
  name: 'three-public-sum',
  severity: 'error',
  requires: ['three-public'],
  doc: {
    what: '"三公"经费: 合计 = 因公出国（境）费 + 公务用车购置及运行费 + 公务接待费, and 公务用车购置及运行费 = 购置费 + 运行费, in every column (in final accounts in its 预算数 and in its 决算数).',
    why: 'The "三公" total is the figure the public watches; it must be the sum of its three parts.',
    bad: '合计 4.40 with 因公出国（境）费 0, 公务用车购置及运行费 4.00, 公务接待费 0.60',
    good: '合计 4.40 = 0 + 4.00 + 0.40',
  },
  messages: {
    sum: '{row} ({column}) is {actual} {unit}, but {parts} add up to {expected} {unit} (difference {difference})',
  },
  check(ctx) {
    const table = ctx.ledger.tables.get('three-public')!;
    const item = (id: string) => table.rows.find((r) => r.item === id);
    const vehicle = item('vehicle');
    const vehicleParts = [item('vehicle-purchase'), item('vehicle-operation')].filter((r): r is Row => !!r);
    const totalParts = [item('abroad'), ...(vehicle ? [vehicle] : vehicleParts), item('reception')].filter((r): r is Row => !!r);
    // Every column; in final accounts an item printed as columns has its 预算数 and 决算数 cells ("budget", "total").
    const keys = [...amountColumns(table)];
    for (const r of table.rows) for (const k of r.cells.keys()) if (!keys.includes(k)) keys.push(k);
    const check = (row: Row | undefined, parts: Row[]) => {
      if (!row || parts.length === 0) return;
      for (const key of keys) {
        const stated = row.cells.get(key);
        if (!stated?.amount) continue;
        const terms = parts.map((p) => term(p, key) ?? (p.cells.has(key) ? null : undefined));
        if (terms.some((t) => t === null)) continue;
        const present = terms.filter((t): t is Term => !!t);
        if (present.length === 0) continue;
        ctx.checkSum({
          stated: stated.amount,
          place: place(stated),
          terms: present,
          messageId: 'sum',
          data: { row: rowLabel(row), column: table.columns.find((c) => c.key === key)?.label ?? MEASURES[key] ?? key, parts: parts.map((p) => p.name).join(' + ') },
        });
      }
    };
    check(item('total'), totalParts);
    check(vehicle, vehicleParts);
  },
});
