// A worker thread of a batch run from the command line: the bundle, with its code cache (see load-cli.js).
import { loadCli } from './load-cli.js';

loadCli().serveWorker();
