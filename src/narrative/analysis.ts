/**
 * The claims of one ledger's narrative, read once and linked once (cached per ledger): each claim
 * with the figure it names and the figures its checks need, and whether it could be linked at all.
 * Pure over the ledger: the claim rules read it and never change it, so that their findings do not
 * depend on which rules run or in what order; a claim's final status comes from the findings.
 */
import type { Decimal } from '../decimal.js';
import { labelKey } from '../text.js';
import type { Ledger } from '../ledger/model.js';
import { add, around, type Interval, nonNegative, overlaps, percentRatio, sameUnits, sub, sumAll } from '../ledger/rounding.js';
import { ADJUSTED, ancestors, BUDGET, describe, equivalents, type KeyedFigure as Figure, parentKey, projectCount, resolve } from '../ledger/figures.js';
import { denominatorKey, keyFor } from './link.js';
import { readNarrative } from './read.js';
import type { AmountClaim, Claim, CompletionClaim, Direction, FlatClaim, ListClaim, Scope, ShareClaim, StatedAmount, VersusClaim, YoyClaim } from './claims.js';
import { formatMoney } from '../ledger/money.js';
import { perObject } from '../memo.js';
import type { UnlinkedReason } from '../report.js';

/** Whether a claim is linked (its figures found: it can be checked) or not. */
export type LinkStatus = 'verified' | 'unlinked';

/** Why a claim stays unlinked (src/report.ts). */
export type { UnlinkedReason } from '../report.js';

/** The statement's amount a claim carries, when it carries one. */
export function statedAmount(c: Claim): StatedAmount | undefined {
  return c.kind === 'amount' || c.kind === 'share' || c.kind === 'yoy' || c.kind === 'flat' ? c.amount : undefined;
}

export interface Quantity {
  interval: Interval;
  /** Midpoint value in 元 (the printed value). */
  value: Interval['lo'];
  /** 元 per printed unit and printed decimals, to render it. */
  scale: number;
  decimals: number;
  /** What it is: a table figure described, or "stated". */
  source: string;
  figure?: Figure;
  /** The claim that states it, for an amount the text states. */
  claim?: number;
}

/** A claim's current amount, marked as that claim's. */
function ofClaim(a: ClaimAnalysis, x: Claim): Quantity | undefined {
  const q = current(a, x);
  return q && q.source === 'stated' ? { ...q, claim: x.id } : q;
}

export interface ClaimAnalysis {
  ledger: Ledger;
  file: string;
  /** The budget year (ledger, else the narrative's headings). */
  year?: number;
  /** Amounts of an earlier year than the budget's ("2023年收入预算 614.59 万元" in a 2024 text): never linked. */
  earlier: Set<number>;
  /** Every extracted claim. */
  all: Claim[];
  /** The claims that are listed and counted: amounts and counts that only make up a list (and
   * name no table figure) are represented by their list claim. */
  claims: Claim[];
  keys: Map<number, string>;
  figures: Map<number, Figure>;
  /**
   * Figures that a stated amount contradicts (NC001): the checks that would recompute from them
   * (shares, year-over-year) are not decided, since one of the two is wrong and NC001 reports it.
   */
  conflicted: Set<string>;
  /** 机关运行经费 stated other than the 公用经费 (docs/checks.md B9): a warning on the amount, its statement's other claims unlinked. */
  operatingCost: Set<number>;
  /** Whether each listed claim could be linked; a rule's finding makes it contradicted (src/check.ts). */
  status: Map<number, LinkStatus>;
  /**
   * Claims without a table figure that take part in a check among figures the text itself states (a
   * list's total or part, the current amount of a stated change and percent, a share's amount or stated
   * total, a completion rate's amount): the claim whose check it is.
   */
  checkedWith: Map<number, number>;
  /** Amounts without a table figure whose item the text states again (NC012 compares them): the other amount's claim. */
  restated: Map<number, number>;
  /** Why each unlinked listed claim is unlinked. */
  unlinkedReason: Map<number, UnlinkedReason>;
  /** yoyNumbers and share denominators by claim, worked out once (the figures and conflicts are
   * settled before the first). */
  yoy: Map<number, YoyNumbers | undefined>;
  denominators: Map<number, Quantity | undefined>;
  /** The rounding intervals of stated amounts, worked out once. */
  intervals: Map<StatedAmount, Interval>;
  /** Table figures as quantities, worked out once. */
  quantities: Map<Figure, Quantity>;
}


/** A table figure as a quantity; described only when a message or the claims' list asks. */
class FigureQuantity implements Quantity {
  readonly value: Interval['lo'];
  readonly scale: number;
  readonly decimals: number;
  private described: string | undefined;

  constructor(
    readonly interval: Interval,
    readonly figure: Figure,
  ) {
    this.value = figure.amount.value;
    this.scale = figure.amount.scale;
    this.decimals = figure.amount.decimals;
  }

  get source(): string {
    return (this.described ??= describe(this.figure));
  }
}

/** A table figure as a quantity (once per figure and analysis; shared, not to be modified). */
export function quantityOfFigure(a: ClaimAnalysis, f: Figure): Quantity {
  let q = a.quantities.get(f);
  if (!q) a.quantities.set(f, (q = new FigureQuantity(around(f.amount.value, f.amount.half), f)));
  return q;
}

/**
 * Whether a stated amount may be the figure: the same value exactly (decided on integers, as most are),
 * or intervals that overlap.
 */
export function statedFits(a: ClaimAnalysis, amount: StatedAmount, f: Figure): boolean {
  return sameUnits(amount, f.amount) === true || overlaps(amountInterval(a, amount), quantityOfFigure(a, f).interval);
}

/** The rounding interval of a stated amount. */
export function amountInterval(a: ClaimAnalysis, amount: StatedAmount): Interval {
  let i = a.intervals.get(amount);
  if (!i) a.intervals.set(amount, (i = around(amount.yuan, amount.half)));
  return i;
}

/** The claim's current amount: its linked table figure, else the amount stated with it. */
export function current(a: ClaimAnalysis, c: Claim): Quantity | undefined {
  const f = a.figures.get(c.id);
  if (f && a.conflicted.has(f.key)) return undefined;
  if (f) return quantityOfFigure(a, f);
  const amount = statedAmount(c);
  if (amount) return { interval: amountInterval(a, amount), value: amount.yuan, scale: amount.scale, decimals: amount.decimals, source: 'stated' };
  return undefined;
}

/** The denominator of a share: named in the phrase, the enclosing paragraph's total, or the linked figure's table total. */
export function denominator(a: ClaimAnalysis, c: ShareClaim): Quantity | undefined {
  if (a.denominators.has(c.id)) return a.denominators.get(c.id);
  const d = findDenominator(a, c);
  a.denominators.set(c.id, d);
  return d;
}

function findDenominator(a: ClaimAnalysis, c: ShareClaim): Quantity | undefined {
  const ledger = a.ledger;
  const usable = (f: Figure | undefined) => (f && !a.conflicted.has(f.key) ? quantityOfFigure(a, f) : undefined);
  if (c.share.denominator) {
    const key = denominatorKey(ledger, c.share.denominator, c.scope);
    // "占政府采购预算 8.82%": a total no table prints, stated before in the section.
    return usable(key ? resolve(ledger, key) : undefined) ?? statedTotal(a, c, c.share.denominator);
  }
  if (c.share.contextTotal !== undefined) {
    const t = a.all[c.share.contextTotal];
    return t ? ofClaim(a, t) : undefined;
  }
  const key = a.keys.get(c.id);
  const parent = key ? parentKey(key) : undefined;
  return usable(parent ? resolve(ledger, parent) : undefined) ?? (parent && !a.figures.has(c.id) ? statedOfKey(a, c, parent) : undefined);
}

/**
 * The total a share without a named denominator is of, where no table prints it: the amount the text
 * states for it before the share ("“三公”经费财政拨款支出决算为62.07万元…因公出国(境)费12.02万元,占19.4%"),
 * when every amount the text states for it this year, as spent (or as the budget, for a share of a budget), is that one.
 */
function statedOfKey(a: ClaimAnalysis, c: ShareClaim, key: string): Quantity | undefined {
  let found: AmountClaim | undefined;
  // A share of what was spent is of the total spent, a budget's of the total budget (final accounts state both).
  const measure = a.all.find((x): x is AmountClaim => x.kind === 'amount' && x.statement === c.statement)?.measure;
  for (const x of a.all) {
    if (x.kind !== 'amount' || a.keys.get(x.id) !== key || a.earlier.has(x.id) || x.respectively || x.measure !== measure) continue;
    if (found && !found.amount.yuan.eq(x.amount.yuan)) return undefined;
    if (x.id < c.id) found ??= x;
  }
  return found ? ofClaim(a, found) : undefined;
}


/**
 * Other readings of a share whose denominator the phrase does not name: a part of a 其中 list may be
 * given as a share of the list's total or of what stands above it ("其中行政运行 13.38 万元，占 2.76%"
 * of the 一般公共预算 485.54, not of the class 449.67). A share is contradicted only when no reading fits.
 */
export function otherDenominators(a: ClaimAnalysis, c: ShareClaim): Quantity[] {
  if (c.share.denominator) {
    // A named denominator may be the appropriated money's or the unit's ("占项目支出预算": 表7's 164.40 or
    // 表3's 296.39), or a total stated before in the section.
    const out: Quantity[] = [];
    for (const scope of ['gpb', 'unit'] as Scope[]) {
      const key = denominatorKey(a.ledger, c.share.denominator, scope);
      const f = key ? resolve(a.ledger, key) : undefined;
      if (f && !a.conflicted.has(f.key)) out.push(quantityOfFigure(a, f));
    }
    const stated = statedTotal(a, c, c.share.denominator);
    if (stated) out.push(stated);
    return out;
  }
  const keys: string[] = [];
  if (c.share.contextTotal !== undefined) {
    const k = a.keys.get(c.share.contextTotal);
    if (k) keys.push(...ancestors(k));
  }
  const own = a.keys.get(c.id);
  if (own) keys.push(...ancestors(own));
  const out: Quantity[] = [];
  for (const k of [...new Set(keys)]) {
    const f = resolve(a.ledger, k);
    if (f && !a.conflicted.has(f.key)) out.push(quantityOfFigure(a, f));
  }
  return out;
}

/** The amount stated before a share, in its section, of the subject its denominator names ("政府采购预算"). */
function statedTotal(a: ClaimAnalysis, c: ShareClaim, denominator: string): Quantity | undefined {
  const name = labelKey(denominator).replace(/的$/, '');
  for (let i = c.id - 1; i >= 0; i--) {
    const x = a.all[i];
    if (x.section !== c.section) break;
    if (x.kind === 'amount' && labelKey(x.subject) === name) return ofClaim(a, x);
  }
  // "占总支出预算91.4%" where the text stated the unit's whole budget by another of its names before
  // ("2022年收入预算998.51万元"): a unit's income and spending are one total.
  const key = denominatorKey(a.ledger, denominator, c.scope);
  if (!key || !UNIT_TOTALS.has(key)) return undefined;
  for (let i = c.id - 1; i >= 0; i--) {
    const x = a.all[i];
    const k = a.keys.get(x.id);
    if (x.kind === 'amount' && k && UNIT_TOTALS.has(k) && !a.earlier.has(x.id) && !x.respectively) return ofClaim(a, x);
  }
  return undefined;
}

/** The keys of a unit's whole budget: its income, its spending, both (收支总预算). */
const UNIT_TOTALS = new Set(['unit:total', 'income:total', 'exp:total']);

/** The denominator a share is listed against: the first reading that fits, else the primary one. */
export function listedDenominator(a: ClaimAnalysis, c: ShareClaim): Quantity | undefined {
  const den = denominator(a, c);
  const num = current(a, c);
  if (!den || !num) return den;
  const stated = around(c.share.percent.value, c.share.percent.half);
  const fits = (d: Quantity) => {
    const r = d.value.gt(0) ? percentRatio(num.interval, d.interval) : null;
    return r !== null && overlaps(r, stated);
  };
  if (fits(den)) return den;
  return otherDenominators(a, c).find(fits) ?? den;
}

export interface YoyNumbers {
  current: Quantity;
  change: Interval;
  direction: Direction;
  prior: Interval;
  /** The prior from the printed values. */
  priorValue: Interval['lo'];
}

/** prior = current − change (增加) or current + change (减少). */
export function yoyNumbers(a: ClaimAnalysis, c: YoyClaim): YoyNumbers | undefined {
  if (a.yoy.has(c.id)) return a.yoy.get(c.id);
  const n = computeYoy(a, c);
  a.yoy.set(c.id, n);
  return n;
}

/**
 * The other reading of a change stated after a list's last part in the list's sentence ("总预算X，其中：
 * 基本支出A，项目支出B，同比增加C，增长D%"): of the list's total, not of the part. A change is
 * contradicted only when neither reading fits.
 */
export function totalReading(a: ClaimAnalysis, c: YoyClaim): YoyNumbers | undefined {
  if (c.ofList === undefined) return undefined;
  const total = a.all[c.ofList];
  const cur = total ? current(a, total) : undefined;
  return cur ? computeYoy(a, c, cur) : undefined;
}

function computeYoy(a: ClaimAnalysis, c: YoyClaim, of?: Quantity): YoyNumbers | undefined {
  const y = c.yoy;
  const cur = of ?? current(a, c);
  if (!cur) return undefined;
  if (!y.change && y.prior) {
    // A prior stated outright: the change is what lies between.
    const prior = around(y.prior.yuan, y.prior.half);
    const direction: Direction = cur.value.gte(y.prior.yuan) ? 'up' : 'down';
    const change = nonNegative(direction === 'up' ? sub(cur.interval, prior) : sub(prior, cur.interval));
    return { current: cur, change, direction, prior, priorValue: y.prior.yuan };
  }
  const direction = y.changeDirection ?? y.percentDirection;
  if (!y.change || !direction) return undefined;
  const change = nonNegative(around(y.change.yuan, y.change.half));
  const prior = direction === 'up' ? sub(cur.interval, change) : add(cur.interval, change);
  const priorValue = direction === 'up' ? cur.value.minus(y.change.yuan) : cur.value.plus(y.change.yuan);
  return { current: cur, change, direction, prior, priorValue };
}

/**
 * What the claims of a sentence say of each other, worked out in one pass over the claims in order:
 * a look-up per claim then costs nothing, where a scan of its sentence per claim made a sentence of
 * many claims (one long line of figures) quadratic.
 */
const sentenceIndex = perObject('claims of a sentence', (a: ClaimAnalysis) => {
  /** statedPrior of a claim without a prior of its own. */
  const priorBefore = new Map<Claim, StatedAmount>();
  /** A prior stated outright → the last claim with a change stated with it (see statedPrior). */
  const changeWith = new Map<StatedAmount, number>();
  const flat = new Map<Claim, YoyClaim>();
  const amounts = new Map<string, Claim[]>();
  const lastPrior = new Map<string, StatedAmount>();
  const firstYoy = new Map<number, YoyClaim>();
  const latestYoy = new Map<string, YoyClaim>();
  const inOrder = a.all.every((c, i) => i === 0 || a.all[i - 1].id < c.id) ? a.all : [...a.all].sort((x, y) => x.id - y.id);
  for (const c of inOrder) {
    const statement = `${c.sentenceOffset}/${c.statement}`;
    if (c.kind !== 'yoy' || !c.yoy.prior) {
      const p = lastPrior.get(statement);
      if (p) priorBefore.set(c, p);
    }
    if (c.kind === 'flat') {
      const t = latestYoy.get(`${c.sentenceOffset}/${labelKey(c.subject)}`) ?? (c.subject === '' ? firstYoy.get(c.sentenceOffset) : undefined);
      if (t) flat.set(c, t);
    }
    if (c.kind === 'amount') {
      const list = amounts.get(statement);
      if (list) list.push(c);
      else amounts.set(statement, [c]);
    }
    if (c.kind !== 'yoy') continue;
    if (c.yoy.prior && !c.yoy.change) lastPrior.set(statement, c.yoy.prior);
    if (c.yoy.change) {
      const p = c.yoy.prior ?? priorBefore.get(c);
      if (p) changeWith.set(p, c.id);
    }
    if (c.yoy.change || c.yoy.prior) {
      if (!firstYoy.has(c.sentenceOffset)) firstYoy.set(c.sentenceOffset, c);
      latestYoy.set(`${c.sentenceOffset}/${labelKey(c.subject)}`, c);
    }
  }
  return { priorBefore, changeWith, flat, amounts };
});

/**
 * The prior-year amount a change is stated with: in its own comparison ("比上年预算数335.98万元减少14.84万元"),
 * or just before it, in the same statement ("上年预算数335.98万元，减少14.84万元").
 */
export function statedPrior(a: ClaimAnalysis, c: YoyClaim): StatedAmount | undefined {
  return c.yoy.prior ?? sentenceIndex(a).priorBefore.get(c);
}

/** The amount claims of c's statement in its sentence, in order. */
export function statementAmounts(a: ClaimAnalysis, c: Claim): Claim[] {
  return sentenceIndex(a).amounts.get(`${c.sentenceOffset}/${c.statement}`) ?? [];
}

/** The yoy claim a flat statement ("与上年一致无变化") speaks of: same sentence, same subject. */
export function flatTarget(a: ClaimAnalysis, c: FlatClaim): YoyClaim | undefined {
  // "基本持平" (about flat) is a judgement of a small change, not a statement of no change: nothing to check.
  if (/^基本/.test(c.flat)) return undefined;
  // A change stated, or a prior stated outright ("上年0万元，持平"), before it: the last of its subject, else the first.
  return sentenceIndex(a).flat.get(c);
}

function initialStatus(a: ClaimAnalysis, c: Claim): LinkStatus {
  switch (c.kind) {
    case 'amount':
      return a.figures.has(c.id) ? 'verified' : 'unlinked';
    case 'share':
      return current(a, c) && denominator(a, c) ? 'verified' : 'unlinked';
    case 'yoy':
      return yoyNumbers(a, c) ? 'verified' : 'unlinked';
    case 'flat':
      return flatTarget(a, c) ? 'verified' : 'unlinked';
    case 'list':
      // Verified only when there is a sum to check: a stated total and stated parts.
      return c.list.total.amount ? (c.list.parts.some((p) => p.amount) ? 'verified' : 'unlinked') : c.list.total.count !== undefined && c.list.parts.some((p) => p.count !== undefined) ? 'verified' : 'unlinked';
    case 'count':
      return a.keys.get(c.id) === 'project:total' && projectCount(a.ledger) ? 'verified' : 'unlinked';
    case 'year':
      return a.year !== undefined ? 'verified' : 'unlinked';
    case 'placeholder':
      return 'unlinked';
    case 'completion':
      return (c.actual && c.budget && c.budget.yuan.gt(0)) || completionFigures(a, c) ? 'verified' : 'unlinked';
    case 'versus':
      return versusFigures(a, c) ? 'verified' : 'unlinked';
  }
}

function fmt(v: Interval['lo'], scale: number, decimals: number): string {
  return formatMoney(v, scale, decimals);
}

/** What a linked claim is checked against, described (for the claims' list only: made when asked for). */
export function againstOf(a: ClaimAnalysis, c: Claim): string | undefined {
  const again = a.restated.get(c.id);
  if (again !== undefined) return `the amount stated at line ${a.all[again].line}`;
  const by = a.checkedWith.get(c.id);
  if (by !== undefined) {
    const x = a.all[by];
    return `checked with the ${x.kind === 'list' ? 'list' : x.kind === 'yoy' ? 'change' : x.kind === 'completion' ? 'completion rate' : 'share'} at line ${x.at.line}`;
  }
  switch (c.kind) {
    case 'amount':
    case 'count': {
      const f = a.figures.get(c.id);
      if (f) return quantityOfFigure(a, f).source;
      if (c.kind === 'count' && a.keys.get(c.id) === 'project:total') {
        const p = projectCount(a.ledger);
        return p ? `${p.file}: ${p.count} project rows` : undefined;
      }
      return undefined;
    }
    case 'share': {
      const num = current(a, c);
      const den = listedDenominator(a, c);
      if (!num || !den) return undefined;
      return `${num.source === 'stated' ? `stated ${fmt(num.value, num.scale, num.decimals)}` : num.source} / ${den.source === 'stated' ? `stated ${fmt(den.value, den.scale, den.decimals)}` : den.source}`;
    }
    case 'yoy': {
      const y = yoyNumbers(a, c);
      if (!y) return undefined;
      const cur = y.current;
      return `prior ${fmt(y.priorValue, cur.scale, cur.decimals)} = current ${cur.source === 'stated' ? `stated ${fmt(cur.value, cur.scale, cur.decimals)}` : cur.source} ${y.direction === 'up' ? '−' : '+'} change`;
    }
    case 'flat': {
      const t = flatTarget(a, c);
      return t ? `the change stated at line ${t.line}` : undefined;
    }
    case 'list':
      return `${c.list.parts.length} parts ${listRelation(a, c) === 'eq' ? '=' : '≤'} total`;
    case 'year':
      return a.year !== undefined ? `budget year ${a.year}` : undefined;
    case 'completion': {
      const t = completionFigures(a, c);
      if (t) return `${t.actual.source} / ${t.budget.source}`;
      return c.actual && c.budget ? `stated ${c.actual.raw} ${c.actual.unit} / stated budget ${c.budget.raw} ${c.budget.unit}` : undefined;
    }
    case 'versus': {
      const v = versusFigures(a, c);
      return v ? `${v.actual.source === 'stated' ? `stated ${fmt(v.actual.value, v.actual.scale, v.actual.decimals)}` : v.actual.source} against ${v.budget.source === 'stated' ? `stated budget ${fmt(v.budget.value, v.budget.scale, v.budget.decimals)}` : v.budget.source}` : undefined;
    }
    default:
      return undefined;
  }
}

/**
 * Whether a list's parts name all of its total. 其中 lists of sources ("收入预算 X，其中：一般公共预算 A，
 * 单位资金 B") may leave a source out: they must add up only when the tables say that the named parts
 * make up the total (every part and the total linked, the parts' figures summing to the total's).
 */
function complete(a: ClaimAnalysis, c: ListClaim): boolean {
  const l = c.list;
  if (l.family !== '收入来源' && l.family !== '资金来源') return true;
  const total = l.total.claim !== undefined ? a.figures.get(l.total.claim) : undefined;
  const parts = l.parts.map((p) => (p.claim !== undefined ? a.figures.get(p.claim) : undefined));
  if (!total || parts.some((f) => !f)) return false;
  return overlaps(sumAll(parts.map((f) => quantityOfFigure(a, f!).interval)), quantityOfFigure(a, total).interval);
}

/** How a list's parts must relate to its total: 'eq' only for a family whose parts the tables show complete. */
export function listRelation(a: ClaimAnalysis, c: ListClaim): 'eq' | 'le' {
  const l = c.list;
  return l.relation === 'eq' && !complete(a, c) ? 'le' : l.relation;
}

/** A ledger's narrative, read once. */
export const narrativeOf = perObject('narrative', (ledger: Ledger) => (ledger.narrative ? readNarrative(ledger.narrative.text, ledger.narrative.file) : undefined));

/** Read and link the narrative of a ledger once. */
export const analyseClaims = perObject('claim analysis', (ledger: Ledger): ClaimAnalysis => {
  const read = narrativeOf(ledger);
  const all = read?.claims ?? [];
  const a: ClaimAnalysis = {
    ledger,
    file: read?.file ?? '',
    year: ledger.year ?? read?.year,
    earlier: new Set(),
    all,
    claims: [],
    keys: new Map(),
    figures: new Map(),
    conflicted: new Set(),
    operatingCost: new Set(),
    status: new Map(),
    checkedWith: new Map(),
    restated: new Map(),
    unlinkedReason: new Map(),
    yoy: new Map(),
    denominators: new Map(),
    intervals: new Map(),
    quantities: new Map(),
  };
  for (const c of all) {
    // The year the text speaks of, and the budget year known from the ledger, decide which printed years are earlier ones.
    if (c.kind === 'amount' && c.headYear !== undefined && ((read?.year !== undefined && c.headYear < read.year) || (a.year !== undefined && c.headYear > 1900 && c.headYear < a.year))) a.earlier.add(c.id);
    if (c.kind === 'placeholder' || c.kind === 'year' || c.kind === 'list' || c.kind === 'flat' || a.earlier.has(c.id) || c.respectively) continue;
    const key = keyFor(ledger, c);
    if (!key) continue;
    a.keys.set(c.id, key);
    if (c.kind === 'count' || c.kind === 'completion' || c.kind === 'versus') continue;
    // Final accounts: an amount stated as the budget is the budget column's figure, where a table prints one.
    const measure = c.kind === 'amount' ? c.measure : undefined;
    if (measure) {
      const b = resolve(ledger, key, measure === 'adjusted' ? ADJUSTED : BUDGET);
      if (b) a.figures.set(c.id, b);
      continue;
    }
    let f = resolve(ledger, key);
    // Tables that disagree on a total the text names (a mistyped 收入总计): the figure the text agrees
    // with; the tables' disagreement is theirs to report (TBL004, XT001).
    const amount = statedAmount(c);
    if (f && amount && !statedFits(a, amount, f)) {
      f = equivalents(ledger, key).find((e) => statedFits(a, amount, e)) ?? f;
    }
    if (f) a.figures.set(c.id, f);
  }
  // 机关运行经费 is the 公用经费 of 行政单位 only: a 事业单位 states 0 and a department with 事业
  // subunits less than its 公用经费; some count the 公务用车运行维护费 paid from project money too,
  // more. Equal to the 公用经费 it is verified; otherwise docs/checks.md B9 makes the difference a warning on
  // the amount (NC001 at warning level; none for a stated 0), never an error, and the rest of its
  // statement is not linked.
  // (A unit's own "单位运行经费" is its 公用经费: still linked.)
  const partial = new Set<number>();
  for (const c of all) {
    const f = a.figures.get(c.id);
    if (c.kind !== 'amount' || !f || !/机关运行经费/.test(c.subject)) continue;
    if (statedFits(a, c.amount, f)) continue;
    partial.add(c.statement);
    // A 事业单位 has no 机关运行经费: its 0 is no warning.
    if (!c.amount.value.isZero()) a.operatingCost.add(c.id);
  }
  for (const c of all) {
    if (!partial.has(c.statement) || a.operatingCost.has(c.id)) continue;
    a.keys.delete(c.id);
    a.figures.delete(c.id);
  }
  for (const c of all) {
    const f = a.figures.get(c.id);
    if (c.kind !== 'amount' || !f || a.operatingCost.has(c.id)) continue;
    // A budget stated in final accounts contradicts the budget column's figure, not what was spent.
    if (!statedFits(a, c.amount, f)) a.conflicted.add(c.measure ? `${c.measure}:${f.key}` : f.key);
  }
  a.claims = all.filter((c) => !((c.kind === 'amount' || c.kind === 'count') && c.inList !== undefined && !a.figures.has(c.id) && !a.keys.has(c.id)));
  for (const c of a.claims) {
    a.status.set(c.id, initialStatus(a, c));
  }
  linkWithinText(a);
  for (const c of a.claims) if (a.status.get(c.id) === 'unlinked') a.unlinkedReason.set(c.id, unlinkedReasonOf(a, c));
  return a;
});

/**
 * The claims a verified claim's check reads besides its own: the figures the text states that take
 * part in it. Only checks that a rule makes: a list with a stated total and stated parts (NC008), a
 * stated change and percent on a stated current and a positive prior (NC003), a change with the prior
 * stated with it (NC014), a share of stated figures (NC002), a completion rate of a stated budget (NC015).
 */
function participants(a: ClaimAnalysis, c: Claim, amountClaim: Map<StatedAmount, Claim>): number[] {
  const own = (s: StatedAmount | undefined) => {
    const x = s ? amountClaim.get(s) : undefined;
    return x ? [x.id] : [];
  };
  switch (c.kind) {
    case 'list': {
      const l = c.list;
      const checked = l.total.amount ? l.parts.some((p) => p.amount) : l.total.count !== undefined && l.parts.some((p) => p.count !== undefined);
      if (!checked) return [];
      const ids = l.parts.filter((p) => (l.total.amount ? p.amount : p.count !== undefined)).map((p) => p.claim);
      return [l.total.claim, ...ids].filter((id): id is number => id !== undefined);
    }
    case 'yoy': {
      if (a.figures.has(c.id)) return [];
      const n = yoyNumbers(a, c);
      if (!n || n.current.source !== 'stated') return [];
      const percentCheck = !!c.yoy.percent && (!!c.yoy.change || !!c.yoy.prior) && n.prior.lo.gt(0);
      const changeCheck = !!c.yoy.change && !!c.yoy.changeDirection && statedPrior(a, c) !== undefined;
      return percentCheck || changeCheck ? own(c.amount) : [];
    }
    case 'share': {
      if (a.figures.has(c.id)) return [];
      const out = own(c.amount);
      const den = denominator(a, c);
      if (den?.claim !== undefined) out.push(den.claim);
      return den && den.value.gt(0) ? out : [];
    }
    case 'completion':
      return c.actual && c.budget && c.budget.yuan.gt(0) && !completionFigures(a, c) ? own(c.actual) : [];
    default:
      return [];
  }
}

/** The total of the list an amount is a part of (not the total itself), else ''. */
function listTotal(a: ClaimAnalysis, c: AmountClaim): string {
  const list = c.inList !== undefined ? a.all[c.inList] : undefined;
  return list?.kind === 'list' && list.list.total.claim !== c.id ? list.list.total.label : '';
}

/** A subject of its own: two characters of words at least, its brackets closed, not a change or a completion ("同比增收", "完成预算"). */
function ownSubject(subject: string): boolean {
  if (!/[\u4e00-\u9fff]{2}/.test(subject)) return false;
  if ((subject.match(/\(/g)?.length ?? 0) !== (subject.match(/\)/g)?.length ?? 0)) return false;
  return !/^(同比|比上年|较上年|与上年|完成|实际)|(增收|减收|增支|减支)$/.test(subject);
}

/**
 * Which item an amount states, for comparing two amounts of one item (NC012): undefined for an amount
 * that is not compared (of an earlier year, stated for several subjects at once, without a subject of its own).
 * A subject linked to a figure is that figure wherever it is named. One that is not is only the same
 * item where its words mean the same: in the same (numbered) section, as the same list's part
 * ("机构运行…，其中：基本支出…" is not the unit's 基本支出), and named by a subject of its own.
 * Final accounts: an item's budget ("预算为5.92万元") and what was spent ("决算为3.58万元") are two figures.
 */
export function restatementKey(a: ClaimAnalysis, c: AmountClaim): string | undefined {
  if (a.earlier.has(c.id) || c.respectively) return undefined;
  const subject = labelKey(c.subject);
  const figure = a.figures.get(c.id);
  if (!figure && !ownSubject(subject)) return undefined;
  return `${c.measure ?? ''}#${figure ? figure.key : `${c.scope}|${c.project ?? ''}|${c.section}|${c.subsection ?? ''}|${listTotal(a, c)}|${subject}`}`;
}

/** Unlinked claims that take part in a verified claim's check among the text's own figures are verified by it. */
function linkWithinText(a: ClaimAnalysis): void {
  const amountClaim = new Map<StatedAmount, Claim>();
  for (const c of a.all) if (c.kind === 'amount' && !amountClaim.has(c.amount)) amountClaim.set(c.amount, c);
  for (const c of a.claims) {
    if (a.status.get(c.id) !== 'verified') continue;
    for (const id of participants(a, c, amountClaim)) {
      if (id === c.id || a.status.get(id) !== 'unlinked') continue;
      const x = a.all[id];
      // An amount of an earlier year, or stated for several subjects at once, is no part of this year's check.
      if (!x || a.earlier.has(id) || x.respectively || a.figures.has(id)) continue;
      a.status.set(id, 'verified');
      a.checkedWith.set(id, c.id);
    }
  }
  // An item stated twice (NC012 compares the two): each amount is checked against the other.
  const byItem = new Map<string, AmountClaim[]>();
  for (const c of a.all) {
    if (c.kind !== 'amount' || a.figures.has(c.id)) continue;
    const key = restatementKey(a, c);
    if (key === undefined) continue;
    const same = byItem.get(key);
    if (same) same.push(c);
    else byItem.set(key, [c]);
  }
  for (const same of byItem.values()) {
    if (same.length < 2) continue;
    same.forEach((c, i) => {
      if (a.status.get(c.id) !== 'unlinked') return;
      a.status.set(c.id, 'verified');
      a.restated.set(c.id, same[i === 0 ? 1 : 0].id);
    });
  }
}

/** Figures no table of a budget or final accounts package publishes. */
const NO_TABLE = /政府采购|采购|国有资产|资产|房屋|车辆|设备|家具|绩效|编制|人员|人次|批次|团组|保有量|机构/;

function unlinkedReasonOf(a: ClaimAnalysis, c: Claim): UnlinkedReason {
  const projects = c.kind === 'count' && a.keys.get(c.id) === 'project:total';
  if (!projects && (c.kind === 'count' || NO_TABLE.test(c.subject) || NO_TABLE.test(c.text))) return 'no-table';
  return a.ledger.tables.size === 0 ? 'standalone' : 'no-figure';
}

/**
 * Final accounts: what was spent and the budget, from the tables, for a completion rate whose subject
 * names a figure that a table prints with its budget beside it (the 三公 table's 预算数 and 决算数, a
 * 一般公共预算 table's 年初预算数 and 决算数). Undefined where no table prints both.
 */
export function completionFigures(a: ClaimAnalysis, c: CompletionClaim | VersusClaim): { actual: Quantity; budget: Quantity } | undefined {
  const key = a.keys.get(c.id);
  if (!key || a.ledger.kind !== 'final') return undefined;
  const actual = resolve(a.ledger, key);
  const budget = resolve(a.ledger, key, c.of === 'adjusted' ? ADJUSTED : BUDGET);
  if (!actual || !budget || a.conflicted.has(actual.key) || a.conflicted.has(`${c.of ?? 'budget'}:${budget.key}`)) return undefined;
  return { actual: quantityOfFigure(a, actual), budget: quantityOfFigure(a, budget) };
}

/**
 * What a comparison of final accounts with the budget ("决算数大于预算数") is checked against: the tables'
 * 决算数 and 预算数 where they print both, else the amounts its sentence states (or the budget and the
 * amount stated before it for the same subject in its section).
 */
export function versusFigures(a: ClaimAnalysis, c: VersusClaim): { actual: Quantity; budget: Quantity } | undefined {
  const tables = completionFigures(a, c);
  if (tables) return tables;
  const stated = (s: StatedAmount | undefined): Quantity | undefined => (s ? { interval: amountInterval(a, s), value: s.yuan, scale: s.scale, decimals: s.decimals, source: 'stated' } : undefined);
  let actual = stated(c.actual);
  let budget = stated(c.budget);
  // The amounts stated before it for its subject, in its section ("…年初预算为22.00万元，支出决算为8.77万元。…决算数小于预算数的主要原因").
  // (Of the same subject: the same figure where both name one, else the same words.)
  const key = a.keys.get(c.id);
  const same = (x: Claim) => (key !== undefined && a.keys.get(x.id) !== undefined ? a.keys.get(x.id) === key : c.subject !== '' && labelKey(x.subject) === labelKey(c.subject));
  for (let i = c.id - 1; i >= 0 && (!actual || !budget); i--) {
    const x = a.all[i];
    if (x.section !== c.section) break;
    if ((x.kind !== 'amount' && x.kind !== 'completion') || !same(x)) continue;
    if (x.kind === 'completion') {
      if (x.budget && x.of === c.of) budget ??= stated(x.budget);
      actual ??= stated(x.actual);
    } else if (x.measure && !budget) budget = stated(x.amount);
    else if (!x.measure && !actual) actual = stated(x.amount);
  }
  return actual && budget ? { actual, budget } : undefined;
}

/** Whether `c` is a prior stated outright that a change of the same statement is stated with. */
export function priorOfChange(a: ClaimAnalysis, c: YoyClaim): boolean {
  if (!c.yoy.prior || c.yoy.change) return false;
  return (sentenceIndex(a).changeWith.get(c.yoy.prior) ?? -1) > c.id;
}

/**
 * A change in money that is not current − prior, the prior stated with it: the numbers, when they
 * contradict it (and go the way its words say: otherwise the direction is what is wrong).
 */
export function changeAgainstPrior(a: ClaimAnalysis, c: YoyClaim, strict: boolean): { prior: StatedAmount; current: Quantity; exact: Decimal } | undefined {
  const y = c.yoy;
  const prior = statedPrior(a, c);
  const cur = current(a, c);
  if (!y.change || !y.changeDirection || !prior || !cur) return undefined;
  const made = sub(cur.interval, amountInterval(a, prior));
  if ((y.changeDirection === 'up' && made.hi.lt(0)) || (y.changeDirection === 'down' && made.lo.gt(0))) return undefined;
  const signed = y.changeDirection === 'up' ? y.change.yuan : y.change.yuan.neg();
  const exact = cur.value.minus(prior.yuan);
  if (strict ? exact.eq(signed) : overlaps(made, around(signed, y.change.half))) return undefined;
  return { prior, current: cur, exact };
}
