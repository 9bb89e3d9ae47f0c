/**
 * A published PDF's text, with positions, into records and a narrative (pure: no PDF library here;
 * pdf.ts gives the lines). What a reader of the printed page does:
 *
 * - Furniture dropped: page numbers ("- 5 -", "第 3 页", "5") and a running header or footer that
 *   repeats on the pages.
 * - A table starts at a line with a known title (titles.ts), with its "表N" line above it; it goes on
 *   to the end of its page and onto the next page when that page goes on with it (its header printed
 *   again, which is dropped, or rows in its columns); the rest is narrative, in reading order.
 * - A table with ruled cells (as word processors and spreadsheets print them) is read by its rules:
 *   the cells are the grid the borders draw, a merged cell is a cell with no border inside it, and a
 *   cell's text wrapped over lines is one text. Without rules, from the text alone:
 * - Rows by baseline; a cell's text wrapped over lines (a name in a narrow column, vertically centred
 *   beside a one-line figure) joins the row whose baseline is nearest, when it is nearer than a row's pitch.
 * - Columns from the rows' cells (amounts share a right edge, codes and names a left edge) and from the
 *   header's cells (a column that prints nothing has its header). A header cell over several columns is
 *   a merged cell: its text stands in its first column, as CSV exports have it; its levels (a merged cell
 *   over its parts, a cell down several rows) give the header rows.
 * - A note ("备注：…为空表") with its wrapped lines is one record.
 *
 * Each record keeps the page and the line on the page where it was printed (the locator of records.ts).
 */
import type { Locator } from '../model.js';
import type { CsvRecord } from './csv.js';
import type { ReadFile, RecordSet } from './records.js';
import { squeeze } from './text.js';
import { recogniseTitle } from './titles.js';

/** A run of text on one baseline, as one cell prints it. */
export interface Chunk {
  x0: number;
  x1: number;
  text: string;
  size: number;
}

/** A printed line: its chunks left to right, its baseline (PDF units, up is larger), its 1-based index on the page. */
export interface Line {
  page: number;
  index: number;
  y: number;
  size: number;
  chunks: Chunk[];
  /** The text runs as the PDF draws them, before runs closer than a space are joined into chunks: a ruled table splits them at its rules. */
  runs: Chunk[];
  text: string;
}

/** A straight rule the page draws (a cell border): horizontal (y0 = y1) or vertical (x0 = x1). */
export interface Rule {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

export interface PageText {
  number: number;
  height: number;
  lines: Line[];
  rules: Rule[];
}

const PAGE_NUMBER = /^[-—–_\s]*(第\s*)?\d{1,4}\s*(页)?([/／]\s*(共\s*)?\d{1,4}\s*页?)?[-—–_\s]*$/;
const TABLE_NUMBER = /^表\s*\d{1,2}([-－]\d{1,2})?$/;
const AMOUNT = /^[-−]?[¥￥]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?(万元|元)?$|^[-—–]$/;
const DECIMAL = /\d\.\d/;
const CODE_START = /^\d{3}(\s*\d{1,2}){0,2}(\s|$)|^\d{5,7}$/;
const TOTAL = /^(合计|总计|.{0,6}总计|.{0,6}合计)$/;
const SECTION = /^([一二三四五六七八九十]+、|\d+[.．、]|[(（]\d+[)）]|其中[:：])/;
const NOTE = /^(备注|注|说明|注释)\d*[:：、.]|为空表/;
const META = /编制(单位|部门)|(金额)?单位[:：]\s*(亿元|万元|千元|元)/;

function isAmount(t: string): boolean {
  return AMOUNT.test(t.replace(/\s/g, ''));
}

/** A line that is a known table's title (a table starts there). */
export function tableTitle(line: Line): boolean {
  if (line.chunks.length > 2) return false;
  const text = squeeze(line.text);
  if (text.length > 40) return false;
  const hit = recogniseTitle(text);
  return hit !== null && 'kind' in hit;
}

/** Page numbers, and a running header or footer: the first or last line of a page that repeats on other pages. */
function furniture(pages: PageText[]): Set<Line> {
  const drop = new Set<Line>();
  const firsts = new Map<string, number>();
  const lasts = new Map<string, number>();
  for (const p of pages) {
    const first = p.lines[0];
    const last = p.lines[p.lines.length - 1];
    if (first) firsts.set(squeeze(first.text), (firsts.get(squeeze(first.text)) ?? 0) + 1);
    if (last) lasts.set(squeeze(last.text), (lasts.get(squeeze(last.text)) ?? 0) + 1);
  }
  const repeats = (n: number | undefined) => n !== undefined && n >= 2 && n >= pages.length * 0.3;
  for (const p of pages) {
    for (const [i, line] of p.lines.entries()) {
      const edge = i < 2 || i >= p.lines.length - 2;
      if (edge && PAGE_NUMBER.test(line.text)) drop.add(line);
    }
    const first = p.lines[0];
    const last = p.lines[p.lines.length - 1];
    if (first && repeats(firsts.get(squeeze(first.text))) && !tableTitle(first)) drop.add(first);
    if (last && repeats(lasts.get(squeeze(last.text))) && !tableTitle(last)) drop.add(last);
  }
  return drop;
}

/** The lines of one table, over one page or more. */
interface TableLines {
  lines: Line[];
  /** The header's lines, once known (to drop when a page prints them again). */
  header?: string[];
}

/** Where a table's header ends and its rows begin: the first line with a figure, a code, a total, a section label or a note. */
function isDataLine(line: Line): boolean {
  const first = squeeze(line.chunks[0]?.text ?? '');
  return (
    line.chunks.some((c) => isAmount(c.text) && (DECIMAL.test(c.text) || c.text.length >= 4)) ||
    CODE_START.test(line.chunks[0]?.text ?? '') ||
    TOTAL.test(first) ||
    SECTION.test(first) ||
    NOTE.test(first)
  );
}

/** The title, the 表N line and the meta lines (编制单位, 单位：万元) at the top of a table. */
function metaEnd(lines: Line[]): number {
  let i = lines.findIndex(tableTitle) + 1;
  for (let k = i; k < Math.min(lines.length, i + 3); k++) if (META.test(lines[k].text)) i = k + 1;
  return i;
}

/** The header's lines: between the meta lines and the first row. */
function headerLines(lines: Line[]): { from: number; to: number } {
  const from = metaEnd(lines);
  let to = from;
  while (to < lines.length && !isDataLine(lines[to])) to++;
  return { from, to };
}

/** Whether the next page goes on with a table: its header printed again, or rows in the table's columns. */
function continues(table: TableLines, lines: Line[]): number {
  if (lines.length === 0 || tableTitle(lines[0]) || (lines[1] && tableTitle(lines[1]) && TABLE_NUMBER.test(squeeze(lines[0].text)))) return -1;
  const header = table.header ?? [];
  // The header again: as many of its lines as the page prints, in order.
  let k = 0;
  while (k < header.length && k < lines.length && squeeze(lines[k].text) === header[k]) k++;
  if (k > 0 && (k === header.length || k >= 2)) return k;
  // Rows in the table's columns: two cells or more, each at an edge of the table's cells.
  const edges: number[] = [];
  for (const l of table.lines) for (const c of l.chunks) edges.push(c.x0, c.x1);
  const fits = (l: Line) => l.chunks.length >= 2 && l.chunks.every((c) => edges.some((e) => Math.abs(e - c.x0) < 2 || Math.abs(e - c.x1) < 2));
  return fits(lines[0]) ? 0 : -1;
}

interface Column {
  x0: number;
  x1: number;
  data: boolean;
  headed: boolean;
}

function overlap(a: { x0: number; x1: number }, b: { x0: number; x1: number }): number {
  return Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
}

/** Columns from the rows' cells, then the header's cells (a header over one column widens it, over none makes one, over several is merged). */
function columnsOf(data: Chunk[], header: Chunk[]): Column[] {
  const cols: Column[] = [];
  for (const c of [...data].sort((a, b) => a.x0 - b.x0)) {
    const last = cols[cols.length - 1];
    if (last && c.x0 < last.x1 - 0.5) last.x1 = Math.max(last.x1, c.x1);
    else cols.push({ x0: c.x0, x1: c.x1, data: true, headed: false });
  }
  for (const h of [...header].sort((a, b) => a.x1 - a.x0 - (b.x1 - b.x0))) {
    const over = cols.filter((c) => overlap(c, h) > 0.5);
    if (over.length === 0) {
      cols.push({ x0: h.x0, x1: h.x1, data: false, headed: true });
      cols.sort((a, b) => a.x0 - b.x0);
    } else if (over.length === 1) {
      const col = over[0];
      col.headed = true;
      const wider = { x0: Math.min(col.x0, h.x0), x1: Math.max(col.x1, h.x1) };
      if (!cols.some((c) => c !== col && overlap(c, wider) > 0.5)) Object.assign(col, wider);
    }
  }
  // A header centred over a wide column, apart from its right-aligned figures: one column, not two.
  for (let i = 0; i + 1 < cols.length; i++) {
    const [a, b] = [cols[i], cols[i + 1]];
    if (a.headed && !a.data && b.data && !b.headed) {
      cols.splice(i, 2, { x0: a.x0, x1: b.x1, data: true, headed: true });
      i--;
    }
  }
  return cols;
}

/** The columns a chunk stands in: those it overlaps, else the nearest. */
function spanOf(cols: Column[], c: Chunk): [number, number] {
  let a = -1;
  let b = -1;
  for (let i = 0; i < cols.length; i++) {
    if (overlap(cols[i], c) > Math.min(1, (c.x1 - c.x0) / 2)) {
      if (a < 0) a = i;
      b = i;
    }
  }
  if (a >= 0) return [a, b];
  let best = 0;
  let d = Infinity;
  for (let i = 0; i < cols.length; i++) {
    const dist = Math.max(cols[i].x0 - c.x1, c.x0 - cols[i].x1, 0);
    if (dist < d) [best, d] = [i, dist];
  }
  return [best, best];
}

const join = (a: string, b: string) => (a === '' ? b : /[\x21-\x7e]$/.test(a) && /^[\x21-\x7e]/.test(b) ? `${a} ${b}` : a + b);

/** Header rows from the header's chunks: wrapped lines of one cell joined, each cell at its level (below the cells over it). */
function headerRows(cols: Column[], lines: Line[]): { cells: string[]; line: Line }[] {
  interface Cell {
    a: number;
    b: number;
    top: number;
    bottom: number;
    size: number;
    text: string;
    line: Line;
  }
  const cells: Cell[] = [];
  const chunks = lines.flatMap((l) => l.chunks.map((c) => ({ c, l }))).sort((p, q) => q.l.y - p.l.y || p.c.x0 - q.c.x0);
  for (const { c, l } of chunks) {
    const [a, b] = spanOf(cols, c);
    const same = cells.find((x) => x.a === a && x.b === b && x.bottom - l.y <= 1.8 * c.size && x.bottom >= l.y - 0.5);
    if (same) {
      same.text = same.bottom - l.y < 0.3 * c.size ? join(same.text, c.text) : join(same.text, c.text);
      same.bottom = l.y;
    } else cells.push({ a, b, top: l.y, bottom: l.y, size: c.size, text: c.text, line: l });
  }
  cells.sort((p, q) => q.top - p.top);
  const next = new Array<number>(cols.length).fill(0);
  const rows: { cells: string[]; line: Line }[] = [];
  for (const cell of cells) {
    let level = 0;
    for (let i = cell.a; i <= cell.b; i++) level = Math.max(level, next[i]);
    for (let i = cell.a; i <= cell.b; i++) next[i] = level + 1;
    while (rows.length <= level) rows.push({ cells: new Array<string>(cols.length).fill(''), line: cell.line });
    rows[level].cells[cell.a] = join(rows[level].cells[cell.a], cell.text);
    if (cell.line.y > rows[level].line.y) rows[level].line = cell.line;
  }
  return rows;
}

/** A line that is only the wrapped rest of a row's text cells: no figure, no code, no total or section label. */
function fragmentLike(line: Line): boolean {
  if (isDataLine(line)) return false;
  return !line.chunks.some((c) => isAmount(c.text));
}

/** Positions within `tolerance` of each other, as one (their mean), sorted. */
function cluster(values: number[], tolerance = 1.5): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[][] = [];
  for (const v of sorted) {
    const last = out[out.length - 1];
    if (last && v - last[last.length - 1] <= tolerance) last.push(v);
    else out.push([v]);
  }
  return out.map((g) => g.reduce((a, b) => a + b, 0) / g.length);
}

/** The grid a page's rules draw around a table's lines: column edges left to right, row edges top to bottom. */
interface Grid {
  xs: number[];
  ys: number[];
  h: Rule[];
  v: Rule[];
}

function gridOf(rules: Rule[] | undefined, lines: Line[]): Grid | null {
  if (!rules || rules.length === 0 || lines.length === 0) return null;
  const size = Math.max(...lines.map((l) => l.size));
  const top = Math.max(...lines.map((l) => l.y)) + 2.5 * size;
  const bottom = Math.min(...lines.map((l) => l.y)) - 2 * size;
  const h = rules.filter((r) => r.y0 === r.y1 && r.y0 > bottom && r.y0 < top);
  if (h.length === 0) return null;
  // The table's width: its horizontal rules' (a page's frame, drawn round the page, is left out).
  const left = Math.min(...h.map((r) => r.x0)) - 1.5;
  const right = Math.max(...h.map((r) => r.x1)) + 1.5;
  const v = rules.filter((r) => r.x0 === r.x1 && r.y1 > bottom && r.y0 < top && r.x0 >= left && r.x0 <= right);
  if (v.length === 0) return null;
  const xs = cluster(v.map((r) => r.x0));
  const ys = cluster(h.map((r) => r.y0)).reverse();
  if (xs.length < 3 || ys.length < 2) return null;
  return { xs, ys, h, v };
}

/** Width of a text in ems, roughly (for a position inside a run): a CJK character 1, a space 0.3, another character 0.55. */
function widthOf(text: string): number {
  let w = 0;
  for (const ch of text) w += ch.charCodeAt(0) > 0x2e7f ? 1 : /\s/.test(ch) ? 0.3 : 0.55;
  return w;
}

/**
 * A run that crosses a column rule holds the texts of two cells (a PDF may draw neighbouring cells'
 * texts as one run, spaced apart): it is split at the space nearest to the rule, its positions
 * estimated from the widths of its characters.
 */
function splitAtRules(run: Chunk, xs: number[]): Chunk[] {
  const inside = xs.find((x) => x > run.x0 + 1 && x < run.x1 - 1);
  if (inside === undefined || !/\s/.test(run.text)) return [run];
  const total = widthOf(run.text);
  let best = -1;
  let distance = Infinity;
  for (let k = 0; k < run.text.length; k++) {
    if (!/\s/.test(run.text[k])) continue;
    const x = run.x0 + ((run.x1 - run.x0) * widthOf(run.text.slice(0, k))) / total;
    if (Math.abs(x - inside) < distance) [best, distance] = [k, Math.abs(x - inside)];
  }
  const cut = run.x0 + ((run.x1 - run.x0) * widthOf(run.text.slice(0, best))) / total;
  const left = { ...run, x1: cut, text: run.text.slice(0, best).trim() };
  const right = { ...run, x0: cut, text: run.text.slice(best + 1).trim() };
  return [...(left.text ? splitAtRules(left, xs) : []), ...(right.text ? splitAtRules(right, xs) : [])];
}

/** The cells of a ruled table: each chunk in the cell its position falls in, a merged cell's text in its top-left cell. */
function latticeRecords(grid: Grid, lines: Line[], place: (l: Line) => number): { records: CsvRecord[]; outside: Line[] } {
  const { xs, ys, h, v } = grid;
  const width = xs.length - 1;
  const hasV = (x: number, yTop: number, yBottom: number) => {
    const mid = (yTop + yBottom) / 2;
    return v.some((r) => Math.abs(r.x0 - x) < 1.5 && r.y0 < mid && r.y1 > mid);
  };
  const hasH = (y: number, xLeft: number, xRight: number) => {
    const mid = (xLeft + xRight) / 2;
    return h.some((r) => Math.abs(r.y0 - y) < 1.5 && r.x0 < mid && r.x1 > mid);
  };
  const cells = new Map<number, { y: number; x: number; end: number; size: number; text: string }[]>();
  const rowLines = new Map<number, Line[]>();
  const outside: Line[] = [];
  for (const line of lines) {
    const yc = line.y + 0.35 * line.size;
    let j = -1;
    for (let k = 0; k + 1 < ys.length; k++) if (ys[k] >= yc && yc > ys[k + 1]) j = k;
    if (j < 0) {
      outside.push(line);
      continue;
    }
    for (const c of line.runs.flatMap((r) => splitAtRules(r, xs))) {
      const cx = (c.x0 + c.x1) / 2;
      let i = -1;
      for (let k = 0; k + 1 < xs.length; k++) if (xs[k] <= cx && cx < xs[k + 1]) i = k;
      if (i < 0) i = cx < xs[0] ? 0 : width - 1;
      let row = j;
      while (i > 0 && !hasV(xs[i], ys[row], ys[row + 1])) i--;
      while (row > 0 && !hasH(ys[row], xs[i], xs[i + 1])) row--;
      const key = row * width + i;
      if (!cells.has(key)) cells.set(key, []);
      cells.get(key)!.push({ y: line.y, x: c.x0, end: c.x1, size: c.size, text: c.text });
      if (!rowLines.has(row)) rowLines.set(row, []);
      if (!rowLines.get(row)!.includes(line)) rowLines.get(row)!.push(line);
    }
  }
  const records: CsvRecord[] = [];
  for (let row = 0; row + 1 < ys.length; row++) {
    const members = rowLines.get(row);
    if (!members) continue;
    const out = new Array<string>(width).fill('');
    for (let i = 0; i < width; i++) {
      const pieces = cells.get(row * width + i);
      if (!pieces) continue;
      pieces.sort((a, b) => b.y - a.y || a.x - b.x);
      let text = '';
      let last = pieces[0];
      for (const p of pieces) {
        // Runs of one line: a space where the gap is wider than a narrow space; lines of a wrapped cell: joined.
        const sameLine = Math.abs(p.y - last.y) < 1;
        text = sameLine && text !== '' ? text + (p.x - last.end > 0.15 * p.size ? ' ' : '') + p.text : join(text, p.text);
        last = p;
      }
      out[i] = text.trim();
    }
    // The row's place: its line with the most cells (the figures of a row whose names wrap).
    const line = members.reduce((a, b) => (b.chunks.length > a.chunks.length ? b : a));
    records.push({ cells: out, line: place(line) });
  }
  return { records, outside };
}

/** A table read by the rules of its pages, or null when a page of it has none (then it is read from its text alone). */
function lattice(table: TableLines, place: (l: Line) => number, rules: Map<number, Rule[]>): CsvRecord[] | null {
  const lines = table.lines;
  const titleAt = lines.findIndex(tableTitle);
  const from = metaEnd(lines);
  const bodyLines = lines.slice(from);
  const pages = [...new Set(bodyLines.map((l) => l.page))];
  const grids = pages.map((p) => gridOf(rules.get(p), bodyLines.filter((l) => l.page === p)));
  if (grids.some((g) => g === null)) return null;
  // Columns by the first page's grid: a later page's columns map to the first page's by their centres.
  const canon = grids[0]!.xs;
  const width = canon.length - 1;
  const canonical = (x: number) => {
    let k = 0;
    for (let i = 0; i < width; i++) if (canon[i] <= x) k = i;
    return k;
  };
  const body: CsvRecord[] = [];
  pages.forEach((p, n) => {
    const grid = grids[n]!;
    const { records: rows, outside } = latticeRecords(grid, bodyLines.filter((l) => l.page === p), place);
    const map = grid.xs.slice(0, -1).map((x, i) => canonical((x + grid.xs[i + 1]) / 2));
    for (const r of rows) {
      const cells = new Array<string>(width).fill('');
      r.cells.forEach((t, i) => {
        if (t !== '') cells[map[i]] = cells[map[i]] === '' ? t : `${cells[map[i]]} ${t}`;
      });
      body.push({ cells, line: r.line });
    }
    // Text below the grid: a note printed under the table, with its wrapped lines.
    let note: CsvRecord | undefined;
    for (const l of outside) {
      if (note && !NOTE.test(squeeze(l.text))) {
        note.cells[0] += l.text.trim();
        continue;
      }
      note = { cells: [l.text.trim(), ...new Array<string>(width - 1).fill('')], line: place(l) };
      body.push(note);
    }
  });
  // Columns that hold nothing on any page (a rule beside the table, a frame) are no columns.
  const keep = [...Array(width).keys()].filter((i) => i === 0 || body.some((r) => r.cells[i] !== ''));
  const kept = (i: number) => {
    let k = 0;
    keep.forEach((c, n) => {
      if (c <= i) k = n;
    });
    return k;
  };
  const records: CsvRecord[] = [];
  for (let i = Math.max(0, titleAt - 1); i < from; i++) {
    const cells = new Array<string>(keep.length).fill('');
    const l = lines[i];
    if (i <= titleAt) cells[0] = l.text.trim();
    else {
      // By its right edge: "单位：万元" stands at the table's right edge, in its last column.
      for (const c of l.chunks) cells[c === l.chunks[0] ? 0 : kept(canonical(c.x1 - 1))] = c.text;
    }
    records.push({ cells, line: place(l) });
  }
  for (const r of body) records.push({ cells: keep.map((i) => r.cells[i]), line: r.line });
  return records;
}

/** One table's lines to records, each with the line where it was printed. */
function tableRecords(table: TableLines, place: (l: Line) => number, rules: Map<number, Rule[]>): CsvRecord[] {
  const lines = table.lines;
  const ruled = lattice(table, place, rules);
  if (ruled) return ruled;
  const titleAt = lines.findIndex(tableTitle);
  const { from, to } = headerLines(lines);
  const head = lines.slice(from, to);
  // Notes and their wrapped lines; the rows; a row's wrapped text.
  const notes: { text: string; line: Line }[] = [];
  const rows: Line[] = [];
  let inNote = false;
  for (const l of lines.slice(to)) {
    if (NOTE.test(squeeze(l.chunks[0]?.text ?? '')) && !l.chunks.slice(1).some((c) => isAmount(c.text))) {
      notes.push({ text: l.text, line: l });
      inNote = true;
    } else if (inNote && !l.chunks.some((c) => isAmount(c.text))) {
      notes[notes.length - 1].text += l.text.trim();
    } else {
      inNote = false;
      rows.push(l);
    }
  }
  const dataChunks = rows.flatMap((l) => l.chunks.filter((c) => !TOTAL.test(squeeze(c.text)) || l.chunks.length === 1));
  const cols = columnsOf(dataChunks, head.flatMap((l) => l.chunks));
  const width = cols.length;
  const blank = () => new Array<string>(width).fill('');
  const records: CsvRecord[] = [];

  for (let i = 0; i < from; i++) {
    if (i < titleAt - 1) continue;
    const cells = blank();
    const l = lines[i];
    if (i <= titleAt) cells[0] = l.text.trim();
    else for (const c of l.chunks) cells[c === l.chunks[0] ? 0 : spanOf(cols, c)[0]] = c.text;
    records.push({ cells, line: place(l) });
  }
  for (const h of headerRows(cols, head)) records.push({ cells: h.cells, line: place(h.line) });

  // Rows: a wrapped line joins the row nearest to it, when nearer than the rows' usual pitch.
  const anchors = rows.filter((l) => !fragmentLike(l));
  const gaps: number[] = [];
  for (let i = 1; i < anchors.length; i++) if (anchors[i].page === anchors[i - 1].page) gaps.push(anchors[i - 1].y - anchors[i].y);
  gaps.sort((a, b) => a - b);
  const pitch = gaps.length > 0 ? gaps[Math.floor(gaps.length / 2)] : Infinity;
  const parts = new Map<Line, Line[]>();
  for (const l of rows) {
    let owner: Line | undefined;
    if (fragmentLike(l)) {
      let d = Infinity;
      for (const a of anchors) {
        if (a.page !== l.page) continue;
        const dist = Math.abs(a.y - l.y);
        if (dist < d) [owner, d] = [a, dist];
      }
      if (owner && d >= 0.8 * pitch) owner = undefined;
    }
    const key = owner ?? l;
    if (!parts.has(key)) parts.set(key, []);
    parts.get(key)!.push(l);
  }
  const rowRecords: { line: Line; cells: string[] }[] = [];
  for (const [anchor, members] of parts) {
    const cells = blank();
    for (const m of members.sort((p, q) => q.y - p.y)) {
      for (const c of m.chunks) {
        const [a] = spanOf(cols, c);
        cells[a] = join(cells[a], c.text);
      }
    }
    rowRecords.push({ line: anchor, cells });
  }
  rowRecords.sort((p, q) => p.line.page - q.line.page || q.line.y - p.line.y);
  for (const r of rowRecords) records.push({ cells: r.cells, line: place(r.line) });
  for (const n of notes) {
    const cells = blank();
    cells[0] = n.text.trim();
    records.push({ cells, line: place(n.line) });
  }
  return records;
}

/** The pages of a published PDF to its tables' records, its narrative and the locator of both. */
export function readPages(file: string, pages: PageText[]): ReadFile {
  const drop = furniture(pages);
  const narrative: Line[] = [];
  const tables: TableLines[] = [];
  let current: TableLines | null = null;
  for (const page of pages) {
    const lines = page.lines.filter((l) => !drop.has(l));
    let i = 0;
    if (current) {
      const k = continues(current, lines);
      if (k < 0) current = null;
      else i = k;
    }
    for (; i < lines.length; i++) {
      const line = lines[i];
      if (tableTitle(line)) {
        current = { lines: [] };
        tables.push(current);
        // The "表N" line above the title belongs to the table.
        const above = current.lines.length === 0 ? narrative[narrative.length - 1] : undefined;
        if (above && above.page === line.page && TABLE_NUMBER.test(squeeze(above.text))) current.lines.push(narrative.pop()!);
        current.lines.push(line);
        continue;
      }
      if (current) {
        // A line far below the table's last line that prints no cells of it: the table has ended.
        const last = current.lines[current.lines.length - 1];
        if (last.page === line.page && last.y - line.y > 4 * line.size && line.chunks.length === 1 && !NOTE.test(squeeze(line.text))) {
          current = null;
          narrative.push(line);
          continue;
        }
        current.lines.push(line);
        if (!current.header) {
          const { from, to } = headerLines(current.lines);
          if (to < current.lines.length) current.header = current.lines.slice(from, to).map((l) => squeeze(l.text));
        }
        continue;
      }
      narrative.push(line);
    }
  }

  const where: { page: number; line: number }[] = [{ page: 0, line: 0 }];
  const place = (l: Line) => where.push({ page: l.page, line: l.index }) - 1;
  for (const l of narrative) place(l);
  const rules = new Map(pages.map((p) => [p.number, p.rules]));
  const sets: RecordSet[] = tables.map((t) => ({ file, records: tableRecords(t, place, rules), encoding: 'pdf', page: t.lines[0].page }));
  const locate: Locator = (line, column) => {
    const at = where[line];
    return at && at.page > 0 ? { line: at.line, column, page: at.page } : undefined;
  };
  const text = narrative.map((l) => l.text).join('\n');
  return { sets, skipped: [], narrative: text.trim() === '' ? undefined : `${text}\n`, locate };
}
