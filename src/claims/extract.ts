/**
 * Narrative text to typed claims: one claim per numeric statement (an amount, a share, a
 * year-over-year change, a flat statement, a list with its total, a count, a placeholder, a named
 * comparison year), each with its subject, the section it stands in and where it starts in the
 * original file. Pure; never throws (a failure yields the claims read so far).
 */
import { Decimal } from '../decimal.js';
import { digitYears } from '../load/text.js';
import { locate, normalise, type Normalised, type Position } from './normalize.js';
import type { BaseKind, Claim, ClaimKind, CodeHints, Direction, Scope, StatedAmount, StatedNumber, StatedPercent } from './types.js';

export type { Claim } from './types.js';

const NUMBER = String.raw`(\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)|\d+(?:\.\d+)?)`;
const UP_WORDS = /^(增加|增长|上升|提高|增|增幅|涨|多)/;
const DOWN_WORDS = /^(减少|下降|降低|减|降幅|减幅|缩减|下降了|压减|压缩|节约|节省|少)/;
/**
 * Words of a change that say so only after a comparison ("比上年节约10.00万元", "比上年多安排4.97万元"):
 * alone, "节约资金10万元" is a saving and "多" or "少" any word.
 */
const ONLY_COMPARED = /^(压减|压缩|节约|节省|缩减|多安排|少安排|多|少)$/;
/** A sign before a figure: "-25.16", "+59.26", "−4.93" (a full-width "－" reads as "-"). */
const SIGNS = String.raw`+\-−`;
/** A signed figure of money or percent follows (an optional "为" or "是" first). */
const SIGNED_AHEAD = String.raw`(?=(?:为|是)?[${SIGNS}]?[\d,.]+(?:万元|亿元|元|万|%))`;
/**
 * Words of a change that name no direction ("增减-25.16万元", "增（减）59.26万元", "变动率+6.38%",
 * "增减额为-14.84万元"): the sign of the figure gives it. They are read only before a figure of money
 * or percent, so that "人员变动" and the like stay words.
 */
const NEUTRAL_WORDS = String.raw`增减变化|增减变动|增减额|增减率|增减幅度|增减幅|增\(减\)(?:额|率|幅度|幅)?|变动额|变动率|变动幅度|变动|变化额|变化率|增减`;
const NEUTRAL = new RegExp(`^(?:${NEUTRAL_WORDS})$`);
/**
 * A change: an optional comparison, a word, an optional sign, the figure. The word is one that names
 * a direction (增加, 下降 …), one that names none (增减, 变动 …), or none at all after a comparison
 * when a sign stands in its place ("比上年-14.84万元"): an empty word needs a sign and a unit, or a
 * range in the comparison ("比2023年1-6月增加…") would be read as a change.
 */
const CHANGE = new RegExp(
  String.raw`(?:(比|较|与|相比|同比)([^,;:。%]{0,24}?))?(增加了|减少了|增长了|下降了|增长率为?|下降率为?|增加|减少|增长|下降|上升|降低|增幅为?|降幅为?|减幅为?|压减|压缩|节约|节省|缩减|增支|减支|多安排|少安排|多|少|增|减|(?:${NEUTRAL_WORDS})${SIGNED_AHEAD}|(?=[${SIGNS}][\d,.]+(?:万元|亿元|元|万|%)))(?:了|为|达|是)?[${SIGNS}]?` +
    NUMBER +
    String.raw`(万元|亿元|元|万(?![\u4e00-\u9fff])|%|个百分点)?`,
  'y',
);
const SHARE = new RegExp(String.raw`占([^,;:。%\d]{0,30}?)(?:的)?(?:比重|比例)?(?:为|达)?` + NUMBER + '%', 'y');
const AMOUNT = new RegExp(NUMBER + String.raw`(万元|亿元|元|万(?![\u4e00-\u9fff]))`, 'y');
const COUNT = /(\d+)(个|人|辆|台|项|家|套|名|户)(?!次|百分点)/y;
const PERCENT = new RegExp(NUMBER + '%', 'y');
/** An amount that ends a comparison: the prior-year figure ("较上年预算数278.61万元", "与上年预算数335.98万元相比"). */
const PRIOR_IN = new RegExp(NUMBER + '(万元|亿元|元)(?:相比|比较)?$');
const FLAT = /(基本持平|持平|无变化|没有变化|未发生变化|无增减|保持不变|无增长)/y;
// "**" alone is Markdown emphasis, not a figure left out: stars count only before a unit ("**万元").
const PLACEHOLDER = /((?:X|x|×){2,}(?:\.(?:X|x|×){1,2})?\s*(?:万元|元|%)?|(?:\*|＊){2,}(?:\.(?:\*|＊){1,2})?\s*(?:万元|元|%)|占%|(?:增长|下降|增加|减少|为)(?:万元|%))/y;
const NO_REASON = /主要原因(是|为)[:]?$/;

/** A clause that only names the comparison: "与2023年预算相比", "同上年相比". */
const COMPARE_ONLY = /^(?:与|比|较|同)((?:\d{4}年度?|上年度?|去年)(?:年初)?(?:预算|决算|预算执行)?数?)(?:相比|比较)?$/;
/** A head that speaks of the prior year: "上年预算数为", "2023年预算数为". */
// "上年结转（结余）" is this year's income carried over, not last year's figure.
const PRIOR_HEAD = /(上年|去年|上一年)(?!度?结转|度?结余)(度)?(年初)?(预算|决算|执行)?数?|(\d{4})年(度)?(年初)?(预算|决算|执行)数?/;
const HEADING = /^(第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+[、.]|\([一二三四五六七八九十]+\)|\d{1,2}[、.](?!\d))/;
/** The title of a performance-target table printed into the text (a title ends its line, or starts it). */
const TABLE_TITLE = /(单位|部门)?(整体|项目支出|项目)?绩效目标(申报|自评)?表(?=$|\(\d{4})/;
// "部" ends a name ("财政部"), not "部门" ("本部门2024年部门收入预算").
const ORG = /(中心|局|委员会|办公室|厅|院|站|馆|学校|医院|协会|中学|小学|幼儿园|所|队|部(?!门)|会)/g;
// "所占比重为 48.00%", "其占比", "约占": a word before the figure, not a subject of its own.
const GENERIC = /^(上年度?|去年|上一年度?|预算数?|预算安排规模|安排规模|规模|金额|预算金额|涉及(预算)?(金额|资金)|价值|资金|数额|总额|合计|年初预算|本年预算|预算为|为|所|其|约)$/;

interface Element {
  kind: 'change' | 'share' | 'amount' | 'count' | 'percent' | 'flat' | 'placeholder';
  start: number;
  end: number;
  m: RegExpExecArray;
}

interface Ctx {
  file: string;
  n: Normalised;
  claims: Claim[];
  statement: number;
  scope: Scope;
  section: string;
  headings: string[];
  project?: string;
  /** The budget year the text speaks of (its most frequent "YYYY年…预算"). */
  docYear?: number;
  /** The last statement of the paragraph so far (a sentence may open with "其中："). */
  lastStatement?: Statement;
  /** The total of an open 其中 list; 'bracket': a list in brackets after one of the parts of `outer` ("…4.00万元（其中：…）"). */
  list?: OpenList;
  /** The list a bracketed list is inside, and how deep in brackets the text is since it opened. */
  outer?: OpenList;
  depth?: number;
}

interface OpenList {
  claim: Claim;
  parts: Claim[];
  endsAt: 'paragraph' | 'heading' | 'bracket';
}

function parseNumber(raw: string): StatedNumber | null {
  const plain = raw.includes(',') ? raw.replace(/,/g, '') : raw;
  if (!/^\d+(\.\d+)?$/.test(plain)) return null;
  const dot = plain.indexOf('.');
  return { value: new Decimal(plain), decimals: dot < 0 ? 0 : plain.length - dot - 1, raw };
}

/** Half a unit of the last printed place, times the scale: the same few values again and again. */
const halves = new Map<string, Decimal>();

function halfUnit(decimals: number, scale: number): Decimal {
  const key = `${decimals}/${scale}`;
  let half = halves.get(key);
  if (!half) {
    const base = new Decimal(10).pow(-decimals).div(2);
    half = scale === 1 ? base : base.times(scale);
    halves.set(key, half);
  }
  return half;
}

function amountOf(raw: string, unit: string): StatedAmount | undefined {
  const n = parseNumber(raw);
  if (!n) return undefined;
  const u = unit === '元' ? '元' : unit === '亿元' ? '亿元' : '万元';
  const scale = u === '元' ? 1 : u === '亿元' ? 100000000 : 10000;
  return { value: n.value, decimals: n.decimals, raw: n.raw, unit: u, scale, yuan: n.value.times(scale), half: halfUnit(n.decimals, scale) };
}

function percentOf(raw: string): StatedPercent | undefined {
  const n = parseNumber(raw);
  if (!n) return undefined;
  return { value: n.value, decimals: n.decimals, raw: n.raw, half: halfUnit(n.decimals, 1) };
}

function direction(word: string): Direction | undefined {
  if (UP_WORDS.test(word)) return 'up';
  if (DOWN_WORDS.test(word)) return 'down';
  return undefined;
}

/**
 * The direction of a change element: its word's, or, for a word that names none ("增减", "变动") or
 * none at all ("比上年-14.84万元"), the sign before its figure: "-" or "−" down, "+" or no sign up;
 * a zero changes nothing and has no direction. Also the word as it is to be shown ("增减-").
 */
function changeOf(m: RegExpExecArray): { word: string; dir: Direction | undefined } {
  const [whole, , , word, num, unit] = m;
  if (word !== '' && !NEUTRAL.test(word)) return { word, dir: direction(word) };
  const sign = whole.charAt(whole.length - (unit?.length ?? 0) - num.length - 1);
  const signed = sign === '-' || sign === '−' || sign === '+';
  const zero = /^[0.,]+$/.test(num);
  return { word: signed ? word + sign : word, dir: zero ? undefined : sign === '-' || sign === '−' ? 'down' : 'up' };
}

function baseOf(text: string): { base: string; baseKind: BaseKind; baseYear?: number } {
  const base = text.replace(/(相比|同期)$/, '');
  const year = /(\d{4})年/.exec(base);
  let baseKind: BaseKind = 'unspecified';
  if (/执行/.test(base)) baseKind = 'execution';
  else if (/决算/.test(base)) baseKind = 'final';
  else if (/预算/.test(base)) baseKind = 'budget';
  return { base: base || '上年', baseKind, baseYear: year ? Number(year[1]) : undefined };
}

/** The money a heading speaks of: the first pattern it holds. */
const SCOPES: [RegExp, Scope][] = [
  [/三公/, 'three-public'],
  [/一般公共预算(财政拨款|当年拨款|拨款)?基本支出/, 'gpb-basic'],
  [/一般公共预算(财政拨款|当年拨款|拨款)?项目支出/, 'gpb-project'],
  [/一般公共预算/, 'gpb'],
  [/政府性基金/, 'gfb'],
  [/国有资本经营/, 'soc'],
  // "财政拨款支出预算情况", "财政拨款收入支出预算": the appropriation, not the unit's whole budget.
  [/财政拨款收支|财政拨款预算|(?<!非)财政拨款(收入|支出|收入支出)(预算)?(总体)?情况/, 'fin'],
  [/收入预算/, 'income'],
  [/支出预算/, 'expenditure'],
  [/收支(总)?预算|总体情况|总体说明|收支总/, 'unit'],
];

function scopeOf(text: string): Scope | undefined {
  for (const [re, scope] of SCOPES) if (re.test(text)) return scope;
  return undefined;
}

// The patterns a head is cleaned with, read where the head's start has come to (sticky: `lastIndex`).
const YEAR_PREFIX = /(截至|截止)?\d{4}年(度|底|末|初)?(的)?/y;
const LEAD = /([,;:、\s]|\d{1,2}[、.](?!\d)|[一二三四五六七八九十]+、|\([一二三四五六七八九十\d]+\)|其中|主要原因(是|为)|主要用于|主要包括|包括|另外|此外|同时|其他需说明的事项)+/y;
const FILLER = /(的|在|将|对|向|共|全年|本年度|本年|当年度|当年|本部门|本单位)(?=[\u4e00-\u9fff\d]{2})/y;
/** "(类)", "(款)", "(项)" anywhere from `lastIndex` on. */
const CODE_NAMES = /\((类|款|项)\)/g;
// What a head ends with that is not its subject.
const TAIL_COMPARISON = /(比|较|与|和|同)?(上年|去年|上年度)(预算|决算|同期)?(执行)?数?(一致|相比|相同)?$/;
const TAIL_VERB = /(的)?(预算数|预算金额|金额|数|总额)?(为|是|达|共计|合计为)$/;
const TAIL_ARRANGED = /(安排|分别)$/;
const TAIL_YEAR = /(\d{4}年度?|本年度?|当年)(年初)?(预算)?$/;

/** How many characters of `s` the sticky `re` matches at `at` (0 when it does not match there). */
function matchAt(re: RegExp, s: string, at: number): number {
  re.lastIndex = at;
  return re.test(s) ? re.lastIndex - at : 0;
}

const NO_HEAD = { text: '', start: 0 };

/** Clean a clause head into a subject; returns its start offset in the clause. */
function cleanHead(head: string): { text: string; start: number } {
  if (head === '') return NO_HEAD; // a clause that opens with its figure
  let start = 0;
  for (let k = 0; k < 4; k++) {
    const a = matchAt(LEAD, head, start);
    start += a;
    const b = matchAt(YEAR_PREFIX, head, start);
    start += b;
    if (!a && !b) break;
  }
  // The unit's name before the subject: "克孜勒苏…交易中心收入预算" → "收入预算".
  CODE_NAMES.lastIndex = start;
  if (!CODE_NAMES.test(head) && !matchAt(CODE_PREFIX_HERE, head, start)) {
    let last = -1;
    ORG.lastIndex = start;
    for (let m = ORG.exec(head); m; m = ORG.exec(head)) if (m.index + m[0].length - start >= 6) last = m.index + m[0].length;
    if (last > 0 && head.length - last >= 2) start = last;
  }
  for (let k = 0; k < 3; k++) {
    const a = matchAt(YEAR_PREFIX, head, start);
    start += a;
    const b = matchAt(FILLER, head, start);
    start += b;
    if (!a && !b) break;
  }
  let t = head.slice(start).replace(TAIL_COMPARISON, '').replace(TAIL_VERB, '').replace(TAIL_ARRANGED, '').replace(TAIL_YEAR, '');
  t = stripTrailingNumber(t);
  if (GENERIC.test(t)) t = '';
  return { text: t, start };
}

/** A digit, "." or ",": the characters of a printed number. */
function isNumberChar(code: number): boolean {
  return isDigit(code) || code === 0x2e || code === 0x2c;
}

/** A figure printed at the end of a head ("房屋0.00平方米" → "房屋"); a scan, not a regex, so that
 * long runs of digits stay linear. */
function stripTrailingNumber(t: string): string {
  const unit = t.endsWith('平方米') ? 3 : t.endsWith('万元') ? 2 : t.endsWith('元') || t.endsWith('%') ? 1 : 0;
  const end = t.length - unit;
  let i = end;
  while (i > 0 && isNumberChar(t.charCodeAt(i - 1))) i--;
  return i < end ? t.slice(0, i) : t;
}

/** A function code before a name: "201一般公共服务支出", "1.2010301行政运行", "208 社会保障和就业支出". */
const CODE_PREFIX = /^(?:\d{1,2}[、.])?(\d{3}|\d{5}|\d{7}) ?([\u4e00-\u9fff].*)$/;
const CODE_PREFIX_HERE = new RegExp(CODE_PREFIX.source.slice(1), 'y');
const HAS_CODE_NAMES = /\((类|款|项)\)/;
const SPLIT_CODE_NAMES = /\((类|款|项)\)/;
const LEADING_SEPARATORS = /^[,;:、]+/;
/** Most subjects name no code: one object for them all (hints are only read). */
const NO_HINTS: CodeHints = Object.freeze({});

function hintsOf(subject: string): CodeHints {
  if (!isDigit(subject.charCodeAt(0)) && !subject.includes('(')) return NO_HINTS;
  const named = HAS_CODE_NAMES.test(subject);
  const coded = CODE_PREFIX.exec(subject);
  if (coded && !named) return { code: coded[1], codeName: coded[2] };
  if (!named) return {};
  const hints: CodeHints = {};
  // "A(类)B(款)C(项)" splits into ["A", "类", "B", "款", "C", "项", ""].
  const parts = subject.split(SPLIT_CODE_NAMES);
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i - 1].replace(LEADING_SEPARATORS, '');
    if (parts[i] === '类') hints.class = name;
    else if (parts[i] === '款') hints.section = name;
    else hints.item = name;
  }
  return hints;
}

/** The characters an element can begin with (CHANGE, SHARE, AMOUNT, COUNT, PERCENT, FLAT, PLACEHOLDER). */
const STARTERS = new Set([...'0123456789比较与相同增减变下上降占基持无没未保为Xx×*＊'].map((c) => c.charCodeAt(0)));

/** The elements that begin with a digit (AMOUNT, COUNT, PERCENT) and those that begin with a word, each in the order they are tried. */
const NUMBER_TRIES: [Element['kind'], RegExp][] = [
  ['amount', AMOUNT],
  ['count', COUNT],
  ['percent', PERCENT],
];
const WORD_TRIES: [Element['kind'], RegExp][] = [
  ['placeholder', PLACEHOLDER],
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

/** "…三类", "…等3项": how many kinds a list of names has, after its names. */
const KINDS_COUNTED = /等?[一二三四五六七八九十\d]+(类|项|个方面|种)$/;

/** What stands between a share and the amount of the item it is of: "的" and the item's name. */
const SHARE_OF_NEXT = /^的[\u4e00-\u9fff(]{2,}/;

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

function elementsOf(clause: string): Element[] {
  const out: Element[] = [];
  let pos = 0;
  while (pos < clause.length) {
    const code = clause.charCodeAt(pos);
    // Every element begins with a digit or one of a few characters: skip the rest cheaply.
    if (!STARTERS.has(code)) {
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

interface Span {
  start: number;
  end: number;
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

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** 。;!? */
const isSentenceEnd = (c: number) => c === 0x3002 || c === 0x3b || c === 0x21 || c === 0x3f;
/** , : */
const isClauseEnd = (c: number) => c === 0x2c || c === 0x3a;

/**
 * The families of parts that make up their total. A 其中 list may leave a part out: a family's parts
 * must add up only when every part of it is named (`all`: each pattern matched by some part).
 */
const PART_FAMILIES: { family: string; total: RegExp; part: RegExp; all?: RegExp[][] }[] = [
  { family: '三公', total: /三公/, part: /因公出国|公务用车|公务接待/, all: [[/因公出国/, /公务接待/, /公务用车购置及运行|公务用车购置和运行/], [/因公出国/, /公务接待/, /公务用车购置费?$/, /公务用车运行/]] },
  { family: '政府采购', total: /采购/, part: /货物|工程|服务/, all: [[/货物/, /工程/, /服务/]] },
  { family: '收入来源', total: /收入|收支|预算(合计)?$/, part: /一般公共预算|政府性基金|国有资本经营|财政专户|单位资金|事业收入|经营收入|其他收入|上级补助|附属单位|财政拨款结转|上年结转|结余/ },
  { family: '基本/项目', total: /支出|拨款|预算/, part: /^(一般公共预算)?(基本支出|项目支出)$/ },
  { family: '人员/公用', total: /基本支出|经费/, part: /^(人员经费|公用经费)$/ },
  { family: '资金来源', total: /资金|经费|金额|预算/, part: /^(财政资金|财政拨款|其他资金|单位资金|自有资金)$/ },
  { family: '人员', total: /人/, part: /^(在职|退休|离休)/, all: [[/^在职/, /^退休/, /^离休/]] },
  { family: '车辆', total: /车/, part: /公务用车|执法执勤|特种|其他车辆|业务用车/, all: [] },
];

/** A subject without quotes and brackets, for matching part names. */
function labelKeyLite(s: string): string {
  return s.replace(/[“”"']/g, '');
}

/** Close the open list, and first the bracketed list inside it. */
function closeList(ctx: Ctx): void {
  if (ctx.list?.endsAt === 'bracket') closeBracket(ctx);
  closeOne(ctx);
}

/** Close a bracketed list: the list it is inside is open again. */
function closeBracket(ctx: Ctx): void {
  const outer = ctx.outer;
  ctx.outer = undefined;
  closeOne(ctx);
  ctx.list = outer;
}

/** A bracket that opens the parts of the amount before it: "（其中：", "（含", "（包括". */
const BRACKET_LIST = /\((其中|含|包括)/;
/** A bracket right after an amount, naming another amount ("基本支出321.14万元（人员经费304.49万元，…）"). */
const BRACKET_RIGHT_AFTER = /^\s*\(/;

/**
 * Follow the brackets in text between a clause's elements: "公务用车购置及运行费4.00万元（其中：购置费0万元，
 * 运行费4.00万元）" opens a list of the amount's own parts, and the bracket that closes it closes that list.
 * A bracket right after an amount opens one too when an amount follows in it, unless it speaks of another
 * year ("（上年为278.61万元）").
 */
function followBrackets(ctx: Ctx, between: string, amountBefore: Claim | undefined, next?: Element): void {
  if (ctx.list?.endsAt === 'bracket') {
    for (let i = 0; i < between.length; i++) {
      const c = between.charCodeAt(i);
      if (c === 0x28) ctx.depth = (ctx.depth ?? 0) + 1;
      else if (c === 0x29 && (ctx.depth = (ctx.depth ?? 0) - 1) === 0) {
        closeBracket(ctx);
        return;
      }
    }
  } else if (amountBefore?.amount && (BRACKET_LIST.test(between) || (next?.kind === 'amount' && BRACKET_RIGHT_AFTER.test(between) && !PRIOR_HEAD.test(between)))) {
    ctx.outer = ctx.list;
    ctx.depth = 1;
    ctx.list = { claim: amountBefore, parts: [], endsAt: 'bracket' };
  }
}

function closeOne(ctx: Ctx): void {
  const open = ctx.list;
  ctx.list = undefined;
  if (!open) return;
  const total = open.claim;
  const useAmount = total.amount !== undefined;
  // Parts count what the total counts: "车辆 2 辆，其中：…" holds no 台 of equipment.
  const parts = open.parts.filter((p) => (useAmount ? p.amount !== undefined : p.count !== undefined && p.count.unit === total.count?.unit));
  if (parts.length === 0) return;
  const fam = PART_FAMILIES.find((f) => f.total.test(total.subject) && parts.every((p) => f.part.test(p.subject)));
  const whole = !fam?.all || fam.all.some((set) => set.every((re) => parts.some((p) => re.test(labelKeyLite(p.subject)))));
  const claim: Claim = {
    ...base(total),
    id: ctx.claims.length,
    kind: 'list',
    at: total.at,
    text: `${total.text}，其中：${parts.map((p) => p.text).join('，')}`,
    list: {
      total: { label: total.subject, amount: useAmount ? total.amount : undefined, count: useAmount ? undefined : total.count?.value, claim: total.id },
      parts: parts.map((p) => ({ label: p.subject, amount: useAmount ? p.amount : undefined, count: useAmount ? undefined : p.count?.value, claim: p.id })),
      relation: fam && parts.length >= 2 && whole ? 'eq' : 'le',
      family: fam && parts.length >= 2 ? fam.family : undefined,
    },
  };
  total.inList = claim.id;
  for (const p of parts) p.inList = claim.id;
  ctx.claims.push(claim);
}

/** The common fields of a claim from a statement's first claim. */
function base(c: Claim): Claim {
  return {
    id: c.id,
    kind: c.kind,
    file: c.file,
    line: c.line,
    column: c.column,
    offset: c.offset,
    sentence: c.sentence,
    sentenceOffset: c.sentenceOffset,
    text: c.text,
    statement: c.statement,
    subject: c.subject,
    hints: c.hints,
    scope: c.scope,
    section: c.section,
    project: c.project,
    at: c.at,
  };
}

interface Statement {
  id: number;
  subject: string;
  offset: number;
  textStart: number;
  amount?: StatedAmount;
  count?: { value: number; unit: string };
  claims: Claim[];
  /** The last year-over-year claim, to attach a following percent. */
  lastYoy?: Claim;
  lastYoyClause?: number;
  /** Set for 预算安排规模 inside a project paragraph. */
  projectScale?: boolean;
  /** Where the statement starts in the original, once asked for. */
  position?: Position;
}

/** A sentence of the normalised text and its text. */
interface Sentence extends Span {
  text: string;
}

function makeClaim(ctx: Ctx, st: Statement, kind: ClaimKind, sentence: Sentence, end: number, at?: number): Claim {
  // The claims of a statement start where it starts.
  const pos = (st.position ??= locate(ctx.n, st.offset));
  const subject = st.subject;
  const claim: Claim = {
    id: ctx.claims.length,
    kind,
    file: ctx.file,
    line: pos.line,
    column: pos.column,
    offset: st.offset,
    sentence: sentence.text,
    sentenceOffset: sentence.start,
    text: ctx.n.text.slice(st.textStart, Math.max(end, st.textStart)),
    statement: st.id,
    subject,
    hints: hintsOf(subject),
    scope: ctx.scope,
    section: ctx.section,
    project: ctx.project,
    at: at === undefined || at === st.offset ? pos : locate(ctx.n, at),
  };
  ctx.claims.push(claim);
  st.claims.push(claim);
  return claim;
}

/** "(-" or "(+" just before a percent. */
const SIGNED_IN_BRACKET = /^\(([+\-−])$/;
const LOCAL_GPB = /^(?:[^,:]*?)(一般公共预算支出|一般公共预算拨款)(包括|合计)/;
const LEADING_COLONS = /^[:\s]+/;
const BETWEEN_LEAD = /^[()、和及与或\s]+/;
const TWO_HAN = /[\u4e00-\u9fff]{2}/;
const YEAR_OF = /(\d{4})年/g;

/** What a share is of, as its words name it ("占收入预算的" → "收入预算"); undefined for a bare "占". */
function denominatorOf(words: string): string | undefined {
  return words.replace(/^(比重|比例|比)(为|是)?/, '').replace(/^(本单位|全部|总)?/, '').replace(/的$/, '') || undefined;
}

/**
 * The kind of figure "分别" shares out, one per subject: shares, changes in money, changes in percent,
 * flats. A bare percent after a share is a share ("分别占 78.63% 和 21.37%").
 */
function turnOf(el: Element, before: string | undefined): string {
  if (el.kind === 'percent') return before === 'share' ? 'share' : 'percent';
  return el.kind === 'change' ? (el.m[5] === '%' ? 'change-percent' : 'change-money') : el.kind;
}

/** The kinds of the figures after "分别", a bare percent taking the kind before it. */
function turnsOf(els: Element[]): string[] {
  const kinds: string[] = [];
  for (const el of els) kinds.push(turnOf(el, kinds[kinds.length - 1]));
  return kinds;
}

/**
 * "A x 万元、B y 万元，分别占 p% 和 q%": the figures of one kind after "分别" go to the statements with an
 * amount before it, in order, when there are exactly as many of them (two or more); otherwise none is read.
 */
function sharedOut(after: Element[], withAmount: Statement[], amounts = false): Map<string, Statement[]> | undefined {
  if (withAmount.length < 2) return undefined;
  const counts = new Map<string, number>();
  for (const kind of turnsOf(after)) counts.set(kind, (counts.get(kind) ?? 0) + 1);
  const turns = new Map<string, Statement[]>();
  for (const [kind, n] of counts) {
    if (n === withAmount.length && (kind === 'share' || kind === 'change-money' || kind === 'change-percent' || kind === 'flat' || (amounts && kind === 'amount'))) turns.set(kind, [...withAmount]);
  }
  // Subjects named together get their amounts first: without them, nothing after "分别" is theirs.
  if (amounts && !turns.has('amount')) return undefined;
  return turns;
}

/**
 * The subjects named together before "分别" ("人员经费和公用经费", "基本支出、项目支出"), one statement each,
 * when they are as many as the amounts after it; none otherwise (a name may hold 和 itself: "社会保障和就业支出").
 */
function jointSubjects(ctx: Ctx, head: string, headStart: number, after: Element[]): Statement[] {
  const amounts = after.filter((el) => el.kind === 'amount').length;
  if (amounts < 2 || elementsOf(head).length > 0) return [];
  for (const separator of [/、/, /[、和及与]/]) {
    const parts = head.split(separator);
    if (parts.length !== amounts) continue;
    // Each name cleaned on its own: the names together could pass for a unit's name before a subject.
    const names = parts.map((p) => cleanHead(p).text);
    if (!names.every((n) => TWO_HAN.test(n))) continue;
    let from = headStart;
    return names.map((subject) => {
      const offset = Math.max(from, ctx.n.text.indexOf(subject, from));
      from = offset + subject.length;
      return { id: ++ctx.statement, subject, offset, textStart: offset, claims: [] };
    });
  }
  return [];
}

/** A share of the statement's amount ("占 52.00%"); false when the percent is no number. */
function shareClaim(ctx: Ctx, st: Statement, percent: string, denominator: string | undefined, sentence: Sentence, end: number, at: number): boolean {
  const p = percentOf(percent);
  if (!p) return false;
  const c = makeClaim(ctx, st, 'share', sentence, end, at);
  c.amount = st.amount;
  c.share = { percent: p, denominator, contextTotal: ctx.list?.claim.id };
  return true;
}

/** A flat statement about the statement's amount ("与上年持平"). */
function flatClaim(ctx: Ctx, st: Statement, words: string, sentence: Sentence, end: number, at: number): boolean {
  const c = makeClaim(ctx, st, 'flat', sentence, end, at);
  c.flat = words;
  c.amount = st.amount;
  return true;
}

/** A figure shared out by "分别" to its statement: a share, a change in money or percent, or a flat. False when it is no claim. */
function respectiveClaim(ctx: Ctx, st: Statement, el: Element, kind: string, sentence: Sentence, end: number, at: number, baseText: string): boolean {
  const bare = el.kind === 'percent';
  if (kind === 'amount') {
    const a = amountOf(el.m[1], el.m[2]);
    if (!a) return false;
    st.amount = a;
    const c = makeClaim(ctx, st, 'amount', sentence, end, at);
    c.amount = a;
    if (ctx.list && ctx.list.claim !== c) ctx.list.parts.push(c);
    return true;
  }
  if (kind === 'share') return shareClaim(ctx, st, bare ? el.m[1] : el.m[2], bare ? undefined : denominatorOf(el.m[1]), sentence, end, at);
  if (el.kind === 'flat') return flatClaim(ctx, st, el.m[1], sentence, end, at);
  if (el.kind !== 'change') return false;
  const [, , , , num, unit] = el.m;
  const { word, dir } = changeOf(el.m);
  if (unit === '%') {
    const p = percentOf(num);
    if (!p) return false;
    // "分别减少 a 万元和增加 b 万元，分别下降 x% 和增长 y%": each percent completes its subject's change.
    const last = st.lastYoy;
    if (last?.yoy && last.yoy.change && !last.yoy.percent) {
      last.yoy.percent = p;
      last.yoy.percentWord = word;
      last.yoy.percentDirection = dir;
      last.percentAt = locate(ctx.n, at);
      return true;
    }
    const c = makeClaim(ctx, st, 'yoy', sentence, end, at);
    c.amount = st.amount;
    c.yoy = { percent: p, percentWord: word, percentDirection: dir, ...baseOf(baseText) };
    c.percentAt = c.at;
    st.lastYoy = c;
    return true;
  }
  if (unit === undefined || unit === '个百分点') return false;
  const a = amountOf(num, unit);
  if (!a) return false;
  const c = makeClaim(ctx, st, 'yoy', sentence, end, at);
  c.amount = st.amount;
  c.yoy = { change: a, changeWord: word, changeDirection: dir, ...baseOf(baseText) };
  st.lastYoy = c;
  return true;
}

function readSentence(ctx: Ctx, start: number, end: number): void {
  const text = ctx.n.text;
  const sentenceText = text.slice(start, end);
  const sentence: Sentence = { start, end, text: sentenceText };
  let st: Statement | null = null;
  /**
   * The statement a bracket list opened after ("支出预算617.53万元（含单位资金安排的支出131.99万元）"): once
   * the bracket closes, the text goes on with it, so that a "其中" after the bracket is its list, not
   * the bracketed amount's.
   */
  let beforeBracket: Statement | null = null;
  const follow = (between: string, amountBefore: Claim | undefined, next?: Element) => {
    const open = ctx.list?.endsAt === 'bracket' ? ctx.list : undefined;
    followBrackets(ctx, between, amountBefore, next);
    if (!open && ctx.list?.endsAt === 'bracket') beforeBracket = st;
    else if (open && ctx.list !== open && beforeBracket) {
      st = beforeBracket;
      beforeBracket = null;
    }
  };
  let pending: { text: string; offset: number } | null = null;
  let compare: string | null = null;
  let sentenceScope: Scope | undefined;
  const localScope = LOCAL_GPB.exec(sentenceText);
  if (localScope) sentenceScope = 'gpb';
  const savedScope = ctx.scope;
  if (sentenceScope) ctx.scope = sentenceScope;

  // "A、B 分别占 x% 和 y%": from "分别" on, the figures are shared out over several subjects in order.
  let respectively = false;
  /** The statements of this sentence with an amount, in order: the subjects "分别" shares figures out to. */
  const withAmount: Statement[] = [];
  /** The same statements, for a look-up in constant time (a line of many amounts has as many statements). */
  const hasAmount = new Set<Statement>();
  /** Per kind of figure after "分别", the statements still to receive one, when there are as many figures as statements. */
  let turns: Map<string, Statement[]> | undefined;
  let respectiveBase = '';
  let lastTurn: string | undefined;
  const beginRespectively = (at: number, clauseStart: number) => {
    if (respectively) return;
    respectively = true;
    const after = elementsOf(text.slice(at, end));
    // "人员经费和公用经费分别为 304.49 万元和 16.65 万元": subjects named together before "分别", their amounts after it;
    // or in the clause before ("包括货物、工程、服务三类，分别为…").
    let joint = jointSubjects(ctx, text.slice(clauseStart, at), clauseStart, after);
    if (joint.length === 0 && named && text.slice(clauseStart, at).trim() === '') {
      joint = jointSubjects(ctx, named.text.replace(KINDS_COUNTED, ''), named.start, after);
    }
    if (joint.length > 0) {
      turns = sharedOut(after, joint, true);
      return;
    }
    turns = sharedOut(after, withAmount);
    // "收入预算 617.53 万元，其中：A x 万元、B y 万元，分别占 p% 和 q%": the parts of the open list, without its total.
    const list = ctx.list;
    if (!turns?.size && list) {
      const parts = new Set(list.parts);
      turns = sharedOut(after, withAmount.filter((s) => s.claims.some((c) => parts.has(c))));
    }
  };
  /** A figure after "分别": to its statement's turn when the figures and the statements pair up, else unlinked. */
  const shareOut = (el: Element, clauseStart: number) => {
    const turn = turnOf(el, lastTurn);
    lastTurn = turn;
    if (el.kind === 'change' && el.m[1]) respectiveBase = el.m[2];
    const owner = turns?.get(turn)?.shift();
    if (owner && respectiveClaim(ctx, owner, el, turn, sentence, clauseStart + el.end, clauseStart + el.start, respectiveBase)) return;
    if (el.kind !== 'share' && el.kind !== 'change' && el.kind !== 'flat' && el.kind !== 'amount') return;
    const holder: Statement = { id: ++ctx.statement, subject: '', offset: clauseStart + el.start, textStart: clauseStart, claims: [] };
    const kind: ClaimKind = el.kind === 'share' ? 'share' : el.kind === 'flat' ? 'flat' : el.kind === 'amount' ? 'amount' : 'yoy';
    const c = makeClaim(ctx, holder, kind, sentence, clauseStart + el.end, clauseStart + el.start);
    c.respectively = true;
  };
  /** The clause before, when it names without figures. */
  let named: { text: string; start: number } | undefined;
  let clauseEnd = start;
  for (let ci = 0; ; ci++) {
    const clauseStart = spanFrom(text, clauseEnd, end, isClauseEnd, true);
    if (clauseStart >= end) break;
    clauseEnd = spanTo(text, clauseStart, end, isClauseEnd, true);
    const clause = text.slice(clauseStart, clauseEnd);
    const els = elementsOf(clause);
    const split = clause.indexOf('分别');
    const first = els[0];
    const headRaw = clause.slice(0, first ? first.start : clause.length);
    const head = cleanHead(headRaw);
    const headOffset = clauseStart + head.start;
    const trimmed = clause.trim();
    // "其中货物、工程、服务分别为…", and "包括货物、工程、服务三类，分别为…": a list, its parts shared out by "分别".
    const enumerates = headRaw.startsWith('包括') && els.length === 0 && text.slice(clauseEnd, sentence.end).includes('分别');
    if (!respectively && (trimmed === '其中' || headRaw.startsWith('其中') || enumerates)) {
      const owner = st ?? (ci === 0 ? ctx.lastStatement : undefined);
      if (owner && (owner.amount || owner.count) && !owner.claims.some((c) => c.kind === 'yoy')) {
        closeList(ctx);
        const totalClaim = owner.claims.find((c) => c.kind === 'amount') ?? owner.claims.find((c) => c.kind === 'count');
        if (totalClaim) {
          const rest = text.slice(clauseEnd, sentence.end).replace(LEADING_COLONS, '');
          ctx.list = { claim: totalClaim, parts: [], endsAt: rest === '' && sentence.end >= paragraphEnd(text, sentence.end) ? 'heading' : 'paragraph' };
        }
      } else closeList(ctx);
      if (trimmed === '其中') continue;
    }
    if (split >= 0 && (!els[0] || split < els[0].end)) beginRespectively(clauseStart + split, clauseStart);
    if (respectively) {
      for (const el of els) shareOut(el, clauseStart);
      continue;
    }
    // Names without figures ("包括货物、工程、服务三类"): those a "分别" in the next clause shares figures out to.
    named = els.length === 0 ? { text: clause, start: clauseStart } : undefined;
    const onlyCompare = COMPARE_ONLY.exec(trimmed);
    if (els.length === 0 && onlyCompare) {
      compare = onlyCompare[1];
      continue;
    }
    if (els.length === 0) {
      if (head.text !== '') pending = { text: head.text, offset: headOffset };
      else if (headRaw.includes('安排规模') && ctx.project) pending = { text: ctx.project, offset: clauseStart };
      continue;
    }
    const generic = head.text === '';
    let subject: { text: string; offset: number } | null = generic ? null : { text: head.text, offset: headOffset };
    let scale = false;
    if (generic && headRaw.includes('安排规模') && ctx.project) {
      subject = { text: ctx.project, offset: clauseStart };
      scale = true;
    }
    if (!subject && pending) subject = pending;
    if (pending && pending.text === ctx.project && ctx.project) scale = true;
    pending = null;
    // A clause that only carries a change or a share continues the statement; a new subject starts one.
    const onlyContinuation = els.every((e) => e.kind === 'change' || e.kind === 'percent' || e.kind === 'share' || e.kind === 'flat');
    if (!st || (subject && !(onlyContinuation && generic))) {
      const s: { text: string; offset: number } = subject ?? { text: st?.subject ?? '', offset: clauseStart + (first?.start ?? 0) };
      st = { id: ++ctx.statement, subject: s.text, offset: s.offset, textStart: s.offset, claims: [] };
      if (scale) st.projectScale = true;
    }
    let prevEnd = 0;
    let amountBefore: Claim | undefined;
    /** A share printed before the item it is of ("占比78.63%的一般公共预算拨款485.54万元"): that item's, once it is read. */
    let shareBefore: Element | undefined;
    for (const [i, el] of els.entries()) {
      // "A x 万元和 B y 万元分别占 p% 和 q%": "分别" after the clause's first figures.
      if (split >= 0 && el.start > split) beginRespectively(clauseStart + split, clauseStart);
      if (respectively) {
        shareOut(el, clauseStart);
        continue;
      }
      const end = clauseStart + el.end;
      follow(clause.slice(prevEnd, el.start), amountBefore, el);
      // An amount after another element of the clause with a name of its own before it
      // ("公务用车购置及运行费4.00万元(购置费0万元", "人员经费…和公用经费…"): a statement of its own.
      if (el !== first && el.kind === 'amount') {
        const between = clause.slice(prevEnd, el.start);
        const lead = BETWEEN_LEAD.exec(between)?.[0].length ?? 0;
        const own = cleanHead(between.slice(lead));
        if (TWO_HAN.test(own.text)) {
          const at = clauseStart + prevEnd + lead + own.start;
          st = { id: ++ctx.statement, subject: own.text, offset: at, textStart: at, claims: [] };
        }
      }
      const elHeadStart = prevEnd;
      prevEnd = el.end;
      switch (el.kind) {
        case 'placeholder': {
          const c = makeClaim(ctx, st, 'placeholder', sentence, end, clauseStart + el.start);
          c.placeholder = el.m[0];
          break;
        }
        case 'amount': {
          const a = amountOf(el.m[1], el.m[2]);
          if (!a) break;
          // "上年预算数为 …", and after another figure "项目支出296.39万元（上年为278.61万元）".
          const priorHead = PRIOR_HEAD.exec(el === first ? headRaw : clause.slice(elHeadStart, el.start));
          if (priorHead && (priorHead[5] === undefined || (ctx.docYear !== undefined && Number(priorHead[5]) < ctx.docYear))) {
            // A prior-year amount: what the current amount is compared with.
            const c = makeClaim(ctx, st, 'yoy', sentence, end, clauseStart + el.start);
            c.amount = st.amount;
            c.yoy = { prior: a, ...baseOf(priorHead[0].replace(/数$/, '')) };
            st.lastYoy = c;
            st.lastYoyClause = ci;
            yearClaim(ctx, st, c, sentence, end, clauseStart + el.start);
            break;
          }
          if (st.amount) {
            // A second amount for the same subject without a new subject: a new statement.
            st = { id: ++ctx.statement, subject: st.subject, offset: clauseStart + el.start, textStart: clauseStart + el.start, claims: [] };
          }
          st.amount = a;
          const c = makeClaim(ctx, st, 'amount', sentence, end, clauseStart + el.start);
          c.amount = a;
          // "2023年收入预算 614.59 万元" in a 2024 text: last year's figure, not this year's.
          const headText = clause.slice(elHeadStart, el.start);
          const years = headText.includes('年') ? [...headText.matchAll(YEAR_OF)].map((m) => Number(m[1])) : [];
          // The year printed nearest the amount says whose it is ("与2023年相比2024年收入预算…" is 2024's).
          if (years.length > 0) c.headYear = years[years.length - 1];
          if (c.headYear !== undefined && ctx.docYear !== undefined && c.headYear < ctx.docYear) c.earlier = c.headYear;
          if (st.projectScale) c.projectScale = true;
          // "较上年减少14.84万元，为321.14万元，下降4.42%": the percent still completes the change.
          if (generic && el === first && st.lastYoy && st.lastYoyClause === ci - 1) st.lastYoyClause = ci;
          if (st.count) c.count = st.count;
          // (A list of counts takes the counts: "其中：一般公务用车2辆，价值59.09万元" is one part, not two.)
          const countList = ctx.list?.claim.count !== undefined && !ctx.list.claim.amount;
          if (ctx.list && ctx.list.claim !== c && !countList && !st.claims.some((x) => x.kind === 'yoy')) ctx.list.parts.push(c);
          amountBefore = c;
          if (!hasAmount.has(st)) {
            hasAmount.add(st);
            withAmount.push(st);
          }
          if (shareBefore) {
            shareClaim(ctx, st, shareBefore.m[2], denominatorOf(shareBefore.m[1]), sentence, clauseStart + shareBefore.end, clauseStart + shareBefore.start);
            shareBefore = undefined;
          }
          break;
        }
        case 'count': {
          const v = Number(el.m[1]);
          st.count = { value: v, unit: el.m[2] };
          const c = makeClaim(ctx, st, 'count', sentence, end, clauseStart + el.start);
          c.count = st.count;
          if (ctx.list && ctx.list.claim.count && !ctx.list.claim.amount) ctx.list.parts.push(c);
          break;
        }
        case 'share':
          if (els[i + 1]?.kind === 'amount' && SHARE_OF_NEXT.test(clause.slice(el.end, els[i + 1].start))) shareBefore = el;
          else shareClaim(ctx, st, el.m[2], denominatorOf(el.m[1]), sentence, end, clauseStart + el.start);
          break;
        case 'change': {
          const [, cmp, baseText, , num, unit] = el.m;
          const { word, dir } = changeOf(el.m);
          if (ONLY_COMPARED.test(word) && !cmp) break;
          // "较上年预算数278.61万元增长6.38%": the prior is printed in the comparison.
          const priorIn = cmp ? PRIOR_IN.exec(baseText) : null;
          const base = baseOf(cmp ? baseText.slice(0, priorIn ? priorIn.index : undefined).replace(/的$/, '') : compare ?? '');
          // "同比减少25.16万元，同比下降4.93%": the same comparison named again goes on with the same change.
          const sameComparison = !cmp || (!priorIn && st.lastYoy?.yoy?.base === base.base);
          if (unit === '%') {
            const p = percentOf(num);
            if (!p) break;
            // A percent right after a change amount completes that change.
            const last = st.lastYoy;
            if (last && last.yoy && !last.yoy.percent && st.lastYoyClause !== undefined && ci - st.lastYoyClause <= 1 && sameComparison) {
              last.yoy.percent = p;
              last.yoy.percentWord = word;
              last.yoy.percentDirection = dir;
              last.percentAt = locate(ctx.n, clauseStart + el.start);
              last.text = text.slice(st.textStart, end);
              st.lastYoyClause = ci;
              break;
            }
            const c = makeClaim(ctx, st, 'yoy', sentence, end, clauseStart + el.start);
            c.amount = st.amount;
            c.yoy = { percent: p, percentWord: word, percentDirection: dir, ...base };
            const prior = priorIn ? amountOf(priorIn[1], priorIn[2]) : undefined;
            if (prior) c.yoy.prior = prior;
            compare = null;
            c.percentAt = c.at;
            st.lastYoy = c;
            st.lastYoyClause = ci;
            yearClaim(ctx, st, c, sentence, end, clauseStart + el.start);
            break;
          }
          if (unit === undefined || unit === '个百分点') break; // a change of a count or of a rate: not a money claim
          const a = amountOf(num, unit);
          if (!a) break;
          // "下降4.93%（减少25.16万元）", "下降4.93%，减少25.16万元": a change right after a percent completes it.
          const last = st.lastYoy;
          if (last?.yoy?.percent && !last.yoy.change && !last.yoy.prior && st.lastYoyClause !== undefined && ci - st.lastYoyClause <= 1 && sameComparison) {
            last.yoy.change = a;
            last.yoy.changeWord = word;
            last.yoy.changeDirection = dir;
            last.text = text.slice(st.textStart, end);
            st.lastYoyClause = ci;
            break;
          }
          const c = makeClaim(ctx, st, 'yoy', sentence, end, clauseStart + el.start);
          c.amount = st.amount;
          c.yoy = { change: a, changeWord: word, changeDirection: dir, ...base };
          // "比上年预算数335.98万元减少14.84万元": the prior is printed in the comparison.
          const prior = priorIn ? amountOf(priorIn[1], priorIn[2]) : undefined;
          if (prior) c.yoy.prior = prior;
          compare = null;
          st.lastYoy = c;
          st.lastYoyClause = ci;
          yearClaim(ctx, st, c, sentence, end, clauseStart + el.start);
          break;
        }
        case 'percent': {
          // "减少25.16万元（-4.93%）", "变动+59.26万元（+81.48%）": a signed percent in brackets right after a
          // change in money is that change's percent, its sign its direction. Any other bare percent (a
          // rate or a target) is not a claim about the budget.
          const sign = SIGNED_IN_BRACKET.exec(clause.slice(elHeadStart, el.start))?.[1];
          const last = st.lastYoy;
          if (!sign || els[i - 1]?.kind !== 'change' || !last?.yoy?.change || last.yoy.percent || st.lastYoyClause !== ci) break;
          const p = percentOf(el.m[1]);
          if (!p) break;
          last.yoy.percent = p;
          last.yoy.percentWord = sign;
          last.yoy.percentDirection = p.value.isZero() ? undefined : sign === '+' ? 'up' : 'down';
          last.percentAt = locate(ctx.n, clauseStart + el.start);
          last.text = text.slice(st.textStart, end);
          break;
        }
        case 'flat':
          flatClaim(ctx, st, el.m[1], sentence, end, clauseStart + el.start);
          break;
      }
    }
    follow(clause.slice(prevEnd), amountBefore);
  }
  // A bracket left open at the sentence's end ("…4.00万元(其中:购置费0万元，运行费4.00万元，公务接待费0.40万元。"):
  // where its parts end is unknown, so it is not a list; the list it is inside goes on.
  if (ctx.list?.endsAt === 'bracket') {
    ctx.list = ctx.outer;
    ctx.outer = undefined;
  }
  // "主要原因是。": the reason was left out.
  const closing = text[sentence.end] ?? '';
  if (NO_REASON.test(sentenceText) && /[。;]/.test(closing)) {
    const m = NO_REASON.exec(sentenceText);
    const at = sentence.start + (m?.index ?? 0);
    const holder: Statement = st ?? { id: ++ctx.statement, subject: '', offset: at, textStart: at, claims: [] };
    const c = makeClaim(ctx, holder, 'placeholder', sentence, sentence.end + 1, at);
    c.placeholder = `${m?.[0] ?? '主要原因是'}${closing}`;
  }
  ctx.scope = savedScope;
  if (st) ctx.lastStatement = st;
}

function yearClaim(ctx: Ctx, st: Statement, yoy: Claim, sentence: Sentence, end: number, at: number): void {
  if (yoy.yoy?.baseYear === undefined) return;
  const c = makeClaim(ctx, st, 'year', sentence, end, at);
  c.year = yoy.yoy.baseYear;
  c.yoy = yoy.yoy;
}

function paragraphEnd(text: string, from: number): number {
  const i = text.indexOf('\n', from);
  return i < 0 ? text.length : i;
}

const APPROPRIATED: Scope[] = ['fin', 'gpb', 'gpb-basic', 'gpb-project', 'gfb', 'soc'];

/**
 * The scope of a sub-section within its section: a sub-heading narrows its section's money
 * ("一般公共预算" → "基本支出"); one that names the unit's whole budget inside a section on
 * appropriated money ("五、一般公共预算…" / "（二）支出预算结构") leaves it in doubt ('other').
 */
function nested(section: Scope | undefined, sub: Scope | undefined): Scope | undefined {
  if (!sub) return section;
  if (!section || section === 'unit' || section === 'other' || sub === 'three-public') return sub;
  if (APPROPRIATED.includes(section) && (sub === 'unit' || sub === 'income' || sub === 'expenditure')) return 'other';
  return sub;
}

function headingLevel(p: string): number {
  if (/^第[一二三四五六七八九十]+部分/.test(p)) return 0;
  if (/^[一二三四五六七八九十]+[、.]/.test(p)) return 1;
  if (/^\([一二三四五六七八九十]+\)/.test(p)) return 2;
  return 3;
}

/** Every numeric claim of a narrative. Never throws. */
export function extractClaims(text: string, file: string): Claim[] {
  const claims: Claim[] = [];
  try {
    readAll(typeof text === 'string' ? text : String(text ?? ''), file, claims);
  } catch {
    // A text the reader does not understand yields the claims read so far.
  }
  return claims;
}

/** The budget year a narrative speaks of: its most frequent "YYYY 年（度）（单位/部门）预算". */
export function narrativeYear(text: string): number | undefined {
  const counts = new Map<number, number>();
  for (const m of digitYears(text).matchAll(/(\d{4})\s*年\s*(?:度)?\s*(?:单位|部门)?\s*(?:收支)?\s*预算/g)) counts.set(Number(m[1]), (counts.get(Number(m[1])) ?? 0) + 1);
  let best: number | undefined;
  let n = 0;
  for (const [y, c] of counts) if (c > n) [best, n] = [y, c];
  return best;
}

function readAll(original: string, file: string, claims: Claim[]): void {
  const n = normalise(original);
  // Before any heading the text does not say whose money it speaks of.
  const ctx: Ctx = { file, n, claims, statement: 0, scope: 'other', section: '', headings: ['', '', ''], docYear: narrativeYear(original) };
  const text = n.text;
  let inTable = false;
  let offset = 0;
  for (const paragraph of text.split('\n')) {
    const start = offset;
    offset += paragraph.length + 1;
    let end = start + paragraph.length;
    if (paragraph === '') continue;
    const isHeading = HEADING.test(paragraph);
    const level = isHeading ? headingLevel(paragraph) : -1;
    if (inTable) {
      if (isHeading && level <= 2) inTable = false;
      else continue;
    }
    const title = TABLE_TITLE.exec(paragraph);
    if (title) {
      // Performance-target tables printed into the text: not narrative.
      inTable = true;
      end = start + title.index;
    }
    if (isHeading) {
      closeList(ctx);
      if (level <= 2) {
        // A heading run on into its text ("（一）收入预算：2024年收入预算…，其中一般公共预算…"): only the
        // heading itself says whose money the section speaks of.
        ctx.headings[level] = paragraph.replace(/[:。;][\s\S]*$/, '');
        for (let k = level + 1; k < 3; k++) ctx.headings[k] = '';
        ctx.project = undefined;
        ctx.section = paragraph.slice(0, 80);
        const scopes = ctx.headings.map((h) => scopeOf(h.replace(/^第[一二三四五六七八九十]+部分/, '')));
        ctx.scope = nested(scopes[1], scopes[2]) ?? (level === 0 ? 'unit' : 'other');
        if (ctx.headings[1] === '' && ctx.headings[2] === '') ctx.scope = 'unit';
        // A heading without figures (other than its year) holds no claim.
        if (!/[0-9]/.test(paragraph.replace(/\d{4}年/g, ''))) continue;
      } else {
        const project = /项目名称[:]?(.+)$/.exec(paragraph);
        ctx.project = project ? project[1].trim() : undefined;
        if (project) continue;
      }
    }
    ctx.lastStatement = undefined;
    const before = ctx.claims.length;
    for (let to = start; ; ) {
      const from = spanFrom(text, to, end, isSentenceEnd, false);
      if (from >= end) break;
      to = spanTo(text, from, end, isSentenceEnd, false);
      readSentence(ctx, from, to);
      // A list opened mid-paragraph ends with its sentence ("。"); parts run on over "；" only.
      const stop = text.charCodeAt(to);
      if (ctx.list && ctx.list.endsAt === 'paragraph' && (stop === 0x3002 || stop === 0x21 || stop === 0x3f)) closeList(ctx);
    }
    // A list opened by "其中：" mid-paragraph ends with it; one opened at a paragraph's end runs
    // over the following paragraphs until the next heading.
    if (ctx.list && ctx.list.endsAt === 'paragraph') closeList(ctx);
    if (paragraph.startsWith('资金分配情况')) distribution(ctx, start, end, before);
  }
  closeList(ctx);
}

/** "资金分配情况：A 15 万元，B 15 万元" adds up to the project's 预算安排规模. */
function distribution(ctx: Ctx, start: number, end: number, from: number): void {
  const claims = ctx.claims.slice(from).filter((c) => c.offset >= start && c.offset < end && c.kind === 'amount');
  if (claims.length === 0) return;
  let scale: Claim | undefined;
  for (let i = from - 1; i >= 0 && !scale; i--) {
    const c = ctx.claims[i];
    if (c.kind === 'amount' && c.projectScale && c.project === ctx.project && c.offset < start) scale = c;
    else if (c.project !== ctx.project) break;
  }
  if (!scale || !scale.amount) return;
  const pos = locate(ctx.n, start);
  const list: Claim = {
    ...base(claims[0]),
    id: ctx.claims.length,
    kind: 'list',
    line: pos.line,
    column: pos.column,
    at: pos,
    offset: start,
    subject: ctx.project ?? scale.subject,
    text: ctx.n.text.slice(start, end),
    list: {
      total: { label: `${ctx.project ?? ''} 预算安排规模`, amount: scale.amount, claim: scale.id },
      parts: claims.map((c) => ({ label: c.subject, amount: c.amount, claim: c.id })),
      // "其中", "主要用于": a partial list, its parts cannot exceed the project's money.
      relation: /其中|主要|部分/.test(ctx.n.text.slice(start, end)) ? 'le' : 'eq',
      family: '资金分配',
    },
  };
  for (const c of claims) c.inList = list.id;
  ctx.claims.push(list);
}
