#!/usr/bin/env node
/**
 * The text rules' (TXT…) CPU time a unit at steady state, on a unit's narrative (default: the sample's):
 * each iteration checks a fresh copy of the ledger (their per-ledger work is not kept from one to the
 * next) that already holds the claim reader's reading of the narrative, which the claim rules make in
 * any check and the text rules share. Prints the best and the median of 15 rounds, and the CPU time of
 * a bare loop iteration to calibrate the machine. Run after `npm run build`.
 *
 *   node scripts/text-cost.mjs [unit-dir] [iterations-a-round]
 */
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = (p) => import(pathToFileURL(join(root, 'dist', p)).href);
const { loadUnit } = await dist('load/unit.js');
const { textRules } = await dist('rules/index.js');
const { analyseClaims } = await dist('narrative/analysis.js');

const dir = process.argv[2] ?? join(root, 'fixtures/units/kizilsu-2024');
const n = Number(process.argv[3] ?? 2000);
const { ledger } = await loadUnit(dir);
analyseClaims(ledger);
// The claim reader's results, carried over to each copy (perObject keeps them under symbols).
const held = Object.getOwnPropertySymbols(ledger).filter((s) => s.description === 'narrative' || s.description === 'claim analysis');
const fresh = () => {
  const copy = { ...ledger };
  for (const s of held) Object.defineProperty(copy, s, { value: ledger[s] });
  return copy;
};
const run = (rules) => {
  let found = 0;
  const copy = fresh();
  for (const r of rules) r.check({ ledger: copy, strict: false, report: () => found++, checkSum: () => true });
  return found;
};
const time = (rules) => {
  const t0 = process.cpuUsage();
  for (let i = 0; i < n; i++) run(rules);
  const t = process.cpuUsage(t0);
  return (t.user + t.system) / n;
};
for (let i = 0; i < 10; i++) time(textRules);
const rounds = [];
for (let r = 0; r < 15; r++) rounds.push(time(textRules) - time([]));
rounds.sort((a, b) => a - b);
let s = 0;
const t0 = process.cpuUsage();
for (let i = 0; i < 1e8; i++) s += i & 7;
const t = process.cpuUsage(t0);
console.log(`text rules on ${dir}: ${run(textRules)} findings; best ${rounds[0].toFixed(1)} µs, median ${rounds[7].toFixed(1)} µs CPU a unit (15 rounds of ${n})`);
console.log(`machine: ${(((t.user + t.system) / 1e8) * 1000).toFixed(2)} ns CPU a bare loop iteration${s < 0 ? '' : ''}`);
