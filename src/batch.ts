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
    return failed(task, `internal error while checking: ${String((e as Error)?.message ?? e).split('\n')[0]}`);
  }
}

/** Heap limit of a worker: it keeps each worker's memory flat; a unit that needs more is reported, not fatal. */
export const WORKER_HEAP_MB = 160;

function failed(task: Task, reason: string): UnitReport {
  return { path: task.dir, findings: [], files: [], skippedRules: [], problems: [{ file: task.dir, reason }] };
}

/**
 * Up to `size` worker threads, each checking one unit at a time. A worker that dies (out of memory,
 * a crash) fails only the unit it was checking, and is replaced.
 */
function workerPool(size: number, tasks: Task[], onDone: (i: number, r: UnitReport) => void): Promise<void> {
  return new Promise((resolve) => {
    let next = 0;
    let finished = 0;
    const live = new Set<Worker>();
    const finish = () => {
      if (finished < tasks.length) return;
      for (const w of live) void w.terminate();
      resolve();
    };
    const spawn = () => {
      if (next >= tasks.length) return;
      const w = new Worker(new URL('./worker.js', import.meta.url), { resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
      live.add(w);
      let current = -1;
      const feed = () => {
        if (next >= tasks.length) {
          current = -1;
          return;
        }
        current = next++;
        w.postMessage({ i: current, task: tasks[current] });
      };
      w.on('message', ({ i, report }: { i: number; report: UnitReport }) => {
        onDone(i, report);
        finished++;
        feed();
        finish();
      });
      w.on('error', (e: Error & { code?: string }) => {
        if (current < 0) return;
        const reason = e.code === 'ERR_WORKER_OUT_OF_MEMORY' ? `the check needed more than ${WORKER_HEAP_MB} MB of memory` : `internal error while checking: ${String(e.message).split('\n')[0]}`;
        onDone(current, failed(tasks[current], reason));
        finished++;
        current = -1;
      });
      w.on('exit', () => {
        live.delete(w);
        if (finished < tasks.length) spawn();
        finish();
      });
      feed();
    };
    for (let k = 0; k < Math.min(size, tasks.length); k++) spawn();
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
