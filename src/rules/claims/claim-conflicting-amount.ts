import { formatMoney } from '../../ledger/money.js';
import { overlaps } from '../../ledger/rounding.js';
import { amountInterval } from '../../narrative/analysis.js';
import type { AmountClaim, Claim } from '../../narrative/claims.js';
import { labelKey } from '../../text.js';
import { analyseClaims } from '../../narrative/analysis.js';
import { defineRule } from '../types.js';
import { atClaim } from './at-claim.js';

const subjectOf = (c: Claim): string => c.subject || c.project || '(no subject)';

/** The total of the list an amount is a part of (not the total itself), else ''. */
function listTotal(a: ReturnType<typeof analyseClaims>, c: AmountClaim): string {
  const list = c.inList !== undefined ? a.all[c.inList] : undefined;
  return list?.kind === 'list' && list.list.total.claim !== c.id ? list.list.total.label : '';
}

/** A subject of its own: two characters of words at least, its brackets closed, not a change or a completion ("同比增收", "完成预算"). */
function ownSubject(subject: string): boolean {
  if (!/[\u4e00-\u9fff]{2}/.test(subject)) return false;
  if ((subject.match(/\(/g)?.length ?? 0) !== (subject.match(/\)/g)?.length ?? 0)) return false;
  return !/^(同比|比上年|较上年|与上年|完成|实际)|(增收|减收|增支|减支)$/.test(subject);
}

export default defineRule({
  id: 'NC012',
  name: 'claim-conflicting-amount',
  severity: 'warning',
  requires: [],
  needsNarrative: true,
  doc: {
    what: "One item stated with two different amounts in the narrative.",
    why: "When the text gives two figures for one item, at most one of them is right.",
    bad: "基本支出 321.14 万元 … 基本支出 312.14 万元",
    good: "基本支出 321.14 万元 … 基本支出 321.14 万元",
  },
  messages: {
    twoAmounts: "{subject} is stated as {second} here and as {first} at line {firstLine}",
  },
  check(ctx) {
    const a = analyseClaims(ctx.ledger);
    const seen = new Map<string, AmountClaim>();
    for (const c of a.all) {
      if (c.kind !== 'amount' || a.earlier.has(c.id) || c.respectively) continue;
      // A subject linked to a figure is that figure wherever it is named. One that is not is only the
      // same item where its words mean the same: in the same (numbered) section, as the same list's part
      // ("机构运行…，其中：基本支出…" is not the unit's 基本支出), and named by a subject of its own.
      const subject = labelKey(c.subject);
      const figure = a.figures.get(c.id);
      // Final accounts: an item's budget ("预算为5.92万元") and what was spent ("决算为3.58万元") are two figures.
      const key = `${c.measure ?? ''}#${figure ? figure.key : `${c.scope}|${c.project ?? ''}|${c.section}|${c.subsection ?? ''}|${listTotal(a, c)}|${subject}`}`;
      if (!figure && !ownSubject(subject)) continue;
      const first = seen.get(key);
      if (!first) {
        seen.set(key, c);
        continue;
      }
      const x = first.amount;
      const y = c.amount;
      const differs = ctx.strict ? !x.yuan.eq(y.yuan) : !overlaps(amountInterval(a, x), amountInterval(a, y));
      if (!differs || !a.status.has(c.id)) continue;
      ctx.report(
        atClaim(c, {
          messageId: 'twoAmounts',
          data: { subject: subjectOf(c), first: `${x.raw} ${x.unit}`, firstLine: first.line, second: `${y.raw} ${y.unit}` },
          expected: formatMoney(x.yuan, y.scale, y.decimals),
          actual: formatMoney(y.yuan, y.scale, y.decimals),
          unit: y.unit,
          against: `the amount stated at line ${first.line}`,
        }),
      );
    }
  },
});
