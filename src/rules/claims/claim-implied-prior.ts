import { type Decimal, ZERO } from '../../decimal.js';
import { resolve } from '../../ledger/figures.js';
import { formatMoney, unitLabel } from '../../ledger/money.js';
import { type Interval, overlaps, sumAll } from '../../ledger/rounding.js';
import { changeAgainstPrior, current, flatTarget, priorOfChange, quantityOfFigure, statementAmounts, yoyNumbers } from '../../narrative/analysis.js';
import type { Claim } from '../../narrative/claims.js';
import { analyseClaims } from '../../narrative/analysis.js';
import { defineRule } from '../types.js';
import { atClaim } from './at-claim.js';

const subjectOf = (c: Claim): string => c.subject || c.project || '(no subject)';

/** A prior-year figure one claim implies, for the figure its key names. */
interface Implied {
  claim: Claim;
  key: string;
  prior: Interval;
  value: Decimal;
  current: Interval;
}

/** A prior-year total as one group of claims implies it. */
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

export default defineRule({
  id: 'NC007',
  name: 'claim-implied-prior',
  severity: 'error',
  requires: [],
  needsNarrative: true,
  doc: {
    what: "The prior-year totals implied by different groups of claims (income items, basic/project, function items, parts of 三公) disagree.",
    why: "Every year-over-year claim implies last year's figure; when the income claims and the expenditure claims imply two different prior totals, at least one change is wrong.",
    bad: "income items imply a prior total 614.59, 基本支出 + 项目支出 imply 624.59",
    good: "510.70 + 72.73 + 31.16 = 335.98 + 278.61 = 614.59",
  },
  messages: {
    disagree: "{family}: the prior year implied by {second} is {secondValue}, by {first} {firstValue} (claims at lines {lines})",
  },
  check(ctx) {
    const a = analyseClaims(ctx.ledger);
    const strict = ctx.strict;
    const priors: Implied[] = [];
    for (const c of a.claims) {
      if (c.kind !== 'yoy') continue;
      const key = a.keys.get(c.id);
      const n = yoyNumbers(a, c);
      if (!key || !n || c.yoy.baseKind === 'final' || c.yoy.baseKind === 'execution') continue;
      if (!a.figures.has(c.id)) continue;
      // A prior stated with a change in one statement is checked against it by NC014, not again here.
      if (priorOfChange(a, c) || changeAgainstPrior(a, c, strict)) continue;
      priors.push({ claim: c, key, prior: n.prior, value: n.priorValue, current: n.current.interval });
    }
    // "与上年预算持平" with no change stated: the prior is the amount itself.
    for (const c of a.claims) {
      if (c.kind !== 'flat' || /^基本/.test(c.flat) || flatTarget(a, c)) continue;
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
    const sumOf = (name: string, items: Implied[], totalKey: string): Derivation | undefined => {
      if (items.length === 0) return undefined;
      // The parts are complete when this year's amounts of the claimed parts make up this year's total.
      const tot = fig(totalKey);
      if (!tot || !overlaps(sumAll(items.map((p) => p.current)), tot)) return undefined;
      return { name, interval: sumAll(items.map((p) => p.prior)), value: items.reduce((v, p) => v.plus(p.value), ZERO), claims: items.map((p) => p.claim), lowerBound: true };
    };
    const direct = (name: string, keys: string[]): Derivation[] =>
      keys.flatMap((k) => byKey(k).map((p) => ({ name: subjectOf(p.claim) === name ? name : `${name} (${subjectOf(p.claim)})`, interval: p.prior, value: p.value, claims: [p.claim] })));
    // Parts that always make up the whole (基本 + 项目, 人员 + 公用, the three 三公 parts, or four with the car's
    // purchase and running costs apart), each stated: a sum, not a bound.
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
          all('its four parts', ['3p:abroad', '3p:reception', '3p:vehicle-purchase', '3p:vehicle-operation'], '3p:total'),
        ],
      },
      {
        name: '一般公共预算基本支出',
        derivations: [...direct('基本支出', ['gpb:basic', 'basic:total']), both('人员经费 + 公用经费', 'basic:personnel', 'basic:public', 'basic:total')],
      },
    ];
    for (const fam of families) {
      const found = fam.derivations.filter((d): d is Derivation => d !== undefined);
      // A bound over the same claims as an exact sum says nothing more, and must not count as a second voice.
      const sameClaims = (x: Derivation, y: Derivation) => x.claims.length === y.claims.length && x.claims.every((c) => y.claims.includes(c));
      const ds = found.filter((d) => !d.lowerBound || !found.some((e) => !e.lowerBound && sameClaims(d, e)));
      if (ds.length < 2) continue;
      const agree = (x: Derivation, y: Derivation) => {
        if (x.lowerBound && y.lowerBound) return true;
        if (x.lowerBound) return strict ? x.value.lte(y.value) : x.interval.lo.lte(y.interval.hi);
        if (y.lowerBound) return strict ? y.value.lte(x.value) : y.interval.lo.lte(x.interval.hi);
        return strict ? x.value.eq(y.value) : overlaps(x.interval, y.interval);
      };
      if (ds.every((d) => ds.every((e) => agree(d, e)))) continue;
      // The odd one out when the others agree among themselves; else, of those that disagree with another, the
      // one stated last (a lower bound that agrees with every other derivation is never the one reported).
      const odd = ds.filter((d) => ds.every((e) => e === d || !agree(d, e)));
      const rest = (d: Derivation) => ds.filter((e) => e !== d);
      let culprit = odd.find((d) => rest(d).length >= 2 && rest(d).every((x) => rest(d).every((y) => agree(x, y))));
      if (!culprit) culprit = ds.filter((d) => ds.some((e) => !agree(d, e))).sort((x, y) => Math.min(...y.claims.map((c) => c.offset)) - Math.min(...x.claims.map((c) => c.offset)))[0];
      const other = ds.find((d) => d !== culprit && !agree(d, culprit!)) ?? ds.find((d) => d !== culprit)!;
      const at = culprit.claims[0];
      const f = a.figures.get(at.id);
      const scale = f?.amount.scale ?? 10000;
      const money = (v: Decimal) => formatMoney(v, scale, 2);
      ctx.report(
        atClaim(at, {
          messageId: 'disagree',
          data: {
            family: fam.name,
            first: other.name,
            firstValue: money(other.value),
            second: culprit.name,
            secondValue: money(culprit.value),
            lines: culprit.claims.map((c) => c.at.line).join(', '),
          },
          expected: money(other.value),
          actual: money(culprit.value),
          difference: money(culprit.value.minus(other.value)),
          unit: unitLabel(scale),
        }),
      );
    }
  },
});
