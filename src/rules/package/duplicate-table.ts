import { kindName } from '../../ledger/model.js';
import { defineRule } from '../types.js';

export default defineRule({
  id: 'CP004',
  name: 'duplicate-table',
  severity: 'error',
  requires: [],
  doc: {
    what: 'Two files of one unit hold the same table.',
    why: 'Only one of them can be the approved table; the checks use the first, and the other may be a stale or foreign copy.',
    bad: '表5-一般公共预算支出情况表.csv and 表5(修改).csv, both 一般公共预算支出情况表',
    good: 'one file per table',
  },
  messages: {
    duplicate: '{file} holds the {table} again; it was checked from {first}',
  },
  check(ctx) {
    for (const table of ctx.ledger.duplicates) {
      const first = ctx.ledger.tables.get(table.kind)!;
      ctx.report({ messageId: 'duplicate', place: { file: table.file, line: table.titleLine }, data: { file: table.file, table: kindName(table.kind, ctx.ledger), first: first.file } });
    }
  },
});
