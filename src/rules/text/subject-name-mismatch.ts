import { FUNCTION_NAMES } from '../../ledger/function-names.js';
import { defineRule } from '../types.js';
import { placeOf, proseOf, sentenceAround } from './prose.js';
import { formerName, mentionsOf, sameName, tableNames } from './subjects.js';

export default defineRule({
  id: 'TXT005',
  name: 'subject-name-mismatch',
  severity: 'warning',
  requires: [],
  needsNarrative: true,
  doc: {
    what: "A function subject the narrative names (by its levels' marks or its code) with a name other than the tables' name for the same code, or, for a code the tables do not print, other than the classification's.",
    why: 'The narrative and the tables must speak of the same subjects by the same names; two names for one code leave the reader to guess which is meant, and one of them is wrong.',
    bad: 'tables: 2080505 机关事业单位基本养老保险缴费支出; narrative: "社会保障和就业支出（类）行政事业单位养老支出（款）基本养老保险（项）"',
    good: 'narrative: "社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）"',
  },
  messages: {
    tables: 'names {code} "{name}"; the tables name it "{expected}"',
    classification: 'names {code} "{name}"; the classification names it "{expected}"',
  },
  check(ctx) {
    const p = proseOf(ctx.ledger);
    if (!p) return;
    const printed = tableNames(ctx.ledger);
    for (const m of mentionsOf(ctx.ledger)) {
      if (!m.code || m.by === 'former' || formerName(m.code, m.name)) continue;
      const t = printed.names.get(m.code);
      // A table that prints a former name is TXT004's to report; the narrative's current name is right.
      if (t && formerName(m.code, t.name)) continue;
      const expected = t?.name ?? (m.explicit ? FUNCTION_NAMES[m.code] : undefined);
      if (!expected || sameName(expected, m.name)) continue;
      ctx.report({
        messageId: t ? 'tables' : 'classification',
        data: { code: m.code, name: m.name, expected },
        place: placeOf(p, m.at),
        quote: sentenceAround(p.text, m.at),
        actual: m.name,
        expected,
      });
    }
  },
});
