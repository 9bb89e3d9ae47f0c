/**
 * The claim rules are pure over the ledger: each gives the same findings whether it runs alone, with
 * every other rule, or in another order; and a claim's status follows from the findings alone.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkLedger } from '../../src/check.js';
import { loadUnit } from '../../src/load/unit.js';
import type { Finding } from '../../src/report.js';
import { claimRules, rules } from '../../src/rules/index.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** Units whose narratives contradict several rules at once, and the clean sample. */
const UNITS = ['units/kizilsu-2024', 'claims/yoy-percent', 'claims/share', 'claims/list-sum', 'claims/implied-prior', 'claims/direction', 'claims/style-yuan-prior', 'faults/tbl001-changed-cell'];

const key = (f: Finding) => `${f.rule} ${f.file}:${f.line}:${f.column ?? ''} ${f.severity} ${f.message}`;

describe('claim rules are pure', () => {
  it.each(UNITS)('%s: each claim rule alone, all rules, and all rules reversed give the same findings', async (unit) => {
    const dir = join(ROOT, 'fixtures', unit);
    // A fresh ledger for each run: nothing carried over from one run to the next but what the ledger holds.
    const load = async () => (await loadUnit(dir)).ledger;
    const all = checkLedger(await load(), { listClaims: true });
    const reversed = checkLedger(await load(), { rules: [...rules].reverse(), listClaims: true });
    expect(reversed.findings.map(key)).toEqual(all.findings.map(key));
    expect(reversed.claims).toEqual(all.claims);
    let contradicting = 0;
    for (const rule of claimRules) {
      const alone = checkLedger(await load(), { rules: [rule] });
      const own = all.findings.filter((f) => f.rule === rule.id);
      expect(alone.findings.map(key), rule.id).toEqual(own.map(key));
      if (own.some((f) => f.severity !== 'note')) contradicting++;
    }
    // The fault fixtures do contradict claims: the comparison above compared findings, not empty lists.
    if (unit.startsWith('claims/')) expect(contradicting).toBeGreaterThan(0);
  });

  it('a claim is contradicted exactly when a finding of a claim rule says so', async () => {
    const ledger = (await loadUnit(join(ROOT, 'fixtures/claims/yoy-percent'))).ledger;
    const withClaims = checkLedger(ledger, { listClaims: true });
    const contradicted = withClaims.claims!.claims.filter((c) => c.status === 'contradicted');
    expect(contradicted.length).toBeGreaterThan(0);
    const lines = new Set(withClaims.findings.filter((f) => f.rule.startsWith('NC') && f.severity !== 'note').map((f) => f.line));
    for (const c of contradicted) expect(c.against, `${c.line} ${c.text}`).toMatch(/\S/);
    // Without the claim rules nothing can contradict a claim, and nothing is invented in their place.
    const tablesOnly = checkLedger((await loadUnit(join(ROOT, 'fixtures/claims/yoy-percent'))).ledger, { rules: rules.filter((r) => !r.id.startsWith('NC')) });
    expect(tablesOnly.claims!.counts.contradicted).toBe(0);
    expect(tablesOnly.claims!.counts.found).toBe(withClaims.claims!.counts.found);
    // The fixture's one fault (NC003 at the percent, line 90): its claim (read from line 88) is the one contradicted.
    expect([...lines]).toEqual([90]);
    expect(contradicted.map((c) => [c.line, c.text.includes('9.43%')])).toEqual([[88, true]]);
  });
});
