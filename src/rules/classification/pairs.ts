/** Economic items that have a dedicated function subject (RULES.md C). */
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
