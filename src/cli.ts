/**
 * The command line: parse arguments, check the units, render the report, write it, and map it to
 * an exit code (0 clean, 1 discrepancies, 2 input that could not be read or bad arguments).
 */
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { checkUnits, Interrupted } from './batch.js';
import { OutputError, openOutput, spool, type Output } from './output.js';
import { joinPath, type RuleMeta } from './format/meta.js';
import type { Summary } from './report.js';
import type { ReportWriter } from './format/writer.js';
import { VERSION } from './version.js';
import { firstLine, ioReason } from './load/errors.js';
import { statSync } from 'node:fs';
import { escapeName, escapeText, fsPath } from './escape.js';
import { resolvedPath } from './discover.js';

// The bundled command line (dist/bundle.cjs) serves its own worker threads: see bin/worker.js.
export { serveWorker, useWorkerEntry } from './batch.js';
export { ioReason } from './load/errors.js';

export interface Proc {
  argv: string[];
  env: NodeJS.ProcessEnv;
  stdout: { write(s: string): unknown; isTTY?: boolean };
  stderr: { write(s: string): unknown; isTTY?: boolean; columns?: number };
  /** Where SIGINT and SIGTERM come from (the process): a run that receives one stops, cleans up and exits 130 or 143. */
  on?(event: 'SIGINT' | 'SIGTERM', listener: (signal: NodeJS.Signals) => void): unknown;
  off?(event: 'SIGINT' | 'SIGTERM', listener: (signal: NodeJS.Signals) => void): unknown;
  /** Ends the process at once: a second signal while the first is being handled. */
  exit?(code: number): never;
}

/** The exit code of a run stopped by a signal: 128 + its number. */
export const SIGNAL_EXIT: Record<'SIGINT' | 'SIGTERM', number> = { SIGINT: 130, SIGTERM: 143 };

export const FORMATS = ['table', 'json', 'sarif', 'junit', 'github', 'csv', 'html'] as const;
/** Languages of the report's own words (the html format's, for now). */
export const LANGS = ['en', 'zh-CN'] as const;
export type Format = (typeof FORMATS)[number];

export interface CliOptions {
  format: Format;
  output?: string;
  strict?: boolean;
  claims?: boolean;
  previous?: string;
  quiet?: boolean;
  maxWarnings?: number;
  jobs?: number;
  color?: boolean;
  progress?: boolean;
  debug?: boolean;
  lang?: (typeof LANGS)[number];
}

const EXIT_CODES = `
Exit codes:
  0  no error (warnings and notes allowed, unless --max-warnings is exceeded)
  1  at least one error, or more warnings than --max-warnings
  2  an input could not be read or recognised, or the arguments are wrong`;

/** 0 clean, 1 discrepancies, 2 input that could not be read. */
export function exitCode(summary: Summary, maxWarnings?: number): number {
  if (summary.unreadable > 0) return 2;
  if (summary.errors > 0) return 1;
  if (maxWarnings !== undefined && summary.warnings > maxWarnings) return 1;
  return 0;
}

function wholeNumber(min: number) {
  return (value: string) => {
    if (!/^\d+$/.test(value) || Number(value) < min) throw new InvalidArgumentError(`expected a whole number ≥ ${min}`);
    return Number(value);
  };
}

/** The catalogue's metadata, for the formats that describe the rules (loaded only for them). */
export async function ruleMeta(): Promise<RuleMeta[]> {
  const { rules } = await import('./rules/index.js');
  return rules.map(({ id, name, severity, doc, kinds }) => ({ id, name, severity, doc, kinds: kinds ?? ['budget', 'final'] }));
}

/** The writer of the chosen format (each formatter is loaded only when it is used). */
export async function writerFor(options: Pick<CliOptions, 'format' | 'claims' | 'quiet' | 'lang'>, colour: boolean): Promise<ReportWriter> {
  switch (options.format) {
    case 'html':
      return (await import('./format/html.js')).htmlWriter({ lang: options.lang, version: VERSION });
    case 'json':
      return (await import('./format/json.js')).jsonWriter();
    case 'sarif':
      return (await import('./format/sarif.js')).sarifWriter(await ruleMeta(), { name: 'budget-check', version: VERSION });
    case 'junit':
      return (await import('./format/junit.js')).junitWriter(await ruleMeta());
    case 'github':
      return (await import('./format/github.js')).githubWriter();
    case 'csv':
      return (await import('./format/csv.js')).csvWriter();
    default: {
      const [{ tableWriter }, { Chalk }] = await Promise.all([import('./format/table.js'), import('chalk')]);
      return tableWriter({ chalk: new Chalk({ level: colour ? 1 : 0 }), claims: options.claims, quiet: options.quiet });
    }
  }
}

function colourWanted(proc: Proc, options: CliOptions, toFile: boolean): boolean {
  if (options.color === false || toFile) return false;
  if (proc.env.NO_COLOR !== undefined && proc.env.NO_COLOR !== '') return false;
  if (proc.env.FORCE_COLOR !== undefined && proc.env.FORCE_COLOR !== '0') return true;
  return !!proc.stdout.isTTY;
}

export async function main(proc: Proc): Promise<number> {
  let code = 0;
  const program = new Command();
  program
    .name('budget-check')
    .description('Audit Chinese government budget disclosures (单位预算公开 / 部门预算公开): table identities, cross-table checks and narrative claims.')
    .version(VERSION, '-V, --version')
    .argument('[paths...]', 'unit directories (CSV files, a workbook or a published PDF, and the narrative), workbooks, PDFs, or parents of unit directories (searched at any depth)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(FORMATS).default('table'))
    .option('-o, --output <file>', 'write the report to a file instead of standard output')
    .option('--strict', 'treat any difference as an error, even one explained by rounding')
    .option('--claims', 'list every narrative claim with its status and the figure it was checked against (table and json formats)')
    .option('--previous <dir>', "last year's package of the same unit: check the narrative's implied prior-year figures against it")
    .option('-q, --quiet', 'show errors only (table format)')
    .option('--max-warnings <n>', 'exit 1 when there are more warnings than this', wholeNumber(0))
    .option('-j, --jobs <n>', 'worker threads checking units in parallel (default: as many as the batch is large enough to repay starting, at most one per CPU)', wholeNumber(1))
    .option('--no-progress', 'no progress bar, even on a terminal')
    .option('--no-color', 'no colour, even on a terminal')
    .addOption(new Option('--lang <lang>', "language of the report's own words (html format)").choices(LANGS).default('en'))
    .option('--debug', 'print the stack trace of an internal error')
    .addHelpText('after', EXIT_CODES)
    .showSuggestionAfterError()
    .enablePositionalOptions()
    .exitOverride()
    .configureOutput({
      writeOut: (s) => proc.stdout.write(s),
      writeErr: (s) => proc.stderr.write(s),
      outputError: (s) => proc.stderr.write(`budget-check: ${escapeText(s.replace(/^error: /, '').split('\n')[0])}\n`),
    })
    .action(async (paths: string[], options: CliOptions) => {
      if (paths.length === 0) throw new CommanderError(2, 'budget-check.noPaths', 'no unit directory given (try --help)');
      if (options.previous && paths.length > 1) throw new CommanderError(2, 'budget-check.conflict', '--previous takes one unit: give exactly one path with it');
      if (options.claims && options.format !== 'table' && options.format !== 'json' && options.format !== 'html') {
        throw new CommanderError(2, 'budget-check.conflict', `--claims lists claims in the table, json and html formats, not in ${options.format}`);
      }
      // Checked before any unit is: a --previous pointing nowhere was reported after the whole check.
      if (options.previous !== undefined) {
        let reason: string | undefined;
        try {
          if (!statSync(fsPath(options.previous)).isDirectory()) reason = 'not a directory';
        } catch (e) {
          reason = ioReason(e, 'no such directory');
        }
        if (reason) throw new CommanderError(2, 'budget-check.previous', `--previous ${escapeName(options.previous)}: ${reason}`);
      }
      const toFile = options.output !== undefined;
      const progress = options.progress !== false && !!proc.stderr.isTTY;
      const writer = await writerFor(options, colourWanted(proc, options, toFile));
      const problems: string[] = [];
      // A signal, or a report that cannot be written, stops the check: the workers end, the partial
      // report is removed (an earlier one stays as it was) and the terminal gets its cursor back.
      // Listened for before the report file is opened, so that no signal can leave it behind.
      const stop = new AbortController();
      let signalled: 'SIGINT' | 'SIGTERM' | undefined;
      let writeFailure: unknown;
      let output: Output | undefined;
      const onSignal = (sig: NodeJS.Signals) => {
        if (signalled) {
          // A second signal: no more waiting.
          output?.abort();
          proc.exit?.(SIGNAL_EXIT[signalled]);
          return;
        }
        signalled = sig === 'SIGTERM' ? 'SIGTERM' : 'SIGINT';
        stop.abort(sig);
      };
      proc.on?.('SIGINT', onSignal);
      proc.on?.('SIGTERM', onSignal);
      let body: ReturnType<typeof spool> | undefined;
      let summary: Summary | undefined;
      try {
        // On a terminal with a progress bar, the report waits for the bar to finish; elsewhere it is written as the units come.
        const out = (output = openOutput(proc, options.output, !toFile && progress && !!proc.stdout.isTTY));
        body = writer.headAfterUnits ? spool() : undefined;
        if (!writer.headAfterUnits) out.write(writer.head());
        summary = await checkUnits(
          paths,
          {
            strict: options.strict,
            listClaims: options.claims,
            // The html format shows the tables and the narrative, with every claim marked.
            includeSource: options.format === 'html',
            previousDir: options.previous,
            jobs: options.jobs,
            progress: progress ? proc.stderr : undefined,
            signal: stop.signal,
            // The report is never input, even when it is written among the units.
            exclude: toFile ? [resolvedPath(options.output!)] : undefined,
          },
          (u) => {
            if (stop.signal.aborted) return;
            try {
              (body ?? out).write(writer.unit(u));
            } catch (e) {
              // Called from a worker's message: thrown here, it would escape the run as an uncaught
              // exception. The check stops, and the error is thrown once the workers have ended.
              writeFailure = e;
              stop.abort(e);
              return;
            }
            for (const p of u.problems) {
              const file = p.file === u.path ? p.file : joinPath(u.path, p.file);
              // Names and reasons escaped: a name may hold control characters, and only this line may be printed.
              problems.push(`budget-check: ${escapeName(file)}${p.line ? `:${p.line}` : ''}: ${escapeText(p.reason)}\n`);
            }
          },
        );
        if (body) {
          out.write(writer.head());
          body.copyTo(out);
        }
        out.write(writer.tail(summary));
        out.close();
      } catch (e) {
        output?.abort();
        if (writeFailure !== undefined) throw writeFailure;
        if (e instanceof Interrupted && signalled) {
          proc.stderr.write(`budget-check: interrupted (${signalled}): ${toFile ? `${escapeName(options.output!)} was not written` : 'the report is incomplete'}\n`);
          code = SIGNAL_EXIT[signalled];
          return;
        }
        throw e;
      } finally {
        body?.close();
        proc.off?.('SIGINT', onSignal);
        proc.off?.('SIGTERM', onSignal);
      }
      for (const line of problems) proc.stderr.write(line);
      code = exitCode(summary, options.maxWarnings);
    });

  program
    .command('rules')
    .description('list the rule catalogue')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['table', 'json']).default('table'))
    .action(async (options: { format: 'table' | 'json' }) => {
      const { formatRules } = await import('./format/rules.js');
      proc.stdout.write(formatRules(await ruleMeta(), options.format));
    });

  program
    .command('extract')
    .description('write what was read from a published PDF or a workbook: a CSV file per table and the narrative as text, to look at and correct')
    .argument('<file>', 'a published PDF or a workbook (.xlsx)')
    .requiredOption('--out <dir>', 'the directory to write (created if missing)')
    .action(async (file: string, options: { out: string }) => {
      const [{ extract }, { InputError }] = await Promise.all([import('./extract.js'), import('./load/errors.js')]);
      try {
        const { files } = await extract(file, options.out);
        for (const f of files) proc.stdout.write(`${joinPath(options.out, f.file)}: ${f.holds}\n`);
      } catch (e) {
        if (!(e instanceof InputError)) throw e;
        proc.stderr.write(`budget-check: ${file === e.file || file.endsWith(`/${e.file}`) ? file : joinPath(file, e.file)}: ${e.reason}\n`);
        code = 2;
      }
    });

  const debug = proc.argv.includes('--debug');
  try {
    await program.parseAsync(proc.argv);
    return code;
  } catch (e) {
    if (e instanceof OutputError) {
      proc.stderr.write(`budget-check: ${e.message}\n`);
      return 2;
    }
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return 0;
      if (e.code.startsWith('budget-check.')) proc.stderr.write(`budget-check: ${escapeText(e.message)}\n`);
      return 2;
    }
    proc.stderr.write(`budget-check: internal error: ${escapeText(firstLine(e))}${debug ? '' : ' (run with --debug for details)'}\n`);
    if (debug) proc.stderr.write(`${(e as Error)?.stack ?? e}\n`);
    return 2;
  }
}
