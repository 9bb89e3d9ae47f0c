import { defineRule } from '../types.js';
import { CODED_TABLES as CODED } from '../../ledger/model.js';

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
      // Economic codes: 部门预算 301 … or, in a table by 政府预算经济分类, 501 …; either is accepted, and the
      // message names the one the table mostly prints.
      let by5 = 0;
      for (const r of table.rows) if (r.code?.startsWith('5')) by5++;
      const economicDigit = by5 * 2 > table.rows.filter((r) => r.code).length ? '5' : '3';
      for (const row of table.rows) {
        const at = row.codePlace ?? { file: row.file, line: row.line };
        if (row.codeProblem) ctx.report({ messageId: 'format', place: at, data: { problem: row.codeProblem } });
        else if (row.code && table.classification !== 'none') {
          const fits = economic ? row.code.startsWith('3') || row.code.startsWith('5') : row.code.startsWith('2');
          if (!fits) {
            ctx.report({
              messageId: 'classification',
              place: at,
              data: { code: row.code, classification: economic ? 'economic' : 'function', expected: table.classification, digit: economic ? economicDigit : '2' },
            });
          }
        }
      }
    }
  },
});
