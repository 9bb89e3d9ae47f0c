import { isEmptyTable, tableName } from '../../ledger/queries.js';
import { defineRule } from '../types.js';

export default defineRule({
  id: 'TBL015',
  name: 'empty-note-with-figures',
  severity: 'warning',
  requires: [],
  doc: {
    what: 'A note says the table is empty (空表) but the table prints figures.',
    why: 'Either the note was copied from last year or the figures do not belong here; the reader is told two different things.',
    bad: '三公 table with 4.40 in 合计 and "注：本单位无三公经费，故本表为空表"',
    good: 'the note removed, or the figures removed',
  },
  messages: {
    contradiction: '{table} has figures, but its note says it is empty: "{note}"',
  },
  check(ctx) {
    for (const table of ctx.ledger.tables.values()) {
      if (isEmptyTable(table)) continue;
      const note = table.notes.find((n) => /空表/.test(n.text));
      if (note) ctx.report({ messageId: 'contradiction', place: note, data: { table: tableName(table), note: note.text.slice(0, 60) } });
    }
  },
});
