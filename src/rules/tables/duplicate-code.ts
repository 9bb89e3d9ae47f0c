import type { Row } from '../../ledger/model.js';
import { codedRows, rowLabel } from '../../ledger/queries.js';
import { defineRule } from '../types.js';

const CLASSIFIED = ['income', 'expenditure', 'gpb', 'gpb-basic', 'gpb-project', 'gfb', 'soc'] as const;

export default defineRule({
  id: 'TBL012',
  name: 'duplicate-code',
  severity: 'error',
  requires: [],
  doc: {
    what: 'The same classification code on two subject rows of one table (the project rows of the project table excepted).',
    why: 'A subject printed twice is counted twice in its class, or one of the two rows carries the wrong code.',
    bad: '2010301 行政运行 13.38 on line 8 and again on line 11',
    good: 'each code once',
  },
  messages: {
    duplicate: '{row} is printed again; it was first printed on line {first}',
  },
  check(ctx) {
    for (const kind of CLASSIFIED) {
      const table = ctx.ledger.tables.get(kind);
      if (!table) continue;
      const seen = new Map<string, Row>();
      for (const row of codedRows(table).filter((r) => !r.project)) {
        const first = seen.get(row.code!);
        if (!first) {
          seen.set(row.code!, row);
          continue;
        }
        ctx.report({ messageId: 'duplicate', place: row.codePlace ?? row, data: { row: rowLabel(row), first: first.line } });
      }
    }
  },
});
