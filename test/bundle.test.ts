import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain JavaScript module of the command line's entry, without types.
import { loadCli } from '../bin/load-cli.js';
import { main as sourceMain } from '../src/cli.js';

const SAMPLE = 'fixtures/units/kizilsu-2024';

async function run(main: (p: unknown) => Promise<number>, argv: string[]): Promise<{ code: number; out: string }> {
  let out = '';
  const code = await main({ argv: ['node', 'budget-check', ...argv], env: {}, stdout: { write: (s: string) => (out += s) }, stderr: { write: () => true } });
  return { code, out };
}

describe('the bundled command line (npm run build)', () => {
  it('loads with the code cache the build wrote, and reports as the sources do', async () => {
    const cli = loadCli();
    expect(cli.cacheRejected).toBe(false);
    const args = [SAMPLE, '--format', 'json', '--no-progress'];
    expect(await run(cli.main, args)).toEqual(await run(sourceMain as (p: unknown) => Promise<number>, args));
  });

  it('still runs when the cache does not fit: V8 rejects it and compiles the bundle', async () => {
    const bad = join(mkdtempSync(join(tmpdir(), 'bc-cache-')), 'bundle.cache');
    writeFileSync(bad, Buffer.from('not a code cache'));
    const cli = loadCli(join('dist', 'bundle.cjs'), bad);
    expect(cli.cacheRejected).toBe(true);
    const { code, out } = await run(cli.main, [SAMPLE, '--format', 'json', '--no-progress']);
    expect(code).toBe(0);
    expect(JSON.parse(out).summary).toMatchObject({ units: 1, errors: 0, unreadable: 0 });
  });
});
