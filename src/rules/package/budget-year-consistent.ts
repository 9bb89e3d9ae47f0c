import { defineRule } from '../types.js';
import { isFinal } from '../../ledger/model.js';

export default defineRule({
  id: 'CP003',
  name: 'budget-year-consistent',
  severity: 'error',
  requires: [],
  doc: {
    what: 'Every table that prints a year prints the same budget year, and the narrative is about that year.',
    why: 'A table of another year was copied into the package; its figures are not this budget\'s.',
    bad: '2023年一般公共预算支出情况表 in a 2024 package',
    good: '2024年 in every title',
  },
  messages: {
    table: '{file} is titled for {year}, the package is for {expected}',
    narrative: 'the narrative is about the {year} budget, the tables are for {expected}',
  },
  check(ctx) {
    const year = ctx.ledger.year;
    if (!year) return;
    for (const table of ctx.ledger.tables.values()) {
      if (table.year && table.year !== year) {
        ctx.report({ messageId: 'table', place: { file: table.file, line: table.titleLine }, data: { file: table.file, year: table.year }, expected: String(year), actual: String(table.year) });
      }
    }
    const narrative = ctx.ledger.narrative;
    if (!narrative) return;
    // Final accounts: "2024年度单位决算情况说明", "2024年度部门决算".
    const m = (isFinal(ctx.ledger) ? /(\d{4})\s*年\s*度?\s*(?:单位|部门)?决算(?:情况)?说明|(\d{4})\s*年\s*度?\s*(?:单位|部门)决算/ : /(\d{4})\s*年\s*(?:单位|部门)?预算(?:情况)?说明|(\d{4})\s*年\s*(?:单位|部门)预算/).exec(narrative.text);
    const stated = m ? Number(m[1] ?? m[2]) : undefined;
    if (stated && stated !== year && [...ctx.ledger.tables.values()].some((t) => t.year)) {
      const line = narrative.text.slice(0, m!.index).split('\n').length;
      ctx.report({ messageId: 'narrative', place: { file: narrative.file, line }, data: { year: stated }, expected: String(year), actual: String(stated) });
    }
  },
});
