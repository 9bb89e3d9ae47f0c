/**
 * The unit's input as a report shows it (UnitReport.source, for the HTML format): each table's records
 * as printed, the narrative's lines, and where each listed claim's text stands in them. Rows and lines
 * are located as the findings are (a workbook's sheet and row, a PDF's page and line on the page), so
 * that a finding's file, place and column name the cell it is about.
 */
import type { Ledger, Locator, Table } from './ledger/model.js';
import { analyseClaims } from './narrative/analysis.js';
import { normalise, originalPosition, type Normalised } from './narrative/normalise.js';
import type { Claim } from './narrative/claims.js';
import type { Finding, SourceClaim, SourceRow, SourceTable, TextPosition, UnitSource } from './report.js';
import { excerpt } from './text.js';

/** What a report shows of a unit at most: a hostile file (50,000 rows, a narrative of megabytes on one line) is cut, and says so. */
export const SOURCE_LIMITS = {
  /** Records of one table. */
  rows: 5_000,
  /** Characters of the narrative. */
  chars: 2_000_000,
};

/**
 * The source of a unit's report. `findingClaims[i]` is the claim (its id in the claim analysis) that
 * findings[i] was reported on, if any.
 */
export function unitSource(ledger: Ledger, findings: Finding[], findingClaims: (number | undefined)[]): UnitSource {
  const tables = [...ledger.tables.values(), ...ledger.duplicates]
    .filter((t) => t.printed)
    .map((t) => sourceTable(t, ledger.printed?.get(t.file), ledger.duplicates.includes(t)))
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || firstLine(a) - firstLine(b));
  const source: UnitSource = { tables };
  if (ledger.narrative) source.narrative = sourceNarrative(ledger, findingClaims);
  return source;
}

function firstLine(t: SourceTable): number {
  const r = t.meta[0] ?? t.header[0] ?? t.body[0];
  return (r?.page ?? 0) * 1e6 + (r?.line ?? 0);
}

function located(locate: Locator | undefined, line: number): Pick<SourceRow, 'line' | 'sheet' | 'page'> {
  const at = locate?.(line);
  if (!at) return { line };
  const out: Pick<SourceRow, 'line' | 'sheet' | 'page'> = { line: at.line };
  if (at.sheet !== undefined) out.sheet = at.sheet;
  if (at.page !== undefined) out.page = at.page;
  return out;
}

function sourceTable(t: Table, locate: Locator | undefined, duplicate: boolean): SourceTable {
  const { records, header, data } = t.printed!;
  const rows = (from: number, to: number): SourceRow[] => {
    const out: SourceRow[] = [];
    for (let i = from; i < to; i++) {
      const cells = records[i].cells;
      let width = cells.length;
      while (width > 0 && cells[width - 1].trim() === '') width--;
      if (width === 0) continue;
      out.push({ ...located(locate, records[i].line), cells: cells.slice(0, width).map((c) => excerpt(c)) });
    }
    return out;
  };
  const end = Math.min(records.length, data + SOURCE_LIMITS.rows);
  const out: SourceTable = { file: t.file, kind: t.kind, title: t.title, unitLabel: t.unitLabel, meta: rows(0, header), header: rows(header, data), body: rows(data, end) };
  if (duplicate) out.duplicate = true;
  if (end < records.length) out.omitted = records.length - end;
  return out;
}

function sourceNarrative(ledger: Ledger, findingClaims: (number | undefined)[]): UnitSource['narrative'] {
  const { file, text } = ledger.narrative!;
  const n = normalise(text);
  const lines: string[] = [];
  let chars = 0;
  for (let k = 0; k < n.lineStarts.length && chars < SOURCE_LIMITS.chars; k++) {
    const from = n.lineStarts[k];
    let to = k + 1 < n.lineStarts.length ? n.lineStarts[k + 1] : text.length;
    // Without its line break (CRLF, LF, CR, \v, U+0085, U+2028, U+2029).
    while (to > from && /[\n\v\r\u0085\u2028\u2029]/.test(text[to - 1])) to--;
    const line = text.slice(from, Math.min(to, from + SOURCE_LIMITS.chars - chars));
    chars += line.length;
    lines.push(line);
  }
  const locate = ledger.printed?.get(file);
  const a = analyseClaims(ledger);
  // A claim listed in the report, by its id; a finding on a claim that only makes up a list is on the list.
  const listed = new Map<number, number>(a.claims.map((c, i) => [c.id, i]));
  const indexOf = (id: number): number | undefined => listed.get(id) ?? (a.all[id]?.inList !== undefined ? listed.get(a.all[id].inList!) : undefined);
  const onClaim: number[][] = a.claims.map(() => []);
  findingClaims.forEach((id, i) => {
    const k = id === undefined ? undefined : indexOf(id);
    if (k !== undefined) onClaim[k].push(i);
  });
  const claims: SourceClaim[] = a.claims.map((c, k) => {
    const { from, to } = claimRange(n, text, c, a.all);
    const out: SourceClaim = { from, to, findings: onClaim[k] };
    const f = a.figures.get(c.id);
    if (f && !f.derived && !f.absent && f.place.column !== undefined) {
      const at = ledger.printed?.get(f.place.file)?.(f.place.line, f.place.column);
      out.figure = { file: f.place.file, line: at?.line ?? f.place.line, column: at?.column ?? f.place.column };
      if (at?.sheet !== undefined) out.figure.sheet = at.sheet;
      if (at?.cell !== undefined) out.figure.cell = at.cell;
      if (at?.page !== undefined) out.figure.page = at.page;
    }
    return out;
  });
  const out: NonNullable<UnitSource['narrative']> = { file, lines, claims };
  if (locate) out.printed = lines.map((_, k) => located(locate, k + 1)).map((p) => ({ page: p.page ?? 0, line: p.line }));
  if (lines.length < n.lineStarts.length || chars >= SOURCE_LIMITS.chars) out.omitted = n.lineStarts.length - lines.length;
  return out;
}

/** A claim's text in the normalised text: [start, end). */
function normalisedRange(n: Normalised, c: Claim, all: Claim[]): [number, number] | undefined {
  const at = c.text === '' ? -1 : n.text.lastIndexOf(c.text, c.offset);
  if (at >= 0) return [at, at + c.text.length];
  // A list's text is made of its parts, not printed so: from its statement to its last part's text, else to its sentence's end.
  const sentenceEnd = c.sentenceOffset + c.sentence.length;
  if (c.offset >= sentenceEnd || !n.text.startsWith(c.sentence, c.sentenceOffset)) return undefined;
  let end = -1;
  if (c.kind === 'list') {
    for (const p of c.list.parts) {
      const part = p.claim !== undefined && p.claim !== c.id ? all[p.claim] : undefined;
      const r = part && part.kind !== 'list' ? normalisedRange(n, part, all) : undefined;
      if (r && r[1] > end) end = r[1];
    }
  }
  return [c.offset, end > c.offset ? end : sentenceEnd];
}

/**
 * Where a claim's text stands in the original: a slice of the normalised text that starts at or
 * before its statement's offset (a list: from its statement to its last part); each character of the
 * normalised text maps back to the original.
 */
function claimRange(n: Normalised, text: string, c: Claim, all: Claim[]): { from: TextPosition; to: TextPosition } {
  const range = normalisedRange(n, c, all);
  if (!range) {
    // Not found: its statement's start to its own figure.
    const from = { line: c.line, column: c.column };
    const at = c.at.line > c.line || (c.at.line === c.line && c.at.column > c.column) ? c.at : from;
    return { from, to: { line: at.line, column: at.column + 1 } };
  }
  const first = n.offsets[range[0]];
  let last = n.offsets[range[1] - 1] + 1;
  // Not inside a surrogate pair.
  const code = text.charCodeAt(last - 1);
  if (code >= 0xd800 && code <= 0xdbff) last++;
  return { from: originalPosition(n, first), to: originalPosition(n, last) };
}
