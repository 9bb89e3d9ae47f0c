#!/usr/bin/env node
/**
 * Benchmark: N synthetic units generated from the sample (GB18030, 元 with thousands separators,
 * joined codes, a few faults) in a temporary directory; the batch is timed against the floor of
 * merely reading and parsing the same files with csv-parse in one process. Each measurement runs in
 * its own process (peak RSS from /proc's VmHWM via process.resourceUsage). Prints medians.
 *
 *   npm run bench -- --units 2000 --runs 3
 *   npm run bench -- --units 1000,10000 --runs 1 --jobs 2
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';

import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const sample = join(root, 'fixtures/units/kizilsu-2024');
const args = Object.fromEntries(
  process.argv.slice(2).reduce((acc, a, i, all) => (a.startsWith('--') ? [...acc, [a.slice(2), all[i + 1]]] : acc), []),
);
const sizes = String(args.units ?? '2000').split(',').map(Number);
const runs = Number(args.runs ?? 3);
const jobs = args.jobs ?? '';

/** Variants of the sample's files. */
const toYuan = (text) =>
  text
    .replace(/单位：万元/g, '单位：元')
    .split('\n')
    .map((line) =>
      line.startsWith('备注') || line.startsWith('编制')
        ? line
        : line.replace(/(^|,)(\d+)\.(\d{2})(?=,|\r|$)/g, (_, sep, int, dec) => {
            const yuan = (BigInt(int) * 10000n + BigInt(dec) * 100n).toString();
            return `${sep}"${yuan.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.00"`;
          }),
    )
    .join('\n');
const joinCodes = (text) => text.replace(/^(\uFEFF?)(\d{3}|类),(\d{2}|款|),(\d{2}|项|),/gm, (_, bom, a, b, c) => `${bom}${/\d/.test(a) ? a + b + c : '科目编码'},`);

function makeUnits(n, dir) {
  rmSync(dir, { recursive: true, force: true });
  const files = readdirSync(sample);
  const texts = Object.fromEntries(files.map((f) => [f, readFileSync(join(sample, f), 'utf8')]));
  for (let i = 0; i < n; i++) {
    const unit = join(dir, `p${String(i % 50).padStart(2, '0')}`, `unit-${String(i).padStart(5, '0')}`);
    mkdirSync(unit, { recursive: true });
    for (const f of files) {
      let text = texts[f];
      if (f.endsWith('.csv')) {
        if (i % 4 === 1) text = toYuan(text);
        if (i % 4 === 2) text = joinCodes(text);
        if (i % 25 === 7 && f.startsWith('表3')) text = text.replace('13.38,13.38,', '13.38,14.38,'); // a fault
      }
      const bytes = i % 4 === 3 ? iconv.encode(text.replace(/^\uFEFF/, ''), 'gb18030') : Buffer.from(text, 'utf8');
      writeFileSync(join(unit, f), bytes);
    }
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
  return { seconds, rssMb: rss / 1024 };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const floorScript = `
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
let records = 0;
const walk = (d) => { for (const e of readdirSync(d, { withFileTypes: true })) {
  const p = join(d, e.name);
  if (e.isDirectory()) walk(p);
  else if (p.endsWith('.csv')) { const b = readFileSync(p); const t = new TextDecoder(b[0] === 0xef ? 'utf-8' : 'gb18030').decode(b); records += parse(t, { relax_column_count: true }).length; }
} };
walk(process.argv[2]);
console.log('records=' + records + ' PEAK_RSS_KB=' + process.resourceUsage().maxRSS);
`;
const batchScript = `
import { main } from ${JSON.stringify(join(root, 'dist/cli.js'))};
const code = await main({ ...process, argv: ['node', 'budget-check', process.argv[2], '--format', 'json', '--output', '/dev/null', '--no-progress'${jobs ? `, '--jobs', '${jobs}'` : ''}] });
console.log('exit=' + code + ' PEAK_RSS_KB=' + process.resourceUsage().maxRSS);
`;
const work = join(root, '.bench');
mkdirSync(work, { recursive: true });
writeFileSync(join(work, 'floor.mjs'), floorScript);
writeFileSync(join(work, 'batch.mjs'), batchScript);



const single = [];
for (let r = 0; r < Math.max(3, runs); r++) single.push(measure(process.execPath, [join(root, 'bin/budget-check.js'), sample, '--format', 'json']).seconds);
console.log(`one unit, end to end (process start included): median ${(median(single) * 1000).toFixed(0)} ms over ${single.length} runs`);

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
    `${n} units: batch ${b.toFixed(2)} s (${(n / b).toFixed(0)} units/s, peak RSS ${median(batch.map((m) => m.rssMb)).toFixed(0)} MB); ` +
      `floor (read + csv-parse, one process) ${f.toFixed(2)} s (peak RSS ${median(floor.map((m) => m.rssMb)).toFixed(0)} MB); ratio ${(b / f).toFixed(2)}× (median of ${runs})`,
  );
  rmSync(dir, { recursive: true, force: true });
}
rmSync(work, { recursive: true, force: true });
