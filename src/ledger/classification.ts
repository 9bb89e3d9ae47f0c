/**
 * What the classifications say: the function (支出功能分类) and economic (部门预算支出经济分类)
 * classifications' 类 names, which economic classes are 人员经费, and which economic items have a
 * function subject of their own.
 */
import { labelKey } from '../text.js';
import { FORMER_NAMES, FUNCTION_NAMES, OTHER_CLASS_NAMES } from './function-names.js';

/**
 * 类 names of the function and economic classifications, with the earlier names still in use. The
 * function classes' names come from the one name table (function-names.ts): the current name first,
 * then its former names and the other names finance systems print.
 */
export const CLASS_NAMES: Record<string, string[]> = {};
for (const [code, name] of Object.entries(FUNCTION_NAMES)) if (code.length === 3) CLASS_NAMES[code] = [name];
for (const f of FORMER_NAMES) if (f.code.length === 3) CLASS_NAMES[f.code].push(f.name);
for (const [code, names] of Object.entries(OTHER_CLASS_NAMES)) CLASS_NAMES[code].push(...names);
Object.assign(CLASS_NAMES, {
  '301': ['工资福利支出'],
  '302': ['商品和服务支出'],
  '303': ['对个人和家庭的补助'],
  '307': ['债务利息及费用支出'],
  '309': ['资本性支出(基本建设)'],
  '310': ['资本性支出'],
  '311': ['对企业补助(基本建设)'],
  '312': ['对企业补助'],
  '313': ['对社会保障基金补助'],
  '399': ['其他支出'],
});

const BY_NAME = new Map<string, string>();
for (const [code, names] of Object.entries(CLASS_NAMES)) {
  if (code.startsWith('2')) for (const n of names) BY_NAME.set(labelKey(n), code);
}

/** A printed class name without its number ("一、", "1.", "(1)") and "（类）" or "类": "一、一般公共服务支出（类）" → "一般公共服务支出". */
export function bareClassName(name: string): string {
  return labelKey(name).replace(/^([一二三四五六七八九十]+、|\d+[.、]|\(\d+\))/, '').replace(/\(类\)$|(?<=.{2})类$/, '');
}

/** The function class code of a class name printed without its code ("一、一般公共服务支出", "一般公共服务"). */
export function functionClassByName(name: string): string | undefined {
  const key = bareClassName(name);
  return BY_NAME.get(key) ?? BY_NAME.get(`${key}支出`);
}

/** The economic classes of 人员经费 (工资福利支出, 对个人和家庭的补助); the others are 公用经费. */
export const PERSONNEL_CLASSES = new Set(['301', '303']);

/** Economic items that have a dedicated function subject (docs/rules.md, function ↔ economic). */
export interface Pair {
  economic: string[];
  /** Function codes, or prefixes ending in "*" for a whole 款. */
  functions: string[];
  name: string;
}

export const PAIRS: Pair[] = [
  { economic: ['30108'], functions: ['2080505'], name: '机关事业单位基本养老保险缴费' },
  { economic: ['30109'], functions: ['2080506'], name: '职业年金缴费' },
  { economic: ['30110', '30111'], functions: ['21011*'], name: '职工基本医疗保险缴费 / 公务员医疗补助缴费 (行政事业单位医疗)' },
  { economic: ['30113'], functions: ['2210201'], name: '住房公积金' },
];

export function matchesFunction(code: string, functions: string[]): boolean {
  return functions.some((f) => (f.endsWith('*') ? code.startsWith(f.slice(0, -1)) && code.length === 7 : code === f));
}

/** Whether any of the codes matches one of the function codes. */
export function anyMatches(codes: Set<string>, functions: string[]): boolean {
  return functions.some((f) => (f.endsWith('*') ? [...codes].some((c) => matchesFunction(c, [f])) : codes.has(f)));
}
