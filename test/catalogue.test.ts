import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogue, ruleById, rules } from '../src/rules/index.js';

/** Every rule file under src/rules/<family>/ by the name it is named after. */
const files = new Map(
  readdirSync('src/rules', { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) => readdirSync(`src/rules/${d.name}`).map((f) => [f.replace(/\.ts$/, ''), `src/rules/${d.name}/${f}`] as const)),
);

describe('the rule catalogue', () => {
  it('has unique, well-formed IDs and names', () => {
    const ids = rules.map((r) => r.id);
    const names = rules.map((r) => r.name);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(names).size).toBe(names.length);
    for (const r of rules) {
      expect(r.id).toMatch(/^(TBL|XT|FE|CP|NC|TXT)\d{3}$/);
      expect(r.name).toMatch(/^[a-z]+(-[a-z]+)*$/);
    }
  });

  it('lists each rule under its own id, and finds it by id and by name', () => {
    for (const [id, rule] of Object.entries(catalogue)) {
      expect(rule.id).toBe(id);
      expect(ruleById(id)).toBe(rule);
      expect(ruleById(rule.name)).toBe(rule);
    }
    expect(ruleById('NOPE001')).toBeUndefined();
  });

  it.each(rules.map((r) => [r.id, r] as const))('%s lives in a file named after it, which defines it', async (id, r) => {
    const file = files.get(r.name);
    expect(file, `src/rules/*/${r.name}.ts`).toBeDefined();
    expect(existsSync(file!)).toBe(true);
    // The module itself, not its text: mutation testing runs the tests on instrumented sources.
    const mod = (await import(`../${file!.replace(/\.ts$/, '.js')}`)) as { default: { id: string } };
    expect(mod.default.id).toBe(id);
    expect(mod.default).toBe(r);
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

describe('the rules’ fixtures', () => {
  /** Every rule id an expected.json under fixtures/ lists among its findings, with the fixtures that list it. */
  function expectedRules(): Map<string, string[]> {
    const found = new Map<string, string[]>();
    const walk = (dir: string) => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        const path = `${dir}/${e.name}`;
        if (e.isDirectory()) walk(path);
        else if (e.name === 'expected.json') {
          for (const m of readFileSync(path, 'utf8').matchAll(/"rule":\s*"([A-Z]+\d{3})"/g)) found.set(m[1], [...(found.get(m[1]) ?? []), dir]);
        }
      }
    };
    walk('fixtures');
    return found;
  }

  it('every rule is expected to fire in at least one fixture, and no fixture expects a rule that does not exist', () => {
    const found = expectedRules();
    expect(rules.filter((r) => !found.has(r.id)).map((r) => r.id)).toEqual([]);
    expect([...found.keys()].filter((id) => !ruleById(id))).toEqual([]);
  });
});
