/**
 * The narrative as the text rules (TXT…) read it: the claim reader's normalised text (one string,
 * paragraphs joined by "\n", with the offset map back to the file's lines), its paragraphs of prose,
 * and where a finding is placed and what it quotes. The performance-target tables printed into a
 * narrative ("项目支出绩效目标表" and the rows after it, up to the next heading of a section) are cells,
 * not prose: they are left out, as the claim reader leaves them out.
 */
import { narrativeOf } from '../../narrative/analysis.js';
import { HEADING, TABLE_TITLE } from '../../narrative/lexicon.js';
import { locate, normalise, type Normalised } from '../../narrative/normalise.js';
import type { Ledger, Place } from '../../ledger/model.js';
import { perObject } from '../../memo.js';

export interface Prose {
  file: string;
  /** The original text, as read from the file. */
  original: string;
  /** The claim reader's normalised text of the whole narrative. */
  n: Normalised;
  /** The prose: the normalised text's paragraphs of prose, joined by "\n" (the rules' offsets are in it). */
  text: string;
  /** Paragraphs of prose: start and end (exclusive) offsets in `text`, two numbers a paragraph, in order. */
  paragraphs: Int32Array;
  /** Where each paragraph starts in the normalised text. */
  sources: Int32Array;
  /** How many paragraphs there are. */
  count: number;
}

/** The start of the next paragraph that is the heading of a part or a section (HEADING's levels 0 to 2). */
const SECTION_AFTER = /\n(?=第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+[、.]|\([一二三四五六七八九十]+\))/g;

/** HEADING, read at a given offset of the text (sticky) instead of on a slice. */
const HEADING_AT = new RegExp(HEADING.source.slice(1), 'y');

/** Whether a heading starts at `at`. */
export function headingAt(text: string, at: number): boolean {
  HEADING_AT.lastIndex = at;
  return HEADING_AT.test(text);
}

/** The narrative's prose, worked out once per ledger (from the claim reader's normalised text, shared). */
export const proseOf = perObject('narrative prose', (ledger: Ledger): Prose | undefined => {
  const narrative = ledger.narrative;
  if (!narrative) return undefined;
  const original = typeof narrative.text === 'string' ? narrative.text : String(narrative.text ?? '');
  const n = narrativeOf(ledger)?.normalised ?? normalise(original);
  const all = n.text;
  // Paragraphs of prose as [from, to) in the normalised text.
  const kept: number[] = [];
  let inTable = false;
  // The next "绩效目标" from where the paragraphs have come to: a table's title holds it.
  let nextTitle = all.indexOf('绩效目标');
  for (let start = 0; start < all.length; ) {
    if (inTable) {
      // The table's rows run to the next heading of a part or a section ("第四部分", "八、", "（五）").
      SECTION_AFTER.lastIndex = start;
      if (!SECTION_AFTER.exec(all)) break;
      start = SECTION_AFTER.lastIndex;
      inTable = false;
    }
    let end = all.indexOf('\n', start);
    if (end < 0) end = all.length;
    if (end > start) {
      if (nextTitle >= 0 && nextTitle < start) nextTitle = all.indexOf('绩效目标', start);
      let to = end;
      if (nextTitle >= start && nextTitle < end) {
        const title = TABLE_TITLE.exec(all.slice(start, end));
        if (title) {
          inTable = true;
          to = start + title.index;
        }
      }
      if (to > start) kept.push(start, to);
    }
    start = end + 1;
  }
  const count = kept.length / 2;
  const paragraphs = new Int32Array(kept.length);
  const sources = new Int32Array(count);
  const parts: string[] = [];
  let at = 0;
  for (let k = 0; k < count; k++) {
    const from = kept[2 * k];
    const to = kept[2 * k + 1];
    parts.push(all.slice(from, to));
    sources[k] = from;
    paragraphs[2 * k] = at;
    paragraphs[2 * k + 1] = at + to - from;
    at += to - from + 1;
  }
  return { file: narrative.file, original, n, text: parts.join('\n'), paragraphs, sources, count };
});

/** The paragraph an offset of the prose lies in (binary search). */
function paragraphAt(p: Prose, offset: number): number {
  let lo = 0;
  let hi = p.count - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (p.paragraphs[2 * mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The normalised text's offset of an offset of the prose. */
export function normalisedOffset(p: Prose, offset: number): number {
  if (p.count === 0) return 0;
  const k = paragraphAt(p, offset);
  return p.sources[k] + Math.min(offset, p.paragraphs[2 * k + 1]) - p.paragraphs[2 * k];
}

/** Where an offset of the prose was printed. */
export function placeOf(p: Prose, offset: number): Place {
  const { line, column } = locate(p.n, normalisedOffset(p, offset));
  return { file: p.file, line, column };
}

/** 。 ; ! ? and the paragraph break: where a quoted sentence ends. */
function endsSentence(c: number): boolean {
  return c === 0x3002 || c === 0x3b || c === 0x21 || c === 0x3f || c === 0x0a;
}

/** The sentence around an offset (to quote), at most 120 characters either side. */
export function sentenceAround(text: string, at: number): string {
  let from = at;
  while (from > 0 && at - from < 120 && !endsSentence(text.charCodeAt(from - 1))) from--;
  let to = at;
  while (to < text.length && to - at < 120 && !endsSentence(text.charCodeAt(to))) to++;
  if (to < text.length && text.charCodeAt(to) !== 0x0a) to++;
  return text.slice(from, to);
}

/** Whether an original line break lies between two characters of the prose (a wrapped line, a title and the line under it). */
export function lineBreakBetween(p: Prose, a: number, b: number): boolean {
  const from = p.n.offsets[normalisedOffset(p, a)];
  const to = p.n.offsets[normalisedOffset(p, b)];
  for (let i = from + 1; i < to; i++) {
    const c = p.original.charCodeAt(i);
    if (c === 0x0a || c === 0x0d) return true;
  }
  return false;
}
