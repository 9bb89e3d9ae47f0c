/**
 * Many units in one run: found under the given paths, checked in parallel on worker threads, and
 * handed on one at a time in a stable order (sorted by path) whatever the parallelism. Neither a
 * unit's ledger nor its report outlives its turn: the run keeps a few reports waiting for their
 * turn, never every unit.
 */
import { availableParallelism } from 'node:os';
import { parentPort, Worker } from 'node:worker_threads';
import type { CheckOptions } from './check.js';
import type { RuleConfig } from './config.js';
import { discoverUnits } from './discover.js';
import { firstLine } from './load/errors.js';
import { addToSummary, emptySummary, type InputProblem, type Report, type Summary, type UnitReport } from './report.js';

export interface BatchOptions extends Pick<CheckOptions, 'strict' | 'listClaims' | 'includeSource'> {
  previousDir?: string;
  /** Worker threads (a single unit is checked in this thread). Default: defaultJobs(units). */
  jobs?: number;
  /** A terminal stream for a progress bar (only when more than one unit is checked). */
  progress?: NodeJS.WritableStream | { write(s: string): unknown };
  /** The bar's line (cli-progress's format: {bar} {value} {total} {rate} {eta_formatted}), in the report's language. */
  progressFormat?: string;
  /** Files that are never input (the report being written), by path. */
  exclude?: string[];
  /** Stops the check (a signal, a report that cannot be written): the workers are ended and checkUnits throws Interrupted. */
  signal?: AbortSignal;
  /** Which rules run and at which severity (budget-check.json, --rule), applied where each unit is checked. */
  config?: RuleConfig;
  /**
   * Each unit's report before it is counted and handed on: a baseline leaves its known findings out
   * (`known` of them), so that the totals and the exit code count only the others.
   */
  review?: (u: UnitReport) => { report: UnitReport; known: number };
}

/** The batch was stopped through BatchOptions.signal before every unit was checked. */
export class Interrupted extends Error {
  constructor(readonly reason: unknown) {
    super('interrupted');
    this.name = 'Interrupted';
  }
}

type Task = { dir: string; strict?: boolean; listClaims?: boolean; includeSource?: boolean; previousDir?: string; exclude?: string[]; config?: RuleConfig };

/**
 * Check one unit; an internal error becomes an input problem of that unit, never a crash of the run.
 * A worker posts the report, which copies it: it needs no copy of its own (`inPlace`).
 */
export async function checkTask(task: Task, inPlace = false): Promise<UnitReport> {
  try {
    // Loaded where units are checked: a batch's main thread, which only hands units to workers, never loads the rules.
    const { checkUnit, checkUnitInPlace } = await import('./check.js');
    return await (inPlace ? checkUnitInPlace : checkUnit)(task.dir, { strict: task.strict, listClaims: task.listClaims, includeSource: task.includeSource, previousDir: task.previousDir, exclude: task.exclude, config: task.config });
  } catch (e) {
    return failed(task.dir, `internal error while checking: ${firstLine(e)}`);
  }
}

/** The module a worker thread runs: it calls serveWorker (dist/worker.js; the command line's bin/worker.js). */
let workerEntry = new URL('./worker.js', import.meta.url);

/** Start the batch's worker threads from another module (the bundled command line starts its own). */
export function useWorkerEntry(entry: URL): void {
  workerEntry = entry;
}

/** A worker thread's loop: check the units it is sent, one at a time. */
export function serveWorker(): void {
  const port = parentPort;
  port?.on('message', async ({ i, task }: { i: number; task: Task }) => {
    port.postMessage({ i, report: await checkTask(task, true) });
  });
}

/** Heap limit of a worker: it keeps each worker's memory flat; a unit that needs more is reported, not fatal. */
export const WORKER_HEAP_MB = 160;

/**
 * What starting a worker costs, in units' worth of checking time (about 6 ms a unit, warm), as
 * measured on two cores. V8's optimising compiler spends about 3.5–4 s of CPU time on the check's hot
 * code, for each worker (on background threads); and the worker's first units, checked before that
 * code is ready, take about 0.8 s longer on the worker itself. Not all of the compiler's time competes
 * with the checking (a worker waits on its files too): the CPU share is set where one and two workers
 * were measured to tie on two cores, at about 600 units (2 × WARM_UP_CPU_UNITS).
 */
export const WARM_UP_CPU_UNITS = 300;
export const WARM_UP_WALL_UNITS = 130;

/**
 * Worker threads by default: the number with the least estimated time. k workers take at least
 * units/k + WARM_UP_WALL_UNITS each, and at least all their CPU time, k × (WARM_UP_CPU_UNITS +
 * WARM_UP_WALL_UNITS) + units, shared among the CPUs; never more workers than units. On two cores
 * that is one worker up to 600 units (measured: faster than two at 300, as fast at 600) and two beyond
 * (faster at 800 and 1,000); on more cores, more workers for fewer units, as their compilers run on
 * cores the checking leaves idle.
 */
export function defaultJobs(units: number, cpus: number = availableParallelism()): number {
  let best = 1;
  let least = Infinity;
  for (let k = 1; k <= Math.max(1, Math.min(cpus, units)); k++) {
    const time = Math.max(units / k + WARM_UP_WALL_UNITS, (k * (WARM_UP_CPU_UNITS + WARM_UP_WALL_UNITS) + units) / cpus);
    if (time < least) [best, least] = [k, time];
  }
  return best;
}

/**
 * Worker threads for a batch: as asked (else defaultJobs), but never more than the units nor twice
 * the CPUs. Each worker has a heap of its own (WORKER_HEAP_MB) and compiles the check for itself:
 * `--jobs 64` on two cores started 64 of them (1.2 GB for 70 units, slower than 2).
 */
export function workerCount(jobs: number | undefined, units: number, cpus: number = availableParallelism()): number {
  return Math.max(1, Math.min(jobs ?? defaultJobs(units, cpus), units, cpus * 2));
}

/** Units checked ahead of the next one due: bounds the reports waiting for their turn behind a slow unit. */
export const WINDOW_PER_JOB = 32;

/** The report of a unit that could not be checked (or a path that could not be searched): its one problem. */
function failed(path: string, problem: InputProblem | string): UnitReport {
  return { path, findings: [], files: [], skippedRules: [], problems: [typeof problem === 'string' ? { file: path, reason: problem } : problem] };
}

/**
 * Up to `size` worker threads, each checking one unit at a time, never more than `window` tasks
 * ahead of `due()`. A worker that dies (out of memory, a crash) fails only the unit it was checking,
 * and is replaced. `onDone` returns once the report has been handed on.
 */
function workerPool(
  size: number,
  tasks: Task[],
  window: number,
  due: () => number,
  onDone: (i: number, r: UnitReport) => void,
  signal?: AbortSignal,
): Promise<void> {
  return new Promise((resolve) => {
    let next = 0;
    let finished = 0;
    let stopped = false;
    const live = new Set<Worker>();
    const waiting: (() => void)[] = [];
    const stop = () => {
      if (stopped) return;
      stopped = true;
      signal?.removeEventListener('abort', stop);
      for (const w of live) void w.terminate();
      resolve();
    };
    const finish = () => {
      if (finished < tasks.length) return;
      stop();
    };
    signal?.addEventListener('abort', stop);
    const done = (i: number, r: UnitReport) => {
      if (stopped) return;
      onDone(i, r);
      finished++;
      // Reports handed on may have made room for the workers that wait.
      for (const feed of waiting.splice(0)) feed();
    };
    const spawn = () => {
      if (stopped || next >= tasks.length) return;
      const w = new Worker(workerEntry, { resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
      live.add(w);
      let current = -1;
      const feed = () => {
        current = -1;
        if (stopped || next >= tasks.length) return;
        if (next - due() >= window) {
          waiting.push(feed);
          return;
        }
        current = next++;
        w.postMessage({ i: current, task: tasks[current] });
      };
      w.on('message', ({ i, report }: { i: number; report: UnitReport }) => {
        done(i, report);
        feed();
        finish();
      });
      w.on('error', (e: Error & { code?: string }) => {
        if (current < 0) return;
        const reason = e.code === 'ERR_WORKER_OUT_OF_MEMORY' ? `the check needed more than ${WORKER_HEAP_MB} MB of memory` : `internal error while checking: ${firstLine(e)}`;
        const i = current;
        current = -1;
        done(i, failed(tasks[i].dir, reason));
      });
      w.on('exit', (code) => {
        live.delete(w);
        if (current >= 0) {
          // Gone without an error event: its unit is not left waiting.
          const i = current;
          current = -1;
          done(i, failed(tasks[i].dir, `internal error while checking: the worker stopped (exit code ${code})`));
        }
        if (finished < tasks.length) spawn();
        finish();
      });
      feed();
    };
    if (signal?.aborted) stop();
    for (let k = 0; k < Math.min(size, tasks.length); k++) spawn();
  });
}

const byPath = (a: UnitReport | Task, b: UnitReport | Task) => {
  const x = 'path' in a ? a.path : a.dir;
  const y = 'path' in b ? b.path : b.dir;
  return x < y ? -1 : x > y ? 1 : 0;
};

/**
 * Check every unit under `paths`, handing each unit's report to `onUnit` in path order as soon as it
 * and every unit before it are checked. Paths that could not be searched come as units with a
 * problem, in their place. Returns the totals.
 */
export async function checkUnits(paths: string[], options: BatchOptions, onUnit: (u: UnitReport) => void): Promise<Summary> {
  const signal = options.signal;
  const { units, problems, skipped } = await discoverUnits(paths, { exclude: options.exclude });
  if (signal?.aborted) throw new Interrupted(signal.reason);
  // Discovered units and unsearchable paths in one order; a stable sort keeps units first on a tie.
  const entries: (Task | UnitReport)[] = [
    ...units.map((dir): Task => ({ dir, strict: options.strict, listClaims: options.listClaims, includeSource: options.includeSource, previousDir: options.previousDir, exclude: options.exclude, config: options.config })),
    ...problems.map((p) => failed(p.file, p)),
  ].sort(byPath);
  const tasks: Task[] = [];
  const slotOf: number[] = [];
  entries.forEach((e, slot) => {
    if ('dir' in e) {
      slotOf.push(slot);
      tasks.push(e);
    }
  });

  const summary = emptySummary();
  if (skipped.length > 0) summary.skipped = skipped;
  const ready = new Map<number, UnitReport>();
  let emitted = 0;
  /** Tasks handed on so far: the index of the first task still due. */
  let tasksEmitted = 0;
  const emit = () => {
    while (emitted < entries.length) {
      const e = entries[emitted];
      const checked = 'dir' in e ? ready.get(emitted) : e;
      if (!checked) return;
      if ('dir' in e) tasksEmitted++;
      ready.delete(emitted);
      emitted++;
      let report = checked;
      if (options.review) {
        const reviewed = options.review(checked);
        report = reviewed.report;
        summary.known = (summary.known ?? 0) + reviewed.known;
      }
      addToSummary(summary, report);
      onUnit(report);
    }
  };

  const jobs = workerCount(options.jobs, tasks.length);
  const bar =
    options.progress && tasks.length > 1
      ? new (await import('cli-progress')).SingleBar({
          stream: options.progress as NodeJS.WritableStream,
          format: options.progressFormat ?? 'checking {bar} {value}/{total} units | {rate} units/s | ETA {eta_formatted}',
          hideCursor: true,
          clearOnComplete: true,
        })
      : undefined;
  const started = Date.now();
  bar?.start(tasks.length, 0, { rate: '0' });
  let done = 0;
  const onDone = (i: number, r: UnitReport) => {
    ready.set(slotOf[i], r);
    done++;
    bar?.update(done, { rate: (done / Math.max(0.001, (Date.now() - started) / 1000)).toFixed(1) });
    emit();
  };
  try {
    emit();
    // A batch is checked on worker threads, whose bounded heaps keep a unit that needs too much memory from
    // stopping the others; one unit is checked here, which starts sooner. Workers run the compiled
    // dist/worker.js: from the TypeScript sources (under test) every unit is checked here.
    if (tasks.length <= 1 || import.meta.url.endsWith('.ts')) {
      for (let i = 0; i < tasks.length && !signal?.aborted; i++) onDone(i, await checkTask(tasks[i]));
    } else {
      await workerPool(jobs, tasks, WINDOW_PER_JOB * jobs, () => tasksEmitted, onDone, signal);
    }
  } finally {
    // Also when stopped: the bar gives the terminal its cursor back.
    bar?.stop();
  }
  if (signal?.aborted) throw new Interrupted(signal.reason);
  emit();
  return summary;
}

/** Every unit's report, in path order, with the totals (for callers that want the whole report). */
export async function runBatch(paths: string[], options: BatchOptions = {}): Promise<Report> {
  const units: UnitReport[] = [];
  const summary = await checkUnits(paths, options, (u) => units.push(u));
  return { units, summary };
}
