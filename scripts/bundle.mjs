#!/usr/bin/env node
/**
 * The command line as one CommonJS file, dist/bundle.cjs (esbuild), and V8's code cache for it,
 * dist/bundle.cache: a one-unit run then loads one file and compiles next to nothing, which is
 * most of its start-up (see bin/load-cli.js). The cache is written after the bundle has checked the
 * bundled sample in every format, so that it holds the functions a check runs, not only the top
 * level. Worker threads still load dist/worker.js (a batch starts them once), and cli-table3 and
 * csv-parse are still required from node_modules when first used.
 */
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
await build({
  entryPoints: [join(root, 'dist/cli.js')],
  outfile: join(root, 'dist/bundle.cjs'),
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  logLevel: 'warning',
  // The modules find their neighbours (dist/worker.js, package.json, node_modules) from their own URL.
  define: { 'import.meta.url': '__bundleUrl' },
  banner: { js: "const __bundleUrl = require('node:url').pathToFileURL(__filename).href;" },
});

// V8 (Node.js 20) crashes (a segmentation fault) running a regular expression with a named group
// "(?<name>…)" from a code cache: the bundle must hold none. Lookbehinds "(?<=", "(?<!" are fine.
const bundled = readFileSync(join(root, 'dist/bundle.cjs'), 'utf8');
const named = /\(\?<[A-Za-z_$]/.exec(bundled);
if (named) throw new Error(`dist/bundle.cjs holds a named group in a regular expression (${bundled.slice(named.index - 40, named.index + 40)}): V8 crashes running it from the code cache; use a numbered group`);

const { loadCli } = await import(join(root, 'bin/load-cli.js'));
const cli = loadCli();
const quiet = { write: () => true };
for (const format of ['table', 'json', 'sarif', 'junit', 'github', 'csv']) {
  const argv = ['node', 'budget-check', join(root, 'fixtures/units/kizilsu-2024'), '--format', format, '--no-progress'];
  const code = await cli.main({ argv, env: {}, stdout: quiet, stderr: quiet });
  if (code !== 0) throw new Error(`the bundle checked the sample with exit code ${code} (--format ${format})`);
}
cli.saveCache();
