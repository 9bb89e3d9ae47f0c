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
 * - The header's cells (wrapped lines about one centre joined); its leaves, the cells with none under
 *   them, are the columns. The rows' cells in runs that share an edge (codes and names a left edge,
 *   amounts a right edge) belong to the column whose centre lies right of that left edge or left of
 *   that right edge. A header cell over others is a merged cell: it spans the leaves under it around its
 *   centre (a leaf down several rows beside it is centred higher than the leaves of the lowest row), its
 *   text stands in its first column, as CSV exports have it, and its level is below the cells over it.
 * - A note ("备注：…为空表") with its wrapped lines is one record.
 *
 * Each record keeps the page and the line on the page where it was printed (the locator of records.ts).
 */
import type { Locator } from '../ledger/model.js';
import type { CsvRecord } from './csv.js';
import type { ReadFile, RecordSet } from './records.js';
import { squeeze } from '../text.js';
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
/** A two-sided table's right side alone: "234 抗疫特别国债还本支出". */
const CODE_AFTER_NAME = /^\d{3}\s*\S/;
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
function isDataLine(line: Line, left = -Infinity): boolean {
  const first = squeeze(line.chunks[0]?.text ?? '');
  return (
    line.chunks.some((c) => isAmount(c.text) && (DECIMAL.test(c.text) || c.text.length >= 4)) ||
    CODE_START.test(line.chunks[0]?.text ?? '') ||
    // A total row's label stands at the left; "合计" further right is a header cell's (项目支出 / 合计).
    (TOTAL.test(first) && line.chunks[0].x0 < left) ||
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
  let x0 = Infinity;
  let x1 = -Infinity;
  for (const l of lines.slice(from)) for (const c of l.chunks) [x0, x1] = [Math.min(x0, c.x0), Math.max(x1, c.x1)];
  const left = x0 + 0.4 * (x1 - x0);
  while (to < lines.length && !isDataLine(lines[to], left)) to++;
  return { from, to };
}

/** Whether the next page goes on with a table: its header printed again, or rows in the table's columns. */
function continues(table: TableLines, lines: Line[]): number {
  if (lines.length === 0 || tableTitle(lines[0]) || (lines[1] && tableTitle(lines[1]) && TABLE_NUMBER.test(squeeze(lines[0].text)))) return -1;
  // A title at the foot of a page: its table is on the next.
  if (!table.header && !table.lines.some(isDataLine)) return 0;
  const header = table.header ?? [];
  // The header again: as many of its lines as the page prints, in order.
  let k = 0;
  while (k < header.length && k < lines.length && squeeze(lines[k].text) === header[k]) k++;
  if (k > 0 && (k === header.length || k >= 2)) return k;
  // Rows in the table's columns: two cells or more, each at an edge of the table's cells.
  const edges: number[] = [];
  for (const l of table.lines) for (const c of l.chunks) edges.push(c.x0, c.x1);
  const aligned = (l: Line) => l.chunks.every((c) => edges.some((e) => Math.abs(e - c.x0) < 2 || Math.abs(e - c.x1) < 2));
  // Two cells or more at the table's edges, or one that is a row (a code, a figure, a total) at them.
  const fits = (l: Line) => aligned(l) && (l.chunks.length >= 2 || isDataLine(l) || CODE_AFTER_NAME.test(l.text));
  return fits(lines[0]) ? 0 : -1;
}

function overlap(a: { x0: number; x1: number }, b: { x0: number; x1: number }): number {
  return Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
}

/** Texts of one cell wrapped over lines: CJK and figures run on (a code or a figure wrapped in a narrow column: "20" and "1" are 201); words get a space. */
const join = (a: string, b: string) => (a === '' ? b : /[\x21-\x7e]$/.test(a) && /^[\x21-\x7e]/.test(b) && !(/\d$/.test(a) && /^\d/.test(b)) ? `${a} ${b}` : a + b);

/** A header cell of a table without rules: its wrapped lines joined (lines one under the other, about one centre). */
interface HeadCell {
  x0: number;
  x1: number;
  /** Baselines of its first and last line. */
  top: number;
  bottom: number;
  size: number;
  text: string;
  line: Line;
}

const centre = (c: { x0: number; x1: number }) => (c.x0 + c.x1) / 2;

function headCells(head: Line[]): HeadCell[] {
  const cells: HeadCell[] = [];
  for (const l of [...head].sort((a, b) => b.y - a.y)) {
    for (const c of l.chunks) {
      const same = cells
        .filter((x) => x.bottom - l.y > 0.3 * c.size && x.bottom - l.y <= 1.8 * c.size && overlap(x, c) > 0)
        .find((x) => Math.abs(centre(x) - centre(c)) < 0.6 * c.size);
      if (same) {
        same.text = join(same.text, c.text);
        same.bottom = l.y;
        same.x0 = Math.min(same.x0, c.x0);
        same.x1 = Math.max(same.x1, c.x1);
      } else cells.push({ x0: c.x0, x1: c.x1, top: l.y, bottom: l.y, size: c.size, text: c.text, line: l });
    }
  }
  return cells;
}

/**
 * Columns of a table without rules, and where each header cell stands:
 * - the header's leaves (cells with none under them) are the columns, at their centres;
 * - the rows' cells, in runs that share an edge (codes and names a left edge, amounts a right edge),
 *   belong to the column whose centre is right of a left edge, or left of a right edge (a column
 *   without a header of its own is one more column);
 * - a header cell over others is a merged cell: it spans the columns under it around its centre (not a
 *   cell beside it that reaches as far down: a cell down several rows is centred higher); its text
 *   stands in its first column, and its level is below the cells over it.
 */
function streamColumns(head: Line[], rows: Line[]): { columnOf: (c: Chunk) => number; width: number; header: { cells: string[]; line: Line }[] } {
  const cells = headCells(head);
  const below = (a: HeadCell, b: HeadCell) => b.top < a.bottom - 0.3 * a.size && overlap(a, b) > 0.3 * Math.min(a.x1 - a.x0, b.x1 - b.x0);
  const leaves = cells.filter((c) => !cells.some((o) => o !== c && below(c, o))).sort((a, b) => centre(a) - centre(b));
  const centres = leaves.map(centre);

  // Runs of the rows' chunks that overlap, each with its alignment.
  const chunks = rows.flatMap((l) => l.chunks);
  const runs: { x0: number; x1: number; members: Chunk[] }[] = [];
  for (const c of [...chunks].sort((a, b) => a.x0 - b.x0)) {
    const last = runs[runs.length - 1];
    if (last && c.x0 < last.x1 - 0.5) {
      last.x1 = Math.max(last.x1, c.x1);
      last.members.push(c);
    } else runs.push({ x0: c.x0, x1: c.x1, members: [c] });
  }
  const extra: number[] = [];
  const runColumn = new Map<Chunk, number>();
  for (const run of runs) {
    const x0s = run.members.map((c) => c.x0);
    const x1s = run.members.map((c) => c.x1);
    const spreadLeft = Math.max(...x0s) - Math.min(...x0s);
    const spreadRight = Math.max(...x1s) - Math.min(...x1s);
    // Figures with decimals are right-aligned; whole numbers are codes, left-aligned.
    const figures = run.members.filter((c) => isAmount(c.text) && DECIMAL.test(c.text)).length;
    const right = Math.abs(spreadLeft - spreadRight) > 0.5 ? spreadRight < spreadLeft : figures * 2 > run.members.length;
    let at = -1;
    if (right) {
      for (let k = 0; k < centres.length; k++) if (centres[k] < run.x1 + 0.5 && centres[k] > run.x0 - 3 * (run.x1 - run.x0)) at = k;
    } else {
      for (let k = centres.length - 1; k >= 0; k--) if (centres[k] > run.x0 - 0.5 && centres[k] < run.x1 + 3 * (run.x1 - run.x0)) at = k;
    }
    const x = at >= 0 ? centres[at] : centre(run);
    if (at < 0) extra.push(x);
    for (const c of run.members) runColumn.set(c, x);
  }
  const xs = [...new Set([...centres, ...extra])].sort((a, b) => a - b);
  const width = Math.max(1, xs.length);
  const nearest = (x: number) => {
    let best = 0;
    for (let k = 0; k < xs.length; k++) if (Math.abs(xs[k] - x) < Math.abs(xs[best] - x)) best = k;
    return best;
  };
  const columnOf = (c: Chunk) => nearest(runColumn.get(c) ?? centre(c));

  // Spans of the header cells over others.
  const middle = (c: HeadCell) => (c.top + c.bottom) / 2;
  const leafIndex = new Map(leaves.map((l) => [l, nearest(centre(l))]));
  const parents = cells.filter((c) => !leafIndex.has(c));
  const span = new Map<HeadCell, [number, number]>();
  for (const l of leaves) span.set(l, [leafIndex.get(l)!, leafIndex.get(l)!]);
  for (const p of parents) {
    // A cell under p is centred in the rows below p; one that reaches up beside p is centred higher.
    // Leaves centred in the lowest row share one middle; a leaf down several rows is centred higher.
    const lower = leaves.filter((c) => c.top < p.bottom - 0.3 * p.size);
    const lowest = Math.min(...lower.map(middle));
    const under = (c: HeadCell) => c.top < p.bottom - 0.3 * p.size && (middle(c) < lowest + 0.4 * p.size || parents.some((q) => q !== p && q.bottom < p.bottom - 0.3 * p.size && below(q, c)));
    const siblings = parents.filter((q) => q !== p && Math.abs(q.bottom - p.bottom) < 0.6 * p.size);
    const mine = (c: HeadCell) => under(c) && siblings.every((q) => Math.abs(centre(q) - centre(c)) >= Math.abs(centre(p) - centre(c)));
    const byColumn = new Map<number, HeadCell>();
    for (const l of leaves) byColumn.set(leafIndex.get(l)!, l);
    let k0 = nearest(centre(p));
    if (!byColumn.get(k0) || !mine(byColumn.get(k0)!)) {
      span.set(p, [k0, k0]);
      continue;
    }
    let a = k0;
    let b = k0;
    while (a > 0 && byColumn.get(a - 1) && mine(byColumn.get(a - 1)!)) a--;
    while (b + 1 < width && byColumn.get(b + 1) && mine(byColumn.get(b + 1)!)) b++;
    span.set(p, [a, b]);
  }
  // Levels: each cell below the cells over its columns.
  const next = new Array<number>(width).fill(0);
  const header: { cells: string[]; line: Line }[] = [];
  for (const cell of [...cells].sort((p, q) => q.top - p.top)) {
    const [a, b] = span.get(cell)!;
    let level = 0;
    for (let i = a; i <= b; i++) level = Math.max(level, next[i]);
    for (let i = a; i <= b; i++) next[i] = level + 1;
    while (header.length <= level) header.push({ cells: new Array<string>(width).fill(''), line: cell.line });
    header[level].cells[a] = join(header[level].cells[a], cell.text);
    if (cell.line.y > header[level].line.y) header[level].line = cell.line;
  }
  return { columnOf, width, header };
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
  if (bodyLines.length === 0) return null;
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
  const above: Line[] = [];
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
    // Text above the grid: the rest of a wrapped meta line ("编制单位：…交易中" / "心").
    for (const l of outside) if (l.y > grid.ys[0]) above.push(l);
    // Text below the grid: a note printed under the table, with its wrapped lines.
    let note: CsvRecord | undefined;
    for (const l of outside) {
      if (l.y > grid.ys[0]) continue;
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
    const last = records[records.length - 1];
    // The rest of a wrapped "编制单位：…" line.
    if (i > titleAt + 1 && l.chunks.length === 1 && !META.test(l.text) && last && /编制/.test(last.cells[0])) {
      last.cells[0] += l.text.trim();
      continue;
    }
    if (i <= titleAt) cells[0] = l.text.trim();
    else {
      // The first by its left edge, the others by their right edge: "单位：万元" stands at the table's right edge, in its last column.
      for (const c of l.chunks) cells[c === l.chunks[0] ? kept(canonical(c.x0 + 1)) : kept(canonical(c.x1 - 1))] = c.text;
    }
    records.push({ cells, line: place(l) });
  }
  for (const l of above) {
    const last = records[records.length - 1];
    if (l.chunks.length === 1 && last && last.cells[0] !== '' && l.page === lines[from - 1]?.page) last.cells[0] += l.text.trim();
    else records.push({ cells: [l.text.trim(), ...new Array<string>(keep.length - 1).fill('')], line: place(l) });
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
  const { columnOf, width, header } = streamColumns(head, rows);
  const blank = () => new Array<string>(width).fill('');
  const records: CsvRecord[] = [];

  for (let i = 0; i < from; i++) {
    if (i < titleAt - 1) continue;
    const cells = blank();
    const l = lines[i];
    if (i <= titleAt) cells[0] = l.text.trim();
    else {
      // "编制单位：…" and "单位：万元" run together when the table is narrow: two cells.
      const texts = l.chunks.flatMap((c) => (/编制/.test(c.text) ? c.text.split(/(?<=\S)(?=(?:金额)?单位[:：]\s*(?:亿元|万元|千元|元)$)/) : [c.text]));
      texts.forEach((t, n) => {
        cells[n === 0 ? 0 : width - 1] = t;
      });
    }
    records.push({ cells, line: place(l) });
  }
  for (const h of header) records.push({ cells: h.cells, line: place(h.line) });

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
        const a = columnOf(c);
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
        // The "表N" line above the title belongs to the new table (not to the text or the table before it).
        const before: Line[] = current ? current.lines : narrative;
        const above: Line | undefined = before[before.length - 1];
        const numbered: boolean = above !== undefined && above.page === line.page && TABLE_NUMBER.test(squeeze(above.text));
        if (numbered) before.pop();
        current = { lines: numbered ? [above!] : [] };
        tables.push(current);
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
  const sets: RecordSet[] = tables.map((t) => {
    const page = t.lines[0].page;
    try {
      return { file, records: tableRecords(t, place, rules), encoding: 'pdf', page };
    } catch (e) {
      // A layout this reader does not know: that table is an input problem, the others are read.
      const title = t.lines.find(tableTitle)?.text ?? '';
      return { file, records: [], encoding: 'pdf', page, problem: `the layout of "${squeeze(title)}" could not be read (${(e as Error).message})` };
    }
  });
  const locate: Locator = (line, column) => {
    const at = where[line];
    return at && at.page > 0 ? { line: at.line, column, page: at.page } : undefined;
  };
  const text = narrative.map((l) => l.text).join('\n');
  return { sets, skipped: [], narrative: text.trim() === '' ? undefined : `${text}\n`, locate };
}
