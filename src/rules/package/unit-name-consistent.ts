import { squeeze } from '../../text.js';
import { defineRule } from '../types.js';

/** Whether the text names the unit, white space and page numbers ("-3-") aside. */
function namesUnit(text: string, name: string): boolean {
  const wanted = squeeze(name);
  // The usual case, without squeezing the whole text: a name printed as is, without "-" and not all
  // digits, cannot be split by removed white space or page numbers.
  if (!wanted.includes('-') && /\D/.test(wanted) && text.includes(wanted)) return true;
  return squeeze(text).replace(/-\d+-/g, '').includes(wanted);
}

export default defineRule({
  id: 'CP002',
  name: 'unit-name-consistent',
  severity: 'error',
  requires: [],
  doc: {
    what: 'Every table names the same 编制单位/编制部门, and the narrative names it too.',
    why: 'A table with another unit\'s name was copied from another package: its figures belong to someone else.',
    bad: '表5 编制单位：克州财政局 in a package of 克州政务服务和公共资源交易中心',
    good: 'the same name in every table',
  },
  messages: {
    table: '{file} names the unit "{name}", the other tables "{expected}"',
    narrative: 'the narrative does not name the unit "{expected}"',
  },
  check(ctx) {
    const name = ctx.ledger.unitName;
    if (!name) return;
    for (const table of ctx.ledger.tables.values()) {
      if (table.unitName && squeeze(table.unitName) !== squeeze(name)) {
        ctx.report({ messageId: 'table', place: table.unitNamePlace ?? { file: table.file, line: table.titleLine }, data: { file: table.file, name: table.unitName }, expected: name, actual: table.unitName });
      }
    }
    const narrative = ctx.ledger.narrative;
    if (narrative && !namesUnit(narrative.text, name)) {
      ctx.report({ messageId: 'narrative', severity: 'warning', place: { file: narrative.file, line: 1 }, expected: name });
    }
  },
});
