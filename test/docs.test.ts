/**
 * The generated rule documentation is the catalogue as it is. Apart from the catalogue's own tests: it reads
 * the rule files as text, which mutation testing instruments, so it is not among the tests that judge a mutant.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

describe('the rules’ documentation', () => {
  it('docs/rules.md is the catalogue as it is (regenerate with node scripts/rules-doc.mjs)', async () => {
    // @ts-expect-error: a plain JavaScript script of the project, without types.
    const { rulesDoc } = await import('../scripts/rules-doc.mjs');
    expect(readFileSync('docs/rules.md', 'utf8')).toBe(await rulesDoc());
  });
});
