/**
 * Where the report goes while the units are checked: a file (--output) or standard output, written
 * as each unit's text comes, so that a batch's report is never held whole in memory. A report whose
 * head comes last (JUnit's totals) has its body spooled to a temporary file meanwhile.
 *
 * A report file is written whole or not at all: to a temporary file beside it, synced and renamed over
 * it once complete. A run that is interrupted or fails leaves the earlier report as it was (and no
 * temporary file); two runs writing the same file each write their own, and the last rename wins.
 */
import { closeSync, fchmodSync, fsyncSync, mkdtempSync, openSync, readSync, realpathSync, renameSync, rmSync, statSync, unlinkSync, writeSync, type Stats } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import { escapeName } from './escape.js';
import { ioReason } from './load/errors.js';

/** The report file could not be written: exit 2 with one line. */
export class OutputError extends Error {}

export interface Output {
  write(text: string): void;
  /** The report is complete: flush it (a file: sync it and rename it into place). */
  close(): void;
  /** The report is abandoned: a file being written is removed, and an earlier report is left as it was. */
  abort(): void;
}

function writeAll(fd: number, text: string): void {
  const bytes = Buffer.from(text, 'utf8');
  for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at);
}

/**
 * The report's destination. `hold` keeps the text until close (standard output on a terminal while
 * a progress bar is drawn on it).
 */
export function openOutput(proc: { stdout: { write(s: string): unknown } }, file: string | undefined, hold = false): Output {
  if (file === undefined) {
    const held: string[] = [];
    return {
      write: (text) => {
        if (text === '') return;
        if (hold) held.push(text);
        else proc.stdout.write(text);
      },
      close: () => {
        if (held.length > 0) proc.stdout.write(held.join(''));
        held.length = 0;
      },
      abort: () => {
        held.length = 0;
      },
    };
  }
  return openReportFile(file);
}

/** The path a report is written to: a symbolic link's target (the link is kept), else the path itself. */
function targetOf(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    return file;
  }
}

/**
 * A report file (or another file the run writes whole: `option` names it in errors, --write-baseline). A regular file (or a new one) is written to a temporary file in the same directory
 * and renamed over it when complete; anything else (a device such as /dev/stdout, a FIFO) is written
 * directly, since it cannot be replaced.
 */
export function openReportFile(file: string, option = '--output'): Output {
  const fail = (e: unknown) => new OutputError(`cannot write ${option} ${escapeName(file)}: ${ioReason(e, 'no such directory')}`);
  const target = targetOf(file);
  let existing: Stats | undefined;
  try {
    existing = statSync(target);
  } catch {
    // A new file.
  }
  if (existing?.isDirectory()) throw fail(Object.assign(new Error(), { code: 'EISDIR' }));
  const direct = existing !== undefined && !existing.isFile();
  const temp = direct ? undefined : join(dirname(target), `.${basename(target)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  let fd: number;
  try {
    fd = direct ? openSync(target, 'w') : openSync(temp!, 'wx', 0o666);
  } catch (e) {
    throw fail(e);
  }
  // The report it replaces keeps its permissions (a new one gets the umask's).
  if (existing && !direct) {
    try {
      fchmodSync(fd, existing.mode & 0o7777);
    } catch {
      // not ours to change: the new file keeps the umask's
    }
  }
  let open = true;
  const closeFd = () => {
    if (!open) return;
    open = false;
    try {
      closeSync(fd);
    } catch {
      // nothing more to do with it
    }
  };
  const removeTemp = () => {
    if (temp === undefined) return;
    try {
      unlinkSync(temp);
    } catch {
      // already gone
    }
  };
  return {
    write: (text) => {
      try {
        writeAll(fd, text);
      } catch (e) {
        throw fail(e);
      }
    },
    close: () => {
      if (!open) return;
      try {
        if (temp !== undefined) fsyncSync(fd);
        open = false;
        closeSync(fd);
        if (temp !== undefined) renameSync(temp, target);
      } catch (e) {
        closeFd();
        removeTemp();
        throw fail(e);
      }
    },
    abort: () => {
      closeFd();
      removeTemp();
    },
  };
}

export interface Spool extends Output {
  /** Write everything spooled to `output`, then remove the spool. */
  copyTo(output: Output): void;
}

/** A temporary file that holds a report's body until its head is known. */
export function spool(): Spool {
  const fail = (e: unknown) => new OutputError(`cannot write a temporary file in ${escapeName(tmpdir())}: ${ioReason(e, 'no such directory')}`);
  let dir: string;
  let fd: number;
  try {
    dir = mkdtempSync(join(tmpdir(), 'budget-check-'));
  } catch (e) {
    throw fail(e);
  }
  try {
    fd = openSync(join(dir, 'body'), 'w+');
  } catch (e) {
    rmSync(dir, { recursive: true, force: true });
    throw fail(e);
  }
  const remove = () => {
    try {
      closeSync(fd);
    } catch {
      // already closed
    }
    rmSync(dir, { recursive: true, force: true });
  };
  return {
    write: (text) => {
      try {
        writeAll(fd, text);
      } catch (e) {
        throw fail(e);
      }
    },
    abort: remove,
    copyTo: (output) => {
      const chunk = Buffer.alloc(1 << 20);
      const decoder = new StringDecoder('utf8');
      for (let at = 0, n; (n = readSync(fd, chunk, 0, chunk.length, at)) > 0; at += n) output.write(decoder.write(chunk.subarray(0, n)));
      output.write(decoder.end());
      remove();
    },
    close: remove,
  };
}
