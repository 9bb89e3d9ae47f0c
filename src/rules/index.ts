/** The rule catalogue: every rule once, in a stable order. IDs are never reused. */
import type { Rule, RuleId } from './types.js';
import hierarchy from './tables/subtotal-hierarchy.js';
import total from './tables/total-of-classes.js';
import columns from './tables/row-columns.js';
import balance from './tables/two-sided-balance.js';
import sideSum from './tables/two-sided-items.js';
import subItems from './tables/sub-item-bound.js';
import threePublic from './tables/three-public-sum.js';
import personnelPublic from './tables/personnel-public-split.js';
import misplaced from './tables/misplaced-economic.js';
import codeFormat from './tables/code-format.js';
import orphan from './tables/orphan-code.js';
import duplicateCode from './tables/duplicate-code.js';
import className from './tables/class-name.js';
import emptyNote from './tables/empty-table-note.js';
import noteWithFigures from './tables/empty-note-with-figures.js';
import malformed from './tables/malformed-amount.js';
import negative from './tables/negative-amount.js';
import carryOver from './tables/carry-over-balance.js';
import summaryTotals from './cross/summary-vs-tables.js';
import incomeExpenditure from './cross/income-vs-expenditure-rows.js';
import summaryIncome from './cross/summary-income-items.js';
import appropriation from './cross/appropriation-vs-fund-tables.js';
import gpbIncome from './cross/gpb-vs-income.js';
import gpbBasic from './cross/basic-vs-economic.js';
import gpbProject from './cross/project-vs-project-table.js';
import gpbWithin from './cross/gpb-within-expenditure.js';
import threePublicEconomic from './cross/three-public-vs-economic.js';
import operatingCost from './cross/operating-cost-vs-public.js';
import carryover from './cross/carryover-vs-summary.js';
import sameFigure from './cross/same-figure.js';
import feMatch from './classification/function-economic-match.js';
import feMissing from './classification/function-subject-missing.js';
import coreTables from './package/core-tables-present.js';
import unitName from './package/unit-name-consistent.js';
import budgetYear from './package/budget-year-consistent.js';
import duplicateTable from './package/duplicate-table.js';
import unrecognisedFile from './package/unrecognised-file.js';
import nc001 from './claims/claim-amount.js';
import nc002 from './claims/claim-share.js';
import nc003 from './claims/claim-yoy-percent.js';
import nc004 from './claims/claim-direction.js';
import nc005 from './claims/claim-flat.js';
import nc006 from './claims/claim-zero-base.js';
import nc007 from './claims/claim-implied-prior.js';
import nc008 from './claims/claim-list-sum.js';
import nc009 from './claims/claim-count.js';
import nc010 from './claims/claim-comparison-year.js';
import nc011 from './claims/claim-placeholder.js';
import nc012 from './claims/claim-conflicting-amount.js';
import nc013 from './claims/claim-previous-year.js';
import nc014 from './claims/claim-yoy-change.js';
import nc015 from './claims/claim-completion-rate.js';
import txt001 from './text/unresolved-alternative.js';
import txt002 from './text/unfilled-placeholder.js';
import txt003 from './text/document-type.js';
import txt004 from './text/subject-old-name.js';
import txt005 from './text/subject-name-mismatch.js';
import txt006 from './text/punctuation.js';
import txt007 from './text/repeated-word.js';
import nc016 from './claims/claim-budget-comparison.js';

/**
 * Every rule by its id: a rule missing from the catalogue, or an id without its rule, does not compile.
 * The order is the catalogue's (rules run and are listed in it).
 */
export const catalogue = {
  TBL001: hierarchy,
  TBL002: total,
  TBL003: columns,
  TBL004: balance,
  TBL005: sideSum,
  TBL006: subItems,
  TBL007: threePublic,
  TBL008: personnelPublic,
  TBL009: misplaced,
  TBL010: codeFormat,
  TBL011: orphan,
  TBL012: duplicateCode,
  TBL013: className,
  TBL014: emptyNote,
  TBL015: noteWithFigures,
  TBL016: malformed,
  TBL017: negative,
  TBL018: carryOver,
  XT001: summaryTotals,
  XT002: incomeExpenditure,
  XT003: summaryIncome,
  XT004: appropriation,
  XT005: gpbIncome,
  XT006: gpbBasic,
  XT007: gpbProject,
  XT008: gpbWithin,
  XT009: threePublicEconomic,
  XT010: operatingCost,
  XT011: carryover,
  XT012: sameFigure,
  FE001: feMatch,
  FE002: feMissing,
  CP001: coreTables,
  CP002: unitName,
  CP003: budgetYear,
  CP004: duplicateTable,
  CP005: unrecognisedFile,
  NC001: nc001,
  NC002: nc002,
  NC003: nc003,
  NC004: nc004,
  NC005: nc005,
  NC006: nc006,
  NC007: nc007,
  NC008: nc008,
  NC009: nc009,
  NC010: nc010,
  NC011: nc011,
  NC012: nc012,
  NC013: nc013,
  NC014: nc014,
  NC015: nc015,
  TXT001: txt001,
  TXT002: txt002,
  TXT003: txt003,
  TXT004: txt004,
  TXT005: txt005,
  TXT006: txt006,
  TXT007: txt007,
  NC016: nc016,
} satisfies Record<RuleId, Rule>;
const byId = catalogue;

export const rules: Rule[] = Object.values(byId);

/** The narrative-claim rules (NC…). */
export const claimRules: Rule[] = rules.filter((r) => r.id.startsWith('NC'));

/** The text rules (TXT…): wording, names, placeholders and punctuation of the narrative. */
export const textRules: Rule[] = rules.filter((r) => r.id.startsWith('TXT'));

/** A rule by its id or its name. */
export function ruleById(id: string): Rule | undefined {
  return (byId as Record<string, Rule>)[id] ?? rules.find((r) => r.name === id);
}
