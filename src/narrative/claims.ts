/**
 * The typed claims of a narrative (情况说明): what was stated, about what, and where. A claim is a
 * union discriminated on its kind: the type says what each kind carries. The reader knows words, not
 * the ledger: which figure a claim speaks of is decided later (narrative/link.ts).
 */
import type { Decimal } from '../decimal.js';
import type { Normalised } from './normalise.js';

/** A 1-based line and column (UTF-16 code units) in the original file. */
export interface Position {
  line: number;
  column: number;
}

/** A printed number: "1,000.00" → 1000.00 with 2 decimals. */
export interface StatedNumber {
  readonly value: Decimal;
  decimals: number;
  raw: string;
  /** The printed digits as an integer (value × 10^decimals), when it is a safe one: for exact comparisons without Decimal. */
  readonly units?: number;
}

export type StatedUnit = '元' | '万元' | '亿元';

/** A printed amount of money. */
export interface StatedAmount extends StatedNumber {
  unit: StatedUnit;
  /** 元 per printed unit. */
  scale: number;
  /** The value in 元. */
  readonly yuan: Decimal;
  /** Rounding half-width in 元 (half a unit of the last printed decimal). */
  readonly half: Decimal;
}

/** A printed percentage: value in percent ("78.63" for 78.63%), half-width in percent points. */
export interface StatedPercent extends StatedNumber {
  readonly half: Decimal;
}

export type Direction = 'up' | 'down';

/** What a year-over-year change is measured against. */
export type BaseKind = 'budget' | 'execution' | 'final' | 'unspecified';

export interface YearOverYear {
  /** The stated change amount ("减少 25.16 万元"), when given. */
  change?: StatedAmount;
  /** The word before the amount: 增加, 减少 … */
  changeWord?: string;
  changeDirection?: Direction;
  /** The stated percent ("下降 4.93%"), when given. */
  percent?: StatedPercent;
  percentWord?: string;
  percentDirection?: Direction;
  /** A prior-year amount stated outright ("上年预算数为 62.23 万元"). */
  prior?: StatedAmount;
  /** The comparison base as printed: "上年预算", "上年预算执行数", "上年决算", "2023年预算", "上年". */
  base: string;
  baseKind: BaseKind;
  /** A named base year ("比2023年预算"). */
  baseYear?: number;
}

export interface Share {
  percent: StatedPercent;
  /** The denominator named in the phrase ("一般公共预算支出" in "占一般公共预算支出的 92.61%"). */
  denominator?: string;
  /** The enclosing paragraph's total ("收入预算 617.53 万元，其中：…"), by claim id. */
  contextTotal?: number;
}

export interface ListPart {
  label: string;
  amount?: StatedAmount;
  count?: number;
  /** The claim that states the part (an amount or count claim), when there is one. */
  claim?: number;
}

export interface ClaimList {
  total: { label: string; amount?: StatedAmount; count?: number; claim?: number };
  parts: ListPart[];
  /** "eq": the parts make up the total (a known complete family); "le": a partial 其中 list. */
  relation: 'eq' | 'le';
  /** Which complete family the parts form ("三公", "政府采购", "资金分配" …). */
  family?: string;
}

/** Whose money a section speaks of, from its headings: which tables its subjects refer to. */
export type Scope =
  | 'unit'
  | 'income'
  | 'expenditure'
  | 'fin'
  | 'gpb'
  | 'gpb-basic'
  | 'gpb-project'
  | 'gfb'
  | 'soc'
  | 'three-public'
  | 'other';

export interface CodeHints {
  /** The names printed before （类）, （款）, （项）. */
  class?: string;
  section?: string;
  item?: string;
  /** The codes printed with them: "（204类）", "（06款）", "（01项）" ("204", "06", "01"). */
  classCode?: string;
  sectionCode?: string;
  itemCode?: string;
  /** A whole function code printed in brackets after the name ("行政运行（2040601）"): it decides. */
  bracketCode?: string;
  /** A function code printed before the name ("2010301行政运行"), and that name. */
  code?: string;
  codeName?: string;
}

/** What every claim carries: where it is, what it is about, in which section. */
export interface ClaimBase {
  /** Index in the claim list. */
  id: number;
  file: string;
  /** 1-based line and column in the original file where the claim's statement starts. */
  line: number;
  column: number;
  /** Where the claim's own figure (the amount, "占", the change, the year …) is printed. */
  at: Position;
  /** Offset of the statement start in the normalised text. */
  offset: number;
  /** The sentence (normalised) that holds the claim, and where it starts in the normalised text. */
  sentence: string;
  sentenceOffset: number;
  /** The claim's own text (normalised), from its subject to its last figure. */
  text: string;
  /** The statement this claim belongs to: claims of one statement share a subject. */
  statement: number;
  /** What the claim is about, as printed (cleaned of enumerators, years and the unit's name). */
  subject: string;
  hints: CodeHints;
  scope: Scope;
  /** The heading of the enclosing section. */
  section: string;
  /** The numbered paragraph ("1.", "2、") it stands in below its section, when it stands in one. */
  subsection?: string;
  /** The project of the enclosing 项目名称 paragraph. */
  project?: string;
  /** Stated "分别" (respectively) for several subjects at once, and not paired with one of them: never linked. */
  respectively?: boolean;
  /** The list claim this amount or count is the total or a part of. */
  inList?: number;
}

/**
 * Which figure of final accounts (决算) a statement gives: its budget ("年初预算为…", "支出预算为…"), its
 * adjusted budget ("调整预算数为…"); absent: what was spent or received (决算数), as every budget's figure is its own.
 */
export type Measure = 'budget' | 'adjusted';

export interface AmountClaim extends ClaimBase {
  kind: 'amount';
  amount: StatedAmount;
  /** Final accounts: an amount stated as the budget ("年初预算为22.00万元"), not as what was spent. */
  measure?: Measure;
  /** A count stated with the amount in its statement ("项目 5 个，涉及资金 164.40 万元"). */
  count?: { value: number; unit: string };
  /** The year printed nearest before the amount in its head ("2023年收入预算"): an earlier year's figure is never linked. */
  headYear?: number;
  /** An amount stated as the 预算安排规模 of a project. */
  projectScale?: boolean;
}

export interface ShareClaim extends ClaimBase {
  kind: 'share';
  /** The statement's amount, when stated. */
  amount?: StatedAmount;
  share: Share;
}

export interface YoyClaim extends ClaimBase {
  kind: 'yoy';
  amount?: StatedAmount;
  yoy: YearOverYear;
  /** Where the percent is printed. */
  percentAt?: Position;
  /** Stated after a list's last part in the sentence that opened the list: it may speak of the list's total (this claim id) instead. */
  ofList?: number;
}

export interface FlatClaim extends ClaimBase {
  kind: 'flat';
  amount?: StatedAmount;
  /** "持平", "无变化" … */
  flat: string;
}

export interface ListClaim extends ClaimBase {
  kind: 'list';
  list: ClaimList;
}

export interface CountClaim extends ClaimBase {
  kind: 'count';
  count: { value: number; unit: string };
}

export interface PlaceholderClaim extends ClaimBase {
  kind: 'placeholder';
  /** The text left unfilled: "XX万元", "主要原因是。". */
  placeholder: string;
}

/**
 * A completion rate of final accounts (决算): "支出决算为62.07万元，完成全年预算84.82万元的73.2%",
 * "支出预算为5.92万元，支出决算为3.58万元，完成预算的59.5%", "为调整预算的101.9%": the percent is
 * actual / budget.
 */
export interface CompletionClaim extends ClaimBase {
  kind: 'completion';
  percent: StatedPercent;
  /** The budget: stated in the phrase ("完成全年预算84.82万元的…"), or before it in the sentence ("支出预算为5.92万元"). */
  budget?: StatedAmount;
  /** What was spent or received: the amount stated as 决算 before it in the sentence, else the statement's amount. */
  actual?: StatedAmount;
  /** The budget the rate is of: the adjusted one ("为调整预算数的101.9%"), else the budget (年初预算). */
  of?: Measure;
}

/**
 * Final accounts comparing what was spent with the budget: "决算数大于预算数", "支出决算小于预算数的主要原因是…",
 * "决算数等于预算数"; the rules require a reason wherever the two differ.
 */
export interface VersusClaim extends ClaimBase {
  kind: 'versus';
  /** 决算 greater than, less than, or equal to the budget, as stated. */
  relation: 'gt' | 'lt' | 'eq';
  /** The words as printed ("大于"). */
  word: string;
  /** The budget it is compared with: the adjusted one ("调整预算数"), else the budget. */
  of?: Measure;
  /** A difference stated with it ("决算数大于预算数55.93万元"). */
  difference?: StatedAmount;
  /** The budget and what was spent, as the sentence states them, when it does. */
  budget?: StatedAmount;
  actual?: StatedAmount;
  /** The reason given for a difference ("主要原因是…"), as printed; undefined when none is given. */
  reason?: string;
}

/** A named comparison year ("比2024年预算"), with the comparison it names. */
export interface YearClaim extends ClaimBase {
  kind: 'year';
  year: number;
  /** The year the statement's own figure is of, when its head names one ("2022年度“三公”经费预算较2021年度…"). */
  statementYear?: number;
  yoy: YearOverYear;
}

export type Claim = AmountClaim | ShareClaim | YoyClaim | FlatClaim | ListClaim | CountClaim | PlaceholderClaim | YearClaim | CompletionClaim | VersusClaim;

/** What the reader makes of a narrative. */
export interface ReadNarrative {
  file: string;
  claims: Claim[];
  /** A budget (预算) or final accounts (决算), from the narrative's title. */
  kind: 'budget' | 'final';
  /** The budget year the text speaks of: its first "YYYY 年（度）（单位/部门）预算". */
  year?: number;
  /** The text as the reader normalised it (for the rules that read the text itself). */
  normalised?: Normalised;
}
