/** Tables are recognised by their title inside the file, whatever the file is called. */
import type { TableKind } from '../ledger/model.js';
import { labelKey } from '../text.js';

/** Most specific first. Matched against the title without spaces, quotes, year or unit prefix. */
const PATTERNS: [TableKind, RegExp][] = [
  ['carryover', /上年结转结余.*表/],
  ['three-public', /三公/],
  ['gpb-basic', /一般公共预算(财政拨款|拨款)?基本支出|基本支出(部门预算)?经济分类/],
  ['gpb-project', /一般公共预算(财政拨款|拨款)?项目支出|^(?!.*(政府性基金|国有资本)).*项目支出(情况|预算)?(明细)?表$/],
  ['gpb', /一般公共预算(财政拨款|拨款)?支出/],
  ['gfb', /政府性基金(预算)?(财政拨款)?支出/],
  ['soc', /国有资本经营(预算)?(财政拨款)?支出/],
  ['appropriation', /财政拨款收支/],
  ['summary', /收支总(体情况)?表|收支预算总表|收支总体/],
  // "财政拨款支出预算表": the appropriation's spending alone, not the unit's (a table the checks do not use).
  ['income', /^(?!.*财政拨款).*(收入(总体情况|预算总|总|预算)表|收入总体)/],
  ['expenditure', /^(?!.*财政拨款).*(支出(总体情况|预算总|总|预算)表|支出总体)/],
];

/** Titles of tables that exist in some provinces and that the checks do not use. */
const KNOWN_OTHER = /政府采购|绩效目标|机关运行经费|经济分类汇总|国有资产|项目支出绩效|整体绩效|部门预算公开表目录|财政拨款(收入|支出)/;
const ENDS_TABLE = /表\)?$/;
const NOTE = /^(备注|注)[:：]/;
const EMPTY = /为空表/;
const YEAR_PREFIX = /^.*?\d{4}年度?/;
const PERFORMANCE = /绩效/;

export type Recognised = { kind: TableKind } | { other: string } | null;

/** A unit, a year or a classification printed after the title in brackets: "…情况表（单位：万元）", "…总表(2024年)", "…预算表（按功能科目）". */
const TRAILING_NOTE = /\((?:(?:金额)?单位[:]?)?(?:亿元|万元|千元|元)\)$|\(\d{4}年度?\)$|\(按[^()]{1,12}\)$/;

export function recogniseTitle(cell: string): Recognised {
  const key = labelKey(cell).replace(TRAILING_NOTE, '');
  if (key.length < 4 || key.length > 60 || !key.endsWith('表') && !ENDS_TABLE.test(key)) return null;
  if (NOTE.test(key) || EMPTY.test(key)) return null;
  const title = key.replace(YEAR_PREFIX, '');
  for (const [kind, re] of PATTERNS) {
    if (re.test(title) && !PERFORMANCE.test(title)) return { kind };
  }
  if (KNOWN_OTHER.test(title)) return { other: cell.trim() };
  return null;
}
