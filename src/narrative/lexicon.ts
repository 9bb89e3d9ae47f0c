/**
 * The words the narrative reader knows: the lexemes it reads (amounts, percents, counts, changes,
 * shares, flat statements, placeholders), the words around them (comparisons, prior years, bounds,
 * estimates), how a clause's head becomes a subject, and which money a heading speaks of. Pure
 * patterns and small functions over strings; nothing here knows the ledger.
 */
import { Decimal } from '../decimal.js';
import type { BaseKind, CodeHints, Direction, Scope, StatedAmount, StatedNumber, StatedPercent } from './claims.js';

export const NUMBER = String.raw`(\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)|\d+(?:\.\d+)?)`;
const UP_WORDS = /^(增加|增长|上升|提高|增|增幅|涨|多|加)/;
const DOWN_WORDS = /^(减少|下降|降低|减|降幅|减幅|缩减|下降了|压减|压缩|节约|节省|少)/;
/**
 * Words of a change that say so only after a comparison ("比上年节约10.00万元", "比上年多安排4.97万元"):
 * alone, "节约资金10万元" is a saving and "多" or "少" any word. "加" is a typo of 增加 after a comparison
 * ("比上年预算加59.26万元"); alone it is any word ("加上级补助收入"). "增收", "减收" (revenue up, down: "同比增收2940万元")
 * likewise: alone, "增收节支" is a slogan.
 */
export const ONLY_COMPARED = /^(压减|压缩|节约|节省|缩减|增收|减收|多安排|少安排|多|少|加)$/;
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
 * range in the comparison ("比2023年1-6月增加…") would be read as a change. "较大", "较多" … say "rather", not
 * "than" ("变动较大的主要原因是2020年新增了…").
 * Groups: 1 comparison word, 2 base text, 3 change word, 4 number, 5 unit.
 */
export const CHANGE = new RegExp(
  String.raw`(?:(比|较(?![大多少小高低快慢好])|与|相比|同比)((?:[^,;:。%]|,(?=\d{3}(?!\d))){0,24}?))?(增加了|减少了|增长了|下降了|增长率为?|下降率为?|增加率为?|减少率为?|增加|减少|增长|下降|上升|降低|增幅为?|降幅为?|减幅为?|压减|压缩|节约|节省|缩减|增支|减支|增收|减收|多安排|少安排|多|少|增|减|加|(?:${NEUTRAL_WORDS})${SIGNED_AHEAD}|(?=[${SIGNS}][\d,.]+(?:万元|亿元|元|万|%)))(?:了|为|达|是)?[${SIGNS}]?` +
    NUMBER +
    String.raw`(万元|亿元|元|万(?![\u4e00-\u9fff])|%|个百分点)?`,
  'y',
);
/** A share: "占" and what it is of, the percent. Groups: 1 the words between, 2 the number. */
export const SHARE = new RegExp(String.raw`占([^,;:。%\d]{0,30}?)(?:的)?(?:比重|比例)?(?:为|达)?` + NUMBER + '%', 'y');
/** Groups: 1 number, 2 unit. */
export const AMOUNT = new RegExp(NUMBER + String.raw`(万元|亿元|元|万(?![\u4e00-\u9fff]))`, 'y');
/** Groups: 1 count, 2 what is counted. */
export const COUNT = /(\d+)(个|人|辆|台|项|家|套|名|户)(?!次|百分点)/y;
/** Groups: 1 number. */
export const PERCENT = new RegExp(NUMBER + '%', 'y');
/** An amount that ends a comparison: the prior-year figure ("较上年预算数278.61万元", "与上年预算数335.98万元相比"). */
export const PRIOR_IN = new RegExp(NUMBER + '(万元|亿元|元)(?:相比|比较)?$');
/**
 * A completion rate: "完成全年预算84.82万元的73.2%", "完成调整后预算的97.3%", "为调整预算的101.9%",
 * "完成预算100%". Groups: 1 the budget's number, 2 its unit, 3 the percent.
 */
export const COMPLETION = new RegExp(
  String.raw`(?:完成|为|达到?)(?:全年|年初|调整后?的?|当年)?预算(?:收入|支出)?数?(?:` + NUMBER + String.raw`(万元|亿元|元))?的?` + NUMBER + '%',
  'y',
);
/**
 * Final accounts: a head that ends with the figure it gives, the budget ("年初预算", "调整预算数") or what
 * was spent (决算, 决算数), not with a subject: "“三公”经费财政拨款支出年初预算" is the 三公 total's budget.
 * "一般公共预算", "政府性基金预算", "国有资本经营预算" name funds, not budgets. Groups: 1 a qualifier, 2 预算 or 决算.
 */
export const MEASURE_TAIL = /(?<!公共|基金|经营)(年初|全年|调整后?的?|当年)?(预算|决算)(?:数|金额)?(?:合计)?$/;
/** Final accounts: an amount's own head that says it is the budget ("年初预算为", "调整预算数为"), with Group 1 its qualifier. */
export const BUDGET_MEASURE = /(?<!公共|基金|经营|决)(年初|全年|调整后?的?|当年)?预算(?:数|金额)?(?:为|是|共计|合计)?$/;
/**
 * Final accounts comparing what was spent with the budget: "决算数大于预算数", "支出决算小于年初预算数55.93万元",
 * "决算数与预算数持平". Groups: 1 the relation's word, 2 the budget's qualifier, 3 a difference's number, 4 its
 * unit; 5 and 6 the qualifier and the word of "与…预算持平".
 */
export const VERSUS = new RegExp(
  String.raw`决算(?:数)?(大于|小于|等于|高于|低于|超过|少于|多于|超出)(年初|全年|调整后?的?)?预算(?:数)?(?:` +
    NUMBER +
    String.raw`(万元|亿元|元))?|决算(?:数)?与(年初|全年|调整后?的?)?预算(?:数)?(持平|一致|相等|相同)`,
  'g',
);
/** A reason given after a statement of a difference ("主要原因是…", "的主要情况:…", "主要是…"). Group 1: the reason. */
export const REASON = /(?:原因|情况|主要是|由于|因为)(?:是|为|在于)?[:\s]*([^。;]*)/;
/** A head that names the budget of final accounts ("支出预算为", "年初预算数为"), or what was spent ("支出决算为"). */
export const BUDGET_HEAD = /(?<!决)预算(?:数)?(?:为|是)?$/;
export const ACTUAL_HEAD = /决算(?:数)?(?:为|是)?$/;
/** Groups: 1 the flat word. */
export const FLAT = /(基本持平|持平|无变化|没有变化|未发生变化|无增减|保持不变|无增长)/y;
// "**" alone is Markdown emphasis, not a figure left out: stars count only before a unit ("**万元").
export const PLACEHOLDER = /((?:X|x|×){2,}(?:\.(?:X|x|×){1,2})?\s*(?:万元|元|%)?|(?:\*|＊){2,}(?:\.(?:\*|＊){1,2})?\s*(?:万元|元|%)|占%|(?:增长|下降|增加|减少|为)(?:万元|%))/y;
export const NO_REASON = /主要原因(是|为)[:]?$/;

/** A clause that only names the comparison: "与2023年预算相比", "同上年相比". */
export const COMPARE_ONLY = /^(?:与|比|较|同)((?:\d{4}年度?|上年度?|去年)(?:年初)?(?:预算|决算|预算执行)?数?)(?:相比|比较)?$/;
/**
 * A head that speaks of the prior year: "上年预算数为", "2023年预算数为". "上年结转（结余）" is this
 * year's income carried over, not last year's figure. Group 5: a year printed in digits.
 */
export const PRIOR_HEAD = /(上年|去年|上一年)(?!度?结转|度?结余)(度)?(年初)?(预算|决算|执行)?数?|(\d{4})年(度)?(当年|全年)?(年初)?(预算执行|预算|决算|执行)数?/;
export const HEADING = /^(第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+[、.]|\([一二三四五六七八九十]+\)|\d{1,2}[、.](?!\d))/;
/** The title of a performance-target table printed into the text (a title ends its line, or starts it). */
export const TABLE_TITLE = /(单位|部门)?(整体|项目支出|项目)?绩效目标(申报|自评)?表(?=$|\(\d{4})/;

export function headingLevel(p: string): number {
  if (/^第[一二三四五六七八九十]+部分/.test(p)) return 0;
  if (/^[一二三四五六七八九十]+[、.]/.test(p)) return 1;
  if (/^\([一二三四五六七八九十]+\)/.test(p)) return 2;
  return 3;
}

// --- Numbers ---------------------------------------------------------------------------------------

export function parseNumber(raw: string): StatedNumber | null {
  const plain = raw.includes(',') ? raw.replace(/,/g, '') : raw;
  if (!PLAIN_NUMBER.test(plain)) return null;
  return new PrintedNumber(raw, plain);
}

const PLAIN_NUMBER = /^\d+(\.\d+)?$/;

/** A printed number; its Decimal made only when a check reads it (most stated figures are only compared with integers). */
class PrintedNumber implements StatedNumber {
  readonly decimals: number;
  /** The digits as an integer (value × 10^decimals), when it is a safe one. */
  readonly units: number | undefined;
  private decimal: Decimal | undefined;

  constructor(
    readonly raw: string,
    private readonly plain: string,
  ) {
    const dot = plain.indexOf('.');
    this.decimals = dot < 0 ? 0 : plain.length - dot - 1;
    const digits = dot < 0 ? plain : plain.slice(0, dot) + plain.slice(dot + 1);
    const units = Number(digits);
    this.units = digits.length <= 15 ? units : undefined;
  }

  get value(): Decimal {
    return (this.decimal ??= new Decimal(this.plain));
  }
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

/** A printed amount of money; its value in 元 made only when read. */
class PrintedAmount extends PrintedNumber implements StatedAmount {
  private inYuan: Decimal | undefined;

  constructor(
    raw: string,
    plain: string,
    readonly unit: StatedAmount['unit'],
    readonly scale: number,
  ) {
    super(raw, plain);
  }

  get yuan(): Decimal {
    return (this.inYuan ??= this.scale === 1 ? this.value : this.value.times(this.scale));
  }

  get half(): Decimal {
    return halfUnit(this.decimals, this.scale);
  }
}

/** A printed amount of money: the number and its unit ("万" cut short is 万元). */
export function amountOf(raw: string, unit: string): StatedAmount | undefined {
  const plain = raw.includes(',') ? raw.replace(/,/g, '') : raw;
  if (!PLAIN_NUMBER.test(plain)) return undefined;
  const u = unit === '元' ? '元' : unit === '亿元' ? '亿元' : '万元';
  const scale = u === '元' ? 1 : u === '亿元' ? 100000000 : 10000;
  return new PrintedAmount(raw, plain, u, scale);
}

/** A printed percent, its half-width in percent points. */
class PrintedPercent extends PrintedNumber implements StatedPercent {
  get half(): Decimal {
    return halfUnit(this.decimals, 1);
  }
}

export function percentOf(raw: string): StatedPercent | undefined {
  const plain = raw.includes(',') ? raw.replace(/,/g, '') : raw;
  return PLAIN_NUMBER.test(plain) ? new PrintedPercent(raw, plain) : undefined;
}

// --- Changes and comparisons ---------------------------------------------------------------------

function direction(word: string): Direction | undefined {
  if (UP_WORDS.test(word)) return 'up';
  if (DOWN_WORDS.test(word)) return 'down';
  return undefined;
}

/**
 * The direction of a change (a CHANGE match): its word's, or, for a word that names none ("增减",
 * "变动") or none at all ("比上年-14.84万元"), the sign before its figure: "-" or "−" down, "+" or no
 * sign up; a zero changes nothing and has no direction. Also the word as it is to be shown ("增减-").
 */
export function changeOf(m: RegExpExecArray): { word: string; dir: Direction | undefined } {
  const [whole, , , word, num, unit] = m;
  if (word !== '' && !NEUTRAL.test(word)) return { word, dir: direction(word) };
  const sign = whole.charAt(whole.length - (unit?.length ?? 0) - num.length - 1);
  const signed = sign === '-' || sign === '−' || sign === '+';
  const zero = /^[0.,]+$/.test(num);
  return { word: signed ? word + sign : word, dir: zero ? undefined : sign === '-' || sign === '−' ? 'down' : 'up' };
}

/** What a comparison is measured against, from its words ("上年预算执行数" → execution). */
export function baseOf(text: string): { base: string; baseKind: BaseKind; baseYear?: number } {
  const base = text.replace(/(相比|同期)$/, '');
  const year = /(\d{4})年/.exec(base);
  let baseKind: BaseKind = 'unspecified';
  if (/执行/.test(base)) baseKind = 'execution';
  else if (/决算/.test(base)) baseKind = 'final';
  else if (/预算/.test(base)) baseKind = 'budget';
  return { base: base || '上年', baseKind, baseYear: year ? Number(year[1]) : undefined };
}

/** What a share is of, as its words name it ("占收入预算的" → "收入预算"); undefined for a bare "占". */
export function denominatorOf(words: string): string | undefined {
  return words.replace(/^(比重|比例|比)(为|是)?/, '').replace(/^(本单位|全部|总)?/, '').replace(/的$/, '') || undefined;
}

// --- Sections --------------------------------------------------------------------------------------

/** The money a heading speaks of: the first pattern it holds. */
const SCOPES: [RegExp, Scope][] = [
  [/三公/, 'three-public'],
  [/一般公共预算(财政拨款|当年拨款|拨款)?基本支出/, 'gpb-basic'],
  [/一般公共预算(财政拨款|当年拨款|拨款)?项目支出/, 'gpb-project'],
  [/一般公共预算/, 'gpb'],
  [/政府性基金/, 'gfb'],
  [/国有资本经营/, 'soc'],
  // "财政拨款支出预算情况", "财政拨款收入支出预算": the appropriation, not the unit's whole budget.
  [/财政拨款收支|财政拨款预算|(?<!非)财政拨款(收入|支出|收入支出)(预算|决算)?(总体)?情况/, 'fin'],
  [/收入预算|收入决算/, 'income'],
  [/支出预算|支出决算/, 'expenditure'],
  [/收支(总)?预算|总体情况|总体说明|收支总/, 'unit'],
];

export function scopeOf(text: string): Scope | undefined {
  for (const [re, scope] of SCOPES) if (re.test(text)) return scope;
  return undefined;
}

const APPROPRIATED: Scope[] = ['fin', 'gpb', 'gpb-basic', 'gpb-project', 'gfb', 'soc'];

/**
 * The scope of a sub-section within its section: a sub-heading narrows its section's money
 * ("一般公共预算" → "基本支出"); one that names the unit's whole budget inside a section on
 * appropriated money ("五、一般公共预算…" / "（二）支出预算结构") leaves it in doubt ('other').
 */
export function nested(section: Scope | undefined, sub: Scope | undefined): Scope | undefined {
  if (!sub) return section;
  if (!section || section === 'unit' || section === 'other' || sub === 'three-public') return sub;
  if (APPROPRIATED.includes(section) && (sub === 'unit' || sub === 'income' || sub === 'expenditure')) return 'other';
  return sub;
}

// --- Subjects --------------------------------------------------------------------------------------

// "部" ends a name ("财政部"), not "部门" ("本部门2024年部门收入预算").
const ORG = /(中心|局|委员会|办公室|厅|院|站|馆|学校|医院|协会|中学|小学|幼儿园|所|队|部(?!门)|会|人民政府)/g;
// "所占比重为 48.00%", "其占比", "约占": a word before the figure, not a subject of its own.
const GENERIC = /^(上年度?|去年|上一年度?|预算数?|预算执行数?|执行数?|预算安排规模|安排规模|规模|金额|预算金额|涉及(预算)?(金额|资金)|价值|资金|数额|总额|合计|年初预算|本年预算|预算为|为|所|其|约)$/;

// The patterns a head is cleaned with, read where the head's start has come to (sticky: `lastIndex`).
const YEAR_PREFIX = /(截至|截止)?\d{4}年(度|底|末|初)?(的)?/y;
const LEAD = /([,;:、\s]|\d{1,2}[、.](?!\d)|[一二三四五六七八九十]+、|\([一二三四五六七八九十\d]+\)|其中|主要原因(是|为)|主要用于|主要包括|包括|具体是|具体为|具体包括|另外|此外|同时|其他需说明的事项|加(?=上级|上年))+/y;
const FILLER = /(的|在(?![职岗编])|将|对|向|共|全年|本年度|本年|当年度|当年|本部门|本单位)(?=[\u4e00-\u9fff\d]{2})/y;
/** "(类)", "(款)", "(项)", "(204类)" … anywhere from `lastIndex` on. */
const CODE_NAMES = /\((\d{2,3})?(类|款|项)\)/g;
// What a head ends with that is not its subject.
const TAIL_COMPARISON = /(比|较|与|和|同)?(上年|去年|上年度)(预算|决算|同期)?(执行)?数?(一致|相比|相同)?$/;
const TAIL_VERB = /(的)?(预算数|预算金额|金额|数|总额)?(为|是|达|共计|合计为|预计为?|预计达)$/;
const TAIL_ARRANGED = /(安排|分别)$/;
const TAIL_YEAR = /(\d{4}年度?|本年度?|当年)(年初)?(预算)?$/;

/** How many characters of `s` the sticky `re` matches at `at` (0 when it does not match there). */
export function matchAt(re: RegExp, s: string, at: number): number {
  re.lastIndex = at;
  return re.test(s) ? re.lastIndex - at : 0;
}

const NO_HEAD = { text: '', start: 0 };

/** A function code before a name: "201一般公共服务支出", "1.2010301行政运行", "208 社会保障和就业支出". */
const CODE_PREFIX = /^(?:\d{1,2}[、.])?(\d{3}|\d{5}|\d{7}) ?([\u4e00-\u9fff].*)$/;
const CODE_PREFIX_HERE = new RegExp(CODE_PREFIX.source.slice(1), 'y');

/** A clause's head (the words before its first figure) cleaned into a subject; returns its start offset in the head. */
export function cleanHead(head: string): { text: string; start: number } {
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

export function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** A digit, "." or ",": the characters of a printed number. */
export function isNumberChar(code: number): boolean {
  return isDigit(code) || code === 0x2e || code === 0x2c;
}

/** A figure printed at the end of a head ("房屋0.00平方米" → "房屋"); a scan, not a regex, so that long runs of digits stay linear. */
function stripTrailingNumber(t: string): string {
  const unit = t.endsWith('平方米') ? 3 : t.endsWith('万元') ? 2 : t.endsWith('元') || t.endsWith('%') ? 1 : 0;
  const end = t.length - unit;
  let i = end;
  while (i > 0 && isNumberChar(t.charCodeAt(i - 1))) i--;
  return i < end ? t.slice(0, i) : t;
}

/**
 * A level named after a subject, with or without its code: "（类）", "（204类）", "（06款）", "（01项）";
 * or a whole code in brackets: "（2040601）". Groups: 1 code, 2 level.
 */
const LEVEL_MARK = /\((\d{2,3})?(类|款|项)\)|\((\d{3}|\d{5}|\d{7})\)/g;
const HAS_LEVEL_MARK = /\((\d{2,3})?(类|款|项)\)|\((\d{3}|\d{5}|\d{7})\)/;
const LEADING_SEPARATORS = /^[,;:、]+/;
/** Most subjects name no code: one object for them all (hints are only read). */
const NO_HINTS: CodeHints = Object.freeze({});

/**
 * The classification a subject names: names before （类）/（款）/（项） and the codes printed in them
 * ("公共安全支出（204类）司法（06款）行政运行（01项）"), a whole code in brackets after a name
 * ("行政运行（2040601）"), or a code before a name ("2010301行政运行").
 */
export function hintsOf(subject: string): CodeHints {
  if (!isDigit(subject.charCodeAt(0)) && !subject.includes('(')) return NO_HINTS;
  const named = HAS_LEVEL_MARK.test(subject);
  const coded = CODE_PREFIX.exec(subject);
  if (coded && !named) return { code: coded[1], codeName: coded[2] };
  if (!named) return {};
  const hints: CodeHints = {};
  let from = 0;
  LEVEL_MARK.lastIndex = 0;
  for (let m = LEVEL_MARK.exec(subject); m; m = LEVEL_MARK.exec(subject)) {
    const name = subject.slice(from, m.index).replace(LEADING_SEPARATORS, '');
    from = m.index + m[0].length;
    if (m[3] !== undefined) {
      // "行政运行（2040601）": the code itself.
      hints.bracketCode = m[3];
      continue;
    }
    const [, code, level] = m;
    if (level === '类') [hints.class, hints.classCode] = [name, code];
    else if (level === '款') [hints.section, hints.sectionCode] = [name, code];
    else [hints.item, hints.itemCode] = [name, code];
  }
  return hints;
}

/** The families of parts that make up their total; a 其中 list may leave a part out (see read.ts). */
/** Units that count people. */
export const PEOPLE_UNITS = new Set(['人', '名']);

export const PART_FAMILIES: { family: string; total: RegExp; part: RegExp; all?: RegExp[][] }[] = [
  { family: '三公', total: /三公/, part: /因公出国|公务用车|公务接待/, all: [[/因公出国/, /公务接待/, /公务用车购置及运行|公务用车购置和运行/], [/因公出国/, /公务接待/, /公务用车购置费?$/, /公务用车运行/]] },
  { family: '政府采购', total: /采购/, part: /货物|工程|服务/, all: [[/货物/, /工程/, /服务/]] },
  { family: '收入来源', total: /收入|收支|预算(合计)?$/, part: /一般公共预算|政府性基金|国有资本经营|财政专户|单位资金|事业收入|经营收入|其他收入|上级补助|附属单位|财政拨款结转|上年结转|结余/ },
  { family: '基本/项目', total: /支出|拨款|预算/, part: /^(一般公共预算)?(基本支出|项目支出)$/ },
  { family: '人员/公用', total: /基本支出|经费/, part: /^(人员经费|公用经费)$/ },
  { family: '资金来源', total: /资金|经费|金额|预算/, part: /^(财政资金|财政拨款|其他资金|单位资金|自有资金)$/ },
  { family: '人员', total: /人/, part: /^(在职|退休|离休)/, all: [[/^在职/, /^退休/, /^离休/]] },
  { family: '车辆', total: /车/, part: /公务用车|执法执勤|特种|其他车辆|业务用车/, all: [] },
];
