/** An input that cannot be read: reported as one line naming the file (and line), exit code 2. */
export class InputError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
    readonly line?: number,
  ) {
    super(`${file}${line ? `:${line}` : ''}: ${reason}`);
    this.name = 'InputError';
  }
}

/** The first line of an error's message: what a one-line report of it says. */
export function firstLine(e: unknown): string {
  return String((e as Error)?.message ?? e).split('\n')[0];
}

/**
 * Why a file-system call failed, in words, for a one-line report. `missing` words ENOENT for the
 * caller's case ("no such file", "no such directory").
 */
export function ioReason(e: unknown, missing = 'no such file or directory'): string {
  switch ((e as { code?: string })?.code) {
    case 'ENOENT':
      return missing;
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    case 'ENOTDIR':
      return 'not a directory';
    case 'ELOOP':
      return 'symbolic link loop';
    case 'ENOSPC':
      return 'no space left on the device';
    default:
      return firstLine(e);
  }
}
