/**
 * Metamorphic tests: the sample saved the ways spreadsheets and finance systems save the same figures,
 * and its narrative worded as other units word it, must give the same findings (rule and severity) and
 * the same claim counts. Each transformation keeps every figure; a change in the findings is a false
 * alarm or a miss on a package nobody has tested.
 */
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { checkUnit } from '../src/check.js';
import type { UnitReport } from '../src/report.js';

const SAMPLE = fileURLToPath(new URL('../fixtures/units/kizilsu-2024', import.meta.url));
const FIGURE = /^\d+\.\d{2}$/;

type Rows = string[][];

function serialise(rows: Rows, eol = '\n', quoteAll = false): string {
  const quote = (c: string) => (quoteAll || /[",\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
  return rows.map((r) => r.map(quote).join(',')).join(eol) + eol;
}

const cells = (f: (cell: string) => string) => (rows: Rows) => serialise(rows.map((r) => r.map(f)));

/** Each takes a table's rows (as the sample prints them) and gives the file's new text. */
const TRANSFORMS: Record<string, (rows: Rows) => string> = {
  'every cell quoted': (rows) => serialise(rows, '\n', true),
  'CRLF line ends': (rows) => serialise(rows, '\r\n'),
  'a byte-order mark': (rows) => `\uFEFF${serialise(rows)}`,
  'empty columns after every row': (rows) => serialise(rows.map((r) => [...r, '', '', ''])),
  'an empty column before every row': (rows) => serialise(rows.map((r) => ['', ...r])),
  'a blank line after every row': (rows) => serialise(rows).replace(/\n/g, '\n\n'),
  'spaces and tabs around figures': cells((c) => (FIGURE.test(c) ? `  ${c}\t` : c)),
  'thousands separators': cells((c) => (FIGURE.test(c) ? Number(c).toLocaleString('en-US', { minimumFractionDigits: 2 }) : c)),
  'zeros printed as blanks': cells((c) => (c === '0.00' ? '' : c)),
  'zeros printed as dashes': cells((c) => (c === '0.00' ? '-' : c)),
  'a currency sign before figures': cells((c) => (FIGURE.test(c) ? `¥${c}` : c)),
  'the unit after figures': cells((c) => (FIGURE.test(c) ? `${c}万元` : c)),
  'trailing zero decimals dropped': cells((c) => (FIGURE.test(c) && c.endsWith('.00') ? c.slice(0, -3) : c)),
  'tab-separated': (rows) => rows.map((r) => r.join('\t')).join('\n') + '\n',
};

/** Each takes the narrative's text and gives it as another unit or another PDF extraction words it. */
const NARRATIVE_TRANSFORMS: Record<string, (text: string) => string> = {
  'CRLF line ends': (t) => t.replace(/\n/g, '\r\n'),
  'no spaces around figures': (t) => t.replace(/ (?=[\d万%])|(?<=[\d%]) /g, ''),
  'half-width commas': (t) => t.replace(/，/g, ','),
  'full-width digits': (t) => t.replace(/[0-9.%]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)),
  '同比 for 比上年预算': (t) => t.replace(/比上年预算(减少|增加)/g, '同比$1'),
  '较上年预算数 for 比上年预算': (t) => t.replace(/比上年预算/g, '较上年预算数'),
  '所占比重为 for 占': (t) => t.replace('占 52.00%', '所占比重为52.00%'),
};

/** What must not change: each finding's rule and severity, the claim counts and the problems. */
function outcome(report: UnitReport) {
  return {
    findings: report.findings.map((f) => `${f.rule} ${f.severity}`).sort(),
    claims: report.claimCounts,
    problems: report.problems,
  };
}

/** The sample, and a copy with a changed cell whose errors must survive every transformation. */
const UNITS = [SAMPLE, fileURLToPath(new URL('../fixtures/faults/tbl001-changed-cell', import.meta.url))];

/** What each unit gives as saved: the sample's two FE002 warnings and two NC006 notes; the changed cell's three errors. */
const SAMPLE_OUTCOME = ['FE002 warning', 'FE002 warning', 'NC006 note', 'NC006 note'];
const KEPT: Record<string, { findings: string[]; contradicted: number }> = {
  [SAMPLE]: { findings: SAMPLE_OUTCOME, contradicted: 0 },
  [UNITS[1]]: { findings: [...SAMPLE_OUTCOME, 'NC001 error', 'TBL001 error', 'TBL003 error'].sort(), contradicted: 1 },
};

let work: string;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'bc-metamorphic-'));
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

for (const unit of UNITS) {
  describe(`${unit.split('/').slice(-2).join('/')} saved another way gives the same findings`, () => {
    let expected: ReturnType<typeof outcome>;
    const tables = new Map<string, Rows>();

    // In beforeEach, once: the check then runs inside a test, so mutation testing knows which tests ran the
    // code (code run in beforeAll belongs to no test, and each of its mutants would need every test).
    beforeEach(async () => {
      if (expected) return;
      expected = outcome(await checkUnit(unit));
      for (const f of (await readdir(unit)).filter((f) => f.endsWith('.csv'))) {
        tables.set(f, parse(await readFile(join(unit, f), 'utf8'), { bom: true, relax_column_count: true }) as Rows);
      }
    });

    it('has findings and claims to keep', () => {
      expect(expected.findings).toEqual(KEPT[unit].findings);
      expect(expected.problems).toEqual([]);
      // Every claim is verified, contradicted (the changed cell's, once) or unlinked; most are verified.
      const claims = expected.claims!;
      expect(claims.contradicted).toBe(KEPT[unit].contradicted);
      expect(claims.verified + claims.contradicted + claims.unlinked).toBe(claims.found);
      expect(claims.verified).toBeGreaterThan(0.8 * claims.found);
    });

    for (const [name, transform] of Object.entries(TRANSFORMS)) {
      it(name, async () => {
        const dir = join(work, `${unit.split('/').pop()}-${name.replace(/\W+/g, '-')}`);
        await cp(unit, dir, { recursive: true });
        for (const [file, rows] of tables) await writeFile(join(dir, file), transform(rows));
        expect(outcome(await checkUnit(dir))).toEqual(expected);
      });
    }
  });
}

describe('the sample narrative worded or extracted another way gives the same findings', () => {
  let expected: ReturnType<typeof outcome>;
  let text: string;
  const NARRATIVE = '单位预算情况说明.txt';

  beforeEach(async () => {
    if (expected) return;
    expected = outcome(await checkUnit(SAMPLE));
    text = await readFile(join(SAMPLE, NARRATIVE), 'utf8');
  });

  for (const [name, transform] of Object.entries(NARRATIVE_TRANSFORMS)) {
    it(name, async () => {
      const changed = transform(text);
      expect(changed).not.toBe(text);
      const dir = join(work, `narrative-${name.replace(/\W+/g, '-')}`);
      await cp(SAMPLE, dir, { recursive: true });
      await writeFile(join(dir, NARRATIVE), changed);
      expect(outcome(await checkUnit(dir))).toEqual(expected);
    });
  }
});
