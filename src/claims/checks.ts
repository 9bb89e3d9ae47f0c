/**
 * What each claim check decides (CLAIMS.md "What each check decides"), as pure functions from the
 * analysis to verdicts. The rounding model decides error vs. not: a stated figure stands for its
 * rounding interval, a recomputed one for the interval its inputs allow; only intervals that
 * cannot overlap contradict a claim (or, in strict mode, any difference).
 */
import { Decimal, ZERO } from '../decimal.js';
import { labelKey } from '../load/text.js';
import type { Ledger } from '../model.js';
import type { Severity } from '../report.js';
import { amountInterval, current, denominator, flatTarget, listRelation, otherDenominators, priorOfLaterChange, quantityOfFigure, statementAmounts, statedPrior, type ClaimAnalysis, type Quantity, yoyNumbers } from './analyse.js';
import { around, type Interval, overlaps, percentRatio, sub, sumAll } from './interval.js';
import { describe, type Figure, inUnit, projectCount, resolve, resolvePrior } from './link.js';
import type { Position } from './normalize.js';
import type { Claim, StatedAmount } from './types.js';

export interface Verdict {
  claim: Claim;
  messageId: string;
  severity?: Severity;
  data: Record<string, string | number>;
  expected?: string;
  actual?: string;
  difference?: string;
  unit?: string;
  /** The figure or computation the claim was checked against (for --claims). */
  against?: string;
  /** Where to report (default: where the claim's figure is printed). */
  at?: Position;
}

const unitOf = (scale: number) => (scale === 1 ? '元' : scale === 100000000 ? '亿元' : '万元');

function money(v: Decimal, scale: number, decimals: number): string {
  return inUnit(v, scale, decimals);
}

function pct(v: Decimal, decimals: number): string {
  return v.toFixed(Math.max(decimals, 2));
}

function listed(a: ClaimAnalysis, kind: Claim['kind']): Claim[] {
  return a.claims.filter((c) => c.kind === kind);
}

function subjectOf(c: Claim): string {
  return c.subject || c.project || '(no subject)';
}

/** NC001: a stated amount against the figure its subject names. */
export function checkAmounts(a: ClaimAnalysis, strict: boolean): Verdict[] {
  const out: Verdict[] = [];
  for (const c of listed(a, 'amount')) {
    const f = a.figures.get(c.id);
    if (!f || !c.amount) continue;
    const stated = amountInterval(a, c.amount);
    const table = quantityOfFigure(a, f).interval;
    const differs = strict ? !c.amount.yuan.eq(f.amount.value) : !overlaps(stated, table);
    if (!differs) continue;
    const scale = c.amount.scale;
    const decimals = Math.max(c.amount.decimals, 2);
    const operating = a.operatingCost.has(c.id);
    out.push({
      claim: c,
      messageId: operating ? 'operatingCost' : 'differs',
      severity: operating ? 'warning' : undefined,
      data: { subject: subjectOf(c), figure: describe(f) },
      expected: money(f.amount.value, scale, decimals),
      actual: money(c.amount.yuan, scale, decimals),
      difference: money(c.amount.yuan.minus(f.amount.value), scale, decimals),
      unit: unitOf(scale),
      against: describe(f),
    });
  }
  return out;
}

/** NC002: a share against numerator / denominator. */
export function checkShares(a: ClaimAnalysis, strict: boolean): Verdict[] {
  const out: Verdict[] = [];
  for (const c of listed(a, 'share')) {
    const share = c.share;
    const num = current(a, c);
    const den = denominator(a, c);
    if (!share || !num || !den || den.value.lte(0)) continue;
    const ratio = percentRatio(num.interval, den.interval);
    if (!ratio) continue;
    const stated = around(share.percent.value, share.percent.half);
    if (!strict && overlaps(ratio, stated)) continue;
    const computed = num.value.div(den.value).times(100);
    const rounded = computed.toDecimalPlaces(share.percent.decimals, Decimal.ROUND_HALF_UP);
    if (strict && rounded.eq(share.percent.value)) continue;
    // Another reading of an unnamed denominator that fits: not contradicted.
    const fits = otherDenominators(a, c).some((d) => {
      if (d.value.lte(0)) return false;
      const r = percentRatio(num.interval, d.interval);
      if (!r) return false;
      return strict ? num.value.div(d.value).times(100).toDecimalPlaces(share.percent.decimals, Decimal.ROUND_HALF_UP).eq(share.percent.value) : overlaps(r, stated);
    });
    if (fits) continue;
    out.push({
      claim: c,
      messageId: 'differs',
      data: {
        subject: subjectOf(c),
        numerator: `${money(num.value, num.scale, num.decimals)} ${unitOf(num.scale)}`,
        denominator: `${money(den.value, den.scale, den.decimals)} ${unitOf(den.scale)}`,
      },
      expected: pct(rounded, share.percent.decimals),
      actual: share.percent.raw,
      difference: pct(share.percent.value.minus(computed), share.percent.decimals),
      unit: '%',
      against: `${num.source} / ${den.source}`,
    });
  }
  return out;
}

/** NC003: the percent of a year-over-year change against change / prior. */
export function checkPercents(a: ClaimAnalysis, strict: boolean): Verdict[] {
  const out: Verdict[] = [];
  for (const c of listed(a, 'yoy')) {
    const y = c.yoy;
    const n = yoyNumbers(a, c);
    if (!y?.percent || !n || (!y.change && !y.prior)) continue;
    if (n.prior.lo.lte(0)) continue; // a zero (or negative) base: NC006 / NC004
    const ratio = percentRatio(n.change, n.prior);
    if (!ratio) continue;
    const stated = around(y.percent.value, y.percent.half);
    const changeValue = y.change ? y.change.yuan : n.current.value.minus(n.priorValue).abs();
    if (!strict && overlaps(ratio, stated)) continue;
    const computed = changeValue.div(n.priorValue).times(100);
    const rounded = computed.toDecimalPlaces(y.percent.decimals, Decimal.ROUND_HALF_UP);
    if (strict && rounded.eq(y.percent.value)) continue;
    const cur = n.current;
    out.push({
      claim: c,
      messageId: 'differs',
      data: {
        subject: subjectOf(c),
        change: y.change ? `${y.change.raw} ${y.change.unit}` : `${money(changeValue, n.current.scale, n.current.decimals)} ${unitOf(n.current.scale)}`,
        prior: `${money(n.priorValue, cur.scale, cur.decimals)} ${unitOf(cur.scale)}`,
        current: `${money(cur.value, cur.scale, cur.decimals)} ${unitOf(cur.scale)}`,
      },
      expected: pct(rounded, y.percent.decimals),
      actual: y.percent.raw,
      difference: pct(y.percent.value.minus(computed), y.percent.decimals),
      unit: '%',
      at: c.percentAt,
      against: `prior ${money(n.priorValue, cur.scale, cur.decimals)} = ${cur.source === 'stated' ? 'stated current' : cur.source} ${n.direction === 'up' ? '−' : '+'} ${money(changeValue, n.current.scale, n.current.decimals)}`,
    });
  }
  return out;
}

const WORD = { up: '增', down: '减' };

/** NC004: direction words that disagree (增加 with 下降), or an increase larger than the amount itself. */
export function checkDirections(a: ClaimAnalysis): Verdict[] {
  const out: Verdict[] = [];
  for (const c of listed(a, 'yoy')) {
    const y = c.yoy;
    if (!y) continue;
    // "减少0.00万元，增长0.00%": no change has no direction.
    const none = (y.change && y.change.value.isZero()) || (y.percent && y.percent.value.isZero());
    if (y.changeDirection && y.percentDirection && y.changeDirection !== y.percentDirection && !none) {
      out.push({
        claim: c,
        messageId: 'words',
        data: { subject: subjectOf(c), changeWord: y.changeWord ?? '', percentWord: y.percentWord ?? '' },
        expected: y.changeDirection === 'up' ? '增长' : '下降',
        actual: y.percentWord,
        at: c.percentAt,
      });
      continue;
    }
    const n = yoyNumbers(a, c);
    const word = y.changeDirection ?? y.percentDirection;
    const prior = statedPrior(a, c);
    const cur = n?.current;
    if (cur && prior && word) {
      // A prior stated outright: the words must go the way the numbers go.
      const p = amountInterval(a, prior);
      const up = cur.interval.lo.gt(p.hi);
      const down = cur.interval.hi.lt(p.lo);
      if ((word === 'up' && down) || (word === 'down' && up)) {
        out.push({
          claim: c,
          messageId: 'against',
          data: { subject: subjectOf(c), word: y.changeWord ?? y.percentWord ?? '', prior: `${prior.raw} ${prior.unit}`, current: `${money(cur.value, cur.scale, cur.decimals)} ${unitOf(cur.scale)}` },
          expected: up ? '增长' : '下降',
          actual: y.changeWord ?? y.percentWord,
          at: c.percentAt ?? c.at,
          against: cur.source,
        });
        continue;
      }
      if (!y.change) continue;
    }
    if (n && y.change && n.direction === 'up' && n.prior.hi.lt(0)) {
      const cur = n.current;
      out.push({
        claim: c,
        messageId: 'sign',
        data: { subject: subjectOf(c), word: y.changeWord ?? WORD.up, change: `${y.change!.raw} ${y.change!.unit}`, current: `${money(cur.value, cur.scale, cur.decimals)} ${unitOf(cur.scale)}` },
        expected: `≤ ${money(cur.value, y.change!.scale, y.change!.decimals)}`,
        actual: y.change!.raw,
        unit: y.change!.unit,
        against: cur.source,
      });
    }
  }
  return out;
}

/** Whether `c` is a prior stated outright that a change of the same statement is stated with. */
function priorOfChange(a: ClaimAnalysis, c: Claim): boolean {
  if (!c.yoy?.prior || c.yoy.change) return false;
  return priorOfLaterChange(a, c);
}

/**
 * A change in money that is not current − prior, the prior stated with it: the numbers, when they
 * contradict it (and go the way its words say: otherwise NC004).
 */
function changeAgainstPrior(a: ClaimAnalysis, c: Claim, strict: boolean): { prior: StatedAmount; current: Quantity; exact: Decimal } | undefined {
  const y = c.yoy;
  const prior = statedPrior(a, c);
  const cur = current(a, c);
  if (!y?.change || !y.changeDirection || !prior || !cur) return undefined;
  const made = sub(cur.interval, amountInterval(a, prior));
  if ((y.changeDirection === 'up' && made.hi.lt(0)) || (y.changeDirection === 'down' && made.lo.gt(0))) return undefined;
  const signed = y.changeDirection === 'up' ? y.change.yuan : y.change.yuan.neg();
  const exact = cur.value.minus(prior.yuan);
  if (strict ? exact.eq(signed) : overlaps(made, around(signed, y.change.half))) return undefined;
  return { prior, current: cur, exact };
}

/** NC014: a change in money against the prior-year amount stated with it and the current amount. */
export function checkChanges(a: ClaimAnalysis, strict: boolean): Verdict[] {
  const out: Verdict[] = [];
  for (const c of listed(a, 'yoy')) {
    const y = c.yoy;
    const wrong = changeAgainstPrior(a, c, strict);
    if (!y?.change || !wrong) continue;
    const { prior, current: cur, exact } = wrong;
    const scale = y.change.scale;
    const decimals = Math.max(y.change.decimals, 2);
    out.push({
      claim: c,
      messageId: 'differs',
      data: {
        subject: subjectOf(c),
        prior: `${prior.raw} ${prior.unit}`,
        current: `${money(cur.value, scale, decimals)} ${unitOf(scale)}`,
        change: `${money(exact.abs(), scale, decimals)} ${unitOf(scale)}`,
        stated: `${y.changeWord ?? ''} ${y.change.raw} ${y.change.unit}`,
      },
      expected: money(exact.abs(), scale, decimals),
      actual: y.change.raw,
      difference: money(y.change.yuan.minus(exact.abs()), scale, decimals),
      unit: unitOf(scale),
      against: `current ${cur.source === 'stated' ? 'stated' : cur.source} − stated prior ${prior.raw} ${prior.unit}`,
    });
  }
  return out;
}

/** NC005: "持平/无变化" with a change that cannot be zero. */
export function checkFlat(a: ClaimAnalysis, strict: boolean): Verdict[] {
  const out: Verdict[] = [];
  for (const c of listed(a, 'flat')) {
    const t = flatTarget(a, c);
    const y = t?.yoy;
    if (!t || !y) continue;
    if (!y.change && !y.percent && y.prior) {
      // "上年0万元，持平": the amount must be the prior's.
      const cur = current(a, t);
      if (!cur) continue;
      const flat = strict ? cur.value.eq(y.prior.yuan) : overlaps(cur.interval, amountInterval(a, y.prior));
      if (flat) continue;
      const scale = y.prior.scale;
      const change = cur.value.minus(y.prior.yuan).abs();
      out.push({
        claim: c,
        messageId: 'notFlat',
        data: { subject: subjectOf(c), word: c.flat ?? '持平', change: `${money(change, scale, Math.max(y.prior.decimals, 2))} ${unitOf(scale)} (from the stated prior ${y.prior.raw} ${y.prior.unit})` },
        expected: '0.00',
        actual: money(change, scale, Math.max(y.prior.decimals, 2)),
        unit: unitOf(scale),
        against: `current ${cur.source === 'stated' ? 'stated' : cur.source} − the prior stated at line ${t.line}`,
      });
      continue;
    }
    const nonZeroChange = y.change && (strict ? !y.change.value.isZero() : y.change.yuan.minus(y.change.half).gt(0));
    const nonZeroPercent = y.percent && (strict ? !y.percent.value.isZero() : y.percent.value.minus(y.percent.half).gt(0));
    if (!nonZeroChange && !nonZeroPercent) continue;
    out.push({
      claim: c,
      messageId: 'notFlat',
      data: { subject: subjectOf(c), word: c.flat ?? '持平', change: y.change ? `${y.changeWord ?? ''}${y.change.raw} ${y.change.unit}` : `${y.percentWord ?? ''}${y.percent!.raw}%` },
      expected: y.change ? '0.00' : '0.00',
      actual: y.change ? y.change.raw : y.percent!.raw,
      unit: y.change ? y.change.unit : '%',
      against: `the change stated at line ${t.line}`,
    });
  }
  return out;
}

/** NC006: "增长 100%" from a zero prior: a convention, not arithmetic (a note). */
export function checkZeroBase(a: ClaimAnalysis): Verdict[] {
  const out: Verdict[] = [];
  for (const c of listed(a, 'yoy')) {
    const y = c.yoy;
    const n = yoyNumbers(a, c);
    if (!y?.percent || !y.change || !n || n.direction !== 'up') continue;
    if (!(n.prior.lo.lte(0) && n.prior.hi.gte(0))) continue;
    if (y.change && y.change.value.isZero()) continue; // 0 → 0: nothing changed
    out.push({
      claim: c,
      messageId: 'zeroBase',
      severity: 'note',
      data: { subject: subjectOf(c), percent: `${y.percent.raw}%`, change: `${y.change!.raw} ${y.change!.unit}` },
      actual: y.percent.raw,
      unit: '%',
      at: c.percentAt,
    });
  }
  return out;
}

interface Derivation {
  name: string;
  interval: Interval;
  value: Decimal;
  claims: Claim[];
  /**
   * A sum over the parts the text names: a part that had money last year and has none this year
   * (a carry-over used up, a function item dropped) is not named, so the sum is only a lower bound.
   */
  lowerBound?: boolean;
}

/** NC007: the prior-year totals implied by different groups of claims must be one number. */
export function checkImpliedPriors(a: ClaimAnalysis, strict: boolean): Verdict[] {
  const priors: { claim: Claim; key: string; prior: Interval; value: Decimal; current: Interval }[] = [];
  for (const c of listed(a, 'yoy')) {
    const key = a.keys.get(c.id);
    const n = yoyNumbers(a, c);
    if (!key || !n || !c.yoy || c.yoy.baseKind === 'final' || c.yoy.baseKind === 'execution') continue;
    if (!a.figures.has(c.id)) continue;
    // A prior stated with a change in one statement is checked against it by NC014, not again here.
    if (priorOfChange(a, c) || changeAgainstPrior(a, c, strict)) continue;
    priors.push({ claim: c, key, prior: n.prior, value: n.priorValue, current: n.current.interval });
  }
  // "与上年预算持平" with no change stated: the prior is the amount itself.
  for (const c of listed(a, 'flat')) {
    if ((c.flat && /^基本/.test(c.flat)) || flatTarget(a, c)) continue;
    const owner = statementAmounts(a, c).find((x) => a.figures.has(x.id));
    const key = owner ? a.keys.get(owner.id) : undefined;
    const cur = owner ? current(a, owner) : undefined;
    if (!key || !cur || priors.some((p) => p.key === key)) continue;
    priors.push({ claim: c, key, prior: cur.interval, value: cur.value, current: cur.interval });
  }
  const byKey = (k: string) => priors.filter((p) => p.key === k);
  const fig = (k: string) => {
    const f = resolve(a.ledger, k);
    return f ? quantityOfFigure(a, f).interval : undefined;
  };
  const sumOf = (name: string, items: typeof priors, totalKey: string): Derivation | undefined => {
    if (items.length === 0) return undefined;
    // The parts are complete when this year's amounts of the claimed parts make up this year's total.
    const tot = fig(totalKey);
    if (!tot || !overlaps(sumAll(items.map((p) => p.current)), tot)) return undefined;
    return { name, interval: sumAll(items.map((p) => p.prior)), value: items.reduce((v, p) => v.plus(p.value), ZERO), claims: items.map((p) => p.claim), lowerBound: true };
  };
  const direct = (name: string, keys: string[]): Derivation[] =>
    keys.flatMap((k) =>
      byKey(k).map((p) => ({ name: subjectOf(p.claim) === name ? name : `${name} (${subjectOf(p.claim)})`, interval: p.prior, value: p.value, claims: [p.claim] })),
    );
  // Parts that always make up the whole (基本 + 项目, 人员 + 公用, the three 三公 parts), each stated: a sum, not a bound.
  const all = (name: string, keys: string[], totalKey: string): Derivation | undefined => {
    const parts = keys.map((k) => byKey(k)[0]);
    if (parts.some((p) => !p)) return undefined;
    const d = sumOf(name, parts, totalKey);
    return d ? { ...d, lowerBound: false } : undefined;
  };
  const both = (name: string, k1: string, k2: string, totalKey: string) => all(name, [k1, k2], totalKey);

  const families: { name: string; derivations: (Derivation | undefined)[] }[] = [
    {
      name: '收支总预算',
      derivations: [
        ...direct('the total', ['unit:total', 'income:total', 'exp:total']),
        sumOf('the income items', priors.filter((p) => p.key.startsWith('income:') && p.key !== 'income:total'), 'unit:total'),
        both('基本支出 + 项目支出', 'exp:basic', 'exp:project', 'exp:total'),
      ],
    },
    {
      name: '一般公共预算',
      derivations: [
        ...direct('一般公共预算', ['income:gpb', 'gpb:total', 'fin:gpb']),
        both('基本支出 + 项目支出', 'gpb:basic', 'gpb:project', 'gpb:total'),
        sumOf('the function items', priors.filter((p) => /^gpb:code:\d{7}$/.test(p.key)), 'gpb:total'),
        sumOf('the function classes', priors.filter((p) => /^gpb:code:\d{3}$/.test(p.key)), 'gpb:total'),
      ],
    },
    {
      name: '“三公”经费',
      derivations: [
        ...direct('“三公”经费', ['3p:total']),
        sumOf('its parts', priors.filter((p) => ['3p:abroad', '3p:reception', '3p:vehicle-purchase', '3p:vehicle-operation'].includes(p.key)), '3p:total'),
        sumOf('its parts', priors.filter((p) => ['3p:abroad', '3p:reception', '3p:vehicle'].includes(p.key)), '3p:total'),
        all('its three parts', ['3p:abroad', '3p:reception', '3p:vehicle'], '3p:total'),
      ],
    },
    {
      name: '一般公共预算基本支出',
      derivations: [...direct('基本支出', ['gpb:basic', 'basic:total']), both('人员经费 + 公用经费', 'basic:personnel', 'basic:public', 'basic:total')],
    },
  ];
  const out: Verdict[] = [];
  for (const fam of families) {
    const ds = fam.derivations.filter((d): d is Derivation => d !== undefined);
    if (ds.length < 2) continue;
    const agree = (x: Derivation, y: Derivation) => {
      if (x.lowerBound && y.lowerBound) return true;
      if (x.lowerBound) return strict ? x.value.lte(y.value) : x.interval.lo.lte(y.interval.hi);
      if (y.lowerBound) return strict ? y.value.lte(x.value) : y.interval.lo.lte(x.interval.hi);
      return strict ? x.value.eq(y.value) : overlaps(x.interval, y.interval);
    };
    if (ds.every((d) => ds.every((e) => agree(d, e)))) continue;
    // The odd one out when the others agree among themselves; else the one stated last.
    const odd = ds.filter((d) => ds.every((e) => e === d || !agree(d, e)));
    const rest = (d: Derivation) => ds.filter((e) => e !== d);
    let culprit = odd.find((d) => rest(d).length >= 2 && rest(d).every((x) => rest(d).every((y) => agree(x, y))));
    if (!culprit) culprit = [...ds].sort((x, y) => Math.min(...y.claims.map((c) => c.offset)) - Math.min(...x.claims.map((c) => c.offset)))[0];
    const other = ds.find((d) => d !== culprit && !agree(d, culprit!)) ?? ds.find((d) => d !== culprit)!;
    const at = culprit.claims[0];
    const f = a.figures.get(at.id);
    const scale = f?.amount.scale ?? 10000;
    out.push({
      claim: at,
      messageId: 'disagree',
      data: {
        family: fam.name,
        first: other.name,
        firstValue: money(other.value, scale, 2),
        second: culprit.name,
        secondValue: money(culprit.value, scale, 2),
        lines: culprit.claims.map((c) => c.at.line).join(', '),
      },
      expected: money(other.value, scale, 2),
      actual: money(culprit.value, scale, 2),
      difference: money(culprit.value.minus(other.value), scale, 2),
      unit: unitOf(scale),
    });
  }
  return out;
}

/** NC008: a list that does not add up to its stated total. */
export function checkLists(a: ClaimAnalysis, strict: boolean): Verdict[] {
  const out: Verdict[] = [];
  for (const c of listed(a, 'list')) {
    const l = c.list;
    if (!l) continue;
    if (l.total.amount) {
      const parts = l.parts.filter((p) => p.amount);
      if (parts.length === 0) continue;
      const sum = sumAll(parts.map((p) => amountInterval(a, p.amount!)));
      const exactSum = parts.reduce((v, p) => v.plus(p.amount!.yuan), ZERO);
      const total = amountInterval(a, l.total.amount);
      const t = l.total.amount;
      const relation = listRelation(a, c);
      const bad =
        relation === 'eq'
          ? strict
            ? !exactSum.eq(t.yuan)
            : !overlaps(sum, total)
          : strict
            ? exactSum.gt(t.yuan)
            : sum.lo.gt(total.hi);
      if (!bad) continue;
      out.push({
        claim: c,
        messageId: relation === 'eq' ? 'sum' : 'exceeds',
        data: { total: l.total.label, parts: parts.map((p) => `${p.label} ${p.amount!.raw}`).join(' + '), family: l.family ?? '' },
        expected: money(exactSum, t.scale, t.decimals),
        actual: money(t.yuan, t.scale, t.decimals),
        difference: money(t.yuan.minus(exactSum), t.scale, t.decimals),
        unit: unitOf(t.scale),
      });
    } else if (l.total.count !== undefined) {
      const parts = l.parts.filter((p) => p.count !== undefined);
      const s = parts.reduce((v, p) => v + (p.count ?? 0), 0);
      const bad = l.relation === 'eq' ? s !== l.total.count : s > l.total.count;
      if (!bad) continue;
      out.push({
        claim: c,
        messageId: l.relation === 'eq' ? 'sum' : 'exceeds',
        data: { total: l.total.label, parts: parts.map((p) => `${p.label} ${p.count}`).join(' + '), family: l.family ?? '' },
        expected: String(s),
        actual: String(l.total.count),
        difference: String(l.total.count - s),
      });
    }
  }
  return out;
}

/** NC009: a count of projects that does not match the project table. */
export function checkCounts(a: ClaimAnalysis): Verdict[] {
  const out: Verdict[] = [];
  const p = projectCount(a.ledger);
  if (!p) return out;
  for (const c of listed(a, 'count')) {
    if (a.keys.get(c.id) !== 'project:total' || !c.count) continue;
    if (c.count.value === p.count || c.count.value === p.rows) continue;
    out.push({
      claim: c,
      messageId: 'count',
      data: { subject: subjectOf(c), table: p.file, unit: c.count.unit },
      expected: String(p.count),
      actual: String(c.count.value),
      difference: String(c.count.value - p.count),
      against: `${p.file}: ${p.count} project rows`,
    });
  }
  return out;
}

/** NC010: a named comparison year that is not the year before the budget year. */
export function checkYears(a: ClaimAnalysis): Verdict[] {
  const out: Verdict[] = [];
  if (a.year === undefined) return out;
  for (const c of listed(a, 'year')) {
    if (c.year === undefined || c.year === a.year - 1) continue;
    // "比2022年底增加": a stock at a year's end (assets), not a budget compared with a budget.
    if (/年(底|末)|月|日/.test(c.yoy?.base ?? '')) continue;
    // A budget is drawn up before last year's final accounts: "与2022年决算相比" in a 2024 budget is right.
    if (c.year === a.year - 2 && c.yoy?.baseKind === 'final') continue;
    out.push({ claim: c, messageId: 'year', data: { year: c.year, budgetYear: a.year }, expected: String(a.year - 1), actual: String(c.year), against: `budget year ${a.year}` });
  }
  return out;
}

/** NC011: a template placeholder left in the text. */
export function checkPlaceholders(a: ClaimAnalysis): Verdict[] {
  return listed(a, 'placeholder').map((c) => ({ claim: c, messageId: 'placeholder', data: { text: c.placeholder ?? '' }, actual: c.placeholder }));
}

/** NC012: one item stated with two amounts that cannot both be right. */
export function checkConflicts(a: ClaimAnalysis, strict: boolean): Verdict[] {
  const out: Verdict[] = [];
  const seen = new Map<string, Claim>();
  for (const c of a.all) {
    if (c.kind !== 'amount' || !c.amount || c.earlier !== undefined) continue;
    const key = a.keys.get(c.id) ?? `${c.scope}|${c.project ?? ''}|${labelKey(c.subject)}`;
    if (!a.keys.has(c.id) && labelKey(c.subject) === '') continue;
    const first = seen.get(key);
    if (!first) {
      seen.set(key, c);
      continue;
    }
    const x = first.amount!;
    const y = c.amount;
    const differs = strict ? !x.yuan.eq(y.yuan) : !overlaps(amountInterval(a, x), amountInterval(a, y));
    if (!differs || !a.status.has(c.id)) continue;
    out.push({
      claim: c,
      messageId: 'twoAmounts',
      data: { subject: subjectOf(c), first: `${x.raw} ${x.unit}`, firstLine: first.line, second: `${y.raw} ${y.unit}` },
      expected: money(x.yuan, y.scale, y.decimals),
      actual: money(y.yuan, y.scale, y.decimals),
      unit: y.unit,
      against: `the amount stated at line ${first.line}`,
    });
  }
  return out;
}

/** NC013: a claim's implied prior-year figure against last year's tables (--previous). */
export function checkPrevious(a: ClaimAnalysis, previous: Ledger, strict: boolean): Verdict[] {
  return checkPriorFigures(a, (key) => resolve(previous, key), 'previous', strict);
}

/** NC013: a claim's implied prior-year figure against this year's prior-year columns ("上年预算数"). */
export function checkPriorColumns(a: ClaimAnalysis, strict: boolean): Verdict[] {
  return checkPriorFigures(a, (key) => resolvePrior(a.ledger, key, a.year), 'priorColumn', strict);
}

function checkPriorFigures(a: ClaimAnalysis, lookup: (key: string) => Figure | undefined, messageId: string, strict: boolean): Verdict[] {
  const out: Verdict[] = [];
  for (const c of listed(a, 'yoy')) {
    const y = c.yoy;
    const key = a.keys.get(c.id);
    if (!y || !key || !a.figures.has(c.id)) continue;
    if (y.baseKind === 'final' || y.baseKind === 'execution') continue;
    if (y.baseYear !== undefined && a.year !== undefined && y.baseYear !== a.year - 1) continue;
    const last = lookup(key);
    if (!last) continue;
    const lastQ = quantityOfFigure(a, last);
    const n = yoyNumbers(a, c);
    let differs: boolean;
    let implied: Decimal;
    let scale = n?.current.scale ?? last.amount.scale;
    if (n) {
      implied = n.priorValue;
      differs = strict ? !implied.eq(last.amount.value) : !overlaps(n.prior, lastQ.interval);
    } else if (y.percent && y.percentDirection) {
      // Percent only: the stated percent against (current − last) / last.
      const cur = current(a, c);
      if (!cur || last.amount.value.lte(0)) continue;
      const change = y.percentDirection === 'up' ? cur.interval : lastQ.interval;
      const diff = y.percentDirection === 'up' ? { lo: change.lo.minus(lastQ.interval.hi), hi: change.hi.minus(lastQ.interval.lo) } : { lo: lastQ.interval.lo.minus(cur.interval.hi), hi: lastQ.interval.hi.minus(cur.interval.lo) };
      const ratio = percentRatio(diff, lastQ.interval);
      if (!ratio) continue;
      differs = !overlaps(ratio, around(y.percent.value, y.percent.half));
      implied = cur.value;
      scale = cur.scale;
    } else continue;
    if (!differs) continue;
    out.push({
      claim: c,
      messageId,
      data: { subject: subjectOf(c), figure: describe(last), implied: `${money(implied, scale, 2)} ${unitOf(scale)}` },
      expected: money(last.amount.value, scale, 2),
      actual: money(implied, scale, 2),
      difference: money(implied.minus(last.amount.value), scale, 2),
      unit: unitOf(scale),
      against: `${messageId === 'previous' ? 'last year' : 'prior-year column'}: ${describe(last)}`,
    });
  }
  return out;
}
