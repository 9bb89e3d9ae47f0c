// Mutation testing (`npm run mutation`): how many deliberately wrong versions of the code the tests catch.
// Not part of `npm test`: it runs the related tests of every mutant (see the README for how long it takes).
//
// The files mutated are listed here and nowhere else. When a file moves, move its entry: a pattern that
// matches no file is refused below, so a moved file cannot silently drop out of the run.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The code whose numbers decide a finding: the rounding model, the amount parser, the ledger's queries, and
 * every rule that compares figures (the claim checks among them). The text rules (src/rules/text: wording,
 * names, punctuation) decide no figure and are tested by their own fixtures; they are not mutated here.
 */
const mutate = [
  'src/ledger/rounding.ts',
  'src/ledger/queries.ts',
  'src/load/amount.ts',
  'src/rules/helpers.ts',
  'src/rules/tables/**/*.ts',
  'src/rules/cross/**/*.ts',
  'src/rules/classification/**/*.ts',
  'src/rules/package/**/*.ts',
  'src/rules/claims/**/*.ts',
];

// A pattern is a file, or a directory followed by "/**/*.ts": each must name something that exists.
for (const pattern of mutate) {
  const dir = pattern.endsWith('/**/*.ts') ? pattern.slice(0, -'/**/*.ts'.length) : undefined;
  const found = dir ? existsSync(dir) && readdirSync(dir, { recursive: true }).some((f) => String(f).endsWith('.ts')) : existsSync(pattern);
  if (!found) throw new Error(`stryker.config.mjs: "${pattern}" matches no file; update the list of mutated files`);
}

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  mutate,
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts' },
  // Each mutant runs only the tests that executed its code in the first, instrumented run.
  coverageAnalysis: 'perTest',
  // Code run only when a module loads (a rule's doc and message texts, a module's constant patterns) is covered
  // by no test in particular: each such mutant would need the whole suite (about 40 s). They are left out;
  // the score is that of the code the tests run.
  ignoreStatic: true,
  // Two cores: one test process each.
  concurrency: 2,
  // Results of earlier runs are reused for mutants whose code and tests are unchanged (reports/mutation/).
  incremental: true,
  incrementalFile: 'reports/mutation/stryker-incremental.json',
  reporters: ['json', 'clear-text', 'progress'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true },
  thresholds: { high: 85, low: 80, break: null },
  // A fixture test loads a unit and runs every rule: slow mutants (an endless loop) end here.
  timeoutMS: 10000,
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
  // dist/ is copied: some fixture tests also run the built command line. fixtures/hostile is only read by
  // test/hostile.test.ts, which vitest.mutation.config.ts leaves out (and its symbolic link loop cannot be copied).
  ignorePatterns: ['reports', 'coverage', '.bench', 'fixtures/hostile'],
};
