/**
 * The function subjects a narrative names, resolved to their codes, and the names the tables print
 * for each code: what TXT004 subject-old-name and TXT005 subject-name-mismatch compare.
 *
 * A narrative names a subject
 * - by its levels: "卫生健康支出（类）行政事业单位医疗（款）行政单位医疗（项）", with or without codes
 *   in the brackets ("公共安全支出（204类）司法（06款）行政运行（01项）");
 * - by its code before the name: "2010301行政运行", "208社会保障和就业支出";
 * - by a class's former name anywhere ("医疗卫生与计划生育支出"), and 公共财政预算 for 一般公共预算.
 */
import { CODED_TABLES, type Ledger, type Place } from '../../ledger/model.js';
import { bareClassName, CLASS_NAMES } from '../../ledger/classification.js';
import { FORMER_NAMES, FUNCTION_NAMES, type FormerName } from '../../ledger/function-names.js';
import { narrativeOf } from '../../narrative/analysis.js';
import { perObject } from '../../memo.js';
import { labelKey } from '../../text.js';
import { proseOf, type Prose } from './prose.js';

/** A name reduced for comparison: no spaces, half-width, no numbering, no level mark, no trailing 支出. */
function computeCore(name: string): string {
  return bareClassName(name)
    .replace(/^(?:\(\s*[一二三四五六七八九十\d]+\s*\)|[一二三四五六七八九十]+[、.]|\d{1,2}[、.](?!\d))/, '')
    .replace(/\((?:\d{2,3})?(?:类|款|项)\)$/, '')
    .replace(/(?:类|款|项)?科目$/, '')
    .replace(/支出$/, '');
}

const cores = new Map<string, string>();

/** A name's core, memoised (the same names recur in every unit). */
export function core(name: string): string {
  let c = cores.get(name);
  if (c === undefined) {
    if (cores.size > 20_000) cores.clear();
    cores.set(name, (c = computeCore(name)));
  }
  return c;
}

/** A core without its bracketed words: "政府办公厅(室)及相关机构事务" → "政府办公厅及相关机构事务". */
function unbracketed(c: string): string {
  return c.includes('(') ? c.replace(/\([^()]*\)/g, '') : c;
}

/** Two names of one subject: their cores agree, or agree without their bracketed words ("政府办公厅（室）…"). */
export function sameName(a: string, b: string): boolean {
  const x = core(a);
  const y = core(b);
  return x === y || unbracketed(x) === unbracketed(y);
}

/** Codes by the cores of their names (with and without bracketed words). */
type NameIndex = Map<string, string[]>;

function indexName(index: NameIndex, code: string, name: string): void {
  const c = core(name);
  for (const key of c === unbracketed(c) ? [c] : [c, unbracketed(c)]) {
    const codes = index.get(key);
    if (!codes) index.set(key, [code]);
    else if (!codes.includes(code)) codes.push(code);
  }
}

/** The classification's names (current, former, other names of a class), indexed once. */
const CLASSIFICATION_INDEX: NameIndex = new Map();
for (const [code, name] of Object.entries(FUNCTION_NAMES)) indexName(CLASSIFICATION_INDEX, code, name);
for (const f of FORMER_NAMES) if (f.code) indexName(CLASSIFICATION_INDEX, f.code, f.name);
for (const [code, names] of Object.entries(CLASS_NAMES)) if (code.startsWith('2')) for (const n of names) indexName(CLASSIFICATION_INDEX, code, n);

/** A printed name for a code, and where (a table row). */
export interface TableName {
  name: string;
  place: Place;
}

/** What the function tables print: the name of each code (the first table's, in the tables' order), and the codes by name. */
export interface Printed {
  names: Map<string, TableName>;
  index: NameIndex;
}

export const tableNames = perObject('function names printed', (ledger: Ledger): Printed => {
  const names = new Map<string, TableName>();
  const index: NameIndex = new Map();
  for (const kind of CODED_TABLES) {
    const table = ledger.tables.get(kind);
    if (!table || table.classification !== 'function') continue;
    for (const row of table.rows) {
      if (!row.code || row.project || row.isTotal || names.has(row.code) || row.name.trim() === '') continue;
      const name = row.level === 'class' ? bareClassName(row.name) : row.name.trim();
      names.set(row.code, { name, place: row.codePlace ?? row });
      indexName(index, row.code, name);
    }
  }
  return { names, index };
});

/** Former names by code. */
const FORMER_BY_CODE = new Map<string, FormerName[]>();
for (const f of FORMER_NAMES) {
  const list = FORMER_BY_CODE.get(f.code);
  if (list) list.push(f);
  else FORMER_BY_CODE.set(f.code, [f]);
}

/** The former name of `code` that `name` is, if it is one. */
export function formerName(code: string, name: string): FormerName | undefined {
  return FORMER_BY_CODE.get(code)?.find((f) => sameName(f.name, name));
}

/** The codes of one length (under a parent, when known) that go by `name`, in the tables or the classification. */
function codesNamed(name: string, parent: string | undefined, length: number, printed: Printed): string[] {
  const c = core(name);
  const out: string[] = [];
  for (const index of [printed.index, CLASSIFICATION_INDEX]) {
    for (const key of c === unbracketed(c) ? [c] : [c, unbracketed(c)]) {
      for (const code of index.get(key) ?? []) if (code.length === length && (!parent || code.startsWith(parent)) && !out.includes(code)) out.push(code);
    }
  }
  return out;
}

/** Every name a code goes by: the tables', the classification's and its former names. */
function namesOf(code: string, printed: Printed): string[] {
  const out: string[] = [];
  const t = printed.names.get(code);
  if (t) out.push(t.name);
  if (code.length === 3) out.push(...(CLASS_NAMES[code] ?? []));
  else if (FUNCTION_NAMES[code]) out.push(FUNCTION_NAMES[code]);
  for (const f of FORMER_BY_CODE.get(code) ?? []) out.push(f.name);
  return out;
}

/** The function classes (3-digit codes) the tables print or the classification names. */
const CLASSES = Object.keys(CLASS_NAMES).filter((c) => c.startsWith('2'));

export interface Mention {
  /** Offset of the name in the normalised text. */
  at: number;
  /** The name as printed. */
  name: string;
  code?: string;
  /** The code was printed with the name ("2010301行政运行", "（204类）"). */
  explicit: boolean;
  /** How the subject was named: by its levels' marks, by a code before it, or by a former name anywhere. */
  by: 'marks' | 'code' | 'former';
}

const LEVEL_LENGTH = { 类: 3, 款: 5, 项: 7 } as const;
/** "（类）", "（204类）", "（06款）", "（01项）" in the normalised text. */
const MARK = /\((\d{2,3})?(类|款|项)\)/g;
/**
 * A code before a name: 3, 5 or 7 digits starting with 2, where a subject's name starts (the start of a
 * paragraph or a clause, an item's number "1."), not part of a longer number, and not a figure before
 * its unit ("减少221万元", "209人").
 */
const CODE_BEFORE = /2(?<!\d2)(\d\d(?:\d\d){0,2})(?![\d.%])\s?(?=[\u4e00-\u9fff])(?![万亿千百元人个项辆台套家户名次年月日天批件册号平亩吨条间座处类款])/g;
/** Former class names distinct enough to be read anywhere, and 公共财政预算 (the longer name first). */
const FORMER_ANYWHERE = new RegExp(
  FORMER_NAMES.filter((f) => (f.code.length === 3 || f.code === '') && f.name.length >= 7 && f.since)
    .map((f) => f.name)
    .concat(['公共财政预算'])
    .sort((a, b) => b.length - a.length)
    .join('|'),
  'g',
);

/** Characters a subject's name is made of: Han characters, brackets ("政府办公厅（室）"), 、. */
function isNameChar(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || c === 0x28 || c === 0x29 || c === 0x3001;
}

/** Words before a name that are not part of it. */
const LEAD_WORDS = /^(?:[、()]|其中|主要|用于|包括|安排|是|为|和|及|与|对|在|其|中)+/;

/** The candidate name that ends at `end`: back to a delimiter, `floor` (the previous mark's end) or 40 characters. */
function nameBefore(text: string, end: number, floor: number): { at: number; name: string } {
  let i = end;
  const limit = Math.max(floor, end - 40);
  while (i > limit && isNameChar(text.charCodeAt(i - 1))) i--;
  let name = text.slice(i, end);
  // A heading's number printed before the name: "(一)", "1.".
  const heading = /^\([一二三四五六七八九十\d]+\)/.exec(name);
  if (heading) name = name.slice(heading[0].length);
  const lead = i === floor ? /^、+/.exec(name) : LEAD_WORDS.exec(name);
  if (lead) name = name.slice(lead[0].length);
  return { at: end - name.length, name };
}

/** The known name of a code that `candidate` ends with (the longest), when the candidate has words before it. */
function endsWithName(candidate: string, code: string, printed: Printed): string | undefined {
  let best: string | undefined;
  const key = labelKey(candidate);
  for (const n of namesOf(code, printed)) {
    for (const form of [n, n.replace(/支出$/, '')]) {
      const k = labelKey(form);
      if (k.length >= 2 && key.endsWith(k) && (!best || k.length > best.length)) best = k;
    }
  }
  return best;
}

/** Resolve a name at one level under a parent: the one code that goes by it; undefined when none (or more than one) does. */
function resolveName(name: string, parent: string | undefined, length: number, printed: Printed): { code: string; name: string } | undefined {
  const exact = codesNamed(name, parent, length, printed);
  if (exact.length === 1) return { code: exact[0], name };
  if (exact.length > 1 || length !== 3) return undefined;
  // A class name with words before it ("主要用于卫生健康支出"): the known name it ends with.
  let found: { code: string; name: string } | undefined;
  for (const c of CLASSES) {
    const n = endsWithName(name, c, printed);
    if (n && (!found || n.length > found.name.length)) found = { code: c, name: n };
  }
  return found;
}

/** The codes of one length the tables print under a parent. */
function printedUnder(parent: string, length: number, printed: Printed): string[] {
  const out: string[] = [];
  for (const c of printed.names.keys()) if (c.length === length && c.startsWith(parent)) out.push(c);
  return out;
}

/** Every subject the narrative names, in the text's order (at most one per offset). */
export const mentionsOf = perObject('narrative subjects', (ledger: Ledger): Mention[] => {
  const p = proseOf(ledger);
  if (!p) return [];
  const printed = tableNames(ledger);
  // A narrative names the same subjects again and again: each resolved once.
  const resolved = new Map<string, { code: string; name: string } | undefined>();
  const resolve = (name: string, parent: string | undefined, length: number) => {
    const key = `${parent ?? ''}|${length}|${name}`;
    if (resolved.has(key)) return resolved.get(key);
    const r = resolveName(name, parent, length, printed);
    resolved.set(key, r);
    return r;
  };
  const text = p.text;
  const out: Mention[] = [];
  const seen = new Set<number>();
  const add = (m: Mention) => {
    if (seen.has(m.at)) return;
    seen.add(m.at);
    out.push(m);
  };
  // By the levels' marks: a chain's names lie between its marks.
  MARK.lastIndex = 0;
  let chainEnd = -1;
  // The codes of the chain so far: its class, its 款.
  let chain: [string | undefined, string | undefined] = [undefined, undefined];
  for (let m = MARK.exec(text); m; m = MARK.exec(text)) {
    const length = LEVEL_LENGTH[m[2] as keyof typeof LEVEL_LENGTH];
    const inChain = chainEnd >= 0 && m.index >= chainEnd && isNameRun(text, chainEnd, m.index);
    if (!inChain) chain = [undefined, undefined];
    const { at, name } = nameBefore(text, m.index, inChain ? chainEnd : 0);
    chainEnd = m.index + m[0].length;
    const parent = length === 3 ? undefined : length === 5 ? chain[0] : chain[1];
    let code: string | undefined;
    let shown = name;
    let explicit = false;
    if (m[1]) {
      // "（204类）", "（06款）", "（01项）": the code, or the part of it this level adds.
      code = length === 3 ? (m[1].length === 3 ? m[1] : undefined) : parent && m[1].length === 2 ? parent + m[1] : undefined;
      explicit = code !== undefined;
      const known = code && length === 3 ? endsWithName(name, code, printed) : undefined;
      if (known) shown = name.slice(name.length - known.length);
    } else if (name.length >= 2) {
      const r = resolve(name, parent, length);
      if (r) {
        code = r.code;
        shown = name.slice(name.length - r.name.length);
      } else if (parent && length > 3) {
        // The tables print one subject at this level under the parent: the narrative speaks of it by another name.
        const under = printedUnder(parent, length, printed);
        if (under.length === 1 && codesNamed(name, undefined, length, printed).length === 0) code = under[0];
      }
    }
    if (length === 3) chain = [code, undefined];
    else if (length === 5) chain[1] = code;
    if (shown.length >= 2) add({ at: m.index - shown.length, name: shown, code, explicit, by: 'marks' });
  }
  // By a code before the name.
  CODE_BEFORE.lastIndex = 0;
  for (let m = CODE_BEFORE.exec(text); m; m = CODE_BEFORE.exec(text)) {
    const code = `2${m[1]}`;
    if (!startsName(text, m.index) || (!printed.names.has(code) && !FUNCTION_NAMES[code])) continue;
    const start = m.index + m[0].length;
    let end = start;
    while (end < text.length && end - start < 40 && isNameChar(text.charCodeAt(end))) end++;
    const name = printedName(text.slice(start, end), code, printed);
    if (name.length >= 2) add({ at: start, name, code, explicit: true, by: 'code' });
  }
  // Former names anywhere.
  FORMER_ANYWHERE.lastIndex = 0;
  for (let m = FORMER_ANYWHERE.exec(text); m; m = FORMER_ANYWHERE.exec(text)) {
    // "其他文化体育与传媒支出" is an item's name (20799), read by its marks if at all.
    if (text.startsWith('其他', m.index - 2)) continue;
    const f = FORMER_NAMES.find((x) => x.name === m![0] && (x.code.length === 3 || x.code === ''));
    if (f) add({ at: m.index, name: m[0], code: f.code || undefined, explicit: false, by: 'former' });
  }
  return out.sort((a, b) => a.at - b.at);
});

/** Whether text[from..to) holds only a name (a chain goes on: "（类）政府办公厅（室）及相关机构事务（款）"). */
function isNameRun(text: string, from: number, to: number): boolean {
  if (to - from > 40) return false;
  for (let i = from; i < to; i++) if (!isNameChar(text.charCodeAt(i))) return false;
  return true;
}

/** Words that end a name printed after its code and go on with the sentence ("2010301行政运行主要用于…"). */
const NAME_STOP = /(?:主要用于|用于|主要|合计|共计|预算数?|安排|为|是|的)/;

/**
 * The name printed after a code: the longest name any code goes by that the words start with (the
 * code's own, or another's), else the words up to the sentence's next word.
 */
function printedName(words: string, code: string, printed: Printed): string {
  const key = labelKey(words);
  let best = '';
  for (const n of namesOf(code, printed)) {
    for (const form of [n, n.replace(/支出$/, '')]) {
      const k = labelKey(form);
      if (key.startsWith(k) && k.length > best.length) best = words.slice(0, k.length);
    }
  }
  if (best) return best;
  for (let len = Math.min(words.length, 24); len >= 2; len--) {
    if (codesNamed(words.slice(0, len), undefined, code.length, printed).length > 0) return words.slice(0, len);
  }
  const stop = NAME_STOP.exec(words.slice(1));
  return stop ? words.slice(0, stop.index + 1) : words;
}

/** Whether a code at `at` starts a subject's name: at a paragraph's or clause's start, or after an item's number ("1."). */
function startsName(text: string, at: number): boolean {
  if (at === 0) return true;
  const c = text.charCodeAt(at - 1);
  if (c === 0x0a || c === 0x20 || c === 0x2c || c === 0x3b || c === 0x3a || c === 0x3001 || c === 0x3002 || c === 0x28 || c === 0x201c || c === 0x22) return true;
  return (c === 0x2e || c === 0x3001) && /(?:^|\n)\d{1,2}$/.test(text.slice(Math.max(0, at - 4), at - 1));
}

/** The budget year the names are judged by: the tables', else the narrative's title's (a short first paragraph with a year), else the reader's. */
export function yearOf(ledger: Ledger, p: Prose | undefined): number | undefined {
  if (ledger.year) return ledger.year;
  if (p) {
    for (let k = 0; k < Math.min(p.count, 4); k++) {
      const start = p.paragraphs[2 * k];
      const end = p.paragraphs[2 * k + 1];
      if (end - start > 60) continue;
      const line = p.text.slice(start, end);
      const m = /(20\d\d)\s*年/.exec(line);
      if (m && !line.includes('。')) return Number(m[1]);
    }
  }
  return narrativeOf(ledger)?.year;
}
