import { CODED_TABLES } from '../../ledger/model.js';
import { rowLabel } from '../../ledger/queries.js';
import { FUNCTION_NAMES } from '../../ledger/function-names.js';
import { defineRule } from '../types.js';
import { placeOf, proseOf, sentenceAround } from './prose.js';
import { formerName, mentionsOf, yearOf } from './subjects.js';

export default defineRule({
  id: 'TXT004',
  name: 'subject-old-name',
  severity: 'warning',
  requires: [],
  doc: {
    what: 'A function subject named by a name the classification dropped before the budget year, in the narrative or in a table row (210 医疗卫生与计划生育支出, 卫生健康支出 since 2019; 207 文化体育与传媒支出; 220 国土海洋气象等支出; 公共财政预算 for 一般公共预算 since 2015 …).',
    why: 'A text or a table copied from an earlier year keeps the old name: it names a subject that no longer exists by that name, and readers cannot match it with the tables or the government\'s budget.',
    bad: '医疗卫生与计划生育支出（类）行政事业单位医疗（款）行政单位医疗（项）143.90万元',
    good: '卫生健康支出（类）行政事业单位医疗（款）行政单位医疗（项）143.90万元',
  },
  messages: {
    subject: '{code} is named "{old}", a former name: since {since} at the latest it is "{current}"',
    budget: '"{old}" is a former name: since {since} at the latest it is "{current}"',
  },
  check(ctx) {
    const ledger = ctx.ledger;
    const p = proseOf(ledger);
    const year = yearOf(ledger, p);
    if (!year) return;
    if (p) {
      for (const m of mentionsOf(ledger)) {
        const f = m.code ? formerName(m.code, m.name) : m.by === 'former' ? { code: '', name: m.name, since: 2015, current: '一般公共预算' } : undefined;
        if (!f?.since || year < f.since) continue;
        const current = f.code ? FUNCTION_NAMES[f.code] : f.current;
        if (!current) continue;
        ctx.report({
          messageId: f.code ? 'subject' : 'budget',
          data: { code: f.code, old: m.name, since: f.since, current },
          place: placeOf(p, m.at),
          quote: sentenceAround(p.text, m.at),
          actual: m.name,
          expected: current,
        });
      }
    }
    for (const kind of CODED_TABLES) {
      const table = ledger.tables.get(kind);
      if (!table || table.classification !== 'function') continue;
      for (const row of table.rows) {
        if (!row.code || row.project || row.name.trim() === '') continue;
        const f = formerName(row.code, row.name);
        if (!f?.since || year < f.since) continue;
        const current = FUNCTION_NAMES[row.code];
        if (!current) continue;
        ctx.report({ messageId: 'subject', data: { code: row.code, old: row.name.trim(), since: f.since, current }, place: row.codePlace ?? row, quote: rowLabel(row), actual: row.name.trim(), expected: current });
      }
    }
  },
});
