/** A worker thread of the batch: checks the units it is sent, one at a time. */
import { serveWorker } from './batch.js';

serveWorker();
