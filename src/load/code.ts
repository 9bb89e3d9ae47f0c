/**
 * Classification codes: 类 (3 digits) / 款 (2) / 项 (2) in three cells, joined ("2010301"),
 * spaced ("201 03 01"), with a leading zero that Excel dropped ("3" for "03").
 */
import type { Level } from '../ledger/model.js';
import { halfWidth, trimAll } from '../text.js';

export interface ParsedCode {
  code: string;
  level: Level;
}

export type CodeResult = { ok: true; code: ParsedCode } | { ok: false; reason: string } | null;

const LEVELS: Level[] = ['class', 'section', 'item'];

function pad(part: string, index: number): string | null {
  if (!/^\d+$/.test(part)) return null;
  if (index === 0) return part.length === 3 ? part : null;
  if (part.length === 1) return `0${part}`;
  return part.length === 2 ? part : null;
}

const parsedCodes = new Map<string, CodeResult>();

/**
 * Parse the code parts as printed (one cell, or one cell per level). null when nothing is printed.
 * Memoised: the same codes recur in every unit of a batch (cell texts hold no NUL: binary files are
 * refused). The results are shared, not to be changed.
 */
export function parseCode(parts: string[]): CodeResult {
  const printed = parts.join('\u0000');
  let result = parsedCodes.get(printed);
  if (result === undefined) {
    if (parsedCodes.size > 20_000) parsedCodes.clear();
    parsedCodes.set(printed, (result = computeParseCode(parts)));
  }
  return result;
}

function computeParseCode(parts: string[]): CodeResult {
  const all = parts.map((p) => halfWidth(trimAll(p)));
  const cells = all.filter((p) => p !== '');
  if (cells.length === 0) return null;
  const printed = cells.join(' ');
  const last = all.length - 1 - [...all].reverse().findIndex((p) => p !== '');
  if (all.slice(0, last).some((p) => p === '')) return { ok: false, reason: `code "${all.join('/')}" skips a level` };
  let pieces: string[];
  if (cells.length === 1) {
    const one = cells[0];
    if (/^\d+([\s.\-_]+\d+)+$/.test(one)) pieces = one.split(/[\s.\-_]+/);
    else if (/^\d+$/.test(one)) {
      if (one.length === 3 || one.length === 5 || one.length === 7) {
        pieces = [one.slice(0, 3), one.slice(3, 5), one.slice(5, 7)].filter((p) => p !== '');
      } else return { ok: false, reason: `code "${printed}" has ${one.length} digits (类 3, 款 2, 项 2)` };
    } else return { ok: false, reason: `code "${printed}" is not a classification code` };
  } else pieces = cells;
  if (pieces.length > 3) return { ok: false, reason: `code "${printed}" has more than three levels` };
  const padded: string[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const p = pad(pieces[i], i);
    if (p === null) return { ok: false, reason: `code "${printed}": ${['类', '款', '项'][i]} "${pieces[i]}" is not ${i === 0 ? '3' : '2'} digits` };
    padded.push(p);
  }
  return { ok: true, code: { code: padded.join(''), level: LEVELS[padded.length - 1] } };
}

/** The code of the level above: "2010301" → "20103" → "201" → undefined. */
export function parentCode(code: string): string | undefined {
  if (code.length > 5) return code.slice(0, 5);
  if (code.length > 3) return code.slice(0, 3);
  return undefined;
}
