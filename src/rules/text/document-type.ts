import type { Ledger } from '../../ledger/model.js';
import { defineRule } from '../types.js';
import { placeOf, proseOf, sentenceAround, type Prose } from './prose.js';

export type Level = '单位' | '部门';

/** A table's title that names its level: "单位收支总体情况表", "2026年部门财务收支预算总表". */
const TITLE_LEVEL = /^(?:\d{4}\s*年度?)?\s*(单位|部门)/;
/** A label before the unit's name that names the level: 编制单位, 编制部门 (not 单位名称 or 预算单位, which any package prints). */
const LABEL_LEVEL = /^编制(单位|部门)$/;

/** The package's level by its tables: the level all tables that name one name; undefined when none does or they disagree. */
export function tablesLevel(ledger: Ledger): Level | undefined {
  let level: Level | undefined;
  for (const t of [...ledger.tables.values(), ...ledger.duplicates]) {
    const named = TITLE_LEVEL.exec(t.title.trim())?.[1] ?? (t.unitNameLabel ? LABEL_LEVEL.exec(t.unitNameLabel)?.[1] : undefined);
    if (!named) continue;
    if (level && level !== named) return undefined;
    level = named as Level;
  }
  return level;
}

/** A document's title: "2025年单位预算情况说明", "XX局2024年部门预算" (its level after a year or a name; not "预算单位预算"). */
const TITLE = /(?<!预算)(单位|部门)(?:综合)?(?:预算|决算)/;

/** The level a narrative's own title names: one of its first paragraphs, short and without a sentence's end. */
export function titleLevel(p: Prose): Level | undefined {
  for (let k = 0; k < Math.min(p.count, 4); k++) {
    const start = p.paragraphs[2 * k];
    const end = p.paragraphs[2 * k + 1];
    if (end - start > 60) continue;
    const line = p.text.slice(start, end);
    if (line.includes('。')) continue;
    const m = TITLE.exec(line);
    if (m) return m[1] as Level;
  }
  return undefined;
}

/**
 * The other level's document named in the text: "部门预算" in a 单位 package, "单位预算" in a 部门
 * package. Not the names every package uses: 部门预算经济分类 (the economic classification), a
 * 主管部门's or 上级's budget, 各部门 / 有关部门 (other bodies); 预算单位, 所属单位, 下属单位,
 * 行政单位, 事业单位, 基层单位 and "27家单位" budgets in a 部门 package (its parts), 本单位决算 (a 部门 of one unit
 * speaking of itself) and the scope section that says which units it includes, 单位预算绩效 (预算绩效管理);
 * and the name of a form ("部门决算量化评价表"), which a province may prescribe for both levels. Nor
 * 部门决算 in a 单位 package: final accounts are drawn up on the 部门决算 forms by every unit.
 */
const OTHER: Record<Level, RegExp> = {
  单位: /部门(?<!(?:主管|上级|各|有关|相关|其他|中央)部门)预算(?!(?:支出)?经济分类|[\u4e00-\u9fff]{0,10}表)/g,
  部门: /单位(?<!(?:预算|所属|下属|基层|各|二级|三级|行政|事业|其他|相关|有关|本|[\d一二三四五六七八九十]+[家个])单位)(?:预算|决算)(?!绩效|[\u4e00-\u9fff]{0,10}表)/g,
};

/**
 * The section that says which units a 部门's accounts include ("(四)单位决算说明" / "本单位为一级预算单位,本单位决算
 * 只包含本单位决算,不包括所属单位决算"): a 部门 package's own scope, in words of its units.
 */
const SCOPE = /^说明[\s\S]{0,80}?(一级预算单位|只包含|不包括所属|纳入)/;

/**
 * Whether each of a rising series of offsets lies inside 《…》 (a document's title) within its
 * paragraph: one scan forward, from each asked offset to the next.
 */
function bookTitles(text: string): (at: number) => boolean {
  let at = 0;
  let inside = false;
  return (to: number) => {
    for (; at < to; at++) {
      const c = text.charCodeAt(at);
      if (c === 0x300a) inside = true;
      else if (c === 0x300b || c === 0x0a) inside = false;
    }
    return inside;
  };
}

export default defineRule({
  id: 'TXT003',
  name: 'document-type',
  severity: 'warning',
  requires: [],
  needsNarrative: true,
  doc: {
    what: "The narrative names the other level's document: a 单位 package (its tables 单位…表 or 编制单位) that speaks of its 部门预算, or a 部门 package of its 单位预算. The level is the tables' (their titles, else their 编制单位/编制部门 label); a narrative without tables is judged by its own title.",
    why: 'The text was written from the other level\'s template (or copied from another package): the title, the tables and the text must name the same document.',
    bad: '单位收支总体情况表 … 情况说明: "本部门2024年部门预算收支总额617.53万元"',
    good: '"本单位2024年单位预算收支总额617.53万元"',
  },
  messages: {
    level: 'a {level} package ({basis}) names "{text}": its text is the other level\'s',
  },
  check(ctx) {
    const p = proseOf(ctx.ledger);
    if (!p) return;
    const byTables = tablesLevel(ctx.ledger);
    const level = byTables ?? (ctx.ledger.tables.size === 0 ? titleLevel(p) : undefined);
    if (!level) return;
    const basis = byTables ? 'by its tables' : 'by its title';
    const re = OTHER[level];
    const inBookTitle = bookTitles(p.text);
    re.lastIndex = 0;
    for (let m = re.exec(p.text); m; m = re.exec(p.text)) {
      if (inBookTitle(m.index)) continue;
      if (level === '部门' && SCOPE.test(p.text.slice(m.index + m[0].length, m.index + m[0].length + 90))) continue;
      ctx.report({ messageId: 'level', data: { level, basis, text: m[0] }, place: placeOf(p, m.index), quote: sentenceAround(p.text, m.index), actual: m[0], expected: `${level}${m[0].slice(2)}` });
    }
  },
});
