/**
 * The command line: parse arguments, check the units, render the report, write it, and map it to
 * an exit code (0 clean, 1 discrepancies, 2 input that could not be read or bad arguments).
 */
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { supportsColor } from 'chalk';
import { checkUnits, Interrupted } from './batch.js';
import { OutputError, openOutput, openReportFile, spool, type Output } from './output.js';
import { joinPath, type RuleMeta } from './format/meta.js';
import type { Summary, UnitReport } from './report.js';
import type { ReportWriter } from './format/writer.js';
import type { Words } from './format/words.js';
import { VERSION } from './version.js';
import { firstLine, ioReason } from './load/errors.js';
import { existsSync, statSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { escapeName, escapeText, fsPath } from './escape.js';
import { resolvedPath } from './discover.js';
import { detectLang, langOfArgv, localiser, parseLang, type Lang, type Localiser } from './i18n/index.js';
import { EN_CLI, type CliText } from './i18n/cli-text.js';
import { localiseHelp } from './i18n/help.js';
import { CONFIG_FILE, ConfigError, loadConfig, type RuleNames } from './config.js';
import { BaselineError, BaselineRecorder, readBaseline, withoutKnown } from './baseline.js';

// The bundled command line (dist/bundle.cjs) serves its own worker threads: see bin/worker.js.
export { serveWorker, useWorkerEntry } from './batch.js';
export { ioReason } from './load/errors.js';

export interface Proc {
  argv: string[];
  env: NodeJS.ProcessEnv;
  /** The working directory, where budget-check.json is looked for (default: the process's). */
  workdir?: string;
  /** A terminal's width (`columns`): the table report is wrapped to it. */
  stdout: { write(s: string): unknown; isTTY?: boolean; columns?: number };
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
export type Format = (typeof FORMATS)[number];

export interface CliOptions {
  format: Format;
  output?: string;
  lang?: Lang;
  config?: string;
  rule?: string[];
  baseline?: string;
  writeBaseline?: string;
  strict?: boolean;
  claims?: boolean;
  previous?: string;
  quiet?: boolean;
  maxWarnings?: number;
  jobs?: number;
  color?: boolean;
  progress?: boolean;
  debug?: boolean;
}

/** The format an --output file's extension asks for, when --format does not say. */
const FORMAT_OF_EXTENSION: Record<string, string> = { '.json': 'json', '.sarif': 'sarif', '.xml': 'junit', '.csv': 'csv', '.html': 'html' };

/** The report's format: --format when given, else the one --output's extension names (among FORMATS), else the table. */
export function formatOf(format: Format, given: boolean, output: string | undefined): Format {
  if (given || output === undefined) return format;
  const byExtension = FORMAT_OF_EXTENSION[extname(output).toLowerCase()];
  return byExtension !== undefined && (FORMATS as readonly string[]).includes(byExtension) ? (byExtension as Format) : format;
}

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

function language(value: string): Lang {
  const lang = parseLang(value);
  if (!lang) throw new InvalidArgumentError('expected zh-CN or en');
  return lang;
}

function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

/** The rule ids and names a configuration may name (the catalogue is loaded only when there is one). */
async function ruleNames(): Promise<RuleNames> {
  const { rules } = await import('./rules/index.js');
  return new Map(rules.flatMap((r) => [[r.id, r.id], [r.name, r.id]] as [string, string][]));
}

/** The catalogue's metadata, for the formats that describe the rules (loaded only for them). */
export async function ruleMeta(): Promise<RuleMeta[]> {
  const { rules } = await import('./rules/index.js');
  return rules.map(({ id, name, severity, doc, kinds }) => ({ id, name, severity, doc, kinds: kinds ?? ['budget', 'final'] }));
}

/** How a writer shows the report: colour level (0: none), words, the terminal's width, the language's localiser. */
export interface Presentation {
  colour: 0 | 1 | 2 | 3;
  words?: Words;
  width?: number;
  localiser?: Localiser;
}

/** The writer of the chosen format (each formatter is loaded only when it is used). */
export async function writerFor(options: Pick<CliOptions, 'format' | 'claims' | 'quiet' | 'lang'>, show: Presentation): Promise<ReportWriter> {
  const loc = show.localiser;
  const meta = async () => (loc ? loc.rules(await ruleMeta()) : ruleMeta());
  switch (options.format) {
    case 'html':
      return (await import('./format/html.js')).htmlWriter({ lang: options.lang, version: VERSION });
    case 'json':
      return (await import('./format/json.js')).jsonWriter();
    case 'sarif':
      return (await import('./format/sarif.js')).sarifWriter(await meta(), { name: 'budget-check', version: VERSION }, { words: show.words, fingerprintText: loc?.english });
    case 'junit':
      return (await import('./format/junit.js')).junitWriter(await meta());
    case 'github':
      return (await import('./format/github.js')).githubWriter({ words: show.words });
    case 'csv':
      return (await import('./format/csv.js')).csvWriter();
    default: {
      const [{ tableWriter }, { Chalk }] = await Promise.all([import('./format/table.js'), import('chalk')]);
      return tableWriter({ chalk: new Chalk({ level: show.colour }), claims: options.claims, quiet: options.quiet, words: show.words, width: show.width });
    }
  }
}

/**
 * The colour level of the report: none in a file, with --no-color or NO_COLOR; else what chalk
 * detects for standard output (supports-color: a terminal, FORCE_COLOR, TERM=dumb, CI …). A caller
 * with streams of its own (a test, a library) gets the same rules applied to its environment.
 */
export function colourLevel(proc: Proc, options: Pick<CliOptions, 'color'>, toFile: boolean): 0 | 1 | 2 | 3 {
  if (options.color === false || toFile) return 0;
  if (proc.env.NO_COLOR !== undefined && proc.env.NO_COLOR !== '') return 0;
  if (proc.stdout === process.stdout && proc.env === process.env) return supportsColor ? supportsColor.level : 0;
  const force = proc.env.FORCE_COLOR;
  if (force !== undefined) return force === '0' || force === 'false' ? 0 : force === '2' ? 2 : force === '3' ? 3 : 1;
  if (proc.env.TERM === 'dumb') return 0;
  return proc.stdout.isTTY ? 1 : 0;
}

export async function main(proc: Proc): Promise<number> {
  let code = 0;
  // The language is known before the arguments are parsed: the help text is in it.
  const lang = langOfArgv(proc.argv.slice(2)) ?? detectLang(proc.env);
  const loc = await localiser(lang);
  const say: CliText = lang === 'en' ? EN_CLI : (await import('./i18n/zh-cli.js')).ZH_CLI;
  const cwd = proc.workdir ?? process.cwd();
  const program = new Command();
  program
    .name('budget-check')
    .description('Audit Chinese government budget disclosures (单位预算公开 / 部门预算公开): table identities, cross-table checks and narrative claims.')
    .version(VERSION, '-V, --version', 'output the version number')
    .argument('[paths...]', 'unit directories (CSV files, a workbook or a published PDF, and the narrative), workbooks, PDFs, or parents of unit directories (searched at any depth)')
    .addOption(new Option('-f, --format <format>', 'output format (when not given: the --output file\'s extension, .json, .sarif, .xml for junit, .csv)').choices(FORMATS).default('table'))
    .option('-o, --output <file>', 'write the report to a file instead of standard output')
    .option('--strict', 'treat any difference as an error, even one explained by rounding')
    .option('--claims', 'list every narrative claim with its status and the figure it was checked against (table and json formats)')
    .option('--previous <dir>', "last year's package of the same unit: check the narrative's implied prior-year figures against it")
    .option('-q, --quiet', 'show errors only (table format): in a batch, only the units with errors, then the totals')
    .option('--max-warnings <n>', 'exit 1 when there are more warnings than this (said on standard error)', wholeNumber(0))
    .option('-j, --jobs <n>', 'worker threads checking units in parallel (default: as many as the batch is large enough to repay starting, at most one per CPU)', wholeNumber(1))
    .option('--no-progress', 'no progress bar, even on a terminal')
    .option('--no-color', 'no colour, even on a terminal (also NO_COLOR, or FORCE_COLOR=0)')
    .option('--lang <lang>', 'the report\'s language: zh-CN or en (default: from LC_ALL, LC_MESSAGES, LANG)', language)
    .option('--config <file>', 'rule configuration (default: budget-check.json in the working directory)')
    .option('--rule <id=severity>', 'set a rule to off, error, warning or note, over the configuration (repeatable)', collect)
    .option('--baseline <file>', 'report only the findings that this baseline does not hold; the exit code counts only those')
    .option('--write-baseline <file>', 'write every finding of this run to a baseline file (the exit code then counts none of them)')
    .option('--debug', 'print the stack trace of an internal error')
    .addHelpText('after', say.exitCodes)
    .showSuggestionAfterError()
    .enablePositionalOptions()
    .exitOverride()
    .configureOutput({
      writeOut: (s) => proc.stdout.write(s),
      writeErr: (s) => proc.stderr.write(s),
      outputError: (s) => proc.stderr.write(`budget-check: ${escapeText(say.message(s.replace(/^error: /, '').trimEnd()).split('\n')[0])}\n`),
    })
    .action(async (paths: string[], options: CliOptions) => {
      if (paths.length === 0) throw new CommanderError(2, 'budget-check.noPaths', say.noPaths);
      if (options.previous && paths.length > 1) throw new CommanderError(2, 'budget-check.conflict', say.previousOne);
      options.format = formatOf(options.format, program.getOptionValueSource('format') !== 'default', options.output);
      if (options.claims && options.format !== 'table' && options.format !== 'json' && options.format !== 'html') {
        throw new CommanderError(2, 'budget-check.conflict', say.claimsFormat(options.format));
      }
      // Checked before any unit is: a --previous pointing nowhere was reported after the whole check.
      if (options.previous !== undefined) {
        let reason: string | undefined;
        try {
          if (!statSync(fsPath(options.previous)).isDirectory()) reason = 'not a directory';
        } catch (e) {
          reason = ioReason(e, 'no such directory');
        }
        if (reason) throw new CommanderError(2, 'budget-check.previous', say.previousUnreadable(escapeName(options.previous), reason));
      }
      // The rules' configuration and the baseline: one line and exit 2 when either cannot be used, before any unit is checked.
      let config: ReturnType<typeof loadConfig>;
      let known: Map<string, number> | undefined;
      try {
        // The catalogue's ids and names are loaded only when there is a configuration to check against them.
        const wanted = options.config !== undefined || !!options.rule?.length || existsSync(resolve(cwd, CONFIG_FILE));
        const names: RuleNames = wanted ? await ruleNames() : new Map();
        config = loadConfig({ cwd, file: options.config, flags: options.rule, names: () => names });
        if (options.baseline !== undefined) known = readBaseline(options.baseline);
      } catch (e) {
        if (e instanceof ConfigError || e instanceof BaselineError) throw new CommanderError(2, 'budget-check.config', e.message);
        throw e;
      }
      const recorder = options.writeBaseline !== undefined ? new BaselineRecorder(paths) : undefined;
      const toFile = options.output !== undefined;
      const progress = options.progress !== false && !!proc.stderr.isTTY;
      const width = !toFile && proc.stdout.isTTY && proc.stdout.columns ? proc.stdout.columns : undefined;
      const writer = await writerFor({ ...options, lang }, { colour: colourLevel(proc, options, toFile), words: loc.words, width, localiser: loc });
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
            progressFormat: loc.words.progress,
            signal: stop.signal,
            // The report is never input, even when it is written among the units.
            exclude: toFile ? [resolvedPath(options.output!)] : undefined,
            config,
            review:
              recorder || known
                ? (u: UnitReport) => {
                    recorder?.add(u);
                    return known ? withoutKnown(u, known, paths) : { report: u, known: 0 };
                  }
                : undefined,
          },
          (checked) => {
            if (stop.signal.aborted) return;
            // The report in the reader's language, for every format alike.
            const u = loc.unit(checked);
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
        out.write(writer.tail(loc.summary(summary)));
        if (recorder) {
          const file = openReportFile(options.writeBaseline!, '--write-baseline');
          try {
            file.write(recorder.text());
            file.close();
          } catch (e) {
            file.abort();
            throw e;
          }
        }
        out.close();
      } catch (e) {
        output?.abort();
        if (writeFailure !== undefined) throw writeFailure;
        if (e instanceof Interrupted && signalled) {
          proc.stderr.write(`budget-check: ${say.interrupted(signalled, toFile ? escapeName(options.output!) : undefined)}\n`);
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
      if (recorder) {
        proc.stderr.write(`budget-check: ${say.baselineWritten(recorder.size, escapeName(options.writeBaseline!))}\n`);
        // What was just recorded is known: only unreadable input fails the run.
        code = summary.unreadable > 0 ? 2 : 0;
        return;
      }
      code = exitCode(summary, options.maxWarnings);
      if (code !== 2 && options.maxWarnings !== undefined && summary.warnings > options.maxWarnings) {
        proc.stderr.write(`budget-check: ${say.tooManyWarnings(summary.warnings, options.maxWarnings)}\n`);
      }
    });

  program
    .command('rules')
    .description('list the rule catalogue')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['table', 'json']).default('table'))
    .option('--lang <lang>', 'the language of the rules\' docs: zh-CN or en', language)
    .action(async (options: { format: 'table' | 'json' }) => {
      const { formatRules } = await import('./format/rules.js');
      proc.stdout.write(formatRules(loc.rules(await ruleMeta()), options.format, loc.words));
    });

  program
    .command('extract')
    .description('write what was read from a published PDF or a workbook: a CSV file per table and the narrative as text, to look at and correct')
    .argument('<file>', 'a published PDF or a workbook (.xlsx)')
    .requiredOption('--out <dir>', 'the directory to write (created if missing)')
    .option('--lang <lang>', 'the language of its messages: zh-CN or en', language)
    .action(async (file: string, options: { out: string }) => {
      const [{ extract }, { InputError }] = await Promise.all([import('./extract.js'), import('./load/errors.js')]);
      try {
        const { files } = await extract(file, options.out);
        for (const f of files) proc.stdout.write(`${joinPath(options.out, f.file)}: ${loc.holds(f.holds)}\n`);
      } catch (e) {
        if (!(e instanceof InputError)) throw e;
        proc.stderr.write(`budget-check: ${file === e.file || file.endsWith(`/${e.file}`) ? file : joinPath(file, e.file)}: ${loc.reason(e.reason)}\n`);
        code = 2;
      }
    });

  localiseHelp(program, lang);
  const debug = proc.argv.includes('--debug');
  try {
    await program.parseAsync(proc.argv);
    return code;
  } catch (e) {
    if (e instanceof OutputError) {
      proc.stderr.write(`budget-check: ${say.message(e.message)}\n`);
      return 2;
    }
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return 0;
      if (e.code.startsWith('budget-check.')) proc.stderr.write(`budget-check: ${escapeText(say.message(e.message))}\n`);
      return 2;
    }
    proc.stderr.write(`budget-check: ${say.internalError(escapeText(firstLine(e)), debug)}\n`);
    if (debug) proc.stderr.write(`${(e as Error)?.stack ?? e}\n`);
    return 2;
  }
}
