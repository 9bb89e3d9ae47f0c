import { defineRule } from '../types.js';
import { placeOf, proseOf, sentenceAround } from './prose.js';

const UP = '增加|增长|上升|提高';
const DOWN = '减少|下降|降低';
/**
 * Both words of a template's choice, left as printed: a change in both directions ("增加（减少）",
 * "增长/下降", "减少（增加）"), "有（无）", "本部门（单位）". The short "增（减）" and "增减" are the
 * wording of a signed change, not a choice. In the normalised text "（）" are "()".
 */
export const ALTERNATIVE = new RegExp(
  `(?:${UP})(?:\\((?:${DOWN})\\)|/(?:${DOWN}))|(?:${DOWN})(?:\\((?:${UP})\\)|/(?:${UP}))|有\\(无\\)|无\\(有\\)|[本我](?:部门\\(单位\\)|单位\\(部门\\))`,
  'g',
);
/** After the pair, the name of a signed quantity ("增长（下降）率", "增加（减少）额"): a neutral label. */
const LABEL = /^(?:率|额|幅|比例|百分比|变动|情况)/;

/** The unresolved alternatives of a normalised text: offset and text of each. */
export function alternatives(text: string): { at: number; text: string }[] {
  const out: { at: number; text: string }[] = [];
  ALTERNATIVE.lastIndex = 0;
  for (let m = ALTERNATIVE.exec(text); m; m = ALTERNATIVE.exec(text)) {
    const end = m.index + m[0].length;
    if (LABEL.test(text.slice(end, end + 4))) continue;
    out.push({ at: m.index, text: m[0] });
  }
  return out;
}

export default defineRule({
  id: 'TXT001',
  name: 'unresolved-alternative',
  severity: 'warning',
  requires: [],
  needsNarrative: true,
  doc: {
    what: 'A template alternative left unresolved in the narrative: both words of a choice printed ("增加（减少）", "增长（下降）", "本部门（单位）").',
    why: 'The template offers both words and the author must keep the one that applies; left as printed, the reader cannot tell which way the figure went (模板选项未删除).',
    bad: '财政拨款收入支出增加（减少）的主要原因是人员减少。',
    good: '财政拨款收入支出减少的主要原因是人员减少。',
  },
  messages: {
    alternative: 'template alternative "{text}" left unresolved: keep the word that applies',
  },
  check(ctx) {
    const p = proseOf(ctx.ledger);
    if (!p) return;
    for (const a of alternatives(p.text)) {
      ctx.report({ messageId: 'alternative', data: { text: a.text }, place: placeOf(p, a.at), quote: sentenceAround(p.text, a.at), actual: a.text });
    }
  },
});
