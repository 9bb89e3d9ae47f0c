/**
 * Reading an input file: a regular file only, and never more than the size limit plus one byte,
 * whatever its size claims to be. A named pipe, a socket, a device or a directory named like a table
 * (or a symbolic link to one) is an input problem naming it: it is never opened in a way that can
 * block (a FIFO without a writer), nor read without end (/dev/zero), nor skipped in silence.
 */
import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import { InputError, ioReason } from './errors.js';
import { fsPath } from '../escape.js';

/** What a file that is not a regular one is, for the message. */
export function notRegular(info: Stats): string | undefined {
  if (info.isFile()) return undefined;
  if (info.isDirectory()) return 'a directory, not a file';
  if (info.isFIFO()) return 'a named pipe (FIFO), not a regular file: not read';
  if (info.isSocket()) return 'a socket, not a regular file: not read';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device, not a regular file: not read';
  return 'not a regular file: not read';
}

const MiB = 1024 * 1024;
const CHUNK = 1 << 20;
/** A read after a short one: most files end there, and a buffer this small comes from Node's shared pool. */
const PROBE = 64;

/**
 * The bytes of the regular file at `path` (named `file` in messages), at most `limit` of them: a
 * larger file is an InputError. `limit + 1` bytes are read at most, in bounded chunks; the file is
 * opened without blocking and checked again once open (it may have been replaced meanwhile).
 */
export function readBounded(path: string, file: string, limit: number): Buffer {
  const tooLarge = (size?: number) =>
    new InputError(file, size !== undefined && size > limit ? `file too large (${(size / MiB).toFixed(1)} MiB; the limit is ${limit / MiB} MiB)` : `file too large (more than ${limit / MiB} MiB)`);
  const { bytes, size } = readRegular(path, file, limit + 1, (size) => {
    if (size > limit) throw tooLarge(size);
  });
  if (bytes.length > limit) throw tooLarge(size > limit ? size : undefined);
  return bytes;
}

/** The first `max` bytes (or fewer) of the regular file at `path`: a peek at its first rows. */
export function readPrefix(path: string, file: string, max: number): Buffer {
  return readRegular(path, file, max).bytes;
}

/** At most `max` bytes of a regular file; `checkSize` sees the size stat gives, before anything is read. */
function readRegular(path: string, file: string, max: number, checkSize?: (size: number) => void): { bytes: Buffer; size: number } {
  const target = fsPath(path);
  let info: Stats;
  try {
    info = statSync(target);
  } catch (e) {
    throw new InputError(file, ioReason(e, 'no such file'));
  }
  const other = notRegular(info);
  if (other) throw new InputError(file, other);
  checkSize?.(info.size);
  let fd: number;
  try {
    fd = openSync(target, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0));
  } catch (e) {
    throw new InputError(file, ioReason(e, 'no such file'));
  }
  try {
    const opened = fstatSync(fd);
    const now = notRegular(opened);
    if (now) throw new InputError(file, now);
    checkSize?.(opened.size);
    const chunks: Buffer[] = [];
    let total = 0;
    // The first read the size the file says it has, and one byte more to see whether it goes on; after
    // a short read, a small one to see whether the file really ended; bounded chunks while it goes on.
    // (A chunk of the largest size for every file, to find its end, cost each unit megabytes of
    // buffers outside the heap, and V8 collects the whole heap whenever those pile up: the
    // collections they forced were more than half of a batch's CPU time.)
    let next = Math.min(opened.size + 1, CHUNK);
    for (;;) {
      const want = Math.min(next, max - total);
      if (want <= 0) break;
      const chunk = Buffer.allocUnsafe(want);
      let n: number;
      try {
        n = readSync(fd, chunk, 0, want, null);
      } catch (e) {
        throw new InputError(file, ioReason(e, 'no such file'));
      }
      if (n === 0) break;
      chunks.push(n === want ? chunk : chunk.subarray(0, n));
      total += n;
      next = n < want ? PROBE : CHUNK;
    }
    return { bytes: chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total), size: opened.size };
  } finally {
    closeSync(fd);
  }
}
