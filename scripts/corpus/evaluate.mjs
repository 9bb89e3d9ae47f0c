#!/usr/bin/env node
/**
 * budget-check against the real corpus: for each package of fixtures/real/, the inconsistencies the
 * oracle recomputed from the stated figures (expected.json) against the tool's findings on the
 * narrative, by line. Prints per package: claims found, linked, verified, contradicted, unlinked;
 * inconsistencies found and missed; findings the oracle has no inconsistency for (each to be judged:
 * a false alarm, or a fault the annotation left out). Run after `npm run build`.
 *
 *   node scripts/corpus/evaluate.mjs [--verbose] [package-dir ...]
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const { checkUnit } = await import(pathToFileURL(join(root, 'dist/index.js')).href);
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
let dirs = args.filter((a) => !a.startsWith('--'));
if (dirs.length === 0) {
  const real = join(root, 'fixtures', 'real');
  dirs = readdirSync(real).map((d) => join(real, d)).filter((d) => statSync(d).isDirectory()).sort();
}

const totals = { packages: 0, found: 0, verified: 0, contradicted: 0, unlinked: 0, expected: 0, caught: 0, missed: 0, extra: 0 };
const rows = [];
for (const dir of dirs) {
  const expectedFile = join(dir, 'expected.json');
  const expected = existsSync(expectedFile) ? JSON.parse(readFileSync(expectedFile, 'utf8')).inconsistencies : [];
  const report = await checkUnit(dir, { listClaims: true });
  const narrative = report.findings.filter((f) => /\.(txt|md)$/i.test(f.file) && f.severity !== 'note');
  const lines = new Set(narrative.map((f) => f.line));
  const expLines = new Set(expected.map((e) => e.line));
  const caught = [...expLines].filter((l) => lines.has(l));
  const missed = [...expLines].filter((l) => !lines.has(l));
  const extra = narrative.filter((f) => !expLines.has(f.line));
  const c = report.claimCounts ?? { found: 0, verified: 0, contradicted: 0, unlinked: 0 };
  totals.packages++;
  for (const k of ['found', 'verified', 'contradicted', 'unlinked']) totals[k] += c[k];
  totals.expected += expLines.size;
  totals.caught += caught.length;
  totals.missed += missed.length;
  totals.extra += extra.length;
  rows.push({ name: relative(join(root, 'fixtures/real'), dir), c, expected: expLines.size, caught, missed, extra, problems: report.problems });
}

const pad = (s, n) => String(s).padEnd(n);
console.log(`${pad('package', 52)} ${pad('found', 6)}${pad('verif', 6)}${pad('contr', 6)}${pad('unlnk', 6)} incons caught missed extra`);
for (const r of rows) {
  console.log(`${pad(r.name, 52)} ${pad(r.c.found, 6)}${pad(r.c.verified, 6)}${pad(r.c.contradicted, 6)}${pad(r.c.unlinked, 6)} ${pad(r.expected, 7)}${pad(r.caught.length, 7)}${pad(r.missed.length, 7)}${r.extra.length}`);
  if (verbose || r.missed.length || r.extra.length || r.problems.length) {
    for (const l of r.missed) console.log(`    missed: line ${l}`);
    for (const f of r.extra) console.log(`    extra:  ${f.rule} ${f.file}:${f.line} ${f.message}`);
    for (const p of r.problems) console.log(`    problem: ${p.file}${p.line ? `:${p.line}` : ''} ${p.reason}`);
  }
}
const linked = totals.found - totals.unlinked;
console.log(
  `\n${totals.packages} packages: claims found ${totals.found}, linked ${linked}, verified ${totals.verified}, contradicted ${totals.contradicted}, unlinked ${totals.unlinked} (${((100 * totals.unlinked) / Math.max(1, totals.found)).toFixed(1)}%); ` +
    `inconsistencies ${totals.expected}: caught ${totals.caught}, missed ${totals.missed}; findings without one: ${totals.extra}`,
);
