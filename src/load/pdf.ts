/**
 * A published disclosure (PDF): its text with positions, read with pdfjs-dist (Mozilla's PDF.js,
 * the legacy build, which runs on Node.js 20; 5.x: 6.x needs Node.js 22), loaded on first use.
 * The text items become lines and cells here; pdf-layout.ts rebuilds the tables and the narrative.
 *
 * A PDF without a text layer (a scan), a password-protected or a damaged PDF is an input problem
 * that says so. The file-size limit of CSV holds; a PDF of more than MAX_PAGES pages is refused.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { InputError } from './errors.js';
import { readPages, tableTitle, type Chunk, type Line, type PageText, type Rule } from './pdf-layout.js';
import type { ReadFile } from './records.js';

export const PDF = /\.pdf$/i;
export const MAX_PAGES = 2_000;

interface TextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
}

interface PdfJs {
  getDocument(src: Record<string, unknown>): { promise: Promise<PdfDocument>; destroy(): Promise<void> };
}
interface PdfPage {
  view: number[];
  getTextContent(): Promise<{ items: (TextItem | { type: string })[] }>;
  getOperatorList(): Promise<{ fnArray: number[]; argsArray: unknown[] }>;
  cleanup(): void;
}
interface PdfDocument {
  numPages: number;
  getPage(n: number): Promise<PdfPage>;
  destroy(): Promise<void>;
}
type Ops = Record<'save' | 'restore' | 'transform' | 'constructPath', number>;

let library: Promise<{ pdfjs: PdfJs; ops: Ops; root: string }> | undefined;

/**
 * import() of an ES module. The bundled command line is compiled from V8's code cache (bin/load-cli.js),
 * and a script compiled so has no loader for its own import() calls: the loader, an ES module, lends
 * its import() under this symbol.
 */
const IMPORT = Symbol.for('budget-check.import');
function importModule(specifier: string): Promise<unknown> {
  const lent = (globalThis as Record<symbol, unknown>)[IMPORT] as ((s: string) => Promise<unknown>) | undefined;
  return lent ? lent(specifier) : import(specifier);
}

/** pdfjs-dist, loaded on first use (an ES module: imported, not bundled); its character maps and fonts beside it. */
function pdfjs(): Promise<{ pdfjs: PdfJs; ops: Ops; root: string }> {
  library ??= (async () => {
    const require = createRequire(import.meta.url);
    const entry = require.resolve('pdfjs-dist/legacy/build/pdf.mjs');
    const pdf = (await importModule(pathToFileURL(entry).href)) as PdfJs & { GlobalWorkerOptions: { workerSrc: string }; OPS: Ops };
    pdf.GlobalWorkerOptions.workerSrc = pathToFileURL(join(dirname(entry), 'pdf.worker.mjs')).href;
    return { pdfjs: pdf, ops: pdf.OPS, root: join(dirname(entry), '..', '..') };
  })();
  return library;
}

/** The path operators of pdfjs 5's constructPath data. */
const MOVE = 0;
const LINE = 1;
const CURVE = 2;
const QUADRATIC = 3;
const CLOSE = 4;

/**
 * The straight horizontal and vertical segments a page draws (a table's rules: its cell borders),
 * in page space: the path data of every constructPath, through the current transformation matrix.
 */
export function rulesOf(ops: Ops, list: { fnArray: number[]; argsArray: unknown[] }): Rule[] {
  const rules: Rule[] = [];
  let ctm = [1, 0, 0, 1, 0, 0];
  const stack: number[][] = [];
  const at = (x: number, y: number): [number, number] => [ctm[0] * x + ctm[2] * y + ctm[4], ctm[1] * x + ctm[3] * y + ctm[5]];
  const segment = (a: [number, number], b: [number, number]) => {
    if (Math.abs(a[1] - b[1]) < 0.5 && Math.abs(a[0] - b[0]) > 2) rules.push({ x0: Math.min(a[0], b[0]), x1: Math.max(a[0], b[0]), y0: a[1], y1: a[1] });
    else if (Math.abs(a[0] - b[0]) < 0.5 && Math.abs(a[1] - b[1]) > 2) rules.push({ x0: a[0], x1: a[0], y0: Math.min(a[1], b[1]), y1: Math.max(a[1], b[1]) });
  };
  for (let i = 0; i < list.fnArray.length && rules.length < 20_000; i++) {
    const fn = list.fnArray[i];
    if (fn === ops.save) stack.push(ctm);
    else if (fn === ops.restore) ctm = stack.pop() ?? ctm;
    else if (fn === ops.transform) {
      const [a, b, c, d, e, f] = list.argsArray[i] as number[];
      ctm = [ctm[0] * a + ctm[2] * b, ctm[1] * a + ctm[3] * b, ctm[0] * c + ctm[2] * d, ctm[1] * c + ctm[3] * d, ctm[0] * e + ctm[2] * f + ctm[4], ctm[1] * e + ctm[3] * f + ctm[5]];
    } else if (fn === ops.constructPath) {
      const data = (list.argsArray[i] as unknown[])[1] as ArrayLike<number>[] | undefined;
      const path = data?.[0];
      if (!path) continue;
      let start: [number, number] = [0, 0];
      let cur: [number, number] = [0, 0];
      for (let k = 0; k < path.length; ) {
        const op = path[k];
        if (op === MOVE) {
          cur = start = at(path[k + 1], path[k + 2]);
          k += 3;
        } else if (op === LINE) {
          const next = at(path[k + 1], path[k + 2]);
          segment(cur, next);
          cur = next;
          k += 3;
        } else if (op === CURVE) {
          cur = at(path[k + 5], path[k + 6]);
          k += 7;
        } else if (op === QUADRATIC) {
          cur = at(path[k + 3], path[k + 4]);
          k += 5;
        } else if (op === CLOSE) {
          segment(cur, start);
          cur = start;
          k += 1;
        } else break;
      }
    }
  }
  return rules;
}

/** Text runs of a page to lines: runs on one baseline, left to right, cells where the gap is wider than a space. */
export function linesOf(page: number, items: TextItem[]): Line[] {
  const runs = items
    .filter((it) => it.str.trim() !== '' && Math.abs(it.transform[1]) < 1e-6 && Math.abs(it.transform[2]) < 1e-6)
    .map((it) => {
      const size = Math.abs(it.transform[3]) || it.height || 10;
      return { x0: it.transform[4], x1: it.transform[4] + it.width, y: it.transform[5], size, text: it.str };
    })
    .sort((a, b) => b.y - a.y || a.x0 - b.x0);
  const groups: (typeof runs)[] = [];
  for (const r of runs) {
    const g = groups[groups.length - 1];
    if (g && Math.abs(g[0].y - r.y) <= 0.3 * Math.min(g[0].size, r.size)) g.push(r);
    else groups.push([r]);
  }
  return groups.map((g, i) => {
    g.sort((a, b) => a.x0 - b.x0);
    const runs: Chunk[] = g.map((r) => ({ x0: r.x0, x1: r.x1, text: r.text, size: r.size }));
    const chunks: Chunk[] = [];
    for (const r of g) {
      const last = chunks[chunks.length - 1];
      const gap = last ? r.x0 - last.x1 : Infinity;
      if (last && gap < 0.3 * r.size) {
        last.text += (gap > 0.15 * r.size && !/\s$/.test(last.text) ? ' ' : '') + r.text;
        last.x1 = Math.max(last.x1, r.x1);
      } else chunks.push({ x0: r.x0, x1: r.x1, text: r.text, size: r.size });
    }
    for (const c of chunks) {
      const lead = c.text.length - c.text.trimStart().length;
      c.text = c.text.trim();
      if (lead > 0) c.x0 += lead * 0.25 * c.size;
    }
    const size = Math.max(...g.map((r) => r.size));
    return { page, index: i + 1, y: g[0].y, size, chunks, runs, text: chunks.map((c) => c.text).join(' ') };
  });
}

/** Read a PDF: its tables as record sets, its narrative, where each was printed. */
export async function readPdf(file: string, bytes: Buffer): Promise<ReadFile> {
  if (bytes.subarray(0, 1024).indexOf('%PDF-') < 0) throw new InputError(file, 'not a PDF (no %PDF header): give the published PDF, or the tables as CSV or .xlsx');
  const { pdfjs: lib, ops, root } = await pdfjs();
  const task = lib.getDocument({
    data: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength).slice(),
    cMapUrl: `${join(root, 'cmaps')}/`,
    cMapPacked: true,
    standardFontDataUrl: `${join(root, 'standard_fonts')}/`,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  });
  let doc: PdfDocument;
  try {
    doc = await task.promise;
  } catch (e) {
    await task.destroy().catch(() => undefined);
    const name = (e as { name?: string })?.name;
    if (name === 'PasswordException') throw new InputError(file, 'a password-protected PDF: give the PDF without its password, or the tables as CSV or .xlsx');
    throw new InputError(file, `not a readable PDF (${String((e as Error)?.message ?? e).split('\n')[0].slice(0, 100)}): give the published PDF again, or the tables as CSV or .xlsx`);
  }
  try {
    if (doc.numPages > MAX_PAGES) throw new InputError(file, `${doc.numPages} pages (the limit is ${MAX_PAGES})`);
    const pages: PageText[] = [];
    let chars = 0;
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const items = content.items.filter((it): it is TextItem => 'str' in it);
      for (const it of items) chars += it.str.trim().length;
      const lines = linesOf(n, items);
      // The rules of a page that may hold a table: one with a table's title, or one after such a page
      // whose lines are mostly cells (a table going on). A page of running text is not drawn again.
      const previous = pages[pages.length - 1];
      const cells = lines.filter((l) => l.chunks.length >= 2).length;
      const tabular = lines.some(tableTitle) || (previous !== undefined && previous.rules.length > 0 && cells >= 0.3 * lines.length);
      const rules = tabular ? rulesOf(ops, await page.getOperatorList()) : [];
      pages.push({ number: n, height: page.view[3] - page.view[1], lines, rules });
      page.cleanup();
    }
    if (chars < 20 * doc.numPages && chars < 200) {
      throw new InputError(file, 'no text layer (a scanned PDF: its pages are images): run OCR on it, or give the tables as CSV or .xlsx and the narrative as text');
    }
    return readPages(file, pages);
  } finally {
    await doc.destroy();
  }
}
