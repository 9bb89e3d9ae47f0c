/**
 * Every pass over the narrative is linear in its length: a hostile narrative of one long line of many
 * figures (amounts, changes, priors, "持平") is checked with work that grows as the line does. Work is
 * the process's CPU time, compared at n and 4n (linear: about 4×; a quadratic pass: about 16×), so the
 * test holds on a slow or busy machine.
 */
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkUnit } from '../src/check.js';

const SAMPLE = 'fixtures/units/kizilsu-2024';
const PIECE = `支出1万元，较上年增长1%，上年1万元，减少1万元，持平，${'这一段文字只是填充用的说明文字而已没有数字在里面的'.repeat(5)}，`;
const dirs: string[] = [];

function unitWithLine(bytes: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'bc-line-'));
  dirs.push(dir);
  cpSync(SAMPLE, dir, { recursive: true });
  appendFileSync(join(dir, '单位预算情况说明.txt'), `\n${PIECE.repeat(Math.floor(bytes / Buffer.byteLength(PIECE)))}。\n`);
  return dir;
}

async function work(dir: string): Promise<{ cpu: number; found: number }> {
  const before = process.cpuUsage();
  const report = await checkUnit(dir);
  const used = process.cpuUsage(before);
  return { cpu: used.user + used.system, found: report.claimCounts?.found ?? 0 };
}

afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('a narrative of one long line of figures', () => {
  it('is read and checked in work linear in its length (2 MB against 8 MB)', { timeout: 240_000 }, async () => {
    const small = unitWithLine(2 * 1024 * 1024);
    const large = unitWithLine(8 * 1024 * 1024);
    await work(small); // compiles the code the check runs
    const a = Math.min((await work(small)).cpu, (await work(small)).cpu);
    const b = await work(large);
    expect(b.found).toBeGreaterThan(50_000);
    // Linear work is about 4× for 4× the text, a quadratic pass about 16×.
    expect(b.cpu / a).toBeLessThan(8);
  });
});
