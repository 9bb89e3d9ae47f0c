/**
 * A workbook's zip container checked before any reader inflates it: every entry is inflated here
 * with a hard bound on its output (zlib's maxOutputLength), so a zip bomb is refused after at most
 * the limit's bytes, whatever its headers declare. The entries' texts are kept for the few checks
 * that need them (rows and columns of each sheet, before the workbook is parsed).
 */
import { inflateRawSync } from 'node:zlib';

export interface ZipEntry {
  name: string;
  data: Buffer;
}

export class ZipError extends Error {
  /** The archive is refused for its size (a zip bomb), not for being malformed. */
  constructor(message: string, readonly tooLarge = false) {
    super(message);
  }
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/**
 * The entries of a zip file, inflated, refused (ZipError) when the archive is malformed, uses a
 * method other than store or deflate, is encrypted, or inflates to more than `maxTotal` bytes.
 */
export function unzip(buf: Buffer, maxTotal: number, maxEntries = 10_000): ZipEntry[] {
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 65_535); i--) {
    if (buf.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ZipError('not a zip archive (no central directory: truncated or corrupt)');
  const count = buf.readUInt16LE(eocd + 10);
  const dirOffset = buf.readUInt32LE(eocd + 16);
  if (count > maxEntries) throw new ZipError(`${count} parts in the archive (limit ${maxEntries})`);
  const entries: ZipEntry[] = [];
  let total = 0;
  let p = dirOffset;
  for (let n = 0; n < count; n++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== CENTRAL) throw new ZipError('corrupt central directory');
    const flags = buf.readUInt16LE(p + 8);
    const method = buf.readUInt16LE(p + 10);
    const compressed = buf.readUInt32LE(p + 20);
    const declared = buf.readUInt32LE(p + 24);
    const nameLength = buf.readUInt16LE(p + 28);
    const extraLength = buf.readUInt16LE(p + 30);
    const commentLength = buf.readUInt16LE(p + 32);
    const local = buf.readUInt32LE(p + 42);
    const name = buf.subarray(p + 46, p + 46 + nameLength).toString('utf8');
    p += 46 + nameLength + extraLength + commentLength;
    if (flags & 1) throw new ZipError('encrypted parts in the archive');
    if (local + 30 > buf.length || buf.readUInt32LE(local) !== LOCAL) throw new ZipError(`corrupt entry ${name}`);
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    if (compressed === 0xffffffff || start + compressed > buf.length) throw new ZipError(`truncated entry ${name}`);
    const raw = buf.subarray(start, start + compressed);
    const room = maxTotal - total;
    if (declared > room) throw new ZipError(`its parts inflate to more than ${maxTotal / 1048576} MiB, the limit (a zip bomb, or no budget workbook)`, true);
    let data: Buffer;
    if (method === 0) data = raw;
    else if (method === 8) {
      try {
        data = inflateRawSync(raw, { maxOutputLength: Math.max(1, room) });
      } catch (e) {
        if ((e as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw new ZipError(`its parts inflate to more than ${maxTotal / 1048576} MiB, the limit (a zip bomb, or no budget workbook)`, true);
        throw new ZipError(`corrupt entry ${name} (${(e as Error).message})`);
      }
    } else throw new ZipError(`entry ${name} is compressed with method ${method}, which no workbook uses`);
    if (data.length !== declared) throw new ZipError(`corrupt entry ${name} (its size is not the size declared)`);
    total += data.length;
    entries.push({ name, data });
  }
  return entries;
}
