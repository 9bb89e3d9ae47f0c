/**
 * The typed ledger: one unit's disclosure package as loaded from its CSV files and narrative.
 * Money is Decimal throughout, normalised to 元; every figure keeps where it was printed and
 * how precisely, so that the rounding model can tell an error from a rounding artefact.
 */
import type { Decimal } from '../decimal.js';

export type TableKind =
  | 'summary'
  | 'income'
  | 'expenditure'
  | 'appropriation'
  | 'gpb'
  | 'gpb-basic'
  | 'gpb-project'
  | 'gfb'
  | 'soc'
  | 'three-public'
  | 'carryover';

/** Where something was printed: file relative to the unit directory, 1-based physical line and column. */
export type MoneyUnit = '元' | '千元' | '万元' | '亿元';

/** 元 per printed unit. */
export const UNIT_SCALE: Record<MoneyUnit, number> = { 元: 1, 千元: 1000, 万元: 10000, 亿元: 100000000 };


export interface Place {
  file: string;
  line: number;
  column?: number;
  /** A workbook's sheet, and the cell's reference in it ("E9"): `line` is then the sheet's row, `column` its column number. */
  sheet?: string;
  cell?: string;
  /** A PDF's page (1-based): `line` is then the line on that page. */
  page?: number;
}

/**
 * A printed amount. `value` and `half` are in 元. The true value lies in [value − half, value + half]:
 * `half` is half a unit of the last printed decimal; 0 for an empty cell or "-" (an exact zero:
 * nothing was printed, so nothing was rounded).
 */
export interface Amount {
  value: Decimal;
  half: Decimal;
  decimals: number;
  /** 元 per printed unit: 1 for 元, 10000 for 万元. */
  scale: number;
  raw: string;
  /**
   * The same value as an exact integer when it is one: `value` = units × scale ÷ 10^decimals.
   * Absent when the figure has too many digits for a safe integer, or was not worked out.
   */
  units?: number;
}

/** A cell of an amount column. `amount` is null when the text is not an amount (reported by a rule). */
export interface Cell extends Place {
  amount: Amount | null;
  raw: string;
}

export interface Column {
  /** 0-based index in the CSV record. */
  index: number;
  /** Header texts from the top header row down, merged cells flattened. */
  path: string[];
  /** Canonical key (see load/columns.ts), e.g. "total", "basic", "basic/personnel", "fin/gpb". */
  key: string;
  label: string;
  role: 'code' | 'name' | 'project' | 'amount' | 'text';
}

export type Level = 'class' | 'section' | 'item';

export interface Row extends Place {
  /** Normalised code without separators: "201", "20103", "2010301"; economic "301", "30101". */
  code?: string;
  level?: Level;
  /** Subject or item name, indentation removed. */
  name: string;
  /** Project name (project and carry-over tables). */
  project?: string;
  /** A 合计/总计 row. */
  isTotal: boolean;
  /** Which side of a two-sided table. */
  side?: 'income' | 'expenditure';
  /** Amount cells by column key. */
  cells: Map<string, Cell>;
  /** Where the code was printed (for code findings). */
  codePlace?: Place;
  /** Why the printed code is not a valid code (then `code` is unset). */
  codeProblem?: string;
  /** Canonical item of a label-identified row (two-sided and 三公 tables): "gpb", "unit-funds", "total", "reception" … */
  item?: string;
  /** Two-sided tables: 0 for "一、" sections, 1 for numbered items, 2 for "其中" lines. */
  depth?: number;
}

export interface Note extends Place {
  text: string;
}

export interface Table {
  kind: TableKind;
  file: string;
  title: string;
  titleLine: number;
  /** 编制单位 / 编制部门 as printed. */
  unitName?: string;
  /** The label printed before it: "编制单位", "编制部门", "单位名称" … */
  unitNameLabel?: string;
  unitNamePlace?: Place;
  year?: number;
  /** Printed money unit. */
  unitLabel: MoneyUnit;
  scale: number;
  columns: Column[];
  rows: Row[];
  /** 备注/注 rows. */
  notes: Note[];
  /** Which classification the codes follow. */
  classification: 'function' | 'economic' | 'none';
  encoding: string;
  /**
   * A table of final accounts (决算): its title names 决算. Its columns are keyed as such (load/columns.ts):
   * 决算数 is its own figure ("total"), 预算数 / 年初预算数 "budget", 调整预算数 "adjusted", 年初结转和结余
   * "opening", 本年收入 "revenue", 年末结转和结余 "closing".
   */
  final?: boolean;
  /** The records the table was built from, as printed, when the loader was asked to keep them (LoadOptions.keepRecords). */
  printed?: PrintedRecords;
}

/**
 * A table's records as printed (each the texts of its cells and its line: through the file for a
 * workbook or a PDF, see Ledger.printed), with where its header and its data start: records before
 * `header` are the title and meta rows (表N, 编制单位, 单位).
 */
export interface PrintedRecords {
  records: { cells: string[]; line: number }[];
  /** Index of the first header record, and of the first record after the header. */
  header: number;
  data: number;
}

export interface Narrative {
  file: string;
  text: string;
  encoding: string;
}

export interface SourceFile {
  file: string;
  /** Recognised table kind, "narrative", or null for a file that was skipped. */
  kind: TableKind | 'narrative' | null;
  encoding?: string;
  /** Why it was skipped (null when read). */
  skipped?: string;
  /** A table read from a workbook's sheet or a PDF's pages: the sheet, or the page where it starts. */
  sheet?: string;
  page?: number;
  /** The line where its records start, when a file holds more than one table (a workbook, a PDF). */
  line?: number;
}

/**
 * What a package discloses: a budget (预算, in spring) or final accounts (决算, in autumn, for the year
 * before). The same table kinds serve both; which rules apply, how some columns read and what the
 * narrative's words mean depend on it.
 */
export type PackageKind = 'budget' | 'final';

export interface Ledger {
  /** The unit directory as given. */
  path: string;
  /**
   * Budget or final accounts: decided once, from the tables' titles (决算 in most of them), else (a
   * narrative alone) from the narrative's opening (check.ts). Undefined is a budget.
   */
  kind?: PackageKind;
  unitName?: string;
  year?: number;
  tables: Map<TableKind, Table>;
  /** Tables of a kind that appeared more than once (the first is in `tables`). */
  duplicates: Table[];
  narrative?: Narrative;
  files: SourceFile[];
  /**
   * Where the records of a workbook or a PDF were printed, by file: their lines are numbered through
   * the file (sheet after sheet, page after page); this gives the sheet and cell, or the page and its line.
   */
  printed?: Map<string, Locator>;
}

/** Where a line (and column) of a file's records was printed: the sheet's row and cell, or the page and its line. */
export type Locator = (line: number, column?: number) => Pick<Place, 'line' | 'column' | 'sheet' | 'cell' | 'page'> | undefined;

export const CORE_TABLES: TableKind[] = [
  'summary',
  'income',
  'expenditure',
  'appropriation',
  'gpb',
  'gpb-basic',
  'gfb',
  'soc',
  'three-public',
];

export const TABLE_NAMES: Record<TableKind, string> = {
  summary: '收支总表',
  income: '收入总表',
  expenditure: '支出总表',
  appropriation: '财政拨款收支总表',
  gpb: '一般公共预算支出表',
  'gpb-basic': '一般公共预算基本支出表',
  'gpb-project': '一般公共预算项目支出表',
  gfb: '政府性基金预算支出表',
  soc: '国有资本经营预算支出表',
  'three-public': '“三公”经费表',
  carryover: '上年结转结余表',
};

/** The same tables as final accounts title them (CP001, CP004 in a 决算 package). */
export const FINAL_TABLE_NAMES: Record<TableKind, string> = {
  summary: '收入支出决算总表',
  income: '收入决算表',
  expenditure: '支出决算表',
  appropriation: '财政拨款收入支出决算总表',
  gpb: '一般公共预算财政拨款支出决算表',
  'gpb-basic': '一般公共预算财政拨款基本支出决算表',
  'gpb-project': '一般公共预算财政拨款项目支出决算表',
  gfb: '政府性基金预算财政拨款收入支出决算表',
  soc: '国有资本经营预算财政拨款收入支出决算表',
  'three-public': '财政拨款“三公”经费支出决算表',
  carryover: '上年结转结余表',
};

/** Whether a ledger holds final accounts (决算). */
export function isFinal(ledger: Pick<Ledger, 'kind'>): boolean {
  return ledger.kind === 'final';
}

/** A table's name as the package's kind titles it. */
export function kindName(kind: TableKind, ledger: Pick<Ledger, 'kind'>): string {
  return (isFinal(ledger) ? FINAL_TABLE_NAMES : TABLE_NAMES)[kind];
}

/** The tables that carry classification codes. */
export const CODED_TABLES = ['income', 'expenditure', 'gpb', 'gpb-basic', 'gpb-project', 'gfb', 'soc', 'summary', 'appropriation'] as const satisfies readonly TableKind[];
