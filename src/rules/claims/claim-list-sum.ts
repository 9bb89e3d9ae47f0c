import { type Decimal, ZERO } from '../../decimal.js';
import { formatMoney, unitLabel } from '../../ledger/money.js';
import { type Interval, overlaps, sumAll } from '../../ledger/rounding.js';
import { amountInterval, type ClaimAnalysis, listRelation } from '../../narrative/analysis.js';
import type { ListClaim, StatedAmount } from '../../narrative/claims.js';
import { PEOPLE_UNITS } from '../../narrative/lexicon.js';
import { analyseClaims } from '../../narrative/analysis.js';
import { defineRule, type RuleContext } from '../types.js';
import { atClaim } from './at-claim.js';

/** A part that counts retired staff (离退休, 退休, 离休; in traditional characters too). */
const RETIRED = /^(离|離)?退休|^(离|離)休/;
const RETIRED_ANYWHERE = /退休|离休|離休/;
/** A count of the people there are (实有人数, 实有人员), not of posts. */
const HEADCOUNT = /^(实有|實有|现有|現有)/;

/** Whether the first parts (two at least) add up to a count of people stated in the text just before the list's total (in its section, within a paragraph's length). */
function madeUpBefore(a: ClaimAnalysis, list: ListClaim, counts: number[]): boolean {
  if (!peopleList(a, list)) return false;
  const total = a.all[list.list.total.claim!];
  const before = new Set<number>();
  for (let i = total.id - 1; i >= 0; i--) {
    const x = a.all[i];
    if (x.section !== total.section || total.offset - x.offset > 300) break;
    if (x.kind === 'count' && PEOPLE_UNITS.has(x.count.unit)) before.add(x.count.value);
  }
  let sum = 0;
  for (let k = 0; k < counts.length - 1; k++) {
    sum += counts[k];
    if (k >= 1 && before.has(sum)) return true;
  }
  return false;
}

/** The change in money stated with a claim's amount, signed (up +, down −), as printed and as an interval, with what it is against. */
function changeWith(a: ClaimAnalysis, id: number | undefined): { value: Decimal; interval: Interval; raw: string; change: StatedAmount; base: string } | undefined {
  const x = id !== undefined ? a.all[id] : undefined;
  if (!x) return undefined;
  for (let i = x.id + 1; i < a.all.length && i <= x.id + 8; i++) {
    const y = a.all[i];
    if (y.statement !== x.statement) continue;
    if (y.kind !== 'yoy' || !y.yoy.change || y.respectively || (!y.yoy.changeDirection && !y.yoy.change.yuan.isZero())) continue;
    const change = y.yoy.change;
    const iv = amountInterval(a, change);
    const up = y.yoy.changeDirection !== 'down';
    const base = `${y.yoy.baseKind} ${y.yoy.baseYear ?? ''}`;
    return { value: up ? change.yuan : change.yuan.neg(), interval: up ? iv : { lo: iv.hi.neg(), hi: iv.lo.neg() }, raw: `${up ? '+' : '−'}${change.raw}`, change, base };
  }
  return undefined;
}

/**
 * A complete list whose total and every part each state their change ("支出756.20万元,比2022年增加55.87万元。其中:基本支出
 * 756.20万元,比2022年增加55.87万元;项目支出0万元,比2022年减少2.16万元"): the parts' changes make up the total's.
 */
function checkChanges(ctx: RuleContext<'sum' | 'exceeds' | 'changes'>, a: ClaimAnalysis, c: ListClaim, parts: ListClaim['list']['parts']): void {
  const total = changeWith(a, c.list.total.claim);
  if (!total) return;
  const changes = parts.map((p) => changeWith(a, p.claim));
  // (Each against the same kind of figure as the total's: "与上年预算执行数相比" and "比上年决算数" beside "与2023年预算相比" do not add up.)
  if (changes.some((x) => !x || x.base !== total.base)) return;
  const all = changes as NonNullable<(typeof changes)[number]>[];
  const sum = sumAll(all.map((x) => x.interval));
  const exact = all.reduce((v, x) => v.plus(x.value), ZERO);
  if (ctx.strict ? exact.eq(total.value) : overlaps(sum, total.interval)) return;
  const t = total.change;
  ctx.report(
    atClaim(c, {
      messageId: 'changes',
      data: { total: c.list.total.label, parts: parts.map((p, k) => `${p.label} ${all[k].raw}`).join(', '), family: c.list.family ?? '' },
      expected: formatMoney(exact, t.scale, t.decimals),
      actual: formatMoney(total.value, t.scale, t.decimals),
      difference: formatMoney(total.value.minus(exact), t.scale, t.decimals),
      unit: unitLabel(t.scale),
    }),
  );
}

/**
 * A subtotal among the parts and its own breakdown after it ("实有人数8人,其中:在职人数小计8人,行政在职人数3人,事业单位
 * 在职人数5人"): the parts after the subtotal that make it up exactly are inside it, not beside it.
 */
function withoutSubtotalBreakdowns(parts: ListClaim['list']['parts']): ListClaim['list']['parts'] {
  const out: ListClaim['list']['parts'] = [];
  for (let k = 0; k < parts.length; k++) {
    out.push(parts[k]);
    if (!/小计|合计/.test(parts[k].label) || parts[k].count === undefined) continue;
    let sum = 0;
    let j = k + 1;
    while (j < parts.length && sum < parts[k].count!) sum += parts[j++].count ?? 0;
    if (sum === parts[k].count && j > k + 1) k = j - 1;
  }
  return out;
}

/** A list whose total counts people (人, 名), not names or things. */
function peopleList(a: ClaimAnalysis, list: ListClaim): boolean {
  const total = list.list.total.claim !== undefined ? a.all[list.list.total.claim] : undefined;
  return total?.kind === 'count' && PEOPLE_UNITS.has(total.count.unit) && list.list.family !== '名称';
}

/** The first parts (two at least) make up the total exactly, and each part after them with people in it is named otherwise (another ending than theirs). */
function madeUpThenOthers(parts: ListClaim['list']['parts'], total: number): boolean {
  let sum = 0;
  for (let k = 0; k < parts.length - 1; k++) {
    sum += parts[k].count ?? 0;
    if (k < 1 || sum !== total) continue;
    const endings = new Set(parts.slice(0, k + 1).map((p) => p.label.slice(-2)));
    return parts.slice(k + 1).every((p) => !p.count || !endings.has(p.label.slice(-2)));
  }
  return false;
}

export default defineRule({
  id: 'NC008',
  name: 'claim-list-sum',
  severity: 'error',
  requires: [],
  needsNarrative: true,
  doc: {
    what: "A list (其中：…, 资金分配情况) does not add up to its stated total; or, where the total and every part of a complete list state their change, the parts' changes do not add up to the total's.",
    why: "Parts that do not make up their total mean one of them, or the total, is wrong.",
    bad: "政府采购预算 163.00 万元，其中：货物 14.38 万元，工程 1.60 万元，服务 146.02 万元",
    good: "政府采购预算 163.00 万元，其中：货物 14.38 万元，工程 1.60 万元，服务 147.02 万元",
  },
  messages: {
    sum: "{total} is {actual}; its parts {parts} add up to {expected}",
    exceeds: "{total} is {actual}; its parts {parts} add up to more ({expected})",
    changes: "{total} changed by {actual}; its parts' changes {parts} add up to {expected}",
  },
  check(ctx) {
    const a = analyseClaims(ctx.ledger);
    const strict = ctx.strict;
    for (const c of a.claims) {
      if (c.kind !== 'list') continue;
      const l = c.list;
      if (l.total.amount) {
        const parts = l.parts.filter((p) => p.amount);
        if (parts.length === 0) continue;
        const sum = sumAll(parts.map((p) => amountInterval(a, p.amount!)));
        const exactSum = parts.reduce((v, p) => v.plus(p.amount!.yuan), ZERO);
        const total = amountInterval(a, l.total.amount);
        const t = l.total.amount;
        const relation = listRelation(a, c);
        const bad = relation === 'eq' ? (strict ? !exactSum.eq(t.yuan) : !overlaps(sum, total)) : strict ? exactSum.gt(t.yuan) : sum.lo.gt(total.hi);
        if (!bad) {
          if (relation === 'eq') checkChanges(ctx, a, c, parts);
          continue;
        }
        ctx.report(
          atClaim(c, {
            messageId: relation === 'eq' ? 'sum' : 'exceeds',
            data: { total: l.total.label, parts: parts.map((p) => `${p.label} ${p.amount!.raw}${p.amount!.unit === t.unit ? '' : ` ${p.amount!.unit}`}`).join(' + '), family: l.family ?? '' },
            expected: formatMoney(exactSum, t.scale, t.decimals),
            actual: formatMoney(t.yuan, t.scale, t.decimals),
            difference: formatMoney(t.yuan.minus(exactSum), t.scale, t.decimals),
            unit: unitLabel(t.scale),
          }),
        );
      } else if (l.total.count !== undefined) {
        // A headcount after a breakdown of posts ("行政编制15名,其中:公务员编制15名,无工勤人员编制,实有人数13名"): the
        // people in post, not one more kind of post.
        const establishment = /编制/.test(l.total.label);
        const parts = withoutSubtotalBreakdowns(l.parts.filter((p) => p.count !== undefined && !(establishment && HEADCOUNT.test(p.label) && !/编/.test(p.label))));
        const s = parts.reduce((v, p) => v + (p.count ?? 0), 0);
        if (l.relation === 'eq' ? s === l.total.count : s <= l.total.count) continue;
        // Retired staff named after the posts ("实际正式教职工62人，其中副高级职称4人，…，中级工1人，退休职工28人"; "实有人员:
        // 53人,其中财政供养在职人员53人,离退休人员13人"): people out of post, whom a total of staff in post leaves out. Where
        // the posts make up the total exactly, that is the reading (where they do not, "在职36人，离退休50人" of 86, the
        // total is of all).
        let inPost = parts.length;
        while (inPost > 0 && RETIRED.test(parts[inPost - 1].label)) inPost--;
        const posts = parts.slice(0, inPost);
        if (inPost < parts.length && inPost > 0 && !RETIRED_ANYWHERE.test(l.total.label) && posts.reduce((v, p) => v + (p.count ?? 0), 0) === l.total.count) continue;
        // People counted by several things after the last count of a paragraph ("实有职工50人,…;离退休人员23人,比上年同期
        // 减少1人;其中大学本科22人,专科21人,中专及高中以下7人,具有副高级职称3人,…"): where the first parts make up a count
        // stated just before exactly, the breakdown is that count's, by one attribute and then another; no sum to check.
        if (madeUpBefore(a, c, parts.map((p) => p.count ?? 0))) continue;
        // Other people counted after the staff who make up the total ("年末实有人数151人,其中在职人员100人,离休人员0人,
        // 退休人员51人;年末其他人员0人;年末学生人数929人"): another quantity, not named as the parts are.
        if (peopleList(a, c) && madeUpThenOthers(parts, l.total.count)) continue;
        ctx.report(
          atClaim(c, {
            messageId: l.relation === 'eq' ? 'sum' : 'exceeds',
            data: { total: l.total.label, parts: parts.map((p) => `${p.label} ${p.count}`).join(' + '), family: l.family ?? '' },
            expected: String(s),
            actual: String(l.total.count),
            difference: String(l.total.count - s),
          }),
        );
      }
    }
  },
});
