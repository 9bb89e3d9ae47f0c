import { defineRule } from '../types.js';

export default defineRule({
  id: 'CP005',
  name: 'unrecognised-file',
  severity: 'note',
  requires: [],
  doc: {
    what: 'A CSV file (or a workbook\'s sheet) of the unit holds no table the checks know (no known title in its first rows, or a table such as 政府采购预算表 that no rule reads).',
    why: 'The file was read but not checked: a reader should know, and a core table with an unusual title shows up here (and as a missing table).',
    bad: 'Sheet12.csv with a list of names; 政府采购预算表.csv',
    good: 'the package\'s tables only, each with its title in one of its first rows',
  },
  messages: {
    skipped: '{file}: {reason}',
  },
  check(ctx) {
    for (const f of ctx.ledger.files) {
      if (f.kind !== null || !f.skipped || !f.encoding) continue; // unreadable files are input problems, not notes
      const name = f.sheet !== undefined ? `${f.file} sheet "${f.sheet}"` : f.page !== undefined ? `${f.file} page ${f.page}` : f.file;
      ctx.report({ messageId: 'skipped', place: { file: f.file, line: f.line ?? 1 }, data: { file: name, reason: f.skipped } });
    }
  },
});
