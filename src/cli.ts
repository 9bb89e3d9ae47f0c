/**
 * The command line: parse arguments, check the units, render the report, write it, and map it to
 * an exit code (0 clean, 1 discrepancies, 2 input that could not be read or bad arguments).
 */
import { writeFile } from 'node:fs/promises';
import { Chalk } from 'chalk';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { runBatch } from './batch.js';
import { rules } from './rules/index.js';
import { joinPath, type RuleMeta } from './format/meta.js';
import type { Report } from './report.js';
import { VERSION } from './version.js';

export interface Proc {
  argv: string[];
  env: NodeJS.ProcessEnv;
  stdout: { write(s: string): unknown; isTTY?: boolean };
  stderr: { write(s: string): unknown; isTTY?: boolean; columns?: number };
}

export const FORMATS = ['table', 'json', 'sarif', 'junit', 'github', 'csv'] as const;
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
}

const EXIT_CODES = `
Exit codes:
  0  no error (warnings and notes allowed, unless --max-warnings is exceeded)
  1  at least one error, or more warnings than --max-warnings
  2  an input could not be read or recognised, or the arguments are wrong`;

/** 0 clean, 1 discrepancies, 2 input that could not be read. */
export function exitCode(report: Report, maxWarnings?: number): number {
  if (report.summary.unreadable > 0) return 2;
  if (report.summary.errors > 0) return 1;
  if (maxWarnings !== undefined && report.summary.warnings > maxWarnings) return 1;
  return 0;
}

function wholeNumber(min: number) {
  return (value: string) => {
    if (!/^\d+$/.test(value) || Number(value) < min) throw new InvalidArgumentError(`expected a whole number ≥ ${min}`);
    return Number(value);
  };
}

export const ruleMeta: RuleMeta[] = rules.map(({ id, name, severity, doc }) => ({ id, name, severity, doc }));

/** Render the report in the chosen format (each formatter is loaded only when it is used). */
export async function render(report: Report, options: CliOptions, colour: boolean): Promise<string> {
  switch (options.format) {
    case 'json':
      return (await import('./format/json.js')).formatJson(report);
    case 'sarif':
      return (await import('./format/sarif.js')).formatSarif(report, ruleMeta, { name: 'budget-check', version: VERSION });
    case 'junit':
      return (await import('./format/junit.js')).formatJunit(report, ruleMeta);
    case 'github':
      return (await import('./format/github.js')).formatGithub(report);
    case 'csv':
      return (await import('./format/csv.js')).formatCsv(report);
    default: {
      const { formatTable } = await import('./format/table.js');
      return formatTable(report, { chalk: new Chalk({ level: colour ? 1 : 0 }), claims: options.claims, quiet: options.quiet });
    }
  }
}

function colourWanted(proc: Proc, options: CliOptions, toFile: boolean): boolean {
  if (options.color === false || toFile) return false;
  if (proc.env.NO_COLOR !== undefined && proc.env.NO_COLOR !== '') return false;
  if (proc.env.FORCE_COLOR !== undefined && proc.env.FORCE_COLOR !== '0') return true;
  return !!proc.stdout.isTTY;
}

function oneLine(e: unknown): string {
  return String((e as Error)?.message ?? e).split('\n')[0];
}

export async function main(proc: Proc): Promise<number> {
  let code = 0;
  const program = new Command();
  program
    .name('budget-check')
    .description('Audit Chinese government budget disclosures (单位预算公开 / 部门预算公开): table identities, cross-table checks and narrative claims.')
    .version(VERSION, '-V, --version')
    .argument('[paths...]', 'unit directories, or parents of unit directories (searched at any depth)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(FORMATS).default('table'))
    .option('-o, --output <file>', 'write the report to a file instead of standard output')
    .option('--strict', 'treat any difference as an error, even one explained by rounding')
    .option('--claims', 'list every narrative claim with its status and the figure it was checked against (table and json formats)')
    .option('--previous <dir>', "last year's package of the same unit: check the narrative's implied prior-year figures against it")
    .option('-q, --quiet', 'show errors only (table format)')
    .option('--max-warnings <n>', 'exit 1 when there are more warnings than this', wholeNumber(0))
    .option('-j, --jobs <n>', 'units checked in parallel (default: the number of CPUs)', wholeNumber(1))
    .option('--no-progress', 'no progress bar, even on a terminal')
    .option('--no-color', 'no colour, even on a terminal')
    .option('--debug', 'print the stack trace of an internal error')
    .addHelpText('after', EXIT_CODES)
    .showSuggestionAfterError()
    .enablePositionalOptions()
    .exitOverride()
    .configureOutput({
      writeOut: (s) => proc.stdout.write(s),
      writeErr: (s) => proc.stderr.write(s),
      outputError: (s) => proc.stderr.write(`budget-check: ${s.replace(/^error: /, '').split('\n')[0]}\n`),
    })
    .action(async (paths: string[], options: CliOptions) => {
      if (paths.length === 0) throw new CommanderError(2, 'budget-check.noPaths', 'no unit directory given (try --help)');
      if (options.previous && paths.length > 1) throw new CommanderError(2, 'budget-check.conflict', '--previous takes one unit: give exactly one path with it');
      if (options.claims && options.format !== 'table' && options.format !== 'json') {
        throw new CommanderError(2, 'budget-check.conflict', `--claims lists claims in the table and json formats, not in ${options.format}`);
      }
      const toFile = options.output !== undefined;
      if (toFile) {
        try {
          await writeFile(options.output!, '', { flag: 'w' });
        } catch (e) {
          throw new CommanderError(2, 'budget-check.output', `cannot write --output ${options.output}: ${oneLine(e)}`);
        }
      }
      const report = await runBatch(paths, {
        strict: options.strict,
        listClaims: options.claims,
        previousDir: options.previous,
        jobs: options.jobs,
        progress: options.progress !== false && !!proc.stderr.isTTY ? proc.stderr : undefined,
      });
      const text = await render(report, options, colourWanted(proc, options, toFile));
      if (toFile) {
        try {
          await writeFile(options.output!, text);
        } catch (e) {
          throw new CommanderError(2, 'budget-check.output', `cannot write --output ${options.output}: ${oneLine(e)}`);
        }
      } else proc.stdout.write(text);
      for (const u of report.units) {
        for (const p of u.problems) {
          const file = p.file === u.path ? p.file : joinPath(u.path, p.file);
          proc.stderr.write(`budget-check: ${file}${p.line ? `:${p.line}` : ''}: ${p.reason}\n`);
        }
      }
      code = exitCode(report, options.maxWarnings);
    });

  program
    .command('rules')
    .description('list the rule catalogue')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['table', 'json']).default('table'))
    .action(async (options: { format: 'table' | 'json' }) => {
      const { formatRules } = await import('./format/rules.js');
      proc.stdout.write(formatRules(ruleMeta, options.format));
    });

  const debug = proc.argv.includes('--debug');
  try {
    await program.parseAsync(proc.argv);
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return 0;
      if (e.code.startsWith('budget-check.')) proc.stderr.write(`budget-check: ${e.message}\n`);
      return 2;
    }
    proc.stderr.write(`budget-check: internal error: ${oneLine(e)}${debug ? '' : ' (run with --debug for details)'}\n`);
    if (debug) proc.stderr.write(`${(e as Error)?.stack ?? e}\n`);
    return 2;
  }
}
