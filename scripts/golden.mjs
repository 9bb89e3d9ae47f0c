#!/usr/bin/env node
/**
 * Golden output of every fixture unit, for refactors that must keep it: each unit under fixtures/
 * (a directory holding a table or a narrative) checked with its claims listed, written as one JSON
 * file per unit. `--save DIR` writes them; `--compare DIR` checks again and prints each unit whose
 * findings, claims or problems differ, with the lines that differ. Run after `npm run build`.
 *
 *   node scripts/golden.mjs --save /tmp/golden-before
 *   node scripts/golden.mjs --compare /tmp/golden-before [--only faults/tbl001-changed-cell]
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const fixtures = join(root, 'fixtures');
const args = process.argv.slice(2);
const opt = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const save = opt('--save');
const compare = opt('--compare');
const only = opt('--only');
if (!save === !compare) {
  console.error('usage: golden.mjs --save DIR | --compare DIR [--only fixture/path]');
  process.exit(2);
}

const INPUT = /\.(csv|tsv|txt|md|xlsx|pdf)$/i;

/** Unit directories: a directory with an input file, not below another unit. */
function units(dir, out = []) {
  const entries = readdirSync(dir, { withFileTypes: true });
  if (dir !== fixtures && entries.some((e) => e.isFile() && INPUT.test(e.name) && !/^(readme|expected)/i.test(e.name))) out.push(dir);
  for (const e of entries) if (e.isDirectory()) units(join(dir, e.name), out);
  return out;
}

const { checkUnit } = await import(pathToFileURL(join(root, 'dist/index.js')).href);

/** What a refactor must keep: findings (all their fields), claims with status, problems, skipped rules. */
function snapshot(report) {
  const { path, ...rest } = report;
  return JSON.stringify(rest, null, 1);
}

const target = save ?? compare;
let changed = 0;
let compared = 0;
for (const dir of units(fixtures).sort()) {
  const name = relative(fixtures, dir);
  if (only && !name.startsWith(only)) continue;
  if (name.startsWith('hostile/')) continue; // hostile cases are driven by their own test
  const report = await checkUnit(dir, { listClaims: true });
  const text = snapshot(report);
  const file = join(target, `${name.replace(/[\\/]/g, '__')}.json`);
  if (save) {
    mkdirSync(target, { recursive: true });
    writeFileSync(file, text);
    continue;
  }
  compared++;
  if (!existsSync(file)) {
    console.log(`new: ${name}`);
    changed++;
    continue;
  }
  const before = readFileSync(file, 'utf8');
  if (before === text) continue;
  changed++;
  const a = before.split('\n');
  const b = text.split('\n');
  const removed = a.filter((l) => !b.includes(l));
  const added = b.filter((l) => !a.includes(l));
  console.log(`changed: ${name}`);
  for (const l of removed.slice(0, 12)) console.log(`  - ${l.trim()}`);
  for (const l of added.slice(0, 12)) console.log(`  + ${l.trim()}`);
}
if (compare) {
  console.log(`${compared} units compared, ${changed} changed`);
  process.exit(changed > 0 ? 1 : 0);
}
