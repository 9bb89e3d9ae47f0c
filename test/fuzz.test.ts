/**
 * Fuzzing the checks end to end: whatever a narrative says, checking it never throws, and every claim ends
 * verified, contradicted or unlinked. It asserts no figure, so mutation testing leaves it out
 * (vitest.mutation.config.ts): each mutant of a rule would run its forty whole-unit checks.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const SAMPLE = 'fixtures/units/kizilsu-2024';

describe('the checks over a mutated narrative', () => {
  it('never throw, whatever the narrative says', async () => {
    const { loadUnit } = await import('../src/load/unit.js');
    const { checkLedger } = await import('../src/check.js');
    const { claimSummary } = await import('../src/check.js');
    const base = (await loadUnit(SAMPLE)).ledger;
    const text = base.narrative!.text;
    const edits = fc.array(fc.tuple(fc.nat(), fc.nat({ max: 30 }), fc.oneof(fc.string({ unit: 'grapheme', maxLength: 8 }), fc.constantFrom('增长', '下降', '0.00', '100.00%', '万元', '元', '其中：', '持平', '（项）', '2023年', 'XX'))), { maxLength: 8 });
    await fc.assert(
      fc.asyncProperty(edits, async (list) => {
        let t = text;
        for (const [at, del, ins] of list) {
          const p = at % (t.length + 1);
          t = t.slice(0, p) + ins + t.slice(p + del);
        }
        // The sample read afresh: checking a ledger settles its year and caches its analysis.
        const { ledger } = await loadUnit(SAMPLE);
        ledger.narrative = { ...ledger.narrative!, text: t };
        checkLedger(ledger);
        const { counts } = claimSummary(ledger);
        expect(counts.found).toBe(counts.verified + counts.contradicted + counts.unlinked);
      }),
      { numRuns: 40, seed: 20261126 },
    );
  });
});
