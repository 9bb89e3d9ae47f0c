import { defineRule } from '../types.js';
import { CODED_TABLES as CODED, type Table } from '../../ledger/model.js';

/** The digit an economic table's codes begin with, as its message names it: 5 when more than half of them do (政府预算经济分类), else 3. */
function economicDigit(table: Table): '3' | '5' {
  const codes = table.rows.filter((r) => r.code);
  return codes.filter((r) => r.code!.startsWith('5')).length * 2 > codes.length ? '5' : '3';
}

export default defineRule({
  id: 'TBL010',
  name: 'code-format',
  severity: 'error',
  requires: [],
  doc: {
    what: 'A classification code has 3 digits for 类, 2 for 款 and 2 for 项; function codes begin with 2, economic codes with 3 (5 in a table by 政府预算经济分类).',
    why: 'A malformed code cannot be placed in the classification, so its row cannot be checked against its class or other tables.',
    bad: '20103 01 printed as "2010 301"; an economic code 2010301 in the economic table',
    good: '201 03 01 (or 2010301)',
  },
  messages: {
    format: '{problem}',
    classification: 'code {code} is not in the {classification} classification ({expected} codes begin with {digit})',
  },
  check(ctx) {
    for (const kind of CODED) {
      const table = ctx.ledger.tables.get(kind);
      if (!table) continue;
      const economic = table.classification === 'economic';
      for (const row of table.rows) {
        const at = row.codePlace ?? { file: row.file, line: row.line };
        if (row.codeProblem) ctx.report({ messageId: 'format', place: at, data: { problem: row.codeProblem } });
        else if (row.code && table.classification !== 'none') {
          // Economic codes: 部门预算 301 … or, in a table by 政府预算经济分类, 501 …; either is accepted.
          const fits = economic ? row.code.startsWith('3') || row.code.startsWith('5') : row.code.startsWith('2');
          if (!fits) {
            ctx.report({
              messageId: 'classification',
              place: at,
              data: { code: row.code, classification: economic ? 'economic' : 'function', expected: table.classification, digit: economic ? economicDigit(table) : '2' },
            });
          }
        }
      }
    }
  },
});
