import { InputError } from './errors.js';
import type { ReadFile } from './records.js';
export const PDF = /\.pdf$/i;
export async function readPdf(file: string, _bytes: Buffer): Promise<ReadFile> {
  throw new InputError(file, 'reading a published PDF is not supported yet');
}
