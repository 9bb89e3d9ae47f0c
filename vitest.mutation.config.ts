/**
 * The tests that judge a mutant (`npm run mutation`, stryker.config.mjs): those that state what a number
 * must be, cheapest first. Stryker runs a mutant's covering tests and stops at the first failure, so the
 * order decides how soon a wrong number is caught.
 *
 * Left out: tests that run only the built command line (dist/, which a mutant does not change) or compare
 * the sources with it (test/hostile, batch, bundle); tests of the formatters, the memo and the command
 * line's options (format, memo, cli), which state no figure of a rule; test/metamorphic, which compares
 * the code's output with itself across layouts (every rule would run its sixty unit checks for each mutant);
 * test/fuzz, which asserts only that nothing throws (forty unit checks for each mutant); and test/variants,
 * which tests how the loader (not mutated) reads other layouts: the rules in those layouts are tested by the
 * fault fixtures put into them (fifty unit checks for each mutant that survives); test/corpus, whose real
 * packages run every rule (fifty unit checks for each mutant), and the timing of test/text/cost.
 */
import { relative } from 'node:path';
import type { TestSequencer, TestSpecification } from 'vitest/node';
import { defineConfig } from 'vitest/config';
import base from './vitest.config.js';

const ORDER = [
  'test/rounding.test.ts',
  'test/exact.test.ts',
  'test/amount.test.ts',
  'test/load.test.ts',
  'test/queries.test.ts',
  'test/rules.test.ts',
  'test/catalogue.test.ts',
  'test/fixtures.test.ts',
  'test/same-figure.test.ts',
  'test/cross-rules.test.ts',
  'test/final.test.ts',
  'test/text/patterns.test.ts',
  'test/text/faults.test.ts',
  'test/claims/forms.test.ts',
  'test/claims/faults.test.ts',
  'test/claims/claim-rules.test.ts',
  'test/claims/yoy-rules.test.ts',
  'test/claims/sample.test.ts',
  'test/claims/previous.test.ts',
  'test/claims/wordings.test.ts',
  'test/property.test.ts',
];

class InOrder implements TestSequencer {
  async shard(files: TestSpecification[]) {
    return files;
  }
  async sort(files: TestSpecification[]) {
    const rank = (f: TestSpecification) => ORDER.indexOf(relative(process.cwd(), f.moduleId));
    return [...files].sort((a, b) => rank(a) - rank(b));
  }
}

export default defineConfig({
  test: {
    ...base.test,
    include: ORDER,
    // The test files share one module graph: a mutant run does not load and compile the whole checker again
    // for each file (claim-flat.ts's 65 mutants: 122 s → 85 s, the same mutants killed). Mutants are switched
    // on at run time, so no module needs reloading between runs.
    isolate: false,
    sequence: { sequencer: InOrder },
  },
});
