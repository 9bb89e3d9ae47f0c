/**
 * Wrapping text to a terminal's width, as the terminal shows it: widths by string-width (a Chinese
 * character is two columns, a colour code none), a line broken at a space or between two Chinese
 * characters (never before a closing mark such as "，" or "）", nor after an opening one), a word
 * longer than the line broken where the line is full. Colour codes are kept where they are.
 *
 * (wrap-ansi does most of this but breaks Chinese text only where it holds a space, and its colour
 * handling uses named groups in regular expressions, which V8 of Node.js 20 cannot run from the
 * bundle's code cache: see scripts/bundle.mjs.)
 */
import stringWidth from 'string-width';

/** Marks that end a phrase: no line starts with one. */
const CLOSING = new Set([...'，。、；：！？）」』】〕〉》”’…%％,.;:!?)]}']);
/** Marks that open a phrase: no line ends with one. */
const OPENING = new Set([...'（「『【〔〈《“‘([{']);

const segmenter = new Intl.Segmenter();

interface Piece {
  text: string;
  width: number;
  space: boolean;
}

/**
 * The text in pieces a line may break between: runs of blanks, and runs of other characters that hold
 * no break (a break falls before or after a wide character, unless a closing mark follows it or an
 * opening mark precedes it).
 */
function pieces(text: string): Piece[] {
  const out: Piece[] = [];
  let current: Piece | undefined;
  let prev: { segment: string; wide: boolean } | undefined;
  // Colour codes travel with the character after them (or with the last piece, at the end).
  let codes = '';
  const parts = text.split(/(\u001b\[[0-9;]*m)/);
  for (let p = 0; p < parts.length; p++) {
    if (p % 2 === 1) {
      codes += parts[p];
      continue;
    }
    for (const { segment } of segmenter.segment(parts[p])) {
      const width = stringWidth(segment);
      const space = segment === ' ' || segment === '\t';
      const wide = width >= 2;
      const joined =
        current !== undefined &&
        current.space === space &&
        (space || !prev || !(prev.wide || wide) || CLOSING.has(segment) || OPENING.has(prev.segment));
      if (!joined) {
        current = { text: '', width: 0, space };
        out.push(current);
      }
      current!.text += codes + segment;
      current!.width += width;
      codes = '';
      prev = { segment, wide };
    }
  }
  if (codes !== '') {
    if (current) current.text += codes;
    else out.push({ text: codes, width: 0, space: false });
  }
  return out;
}

/** A piece wider than a line, cut into lines of at most `width` columns, the first of `first`. */
function cut(piece: string, first: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  let used = 0;
  let room = first;
  const parts = piece.split(/(\u001b\[[0-9;]*m)/);
  for (let p = 0; p < parts.length; p++) {
    if (p % 2 === 1) {
      line += parts[p];
      continue;
    }
    for (const { segment } of segmenter.segment(parts[p])) {
      const w = stringWidth(segment);
      if (used + w > room && used > 0) {
        lines.push(line);
        line = '';
        used = 0;
        room = width;
      }
      line += segment;
      used += w;
    }
  }
  lines.push(line);
  return lines;
}

/** The colour codes of a run of blanks, without the blanks (what stays of it at a line's end). */
const codesOf = (blanks: Piece | undefined) => (blanks ? blanks.text.replace(/[ \t]/g, '') : '');

/** `text` in lines of at most `width` columns, the first of `first` (wider only where one character is). */
export function wrapText(text: string, width: number, first = width): string[] {
  const lines: string[] = [];
  const room = () => (lines.length === 0 ? first : width);
  let line = '';
  let used = 0;
  let blanks: Piece | undefined;
  for (const piece of pieces(text)) {
    if (piece.space) {
      blanks = piece;
      continue;
    }
    const gap = blanks && used > 0 ? blanks.width : 0;
    if (used + gap + piece.width <= room()) {
      line += used > 0 ? (blanks?.text ?? '') : codesOf(blanks);
      line += piece.text;
      used += gap + piece.width;
    } else {
      // A break at the blanks: their colour codes stay, the blanks go.
      if (used > 0) lines.push(line + codesOf(blanks));
      else line += codesOf(blanks);
      const cuts = piece.width <= room() ? [piece.text] : cut(piece.text, room(), width);
      cuts[0] = (used > 0 ? '' : line) + cuts[0];
      lines.push(...cuts.slice(0, -1));
      line = cuts[cuts.length - 1];
      used = stringWidth(line);
    }
    blanks = undefined;
  }
  lines.push(line + codesOf(blanks));
  return lines;
}

/**
 * A table cell's text for cli-table3, which wraps at spaces only and cuts off a word wider than the
 * cell: wrapped here when it holds such a word (Chinese text has no spaces), else left to the table.
 */
export function cellText(text: string, width: number): string {
  return text.split(/[ \n]/).every((word) => stringWidth(word) <= width) ? text : wrapText(text, width).join('\n');
}
