/**
 * One pass over the narrative's prose for what a proofreader marks: sentence ends doubled ("。。",
 * "，。") or missing (a paragraph of sentences that stops without 。), paired punctuation left open or
 * closed without its opening (“” ‘’ （） 《》 【】 〔〕), and a word written twice running ("预算预算",
 * "原因原因", "的的"). TXT006 punctuation and TXT007 repeated-word report from it; the pass is made once
 * per ledger, character by character, for both.
 */
import { Buffer } from 'node:buffer';
import { endianness } from 'node:os';
import type { Ledger } from '../../ledger/model.js';
import { perObject } from '../../memo.js';
import { headingAt, lineBreakBetween, proseOf, type Prose } from './prose.js';

export type PunctuationKind = 'doubled' | 'unclosed' | 'unopened' | 'noEnd';

/** The first punctuation defect of a paragraph: where, what, and the characters concerned. */
export interface PunctuationDefect {
  at: number;
  kind: PunctuationKind;
  text: string;
  /** The paragraph (start and end in the normalised text). */
  from: number;
  to: number;
}

/** A word written twice running: where the first copy starts, and the word. */
export interface Repeat {
  at: number;
  word: string;
}

export interface Proofread {
  punctuation: PunctuationDefect[];
  repeats: Repeat[];
}

const OPENERS: Record<number, number> = { 0x201c: 0x201d, 0x2018: 0x2019, 0x28: 0x29, 0x300a: 0x300b, 0x3010: 0x3011, 0x3014: 0x3015 };
const CLOSERS = new Set(Object.values(OPENERS));
const FULL_STOP = 0x3002;
const COMMA = 0x2c;
const SEMICOLON = 0x3b;
const QUOTE = 0x22;

const isHan = (c: number) => c >= 0x4e00 && c <= 0x9fff;
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const isLatin = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);

/** What may end a paragraph: 。 ！ ？ ； ： ， 、 … — (before closing quotes or brackets). */
const ENDS = new Set([...'。!?;:,、…—'].map((c) => c.charCodeAt(0)));
/** A paragraph that opens with a field's label ("资金分配情况：…", "项目名称：…"): a form's line, not a sentence. */
const FIELD = /[\u4e00-\u9fff]{2,12}:/y;

/** Doubled words that are Chinese itself: verbs said twice ("研究研究"), counting words after 一 ("一步一步"). */
const REDUPLICATED = new Set(['研究', '讨论', '学习', '考虑', '商量', '了解', '检查', '看看', '说说', '想想', '谈谈', '走走']);
const NUMERALS = /^[〇一二三四五六七八九十百千万零两]+$/;

/** A ")" that numbers an item ("1)", "a)") at the start of a paragraph or a clause. */
function itemNumber(text: string, i: number, from: number): boolean {
  let j = i - 1;
  while (j >= from && j >= i - 2 && (isDigit(text.charCodeAt(j)) || isLatin(text.charCodeAt(j)))) j--;
  if (j === i - 1) return false;
  if (j < from) return true;
  const c = text.charCodeAt(j);
  return c === COMMA || c === SEMICOLON || c === FULL_STOP || c === 0x3a || c === 0x3001 || c === 0x20;
}

/** Whether a one-character doubling is a mistake: 的的 (not 目的的, 的的确确), 了了 (not 为了了解, 不了了之). */
function doubledParticle(text: string, i: number, c: number): boolean {
  if (c === 0x7684) return text.charAt(i - 2) !== '目' && text.charAt(i + 1) !== '确';
  return !'为除不罢未'.includes(text.charAt(i - 2)) && !'解结之却然'.includes(text.charAt(i + 1));
}

/** A word written twice at `at` (its length `k`), unless Chinese doubles it or a line break lies between its copies. */
function repeatAt(p: Prose, out: Proofread, at: number, k: number): void {
  const last = out.repeats[out.repeats.length - 1];
  // "预算预算预算" once.
  if (last && last.at + 2 * last.word.length > at) return;
  const word = p.text.slice(at, at + k);
  if (k > 1 && (REDUPLICATED.has(word) || NUMERALS.test(word) || word.charCodeAt(0) === 0x4e00 || lineBreakBetween(p, at + k - 1, at + k))) return;
  out.repeats.push({ at, word });
}

/**
 * The prose's characters as UTF-16 code units (typed-array reads are about twice as fast as
 * charCodeAt), in a buffer kept from call to call (a narrative is read in one go, never re-entered; a
 * buffer grown for a huge narrative is let go after it).
 */
let units = Buffer.alloc(0);
const KEEP = 1 << 21;
function codeUnits(text: string): Uint16Array {
  const need = 2 * text.length;
  if (units.length < need) units = Buffer.alloc(Math.max(need, 2 * units.length, 1 << 14));
  units.write(text, 0, 'utf16le');
  if (BIG_ENDIAN) units.subarray(0, need).swap16();
  const u = new Uint16Array(units.buffer, units.byteOffset, text.length);
  if (units.length > KEEP) units = Buffer.alloc(0);
  return u;
}
const BIG_ENDIAN = endianness() === 'BE';

/** Opening and closing characters: what each opener is closed by; 0 for the others. */
const CLOSED_BY = new Uint16Array(0x10000);
for (const [open, close] of Object.entries(OPENERS)) CLOSED_BY[Number(open)] = close;
const IS_CLOSER = new Uint8Array(0x10000);
for (const c of CLOSERS) IS_CLOSER[c] = 1;
/** What each closer closes. */
const OPENED_BY: Record<number, number> = {};
for (const [o, c] of Object.entries(OPENERS)) OPENED_BY[c] = Number(o);
/** How many openings of each kind the stack holds (by the opener's code; '"' included): all zero between paragraphs. */
const open = new Int32Array(0x10000);

/**
 * One paragraph: its first punctuation defect (the one nearest its start) and its doubled words. The
 * stack holds the positions of the openings not yet closed.
 */
function scanParagraph(p: Prose, k: number, u: Uint16Array, out: Proofread, stack: number[]): void {
  const text = p.text;
  const from = p.paragraphs[2 * k];
  const to = p.paragraphs[2 * k + 1];
  let firstAt = -1;
  let firstKind: PunctuationKind = 'doubled';
  let firstText = '';
  stack.length = 0;
  let prose = false;
  let fullStop = false;
  let previousStop = -1;
  // The last four characters (a doubled word of two ends with its last two characters two before).
  let p1 = 0;
  let p2 = 0;
  let p3 = 0;
  let p4 = 0;
  for (let i = from; i < to; i++) {
    const c = u[i];
    if (c >= 0x4e00 && c <= 0x9fff) {
      // A word of two to four characters written twice ends here when its last character stood two to
      // four characters before (then the rest is compared); 的的 and 了了 when the same character did.
      let k2 = 0;
      if (c === p2 && p1 === p3 && isHan(p1)) k2 = 2;
      else if (c === p3 && p1 === p4 && i - 5 >= from && p2 === u[i - 5] && isHan(p1) && isHan(p2)) k2 = 3;
      else if (c === p4 && i - 7 >= from && p1 === u[i - 5] && p2 === u[i - 6] && p3 === u[i - 7] && isHan(p1) && isHan(p2) && isHan(p3)) k2 = 4;
      else if (c === p1 && (c === 0x7684 || c === 0x4e86) && doubledParticle(text, i, c)) k2 = 1;
      if (k2 > 0) repeatAt(p, out, i - 2 * k2 + 1, k2);
    } else if (c < 0x30 || c > 0x7a || (c > 0x39 && c < 0x41)) {
      // Punctuation (ASCII outside letters and digits, or beyond ASCII and not Han).
      let at = -1;
      let kind: PunctuationKind = 'doubled';
      if (c === FULL_STOP || c === SEMICOLON || (c === COMMA && !(isDigit(p1) && i + 1 < to && isDigit(u[i + 1])))) {
        prose = true;
        if (c === FULL_STOP) fullStop = true;
        if (previousStop === i - 1) at = i - 1;
        previousStop = i;
      } else if (c === QUOTE) {
        if (stack.length > 0 && u[stack[stack.length - 1]] === QUOTE) {
          stack.pop();
          open[QUOTE]--;
        } else {
          stack.push(i);
          open[QUOTE]++;
        }
      } else if (CLOSED_BY[c] !== 0) {
        stack.push(i);
        open[c]++;
      } else if (IS_CLOSER[c] === 1) {
        if (stack.length > 0 && CLOSED_BY[u[stack[stack.length - 1]]] === c) open[u[stack.pop()!]]--;
        else if (c === 0x29 && itemNumber(text, i, from)) {
          // "1)" numbers an item.
        } else if (c === 0x2019 && isLatin(p1)) {
          // An apostrophe.
        } else {
          // Closed without its opening, or before an inner opening is closed (then the inner ones are
          // given up: each opening is pushed and popped once, however the brackets are mixed).
          if (open[OPENED_BY[c]] === 0) {
            at = i;
            kind = 'unopened';
          } else {
            at = stack[stack.length - 1];
            kind = 'unclosed';
            for (let o = stack.pop()!; CLOSED_BY[u[o]] !== c; o = stack.pop()!) open[u[o]]--;
            open[OPENED_BY[c]]--;
          }
        }
      }
      if (at >= 0 && (firstAt < 0 || at < firstAt)) {
        firstAt = at;
        firstKind = kind;
        firstText = kind === 'doubled' ? text.slice(at, at + 2) : text.charAt(at);
      }
    }
    p4 = p3;
    p3 = p2;
    p2 = p1;
    p1 = c;
  }
  if (stack.length > 0 && (firstAt < 0 || stack[0] < firstAt)) {
    firstAt = stack[0];
    firstKind = 'unclosed';
    firstText = text.charAt(stack[0]);
  }
  // The counts are all zero again for the next paragraph.
  for (const o of stack) open[u[o]]--;
  // A paragraph of sentences that stops without ending its last one (not the text's last paragraph,
  // which a transcription may have cut; not a heading or a form's field).
  if (prose && k < p.count - 1 && !ENDS.has(lastSignificant(text, from, to)) && (firstAt < 0 || to - 1 < firstAt)) {
    FIELD.lastIndex = from;
    if (fullStop || !(headingAt(text, from) || FIELD.test(text))) {
      firstAt = to - 1;
      firstKind = 'noEnd';
      firstText = text.charAt(to - 1);
    }
  }
  if (firstAt >= 0) out.punctuation.push({ at: firstAt, kind: firstKind, text: firstText, from, to });
}

/** The paragraph's last character before its closing quotes and brackets. */
function lastSignificant(text: string, from: number, to: number): number {
  let i = to - 1;
  while (i > from && CLOSERS.has(text.charCodeAt(i))) i--;
  return text.charCodeAt(i);
}

/** The proofreading of a ledger's narrative, once. */
export const proofreadOf = perObject('narrative proofreading', (ledger: Ledger): Proofread => {
  const out: Proofread = { punctuation: [], repeats: [] };
  const p = proseOf(ledger);
  if (!p) return out;
  const stack: number[] = [];
  const u = codeUnits(p.text);
  for (let k = 0; k < p.count; k++) scanParagraph(p, k, u, out, stack);
  return out;
});
