import { defineRule } from '../types.js';
import { placeOf, proseOf, sentenceAround } from './prose.js';
import { proofreadOf } from './proofread.js';

export default defineRule({
  id: 'TXT007',
  name: 'repeated-word',
  severity: 'note',
  requires: [],
  needsNarrative: true,
  doc: {
    what: 'A word of two to four characters written twice running ("预算预算", "原因原因", "财政拨款财政拨款"), or 的的 / 了了, left by editing. Chinese doublings are not reported: one character said twice (人人, 常常, 年年), numerals, 一步一步, 研究研究, 目的的, 为了了解.',
    why: 'A doubled word is an editing leftover a reviewer marks; it also shows the text was not proofread before it was published.',
    bad: '比上年减少的主要原因原因是在职人员减少。',
    good: '比上年减少的主要原因是在职人员减少。',
  },
  messages: {
    repeated: '"{word}" written twice running',
  },
  check(ctx) {
    const p = proseOf(ctx.ledger);
    if (!p) return;
    for (const r of proofreadOf(ctx.ledger).repeats) {
      ctx.report({ messageId: 'repeated', data: { word: r.word }, place: placeOf(p, r.at), quote: sentenceAround(p.text, r.at), actual: r.word + r.word });
    }
  },
});
