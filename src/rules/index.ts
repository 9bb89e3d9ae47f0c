/** The rule catalogue: every rule once, in a stable order. IDs are never reused. */
import type { Rule } from './types.js';
import hierarchy from './tables/hierarchy.js';
import total from './tables/total.js';
import columns from './tables/columns.js';
import balance from './tables/balance.js';
import sideSum from './tables/side-sum.js';
import subItems from './tables/sub-items.js';
import threePublic from './tables/three-public.js';
import personnelPublic from './tables/personnel-public.js';
import misplaced from './tables/misplaced.js';
import codeFormat from './tables/code-format.js';
import orphan from './tables/orphan.js';
import duplicateCode from './tables/duplicate-code.js';
import className from './tables/class-name.js';
import emptyNote from './tables/empty-note.js';
import noteWithFigures from './tables/note-with-figures.js';
import malformed from './tables/malformed-amount.js';
import negative from './tables/negative-amount.js';
import summaryTotals from './cross/summary-totals.js';
import incomeExpenditure from './cross/income-expenditure.js';
import summaryIncome from './cross/summary-income.js';
import appropriation from './cross/appropriation.js';
import gpbIncome from './cross/gpb-income.js';
import gpbBasic from './cross/gpb-basic.js';
import gpbProject from './cross/gpb-project.js';
import gpbWithin from './cross/gpb-within.js';
import threePublicEconomic from './cross/three-public-economic.js';
import operatingCost from './cross/operating-cost.js';
import carryover from './cross/carryover.js';
import feMatch from './classification/match.js';
import feMissing from './classification/missing.js';
import coreTables from './package/core-tables.js';
import unitName from './package/unit-name.js';
import budgetYear from './package/budget-year.js';
import duplicateTable from './package/duplicate-table.js';
import unrecognisedFile from './package/unrecognised-file.js';
import { claimRules } from './claims/index.js';

export const rules: Rule[] = [
  hierarchy,
  total,
  columns,
  balance,
  sideSum,
  subItems,
  threePublic,
  personnelPublic,
  misplaced,
  codeFormat,
  orphan,
  duplicateCode,
  className,
  emptyNote,
  noteWithFigures,
  malformed,
  negative,
  summaryTotals,
  incomeExpenditure,
  summaryIncome,
  appropriation,
  gpbIncome,
  gpbBasic,
  gpbProject,
  gpbWithin,
  threePublicEconomic,
  operatingCost,
  carryover,
  feMatch,
  feMissing,
  coreTables,
  unitName,
  budgetYear,
  duplicateTable,
  unrecognisedFile,
  ...claimRules,
];

export function ruleById(id: string): Rule | undefined {
  return rules.find((r) => r.id === id || r.name === id);
}
