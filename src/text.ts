/** Text normalisation shared by the loader and the claim reader. */

const FULL_WIDTH = /[\uFF01-\uFF5E]/g;
const HAS_FULL_WIDTH = /[\uFF01-\uFF5E]/;
const SPACES = /[\s\u3000\u00A0\uFEFF]+/g;

/** Full-width ASCII (digits, letters, punctuation) to half-width. */
export function halfWidth(s: string): string {
  if (!HAS_FULL_WIDTH.test(s)) return s;
  return s.replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

const HAN_DIGITS = '〇一二三四五六七八九';
/** A year of this century: 二, a zero (〇 ○ 零), two more digits, 年. */
const HAN_YEAR = /二[〇○零][〇○零一二三四五六七八九]{2}(?=\s*年)/g;

/** Years written in Chinese numerals ("二〇二四年") in digits ("2024年"), one character for one. */
export function digitYears(s: string): string {
  // Most texts write none: a search for their zero is far cheaper than the pattern over the whole text.
  if (s.indexOf('〇') < 0 && s.indexOf('○') < 0 && s.indexOf('零') < 0) return s;
  return s.replace(HAN_YEAR, (y) => [...y].map((c) => String(Math.max(0, HAN_DIGITS.indexOf(c)))).join(''));
}

/** Remove every kind of white space, including U+3000 and no-break spaces. */
export function squeeze(s: string): string {
  return s.replace(SPACES, '');
}

/** Trim every kind of white space at both ends. */
export function trimAll(s: string): string {
  // String.prototype.trim removes every Unicode white space, U+3000, U+00A0 and U+FEFF included.
  return s.trim();
}

const labelKeys = new Map<string, string>();

/**
 * A label for matching: no spaces, half-width, no quotes, brackets unified to ASCII. Memoised: the
 * same headings and row labels recur in every unit of a batch.
 */
export function labelKey(s: string): string {
  let key = labelKeys.get(s);
  if (key === undefined) {
    if (labelKeys.size > 20_000) labelKeys.clear();
    labelKeys.set(s, (key = computeLabelKey(s)));
  }
  return key;
}

function computeLabelKey(s: string): string {
  return halfWidth(squeeze(s))
    .replace(/[“”"'‘’「」『』]/g, '')
    .replace(/[【\[]/g, '(')
    .replace(/[】\]]/g, ')');
}

/** The longest quote of a text a report repeats (a sentence, a claim's words): a hostile one-line text would be repeated whole. */
export const MAX_QUOTE = 1000;

/**
 * At most MAX_QUOTE characters of `s` around index `at`, with "…" where it was cut: the whole of any
 * real sentence, a window of a line of megabytes.
 */
export function excerpt(s: string, at = 0): string {
  if (s.length <= MAX_QUOTE) return s;
  const from = Math.max(0, Math.min(at - MAX_QUOTE / 4, s.length - MAX_QUOTE));
  return `${from > 0 ? '…' : ''}${s.slice(from, from + MAX_QUOTE)}${from + MAX_QUOTE < s.length ? '…' : ''}`;
}
