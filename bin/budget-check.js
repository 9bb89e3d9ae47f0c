#!/usr/bin/env node
import { main } from '../dist/bundle.js';

// A reader that stops early (`budget-check … | head`) is not an error of ours.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
}

process.exitCode = await main(process);
