import { place, rowLabel } from '../../ledger/queries.js';
import { term } from '../helpers.js';
import { defineRule } from '../types.js';
import { TWO_SIDED, sideTree } from './two-sided.js';

export default defineRule({
  id: 'TBL004',
  name: 'two-sided-balance',
  severity: 'error',
  requires: [],
  doc: {
    what: 'In the two-sided tables (收支总表, 财政拨款收支总表) 收入总计 equals 支出总计.',
    why: 'A budget balances: what the unit spends is what it receives. An unbalanced table means a side is misstated.',
    bad: '收 入 总 计 617.53 | 支 出 总 计 671.53',
    good: '收 入 总 计 617.53 | 支 出 总 计 617.53',
  },
  messages: {
    balance: '{table}: 收入总计 is {expected} {unit} but 支出总计 is {actual} {unit} (difference {difference})',
  },
  check(ctx) {
    for (const kind of TWO_SIDED) {
      const table = ctx.ledger.tables.get(kind);
      if (!table) continue;
      const income = sideTree(table, 'income').total;
      const spending = sideTree(table, 'expenditure').total;
      const incomeTerm = income && term(income, 'total');
      const stated = spending?.cells.get('total');
      if (!incomeTerm || !stated?.amount) continue;
      ctx.checkSum({ stated: stated.amount, place: place(stated), terms: [incomeTerm], messageId: 'balance', data: { table: table.title, row: rowLabel(spending!) } });
    }
  },
});
