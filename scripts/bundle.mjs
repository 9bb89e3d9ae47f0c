#!/usr/bin/env node
/**
 * The command line as one file (dist/bundle.js): a one-unit run then loads one module instead of
 * resolving and compiling about eighty, which is most of its start-up. Worker threads still load
 * dist/worker.js (a batch starts them once), and cli-table3 and csv-parse are still required from
 * node_modules when first used.
 */
import { build } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
await build({
  entryPoints: [join(root, 'dist/cli.js')],
  outfile: join(root, 'dist/bundle.js'),
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  logLevel: 'warning',
  // The CommonJS dependencies (commander, decimal.js's helpers, cli-progress) call require for Node's modules.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
});
