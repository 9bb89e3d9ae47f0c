/// <reference lib="dom" />
// (The functions given to evaluate run in the page. src/ is built without the DOM library.)
/**
 * The HTML report in a real browser: headless Chromium from Debian (/usr/bin/chromium, which .ci/run
 * installs), driven by playwright-core. Skipped, with the reason, where that browser is missing.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { runBatch } from '../src/batch.js';
import { formatHtml } from '../src/format/html.js';
import type { Report } from '../src/report.js';

const CHROMIUM = '/usr/bin/chromium';
const CHANGED_CELL = 'fixtures/faults/tbl001-changed-cell';
const YOY = 'fixtures/claims/yoy-percent';
const VIEWPORT = { width: 1280, height: 900 };

const present = existsSync(CHROMIUM);
/** Set by .ci/run: CI runs this test for real, and a missing browser fails it. */
const required = !!process.env.BC_REQUIRE_BROWSER;
if (!present && !required) console.warn(`html-browser.test.ts: skipped, no Chromium at ${CHROMIUM} (apt-get install chromium; .ci/run installs it)`);

describe.skipIf(!present && !required)('the HTML report in Chromium', () => {
  let dir: string;
  let context: BrowserContext;
  let page: Page;
  let report: Report;
  /** The section of the unit with TBL001 (units are in path order). */
  let T = '';
  const requests: string[] = [];
  const problems: string[] = [];

  beforeAll(async () => {
    const { chromium } = await import('playwright-core');
    dir = mkdtempSync(join(tmpdir(), 'bc-html-browser-'));
    report = await runBatch([CHANGED_CELL, YOY], { includeSource: true });
    T = `#u${report.units.findIndex((u) => u.path === CHANGED_CELL) + 1}`;
    const file = join(dir, 'report.html');
    writeFileSync(file, formatHtml(report, { version: 'test' }));
    // A fresh profile; no network of its own (no updates, sync or QUIC).
    context = await chromium.launchPersistentContext(join(dir, 'profile'), {
      executablePath: CHROMIUM,
      headless: true,
      viewport: VIEWPORT,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.on('request', (r) => {
      if (!r.url().startsWith('file:')) requests.push(r.url());
    });
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(m.text());
    });
    page.on('dialog', (d) => {
      problems.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    await page.goto(pathToFileURL(file).href, { timeout: 120_000 });
  }, 180_000);

  afterAll(async () => {
    await context?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("shows each error's cell marked with its rule, and its figures on focus", async () => {
    for (const [u, unit] of report.units.entries()) {
      const section = page.locator(`#u${u + 1}`);
      for (const f of unit.findings.filter((x) => x.severity === 'error' && x.file.endsWith('.csv'))) {
        const cells = section.locator(`td[data-rule~="${f.rule}"]`);
        expect(await cells.count()).toBeGreaterThan(0);
        const cell = cells.first();
        await cell.scrollIntoViewIfNeeded();
        await expect.poll(() => cell.isVisible()).toBe(true);
        // A section off screen is rendered once scrolled to (content-visibility: auto): its text may come a moment later.
        await expect.poll(() => cell.innerText()).toContain(f.actual!);
        const tip = page.locator(`#${await cell.getAttribute('aria-describedby')}`);
        expect(await tip.isVisible()).toBe(false);
        await cell.focus();
        await expect.poll(() => tip.isVisible()).toBe(true);
        const text = await tip.innerText();
        for (const words of [f.rule, f.actual!, f.expected!, f.difference!, 'should be', 'difference']) expect(text).toContain(words);
        await page.keyboard.press('Escape');
        await expect.poll(() => tip.isVisible()).toBe(false);
      }
    }
    const tbl001 = page.locator(`${T} td[data-rule~="TBL001"]`);
    await tbl001.focus();
    expect(await page.locator(`#${await tbl001.getAttribute('aria-describedby')}`).innerText()).toContain('2010301 行政运行');
  });

  it('reaches a marked cell with the keyboard', async () => {
    const cell = page.locator(`${T} td[data-rule~="TBL001"]`);
    await page.locator(`${T} td[data-rule~="TBL003"]`).focus();
    await page.keyboard.press('Shift+Tab');
    expect(await cell.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Escape');
  });

  it('marks the contradicted claim and links it to the cell of its figure', async () => {
    for (const [u, unit] of report.units.entries()) {
      const k = unit.claims!.findIndex((c) => c.status === 'contradicted');
      const mark = page.locator(`#u${u + 1}-m${k + 1}`);
      await mark.scrollIntoViewIfNeeded();
      expect(await mark.isVisible()).toBe(true);
      expect(await mark.getAttribute('class')).toBe('claim contradicted');
      const link = page.locator(`#u${u + 1} a.to-figure`);
      expect(await link.count()).toBe(1);
      const href = (await link.getAttribute('href'))!;
      await link.click();
      await expect.poll(() => page.evaluate(() => location.hash)).toBe(href);
      const target = page.locator(href);
      expect(await target.evaluate((el) => el.tagName)).toBe('TD');
      await expect.poll(() => target.evaluate((el) => { const r = el.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; })).toBe(true);
      const figure = unit.source!.narrative!.claims[k].figure!;
      expect(await target.innerText()).toContain(unit.source!.tables.find((t) => t.file === figure.file)!.body.find((r) => r.line === figure.line)!.cells[figure.column! - 1]);
    }
  });

  it('hides warnings with the severity filter, and shows them again', async () => {
    const warnings = page.locator('tr.finding[data-severity="warning"]');
    const fe002 = page.locator(`${T} td[data-rule~="FE002"]`).first();
    const errors = page.locator('tr.finding[data-severity="error"]');
    expect(await warnings.count()).toBeGreaterThan(0);
    await warnings.first().scrollIntoViewIfNeeded();
    expect(await warnings.first().isVisible()).toBe(true);
    const marked = () => fe002.evaluate((el) => getComputedStyle(el).outlineStyle !== 'none' && !el.classList.contains('off'));
    expect(await marked()).toBe(true);
    await page.locator('#bc-filters input[name="severity"][value="warning"]').uncheck();
    for (let i = 0; i < (await warnings.count()); i++) expect(await warnings.nth(i).isVisible()).toBe(false);
    expect(await marked()).toBe(false);
    await errors.first().scrollIntoViewIfNeeded();
    expect(await errors.first().isVisible()).toBe(true);
    expect(await page.locator('#bc-filter-note').isHidden()).toBe(false);
    // by rule too
    await page.locator('#bc-rule-box > summary').click();
    await page.locator('#bc-filters input[name="rule"][value="TBL001"]').uncheck();
    expect(await page.locator('tr.finding[data-rule="TBL001"]').first().isVisible()).toBe(false);
    expect(await page.locator(`${T} td[data-rule~="TBL001"]`).evaluate((el) => el.classList.contains('off'))).toBe(true);
    await page.locator('#bc-filters input[name="rule"][value="TBL001"]').check();
    await page.locator('#bc-filters input[name="severity"][value="warning"]').check();
    await warnings.first().scrollIntoViewIfNeeded();
    expect(await warnings.first().isVisible()).toBe(true);
    expect(await marked()).toBe(true);
    expect(await page.locator('#bc-filter-note').isHidden()).toBe(true);
  });

  it('shows the index first, sorted by a click on a column', async () => {
    const index = page.locator('#bc-index');
    const top = await index.evaluate((el) => el.getBoundingClientRect().top + scrollY);
    const first = await page.locator('#u1').evaluate((el) => el.getBoundingClientRect().top + scrollY);
    expect(top).toBeLessThan(first);
    const errorsOf = async () => index.locator('tbody tr td:nth-child(4)').allInnerTexts();
    const heading = index.locator('thead th:nth-child(4) .sort');
    await heading.click();
    const asc = (await errorsOf()).map(Number);
    expect(asc).toEqual([...asc].sort((a, b) => a - b));
    await heading.click();
    const desc = (await errorsOf()).map(Number);
    expect(desc).toEqual([...asc].sort((a, b) => b - a));
    expect(await index.locator('thead th:nth-child(4)').getAttribute('aria-sort')).toBe('descending');
    await index.locator('tbody tr a').first().click();
    expect(await page.evaluate(() => location.hash)).toMatch(/^#u\d$/);
  });

  it('fetches nothing, and runs without an error', () => {
    expect(requests).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('takes a screenshot of the marked table', async () => {
    const cell = page.locator(`${T} td[data-rule~="TBL001"]`);
    await cell.scrollIntoViewIfNeeded();
    await cell.focus();
    const file = join(dir, 'tbl001.png');
    await page.screenshot({ path: file });
    const png = readFileSync(file);
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    // IHDR: width and height, big-endian, at bytes 16 and 20
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([VIEWPORT.width, VIEWPORT.height]);
    expect(png.length).toBeGreaterThan(20_000);
    if (process.env.BC_SCREENSHOT) writeFileSync(process.env.BC_SCREENSHOT, png);
  });

  it('prints: no filters, no tooltips, the marks in black and white with their rules', async () => {
    await page.emulateMedia({ media: 'print' });
    try {
      expect(await page.locator('#bc-filters').isVisible()).toBe(false);
      const cell = page.locator(`${T} td[data-rule~="TBL001"]`);
      const style = await cell.evaluate((el) => {
        const s = getComputedStyle(el);
        return { border: s.borderTopStyle, colour: s.borderTopColor, after: getComputedStyle(el, '::after').content };
      });
      expect(style).toMatchObject({ border: 'solid', colour: 'rgb(0, 0, 0)' });
      expect(style.after).toMatch(/attr\(data-rule\)|TBL001/);
      expect(await page.locator('#u1').evaluate((el) => getComputedStyle(el).breakBefore)).toBe('auto');
      expect(await page.locator('#u2').evaluate((el) => getComputedStyle(el).breakBefore)).toBe('page');
      expect(await page.locator('#bc-index').evaluate((el) => getComputedStyle(el).breakAfter)).toBe('page');
      const pdf = await page.pdf({ format: 'A4' });
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
  }, 180_000);
});
