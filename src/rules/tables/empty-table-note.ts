import { isEmptyTable, tableName } from '../../ledger/queries.js';
import type { TableKind } from '../../ledger/model.js';
import { defineRule } from '../types.js';

export const EMPTY_NOTE = /空表|没有.{0,30}(支出|收入|预算|经费|安排)|无.{0,20}(支出|收入|预算|安排)|未安排/;

/** What the narrative calls each table when it says the table is empty. */
const SUBJECT: Partial<Record<TableKind, RegExp>> = {
  gfb: /政府性基金/,
  soc: /国有资本经营/,
  carryover: /结转结余/,
  'three-public': /三公/,
  'gpb-project': /项目支出/,
};

/** Where a sentence ends. */
const SENTENCE_END = /[。;；!！?？]/;

/**
 * Whether the narrative says that this table is empty: the table's subject in the 60 characters before
 * "空表" ("…政府性基金预算支出情况表为空表", "本单位无政府性基金预算，故本表为空表"), or anywhere in the
 * sentence that says so ("以下表格为空表：政府性基金预算支出情况表、…").
 */
export function narrativeSaysEmpty(text: string | undefined, kind: TableKind): boolean {
  const subject = SUBJECT[kind];
  if (!text || !subject) return false;
  const flat = text.replace(/\s+/g, '');
  for (const m of flat.matchAll(/空表/g)) {
    if (subject.test(flat.slice(Math.max(0, m.index! - 60), m.index))) return true;
    let from = m.index!;
    while (from > 0 && !SENTENCE_END.test(flat[from - 1])) from--;
    let to = m.index! + 2;
    while (to < flat.length && !SENTENCE_END.test(flat[to])) to++;
    if (subject.test(flat.slice(from, to))) return true;
  }
  return false;
}

export default defineRule({
  id: 'TBL014',
  name: 'empty-table-note',
  severity: 'error',
  requires: [],
  doc: {
    what: 'A table that prints no figure carries a note saying why it is empty (空表说明), in the table or in the narrative.',
    why: 'Disclosure rules require every table, empty or not, with a note on an empty one; without it a reader cannot tell "nothing budgeted" from "table left blank".',
    bad: '政府性基金预算支出情况表 with only its header and an empty 合计 row',
    good: 'the same table with "备注：本单位2024年没有使用政府性基金预算拨款安排的支出，本表为空表。"',
  },
  messages: {
    missing: '{table} prints no figure and has no note saying that it is empty (空表说明)',
  },
  check(ctx) {
    for (const table of ctx.ledger.tables.values()) {
      if (!isEmptyTable(table)) continue;
      if (table.notes.some((n) => EMPTY_NOTE.test(n.text))) continue;
      if (narrativeSaysEmpty(ctx.ledger.narrative?.text, table.kind)) continue;
      const last = table.rows[table.rows.length - 1];
      ctx.report({ messageId: 'missing', place: { file: table.file, line: last?.line ?? table.titleLine }, data: { table: tableName(table) } });
    }
  },
});
