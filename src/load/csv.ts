/** CSV text to records that remember their physical line. */
import { createRequire } from 'node:module';
import type { parse as Parse } from 'csv-parse/sync';
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

/** Tab or comma, whichever is more frequent in the first 8 lines (of the first 4096 characters). */
function delimiterOf(text: string): string {
  let tabs = 0;
  let commas = 0;
  let lines = 0;
  for (let i = 0; i < text.length && i < 4096; i++) {
    const c = text.charCodeAt(i);
    if (c === NL && ++lines === 8) break;
    if (c === TAB) tabs++;
    else if (c === COMMA) commas++;
  }
  return tabs > commas ? '\t' : ',';
}

const NL = 10;
const CR = 13;
const TAB = 9;
const COMMA = 44;
const QUOTE = 34;

/**
 * Regular CSV read directly: one kind of line ending (LF, or CRLF throughout: parseCsv makes it so),
 * quotes only around whole fields. null for anything else (a quote inside a field, text after a
 * closing quote, an unclosed quote), which csv-parse then reads, with its tolerance and its error messages.
 */
function parseRegular(text: string, delimiter: string, file: string): CsvRecord[] | null {
  const n = text.length;
  const sep = delimiter.charCodeAt(0);
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let recordLine = 1;
  let line = 1;
  let i = 0;
  while (i < n) {
    let value: string;
    if (text.charCodeAt(i) === QUOTE) {
      value = '';
      let from = i + 1;
      for (;;) {
        const q = text.indexOf('"', from);
        if (q < 0) return null;
        if (text.charCodeAt(q + 1) === QUOTE) {
          value += text.slice(from, q + 1);
          from = q + 2;
          continue;
        }
        value += text.slice(from, q);
        for (let k = i + 1; k < q; k++) if (text.charCodeAt(k) === NL) line++;
        i = q + 1;
        break;
      }
      const c = text.charCodeAt(i);
      if (i < n && c !== sep && c !== NL && c !== CR) return null;
    } else {
      const start = i;
      let c = text.charCodeAt(i);
      while (i < n && c !== sep && c !== NL && c !== CR) {
        if (c === QUOTE) return null;
        c = text.charCodeAt(++i);
      }
      value = text.slice(start, i);
    }
    cells.push(value);
    if (i === n) break;
    const c = text.charCodeAt(i);
    if (c === sep) {
      i++;
      if (i === n) cells.push('');
      continue;
    }
    // End of the record: LF or CRLF.
    i += c === CR ? 2 : 1;
    records.push({ cells, line: recordLine });
    if (records.length > LIMITS.maxRows) throw tooManyRows(file, recordLine);
    cells = [];
    recordLine = ++line;
  }
  if (cells.length > 0) records.push({ cells, line: recordLine });
  return records;
}

/** Refused while it is read, at the first row past the limit: a file of millions of short rows never becomes millions of records. */
function tooManyRows(file: string, line: number): InputError {
  return new InputError(file, `more than ${LIMITS.maxRows} rows (the limit is ${LIMITS.maxRows} rows per table)`, line);
}

/** Any mix of line breaks (CRLF, LF, a lone CR) as LF: each is a break, and one kind never hides another. */
function oneKindOfBreak(text: string): string {
  if (!text.includes('\r') || !/\r(?!\n)|(?<!\r)\n/.test(text)) return text;
  return text.replace(/\r\n?/g, '\n');
}

export function parseCsv(text: string, file: string): CsvRecord[] {
  // A table exported with CRLF and edited with LF (or the reverse): read as one kind, so that no row
  // is merged into the one before it (csv-parse takes the first break it meets for the only one).
  text = oneKindOfBreak(text);
  const delimiter = delimiterOf(text);
  const records = parseRegular(text, delimiter, file) ?? parseIrregular(text, file, delimiter);
  if (records.length > LIMITS.maxRows) throw tooManyRows(file, records[LIMITS.maxRows].line);
  for (const { cells, line } of records) {
    if (cells.length > LIMITS.maxColumns) {
      throw new InputError(file, `a row with ${cells.length} columns (limit ${LIMITS.maxColumns})`, line);
    }
    for (let i = 0; i < cells.length; i++) if (cells[i].charCodeAt(0) === EQUALS) cells[i] = unquoteFormula(cells[i]);
  }
  return records;
}

const EQUALS = 61;
/** Excel's text formula ="…", written to keep a leading zero or a figure as printed: ="03", ="485.54". */
const TEXT_FORMULA = /^="([^"]*)"$/;

/**
 * A cell ="X" reads as X, wherever it stands (code, name or amount): the sheet shows X. Any other
 * formula text ("=SUM(E6:E9)") is kept as it is: it is no figure (a malformed amount).
 */
function unquoteFormula(cell: string): string {
  const m = TEXT_FORMULA.exec(cell);
  return m ? m[1] : cell;
}

let library: typeof Parse | undefined;

/** csv-parse, loaded on first use: most exported tables are regular and never need it. */
function csvParse(): typeof Parse {
  library ??= (createRequire(import.meta.url)('csv-parse/sync') as { parse: typeof Parse }).parse;
  return library;
}

/** Any CSV, through csv-parse with its tolerance and error messages (parseCsv's reference for regular files too). */
export function parseIrregular(text: string, file: string, delimiter: string): CsvRecord[] {
  let rows: { record: string[]; raw: string }[];
  try {
    rows = csvParse()(text, {
      delimiter,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
      raw: true,
      // Stop at the first record past the limit: parseCsv refuses the file without holding the rest.
      to: LIMITS.maxRows + 1,
    }) as unknown as { record: string[]; raw: string }[];
  } catch (e) {
    const err = e as { code?: string; message?: string; lines?: number };
    const reason =
      err.code === 'CSV_QUOTE_NOT_CLOSED'
        ? 'unterminated quoted field'
        : `malformed CSV (${(err.message ?? String(e)).replace(/\s+/g, ' ').slice(0, 120)})`;
    throw new InputError(file, reason, err.code === 'CSV_QUOTE_NOT_CLOSED' ? openQuoteLine(text) : err.lines);
  }
  const records: CsvRecord[] = [];
  let next = 1;
  for (const { record, raw } of rows) {
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
