/**
 * Faulty copies of the sample narrative (fixtures/claims/<case>/): each case is a copy of the sample
 * unit (its CSV files, byte for byte) with a changed 单位预算情况说明.txt and an expected.json. The
 * claim rules must give exactly the expected errors and warnings (rule, file, line): too many fails as
 * surely as too few.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkLedger } from '../../src/check.js';
import { claimSummary } from '../../src/check.js';
import { loadUnit } from '../../src/load/unit.js';
import { claimRules } from '../../src/rules/index.js';
import { diff, type ExpectedFinding } from '../harness.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SAMPLE = join(ROOT, 'fixtures/units/kizilsu-2024');
const CASES = join(ROOT, 'fixtures/claims');
const NARRATIVE = '单位预算情况说明.txt';

/**
 * expected.json: the findings, each with why the fault causes it and the figures it states (severity,
 * expected, actual, difference, and `says`, text its message must contain: compared when given, as
 * test/harness.ts compares them), worked out by hand from the fault; either a bare array or
 * {"findings": […]}. The style-* cases are true narratives in other provinces' wording: no finding.
 */
/** The findings; `contradicted` when a line holds more than one contradicted claim (else one a line). */
type Expected = ExpectedFinding[] | { findings: ExpectedFinding[]; contradicted?: number };

const cases = readdirSync(CASES, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();

describe('faulty narratives', () => {
  it('has the required cases', () => {
    for (const c of ['share', 'yoy-percent', 'direction', 'amount', 'list-sum', 'comparison-year']) expect(cases).toContain(c);
  });

  for (const name of cases) {
    it(name, async () => {
      const caseDir = join(CASES, name);
      const raw = JSON.parse(readFileSync(join(caseDir, 'expected.json'), 'utf8')) as Expected;
      const expected = Array.isArray(raw) ? raw : raw.findings;
      // The tables are the sample's, unchanged: only the narrative carries the fault.
      const csvs = readdirSync(SAMPLE).filter((f) => f.endsWith('.csv'));
      for (const f of csvs) expect(readFileSync(join(caseDir, f)).equals(readFileSync(join(SAMPLE, f))), f).toBe(true);
      expect(readdirSync(caseDir).filter((f) => f.endsWith('.csv')).sort()).toEqual(csvs.sort());
      expect(readFileSync(join(caseDir, NARRATIVE), 'utf8')).not.toBe(readFileSync(join(SAMPLE, NARRATIVE), 'utf8'));
      const { ledger, problems } = await loadUnit(caseDir);
      expect(problems).toEqual([]);
      const { findings } = checkLedger(ledger, { rules: claimRules });
      // Each expected finding, with the figures and message it states, paired with one of the report's errors and warnings.
      expect(diff(expected, { findings, problems: [] }), name).toBe('');
      // Every finding quotes the sentence, which states the figure it reports as stated (but an implied prior,
      // NC007's, which no sentence states), and carries stated and recomputed values.
      for (const f of findings.filter((x) => x.severity !== 'note')) {
        expect(typeof f.quote).toBe('string');
        if (f.rule !== 'NC007') expect(f.quote!.replace(/[\s,]/g, ''), `${f.rule} ${f.line}`).toContain(f.actual!.replace(/,/g, ''));
        if (f.rule !== 'NC011') expect([f.expected, f.actual].map((v) => typeof v)).toEqual(['string', 'string']);
      }
      // The contradicted claims are listed as such, one for each line expected.json names (or as many as it says); a true narrative has none.
      const { counts } = claimSummary(ledger);
      console.log(`${name}: found ${counts.found}, verified ${counts.verified}, contradicted ${counts.contradicted}, unlinked ${counts.unlinked}`);
      expect(counts.contradicted).toBe((Array.isArray(raw) ? undefined : raw.contradicted) ?? new Set(expected.map((f) => f.line)).size);
      // A placeholder (NC011) is a warning; any other finding here is an error.
      expect(findings.filter((f) => f.severity === 'error').length).toBe(expected.filter((f) => f.rule !== 'NC011').length);
    });
  }
});
