/**
 * Bytes to text: UTF-8 (with or without BOM), UTF-16 with BOM, GB18030/GBK. A file that is none of
 * these (binary, truncated or corrupted UTF-8) is an InputError naming the line of the first bad byte.
 */
import { isUtf8, transcode } from 'node:buffer';
import { InputError } from './errors.js';

export interface Decoded {
  text: string;
  encoding: 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030';
}

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** Scan UTF-8: counts of valid multi-byte sequences and the offset of the first invalid byte. */
function scanUtf8(b: Uint8Array): { multibyte: number; firstBad: number } {
  let multibyte = 0;
  for (let i = 0; i < b.length; ) {
    const c = b[i];
    if (c < 0x80) {
      i++;
      continue;
    }
    const n = c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1;
    if (n < 0) return { multibyte, firstBad: i };
    for (let k = 1; k <= n; k++) if (i + k >= b.length || (b[i + k] & 0xc0) !== 0x80) return { multibyte, firstBad: i };
    multibyte++;
    i += n + 1;
  }
  return { multibyte, firstBad: -1 };
}

/**
 * The text if the bytes are well-formed UTF-8, else null. Validated first, then converted through
 * UTF-16: on Chinese text ICU's transcoder is several times faster than the UTF-8 string decoder.
 */
function tryUtf8(bytes: Uint8Array): string | null {
  if (!isUtf8(bytes)) return null;
  return transcode(bytes, 'utf8', 'utf16le').toString('utf16le');
}

/** Control characters that no text file holds; a form feed (a page break of text from a PDF) is white space. */
function hasBinary(text: string): number {
  const m = /[\u0000-\u0008\u000B\u000E-\u001F\uFFFD]/.exec(text);
  return m ? m.index : -1;
}

const EOF_MARK = 0x1a;

/** The text without a DOS end-of-file mark (^Z) at its end, where only white space may follow it. */
function withoutEndOfFile(text: string): string {
  let end = text.length;
  let mark = -1;
  for (; end > 0; end--) {
    const c = text.charCodeAt(end - 1);
    if (c === EOF_MARK) mark = end - 1;
    else if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) break;
  }
  return mark < 0 ? text : text.slice(0, mark);
}

export function decode(bytes: Uint8Array, file: string): Decoded {
  let decoded: Decoded;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const text = tryUtf8(bytes.subarray(3));
    const scan = text === null ? scanUtf8(bytes.subarray(3)) : { multibyte: 0, firstBad: -1 };
    if (scan.firstBad >= 0) throw new InputError(file, 'invalid UTF-8 (truncated or corrupted) after a UTF-8 byte-order mark', lineAt(bytes, scan.firstBad + 3));
    decoded = { text: text!, encoding: 'utf-8-bom' };
  } else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    decoded = { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    decoded = { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  } else {
    const utf8 = tryUtf8(bytes);
    const scan = utf8 === null ? scanUtf8(bytes) : { multibyte: 0, firstBad: -1 };
    if (utf8 !== null) decoded = { text: utf8, encoding: 'utf-8' };
    else if (scan.multibyte >= 4 && scan.multibyte >= bytes.length / 64) {
      // Mostly well-formed UTF-8 with a bad sequence: truncated or corrupted, not GB18030.
      throw new InputError(file, 'invalid UTF-8 (truncated or corrupted text)', lineAt(bytes, scan.firstBad));
    } else {
      try {
        decoded = { text: new TextDecoder('gb18030', { fatal: true }).decode(bytes), encoding: 'gb18030' };
      } catch {
        throw new InputError(file, 'not text in UTF-8 or GB18030', lineAt(bytes, scan.firstBad));
      }
    }
  }
  decoded.text = withoutEndOfFile(decoded.text);
  const bad = hasBinary(decoded.text);
  if (bad >= 0) {
    const line = decoded.text.slice(0, bad).split('\n').length;
    throw new InputError(file, 'binary content (control bytes), not a CSV text file', line);
  }
  return decoded;
}
