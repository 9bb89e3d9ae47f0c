/**
 * What the command line itself says (its one-line messages on standard error, the exit codes under
 * --help), in English; src/i18n/zh-cli.ts has the same in Chinese, and the Chinese help text.
 */
export interface CliText {
  exitCodes: string;
  noPaths: string;
  previousOne: string;
  claimsFormat(format: string): string;
  previousUnreadable(dir: string, reason: string): string;
  interrupted(signal: string, file: string | undefined): string;
  internalError(message: string, debug: boolean): string;
  /** --max-warnings failed the run. */
  tooManyWarnings(warnings: number, max: number): string;
  /** --write-baseline wrote its file. */
  baselineWritten(count: number, file: string): string;
  /** A message of ours or of commander (an error, a reason) in this language, as far as it is known. */
  message(text: string): string;
}

export const EN_CLI: CliText = {
  exitCodes: `
Exit codes:
  0  no error (warnings and notes allowed, unless --max-warnings is exceeded)
  1  at least one error, or more warnings than --max-warnings
  2  an input could not be read or recognised, or the arguments are wrong`,
  noPaths: 'no unit directory given (try --help)',
  previousOne: '--previous takes one unit: give exactly one path with it',
  claimsFormat: (format) => `--claims lists claims in the table, json and html formats, not in ${format}`,
  previousUnreadable: (dir, reason) => `--previous ${dir}: ${reason}`,
  interrupted: (signal, file) => `interrupted (${signal}): ${file !== undefined ? `${file} was not written` : 'the report is incomplete'}`,
  internalError: (message, debug) => `internal error: ${message}${debug ? '' : ' (run with --debug for details)'}`,
  tooManyWarnings: (warnings, max) => `${warnings} warning${warnings === 1 ? '' : 's'}, more than --max-warnings ${max}: exit code 1`,
  baselineWritten: (count, file) => `${count} finding${count === 1 ? '' : 's'} written to ${file} as the baseline`,
  message: (text) => text,
};
