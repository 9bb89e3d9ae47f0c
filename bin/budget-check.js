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
const { main, useWorkerEntry, ioReason } = cli;
useWorkerEntry(new URL('./worker.js', import.meta.url));

// A reader that stops early (`budget-check … | head`) is not an error of ours. Any other failure to
// write the report (a full disk) is one line and exit 2, never a stack trace.
for (const [stream, name] of [[process.stdout, 'standard output'], [process.stderr, 'standard error']]) {
  stream.on('error', (e) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    if (stream !== process.stderr) process.stderr.write(`budget-check: cannot write the report to ${name}: ${ioReason(e)}\n`);
    process.exit(2);
  });
}

process.exitCode = await main(process);
