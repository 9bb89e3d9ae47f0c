import { describe, expect, it } from 'vitest';
import { rules } from '../src/rules/index.js';

describe('the rule catalogue', () => {
  it('has unique, well-formed IDs and names', () => {
    const ids = rules.map((r) => r.id);
    const names = rules.map((r) => r.name);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(names).size).toBe(names.length);
    for (const r of rules) {
      expect(r.id).toMatch(/^(TBL|XT|FE|CP|NC)\d{3}$/);
      expect(r.name).toMatch(/^[a-z]+(-[a-z]+)*$/);
    }
  });

  it.each(rules.map((r) => [r.id, r] as const))('%s is documented with why and a bad and a good example', (_, r) => {
    expect(['error', 'warning', 'note']).toContain(r.severity);
    for (const text of [r.doc.what, r.doc.why, r.doc.bad, r.doc.good]) expect(text.trim().length).toBeGreaterThan(5);
    expect(r.doc.bad).not.toBe(r.doc.good);
    // Each message is a template filled from its finding: it names at least one of the finding's data.
    expect(Object.keys(r.messages)).not.toEqual([]);
    for (const m of Object.values(r.messages)) {
      expect(m).not.toMatch(/TODO|TBD/);
      expect(m).toMatch(/\{\w+\}/);
    }
  });
});
