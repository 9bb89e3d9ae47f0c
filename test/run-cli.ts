/** The command line run in-process, its output captured: for the tests of what it prints and returns. */
import { main, type Proc } from '../src/cli.js';

export interface RunOptions {
  env?: Record<string, string>;
  /** The working directory (where budget-check.json is looked for). */
  workdir?: string;
  /** Standard output is a terminal, `columns` wide. */
  tty?: boolean;
  columns?: number;
}

export async function runCli(options: RunOptions, ...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const proc: Proc = {
    argv: ['node', 'budget-check', ...args],
    env: options.env ?? {},
    stdout: { write: (s: string) => (out += s), isTTY: options.tty ?? false, columns: options.columns },
    stderr: { write: (s: string) => (err += s), isTTY: false },
  };
  if (options.workdir !== undefined) proc.workdir = options.workdir;
  const code = await main(proc);
  return { code, out, err };
}
