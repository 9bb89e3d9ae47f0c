/** A worker thread of the batch: checks the units it is sent, one at a time. */
import { parentPort } from 'node:worker_threads';
import { checkTask } from './batch.js';

parentPort?.on('message', async ({ i, task }) => {
  parentPort!.postMessage({ i, report: await checkTask(task, true) });
});
