/**
 * The text rules on copies of the sample (fixtures/text/<case>/): its CSV files byte for byte and an
 * edited narrative, with expected.json listing every finding of the text rules (notes included) and of
 * NC011 claim-placeholder: too many fails as surely as too few. Each rule has a case with its faults
 * and a case with the wordings that look like them but are right (no finding).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkLedger } from '../../src/check.js';
import { loadUnit } from '../../src/load/unit.js';
import { ruleById, textRules } from '../../src/rules/index.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SAMPLE = join(ROOT, 'fixtures/units/kizilsu-2024');
const CASES = join(ROOT, 'fixtures/text');
const NARRATIVE = '单位预算情况说明.txt';

type Expected = { description: string; findings: { rule: string; file: string; line: number; why?: string }[] };

const cases = readdirSync(CASES, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();

describe('faulty and right narratives for the text rules', () => {
  it('has a faulty and a right case for every text rule', () => {
    for (const r of textRules) {
      const prefix = r.id.toLowerCase();
      expect(cases.filter((c) => c.startsWith(prefix)).length, r.id).toBeGreaterThanOrEqual(2);
      expect(cases, r.id).toContain(`${prefix}-good`);
    }
  });

  for (const name of cases) {
    it(name, async () => {
      const dir = join(CASES, name);
      const expected = (JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Expected).findings;
      const csvs = readdirSync(SAMPLE).filter((f) => f.endsWith('.csv'));
      for (const f of csvs) expect(readFileSync(join(dir, f)).equals(readFileSync(join(SAMPLE, f))), f).toBe(true);
      expect(readFileSync(join(dir, NARRATIVE), 'utf8')).not.toBe(readFileSync(join(SAMPLE, NARRATIVE), 'utf8'));
      const { ledger, problems } = await loadUnit(dir);
      expect(problems).toEqual([]);
      const { findings } = checkLedger(ledger, { rules: [...textRules, ruleById('NC011')!] });
      const got = findings.map((f) => `${f.rule} ${f.file}:${f.line}`).sort();
      const want = expected.map((f) => `${f.rule} ${f.file}:${f.line}`).sort();
      expect(got, findings.map((f) => `${f.rule} ${f.line}:${f.column} ${f.message}`).join('\n')).toEqual(want);
      for (const f of findings) {
        // Each finding is placed at a line and column of the narrative and quotes the text it is about.
        expect(f.column).toBeGreaterThanOrEqual(1);
        expect(f.quote && f.quote.length > 0).toBe(true);
        expect(f.severity).toBe(f.rule === 'TXT006' || f.rule === 'TXT007' ? 'note' : 'warning');
      }
      // TXT002 and NC011 never report the same place.
      const nc011 = new Set(findings.filter((f) => f.rule === 'NC011').map((f) => `${f.line}:${f.column}`));
      for (const f of findings.filter((x) => x.rule === 'TXT002')) expect(nc011.has(`${f.line}:${f.column}`)).toBe(false);
    });
  }
});
