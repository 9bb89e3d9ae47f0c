/**
 * Other provinces' wordings (fixtures/wordings/<case>/): a unit (any tables, or none) with a
 * narrative worded as another template words it, and an expected.json: the findings on the narrative
 * (rule, file, line; errors and warnings), exactly, and when stated the number of claims left unlinked.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkUnit } from '../../src/check.js';

const CASES = fileURLToPath(new URL('../../fixtures/wordings', import.meta.url));

interface Expected {
  description: string;
  /** Errors and warnings; notes too when one of them is stated with "severity": "note". */
  findings: { rule: string; file: string; line: number; severity?: string; why?: string }[];
  /** Last year's package of the same unit (--previous), relative to the case. */
  previous?: string;
  /** How many claims stay unlinked, when the case pins it. */
  unlinked?: number;
}

const cases = readdirSync(CASES, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();

describe('other provinces’ wordings', () => {
  it.each(cases)('%s', async (name) => {
    const dir = join(CASES, name);
    const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Expected;
    const report = await checkUnit(dir, { listClaims: true, previousDir: expected.previous ? join(dir, expected.previous) : undefined });
    expect(report.problems).toEqual([]);
    const notes = expected.findings.some((f) => f.severity === 'note');
    const narrative = report.findings.filter((f) => /\.(txt|md)$/i.test(f.file) && (notes || f.severity !== 'note'));
    const got = narrative.map((f) => `${f.rule} ${f.file}:${f.line}`).sort();
    const want = expected.findings.map((f) => `${f.rule} ${f.file}:${f.line}`).sort();
    expect(got, narrative.map((f) => `${f.rule} ${f.line} ${f.message}`).join('\n')).toEqual(want);
    const counts = report.claimCounts!;
    if (expected.unlinked !== undefined) {
      const unlinked = report.claims!.filter((c) => c.status === 'unlinked').map((c) => `${c.line} ${c.text}`);
      expect(counts.unlinked, unlinked.join('\n')).toBe(expected.unlinked);
    }
    expect(counts.contradicted > 0).toBe(expected.findings.some((f) => f.severity !== 'note'));
  });
});
