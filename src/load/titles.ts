/** Tables are recognised by their title inside the file, whatever the file is called. */
import type { TableKind } from '../ledger/model.js';
import { labelKey } from '../text.js';

/** Most specific first. Matched against the title without spaces, quotes, year or unit prefix. */
const PATTERNS: [TableKind, RegExp][] = [
  ['carryover', /上年结转结余.*表/],
  ['three-public', /三公/],
  ['gpb-basic', /一般公共预算(财政拨款|拨款)?基本支出|基本支出(部门预算)?经济分类/],
  ['gpb-project', /一般公共预算(财政拨款|拨款)?项目支出|^(?!.*(政府性基金|国有资本)).*项目支出(情况|预算|决算)?(明细)?表$/],
  // Final accounts (决算) print the fund tables as "…财政拨款收入支出决算表" (年初结转和结余, 本年收入, 本年支出, 年末结转和结余).
  ['gpb', /一般公共预算(财政拨款|拨款)?(收入)?支出/],
  ['gfb', /政府性基金(预算)?(财政拨款)?(收入)?支出/],
  ['soc', /国有资本经营(预算)?(财政拨款)?(收入)?支出/],
  ['appropriation', /财政拨款收支|财政拨款收入支出(决算)?(总)?表/],
  ['summary', /收支总(体情况)?表|收支预算总表|收支总体|^(部门|单位)?收入支出决算(总)?表/],
  // "财政拨款支出预算表": the appropriation's spending alone, not the unit's (a table the checks do not use).
  ['income', /^(?!.*财政拨款).*(收入(总体情况|预算总|总|预算|决算)表|收入总体)/],
  ['expenditure', /^(?!.*财政拨款).*(支出(总体情况|预算总|总|预算|决算)表|支出总体)/],
];

/**
 * Tables of final accounts that no rule reads, though their titles hold a known one's words: the
 * appropriation's spending by economic item ("一般公共预算财政拨款支出决算明细表", "财政拨款支出决算明细表").
 */
const FINAL_OTHER = /支出决算明细表$/;

/** Titles of tables that exist in some provinces and that the checks do not use. */
const KNOWN_OTHER = /政府采购|绩效目标|机关运行经费|经济分类汇总|国有资产|项目支出绩效|整体绩效|部门预算公开表目录|财政拨款(收入|支出)/;
const ENDS_TABLE = /表\)?$/;
const NOTE = /^(备注|注)[:：]/;
const EMPTY = /为空表/;
const YEAR_PREFIX = /^.*?\d{4}年度?/;
const PERFORMANCE = /绩效/;

/** Whether a title is of final accounts (决算): "2024年度收入支出决算总表". */
export function isFinalTitle(title: string): boolean {
  return /决算/.test(title);
}

export type Recognised = { kind: TableKind } | { other: string } | null;

/** A unit, a year or a classification printed after the title in brackets: "…情况表（单位：万元）", "…总表(2024年)", "…预算表（按功能科目）". */
const TRAILING_NOTE = /\((?:(?:金额)?单位[:]?)?(?:亿元|万元|千元|元)\)$|\(\d{4}年度?\)$|\(按[^()]{1,12}\)$/;

export function recogniseTitle(cell: string): Recognised {
  const key = labelKey(cell).replace(TRAILING_NOTE, '');
  if (key.length < 4 || key.length > 60 || !key.endsWith('表') && !ENDS_TABLE.test(key)) return null;
  if (NOTE.test(key) || EMPTY.test(key)) return null;
  const title = key.replace(YEAR_PREFIX, '');
  if (FINAL_OTHER.test(title) && !/基本支出/.test(title)) return { other: cell.trim() };
  for (const [kind, re] of PATTERNS) {
    if (re.test(title) && !PERFORMANCE.test(title)) return { kind };
  }
  if (KNOWN_OTHER.test(title)) return { other: cell.trim() };
  return null;
}
