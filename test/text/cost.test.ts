/**
 * The text rules' cost grows linearly with the narrative: each rule reads the text in one pass (and
 * TXT006 and TXT007 share theirs). Asserted as growth, not as time: the CPU time on a text four times
 * as long (the sample's prose repeated, and runs built to make a careless pattern rescan) must stay far
 * below the 16× a quadratic pass would take. The shorter text is already long (80,000 characters and
 * more): below that, strings and buffers fit V8's regular heap and cost less per character than the
 * long ones, which go to its large-object space.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkLedger } from '../../src/check.js';
import type { Ledger } from '../../src/ledger/model.js';
import { loadUnit } from '../../src/load/unit.js';
import { analyseClaims } from '../../src/narrative/analysis.js';
import { textRules } from '../../src/rules/index.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SAMPLE = join(ROOT, 'fixtures/units/kizilsu-2024');

let sample: Ledger;
let prose: string;
beforeAll(async () => {
  sample = (await loadUnit(SAMPLE)).ledger;
  // The sample's narrative up to its performance-target tables.
  const text = readFileSync(join(SAMPLE, '单位预算情况说明.txt'), 'utf8');
  prose = text.slice(0, text.indexOf('单位整体绩效目标表'));
});

/** CPU time (µs) of the text rules on a narrative, the claim reader's work (the claim rules', shared) done before: the best of five. */
function cost(text: string): number {
  let best = Infinity;
  for (let k = 0; k < 5; k++) {
    const ledger: Ledger = { ...sample, narrative: { file: 'n.txt', text, encoding: 'utf-8' } };
    analyseClaims(ledger);
    const t0 = process.cpuUsage();
    checkLedger(ledger, { rules: textRules });
    const t = process.cpuUsage(t0);
    best = Math.min(best, t.user + t.system);
  }
  return best;
}

describe('the cost of the text rules', () => {
  it.each([
    ['the sample\'s prose', (n: number) => prose.repeat(14 * n)],
    ['one paragraph of words written twice', (n: number) => `一、说明\n${'预算'.repeat(40000 * n)}。\n二、完\n无。`],
    ['openings never closed, then closings of another kind', (n: number) => `一、说明\n${'《'.repeat(40000 * n)}${'）'.repeat(40000 * n)}。\n二、完\n无。`],
    ['leads and shares without their ends', (n: number) => `一、说明\n${'主要原因占比支出'.repeat(10000 * n)}%。\n二、完\n无。`],
    ['subjects by their levels and codes', (n: number) => `一、说明\n${'一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）1.00万元；2010301行政运行，'.repeat(1500 * n)}。\n二、完\n无。`],
    ['the other level\'s document, and titles in 《》', (n: number) => `一、说明\n${'本部门部门预算，《部门预算管理办法》，'.repeat(4500 * n)}\n二、完\n无。`],
  ])('grows linearly: %s', (_, make) => {
    const [short, long] = [make(1), make(4)];
    cost(short); // warm up
    cost(long);
    const small = cost(short);
    const large = cost(long);
    console.log(`${_}: ${short.length} chars ${Math.round(small)} µs, ${long.length} chars ${Math.round(large)} µs (×${(large / small).toFixed(1)})`);
    expect(short.length).toBeGreaterThanOrEqual(80000);
    expect(large / small).toBeLessThan(10);
  });
});
