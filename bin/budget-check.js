#!/usr/bin/env node
import { loadCli } from './load-cli.js';

let cli;
try {
  cli = loadCli();
} catch (e) {
  if (e?.code !== 'ENOENT') throw e;
  process.stderr.write(`budget-check: ${e.path} is missing: build the command line first (npm run build)\n`);
  process.exit(2);
}
const { main, useWorkerEntry } = cli;
useWorkerEntry(new URL('./worker.js', import.meta.url));

// A reader that stops early (`budget-check … | head`) is not an error of ours.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
}

process.exitCode = await main(process);
