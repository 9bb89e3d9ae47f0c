import { defineRule } from '../types.js';
import { placeOf, proseOf, sentenceAround } from './prose.js';
import { proofreadOf } from './proofread.js';

export default defineRule({
  id: 'TXT006',
  name: 'punctuation',
  severity: 'note',
  requires: [],
  needsNarrative: true,
  doc: {
    what: 'Punctuation a proofreader marks, once per paragraph (its first defect): a sentence end doubled ("。。", "，。"), a paragraph of sentences that stops without 。, an opening “ ‘ （ 《 【 〔 left unclosed or a closing one without its opening.',
    why: 'Minor, but on the reviewers\' checklist; an unclosed bracket or quotation also often marks words lost in editing.',
    bad: '主要用于单位职工工资。。公务接待费（含外宾接待费用。',
    good: '主要用于单位职工工资。公务接待费（含外宾接待）费用。',
  },
  messages: {
    doubled: 'sentence end doubled: "{text}"',
    noEnd: 'the paragraph ends with "{text}", not with 。',
    unclosed: '"{text}" is not closed in its paragraph',
    unopened: '"{text}" closes nothing opened in its paragraph',
  },
  check(ctx) {
    const p = proseOf(ctx.ledger);
    if (!p) return;
    for (const d of proofreadOf(ctx.ledger).punctuation) {
      // The paragraph, or for a long one the sentence around the defect.
      const quote = d.to - d.from <= 240 ? p.text.slice(d.from, d.to) : sentenceAround(p.text, d.at);
      ctx.report({ messageId: d.kind, data: { text: d.text }, place: placeOf(p, d.at), quote, actual: d.kind === 'noEnd' ? undefined : d.text });
    }
  },
});
