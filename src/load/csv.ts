/** CSV text to records that remember their physical line. */
import { parse } from 'csv-parse/sync';
import { InputError } from './errors.js';

export interface CsvRecord {
  cells: string[];
  /** 1-based physical line where the record starts. */
  line: number;
}

export const LIMITS = {
  /** Larger files are refused with a clear message instead of exhausting memory. */
  maxBytes: 16 * 1024 * 1024,
  maxColumns: 1024,
  /** No budget table has this many rows; more is a wrong or generated file, refused before it is loaded. */
  maxRows: 50_000,
};

function delimiterOf(text: string): string {
  const head = text.slice(0, 4096).split('\n').slice(0, 8).join('\n');
  const count = (c: string) => head.split(c).length - 1;
  return count('\t') > count(',') ? '\t' : ',';
}

export function parseCsv(text: string, file: string): CsvRecord[] {
  let rows: { record: string[]; raw: string }[];
  try {
    rows = parse(text, {
      delimiter: delimiterOf(text),
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
      raw: true,
    }) as unknown as { record: string[]; raw: string }[];
  } catch (e) {
    const err = e as { code?: string; message?: string; lines?: number };
    const reason =
      err.code === 'CSV_QUOTE_NOT_CLOSED'
        ? 'unterminated quoted field'
        : `malformed CSV (${(err.message ?? String(e)).replace(/\s+/g, ' ').slice(0, 120)})`;
    throw new InputError(file, reason, err.code === 'CSV_QUOTE_NOT_CLOSED' ? openQuoteLine(text) : err.lines);
  }
  if (rows.length > LIMITS.maxRows) throw new InputError(file, `${rows.length} rows (the limit is ${LIMITS.maxRows} rows per table)`);
  const records: CsvRecord[] = [];
  let next = 1;
  for (const { record, raw } of rows) {
    if (record.length > LIMITS.maxColumns) {
      throw new InputError(file, `a row with ${record.length} columns (limit ${LIMITS.maxColumns})`, next);
    }
    records.push({ cells: record, line: next });
    // Line breaks inside quoted fields, plus the one that ends the record.
    next += raw.replace(/\n$/, '').split('\n').length;
  }
  return records;
}

/** The line where a quoted field opens and never closes. */
function openQuoteLine(text: string): number | undefined {
  let line = 1;
  let openedAt = 0;
  let inQuote = false;
  let fieldStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inQuote) {
      if (c === '"') {
        if (text[i + 1] === '"') i++;
        else inQuote = false;
      } else if (c === '\n') line++;
      continue;
    }
    if (c === '"' && fieldStart) {
      inQuote = true;
      openedAt = line;
    }
    fieldStart = c === ',' || c === '\t' || c === '\n' || c === '\r';
    if (c === '\n') line++;
  }
  return inQuote ? openedAt : undefined;
}
