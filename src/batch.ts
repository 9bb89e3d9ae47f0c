/**
 * Many units in one run: found under the given paths, checked in parallel on worker threads, reported
 * in a stable order (sorted by path) whatever the parallelism. A unit's ledger lives only while it is
 * checked; the run keeps each unit's findings, not its tables.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { checkUnit, type CheckOptions } from './check.js';
import { discoverUnits } from './discover.js';
import { summarise, type Report, type UnitReport } from './report.js';

export interface BatchOptions extends Pick<CheckOptions, 'strict' | 'listClaims'> {
  previousDir?: string;
  /** Worker threads; 1 checks in this thread. Default: the number of CPUs. */
  jobs?: number;
  /** A terminal stream for a progress bar (only when more than one unit is checked). */
  progress?: NodeJS.WritableStream | { write(s: string): unknown };
}

type Task = { dir: string; strict?: boolean; listClaims?: boolean; previousDir?: string };

/** Check one unit; an internal error becomes an input problem of that unit, never a crash of the run. */
export async function checkTask(task: Task): Promise<UnitReport> {
  try {
    return await checkUnit(task.dir, { strict: task.strict, listClaims: task.listClaims, previousDir: task.previousDir });
  } catch (e) {
    return {
      path: task.dir,
      findings: [],
      files: [],
      skippedRules: [],
      problems: [{ file: task.dir, reason: `internal error while checking: ${String((e as Error)?.message ?? e).split('\n')[0]}` }],
    };
  }
}

function workerPool(size: number, tasks: Task[], onDone: (i: number, r: UnitReport) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    let next = 0;
    let finished = 0;
    const workers: Worker[] = [];
    if (tasks.length === 0) return resolve();
    const feed = (w: Worker) => {
      if (next >= tasks.length) return;
      const i = next++;
      w.postMessage({ i, task: tasks[i] });
    };
    for (let k = 0; k < Math.min(size, tasks.length); k++) {
      const w = new Worker(new URL('./worker.js', import.meta.url));
      workers.push(w);
      w.on('message', ({ i, report }: { i: number; report: UnitReport }) => {
        onDone(i, report);
        finished++;
        if (finished === tasks.length) {
          Promise.all(workers.map((x) => x.terminate())).then(() => resolve(), reject);
        } else feed(w);
      });
      w.on('error', reject);
      feed(w);
    }
  });
}

export async function runBatch(paths: string[], options: BatchOptions = {}): Promise<Report> {
  const { units, problems } = await discoverUnits(paths);
  const tasks: Task[] = units.map((dir) => ({ dir, strict: options.strict, listClaims: options.listClaims, previousDir: options.previousDir }));
  const results: UnitReport[] = new Array(tasks.length);
  const jobs = Math.max(1, Math.min(options.jobs ?? availableParallelism(), tasks.length || 1));
  const bar =
    options.progress && tasks.length > 1
      ? new (await import('cli-progress')).SingleBar({
          stream: options.progress as NodeJS.WritableStream,
          format: 'checking {bar} {value}/{total} units | {rate} units/s | ETA {eta_formatted}',
          hideCursor: true,
          clearOnComplete: true,
        })
      : undefined;
  const started = Date.now();
  bar?.start(tasks.length, 0, { rate: '0' });
  let done = 0;
  const onDone = (i: number, r: UnitReport) => {
    results[i] = r;
    done++;
    bar?.update(done, { rate: (done / Math.max(0.001, (Date.now() - started) / 1000)).toFixed(1) });
  };
  if (jobs === 1 || !import.meta.url.endsWith('.js')) {
    for (let i = 0; i < tasks.length; i++) onDone(i, await checkTask(tasks[i]));
  } else {
    await workerPool(jobs, tasks, onDone);
  }
  bar?.stop();
  const unreadable: UnitReport[] = problems.map((p) => ({ path: p.file, findings: [], files: [], skippedRules: [], problems: [p] }));
  const all = [...results, ...unreadable].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { units: all, summary: summarise(all) };
}
