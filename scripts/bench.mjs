#!/usr/bin/env node
/**
 * Benchmark: N units copied from the sample and its committed variants (GB18030, 元 with thousands
 * separators, joined codes) with a fault in every 25th in a temporary directory; the batch is timed against the floor of
 * merely reading the same files (decoded) and parsing the CSV files with csv-parse in one process. Each measurement runs in
 * its own process (peak RSS and the CPU time of all its threads from process.resourceUsage). Prints medians.
 *
 *   npm run bench -- --units 2000 --runs 3
 *   npm run bench -- --units 1000,10000 --runs 1 --jobs 2
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const sample = join(root, 'fixtures/units/kizilsu-2024');
const args = Object.fromEntries(
  process.argv.slice(2).reduce((acc, a, i, all) => (a.startsWith('--') ? [...acc, [a.slice(2), all[i + 1]]] : acc), []),
);
const sizes = String(args.units ?? '2000').split(',').map(Number);
const runs = Number(args.runs ?? 3);
const jobs = args.jobs ?? '';

/** The sample and its committed layout variants and faults (fixtures/), in turn. */
const SOURCES = ['units/kizilsu-2024', 'variants/yuan', 'variants/joined-codes', 'variants/gb18030'].map((d) => join(root, 'fixtures', d));
const FAULTY = join(root, 'fixtures/faults/tbl001-changed-cell');

function makeUnits(n, dir) {
  rmSync(dir, { recursive: true, force: true });
  for (let i = 0; i < n; i++) {
    const unit = join(dir, `p${String(i % 50).padStart(2, '0')}`, `unit-${String(i).padStart(5, '0')}`);
    mkdirSync(unit, { recursive: true });
    const source = i % 25 === 7 ? FAULTY : SOURCES[i % SOURCES.length];
    for (const f of readdirSync(source)) if (f !== 'expected.json') cpSync(join(source, f), join(unit, f));
  }
}

function measure(cmd, argv) {
  const t0 = process.hrtime.bigint();
  let out;
  try {
    out = execFileSync(cmd, argv, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 30 });
  } catch (e) {
    out = e.stdout; // exit 1 (findings) is expected
  }
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const rss = Number(/PEAK_RSS_KB=(\d+)/.exec(out)?.[1] ?? NaN);
  const cpu = Number(/CPU_US=(\d+)/.exec(out)?.[1] ?? NaN);
  return { seconds, rssMb: rss / 1024, cpuSeconds: cpu / 1e6 };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const floorScript = `
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
let records = 0;
let chars = 0;
const utf8 = new TextDecoder('utf-8', { fatal: true });
const gb = new TextDecoder('gb18030');
const walk = (d) => { for (const e of readdirSync(d, { withFileTypes: true })) {
  const p = join(d, e.name);
  if (e.isDirectory()) walk(p);
  else if (/\.(csv|txt|md)$/.test(p)) {
    const b = readFileSync(p); let t; try { t = utf8.decode(b); } catch { t = gb.decode(b); }
    if (p.endsWith('.csv')) records += parse(t, { relax_column_count: true, bom: true }).length; else chars += t.length;
  }
} };
walk(process.argv[2]);
const u = process.resourceUsage();
console.log('records=' + records + ' narrative chars=' + chars + ' PEAK_RSS_KB=' + u.maxRSS + ' CPU_US=' + (u.userCPUTime + u.systemCPUTime));
`;
// The command line as bin/budget-check.js runs it (the bundle, its code cache, its workers), in this process for its peak RSS.
const batchScript = `
import { loadCli } from ${JSON.stringify(join(root, 'bin/load-cli.js'))};
const { main, useWorkerEntry } = loadCli();
useWorkerEntry(new URL(${JSON.stringify(pathToFileURL(join(root, 'bin/worker.js')).href)}));
const code = await main({ ...process, argv: ['node', 'budget-check', process.argv[2], '--format', 'json', '--output', '/dev/null', '--no-progress'${jobs ? `, '--jobs', '${jobs}'` : ''}] });
const u = process.resourceUsage();
console.log('exit=' + code + ' PEAK_RSS_KB=' + u.maxRSS + ' CPU_US=' + (u.userCPUTime + u.systemCPUTime));
`;
// Where a unit's time goes, in one thread: loading, the table rules, the narrative (reading, linking
// and the claim rules), and writing its report; over the first units (V8 still compiling the hot code:
// warm-up) and the rest (steady state). CPU time of this thread, per unit.
const phasesScript = `
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
const dist = ${JSON.stringify(pathToFileURL(join(root, 'dist')).href)};
const { loadUnit } = await import(dist + '/load/unit.js');
const { checkLedger } = await import(dist + '/check.js');
const { rules } = await import(dist + '/rules/index.js');
const { jsonWriter } = await import(dist + '/format/json.js');
// The narrative's phase: the claim rules (reading the narrative included); the text rules (wording, names,
// punctuation) a phase of their own.
const needsNarrative = (r) => r.needsNarrative ?? r.id.startsWith('NC');
const textRules = rules.filter((r) => r.id.startsWith('TXT'));
const tableRules = rules.filter((r) => !needsNarrative(r) && !textRules.includes(r));
const claimRules = rules.filter((r) => needsNarrative(r) && !textRules.includes(r));
const dirs = [];
for (const p of readdirSync(process.argv[2])) for (const u of readdirSync(join(process.argv[2], p))) dirs.push(join(process.argv[2], p, u));
dirs.sort();
const WARM = Number(process.argv[3]);
const cpu = () => { const u = process.cpuUsage(); return u.user + u.system; };
const sums = { warm: { load: 0, tables: 0, narrative: 0, text: 0, output: 0 }, steady: { load: 0, tables: 0, narrative: 0, text: 0, output: 0 } };
const writer = jsonWriter();
let t = cpu();
const lap = (phase, i) => { const now = cpu(); sums[i < WARM ? 'warm' : 'steady'][phase] += now - t; t = now; };
for (let i = 0; i < dirs.length; i++) {
  t = cpu();
  const { ledger } = await loadUnit(dirs[i]);
  lap('load', i);
  const narrative = ledger.narrative;
  const tables = checkLedger({ ...ledger, narrative: undefined }, { rules: tableRules });
  lap('tables', i);
  // One ledger for both phases, as one check runs them: what the text rules share with the claims is read once.
  const read = { ...ledger, narrative };
  const claims = checkLedger(read, { rules: claimRules });
  lap('narrative', i);
  const text = textRules.length > 0 ? checkLedger(read, { rules: textRules }).findings : [];
  lap('text', i);
  writer.unit({ path: dirs[i], findings: [...tables.findings, ...claims.findings, ...text], files: ledger.files, skippedRules: [], problems: [], claimCounts: claims.claims?.counts });
  lap('output', i);
}
console.log(JSON.stringify({ warm: WARM, steady: dirs.length - WARM, sums }));
`;
const work = join(root, '.bench');
mkdirSync(work, { recursive: true });
writeFileSync(join(work, 'floor.mjs'), floorScript);
writeFileSync(join(work, 'batch.mjs'), batchScript);
writeFileSync(join(work, 'phases.mjs'), phasesScript);



// One unit, interleaved with a bare `node -e 0` so that the machine's own start-up time is known.
const single = [];
const bare = [];
for (let r = 0; r < Math.max(5, runs); r++) {
  single.push(measure(process.execPath, [join(root, 'bin/budget-check.js'), sample, '--format', 'json']).seconds);
  bare.push(measure(process.execPath, ['-e', '0']).seconds);
}
console.log(
  `one unit, end to end (process start included): median ${(median(single) * 1000).toFixed(0)} ms over ${single.length} runs ` +
    `(a bare \`node -e 0\`: ${(median(bare) * 1000).toFixed(0)} ms)`,
);

{
  const dir = join(work, 'units-phases');
  makeUnits(1300, dir);
  const WARM = 300;
  const results = [];
  for (let r = 0; r < runs; r++) results.push(JSON.parse(execFileSync(process.execPath, [join(work, 'phases.mjs'), dir, String(WARM)], { encoding: 'utf8', maxBuffer: 1 << 26 })));
  const per = (kind, phase) => median(results.map((x) => x.sums[kind][phase] / 1000 / x[kind === 'warm' ? 'warm' : 'steady']));
  const row = (kind) => ['load', 'tables', 'narrative', 'text', 'output'].map((p) => `${p} ${per(kind, p).toFixed(2)}`).join(', ');
  console.log(`per unit, one thread, CPU ms (median of ${runs}): first ${WARM} units (warm-up): ${row('warm')}; the next 1000 (steady): ${row('steady')}`);
  // The warm-up's cost: what its units took beyond as many units at the steady rate (V8's compiles, all threads).
  const total = (x, kind) => Object.values(x.sums[kind]).reduce((a, b) => a + b, 0) / 1000;
  const extra = median(results.map((x) => total(x, 'warm') - (WARM * total(x, 'steady')) / x.steady));
  console.log(`warm-up: ${(extra / 1000).toFixed(2)} s of CPU beyond the steady rate over the first ${WARM} units (median of ${runs})`);
  rmSync(dir, { recursive: true, force: true });
}

for (const n of sizes) {
  const dir = join(work, `units-${n}`);
  makeUnits(n, dir);
  const floor = [];
  const batch = [];
  for (let r = 0; r < runs; r++) {
    floor.push(measure(process.execPath, [join(work, 'floor.mjs'), dir]));
    batch.push(measure(process.execPath, [join(work, 'batch.mjs'), dir]));
  }
  const f = median(floor.map((m) => m.seconds));
  const b = median(batch.map((m) => m.seconds));
  console.log(
    `${n} units: batch ${b.toFixed(2)} s (${(n / b).toFixed(0)} units/s, CPU time ${median(batch.map((m) => m.cpuSeconds)).toFixed(1)} s, peak RSS ${median(batch.map((m) => m.rssMb)).toFixed(0)} MB); ` +
      `floor (read + csv-parse, one process) ${f.toFixed(2)} s (CPU time ${median(floor.map((m) => m.cpuSeconds)).toFixed(1)} s, peak RSS ${median(floor.map((m) => m.rssMb)).toFixed(0)} MB); ratio ${(b / f).toFixed(2)}× (median of ${runs})`,
  );
  rmSync(dir, { recursive: true, force: true });
}
rmSync(work, { recursive: true, force: true });
