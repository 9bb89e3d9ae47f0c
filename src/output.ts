/**
 * Where the report goes while the units are checked: a file (--output) or standard output, written
 * as each unit's text comes, so that a batch's report is never held whole in memory. A report whose
 * head comes last (JUnit's totals) has its body spooled to a temporary file meanwhile.
 */
import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import { ioReason } from './load/errors.js';

/** The report file could not be written: exit 2 with one line. */
export class OutputError extends Error {}

export interface Output {
  write(text: string): void;
  close(): void;
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
    };
  }
  const fail = (e: unknown) => new OutputError(`cannot write --output ${file}: ${ioReason(e, 'no such directory')}`);
  let fd: number;
  try {
    fd = openSync(file, 'w');
  } catch (e) {
    throw fail(e);
  }
  return {
    write: (text) => {
      try {
        writeAll(fd, text);
      } catch (e) {
        throw fail(e);
      }
    },
    close: () => closeSync(fd),
  };
}

export interface Spool extends Output {
  /** Write everything spooled to `output`, then remove the spool. */
  copyTo(output: Output): void;
}

/** A temporary file that holds a report's body until its head is known. */
export function spool(): Spool {
  const dir = mkdtempSync(join(tmpdir(), 'budget-check-'));
  const fd = openSync(join(dir, 'body'), 'w+');
  const remove = () => {
    try {
      closeSync(fd);
    } catch {
      // already closed
    }
    rmSync(dir, { recursive: true, force: true });
  };
  return {
    write: (text) => writeAll(fd, text),
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
