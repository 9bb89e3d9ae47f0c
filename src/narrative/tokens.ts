/**
 * The reader's tokens: a normalised paragraph cut into sentences (at 。;!?) and clauses (at "," and
 * ":" but between digits), and each clause scanned once for its figures — an amount, a count, a
 * percent, a change (with the comparison before it), a share, a flat statement, a placeholder. The
 * scan looks at a character only where a figure can begin (a digit or one of a few words' first
 * characters), so that text without figures is passed over at the cost of a table lookup.
 */
import { AMOUNT, CHANGE, COMPLETION, COUNT, FLAT, isDigit, isNumberChar, matchAt, PERCENT, PLACEHOLDER, SHARE } from './lexicon.js';

export type ElementKind = 'change' | 'share' | 'amount' | 'count' | 'percent' | 'flat' | 'placeholder' | 'completion';

/** A figure read in a clause, with its match (the lexicon's groups) and where it stands in the clause. */
export interface Element {
  kind: ElementKind;
  start: number;
  end: number;
  m: RegExpExecArray;
}

/** A clause of a sentence: its text, where it starts and ends in the normalised text, and its figures. */
export interface Clause {
  start: number;
  end: number;
  text: string;
  elements: Element[];
}

/** A sentence of the normalised text and its text. */
export interface Sentence {
  start: number;
  end: number;
  text: string;
}

/** The characters an element can begin with (CHANGE, SHARE, AMOUNT, COUNT, PERCENT, FLAT, PLACEHOLDER). */
const STARTERS = new Uint8Array(0x10000);
for (const c of '0123456789比较与相同增减变下上降占基持无没未保为完达Xx×*＊') STARTERS[c.charCodeAt(0)] = 1;

/** The elements that begin with a digit (AMOUNT, COUNT, PERCENT) and those that begin with a word, each in the order they are tried. */
const NUMBER_TRIES: [ElementKind, RegExp][] = [
  ['amount', AMOUNT],
  ['count', COUNT],
  ['percent', PERCENT],
];
const WORD_TRIES: [ElementKind, RegExp][] = [
  ['placeholder', PLACEHOLDER],
  ['completion', COMPLETION],
  ['change', CHANGE],
  ['share', SHARE],
  ['flat', FLAT],
];

/** A letter or one of "./@": an "X" next to one is part of a word or an address. */
function isWordChar(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code === 0x2e || code === 0x2f || code === 0x40;
}

/** < > = ≤ ≥ */
function isComparison(code: number): boolean {
  return code === 0x3c || code === 0x3e || code === 0x3d || code === 0x2264 || code === 0x2265;
}

/** A bound rather than a figure: "10万元以上", "3个左右", "5元/人", "占90%以上". */
const LIMIT = /(以上|以下|以内|\/|左右)/y;

/** Words before a figure that make it a bound or an estimate ("超过320万元", "近300万元", "约占52%"): not a stated figure. */
const APPROXIMATE_LAST = new Set([...'逾近约'].map((c) => c.charCodeAt(0)));
const APPROXIMATE_PAIRS = new Set(['超过', '不足', '不到', '多于', '少于', '高于', '低于']);

/** Words that end with 约 but say no "about": 节约 (saved), 制约, 合约, 契约, 条约, 预约, 公约. */
const NOT_ABOUT = new Set([...'节制合契条预公'].map((c) => c.charCodeAt(0)));

function approximateBefore(clause: string, pos: number): boolean {
  const last = clause.charCodeAt(pos - 1);
  if (last === 0x7ea6 && NOT_ABOUT.has(clause.charCodeAt(pos - 2))) return false; // 约
  return APPROXIMATE_LAST.has(last) || (pos >= 2 && APPROXIMATE_PAIRS.has(clause.slice(pos - 2, pos)));
}

/** The figures of a clause (or of any text standing for one), in order. */
export function elementsOf(clause: string): Element[] {
  const out: Element[] = [];
  let pos = 0;
  while (pos < clause.length) {
    const code = clause.charCodeAt(pos);
    // Every element begins with a digit or one of a few characters: skip the rest cheaply.
    if (STARTERS[code] === 0) {
      pos++;
      continue;
    }
    const prev = clause.charCodeAt(pos - 1); // NaN at the start
    const numeric = isDigit(code);
    // "6 1 7.5 3 万元" (letter-spaced PDF text): the tail of a number cannot be read as a number.
    if (numeric && (isNumberChar(prev) || (prev === 0x20 && isNumberChar(clause.charCodeAt(pos - 2))))) {
      pos++;
      continue;
    }
    const afterComparison = isComparison(prev);
    let hit: Element | null = null;
    for (const [kind, re] of numeric ? NUMBER_TRIES : WORD_TRIES) {
      if ((numeric || kind === 'share') && afterComparison) continue;
      re.lastIndex = pos;
      const m = re.exec(clause);
      if (!m || m[0].length === 0) continue;
      const end = pos + m[0].length;
      // "行政运行（01项）": a code in brackets, not a count.
      if (kind === 'count' && prev === 0x28 && clause.charCodeAt(end) === 0x29) continue;
      // "www.xxx.gov.cn", "Excel": letters inside a word are not a placeholder.
      if (kind === 'placeholder' && (code === 0x58 || code === 0x78) && (isWordChar(prev) || isWordChar(clause.charCodeAt(end)))) continue;
      if (kind !== 'placeholder' && kind !== 'flat' && (matchAt(LIMIT, clause, end) > 0 || (kind !== 'change' && approximateBefore(clause, pos)))) {
        pos = end - 1;
        hit = null;
        break;
      }
      hit = { kind, start: pos, end, m };
      break;
    }
    if (hit) {
      out.push(hit);
      pos = hit.end;
    } else pos++;
  }
  return out;
}

/** Whether text[i] splits spans: a separator, but not "," or ":" between digits when `keepDigits`. */
function splitsAt(text: string, i: number, isSeparator: (code: number) => boolean, keepDigits: boolean): boolean {
  const c = text.charCodeAt(i);
  if (!isSeparator(c)) return false;
  return !(keepDigits && (c === 0x2c || c === 0x3a) && isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1)));
}

/** Where the next span of text[from..to) between separators starts (`to` when none is left). */
function spanFrom(text: string, from: number, to: number, isSeparator: (code: number) => boolean, keepDigits: boolean): number {
  let i = from;
  while (i < to && splitsAt(text, i, isSeparator, keepDigits)) i++;
  return i;
}

/** Where the span that starts at `from` ends: the next separator, or `to`. */
function spanTo(text: string, from: number, to: number, isSeparator: (code: number) => boolean, keepDigits: boolean): number {
  let i = from;
  while (i < to && !splitsAt(text, i, isSeparator, keepDigits)) i++;
  return i;
}

/** 。;!? */
const isSentenceEnd = (c: number) => c === 0x3002 || c === 0x3b || c === 0x21 || c === 0x3f;
/** , : */
const isClauseEnd = (c: number) => c === 0x2c || c === 0x3a;

/** The sentences of text[start..end), in order. */
export function* sentences(text: string, start: number, end: number): Generator<Sentence> {
  for (let to = start; ; ) {
    const from = spanFrom(text, to, end, isSentenceEnd, false);
    if (from >= end) return;
    to = spanTo(text, from, end, isSentenceEnd, false);
    yield { start: from, end: to, text: text.slice(from, to) };
  }
}

/** The clauses of a sentence, each scanned for its figures. */
export function clausesOf(text: string, sentence: Sentence): Clause[] {
  const out: Clause[] = [];
  for (let clauseEnd = sentence.start; ; ) {
    const clauseStart = spanFrom(text, clauseEnd, sentence.end, isClauseEnd, true);
    if (clauseStart >= sentence.end) return out;
    clauseEnd = spanTo(text, clauseStart, sentence.end, isClauseEnd, true);
    const clause = text.slice(clauseStart, clauseEnd);
    out.push({ start: clauseStart, end: clauseEnd, text: clause, elements: elementsOf(clause) });
  }
}
