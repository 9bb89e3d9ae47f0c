/** The library: load → check → report, with no I/O beyond reading the unit's files. */
export { loadUnit, tableFromText, type LoadedUnit } from './load/unit.js';
export { checkLedger, checkUnit, type CheckOptions } from './check.js';
export { checkUnits, runBatch, type BatchOptions } from './batch.js';
export { discoverUnits } from './discover.js';
export { rules, ruleById } from './rules/index.js';
export { localiseReport, type Lang } from './i18n/index.js';
export type * from './ledger/model.js';
export type * from './report.js';
export type { Rule, RuleContext, RuleDoc } from './rules/types.js';
