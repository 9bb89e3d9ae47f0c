/**
 * PDF-extracted narrative text to one normalised string that the claim reader can scan, with an
 * offset map back to the original file so that every claim keeps its line and column.
 *
 * - Lines broken mid-sentence are joined; a paragraph ends after 。!?, after "其中：", or a complete heading, and
 *   before a heading ("一、", "（二）", "3、", "第三部分") or a field label ("预算安排规模：").
 *   Paragraphs are separated by "\n" in the output.
 * - Blank lines and page numbers ("- 5 -", a bare "43", "第 5 页") are dropped.
 * - Full-width ASCII (digits, letters, punctuation, "％", "（）", "：", "，") becomes half-width;
 *   U+3000 and other spaces become one space, and a space survives only between two ASCII letters
 *   or digits ("4.00 万元" → "4.00万元", "1, 000.00 %" → "1,000.00%", "201 03 01" stays).
 *
 * Every output character maps to the offset of the original character it came from.
 */

export interface Normalised {
  /** The normalised text: paragraphs joined by "\n". */
  text: string;
  /** offsets[i] is the offset in the original text of text[i]; one more entry for the end. */
  offsets: Int32Array;
  /** Offsets in the original text where each physical line starts. */
  lineStarts: number[];
}

export interface Position {
  /** 1-based physical line in the original file. */
  line: number;
  /** 1-based column (UTF-16 code units) in that line. */
  column: number;
}

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

interface Line {
  /** Half-width characters of the line without leading/trailing space, runs of space as one. */
  text: string;
  /** offsets[from + k] is the original offset of text[k]. */
  from: number;
  /** Offset of the line break after the line in the original (or the text length). */
  end: number;
}

/** The lines of a text; the offsets of all their characters in one buffer. */
interface Lines {
  lines: Line[];
  /** A line never holds more characters than it takes from the original: as long as the original. */
  offsets: Int32Array;
  length: number;
  /** The line being read is so far one unchanged run of the original. */
  plain: boolean;
  lineStarts: number[];
}

function readLines(original: string): Lines {
  const n = original.length;
  const into: Lines = { lines: [], offsets: new Int32Array(n), length: 0, plain: true, lineStarts: [0] };
  let start = 0;
  for (let i = 0; i <= n; i++) {
    // \n \v \f \r U+0085 U+2028 U+2029 (and the end of the text)
    const c = i < n ? original.charCodeAt(i) : 0x0a;
    if (!((c >= 0x0a && c <= 0x0d) || c === 0x85 || c === 0x2028 || c === 0x2029)) continue;
    pushLine(original, start, i, into);
    // CRLF: the line ends here, the next one after "\n".
    if (c === 0x0d && original.charCodeAt(i + 1) === 0x0a) i++;
    start = i + 1;
    // A form feed is not a line break for editors' line numbers; the others are.
    if (i < n && c !== 0x0c) into.lineStarts.push(start);
  }
  return into;
}

/** The first character from `from` on that is not a space or tab (before `limit`). */
function firstAfterBlanks(original: string, from: number, limit: number): number {
  let i = from;
  while (i < limit && (original.charCodeAt(i) === 0x20 || original.charCodeAt(i) === 0x09)) i++;
  return i < limit ? original.charCodeAt(i) : -1;
}

function pushLine(original: string, from: number, to: number, into: Lines): void {
  const start = into.length;
  into.plain = true;
  // A Markdown narrative: heading and quote marks are not text.
  const first = firstAfterBlanks(original, from, Math.min(to, from + 16));
  if (first === 0x23 || first === 0x3e) {
    const mark = /^[ \t]*(#{1,6}[ \t]+|>[ \t]*)/.exec(original.slice(from, Math.min(to, from + 16)));
    if (mark) from += mark[0].length;
  }
  // Markdown emphasis around a whole line or its opening words ("**二、收入预算**", "**单位资金** 131.99").
  const opening = firstAfterBlanks(original, from, Math.min(to, from + 8));
  const bold = opening === 0x2a || opening === 0x5f ? /^[ \t]*(\*\*|__)(?=\S)/.exec(original.slice(from, Math.min(to, from + 8))) : null;
  const close = bold ? original.indexOf(bold[1], from + bold[0].length) : -1;
  if (bold && close > 0 && close < to && !/^\s*(万元|元|%|\.)/.test(original.slice(from + bold[0].length, close))) {
    pushRange(original, from + bold[0].length, close, start, into);
    pushRange(original, close + bold[1].length, to, start, into);
  } else pushRange(original, from, to, start, into);
  const { offsets } = into;
  if (into.length > start && half(original.charCodeAt(offsets[into.length - 1])) === 0x20) into.length--;
  const text = into.plain ? original.slice(offsets[start], offsets[start] + into.length - start) : textOf(original, offsets, start, into.length);
  into.lines.push({ text, from: start, end: to });
}

/** Characters of the original into the line that starts at `lineStart`: a run of space counts as one, none at the start. */
function pushRange(original: string, from: number, to: number, lineStart: number, into: Lines): void {
  const { offsets } = into;
  for (let i = from; i < to; i++) {
    const c = original.charCodeAt(i);
    const h = half(c);
    if (h === 0x20 && (into.length === lineStart || half(original.charCodeAt(offsets[into.length - 1])) === 0x20)) continue;
    if (h !== c || (into.length > lineStart && offsets[into.length - 1] !== i - 1)) into.plain = false;
    offsets[into.length++] = i;
  }
}

/**
 * The half-width characters of the original at offsets[from..to): runs that stand unchanged at
 * consecutive offsets are sliced from the original, the others made one by one.
 */
function textOf(original: string, offsets: Int32Array, from: number, to: number): string {
  let s = '';
  let i = from;
  while (i < to) {
    const start = offsets[i];
    let j = i;
    while (j < to && offsets[j] === start + (j - i) && half(original.charCodeAt(offsets[j])) === original.charCodeAt(offsets[j])) j++;
    if (j > i) {
      s += original.slice(start, start + (j - i));
      i = j;
    } else s += String.fromCharCode(half(original.charCodeAt(offsets[i++])));
  }
  return s;
}

/**
 * Running page headers: a line printed again and again ("XX中心2024年单位预算公开"), with a year,
 * no punctuation of a sentence and ending as a document title ends. PDF extraction drops them into
 * the middle of sentences ("比上年预算减 / <header> / 少 25.16 万元").
 */
const RUNNING_HEADER = /(\d{4}年(度)?.*|(单位|部门))(预算|决算)(公开|信息公开)?(说明|文本)?$/;

function runningHeaders(lines: Line[]): Set<Line> {
  const seen = new Map<string, Line[]>();
  for (const line of lines) {
    if (line.text.length < 8 || /[。,;:、!?]/.test(line.text)) continue;
    const text = line.text.replace(/ /g, '');
    if (text.length < 8 || text.length > 60 || HEADING.test(text) || !RUNNING_HEADER.test(text)) continue;
    const same = seen.get(text);
    if (same) same.push(line);
    else seen.set(text, [line]);
  }
  return new Set([...seen.values()].filter((same) => same.length >= 2).flat());
}

/** Normalise PDF-extracted text; never throws. */
export function normalise(original: string): Normalised {
  const { lines, offsets, lineStarts } = readLines(original);
  const headers = runningHeaders(lines);
  const parts: string[] = []; // joined once: a flat string, quick to read
  // Each separator stands for a line break of the original: never more entries than the original has characters, and the end.
  const map = new Int32Array(original.length + 1);
  let length = 0;
  let paragraphStart = ''; // first characters of the current paragraph
  let paragraphHeading = false;
  let previous: Line | null = null;
  let previousHeading = false;
  for (const line of lines) {
    const t = line.text;
    if (t === '') continue;
    if (PAGE_NUMBER.test(t)) continue;
    if (headers.has(line)) continue;
    const heading = HEADING.test(t);
    let join = previous !== null;
    if (previous) {
      const prevText = previous.text;
      if (TERMINATOR.test(prevText)) join = false;
      else if (heading || FIELD_LABEL.test(t)) join = false;
      else if (paragraphHeading && HEADING_END.test(prevText)) join = false;
      // A short heading line ("四、其他") is whole: a wrapped heading fills its first line.
      else if (previousHeading && prevText === paragraphStart && prevText.length <= 10 && !/[\d,]$/.test(prevText)) join = false;
      else if (prevText.endsWith('绩效目标表')) join = false;
    }
    if (previous && !join) {
      parts.push('\n');
      map[length++] = previous.end;
    } else if (previous && join) {
      const a = previous.text.charCodeAt(previous.text.length - 1);
      const b = t.charCodeAt(0);
      // A number wrapped over two lines ("48" / "5.54 万元") is one number: no space between digits.
      if (isAlnum(a) && isAlnum(b) && !(isDigit(a) && isDigit(b))) {
        parts.push(' ');
        map[length++] = previous.end;
      }
    }
    if (!previous || !join) {
      paragraphStart = t.slice(0, 12);
      paragraphHeading = HEADING.test(paragraphStart);
    }
    // A space survives only between two ASCII letters or digits (a line has none at either end).
    let rest = 0; // start of the part of the line not yet in the text
    for (let k = 0; k < t.length; k++) {
      if (t.charCodeAt(k) === 0x20 && !(isAlnum(t.charCodeAt(k - 1)) && isAlnum(t.charCodeAt(k + 1)))) {
        parts.push(t.slice(rest, k));
        rest = k + 1;
      } else map[length++] = offsets[line.from + k];
    }
    parts.push(rest === 0 ? t : t.slice(rest));
    previous = line;
    previousHeading = heading;
  }
  map[length++] = original.length;
  return { text: parts.join(''), offsets: map.subarray(0, length), lineStarts };
}

/** The original line and column of a normalised offset. */
export function locate(n: Normalised, index: number): Position {
  const i = Math.max(0, Math.min(index, n.offsets.length - 1));
  const offset = n.offsets[i] ?? 0;
  let lo = 0;
  let hi = n.lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (n.lineStarts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - n.lineStarts[lo] + 1 };
}
