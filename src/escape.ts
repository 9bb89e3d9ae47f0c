/**
 * File names and text as they may safely reach a terminal or a one-line message: control characters
 * (C0, DEL, C1), bidirectional overrides and isolates, line and paragraph separators escaped
 * visibly ("\x1b", "\n", "\u202e"), and the bytes of a name that are not UTF-8 shown as "\xNN".
 *
 * Names read from the file system as bytes keep those bytes in the string as lone low surrogates
 * U+DC80–U+DCFF (the "surrogateescape" of Python and others): fsPath turns such a string back into
 * the bytes the file system holds, so a file whose name is not UTF-8 is still read.
 */

/** C0 controls, DEL, C1 controls, bidi embeddings/overrides/isolates and marks, line and paragraph separators, lone surrogates. */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const HAS_UNSAFE = new RegExp(UNSAFE.source);

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t', '\\': '\\\\' };

function hex(n: number, width: number): string {
  return n.toString(16).padStart(width, '0');
}

/** A character of UNSAFE, escaped. */
function escapeChar(c: string): string {
  const named = NAMED[c];
  if (named) return named;
  const code = c.charCodeAt(0);
  // "\xNN" is a byte: a C0 control or DEL, or a byte of a name that is not UTF-8; a character beyond is "\uNNNN" (C1 controls too).
  if (code >= 0xdc80 && code <= 0xdcff) return `\\x${hex(code - 0xdc00, 2)}`;
  return code < 0x80 ? `\\x${hex(code, 2)}` : `\\u${hex(code, 4)}`;
}

/**
 * Text shown on one line of a terminal: every character that could move the cursor, end the line,
 * reorder what follows or change the terminal's state, escaped. Text without one is returned as it is.
 */
export function escapeText(s: string): string {
  if (!HAS_UNSAFE.test(s)) return s;
  return s.replace(UNSAFE, escapeChar);
}

/**
 * A name (file or directory) for a terminal or a one-line message: as escapeText, and a backslash is
 * doubled when the name needs escaping at all, so that an escaped name reads back unambiguously.
 */
export function escapeName(s: string): string {
  if (!HAS_UNSAFE.test(s)) return s;
  return s.replace(/\\/g, '\\\\').replace(UNSAFE, escapeChar);
}

/** A name read as bytes: UTF-8 where it is valid, each other byte as U+DC80–U+DCFF (see fsPath). */
export function nameFromBytes(bytes: Buffer): string {
  const text = bytes.toString('utf8');
  if (!text.includes('\ufffd') && Buffer.byteLength(text) === bytes.length) return text;
  let out = '';
  for (let i = 0; i < bytes.length; ) {
    const n = utf8Length(bytes, i);
    if (n > 0) {
      out += bytes.toString('utf8', i, i + n);
      i += n;
    } else out += String.fromCharCode(0xdc00 + bytes[i++]);
  }
  return out;
}

/** The length of the well-formed UTF-8 sequence at i, or 0. */
function utf8Length(b: Buffer, i: number): number {
  const c = b[i];
  if (c < 0x80) return 1;
  const n = c >= 0xc2 && c <= 0xdf ? 2 : c >= 0xe0 && c <= 0xef ? 3 : c >= 0xf0 && c <= 0xf4 ? 4 : 0;
  if (n === 0 || i + n > b.length) return 0;
  for (let k = 1; k < n; k++) if ((b[i + k] & 0xc0) !== 0x80) return 0;
  // Overlong forms and surrogates, which Node's decoder also refuses.
  if (c === 0xe0 && b[i + 1] < 0xa0) return 0;
  if (c === 0xed && b[i + 1] >= 0xa0) return 0;
  if (c === 0xf0 && b[i + 1] < 0x90) return 0;
  if (c === 0xf4 && b[i + 1] >= 0x90) return 0;
  return n;
}

const ESCAPED_BYTE = /[\udc80-\udcff]/;

/** The path to give the file system: the string itself, or its bytes when it holds bytes of a name that is not UTF-8. */
export function fsPath(path: string): string | Buffer {
  if (!ESCAPED_BYTE.test(path)) return path;
  const parts: Buffer[] = [];
  let run = '';
  for (let i = 0; i < path.length; i++) {
    const code = path.charCodeAt(i);
    if (code >= 0xdc80 && code <= 0xdcff && !(i > 0 && path.charCodeAt(i - 1) >= 0xd800 && path.charCodeAt(i - 1) <= 0xdbff)) {
      if (run) parts.push(Buffer.from(run, 'utf8'));
      run = '';
      parts.push(Buffer.from([code - 0xdc00]));
    } else run += path[i];
  }
  if (run) parts.push(Buffer.from(run, 'utf8'));
  return Buffer.concat(parts);
}
