/**
 * PDF-extracted narrative text to one normalised string that the claim reader can scan, with an
 * offset map back to the original file so that every claim keeps its line and column.
 *
 * - Lines broken mid-sentence are joined; a paragraph ends after 。!?, after "其中：", or a complete heading, and
 *   before a heading ("一、", "（二）", "3、", "第三部分") or a field label ("预算安排规模：").
 *   A Markdown heading line ("## 收入预算") is a paragraph of its own, and a Markdown list item
 *   ("- 人员经费：304.49万元", "* …", "+ …") starts one; their marks are dropped.
 * - A row of a table typed as text (a figure set apart from its name by two spaces or more or a tab,
 *   no punctuation of a sentence: "基本支出    321.14万元    占52.00%") is a paragraph of its own.
 *   Paragraphs are separated by "\n" in the output.
 * - Blank lines and page numbers ("- 5 -", a bare "43", "第 5 页") are dropped.
 * - Full-width ASCII (digits, letters, punctuation, "％", "（）", "：", "，") becomes half-width;
 *   U+3000 and other spaces become one space, and a space survives only between two ASCII letters
 *   or digits ("4.00 万元" → "4.00万元", "1, 000.00 %" → "1,000.00%", "201 03 01" stays).
 *
 * - A year in Chinese numerals ("二〇二二年") is written in digits ("2022年").
 *
 * Every output character maps to the offset of the original character it came from.
 */

import { Buffer } from 'node:buffer';
import { endianness } from 'node:os';
import { digitYears } from '../text.js';
import type { Position } from './claims.js';

export interface Normalised {
  /** The normalised text: paragraphs joined by "\n". */
  text: string;
  /** offsets[i] is the offset in the original text of text[i]; one more entry for the end. */
  offsets: Int32Array;
  /** Offsets in the original text where each physical line starts. */
  lineStarts: Int32Array;
}

export type { Position } from './claims.js';

const PAGE_NUMBER = /^(?:[-—–－~\s]*\d{1,3}[-—–－~\s]*|第\s*\d{1,3}\s*页(\s*[,，/]?\s*共\s*\d{1,3}\s*页)?|\d{1,3}\s*\/\s*\d{1,3})$/;
const HEADING = /^(第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+[、.]|\([一二三四五六七八九十]+\)|\d{1,2}[、.](?!\d))/;
const HEADING_END = /(说明|情况|概况|职能|事项|解释|部分|情况表|经费)$/;
const FIELD_LABEL = /^(设立的政策依据|政策依据|预算安排规模|项目承担单位|资金分配情况|资金执行时间|项目名称|项目负责人|实施周期|项目概述|立项依据)[:]/;
const TERMINATOR = /([。!?]|(其中|包括|如下|为|是)[:])$/;

/** White space (`\s`, U+200B): it becomes one space. */
function isSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  if (code > 0x3000) return code === 0xfeff;
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200b) || code === 0x202f || code === 0x205f || code === 0x3000;
}

/** An ASCII letter or digit. */
function isAlnum(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** One character to its half-width form (full-width ASCII, ideographic space). */
function half(code: number): number {
  if (code >= 0xff01 && code <= 0xff5e) return code - 0xfee0;
  return isSpace(code) ? 0x20 : code;
}

/**
 * Scratch buffers, reused from call to call (a narrative is read in one go, never re-entered): the
 * half-width characters kept from the original lines, their original offsets, three numbers per
 * line, the physical line starts and the characters of the text.
 */
let chars = new Uint16Array(0);
let kept = new Int32Array(0);
let lineData = new Int32Array(0);
let starts = new Int32Array(0);
let out = new Uint16Array(0);

/** Buffers for texts longer than this are let go after the call: a huge narrative does not keep its memory. */
const KEEP = 1 << 20;

function release(): void {
  chars = new Uint16Array(0);
  kept = new Int32Array(0);
  lineData = new Int32Array(0);
  starts = new Int32Array(0);
  out = new Uint16Array(0);
}

/** `a`, or a copy at least `need` long (twice as long, to grow seldom). */
function grown(a: Int32Array<ArrayBuffer>, need: number): Int32Array<ArrayBuffer> {
  if (a.length >= need) return a;
  const b = new Int32Array(Math.max(need, 2 * a.length));
  b.set(a);
  return b;
}

/** The lines of a text: line k keeps chars[from..to) (runs of space as one, none at either end) and ends at `end` in the original. */
interface Lines {
  count: number;
  /** Characters kept so far (in `chars` and `kept`). */
  length: number;
  /** Physical lines so far (their starts in `starts`). */
  physical: number;
}

const lineFrom = (k: number) => lineData[4 * k];
const lineTo = (k: number) => lineData[4 * k + 1];
const lineEnd = (k: number) => lineData[4 * k + 2];
/** What the line's marks and spacing said it is (MARKDOWN_HEADING, BULLET, SPACED_FIGURE), or 0. */
const lineMark = (k: number) => lineData[4 * k + 3];

/** A Markdown heading ("## 收入预算"): a paragraph of its own, whatever its words. */
const MARKDOWN_HEADING = 1;
/** A Markdown list item ("- 人员经费：304.49万元"): it starts a paragraph, as a heading does. */
const BULLET = 2;
/**
 * A figure set apart by a run of two blanks or more, or a tab ("基本支出    321.14万元    占52.00%"):
 * a row of a table typed as text, if the line has no punctuation of a sentence (PROSE).
 */
const SPACED_FIGURE = 4;

function readLines(original: string): Lines {
  const n = original.length;
  if (chars.length < n) {
    chars = new Uint16Array(n);
    kept = new Int32Array(n);
    out = new Uint16Array(n + 1);
  }
  const into: Lines = { count: 0, length: 0, physical: 1 };
  starts = grown(starts, 1);
  starts[0] = 0;
  let start = 0;
  // Performance-target tables printed into the text (绩效目标表) hold no claim and are often most of
  // it: after a line that ends with such a title, lines are passed over (kept as empty lines) until a
  // heading of the narrative's sections ("第四部分", "五、", "（三）"), as the reader would skip them.
  let nextTitle = original.indexOf('绩效目标', 0);
  let skipping = false;
  for (let i = 0; i <= n; i++) {
    // \n \v \f \r U+0085 U+2028 U+2029 (and the end of the text)
    const c = i < n ? original.charCodeAt(i) : 0x0a;
    if (!((c >= 0x0a && c <= 0x0d) || c === 0x85 || c === 0x2028 || c === 0x2029)) continue;
    if (skipping && !SECTION_HEADING.test(original.slice(start, Math.min(i, start + 24)))) pushLine(original, start, start, into, i);
    else {
      skipping = false;
      pushLine(original, start, i, into);
      if (nextTitle >= 0 && nextTitle < i) {
        skipping = nextTitle >= start && TARGET_TABLE_TITLE.test(original.slice(start, i));
        nextTitle = original.indexOf('绩效目标', i);
      }
    }
    // CRLF: the line ends here, the next one after "\n".
    if (c === 0x0d && original.charCodeAt(i + 1) === 0x0a) i++;
    start = i + 1;
    // A form feed is not a line break for editors' line numbers; the others are.
    if (i < n && c !== 0x0c) {
      starts = grown(starts, into.physical + 1);
      starts[into.physical++] = start;
    }
  }
  return into;
}

/** The first character from `from` on that is not a space or tab (before `limit`). */
function firstAfterBlanks(original: string, from: number, limit: number): number {
  let i = from;
  while (i < limit && (original.charCodeAt(i) === 0x20 || original.charCodeAt(i) === 0x09)) i++;
  return i < limit ? original.charCodeAt(i) : -1;
}

/** A line that is the title of a performance-target table: the title ends it, or a year in brackets follows. */
const TARGET_TABLE_TITLE = /绩效目标(申报|自评)?表\s*([(（]\s*[\d〇○零一二三四五六七八九]{4}[^)）]*[)）]?\s*)?$/;
/** A line that opens one of the narrative's sections (the levels of headings the reader takes for them). */
const SECTION_HEADING = /^[\s\u3000#*>]*(第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十]+[)）])/;

/** Line k of the original, [from, to), ending at `end` (the line break: `to` unless the line is passed over). */
function pushLine(original: string, from: number, to: number, into: Lines, end = to): void {
  const start = into.length;
  let kind = 0;
  // A Markdown narrative: heading, quote and list marks are not text. A list item's words run on to
  // the next mark, with nothing to end them: without its own paragraph an item would be read as the
  // end of the heading or item above ("三、基本支出" + "- 人员经费：304.49万元"). ("1. " items
  // already start a paragraph as headings do.)
  const first = firstAfterBlanks(original, from, Math.min(to, from + 16));
  if (first === 0x23 || first === 0x3e || first === 0x2d || first === 0x2a || first === 0x2b) {
    const mark = /^[ \t]*(?:(#{1,6}[ \t]+)|>[ \t]*|([-*+][ \t]+))/.exec(original.slice(from, Math.min(to, from + 16)));
    if (mark) {
      from += mark[0].length;
      kind = mark[1] ? MARKDOWN_HEADING : mark[2] ? BULLET : 0;
    }
  }
  // Markdown emphasis around a whole line or its opening words ("**二、收入预算**", "**单位资金** 131.99").
  const opening = firstAfterBlanks(original, from, Math.min(to, from + 8));
  const bold = opening === 0x2a || opening === 0x5f ? /^[ \t]*(\*\*|__)(?=\S)/.exec(original.slice(from, Math.min(to, from + 8))) : null;
  const close = bold ? original.indexOf(bold[1], from + bold[0].length) : -1;
  let spaced: boolean;
  if (bold && close > 0 && close < to && !/^\s*(万元|元|%|\.)/.test(original.slice(from + bold[0].length, close))) {
    spaced = pushRange(original, from + bold[0].length, close, start, into);
    spaced = pushRange(original, close + bold[1].length, to, start, into) || spaced;
  } else spaced = pushRange(original, from, to, start, into);
  if (spaced) kind |= SPACED_FIGURE;
  if (into.length > start && chars[into.length - 1] === 0x20) into.length--;
  const k = 4 * into.count++;
  lineData = grown(lineData, k + 4);
  lineData[k] = start;
  lineData[k + 1] = into.length;
  lineData[k + 2] = end;
  lineData[k + 3] = kind;
}

/**
 * Characters of the original into the line that starts at `lineStart`: a run of space counts as one,
 * none at the start. Whether a digit comes after a run of two blanks or more or a tab (SPACED_FIGURE).
 */
function pushRange(original: string, from: number, to: number, lineStart: number, into: Lines): boolean {
  let gap = false;
  let spaced = false;
  for (let i = from; i < to; i++) {
    const code = original.charCodeAt(i);
    const h = half(code);
    if (h === 0x20) {
      if (into.length === lineStart) continue;
      if (chars[into.length - 1] === 0x20) {
        gap = true;
        continue;
      }
      if (code === 0x09) gap = true;
    } else if (gap) {
      if (isDigit(h)) spaced = true;
      gap = false;
    }
    chars[into.length] = h;
    kept[into.length++] = i;
  }
  return spaced;
}

/** A string of UTF-16 code units (Node reads a buffer's bytes as UTF-16LE). */
const BIG_ENDIAN = endianness() === 'BE';
function stringOf(units: Uint16Array, from: number, to: number): string {
  const bytes = Buffer.from(units.buffer, units.byteOffset + 2 * from, 2 * (to - from));
  if (BIG_ENDIAN) bytes.swap16();
  const s = bytes.toString('utf16le');
  if (BIG_ENDIAN) bytes.swap16();
  return s;
}


const firstOf = (k: number) => chars[lineFrom(k)];
const lastOf = (k: number) => chars[lineTo(k) - 1];

/**
 * Running page headers: a line printed again and again ("XX中心2024年单位预算公开"), with a year,
 * no punctuation of a sentence and ending as a document title ends. PDF extraction drops them into
 * the middle of sentences ("比上年预算减 / <header> / 少 25.16 万元").
 */
const RUNNING_HEADER = /(\d{4}年(度)?.*|(单位|部门))(预算|决算)(公开|信息公开)?(说明|文本)?$/;
/** The last characters RUNNING_HEADER can match: 算 开 明 本. */
const HEADER_ENDS = new Set([0x7b97, 0x5f00, 0x660e, 0x672c]);

function runningHeaders(lines: Lines, lineText: (k: number) => string): Uint8Array {
  const seen = new Map<string, number[]>();
  for (let k = 0; k < lines.count; k++) {
    if (lineTo(k) - lineFrom(k) < 8 || !HEADER_ENDS.has(lastOf(k))) continue;
    const line = lineText(k);
    if (/[。,;:、!?]/.test(line)) continue;
    const text = line.replace(/ /g, '');
    if (text.length < 8 || text.length > 60 || HEADING.test(text) || !RUNNING_HEADER.test(text)) continue;
    const same = seen.get(text);
    if (same) same.push(k);
    else seen.set(text, [k]);
  }
  const headers = new Uint8Array(lines.count);
  for (const same of seen.values()) if (same.length >= 2) for (const k of same) headers[k] = 1;
  return headers;
}

/** A dash or "~" as page numbers print them ("- 5 -", "—5—"). */
function isDash(c: number): boolean {
  return c === 0x2d || c === 0x2014 || c === 0x2013 || c === 0xff0d || c === 0x7e;
}

/** Whether line k can match PAGE_NUMBER: it begins with a digit, 第 or a dash, and ends with a digit, 页 or a dash. */
function mayBePageNumber(k: number): boolean {
  const first = firstOf(k);
  const last = lastOf(k);
  return (isDigit(first) || first === 0x7b2c || isDash(first)) && (isDigit(last) || last === 0x9875 || isDash(last));
}

/** Whether line k can match HEADING: it begins with 第, 一 … 十 or "(", or with one or two digits and "、" or ".". */
function mayBeHeading(k: number): boolean {
  const i = lineFrom(k);
  if (!isDigit(chars[i])) return HEADING_STARTS.has(chars[i]);
  const next = isDigit(chars[i + 1]) ? chars[i + 2] : chars[i + 1]; // perhaps the next line's: the test decides
  return next === 0x3001 || next === 0x2e;
}

/** Characters a heading begins with: 第, 一 … 十, "(" (and digits: see mayBeHeading). */
const HEADING_STARTS = new Set([...'第一二三四五六七八九十('].map((c) => c.charCodeAt(0)));
/** Characters a field label begins with. */
const FIELD_LABEL_STARTS = new Set([...'设政预项资实立'].map((c) => c.charCodeAt(0)));

/** Whether line k can match FIELD_LABEL: one of its first characters, and ":" after four to seven characters. */
function mayBeFieldLabel(k: number): boolean {
  const i = lineFrom(k);
  if (!FIELD_LABEL_STARTS.has(chars[i])) return false;
  for (let j = i + 4; j <= i + 7 && j < lineTo(k); j++) if (chars[j] === 0x3a) return true;
  return false;
}

/** Punctuation inside or at the end of a sentence: a line with it is no heading's wrapped tail. */
const SENTENCE_MARK = /[。,;]/;
/** A heading line that runs on into its text ("五、基本支出:包括人员经费、公用经费(定额)。其"). */
const HEADING_RUNS_ON = /[。,;:]/;
/** Punctuation of a sentence (a comma, but not a thousands separator): a line with it is prose, not a table row. */
const PROSE = /,(?!\d)|[。;!?]/;
/** Characters a line that goes on with the sentence of the line above may begin with. */
const CONTINUES = new Set([...',;:。、)%'].map((c) => c.charCodeAt(0)));

/** The last characters HEADING_END can match: 明 况 能 项 释 分 表 费. */
const HEADING_END_LASTS = new Set([...'明况能项释分表费'].map((c) => c.charCodeAt(0)));

/** How long the text's full lines are: the length nine lines in ten do not exceed (a paragraph a line: its paragraphs'). */
function fullLine(lines: Lines): number {
  const counts = new Uint32Array(201);
  let n = 0;
  for (let k = 0; k < lines.count; k++) {
    const length = lineTo(k) - lineFrom(k);
    if (length === 0) continue;
    counts[Math.min(200, length)]++;
    n++;
  }
  let seen = 0;
  for (let length = 1; length <= 200; length++) {
    seen += counts[length];
    if (seen >= 0.9 * n) return length;
  }
  return 0;
}

/** Whether line k matches TERMINATOR: it ends with 。 ! ?, or with ":" after one of TERMINATOR's words. */
function endsStatement(k: number, lineText: (k: number) => string): boolean {
  const last = lastOf(k);
  if (last === 0x3002 || last === 0x21 || last === 0x3f) return true;
  return last === 0x3a && TERMINATOR.test(lineText(k));
}

/** Normalise PDF-extracted text; never throws. */
export function normalise(original: string): Normalised {
  const lines = readLines(original);
  // The kept characters of all lines as one string: a line's text is a slice of it, made only for the tests that need it.
  const all = stringOf(chars, 0, lines.length);
  // The last line asked for is often asked for again.
  let asked = -1;
  let askedText = '';
  const lineText = (k: number) => {
    if (k !== asked) {
      asked = k;
      askedText = all.slice(lineFrom(k), lineTo(k));
    }
    return askedText;
  };
  const headers = runningHeaders(lines, lineText);
  const shortHeading = Math.min(24, Math.floor(0.7 * fullLine(lines)));
  // Each separator stands for a line break of the original: never more entries than the original has characters, and the end.
  const map = new Int32Array(original.length + 1);
  let length = 0;
  let paragraphFirst = -1; // the first line of the current paragraph
  let paragraphHeading = false;
  let previous = -1;
  let previousHeading = false;
  let previousRow = false;
  for (let k = 0; k < lines.count; k++) {
    if (lineTo(k) === lineFrom(k) || headers[k] === 1) continue;
    if (mayBePageNumber(k) && PAGE_NUMBER.test(lineText(k))) continue;
    const heading = mayBeHeading(k) && HEADING.test(lineText(k));
    const row = (lineMark(k) & SPACED_FIGURE) !== 0 && !PROSE.test(lineText(k));
    let join = previous >= 0;
    if (previous >= 0) {
      // Each test looks at a string only when the line's first or last character could match.
      const last = lastOf(previous);
      if (endsStatement(previous, lineText)) join = false;
      else if ((lineMark(previous) & MARKDOWN_HEADING) !== 0 || (lineMark(k) & (MARKDOWN_HEADING | BULLET)) !== 0) join = false;
      // Rows of a text table end with nothing that ends a sentence: joined, a row's figure would be
      // read as the name above it ("项目支出 296.39万元" + "合计 617.53万元"). A row is a paragraph of its
      // own, unless the next line goes on with punctuation (a sentence wrapped after its figure).
      else if (row || (previousRow && !CONTINUES.has(firstOf(k)))) join = false;
      else if (heading || (mayBeFieldLabel(k) && FIELD_LABEL.test(lineText(k)))) join = false;
      else if (paragraphHeading && HEADING_END_LASTS.has(last) && HEADING_END.test(lineText(previous))) join = false;
      // A short heading line ("四、其他") is whole: a wrapped heading fills its first line.
      // (Not a number alone, "三、" over its title "支出决算情况说明".)
      else if (previousHeading && lineTo(previous) - lineFrom(previous) <= 10 && !(isDigit(last) || last === 0x2c) && lineText(previous) === lineText(paragraphFirst).slice(0, 12) && HEADING.exec(lineText(previous))![0].length < lineTo(previous) - lineFrom(previous)) join = false;
      // A section's heading line of a few words (well short of the text's full lines), then a line of prose
      // ("(二)部门决算单位构成" / "…下设办公室、…5个部门。"): the heading is whole. (An item numbered "1." runs on
      // into its text.) The wrapped tail of a long heading ("交易中心2024年财政拨款收支
      // 预算情况的总体说明") is no sentence, and a heading that fills its line goes on in the next.
      else if (previousHeading && previous === paragraphFirst && !isDigit(firstOf(previous)) && lineTo(previous) - lineFrom(previous) <= shortHeading && !(isDigit(last) || last === 0x2c) && !HEADING_RUNS_ON.test(lineText(previous)) && SENTENCE_MARK.test(lineText(k))) join = false;
      else if (last === 0x8868 && lineText(previous).endsWith('绩效目标表')) join = false;
    }
    if (previous >= 0 && !join) {
      out[length] = 0x0a;
      map[length++] = lineEnd(previous);
    } else if (previous >= 0 && join) {
      const a = lastOf(previous);
      const b = firstOf(k);
      // A number wrapped over two lines ("48" / "5.54 万元") is one number: no space between digits.
      if (isAlnum(a) && isAlnum(b) && !(isDigit(a) && isDigit(b))) {
        out[length] = 0x20;
        map[length++] = lineEnd(previous);
      }
    }
    if (previous < 0 || !join) {
      paragraphFirst = k;
      // (What matches within the first 12 characters matches the whole line.)
      paragraphHeading = heading && HEADING.test(lineText(k).slice(0, 12));
    }
    // A space survives only between two ASCII letters or digits (a line has none at either end).
    for (let i = lineFrom(k); i < lineTo(k); i++) {
      const c = chars[i];
      if (c === 0x20 && !(isAlnum(chars[i - 1]) && isAlnum(chars[i + 1]))) continue;
      out[length] = c;
      map[length++] = kept[i];
    }
    previous = k;
    previousHeading = heading;
    previousRow = row;
  }
  // "二〇二二年" → "2022年": one character for one, so the offsets stay.
  const text = digitYears(stringOf(out, 0, length));
  map[length++] = original.length;
  const lineStarts = starts.slice(0, lines.physical);
  if (original.length > KEEP) release();
  return { text, offsets: map.subarray(0, length), lineStarts };
}

/** The original line and column of a normalised offset. */
export function locate(n: Normalised, index: number): Position {
  const i = Math.max(0, Math.min(index, n.offsets.length - 1));
  return originalPosition(n, n.offsets[i] ?? 0);
}

/** The line and column of an offset in the original text. */
export function originalPosition(n: Normalised, offset: number): Position {
  let lo = 0;
  let hi = n.lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (n.lineStarts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - n.lineStarts[lo] + 1 };
}
