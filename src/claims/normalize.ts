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
  offsets: number[];
  /** Offsets in the original text where each physical line starts. */
  lineStarts: number[];
}

export interface Position {
  /** 1-based physical line in the original file. */
  line: number;
  /** 1-based column (UTF-16 code units) in that line. */
  column: number;
}

const PAGE_NUMBER = [
  /^[-—–－~\s]*\d{1,3}[-—–－~\s]*$/,
  /^第\s*\d{1,3}\s*页(\s*[,，/]?\s*共\s*\d{1,3}\s*页)?$/,
  /^\d{1,3}\s*\/\s*\d{1,3}$/,
];
const HEADING = /^(第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+[、.]|\([一二三四五六七八九十]+\)|\d{1,2}[、.](?!\d))/;
const HEADING_END = /(说明|情况|概况|职能|事项|解释|部分|情况表|经费)$/;
const FIELD_LABEL = /^(设立的政策依据|政策依据|预算安排规模|项目承担单位|资金分配情况|资金执行时间|项目名称|项目负责人|实施周期|项目概述|立项依据)[:]/;
const TERMINATOR = /([。!?]|(其中|包括|如下|为|是)[:])$/;
const SPACE = /[\s\u3000\u00A0\uFEFF\u200B]/;
const ALNUM = /[A-Za-z0-9]/;

/** One character to its half-width form (full-width ASCII, ideographic space). */
function half(c: string): string {
  const code = c.charCodeAt(0);
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0);
  // Only white space is turned into a space: test the regex on the few candidates.
  if ((code <= 0x20 || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200b) || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff) && SPACE.test(c)) return ' ';
  return c;
}

interface Line {
  /** Half-width characters of the line without leading/trailing space. */
  chars: string[];
  offsets: number[];
  /** Offset of the line break after the line in the original (or the text length). */
  end: number;
}

function readLines(original: string): { lines: Line[]; lineStarts: number[] } {
  const lineStarts = [0];
  const lines: Line[] = [];
  let start = 0;
  const n = original.length;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? original[i] : '\n';
    if (c !== '\n' && c !== '\r' && c !== '\f' && c !== '\v' && c !== '\u2028' && c !== '\u2029' && c !== '\u0085') continue;
    if (c === '\r' && original[i + 1] === '\n') {
      // CRLF: the line ends here, the next one after "\n".
      pushLine(original, start, i, lines);
      i++;
      start = i + 1;
      if (i < n) lineStarts.push(start);
      continue;
    }
    pushLine(original, start, i, lines);
    start = i + 1;
    // A form feed is not a line break for editors' line numbers; the others are.
    if (i < n && c !== '\f') lineStarts.push(start);
  }
  return { lines, lineStarts };
}

function pushLine(original: string, from: number, to: number, lines: Line[]): void {
  // A Markdown narrative: heading and quote marks are not text.
  const mark = /^[ \t]*(#{1,6}[ \t]+|>[ \t]*)/.exec(original.slice(from, Math.min(to, from + 16)));
  if (mark) from += mark[0].length;
  // Markdown emphasis around a whole line or its opening words ("**二、收入预算**", "**单位资金** 131.99").
  const bold = /^[ \t]*(\*\*|__)(?=\S)/.exec(original.slice(from, Math.min(to, from + 8)));
  if (bold) {
    const close = original.indexOf(bold[1], from + bold[0].length);
    if (close > 0 && close < to) {
      const inner = original.slice(from + bold[0].length, close);
      if (!/^\s*(万元|元|%|\.)/.test(inner)) {
        pushLineParts(original, [[from + bold[0].length, close], [close + bold[1].length, to]], lines);
        return;
      }
    }
  }
  pushLineParts(original, [[from, to]], lines);
}

/** One line from its ranges of the original (the markup between them left out). */
function pushLineParts(original: string, ranges: [number, number][], lines: Line[]): void {
  const chars: string[] = [];
  const offsets: number[] = [];
  for (const [from, to] of ranges) {
    for (let i = from; i < to; i++) {
      const h = half(original[i]);
      if (h === ' ' && (chars.length === 0 || chars[chars.length - 1] === ' ')) continue;
      chars.push(h);
      offsets.push(i);
    }
  }
  while (chars.length > 0 && chars[chars.length - 1] === ' ') {
    chars.pop();
    offsets.pop();
  }
  lines.push({ chars, offsets, end: ranges[ranges.length - 1][1] });
}

function isPageNumber(text: string): boolean {
  return PAGE_NUMBER.some((re) => re.test(text));
}

/**
 * Running page headers: a line printed again and again ("XX中心2024年单位预算公开"), with a year,
 * no punctuation of a sentence and ending as a document title ends. PDF extraction drops them into
 * the middle of sentences ("比上年预算减 / <header> / 少 25.16 万元").
 */
const RUNNING_HEADER = /(\d{4}年(度)?.*|(单位|部门))(预算|决算)(公开|信息公开)?(说明|文本)?$/;

function runningHeaders(lines: Line[]): Set<string> {
  const counts = new Map<string, number>();
  for (const line of lines) {
    const text = line.chars.join('').replace(/ /g, '');
    if (text.length < 8 || text.length > 60 || /[。,;:、!?]/.test(text) || HEADING.test(text) || !RUNNING_HEADER.test(text)) continue;
    counts.set(text, (counts.get(text) ?? 0) + 1);
  }
  return new Set([...counts].filter(([, n]) => n >= 2).map(([t]) => t));
}

/** Normalise PDF-extracted text; never throws. */
export function normalise(original: string): Normalised {
  const { lines, lineStarts } = readLines(original);
  const headers = runningHeaders(lines);
  const out: string[] = [];
  const offsets: number[] = [];
  let paragraphStart = ''; // first characters of the current paragraph
  let previous: Line | null = null;
  for (const line of lines) {
    if (line.chars.length === 0) continue;
    const text = line.chars.join('');
    if (isPageNumber(text)) continue;
    if (headers.size > 0 && headers.has(text.replace(/ /g, ''))) continue;
    let join = previous !== null;
    if (previous) {
      const prevText = previous.chars.join('');
      if (TERMINATOR.test(prevText)) join = false;
      else if (HEADING.test(text) || FIELD_LABEL.test(text)) join = false;
      else if (HEADING.test(paragraphStart) && HEADING_END.test(prevText)) join = false;
      // A short heading line ("四、其他") is whole: a wrapped heading fills its first line.
      else if (HEADING.test(prevText) && prevText === paragraphStart && prevText.length <= 10 && !/[\d,]$/.test(prevText)) join = false;
      else if (/绩效目标表$/.test(prevText)) join = false;
    }
    if (previous && !join) {
      out.push('\n');
      offsets.push(previous.end);
    } else if (previous && join) {
      const a = previous.chars[previous.chars.length - 1];
      const b = line.chars[0];
      // A number wrapped over two lines ("48" / "5.54 万元") is one number: no space between digits.
      if (ALNUM.test(a) && ALNUM.test(b) && !(/\d/.test(a) && /\d/.test(b))) {
        out.push(' ');
        offsets.push(previous.end);
      }
    }
    if (!previous || !join) paragraphStart = text.slice(0, 12);
    for (let i = 0; i < line.chars.length; i++) {
      out.push(line.chars[i]);
      offsets.push(line.offsets[i]);
    }
    previous = line;
  }
  // A space survives only between two ASCII letters or digits.
  const text: string[] = [];
  const map: number[] = [];
  for (let i = 0; i < out.length; i++) {
    if (out[i] === ' ') {
      const a = text[text.length - 1];
      const b = out[i + 1];
      if (a === undefined || b === undefined || !ALNUM.test(a) || !ALNUM.test(b)) continue;
    }
    text.push(out[i]);
    map.push(offsets[i]);
  }
  map.push(original.length);
  return { text: text.join(''), offsets: map, lineStarts };
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
