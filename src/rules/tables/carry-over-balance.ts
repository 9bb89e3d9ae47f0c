import type { Row, Table } from '../../ledger/model.js';
import { place, rowLabel, totalRow } from '../../ledger/queries.js';
import { term } from '../helpers.js';
import { defineRule, type Term } from '../types.js';

/** A two-sided table's unnumbered line of an item (本年收入合计, 年初结转和结余 …) on one side. */
function line(table: Table, side: Row['side'], item: string): Row | undefined {
  return table.rows.find((r) => r.side === side && !r.code && r.item === item);
}

function minus(t: Term | null): Term | null {
  return t && { ...t, sign: -1 };
}

/** The fund lines of the appropriation table's income side: this year's ("一、一般公共预算财政拨款") and those under 年初 (其中 lines). */
function fundLine(table: Table, fund: string, carried: boolean): Row | undefined {
  return table.rows.find((r) => r.side === 'income' && !r.code && r.item === fund && (r.depth === 2) === carried);
}

export default defineRule({
  id: 'TBL018',
  name: 'carry-over-balance',
  severity: 'error',
  kinds: ['final'],
  requires: [],
  doc: {
    what: 'Final accounts: 年初结转和结余 + 本年收入 (+ 使用非财政拨款结余) = 本年支出 (+ 结余分配) + 年末结转和结余, in the 收入支出决算总表, in each fund\'s column of the 财政拨款收入支出决算总表, and in every row of the fund tables that print the four columns (一般公共预算, 政府性基金, 国有资本经营).',
    why: 'What is left at the year\'s end is what was there at its start, plus what came in, less what was spent: a carry-over that breaks the identity misstates either the year\'s money or next year\'s opening balance.',
    bad: '2080505 年初结转和结余 0, 本年收入 54.62, 本年支出 54.62, 年末结转和结余 5.46',
    good: '0 + 54.62 − 54.62 = 0.00 年末结转和结余',
  },
  messages: {
    summary: '{table}: 年末结转和结余 is {actual} {unit}, but 年初结转和结余 + 本年收入 − 本年支出 (with 使用非财政拨款结余 and 结余分配) is {expected} {unit} (difference {difference})',
    fund: '{table}, {fund}: 年末结转和结余 is {actual} {unit}, but 年初结转和结余 + 本年收入 − 本年支出 is {expected} {unit} (difference {difference})',
    row: '{table}: {row}: 年末结转和结余 is {actual} {unit}, but 年初结转和结余 + 本年收入 − 本年支出 is {expected} {unit} (difference {difference})',
  },
  check(ctx) {
    const { ledger } = ctx;
    const summary = ledger.tables.get('summary');
    if (summary) {
      const closing = line(summary, 'expenditure', 'carry-next')?.cells.get('total');
      const opening = line(summary, 'income', 'carry');
      const income = line(summary, 'income', 'current');
      const spent = line(summary, 'expenditure', 'current-exp');
      const optional = [line(summary, 'income', 'nonfin-use'), line(summary, 'expenditure', 'distribution')];
      if (closing?.amount && opening && income && spent) {
        const terms = [term(opening, 'total'), term(income, 'total'), minus(term(spent, 'total'))];
        if (optional[0]) terms.push(term(optional[0], 'total'));
        if (optional[1]) terms.push(minus(term(optional[1], 'total')));
        if (terms.every((t) => t !== null)) ctx.checkSum({ stated: closing.amount, place: place(closing), terms: terms as Term[], messageId: 'summary', data: { table: summary.title } });
      }
    }
    const appr = ledger.tables.get('appropriation');
    if (appr) {
      const spent = line(appr, 'expenditure', 'current-exp');
      const closingRow = line(appr, 'expenditure', 'carry-next');
      const openingRow = line(appr, 'income', 'fin-carry') ?? line(appr, 'income', 'carry');
      const income = line(appr, 'income', 'current');
      const funds: [string, Row | undefined, Row | undefined][] = [['total', openingRow, income]];
      for (const f of ['gpb', 'gfb', 'soc']) funds.push([f, fundLine(appr, f, true), fundLine(appr, f, false)]);
      for (const [fund, opening, incomeRow] of funds) {
        const closing = closingRow?.cells.get(fund);
        if (!closing?.amount || !opening || !incomeRow || !spent?.cells.has(fund)) continue;
        const terms = [term(opening, 'total'), term(incomeRow, 'total'), minus(term(spent, fund))];
        if (terms.some((t) => t === null)) continue;
        // The column the closing figure stands in: both sides' amount columns may be keyed "total" (收入/金额, 支出/合计).
        const column = appr.columns.find((c) => c.index === (closing.column ?? 0) - 1);
        ctx.checkSum({ stated: closing.amount, place: place(closing), terms: terms as Term[], messageId: 'fund', data: { table: appr.title, fund: column?.label ?? fund } });
      }
    }
    for (const kind of ['gpb', 'gfb', 'soc'] as const) {
      const table = ledger.tables.get(kind);
      if (!table) continue;
      const keys = table.columns.filter((c) => c.role === 'amount').map((c) => c.key);
      const opening = keys.find((k) => k === 'opening');
      const revenue = keys.find((k) => k === 'revenue');
      const closing = keys.find((k) => k === 'closing');
      const spent = ['total', 'total/subtotal'].find((k) => keys.includes(k));
      if (!opening || !revenue || !closing || !spent) continue;
      const rows = [...table.rows.filter((r) => r.code && !r.project), totalRow(table)].filter((r): r is Row => r !== undefined);
      for (const row of rows) {
        const stated = row.cells.get(closing);
        const terms = [term(row, opening, '年初结转和结余'), term(row, revenue, '本年收入'), minus(term(row, spent, '本年支出'))];
        if (!stated?.amount || terms.some((t) => t === null)) continue;
        ctx.checkSum({ stated: stated.amount, place: place(stated), terms: terms as Term[], messageId: 'row', data: { table: table.title, row: rowLabel(row) } });
      }
    }
  },
});
