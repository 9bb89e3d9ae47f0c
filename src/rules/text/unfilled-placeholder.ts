import { NO_REASON, PLACEHOLDER } from '../../narrative/lexicon.js';
import { defineRule } from '../types.js';
import { headingAt, placeOf, proseOf, sentenceAround } from './prose.js';

/**
 * What NC011 claim-placeholder does not report, in one pattern over the prose (normalised: "（）" are
 * "()", "：" ":", "，" ","). Groups: 1 the end of a sentence or paragraph right after a lead, or after
 * a lead and ":" or "," (the lead itself is found before it); 2 a placeholder; 3 an amount, percent or share without its figure.
 * - A reason or a use cut off: "主要用于。", "原因：。", "主要原因是，。", "主要原因" with nothing after it.
 *   (NC011 reports "主要原因是/为" right before 。 or ；.)
 * - Placeholders: "（）", "【】", "《》", "“”" left empty; "【请填写…】", "【单位名称】"; 待定, 待补充,
 *   待填写; a single X before a unit ("X万元", "X.XX万元", "X%": NC011 reports two or more); a single
 *   star before a unit; runs of "_", "○", "□".
 * - A figure left out: "安排万元", "预算数万元", "占基本支出预算%" (NC011 reports "占%", "为万元", "增长%").
 * Each branch starts at a character that is rare in prose, or looks back from one (。, 万元, %): one
 * pass, cheap.
 */
export const UNFILLED = new RegExp(
  [
    String.raw`([。;\n](?<=(?:原因|用于|包括|是|为|内容)[:,]?[。;\n]))`,
    '(' +
      [
        String.raw`\(\s*\)|【\s*】|《\s*》|“\s*”|\[\s*\]`,
        String.raw`【(?:请|填|待|此处)[^】\n]{0,16}】|【[^】\n]{0,16}(?:名称|金额|数额|原因)】`,
        String.raw`待(?<![接期等招看]待)(?:定|补充|填写|填报)(?![点期向位额])`,
        String.raw`[Xx×](?<![A-Za-z0-9.×][Xx×])(?:\.[Xx×]+)?(?=\s?(?:万元|亿元|元|%))`,
        String.raw`\*(?<!\*\*)(?:\.\*+)?(?=万元|亿元|元|%)`,
        String.raw`_{2,}|[○□△]{2,}|〇{2,}(?=万元|元|%)`,
      ].join('|') +
      ')',
    String.raw`((?:万元|亿元|%)(?<=(?:安排|预算数?|支出|收入|合计|共计|总计|达|约|占比|比重|增幅|降幅)(?:万元|亿元|%)|占[^,;:。%\d\n()]{1,20}%)(?!以))`,
  ].join('|'),
  'g',
);

/** The leads a reason or a use is written after, longest first. */
const LEADS = ['主要内容包括', '主要原因是', '主要原因为', '主要内容是', '主要内容为', '主要原因', '主要用于', '主要包括', '具体包括', '主要内容', '原因是', '原因为', '原因', '用于', '包括'];
/** Words a missing figure's amount or percent follows (the longest first), and the share's 占. */
const BEFORE_FIGURE = ['预算数', '安排', '预算', '支出', '收入', '合计', '共计', '总计', '占比', '比重', '增幅', '降幅', '达', '约'];

/** The lead that ends at `end`, if one does. */
function leadBefore(text: string, end: number): string | undefined {
  return LEADS.find((l) => text.startsWith(l, end - l.length));
}

/** A share's words between 占 and its percent sign: no figure, no punctuation, no placeholder (reported as such). */
const SHARE_WORDS = /^[^,;:。%\d\n()Xx×*_○□]{1,20}$/;

/** The words of a figure left out that end at `end` (before the unit or percent sign). */
function missingBefore(text: string, end: number, unit: string): { at: number; text: string } | undefined {
  if (unit === '%') {
    let share = end - 1;
    while (share > end - 21 && share > 0 && text.charCodeAt(share) !== 0x5360) share--; // 占
    if (text.charCodeAt(share) === 0x5360 && SHARE_WORDS.test(text.slice(share + 1, end))) return { at: share, text: text.slice(share, end) + unit };
  }
  const word = BEFORE_FIGURE.find((w) => text.startsWith(w, end - w.length));
  return word ? { at: end - word.length, text: word + unit } : undefined;
}

/** The characters NC011's placeholders begin with (PLACEHOLDER in the lexicon). */
const PLACEHOLDER_STARTS = new Set([...'Xx×*＊占增下减为'].map((c) => c.charCodeAt(0)));
/** Letters, ".", "/", "@": an X beside one is part of a word ("www.xxx.gov.cn"), and NC011 does not report it. */
const isWordChar = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x2e || c === 0x2f || c === 0x40;

/** Whether NC011 reports a placeholder that starts in text[from..to) (as the claim reader reads them). */
function reportedByNC011(text: string, from: number, to: number): boolean {
  for (let j = from; j < to; j++) {
    const c = text.charCodeAt(j);
    if (!PLACEHOLDER_STARTS.has(c)) continue;
    PLACEHOLDER.lastIndex = j;
    if (!PLACEHOLDER.test(text)) continue;
    if ((c === 0x58 || c === 0x78) && (isWordChar(text.charCodeAt(j - 1)) || isWordChar(text.charCodeAt(PLACEHOLDER.lastIndex)))) continue;
    return true;
  }
  return false;
}

/** A lead that says nothing of itself: "主要原因" or "原因" without 是, 为 or a colon ("…的主要原因。" is a whole sentence). */
const BARE = /^(?:主要)?原因$/;
/** Characters a clause starts after. */
const CLAUSE_START = new Set([...',;:。\n'].map((c) => c.charCodeAt(0)));

export type Unfilled = { at: number; text: string; kind: 'truncated' | 'placeholder' | 'missing' };

/** Whether the paragraph that starts at `at` is a section's heading (一、…, （二）…, 第三部分…) and not a sentence. */
function sectionHeading(text: string, at: number): boolean {
  if (!headingAt(text, at)) return false;
  const c = text.charCodeAt(at);
  if (c >= 0x30 && c <= 0x39) return false; // "1." items may list the reasons
  let end = text.indexOf('\n', at);
  if (end < 0) end = text.length;
  return text.charCodeAt(end - 1) !== 0x3002;
}

/** The unfilled places of the prose that NC011 leaves alone. */
export function unfilled(text: string): Unfilled[] {
  const out: Unfilled[] = [];
  UNFILLED.lastIndex = 0;
  for (let m = UNFILLED.exec(text); m; m = UNFILLED.exec(text)) {
    if (m[1] !== undefined) {
      // The lead ends at the terminator, or one character before it (":" or ",").
      const end = m.index;
      const mark = text.charCodeAt(end - 1) === 0x3a || text.charCodeAt(end - 1) === 0x2c ? text.charAt(end - 1) : '';
      const lead = leadBefore(text, end - mark.length);
      if (!lead) continue;
      const at = end - mark.length - lead.length;
      const written = lead + mark;
      const next = text.charCodeAt(end);
      // What NC011 reports ("主要原因是：。"): leave it to NC011.
      if (NO_REASON.test(written) && (next === 0x3002 || next === 0x3b)) continue;
      // "…的主要原因。" is a whole sentence: a bare 原因 is cut off only where a clause starts with it.
      if (BARE.test(lead) && mark === '' && !CLAUSE_START.has(text.charCodeAt(at - 1))) continue;
      // At a paragraph's end the text may go on in the next one ("主要原因是：" / "一是…"): it is cut off
      // only when a section's heading follows.
      if (next === 0x0a && !sectionHeading(text, end + 1)) continue;
      out.push({ at, text: written, kind: 'truncated' });
      continue;
    }
    const found = m[2] !== undefined ? { at: m.index, text: m[2] } : missingBefore(text, m.index, m[3]);
    // A span with a placeholder NC011 reports ("占XX%"): NC011's.
    if (!found || reportedByNC011(text, found.at, found.at + found.text.length)) continue;
    out.push({ ...found, kind: m[2] !== undefined ? 'placeholder' : 'missing' });
  }
  return out;
}

export default defineRule({
  id: 'TXT002',
  name: 'unfilled-placeholder',
  severity: 'warning',
  requires: [],
  needsNarrative: true,
  doc: {
    what: 'A reason or a use cut off ("主要用于。", "原因：。"), a placeholder ("【】", "（）", 待定, "X.XX万元") or an amount or share printed without its figure ("占基本支出预算%"), beyond what NC011 claim-placeholder reports.',
    why: 'The author left a place of the template unfilled: a reader gets neither the figure nor the explanation the disclosure owes (占位符未替换).',
    bad: '公用经费16.65万元，主要用于。',
    good: '公用经费16.65万元，主要用于办公费、印刷费、差旅费等。',
  },
  messages: {
    truncated: 'the text stops after "{text}": what should follow was never written',
    placeholder: 'placeholder "{text}" left in the text',
    missing: '"{text}": the figure is missing',
  },
  check(ctx) {
    const p = proseOf(ctx.ledger);
    if (!p) return;
    for (const u of unfilled(p.text)) {
      ctx.report({ messageId: u.kind, data: { text: u.text }, place: placeOf(p, u.at), quote: sentenceAround(p.text, u.at), actual: u.text });
    }
  },
});
