/**
 * Narrative text to typed claims: one claim per numeric statement (an amount, a share, a
 * year-over-year change, a flat statement, a list with its total, a count, a placeholder, a named
 * comparison year), each with its subject, the section it stands in and where it starts in the
 * original file. The text is normalised once, cut into paragraphs, sentences and clauses, and each
 * clause's figures (tokens.ts) are read by a small grammar:
 *
 * - a clause's head (the words before its first figure) names the statement's subject, or the
 *   clause goes on with the statement before it;
 * - an amount opens (or restates) the statement; a change, a percent, a share or a flat word speaks
 *   of it; a percent right after a change completes the change, and a change after a percent;
 * - "其中" opens a list of the amount before it, a bracket after an amount a list of its own parts;
 * - "分别" shares the figures after it out over the subjects named before it, in order.
 *
 * Pure; never throws (a failure yields the claims read so far). Knows nothing of the tables.
 */
import { functionClassByName } from '../ledger/classification.js';
import { digitYears, labelKey } from '../text.js';
import type { AmountClaim, Claim, ClaimBase, ClaimList, CountClaim, ListClaim, Measure, ReadNarrative, Scope, StatedAmount, YoyClaim } from './claims.js';
import {
  ACTUAL_HEAD,
  NUMBER,
  amountOf,
  BUDGET_HEAD,
  BUDGET_MEASURE,
  baseOf,
  changeOf,
  cleanHead,
  COMPARE_ONLY,
  denominatorOf,
  HEADING,
  headingLevel,
  MEASURE_TAIL,
  hintsOf,
  nested,
  NO_REASON,
  ONLY_COMPARED,
  PART_FAMILIES,
  PEOPLE_UNITS,
  percentOf,
  PRIOR_HEAD,
  PRIOR_IN,
  REASON,
  scopeOf,
  TABLE_TITLE,
  VERSUS,
} from './lexicon.js';
import { locate, normalise, type Normalised, type Position } from './normalise.js';
import { clausesOf, type Clause, type Element, elementsOf, type Sentence, sentences } from './tokens.js';

/** The document's state as the reader goes through it. */
interface Doc {
  file: string;
  n: Normalised;
  claims: Claim[];
  statement: number;
  scope: Scope;
  section: string;
  /** The last numbered paragraph ("1.…", "2、…") below the section. */
  subsection?: string;
  headings: string[];
  project?: string;
  /** The budget year the text speaks of (its first "YYYY年…预算"). */
  docYear?: number;
  /** A budget or final accounts. */
  kind: 'budget' | 'final';
  /** The last statement of the paragraph so far (a sentence may open with "其中："). */
  lastStatement?: Statement;
  /** The total of an open 其中 list; 'bracket': a list in brackets after one of the parts of `outer` ("…4.00万元（其中：…）"). */
  list?: OpenList;
  /** The lists a bracketed list or a part's breakdown was opened inside, innermost last. */
  outer: (OpenList | undefined)[];
  /** How deep in brackets the text is since the bracketed list opened. */
  depth?: number;
  /** The amounts the sentence before stated, by subject (labelKey), with its section: the current a change of the next sentence speaks of. */
  before?: { section: string; amounts: Map<string, StatedAmount> };
}

interface OpenList {
  claim: AmountClaim | CountClaim;
  parts: (AmountClaim | CountClaim)[];
  endsAt: 'paragraph' | 'heading' | 'bracket' | 'sentence';
  /** A total that states a count beside its amount ("车辆2辆，价值59.09万元；其中：…"): its count, and the parts' counts. */
  countTotal?: CountClaim;
  countParts?: CountClaim[];
  /** The number of the item the list is opened in ("1、基本支出246.59万元,包括:…"): the next item ("2、项目支出…") ends it. */
  item?: number;
}

/** A subject and what has been said of it so far: its amount or count, its claims, its last change. */
interface Statement {
  id: number;
  subject: string;
  offset: number;
  textStart: number;
  amount?: StatedAmount;
  count?: { value: number; unit: string };
  claims: Claim[];
  /** The last year-over-year claim, to attach a following percent, and the clause it was read in. */
  lastYoy?: YoyClaim;
  lastYoyClause?: number;
  /** Set for 预算安排规模 inside a project paragraph. */
  projectScale?: boolean;
  /** The year its head names ("2022年度“三公”经费预算…"). */
  year?: number;
  /** Where the statement starts in the original, once asked for. */
  position?: Position;
}

type ClaimOf<K extends Claim['kind']> = Extract<Claim, { kind: K }>;

/** A claim of a statement: the common fields from the statement, the kind's own given by the caller. */
function makeClaim<K extends Claim['kind']>(doc: Doc, st: Statement, sentence: Sentence, end: number, at: number | undefined, own: Omit<ClaimOf<K>, keyof ClaimBase> & Partial<ClaimBase>): ClaimOf<K> {
  // The claims of a statement start where it starts.
  const pos = (st.position ??= locate(doc.n, st.offset));
  const subject = st.subject;
  const claim = {
    id: doc.claims.length,
    file: doc.file,
    line: pos.line,
    column: pos.column,
    offset: st.offset,
    sentence: sentence.text,
    sentenceOffset: sentence.start,
    text: doc.n.text.slice(st.textStart, Math.max(end, st.textStart)),
    statement: st.id,
    subject,
    hints: hintsOf(subject),
    scope: doc.scope,
    section: doc.section,
    subsection: doc.subsection,
    project: doc.project,
    at: at === undefined || at === st.offset ? pos : locate(doc.n, at),
    ...own,
  } as ClaimOf<K>;
  doc.claims.push(claim);
  st.claims.push(claim);
  return claim;
}

function newStatement(doc: Doc, subject: string, offset: number, textStart = offset): Statement {
  return { id: ++doc.statement, subject, offset, textStart, claims: [] };
}

// --- Lists ---------------------------------------------------------------------------------------

/** A subject without quotes, for matching part names. */
function unquoted(s: string): string {
  return s.replace(/[“”"']/g, '');
}

/** Close the open list, and first the lists inside it (in brackets, or a part's breakdown). */
function closeList(doc: Doc): void {
  while (doc.list?.endsAt === 'bracket' || doc.list?.endsAt === 'sentence') closeBracket(doc);
  closeOne(doc);
}

/** Close a bracketed list: the list it is inside is open again. */
function closeBracket(doc: Doc): void {
  closeOne(doc);
  doc.list = doc.outer.pop();
}

/** The common fields of a claim, from a statement's first claim. */
function baseOf_(c: Claim): ClaimBase {
  return {
    id: c.id,
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

/** The open list becomes a list claim, when it has parts of what its total counts (and a second of counts, when its total states one). */
function closeOne(doc: Doc): void {
  const open = doc.list;
  doc.list = undefined;
  if (!open) return;
  if (open.countTotal && open.countParts?.length) listClaim(doc, open.countTotal, open.countParts);
  listClaim(doc, open.claim, open.parts);
}

/** Units that count the same things: alike, or 人 and 名 (people: "离退休人员12名,其中:离休1人,退休11人"). */
function sameCount(a: string, b: string): boolean {
  return a === b || (PEOPLE_UNITS.has(a) && PEOPLE_UNITS.has(b));
}

/**
 * Function classes listed with a class of no money ("其中:一般公共服务支出预算0万元,教育支出预算526.61万元,…"): a list
 * that names a class it has nothing for names them all, so its parts make up its total. (Classes listed without
 * one may be the main ones only.)
 */
function allClasses(parts: (AmountClaim | CountClaim)[]): boolean {
  return parts.length >= 3 && parts.every((p) => p.kind === 'amount' && functionClassByName(p.subject.replace(/(预算|决算)数?$/, '')) !== undefined) && parts.some((p) => p.kind === 'amount' && p.amount.yuan.isZero());
}

function listClaim(doc: Doc, total: AmountClaim | CountClaim, candidates: (AmountClaim | CountClaim)[]): void {
  const useAmount = total.kind === 'amount';
  const totalCount = total.count;
  // Parts count what the total counts: "车辆 2 辆，其中：…" holds no 台 of equipment.
  const parts = candidates.filter((p) => (useAmount ? p.kind === 'amount' : p.count !== undefined && totalCount !== undefined && sameCount(p.count.unit, totalCount.unit)));
  if (parts.length === 0) return;
  const fam = PART_FAMILIES.find((f) => f.total.test(total.subject) && parts.every((p) => f.part.test(p.subject)));
  const whole = !fam?.all || fam.all.some((set) => set.every((re) => parts.some((p) => re.test(unquoted(p.subject)))));
  const amountOfClaim = (c: AmountClaim | CountClaim) => (c.kind === 'amount' ? c.amount : undefined);
  const countOfClaim = (c: AmountClaim | CountClaim) => c.count?.value;
  const list: ClaimList = {
    total: { label: total.subject, amount: useAmount ? amountOfClaim(total) : undefined, count: useAmount ? undefined : totalCount?.value, claim: total.id },
    parts: parts.map((p) => ({ label: p.subject, amount: useAmount ? amountOfClaim(p) : undefined, count: useAmount ? undefined : countOfClaim(p), claim: p.id })),
    relation: (fam && parts.length >= 2 && whole) || allClasses(parts) ? 'eq' : 'le',
    family: fam && parts.length >= 2 ? fam.family : allClasses(parts) ? '功能分类' : undefined,
  };
  const claim: ListClaim = {
    ...baseOf_(total),
    id: doc.claims.length,
    kind: 'list',
    at: total.at,
    text: `${total.text}，其中：${parts.map((p) => p.text).join('，')}`,
    list,
  };
  total.inList = claim.id;
  for (const p of parts) p.inList = claim.id;
  doc.claims.push(claim);
}

/** A bracket that opens the parts of the amount before it: "（其中：", "（含", "（包括". */
const BRACKET_LIST = /\((其中|含|包括)/;
/** Words in a bracket that make its amount another quantity than a part: a running total ("（累计稳定调节基金43429万元）"). */
const OTHER_QUANTITY = /累计|年末|滚存/;
/** A bracket right after an amount, naming another amount ("基本支出321.14万元（人员经费304.49万元，…）"). */
const BRACKET_RIGHT_AFTER = /^\s*\(/;
/** A clause that breaks the part before it down ("具体是…", "具体为…"). */
const SPECIFICALLY = /^\s*(具体(是|为|包括)|包括(?=[\u4e00-\u9fff]))/;
/** A subject that names a change ("增加了其他资金预算"). */
const CHANGE_NAMED = /^(新增|增加|减少|增长|下降)/;
/** A clause that only opens a bracket list ("(其中"). */
const BRACKET_OPENS = /^\s*\((其中|含|包括)\s*$/;

/**
 * Follow the brackets in text between a clause's elements: "公务用车购置及运行费4.00万元（其中：购置费0万元，
 * 运行费4.00万元）" opens a list of the amount's own parts, and the bracket that closes it closes that list.
 * A bracket right after an amount opens one too when an amount follows in it, unless it speaks of another
 * year ("（上年为278.61万元）").
 */
function followBrackets(doc: Doc, between: string, amountBefore: AmountClaim | undefined, next?: Element): void {
  if (doc.list?.endsAt === 'bracket') {
    for (let i = 0; i < between.length; i++) {
      const c = between.charCodeAt(i);
      if (c === 0x28) doc.depth = (doc.depth ?? 0) + 1;
      else if (c === 0x29 && (doc.depth = (doc.depth ?? 0) - 1) === 0) {
        closeBracket(doc);
        return;
      }
    }
  } else if (amountBefore && (BRACKET_LIST.test(between) || (next?.kind === 'amount' && BRACKET_RIGHT_AFTER.test(between) && !PRIOR_HEAD.test(between) && !OTHER_QUANTITY.test(between)))) {
    doc.outer.push(doc.list);
    doc.depth = 1;
    doc.list = { claim: amountBefore, parts: [], endsAt: 'bracket' };
  }
}

// --- "分别" ---------------------------------------------------------------------------------------

const TWO_HAN = /[\u4e00-\u9fff]{2}/;
/** "…三类", "…等3项": how many kinds a list of names has, after its names. */
const KINDS_COUNTED = /等?[一二三四五六七八九十\d]+(类|项|个方面|种)$/;

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
function jointSubjects(doc: Doc, head: string, headStart: number, after: Element[]): Statement[] {
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
      const offset = Math.max(from, doc.n.text.indexOf(subject, from));
      from = offset + subject.length;
      return newStatement(doc, subject, offset);
    });
  }
  return [];
}

// --- Claims of a statement ---------------------------------------------------------------------------

/** A share of the statement's amount ("占 52.00%"); false when the percent is no number. */
function shareClaim(doc: Doc, st: Statement, percent: string, denominator: string | undefined, sentence: Sentence, end: number, at: number): boolean {
  const p = percentOf(percent);
  if (!p) return false;
  makeClaim<'share'>(doc, st, sentence, end, at, { kind: 'share', amount: st.amount, share: { percent: p, denominator, contextTotal: doc.list?.claim.id } });
  return true;
}

/** A flat statement about the statement's amount ("与上年持平"). */
function flatClaim(doc: Doc, st: Statement, words: string, sentence: Sentence, end: number, at: number): boolean {
  makeClaim<'flat'>(doc, st, sentence, end, at, { kind: 'flat', flat: words, amount: st.amount });
  return true;
}

/** A named comparison year ("比2024年预算") of a change: a claim of its own. */
function yearClaim(doc: Doc, st: Statement, yoy: YoyClaim, sentence: Sentence, end: number, at: number): void {
  if (yoy.yoy.baseYear === undefined) return;
  makeClaim<'year'>(doc, st, sentence, end, at, { kind: 'year', year: yoy.yoy.baseYear, yoy: yoy.yoy, statementYear: st.year });
}

/** A figure shared out by "分别" to its statement: a share, a change in money or percent, or a flat. False when it is no claim. */
function respectiveClaim(doc: Doc, st: Statement, el: Element, kind: string, sentence: Sentence, end: number, at: number, baseText: string): boolean {
  const bare = el.kind === 'percent';
  if (kind === 'amount') {
    const a = amountOf(el.m[1], el.m[2]);
    if (!a) return false;
    st.amount = a;
    const c = makeClaim<'amount'>(doc, st, sentence, end, at, { kind: 'amount', amount: a });
    if (doc.list && doc.list.claim !== c) doc.list.parts.push(c);
    return true;
  }
  if (kind === 'share') return shareClaim(doc, st, bare ? el.m[1] : el.m[2], bare ? undefined : denominatorOf(el.m[1]), sentence, end, at);
  if (el.kind === 'flat') return flatClaim(doc, st, el.m[1], sentence, end, at);
  if (el.kind !== 'change') return false;
  const [, , , , num, unit] = el.m;
  const { word, dir } = changeOf(el.m);
  if (unit === '%') {
    const p = percentOf(num);
    if (!p) return false;
    // "分别减少 a 万元和增加 b 万元，分别下降 x% 和增长 y%": each percent completes its subject's change.
    const last = st.lastYoy;
    if (last && last.yoy.change && !last.yoy.percent) {
      last.yoy.percent = p;
      last.yoy.percentWord = word;
      last.yoy.percentDirection = dir;
      last.percentAt = locate(doc.n, at);
      return true;
    }
    const c = makeClaim<'yoy'>(doc, st, sentence, end, at, { kind: 'yoy', amount: st.amount, yoy: { percent: p, percentWord: word, percentDirection: dir, ...baseOf(baseText) } });
    c.percentAt = c.at;
    st.lastYoy = c;
    return true;
  }
  if (unit === undefined || unit === '个百分点') return false;
  const a = amountOf(num, unit);
  if (!a) return false;
  st.lastYoy = makeClaim<'yoy'>(doc, st, sentence, end, at, { kind: 'yoy', amount: st.amount, yoy: { change: a, changeWord: word, changeDirection: dir, ...baseOf(baseText) } });
  return true;
}

// --- Sentences -------------------------------------------------------------------------------------

/** Final accounts: the difference "决算数大于预算数55.93万元" states after its words (NC016 reads it). */
const VERSUS_HEAD = /决算(?:数)?(?:大于|小于|高于|低于|超过|少于|多于|超出)(?:年初|全年|调整后?的?)?预算(?:数)?$/;
/** The head of a difference of two figures ("差值为", "差额为"). */
const DIFFERENCE_HEAD = /(差值|差额|差异额?)(为|是)?$/;
/** An item's number ("1、", "2.") at the start of a sentence, and the last one before a clause in its sentence. Group 1: the number. */
const ITEM_START = /^\s*(\d{1,2})[、.](?!\d)/;
const ITEM_BEFORE = /(?:^|[:,])\s*(\d{1,2})[、.](?!\d)(?!.*(?:^|[:,])\s*\d{1,2}[、.](?!\d))/;
/** "(-", "(+" or "(" just before a percent. */
const SIGNED_IN_BRACKET = /^\(([+\-−]?)$/;
const LOCAL_GPB = /^(?:[^,:]*?)(一般公共预算支出|一般公共预算拨款)(包括|合计)/;
const LEADING_COLONS = /^[:\s]+/;
const BETWEEN_LEAD = /^[()、和及与或\s]+/;
const YEAR_OF = /(\d{4})年/g;
/** What stands between a share and the amount of the item it is of: "的" and the item's name. */
const SHARE_OF_NEXT = /^的[\u4e00-\u9fff(]{2,}/;

/** What a sentence's reading keeps from clause to clause. */
interface SentenceState {
  sentence: Sentence;
  st: Statement | null;
  /**
   * The statement a bracket list opened after ("支出预算617.53万元（含单位资金安排的支出131.99万元）"): once
   * the bracket closes, the text goes on with it, so that a "其中" after the bracket is its list, not
   * the bracketed amount's.
   */
  beforeBracket: Statement | null;
  /** A subject named in a clause without figures, for the next clause's figures. */
  pending: { text: string; offset: number } | null;
  /** A comparison named in a clause of its own ("与2023年预算相比"), for the changes after it. */
  compare: string | null;
  /** The clause before, when it names without figures. */
  named?: { text: string; start: number };
  /** From "分别" on, the figures are shared out over several subjects in order. */
  respectively: boolean;
  /** The statements of this sentence with an amount, in order: the subjects "分别" shares figures out to. */
  withAmount: Statement[];
  /** Per kind of figure after "分别", the statements still to receive one. */
  turns?: Map<string, Statement[]>;
  respectiveBase: string;
  /** The statement whose amount a clause "含…" (contains) goes on to break down. */
  beforeContains?: Statement;
  lastTurn?: string;
  /** Final accounts: the sentence's last amount stated as the budget ("支出预算为…") and as what was spent ("支出决算为…"). */
  budget?: StatedAmount;
  actual?: StatedAmount;
  /** The sentence's last amount stated as the adjusted budget ("调整预算数为…"). */
  adjusted?: StatedAmount;
}

/** Follow the brackets between figures; a bracket list that closes hands the text back to the statement before it. */
function follow(doc: Doc, s: SentenceState, between: string, amountBefore: AmountClaim | undefined, next?: Element): void {
  const open = doc.list?.endsAt === 'bracket' ? doc.list : undefined;
  followBrackets(doc, between, amountBefore, next);
  if (!open && doc.list?.endsAt === 'bracket') s.beforeBracket = s.st;
  else if (open && doc.list !== open && s.beforeBracket) {
    s.st = s.beforeBracket;
    s.beforeBracket = null;
  }
}

/** "分别" at `at`: which statements the figures after it go to. */
function beginRespectively(doc: Doc, s: SentenceState, at: number, clauseStart: number): void {
  if (s.respectively) return;
  s.respectively = true;
  const text = doc.n.text;
  const after = elementsOf(text.slice(at, s.sentence.end));
  // "人员经费和公用经费分别为 304.49 万元和 16.65 万元": subjects named together before "分别", their amounts after it;
  // or in the clause before ("包括货物、工程、服务三类，分别为…").
  let joint = jointSubjects(doc, text.slice(clauseStart, at), clauseStart, after);
  if (joint.length === 0 && s.named && text.slice(clauseStart, at).trim() === '') {
    joint = jointSubjects(doc, s.named.text.replace(KINDS_COUNTED, ''), s.named.start, after);
  }
  if (joint.length > 0) {
    s.turns = sharedOut(after, joint, true);
    return;
  }
  s.turns = sharedOut(after, s.withAmount);
  // "收入预算 617.53 万元，其中：A x 万元、B y 万元，分别占 p% 和 q%": the parts of the open list, without its total.
  const list = doc.list;
  if (!s.turns?.size && list) s.turns = sharedOut(after, s.withAmount.filter((w) => w.claims.some((c) => (list.parts as Claim[]).includes(c))));
}

/** A figure after "分别": to its statement's turn when the figures and the statements pair up, else unlinked. */
function shareOut(doc: Doc, s: SentenceState, el: Element, clauseStart: number): void {
  const turn = turnOf(el, s.lastTurn);
  s.lastTurn = turn;
  if (el.kind === 'change' && el.m[1]) s.respectiveBase = el.m[2];
  const owner = s.turns?.get(turn)?.shift();
  if (owner && respectiveClaim(doc, owner, el, turn, s.sentence, clauseStart + el.end, clauseStart + el.start, s.respectiveBase)) return;
  if (el.kind !== 'share' && el.kind !== 'change' && el.kind !== 'flat' && el.kind !== 'amount') return;
  const holder = newStatement(doc, '', clauseStart + el.start, clauseStart);
  const end = clauseStart + el.end;
  const at = clauseStart + el.start;
  // Never linked: which subject it speaks of is not known.
  if (el.kind === 'share') makeClaim<'share'>(doc, holder, s.sentence, end, at, { kind: 'share', share: { percent: percentOf(el.m[2]) ?? percentOf('0')!, denominator: undefined }, respectively: true });
  else if (el.kind === 'flat') makeClaim<'flat'>(doc, holder, s.sentence, end, at, { kind: 'flat', flat: el.m[1], respectively: true });
  else if (el.kind === 'amount') {
    const a = amountOf(el.m[1], el.m[2]);
    if (a) makeClaim<'amount'>(doc, holder, s.sentence, end, at, { kind: 'amount', amount: a, respectively: true });
  } else makeClaim<'yoy'>(doc, holder, s.sentence, end, at, { kind: 'yoy', yoy: { base: '上年', baseKind: 'unspecified' }, respectively: true });
}

/** How many counts the sentence of a statement's count states. */
function countsOfSentence(doc: Doc, st: Statement): number {
  const own = st.claims.find((c) => c.kind === 'count');
  return own ? doc.claims.filter((c) => c.kind === 'count' && c.sentenceOffset === own.sentenceOffset).length : 0;
}

/** The 收支 total a side's list ("收入包括:", "支出包括:") is of: the open list's, or the statement just before. */
function sideList(doc: Doc, s: SentenceState, ci: number): AmountClaim | undefined {
  const total = doc.list?.claim ?? (ci === 0 && !s.st ? doc.lastStatement?.claims.find((c): c is AmountClaim => c.kind === 'amount') : undefined);
  return total?.kind === 'amount' && /收支/.test(total.subject) ? total : undefined;
}

/** "其中", "包括…，分别为": the statement before opens a list of its parts (its amount or count the total). */
function openList(doc: Doc, s: SentenceState, clause: Clause, ci: number): void {
  // A clause that states no figure between the total and "其中" ("共计29.05万元,同口径…预算与上年持平,其中:…")
  // leaves the list to the amount before it.
  const figureless = s.st !== null && !s.st.amount && !s.st.count && s.st.claims.every((c) => c.kind === 'flat');
  const owner = figureless ? s.withAmount[s.withAmount.length - 1] : (s.st ?? (ci === 0 ? doc.lastStatement : undefined));
  // A statement with a change: "其中" may break the change down ("减少14.84万元，其中：人员经费减少…"), not where it
  // opens a sentence after "。" ("收入1125.76万元,较2024年增加34.42万元。其中:基本支出…"): its parts are the amount's.
  const afterFullStop = ci === 0 && s.st === null && doc.n.text.charCodeAt(s.sentence.start - 1) === 0x3002;
  const changed = owner?.claims.some((c) => c.kind === 'yoy') && !afterFullStop;
  // An amount named as a change ("主要原因是:…本年增加了其他资金预算7000万元。其中:…") has no parts of its own; nor has
  // the last of several counts of the sentence before ("…全额事业编制95名,聘用教师控制数4人。其中,在职在编人员91人"):
  // which one the parts are of is not known.
  const ambiguous = ci === 0 && s.st === null && owner !== undefined && !owner.amount && owner.count !== undefined && countsOfSentence(doc, owner) >= 2;
  if (owner && (owner.amount || owner.count) && !changed && !ambiguous && !CHANGE_NAMED.test(owner.subject)) {
    closeList(doc);
    const totalClaim = (owner.claims.find((c) => c.kind === 'amount') ?? owner.claims.find((c) => c.kind === 'count')) as AmountClaim | CountClaim | undefined;
    if (totalClaim) {
      const text = doc.n.text;
      const rest = text.slice(clause.end, s.sentence.end).replace(LEADING_COLONS, '');
      doc.list = { claim: totalClaim, parts: [], endsAt: rest === '' && s.sentence.end >= paragraphEnd(text, s.sentence.end) ? 'heading' : 'paragraph' };
      // (Or the item its paragraph is: "2.公务用车购置及运行维护费1.5万元。其中:".)
      const item = ITEM_BEFORE.exec(text.slice(s.sentence.start, clause.start)) ?? ITEM_START.exec(text.slice(text.lastIndexOf('\n', s.sentence.start) + 1, s.sentence.start));
      if (item) doc.list.item = Number(item[1]);
      const countTotal = totalClaim.kind === 'amount' ? (owner.claims.find((c) => c.kind === 'count') as CountClaim | undefined) : undefined;
      if (countTotal) [doc.list.countTotal, doc.list.countParts] = [countTotal, []];
    }
  } else closeList(doc);
}

function readSentence(doc: Doc, sentence: Sentence): void {
  const first = doc.claims.length;
  // "2024年度收入总计X万元,支出总计Y万元,与2023年度相比,收入、支出总计各增加a、b万元,增长p%、q%": the amounts
  // read clause by clause, then the paired changes on their own.
  const tail = sentence.text.includes('支') ? PAIRED_TAIL.exec(sentence.text) : null;
  if (tail) {
    // The changes take their current amounts from the clauses before them, as from a sentence before.
    const at = tail.index + 1;
    readClauses(doc, { start: sentence.start, end: sentence.start + tail.index, text: sentence.text.slice(0, tail.index) });
    carryCurrent(doc, first);
    const rest: Sentence = { start: sentence.start + at, end: sentence.end, text: sentence.text.slice(at) };
    const changes = doc.claims.length;
    if (!pairedFigures(doc, rest)) readClauses(doc, rest);
    carryCurrent(doc, changes);
    return;
  }
  if (!pairedFigures(doc, sentence)) readClauses(doc, sentence);
  carryCurrent(doc, first);
}

/**
 * A change stated in a sentence of its own, without the amount it is a change of ("公务接待费支出7.8万元,
 * 完成预算100%。公务接待费支出决算比2021年减少1.24万元,下降13.71%。"): the amount the sentence just before
 * stated for the same subject (in the same section) is its current. Then this sentence's amounts are the
 * ones the next sentence may speak of.
 */
function carryCurrent(doc: Doc, first: number): void {
  const before = doc.before;
  const amounts = new Map<string, StatedAmount>();
  // Only amounts of the year the text speaks of: none from a sentence, or under a heading, that names an earlier year.
  const last = doc.claims[doc.claims.length - 1];
  const current = doc.docYear !== undefined && doc.claims.length > first && !namesEarlierYear(last.sentence, doc.docYear) && !namesEarlierYear(last.section, doc.docYear);
  for (let i = first; i < doc.claims.length; i++) {
    const c = doc.claims[i];
    if (current && c.kind === 'amount' && !c.respectively && !c.measure) {
      const key = currentKey(c.subject);
      if (key.length >= 2 && !amounts.has(key)) amounts.set(key, c.amount);
    }
    if (c.kind !== 'yoy' || c.amount || c.respectively || !before || before.section !== c.section) continue;
    if (!c.yoy.change && !c.yoy.prior && !c.yoy.percent) continue;
    const key = currentKey(c.subject);
    let found = key.length >= 2 ? before.amounts.get(key) : undefined;
    // "收入支出决算总体情况说明2024年度收、支总计17891.75万元。与2023年相比,收、支总计各增加…": the subject
    // the amount's head ends with (four characters at least), where the sentence before stated few amounts.
    if (!found && key.length >= 4 && before.amounts.size <= 16) {
      for (const [k, v] of before.amounts) {
        if (k.length > key.length && k.endsWith(key)) {
          if (found) {
            found = undefined;
            break;
          }
          found = v;
        }
      }
    }
    // "收入总计X万元,支出总计X万元。收支较上年决算数增加…": both sides, where the sentence before stated them alike.
    if (!found) found = bothSides(before.amounts, key);
    if (found) c.amount = found;
  }
  const section = doc.claims.length > first ? doc.claims[doc.claims.length - 1].section : doc.section;
  doc.before = { section, amounts };
}

/** The amount of "收支" (收支总计, 收、支合计): income's and spending's, where they are stated alike. */
function bothSides(amounts: Map<string, StatedAmount>, key: string): StatedAmount | undefined {
  const m = /^收、?支(总计|合计)?$/.exec(key);
  if (!m) return undefined;
  const total = m[1] ?? '总计';
  const income = amounts.get(`收入${total}`);
  const spending = amounts.get(`支出${total}`);
  return income && spending && income.yuan.eq(spending.yuan) ? income : undefined;
}

/** Whether a text prints a year before `year` ("2021年度“三公”经费合计支出…" in a 2022 text). */
function namesEarlierYear(text: string, year: number): boolean {
  const re = /(\d{4})\s*年/g;
  for (let m = re.exec(text); m; m = re.exec(text)) if (Number(m[1]) < year) return true;
  return false;
}

/**
 * "收入总计1,151.41万元,支出总计1,151.41万元,与2020年度相比,各增加29.6万元": a change of "each" of the statements
 * before it, where they state the same amount, is the change of that amount.
 */
function alike(statements: Statement[]): boolean {
  return statements.length >= 2 && statements.every((st) => st.amount !== undefined && st.amount.yuan.eq(statements[0].amount!.yuan));
}

/** Whether a head names last year's figure of the subject ("上年收入决算" after "2019年收入决算"). */
function priorOfSame(head: string, subject: string): boolean {
  if (!/^(上年度?|去年)/.test(head)) return false;
  const bare = (t: string) => currentKey(t.replace(/^(上年度?|去年|\d{2,4}\s*年度?)/, ''));
  const h = bare(head);
  return h.length >= 2 && h === bare(subject);
}

/** A subject as a change and an amount of it are matched by: without quotes, "各", "决算", "本年", the "支出" after a "…费". */
function currentKey(subject: string): string {
  return unquoted(subject).replace(/\s+/g, '').replace(/^本年(度)?/, '').replace(/(各|均)$/, '').replace(/决算(数)?$/, '').replace(/(?<=费)支出$/, '');
}

/** The two sides of a paired statement of income and spending ("收、支总计各是…"), and the words of their figures. */
const PAIR = String.raw`(收、?支|收入、?支出|收入和支出|收入与支出|收支)(总计|合计)?`;
const PAIR_UNIT = String.raw`(万元|亿元|元)`;
/**
 * "2022年度收、支总计各是4125.49,4143.91万元": two amounts, one for each side, the unit printed once.
 * Groups: 1 the head, 2 the pair, 3 总计/合计, 4 and 5 the first number and its unit, 6 and 7 the second's.
 */
const PAIRED_AMOUNTS = new RegExp(String.raw`^(.{0,40}?)${PAIR}(?:各是|各为|各自为|分别是|分别为)${NUMBER}${PAIR_UNIT}?[,、和及]${NUMBER}${PAIR_UNIT}[,;]?$`);
/**
 * "与2021年相比,收、支总计各减少1267.86,2570.97万元,各下降23.51%、38.28%": a change of each side, and its percent.
 * Groups: 1 the comparison, 2 the pair, 3 总计/合计, 4 the change word, 5 and 6 the first change and its unit,
 * 7 and 8 the second's, 9 the percent word, 10 and 11 the percents.
 */
const PAIRED_CHANGES = new RegExp(
  String.raw`^((?:与|比|较)[^,;:。%\d]{0,8}?\d{4}年度?(?:相比|比较)?),?${PAIR}(?:各|分别)(增加|减少)${NUMBER}${PAIR_UNIT}?[,、和及]${NUMBER}${PAIR_UNIT},?(?:各|分别)?(增长|下降)${NUMBER}%[,、和及]${NUMBER}%[,;]?$`,
);
/** A paired change after clauses of its own in the sentence: the comma before its comparison ("…,与2023年度相比,收入、支出总计各增加…"). */
const PAIRED_TAIL = new RegExp(String.raw`[,;](?=(?:与|比|较)[^,;:。%\d]{0,8}?\d{4}年度?(?:相比|比较)?,?${PAIR}(?:各|分别)(?:增加|减少))`);

/** The subjects of a paired statement's two sides: "收入总计" and "支出总计" (or 合计, or bare). */
function pairSides(total: string | undefined): [string, string] {
  return [`收入${total ?? ''}`, `支出${total ?? ''}`];
}

/**
 * A sentence that states a figure for income and one for spending together ("收、支总计各是X,Y万元"), or
 * a change and a percent of each ("收、支总计各减少a,b万元,各下降p%、q%"): each side's claims, as if it had been
 * stated on its own. False when the sentence is not one of these (it is read clause by clause).
 */
function pairedFigures(doc: Doc, sentence: Sentence): boolean {
  const t = sentence.text;
  if (!t.includes('支')) return false;
  const m = PAIRED_AMOUNTS.exec(t);
  if (m) {
    const sides = pairSides(m[3]);
    const pairAt = sentence.start + m[1].length;
    const unit = m[7];
    const figures: [string, string, number][] = [
      [m[4], m[5] ?? unit, sentence.start + t.indexOf(m[4], m[1].length + m[2].length)],
      [m[6], unit, sentence.start + t.lastIndexOf(m[6])],
    ];
    if (m[5] !== undefined && m[5] !== unit) return false;
    figures.forEach(([num, u, at], i) => {
      const a = amountOf(num, u);
      if (!a) return;
      const st = newStatement(doc, sides[i], pairAt);
      st.amount = a;
      const c = makeClaim<'amount'>(doc, st, sentence, at + num.length + (i === 0 ? (m[5]?.length ?? 0) : u.length), at, { kind: 'amount', amount: a });
      const year = /(\d{4})\s*年/.exec(m[1]);
      if (year) c.headYear = Number(year[1]);
      doc.lastStatement = st;
    });
    return true;
  }
  const y = PAIRED_CHANGES.exec(t);
  if (!y) return false;
  if ((y[6] !== undefined && y[6] !== y[8]) || !t.includes(y[2])) return false;
  const sides = pairSides(y[3]);
  const pairAt = sentence.start + t.indexOf(y[2], y[1].length);
  const base = baseOf(y[1].replace(/^(与|比|较)/, '').replace(/(相比|比较)$/, ''));
  const changeDir = y[4] === '增加' ? 'up' : 'down';
  const percentDir = y[9] === '增长' ? 'up' : 'down';
  const changesAt = sentence.start + t.indexOf(y[4], y[1].length) + y[4].length;
  const percentsAt = sentence.start + t.indexOf(y[9], changesAt - sentence.start) + y[9].length;
  const changes = [amountOf(y[5], y[6] ?? y[8]), amountOf(y[7], y[8])];
  const percents = [percentOf(y[10]), percentOf(y[11])];
  const ends = [sentence.start + t.indexOf(y[10], percentsAt - sentence.start) + y[10].length + 1, sentence.end];
  for (let i = 0; i < 2; i++) {
    const change = changes[i];
    const percent = percents[i];
    if (!change || !percent) continue;
    const st = newStatement(doc, sides[i], pairAt);
    const at = i === 0 ? changesAt : sentence.start + t.indexOf(y[7], changesAt - sentence.start);
    const c = makeClaim<'yoy'>(doc, st, sentence, ends[i], at, {
      kind: 'yoy',
      yoy: { change, changeWord: y[4], changeDirection: changeDir, percent, percentWord: y[9], percentDirection: percentDir, ...base },
    });
    c.percentAt = locate(doc.n, i === 0 ? percentsAt : sentence.start + t.lastIndexOf(y[11]));
    st.lastYoy = c;
    if (i === 0) yearClaim(doc, st, c, sentence, changesAt, sentence.start);
    doc.lastStatement = st;
  }
  return true;
}

function readClauses(doc: Doc, sentence: Sentence): void {
  const text = doc.n.text;
  const s: SentenceState = { sentence, st: null, beforeBracket: null, pending: null, compare: null, respectively: false, withAmount: [], respectiveBase: '' };
  const savedScope = doc.scope;
  if (LOCAL_GPB.test(sentence.text)) doc.scope = 'gpb';
  const clauses = clausesOf(text, sentence);
  for (let ci = 0; ci < clauses.length; ci++) readClause(doc, s, clauses[ci], ci);
  // A bracket left open at the sentence's end ("…4.00万元(其中:购置费0万元，运行费4.00万元，公务接待费0.40万元。"):
  // where its parts end is unknown, so it is not a list; the list it is inside goes on.
  while (doc.list?.endsAt === 'bracket') doc.list = doc.outer.pop();
  // A part's breakdown ("…公务接待费支出决算4,895.00元,具体是国内…,国(境)外…;"): its list ends with the sentence.
  while (doc.list?.endsAt === 'sentence') closeBracket(doc);
  namedList(doc, s);
  if (doc.kind === 'final') versusClaims(doc, s);
  // "主要原因是。": the reason was left out.
  const closing = text[sentence.end] ?? '';
  const m = NO_REASON.exec(sentence.text);
  if (m && /[。;]/.test(closing)) {
    const at = sentence.start + m.index;
    const holder = s.st ?? newStatement(doc, '', at);
    makeClaim<'placeholder'>(doc, holder, sentence, sentence.end + 1, at, { kind: 'placeholder', placeholder: `${m[0]}${closing}` });
  }
  doc.scope = savedScope;
  // "收支总预算4,471.22万元,含…经费250万元,…经费537.31万元;比2012年预算增加…": what a total contains is said in
  // passing; the text goes on with the total.
  if (s.st) doc.lastStatement = s.beforeContains ?? s.st;
}

/** A head's subject without the figure of final accounts it ends with, and that figure; `bare` when nothing else is left. */
function finalHead(text: string): { subject: string; measure?: Measure; bare: boolean } | undefined {
  const m = MEASURE_TAIL.exec(text);
  if (!m) return undefined;
  const subject = text.slice(0, m.index);
  const measure: Measure | undefined = m[2] === '预算' ? (/^调整/.test(m[1] ?? '') ? 'adjusted' : 'budget') : undefined;
  return { subject, measure, bare: /^(本年)?(支出|收入)?$/.test(subject) };
}

/**
 * "决算数大于预算数", "…支出决算小于预算数的主要原因是…": a comparison of what was spent with the budget,
 * its subject the head before it (else the sentence's statement), its reason the words after it, or the
 * next sentence's when that opens with one ("主要原因：…").
 */
function versusClaims(doc: Doc, s: SentenceState): void {
  const { sentence } = s;
  const text = doc.n.text;
  VERSUS.lastIndex = 0;
  for (let m = VERSUS.exec(sentence.text); m; m = VERSUS.exec(sentence.text)) {
    const word = m[1] ?? m[6];
    const relation = /大于|高于|超过|多于|超出/.test(word) ? 'gt' : /小于|低于|少于/.test(word) ? 'lt' : 'eq';
    const qualifier = m[2] ?? m[5];
    const at = sentence.start + m.index;
    // The clause's head before "决算": its subject ("2023年度“三公”经费支出决算数小于…": the 三公 total).
    let from = m.index;
    while (from > 0 && !/[,:]/.test(sentence.text[from - 1])) from--;
    const head = cleanHead(sentence.text.slice(from, m.index));
    const f = head.text !== '' ? finalHead(`${head.text}决算`) : undefined;
    const subject = f && !f.bare ? f.subject : '';
    // What the sentence said before the comparison: its last statement, its amount spent and its budget.
    // (A completion rate stated before it in the sentence gives its subject and figures too: "…；完成年初预算100%，决算数大于预算数…".)
    let before: { subject: string; offset: number; amount?: StatedAmount } | undefined;
    let budgetBefore: StatedAmount | undefined;
    for (let i = doc.claims.length - 1; i >= 0 && doc.claims[i].sentenceOffset === sentence.start; i--) {
      const c = doc.claims[i];
      if (c.offset >= at) continue;
      if (c.kind === 'completion') {
        before ??= { subject: c.subject, offset: c.offset, amount: c.actual };
        budgetBefore ??= c.budget;
      } else if (c.kind === 'amount') {
        if (c.measure) budgetBefore ??= c.amount;
        else before ??= c;
      }
    }
    let st: Statement;
    if (subject !== '') st = newStatement(doc, subject, sentence.start + from + head.start);
    else if (before) {
      st = newStatement(doc, before.subject, before.offset);
      st.amount = before.amount;
    } else st = s.st ?? doc.lastStatement ?? newStatement(doc, '', at);
    const rest = sentence.text.slice(m.index + m[0].length);
    let reason = REASON.exec(rest)?.[1];
    if (!reason) {
      // "决算数大于预算数。主要原因：…": the reason in the next sentence of the paragraph.
      const next = text.slice(sentence.end + 1, paragraphEnd(text, sentence.end));
      const r = /^(?:主要)?(?:原因|是由于|由于|因为)(?:是|为|在于)?[:\s]*([^。;]*)/.exec(next.replace(/^[\s,]+/, ''));
      reason = r?.[1];
    }
    reason = reason?.trim();
    const difference = m[3] !== undefined ? amountOf(m[3], m[4]) : undefined;
    makeClaim<'versus'>(doc, st, sentence, at + m[0].length, at, {
      kind: 'versus',
      relation,
      word,
      of: /^调整/.test(qualifier ?? '') ? 'adjusted' : undefined,
      difference,
      budget: budgetBefore ?? s.budget,
      actual: before?.amount ?? s.actual ?? st.amount,
      reason: reason && reason.length >= 2 ? reason : undefined,
    });
  }
}

/** A count and the names it counts: "下设7个科室，分别是：办公室、…、综合管理科". Groups: 1 the count, 2 what is counted, 3 the names. */
const NAMED = /(\d+)(?:个|家|项|名|类)([^,;:。\d]{0,8}),?(?:分别是|分别为|包括|即)[:]?([^。;]+)$/;
/** A figure, a bound or an estimate among the names: they are no plain list of names. */
const NOT_NAMES = /\d+(个|人|名|项|家|万元|元|%)|等|以上|以下/;

/** A count followed by the names it counts: a list whose parts are the names, one each, that must be as many. */
function namedList(doc: Doc, s: SentenceState): void {
  const m = NAMED.exec(s.sentence.text);
  if (!m || !s.st) return;
  const names = m[3].split('、').map((n) => n.trim());
  if (names.length < 2 || names.some((n) => n.length < 2 || n.length > 40 || NOT_NAMES.test(n))) return;
  const total = [...s.st.claims].reverse().find((c): c is CountClaim => c.kind === 'count' && c.count.value === Number(m[1]) && c.inList === undefined);
  if (!total) return;
  const claim: ListClaim = {
    ...baseOf_(total),
    id: doc.claims.length,
    kind: 'list',
    text: `${total.text}，分别是：${names.join('、')}`,
    list: { total: { label: `${total.subject}${m[2]}`, count: total.count.value, claim: total.id }, parts: names.map((label) => ({ label, count: 1 })), relation: 'eq', family: '名称' },
  };
  total.inList = claim.id;
  doc.claims.push(claim);
}

function readClause(doc: Doc, s: SentenceState, clause: Clause, ci: number): void {
  const text = doc.n.text;
  const els = clause.elements;
  const clauseStart = clause.start;
  const split = clause.text.indexOf('分别');
  const first = els[0];
  const headRaw = clause.text.slice(0, first ? first.start : clause.text.length);
  const head = cleanHead(headRaw);
  const headOffset = clauseStart + head.start;
  // Final accounts: a head that ends with the figure it gives ("公务接待费年初预算", "支出决算") names its
  // subject without it; a head of nothing else ("支出决算为3.58万元" after "支出预算为5.92万元") goes on with the statement.
  const measured = doc.kind === 'final' && head.text !== '' ? finalHead(head.text) : undefined;
  const onMeasure = measured !== undefined && measured.bare && (s.st !== null || doc.lastStatement !== undefined);
  const headText = measured && !measured.bare ? measured.subject : head.text;
  const trimmed = clause.text.trim();
  // "其中货物、工程、服务分别为…", and "包括货物、工程、服务三类，分别为…": a list, its parts shared out by "分别".
  const enumerates = headRaw.startsWith('包括') && els.length === 0 && text.slice(clause.end, s.sentence.end).includes('分别');
  // "支出预算156.05万元,包括:基本支出…": "包括" alone before its parts opens the list as "其中" does.
  const opens = trimmed === '其中' || trimmed === '包括';
  // "财政拨款收支总预算7,057,486.18元。收入包括:…;支出包括:…": each side's parts make up the 收支 total.
  const side = /^(收入|支出)包括$/.test(trimmed) ? sideList(doc, s, ci) : undefined;
  if (side) {
    closeList(doc);
    doc.list = { claim: side, parts: [], endsAt: 'paragraph' };
    return;
  }
  if (!s.respectively && (opens || headRaw.startsWith('其中') || enumerates)) {
    openList(doc, s, clause, ci);
    if (opens) return;
  }
  if (split >= 0 && (!first || split < first.end)) beginRespectively(doc, s, clauseStart + split, clauseStart);
  if (s.respectively) {
    for (const el of els) shareOut(doc, s, el, clauseStart);
    return;
  }
  if (headRaw.startsWith('含') && s.st?.amount && !s.beforeContains) s.beforeContains = s.st;
  // Names without figures ("包括货物、工程、服务三类"): those a "分别" in the next clause shares figures out to.
  s.named = els.length === 0 ? { text: clause.text, start: clauseStart } : undefined;
  const onlyCompare = COMPARE_ONLY.exec(trimmed);
  if (els.length === 0 && onlyCompare) {
    s.compare = onlyCompare[1];
    return;
  }
  // "公务接待费支出决算4,895.00元,具体是国内接待费支出决算4,895.00元,国(境)外接待费支出决算0元": the part's own
  // breakdown, a list inside the list, to the sentence's end.
  // So is "包括…" after a part ("实有人数76人,其中在职人员48人,包括行政人员22人,全部补助事业人员26人;退休人员15人…").
  if (SPECIFICALLY.test(headRaw) && doc.list && doc.list.endsAt !== 'bracket' && doc.list.endsAt !== 'sentence' && s.st) {
    const part = doc.list.parts[doc.list.parts.length - 1];
    if (part && s.st.claims.includes(part)) {
      doc.outer.push(doc.list);
      doc.list = { claim: part, parts: [], endsAt: 'sentence' };
    }
  }
  // "基本支出157.05万元,(其中:人员工资126.23万元,公用经费30.82万元)": a bracket list after the comma.
  if (els.length === 0 && BRACKET_OPENS.test(clause.text) && doc.list?.endsAt !== 'bracket') {
    const total = s.st?.claims.find((c): c is AmountClaim => c.kind === 'amount' && c.amount === s.st!.amount);
    if (total && s.withAmount.includes(s.st!)) {
      doc.outer.push(doc.list);
      doc.depth = 1;
      doc.list = { claim: total, parts: [], endsAt: 'bracket' };
      return;
    }
  }
  if (els.length === 0) {
    if (headText !== '' && !onMeasure) s.pending = { text: headText, offset: headOffset };
    else if (headRaw.includes('安排规模') && doc.project) s.pending = { text: doc.project, offset: clauseStart };
    return;
  }
  // "…收入决算43187160.08元,上年收入决算39312554.51元": last year's figure of the same subject goes on with its statement.
  const generic = head.text === '' || onMeasure || (s.st?.amount !== undefined && priorOfSame(headText, s.st.subject)) || (head.text === '各' && alike(s.withAmount));
  let subject: { text: string; offset: number } | null = generic ? null : { text: headText, offset: headOffset };
  let scale = false;
  if (generic && headRaw.includes('安排规模') && doc.project) {
    subject = { text: doc.project, offset: clauseStart };
    scale = true;
  }
  if (!subject && s.pending) subject = s.pending;
  if (s.pending && s.pending.text === doc.project && doc.project) scale = true;
  s.pending = null;
  // A clause that only carries a change or a share continues the statement; a new subject starts one.
  const onlyContinuation = els.every((e) => e.kind === 'change' || e.kind === 'percent' || e.kind === 'share' || e.kind === 'flat');
  // A sentence that names no subject goes on with the paragraph's last statement: "…行政运行（01项）1234.56万元。
  // 2025年当年预算执行数为1200.00万元，…" speaks of 行政运行.
  if (!s.st && !subject && doc.lastStatement) s.st = doc.lastStatement;
  if (!s.st || (subject && !(onlyContinuation && generic))) {
    const at = subject ?? { text: s.st?.subject ?? '', offset: clauseStart + (first?.start ?? 0) };
    s.st = newStatement(doc, at.text, at.offset);
    const named = subject ? /(\d{4})\s*年/.exec(headRaw.slice(0, head.start)) : null;
    if (named) s.st.year = Number(named[1]);
    if (scale) s.st.projectScale = true;
  }
  const r: ClauseReading = { clause, ci, generic, prevEnd: 0, amountBefore: undefined, shareBefore: undefined, notPart: NOT_A_PART.test(headRaw) };
  for (let i = 0; i < els.length; i++) {
    const el = els[i];
    // "A x 万元和 B y 万元分别占 p% 和 q%": "分别" after the clause's first figures.
    if (split >= 0 && el.start > split) beginRespectively(doc, s, clauseStart + split, clauseStart);
    if (s.respectively) {
      shareOut(doc, s, el, clauseStart);
      continue;
    }
    readElement(doc, s, r, i);
  }
  follow(doc, s, clause.text.slice(r.prevEnd), r.amountBefore);
}

/** Where a clause's reading has come to. */
interface ClauseReading {
  clause: Clause;
  ci: number;
  /** The clause names no subject of its own. */
  generic: boolean;
  /** The end of the figure before, in the clause. */
  prevEnd: number;
  /** The amount claim before, for a bracket after it. */
  amountBefore: AmountClaim | undefined;
  /** A share printed before the item it is of ("占比78.63%的一般公共预算拨款485.54万元"): that item's, once it is read. */
  shareBefore: Element | undefined;
  /** The clause sums up what came before it or turns to another time ("共计7万元", "截至12月实有人数107人"): its figures are no part of an open list. */
  notPart: boolean;
}

/** The head of a clause whose figures are no part of an open list: a sum of the details before it, or a figure at another date. */
const NOT_A_PART = /^\s*(?:共计|合计|总计|共|截至|截止)/;

function readElement(doc: Doc, s: SentenceState, r: ClauseReading, i: number): void {
  const { clause } = r;
  const els = clause.elements;
  const el = els[i];
  const clauseStart = clause.start;
  const end = clauseStart + el.end;
  follow(doc, s, clause.text.slice(r.prevEnd, el.start), r.amountBefore, el);
  // An amount after another element of the clause with a name of its own before it
  // ("公务用车购置及运行费4.00万元(购置费0万元", "人员经费…和公用经费…"): a statement of its own.
  if (i > 0 && (el.kind === 'amount' || el.kind === 'count')) {
    const between = clause.text.slice(r.prevEnd, el.start);
    const lead = BETWEEN_LEAD.exec(between)?.[0].length ?? 0;
    const own = cleanHead(between.slice(lead));
    if (TWO_HAN.test(own.text)) s.st = newStatement(doc, own.text, clauseStart + r.prevEnd + lead + own.start);
  }
  const elHeadStart = r.prevEnd;
  r.prevEnd = el.end;
  const st = s.st!;
  switch (el.kind) {
    case 'placeholder':
      makeClaim<'placeholder'>(doc, st, s.sentence, end, clauseStart + el.start, { kind: 'placeholder', placeholder: el.m[0] });
      return;
    case 'amount':
      readAmount(doc, s, r, i, elHeadStart);
      return;
    case 'count': {
      st.count = { value: Number(el.m[1]), unit: el.m[2] };
      const c = makeClaim<'count'>(doc, st, s.sentence, end, clauseStart + el.start, { kind: 'count', count: st.count });
      if (r.notPart) return;
      if (doc.list && doc.list.claim.count && doc.list.claim.kind !== 'amount') doc.list.parts.push(c);
      else if (doc.list?.countParts && doc.list.countTotal !== c) doc.list.countParts.push(c);
      return;
    }
    case 'share': {
      const next = els[i + 1];
      if (next?.kind === 'amount' && SHARE_OF_NEXT.test(clause.text.slice(el.end, next.start))) r.shareBefore = el;
      else shareClaim(doc, st, el.m[2], denominatorOf(el.m[1]), s.sentence, end, clauseStart + el.start);
      return;
    }
    case 'change':
      readChange(doc, s, r, el);
      return;
    case 'percent':
      readSignedPercent(doc, s, r, i, elHeadStart);
      return;
    case 'flat':
      flatClaim(doc, st, el.m[1], s.sentence, end, clauseStart + el.start);
      return;
    case 'completion': {
      const p = percentOf(el.m[3]);
      if (!p) return;
      // "为调整预算数的101.9%": of the adjusted budget the sentence stated, not of its 年初预算.
      const budget = el.m[1] !== undefined ? amountOf(el.m[1], el.m[2]) : /调整/.test(el.m[0]) ? s.adjusted : s.budget;
      const c = makeClaim<'completion'>(doc, st, s.sentence, end, clauseStart + el.start, { kind: 'completion', percent: p, budget, actual: s.actual ?? st.amount });
      if (/调整/.test(el.m[0])) c.of = 'adjusted';
      return;
    }
  }
}

/** An amount: the statement's own, or a prior-year amount ("上年预算数为 …") it is compared with. */
function readAmount(doc: Doc, s: SentenceState, r: ClauseReading, i: number, elHeadStart: number): void {
  const { clause, ci } = r;
  const el = clause.elements[i];
  const clauseStart = clause.start;
  const end = clauseStart + el.end;
  const a = amountOf(el.m[1], el.m[2]);
  if (!a) return;
  let st = s.st!;
  const ownHead = clause.text.slice(elHeadStart, el.start);
  // "差值为0.9万元", "决算数大于预算数55.93万元": the difference of two figures stated beside it, no item's amount.
  if (DIFFERENCE_HEAD.test(ownHead) || (doc.kind === 'final' && VERSUS_HEAD.test(ownHead))) return;
  // Final accounts: "年初预算为2.95万元" after what was spent is the item's budget, no second amount of it.
  if (doc.kind === 'final' && st.amount && BUDGET_HEAD.test(ownHead)) {
    const adjusted = /调整/.test(BUDGET_MEASURE.exec(ownHead)?.[1] ?? '');
    if (adjusted) s.adjusted = a;
    else s.budget = a;
    // Still a figure of the item: its budget, which a table printing one checks (NC001).
    if (BUDGET_MEASURE.test(ownHead)) makeClaim<'amount'>(doc, st, s.sentence, end, clauseStart + el.start, { kind: 'amount', amount: a, measure: adjusted ? 'adjusted' : 'budget' });
    return;
  }
  // "上年预算数为 …", and after another figure "项目支出296.39万元（上年为278.61万元）".
  const headRaw = clause.text.slice(i === 0 ? 0 : elHeadStart, el.start);
  const priorHead = PRIOR_HEAD.exec(headRaw);
  const priorYear = priorHead?.[5];
  if (priorHead && (priorYear === undefined || (doc.docYear !== undefined && Number(priorYear) < doc.docYear))) {
    // A prior-year amount: what the current amount is compared with.
    const c = makeClaim<'yoy'>(doc, st, s.sentence, end, clauseStart + el.start, { kind: 'yoy', amount: st.amount, yoy: { prior: a, ...baseOf(priorHead[0].replace(/数$/, '')) } });
    st.lastYoy = c;
    st.lastYoyClause = ci;
    yearClaim(doc, st, c, s.sentence, end, clauseStart + el.start);
    return;
  }
  if (st.amount) {
    // A second amount for the same subject without a new subject: a new statement ("2026年预算安排1234.56万元"
    // after the item's head), which goes on with a prior stated just before it in the sentence.
    const before = st;
    st = s.st = newStatement(doc, st.subject, clauseStart + el.start);
    if (before.lastYoy && before.lastYoyClause === ci - 1 && before.lastYoy.sentenceOffset === s.sentence.start && priorOnly(before.lastYoy)) {
      st.lastYoy = before.lastYoy;
      st.lastYoyClause = before.lastYoyClause;
    }
  }
  st.amount = a;
  const c = makeClaim<'amount'>(doc, st, s.sentence, end, clauseStart + el.start, { kind: 'amount', amount: a });
  // Final accounts: an amount stated as the budget ("年初预算为22.00万元") is the budget's, not what was spent.
  if (doc.kind === 'final') {
    const budget = BUDGET_MEASURE.exec(ownHead);
    if (budget) c.measure = /^调整/.test(budget[1] ?? '') ? 'adjusted' : 'budget';
  }
  // Final accounts: the budget and what was spent, for a completion rate after them.
  if (ACTUAL_HEAD.test(ownHead)) s.actual = a;
  else if (c.measure === 'adjusted') s.adjusted = a;
  else if (BUDGET_HEAD.test(ownHead)) s.budget = a;
  // "2023年收入预算 614.59 万元" in a 2024 text: last year's figure, not this year's.
  const headText = clause.text.slice(elHeadStart, el.start);
  const years = headText.includes('年') ? [...headText.matchAll(YEAR_OF)].map((m) => Number(m[1])) : [];
  // The year printed nearest the amount says whose it is ("与2023年相比2024年收入预算…" is 2024's).
  if (years.length > 0) c.headYear = years[years.length - 1];
  if (st.projectScale) c.projectScale = true;
  // "较上年减少14.84万元，为321.14万元，下降4.42%": the percent still completes the change.
  if (r.generic && i === 0 && st.lastYoy && st.lastYoyClause === ci - 1) st.lastYoyClause = ci;
  if (st.count) c.count = st.count;
  // (A list of counts takes the counts: "其中：一般公务用车2辆，价值59.09万元" is one part, not two.)
  const countList = doc.list?.claim.kind === 'count';
  if (doc.list && doc.list.claim !== c && !countList && !r.notPart && !st.claims.some((x) => x.kind === 'yoy')) doc.list.parts.push(c);
  r.amountBefore = c;
  if (!s.withAmount.includes(st)) s.withAmount.push(st);
  if (r.shareBefore) {
    const sb = r.shareBefore;
    shareClaim(doc, st, sb.m[2], denominatorOf(sb.m[1]), s.sentence, clauseStart + sb.end, clauseStart + sb.start);
    r.shareBefore = undefined;
  }
}

/**
 * The amount a change is of, and a prior stated as an amount. "2016年三公经费预算33万元,2015年三公经费预算57.55万元,
 * 与上年对比减少24.55万元": the amount just stated is an earlier year's, so it is the prior, and the current is the
 * amount stated before it in the sentence for the same subject (none where there is none: "一般公共预算拨款收入240万元,
 * 2024年收入预算总计363.13万元,同比降低123.13万元" in a 2025 budget).
 */
function currentOf(doc: Doc, s: SentenceState, st: Statement): { current?: StatedAmount; earlier?: StatedAmount } {
  const own = st.amount ? st.claims.find((x): x is AmountClaim => x.kind === 'amount' && x.amount === st.amount) : undefined;
  if (own?.headYear === undefined || doc.docYear === undefined || own.headYear >= doc.docYear || own.headYear < 1900) return { current: st.amount };
  const key = labelKey(st.subject);
  for (let i = s.withAmount.length - 1; i >= 0; i--) {
    const before = s.withAmount[i];
    if (before === st || labelKey(before.subject) !== key) continue;
    const its = before.claims.find((x): x is AmountClaim => x.kind === 'amount' && x.amount === before.amount);
    return { current: its?.headYear === undefined || its.headYear === doc.docYear ? before.amount : undefined, earlier: st.amount };
  }
  return { earlier: st.amount };
}

/** A change in money or percent: of the statement's amount, completing the change before it where it can. */
function readChange(doc: Doc, s: SentenceState, r: ClauseReading, el: Element): void {
  const { clause, ci } = r;
  const clauseStart = clause.start;
  const end = clauseStart + el.end;
  const at = clauseStart + el.start;
  const st = s.st!;
  const [, cmp, baseText, , num, unit] = el.m;
  const { word, dir } = changeOf(el.m);
  if (ONLY_COMPARED.test(word) && !cmp) return;
  // "较上年预算数278.61万元增长6.38%": the prior is printed in the comparison.
  const priorIn = cmp ? PRIOR_IN.exec(baseText) : null;
  const base = baseOf(cmp ? baseText.slice(0, priorIn ? priorIn.index : undefined).replace(/的$/, '') : s.compare ?? '');
  // "同比减少25.16万元，同比下降4.93%": the same comparison named again goes on with the same change;
  // "2025年预算执行数为…，比2025年预算执行数增加2.88%" names the base of the prior stated before.
  const sameComparison = !cmp || (!priorIn && st.lastYoy !== undefined && sameBase(st.lastYoy.yoy, base));
  const { current, earlier } = priorIn ? { current: st.amount, earlier: undefined } : currentOf(doc, s, st);
  const last = st.lastYoy;
  const recent = st.lastYoyClause !== undefined && ci - st.lastYoyClause <= 1 && sameComparison;
  if (unit === '%') {
    const p = percentOf(num);
    if (!p) return;
    // A percent right after a change amount completes that change.
    if (last && recent && !last.yoy.percent) {
      last.yoy.percent = p;
      last.yoy.percentWord = word;
      last.yoy.percentDirection = dir;
      last.percentAt = locate(doc.n, at);
      last.text = doc.n.text.slice(st.textStart, end);
      st.lastYoyClause = ci;
      return;
    }
    const c = makeClaim<'yoy'>(doc, st, s.sentence, end, at, { kind: 'yoy', amount: current, yoy: { percent: p, percentWord: word, percentDirection: dir, ...base } });
    const prior = priorIn ? amountOf(priorIn[1], priorIn[2]) : earlier;
    if (prior) c.yoy.prior = prior;
    s.compare = null;
    c.percentAt = c.at;
    st.lastYoy = c;
    st.lastYoyClause = ci;
    yearClaim(doc, st, c, s.sentence, end, at);
    return;
  }
  if (unit === undefined || unit === '个百分点') return; // a change of a count or of a rate: not a money claim
  const a = amountOf(num, unit);
  if (!a) return;
  // "下降4.93%（减少25.16万元）", "下降4.93%，减少25.16万元": a change right after a percent completes it.
  if (last && recent && last.yoy.percent && !last.yoy.change && !last.yoy.prior) {
    last.yoy.change = a;
    last.yoy.changeWord = word;
    last.yoy.changeDirection = dir;
    last.text = doc.n.text.slice(st.textStart, end);
    st.lastYoyClause = ci;
    return;
  }
  const c = makeClaim<'yoy'>(doc, st, s.sentence, end, at, { kind: 'yoy', amount: current, yoy: { change: a, changeWord: word, changeDirection: dir, ...base } });
  const list = doc.list;
  if (list && list.endsAt !== 'bracket' && list.claim.sentenceOffset === s.sentence.start && list.parts.length > 0 && st.claims.includes(list.parts[list.parts.length - 1])) c.ofList = list.claim.id;
  // "比上年预算数335.98万元减少14.84万元": the prior is printed in the comparison.
  const prior = priorIn ? amountOf(priorIn[1], priorIn[2]) : earlier;
  if (prior) c.yoy.prior = prior;
  s.compare = null;
  st.lastYoy = c;
  st.lastYoyClause = ci;
  yearClaim(doc, st, c, s.sentence, end, at);
}

/**
 * "减少25.16万元（-4.93%）", "变动+59.26万元（+81.48%）": a signed percent in brackets right after a change
 * in money is that change's percent, its sign its direction; "减少1.5万元(42.86%)": unsigned, the change's
 * word gives it. Any other bare percent (a rate or a target) is not a claim about the budget.
 */
function readSignedPercent(doc: Doc, s: SentenceState, r: ClauseReading, i: number, elHeadStart: number): void {
  const { clause, ci } = r;
  const el = clause.elements[i];
  const st = s.st!;
  const sign = SIGNED_IN_BRACKET.exec(clause.text.slice(elHeadStart, el.start))?.[1];
  const last = st.lastYoy;
  if (sign === undefined || clause.elements[i - 1]?.kind !== 'change' || !last?.yoy.change || last.yoy.percent || st.lastYoyClause !== ci) return;
  if (sign === '' && !last.yoy.changeDirection) return;
  const p = percentOf(el.m[1]);
  if (!p) return;
  last.yoy.percent = p;
  last.yoy.percentWord = sign || last.yoy.changeWord;
  last.yoy.percentDirection = p.value.isZero() ? undefined : sign === '' ? last.yoy.changeDirection : sign === '+' ? 'up' : 'down';
  last.percentAt = locate(doc.n, clause.start + el.start);
  last.text = doc.n.text.slice(st.textStart, clause.start + el.end);
}

/** A prior stated outright, with no change or percent yet. */
function priorOnly(c: YoyClaim): boolean {
  return c.yoy.prior !== undefined && !c.yoy.change && !c.yoy.percent;
}

/** Whether a comparison names the base of a change before it: the same words, or the same kind of figure of the same named year. */
function sameBase(before: YoyClaim['yoy'], base: { base: string; baseKind: YoyClaim['yoy']['baseKind']; baseYear?: number }): boolean {
  if (before.base === base.base) return true;
  return before.prior !== undefined && base.baseKind !== 'unspecified' && before.baseKind === base.baseKind && before.baseYear === base.baseYear;
}

function paragraphEnd(text: string, from: number): number {
  const i = text.indexOf('\n', from);
  return i < 0 ? text.length : i;
}

// --- The document ------------------------------------------------------------------------------------

/** Every numeric claim of a narrative, and the budget year it speaks of. Never throws. */
export function readNarrative(text: string, file: string): ReadNarrative {
  const claims: Claim[] = [];
  const original = typeof text === 'string' ? text : String(text ?? '');
  const kind = narrativeKind(original);
  const year = narrativeYear(original, kind);
  const doc: { n?: Normalised } = {};
  try {
    readAll(original, file, claims, year, kind, doc);
  } catch {
    // A text the reader does not understand yields the claims read so far.
  }
  return { file, claims, kind, year, normalised: doc.n };
}

/**
 * Whether a narrative explains a budget (预算) or final accounts (决算): the first words of its
 * opening that name one ("…部门预算情况说明", "…年度部门决算公开", "…支出决算为…").
 */
export function narrativeKind(text: string): 'budget' | 'final' {
  const opening = text.slice(0, 600);
  // Not "预决算公开" (the rules on budgets and final accounts both); "预算安排情况" is a budget's.
  const m = /(单位|部门|年度?)\s*(预算|(?<!预)决算)|(预算|(?<!预)决算)(公开|情况|说明|报告|为|安排)/.exec(opening);
  // What was spent set beside its budget ("支出2.05万元，年初预算为2.95万元") speaks of final accounts too.
  // So does what was spent stated as such ("支出预算为3万元,支出决算为1.71万元": its first words name the budget).
  return (m?.[2] ?? m?.[3]) === '决算' || /年初预算(数)?为/.test(opening) || statesSpent(opening) ? 'final' : 'budget';
}

/** What was spent, stated as final accounts state it ("支出决算为1.71万元", "决算数为", "支出决算中"). */
const SPENT = /(支出|收入)决算(数)?(为|是|中)|决算数(为|是)/g;

/** Whether a text states what was spent this year: not last year's final accounts ("上年决算数为600.00万元", "比2022年决算"). */
function statesSpent(text: string): boolean {
  for (const m of text.matchAll(SPENT)) if (!/(上年度?|去年|[比较与]\s*(\d{4}\s*年度?)?)$/.test(text.slice(Math.max(0, m.index - 8), m.index))) return true;
  return false;
}

/**
 * The year a narrative speaks of: for a budget its first "YYYY 年（度）（单位/部门）预算" (its title's,
 * as a rule); for final accounts its first "YYYY 年（度）… 决算".
 */
export function narrativeYear(text: string, kind: 'budget' | 'final' = 'budget'): number | undefined {
  const digits = digitYears(text);
  const pattern = kind === 'final' ? /(\d{4})\s*年\s*度?[^。\n\d]{0,20}?决算|(\d{4})\s*年度/g : /(\d{4})\s*年\s*(?:度)?\s*(?:单位|部门)?\s*(?:收支|收入|支出)?\s*预算/g;
  // Not the year a comparison names ("较2022年度决算数", "比2023年预算").
  const first = (p: RegExp) => {
    for (const m of digits.matchAll(p)) if (!/[较比与同于]\s*$/.test(digits.slice(Math.max(0, m.index - 3), m.index))) return Number(m[1] ?? m[2]);
    return undefined;
  };
  // A budget narrative of the 三公 alone ("2022年“三公”经费预算安排情况"): its first year of a 预算 within the line.
  return first(pattern) ?? (kind === 'budget' ? first(/(\d{4})\s*年\s*度?[^。\n\d,]{0,12}?预算/g) : undefined);
}

function readAll(original: string, file: string, claims: Claim[], docYear: number | undefined, kind: 'budget' | 'final', out: { n?: Normalised }): void {
  const n = normalise(original);
  out.n = n;
  // Before any heading the text does not say whose money it speaks of.
  const doc: Doc = { file, n, claims, statement: 0, scope: 'other', section: '', headings: ['', '', ''], docYear, kind, outer: [] };
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
      // "收入总计为457.8161万元,其中:" / "1.财政拨款收入364.6552万元,…" / "2.…": numbered items after a list opened at
      // the paragraph's end are its parts.
      // (Not a list opened in a numbered item itself: the next item ends it.)
      if (!(level === 3 && doc.list?.endsAt === 'heading' && doc.list.item === undefined)) closeList(doc);
      if (level <= 2) {
        // A heading run on into its text ("（一）收入预算：2024年收入预算…，其中一般公共预算…"): only the
        // heading itself says whose money the section speaks of.
        doc.headings[level] = paragraph.replace(/[:。;][\s\S]*$/, '');
        for (let k = level + 1; k < 3; k++) doc.headings[k] = '';
        doc.project = undefined;
        doc.subsection = undefined;
        doc.section = paragraph.slice(0, 80);
        const scopes = doc.headings.map((h) => scopeOf(h.replace(/^第[一二三四五六七八九十]+部分/, '')));
        doc.scope = nested(scopes[1], scopes[2]) ?? (level === 0 ? 'unit' : 'other');
        if (doc.headings[1] === '' && doc.headings[2] === '') doc.scope = 'unit';
        // A heading without figures (other than its year) holds no claim.
        if (!/[0-9]/.test(paragraph.replace(/\d{4}年/g, ''))) continue;
      } else {
        doc.subsection = paragraph.slice(0, 80);
        const project = /项目名称[:]?(.+)$/.exec(paragraph);
        doc.project = project ? project[1].trim() : undefined;
        if (project) continue;
      }
    }
    doc.lastStatement = undefined;
    const before = doc.claims.length;
    for (const sentence of sentences(text, start, end)) {
      // "1、基本支出246.59万元,包括:…;2、项目支出130万元": the next item ends the list opened in the one before.
      if (doc.list?.item !== undefined && ITEM_START.exec(sentence.text)?.[1] === String(doc.list.item + 1)) closeList(doc);
      readSentence(doc, sentence);
      // A list opened mid-paragraph ends with its sentence ("。"); parts run on over "；" only.
      const stop = text.charCodeAt(sentence.end);
      if (doc.list && doc.list.endsAt === 'paragraph' && (stop === 0x3002 || stop === 0x21 || stop === 0x3f)) closeList(doc);
    }
    // A list opened by "其中：" mid-paragraph ends with it; one opened at a paragraph's end runs
    // over the following paragraphs until the next heading.
    if (doc.list && doc.list.endsAt === 'paragraph') closeList(doc);
    if (paragraph.startsWith('资金分配情况')) distribution(doc, start, end, before);
  }
  closeList(doc);
}

/** "资金分配情况：A 15 万元，B 15 万元" adds up to the project's 预算安排规模. */
function distribution(doc: Doc, start: number, end: number, from: number): void {
  const amounts = doc.claims.slice(from).filter((c): c is AmountClaim => c.offset >= start && c.offset < end && c.kind === 'amount');
  if (amounts.length === 0) return;
  let scale: AmountClaim | undefined;
  for (let i = from - 1; i >= 0 && !scale; i--) {
    const c = doc.claims[i];
    if (c.kind === 'amount' && c.projectScale && c.project === doc.project && c.offset < start) scale = c;
    else if (c.project !== doc.project) break;
  }
  if (!scale) return;
  const pos = locate(doc.n, start);
  const list: ListClaim = {
    ...baseOf_(amounts[0]),
    id: doc.claims.length,
    kind: 'list',
    line: pos.line,
    column: pos.column,
    at: pos,
    offset: start,
    subject: doc.project ?? scale.subject,
    text: doc.n.text.slice(start, end),
    list: {
      total: { label: `${doc.project ?? ''} 预算安排规模`, amount: scale.amount, claim: scale.id },
      parts: amounts.map((c) => ({ label: c.subject, amount: c.amount, claim: c.id })),
      // "其中", "主要用于": a partial list, its parts cannot exceed the project's money.
      relation: /其中|主要|部分/.test(doc.n.text.slice(start, end)) ? 'le' : 'eq',
      family: '资金分配',
    },
  };
  for (const c of amounts) c.inList = list.id;
  doc.claims.push(list);
}
