import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parse } from 'csv-parse/sync';
import type { Finding, Report, UnitReport } from '../src/report.js';
import { summarise } from '../src/report.js';
import { joinPath, type RuleMeta } from '../src/format/meta.js';
import { formatSarif, FINGERPRINT_KEY, toUri } from '../src/format/sarif.js';
import { formatJunit } from '../src/format/junit.js';
import { formatGithub, escapeData, escapeProperty } from '../src/format/github.js';
import { formatCsv, CSV_HEADER, guardFormula } from '../src/format/csv.js';
import { formatJson } from '../src/format/json.js';
import fc from 'fast-check';

// ajv-formats is CommonJS: under NodeNext its default import is typed as the module object.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as unknown as (ajv: Ajv) => Ajv;

const RULES: RuleMeta[] = [
  {
    id: 'TBL001',
    name: 'subtotal-hierarchy',
    severity: 'error',
    doc: { what: 'Each subtotal equals the sum of its items.', why: 'A wrong subtotal misstates spending.', bad: '201 = 10 + 5 → 16', good: '201 = 10 + 5 → 15' },
  },
  {
    id: 'XT001',
    name: 'cross-table-total',
    severity: 'error',
    doc: { what: 'Totals agree across tables.', why: 'Tables of one package describe the same budget.', bad: '收支总表 100 / 支出总表 90', good: '收支总表 100 / 支出总表 100' },
  },
  {
    id: 'NC001',
    name: 'narrative-claim',
    severity: 'warning',
    doc: { what: 'Figures in the narrative match the tables.', why: 'Readers quote the narrative.', bad: '增加 5%', good: '增加 4.8%' },
  },
];

const TRICKY = '合计 is 100%, stated: 125.16\nsee row 12';
const CN_FILE = '表 1 收支总表.csv';

function finding(over: Partial<Finding>): Finding {
  return { rule: 'TBL001', name: 'subtotal-hierarchy', severity: 'error', messageId: 'sum', data: {}, message: 'm', file: 'a.csv', line: 1, ...over };
}

function unit(over: Partial<UnitReport>): UnitReport {
  return { path: 'u', findings: [], files: [], skippedRules: [], problems: [], ...over };
}

function makeReport(shift = 0): Report {
  const units: UnitReport[] = [
    unit({
      path: 'fixtures/units/甲单位',
      unitName: '甲单位',
      year: 2024,
      findings: [
        finding({ message: TRICKY, file: CN_FILE, line: 12 + shift, column: 3, expected: '125.16', actual: '100.00', difference: '-25.16', unit: '万元' }),
        finding({ rule: 'XT001', name: 'cross-table-total', message: 'totals differ', file: 'b.csv', line: 5 + shift, expected: '=SUM(A1:A2)', actual: '@cmd', difference: '+1+1', unit: '元' }),
        finding({ severity: 'note', message: 'rounding: 0.01 within printed precision', file: CN_FILE, line: 20 + shift, difference: '0.01', unit: '万元' }),
        finding({ rule: 'NC001', name: 'narrative-claim', severity: 'warning', message: '-5% claimed, tables give -4.8%', file: '说明.txt', line: 3 + shift, quote: '比上年减少5%' }),
      ],
      skippedRules: [],
    }),
    unit({
      path: 'units/乙',
      findings: [finding({ rule: 'NC001', name: 'narrative-claim', severity: 'warning', message: 'unlinked claim', file: 'n.txt', line: 2 })],
      skippedRules: [{ rule: 'XT001', missing: ['gpb', 'gfb'] }],
      problems: [{ file: 'broken.csv', line: 3, reason: 'unterminated quoted field' }],
    }),
  ];
  return { units, summary: summarise(units) };
}

const TOOL = { name: 'budget-check', version: '0.1.0' };

interface SarifLog {
  runs: {
    tool: { driver: { rules: { id: string; name: string; defaultConfiguration: { level: string } }[] } };
    invocations: { executionSuccessful: boolean }[];
    results: {
      ruleId: string;
      ruleIndex?: number;
      level: string;
      message: { text: string };
      locations: { physicalLocation: { artifactLocation: { uri: string }; region?: { startLine: number; startColumn?: number } } }[];
      partialFingerprints: Record<string, string>;
    }[];
  }[];
}

describe('joinPath', () => {
  it('joins the unit path and the file with forward slashes, as given', () => {
    expect(joinPath('fixtures/units/甲', '表 1.csv')).toBe('fixtures/units/甲/表 1.csv');
    expect(joinPath('.\\units\\乙\\', 'sub\\a.csv')).toBe('units/乙/sub/a.csv');
    expect(joinPath('../units/x', './a.csv')).toBe('../units/x/a.csv');
    expect(joinPath('/abs/unit', 'a.csv')).toBe('/abs/unit/a.csv');
    expect(joinPath('', 'a.csv')).toBe('a.csv');
    expect(joinPath('u', '/elsewhere/a.csv')).toBe('/elsewhere/a.csv');
  });
});

describe('formatSarif', () => {
  const schema = JSON.parse(readFileSync(new URL('./schemas/sarif-2.1.0-subset.json', import.meta.url), 'utf8')) as object;
  const ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false });
  addFormats(ajv);
  const validate = ajv.compile(schema);

  it('parses and validates against the SARIF 2.1.0 schema subset', () => {
    const text = formatSarif(makeReport(), RULES, TOOL);
    const log = JSON.parse(text) as unknown;
    expect(validate(log), ajv.errorsText(validate.errors)).toBe(true);
    expect(text.startsWith('{\n  "$schema": "https://json.schemastore.org/sarif-2.1.0.json",\n  "version": "2.1.0"')).toBe(true);
  });

  it('the schema subset does reject broken logs', () => {
    const log = JSON.parse(formatSarif(makeReport(), RULES, TOOL)) as SarifLog;
    const noMessage = structuredClone(log) as unknown as { runs: { results: Record<string, unknown>[] }[] };
    delete noMessage.runs[0].results[0].message;
    expect(validate(noMessage)).toBe(false);
    const badLevel = structuredClone(log);
    badLevel.runs[0].results[0].level = 'fatal';
    expect(validate(badLevel)).toBe(false);
    const badUri = structuredClone(log);
    badUri.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri = 'a b/表.csv';
    expect(validate(badUri)).toBe(false);
  });

  it('describes every rule plus INPUT, and points results at them', () => {
    const run = (JSON.parse(formatSarif(makeReport(), RULES, TOOL)) as SarifLog).runs[0];
    const rules = run.tool.driver.rules;
    expect(rules.map((r) => r.id)).toEqual(['TBL001', 'XT001', 'NC001', 'INPUT']);
    expect(rules[3]).toMatchObject({ name: 'input-unreadable', defaultConfiguration: { level: 'error' } });
    expect(rules[2].defaultConfiguration.level).toBe('warning');
    for (const r of run.results) expect(rules[r.ruleIndex!].id).toBe(r.ruleId);
    expect(run.results.map((r) => [r.ruleId, r.level])).toEqual([
      ['TBL001', 'error'],
      ['XT001', 'error'],
      ['TBL001', 'note'],
      ['NC001', 'warning'],
      ['INPUT', 'error'],
      ['NC001', 'warning'],
    ]);
    expect(run.invocations).toEqual([{ executionSuccessful: false }]);
  });

  it('percent-encodes paths per segment and keeps the region', () => {
    const run = (JSON.parse(formatSarif(makeReport(), RULES, TOOL)) as SarifLog).runs[0];
    const loc = run.results[0].locations[0].physicalLocation;
    expect(loc.artifactLocation.uri).toBe('fixtures/units/%E7%94%B2%E5%8D%95%E4%BD%8D/%E8%A1%A8%201%20%E6%94%B6%E6%94%AF%E6%80%BB%E8%A1%A8.csv');
    expect(decodeURIComponent(loc.artifactLocation.uri)).toBe(`fixtures/units/甲单位/${CN_FILE}`);
    // A CSV finding's column is a field number, not a character column: left out.
    expect(loc.region).toEqual({ startLine: 12 });
    expect(run.results[1].locations[0].physicalLocation.region).toEqual({ startLine: 5 });
    expect(run.results[0].message.text).toBe(TRICKY);
    expect(toUri(joinPath('.', 'a\\b #1?.csv'))).toBe('a/b%20%231%3F.csv');
    expect(toUri('x:y/z.csv')).toBe('x%3Ay/z.csv');
    expect(toUri('/abs/表.csv')).toBe('file:///abs/%E8%A1%A8.csv');
    expect(toUri('C:/data/表.csv')).toBe('file:///C:/data/%E8%A1%A8.csv');
  });

  it('is byte-identical across calls; fingerprints ignore line shifts but not messages', () => {
    const a = formatSarif(makeReport(), RULES, TOOL);
    expect(formatSarif(makeReport(), RULES, TOOL)).toBe(a);
    const fps = (text: string) => (JSON.parse(text) as SarifLog).runs[0].results.map((r) => r.partialFingerprints[FINGERPRINT_KEY]);
    const shifted = formatSarif(makeReport(7), RULES, TOOL);
    expect(shifted).not.toBe(a);
    expect(fps(shifted)).toEqual(fps(a));
    for (const fp of fps(a)) expect(fp).toMatch(/^[0-9a-f]{32}:\d+$/);
    expect(new Set(fps(a)).size).toBe(fps(a).length);

    const changed = makeReport();
    changed.units[0].findings[0].message = 'another message';
    expect(fps(formatSarif(changed, RULES, TOOL))[0]).not.toBe(fps(a)[0]);
  });

  it('tells identical results apart by occurrence', () => {
    const units = [unit({ findings: [finding({ line: 1 }), finding({ line: 9 })] })];
    const fps = (JSON.parse(formatSarif({ units, summary: summarise(units) }, RULES, TOOL)) as SarifLog).runs[0].results.map(
      (r) => r.partialFingerprints[FINGERPRINT_KEY],
    );
    expect(fps[0].split(':')[0]).toBe(fps[1].split(':')[0]);
    expect(fps.map((f) => f.split(':')[1])).toEqual(['1', '2']);
  });

  it('reports a clean run as successful', () => {
    const units = [unit({ findings: [finding({})] })];
    const log = JSON.parse(formatSarif({ units, summary: summarise(units) }, RULES, TOOL)) as SarifLog;
    expect(log.runs[0].invocations).toEqual([{ executionSuccessful: true }]);
    expect(validate(log)).toBe(true);
  });
});

describe('formatJunit', () => {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    parseAttributeValue: false,
    parseTagValue: false,
    trimValues: false,
    isArray: (name, _path, _leaf, isAttribute) => !isAttribute && ['testsuite', 'testcase', 'failure', 'error', 'skipped'].includes(name),
  });
  type Attrs = Record<string, string>;
  type Case = Attrs & { failure?: (Attrs & { '#text': string })[]; error?: (Attrs & { '#text': string })[]; skipped?: Attrs[]; 'system-out'?: string };
  type Parsed = { testsuites: Attrs & { testsuite: (Attrs & { testcase: Case[] })[] } };

  it('is well-formed XML with correct counts', () => {
    const xml = formatJunit(makeReport(), RULES);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = parser.parse(xml) as Parsed;
    const root = doc.testsuites;
    // 2 units × (INPUT + 3 rules); failures: unit A's TBL001 and XT001; errors: unit B's INPUT; skipped: unit B's XT001.
    expect([root.name, root.tests, root.failures, root.errors, root.skipped]).toEqual(['budget-check', '8', '2', '1', '1']);
    const [a, b] = root.testsuite;
    expect([a.name, a.tests, a.failures, a.errors, a.skipped]).toEqual(['fixtures/units/甲单位', '4', '2', '0', '0']);
    expect([b.name, b.tests, b.failures, b.errors, b.skipped]).toEqual(['units/乙', '4', '0', '1', '1']);
    expect(a.testcase.map((c) => c.name)).toEqual(['INPUT input-unreadable', 'TBL001 subtotal-hierarchy', 'XT001 cross-table-total', 'NC001 narrative-claim']);
    expect(a.testcase.every((c) => c.classname === 'fixtures/units/甲单位')).toBe(true);

    const tbl = a.testcase[1];
    expect(tbl.failure).toHaveLength(1);
    expect(tbl.failure![0].type).toBe('TBL001');
    expect(tbl.failure![0]['#text']).toContain(`fixtures/units/甲单位/${CN_FILE}:12:3`);
    expect(tbl.failure![0]['#text']).toContain('expected: 125.16 万元');
    expect(tbl.failure![0]['#text']).toContain('actual: 100.00 万元');
    expect(tbl['system-out']).toContain('note: fixtures/units/甲单位/表 1 收支总表.csv:20: rounding');
    expect(a.testcase[3]['system-out']).toContain('warning: fixtures/units/甲单位/说明.txt:3: -5% claimed');
    expect(a.testcase[3].failure).toBeUndefined();

    expect(b.testcase[0].error![0].type).toBe('INPUT');
    expect(b.testcase[0].error![0].message).toBe('unterminated quoted field');
    expect(b.testcase[0].error![0]['#text']).toContain('units/乙/broken.csv:3');
    expect(b.testcase[2].skipped![0].message).toBe('not run: missing gpb, gfb');
  });

  it('escapes markup and newlines in attributes and strips characters XML 1.0 forbids', () => {
    const nasty = 'a < b & c > "d" \'e\'\u0001\u000b\uFFFE]]>\nnext';
    const units = [unit({ path: 'u<&>"', findings: [finding({ message: nasty })] })];
    const xml = formatJunit({ units, summary: summarise(units) }, RULES);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).not.toMatch(/[\u0001\u000b\uFFFE]/);
    expect(xml).toContain('message="a &lt; b &amp; c &gt; &quot;d&quot; &apos;e&apos;]]&gt;&#10;next"');
    const doc = parser.parse(xml) as Parsed;
    expect(doc.testsuites.testsuite[0].name).toBe('u<&>"');
    expect(doc.testsuites.testsuite[0].testcase[1].failure![0]['#text']).toContain('u<&>"/a.csv:1');
  });

  it('places each part of a sum, but not a row the table does not print (line 0)', () => {
    const components = [
      { label: 'a.csv:3 201 合计', value: '5.00', file: 'a.csv', line: 3 },
      { label: 'b.csv: no row 201', value: '0.00', file: 'b.csv', line: 0 },
    ];
    const units = [unit({ findings: [finding({ components })] })];
    const text = (parser.parse(formatJunit({ units, summary: summarise(units) }, RULES)) as Parsed).testsuites.testsuite[0].testcase[1].failure![0]['#text'];
    expect(text.endsWith('components:\n  a.csv:3 201 合计: 5.00 (u/a.csv:3)\n  b.csv: no row 201: 0.00')).toBe(true);
  });

  it('gives findings of rules outside the catalogue a testcase of their own', () => {
    const units = [unit({ findings: [finding({ rule: 'ZZ009', name: 'mystery' })] })];
    const doc = parser.parse(formatJunit({ units, summary: summarise(units) }, RULES)) as Parsed;
    const cases = doc.testsuites.testsuite[0].testcase;
    expect(cases.map((c) => c.name).at(-1)).toBe('ZZ009 mystery');
    expect(doc.testsuites.failures).toBe('1');
  });
});

describe('formatGithub', () => {
  it('escapes messages and property values per the workflow-commands rules', () => {
    expect(escapeData('a%b\r\nc:d,e')).toBe('a%25b%0D%0Ac:d,e');
    expect(escapeProperty('a%b\r\nc:d,e')).toBe('a%25b%0D%0Ac%3Ad%2Ce');
    const units = [unit({ path: 'dir:1,2', findings: [finding({ file: 'x,y.csv', line: 4, name: 'name,with:colon', message: TRICKY })] })];
    expect(formatGithub({ units, summary: summarise(units) })).toBe(
      '::error file=dir%3A1%2C2/x%2Cy.csv,line=4,title=TBL001 name%2Cwith%3Acolon::合计 is 100%25, stated: 125.16%0Asee row 12\n',
    );
  });

  it('puts input problems first, then the most severe, by path and line', () => {
    const lines = formatGithub(makeReport(), { limit: 100 }).split('\n');
    expect(lines.pop()).toBe('');
    expect(lines).toEqual([
      '::error file=units/乙/broken.csv,line=3,title=INPUT input-unreadable::unterminated quoted field',
      '::error file=fixtures/units/甲单位/b.csv,line=5,title=XT001 cross-table-total::totals differ',
      `::error file=fixtures/units/甲单位/${CN_FILE},line=12,title=TBL001 subtotal-hierarchy::${escapeData(TRICKY)}`,
      '::warning file=fixtures/units/甲单位/说明.txt,line=3,title=NC001 narrative-claim::-5%25 claimed, tables give -4.8%25',
      '::warning file=units/乙/n.txt,line=2,title=NC001 narrative-claim::unlinked claim',
      `::notice file=fixtures/units/甲单位/${CN_FILE},line=20,title=TBL001 subtotal-hierarchy::rounding: 0.01 within printed precision`,
    ]);
  });

  it('emits at most limit annotations and a closing notice counting the rest', () => {
    const lines = formatGithub(makeReport(), { limit: 2 }).trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^::error file=units\/乙\/broken\.csv/);
    expect(lines[1]).toMatch(/^::error file=fixtures\/units\/甲单位\/b\.csv/);
    expect(lines[2]).toBe(
      '::notice title=budget-check::4 more findings not shown as annotations (1 error, 2 warnings, 1 note); see the full report',
    );
    expect(formatGithub(makeReport()).trimEnd().split('\n')).toHaveLength(6);
    expect(formatGithub(makeReport(), { limit: 6 })).not.toContain('title=budget-check');
    expect(formatGithub(makeReport(), { limit: 0 })).toBe(
      '::notice title=budget-check::6 more findings not shown as annotations (3 errors, 2 warnings, 1 note); see the full report\n',
    );
    const empty: Report = { units: [], summary: summarise([]) };
    expect(formatGithub(empty)).toBe('');
  });
});

describe('formatCsv', () => {
  it('starts with a BOM, ends records with CRLF and parses back to the same fields', () => {
    const text = formatCsv(makeReport());
    expect(text.startsWith('\uFEFFunit,unit_name,year,rule,')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    // Outside quoted fields every line break is CRLF.
    expect(text.replace(/"(?:[^"]|"")*"/g, '').match(/(?<!\r)\n/)).toBeNull();

    const records = parse(text, { bom: true, record_delimiter: '\r\n', relax_column_count: false }) as string[][];
    expect(records[0]).toEqual([...CSV_HEADER]);
    expect(records).toHaveLength(1 + 6);
    const a = 'fixtures/units/甲单位';
    expect(records[1]).toEqual([a, '甲单位', '2024', 'TBL001', 'subtotal-hierarchy', 'error', CN_FILE, '12', '3', TRICKY, '125.16', '100.00', '-25.16', '万元', '', '', '']);
    // The formula guard: =, @ and + get an apostrophe; plain numbers such as -25.16 do not.
    expect(records[2]).toEqual([a, '甲单位', '2024', 'XT001', 'cross-table-total', 'error', 'b.csv', '5', '', 'totals differ', "'=SUM(A1:A2)", "'@cmd", "'+1+1", '元', '', '', '']);
    expect(records[4][9]).toBe("'-5% claimed, tables give -4.8%");
    expect(records[5]).toEqual(['units/乙', '', '', 'INPUT', 'input-unreadable', 'error', 'broken.csv', '3', '', 'unterminated quoted field', '', '', '', '', '', '', '']);
    expect(records[6].slice(3, 7)).toEqual(['NC001', 'narrative-claim', 'warning', 'n.txt']);
    expect(formatCsv(makeReport())).toBe(text);
  });

  it('guards formulas but leaves numbers alone', () => {
    for (const s of ['-25.16', '+3', '-1,234.50', '-4.8%', '-', '12', 'plain']) expect(guardFormula(s)).toBe(s);
    for (const s of ['=1+1', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1', '-x']) expect(guardFormula(s)).toBe(`'${s}`);
  });
});

describe('writers: a report written unit by unit', () => {
  const reports = (): Report[] => {
    const full = makeReport();
    const one = [full.units[0]];
    return [{ units: [], summary: summarise([]) }, { units: one, summary: summarise(one) }, full];
  };

  it('json: the same bytes as the whole report stringified, for none, one and several units', () => {
    for (const r of reports()) expect(formatJson(r)).toBe(`${JSON.stringify(r, null, 2)}\n`);
  });

  it('sarif: one result per finding and input problem, in unit order, whatever the number of units', () => {
    for (const r of reports()) {
      const run = (JSON.parse(formatSarif(r, RULES, TOOL)) as SarifLog).runs[0];
      expect(run.results.map((x) => x.message.text)).toEqual(r.units.flatMap((u) => [...u.problems.map((p) => p.reason), ...u.findings.map((f) => f.message)]));
      expect(run.invocations).toEqual([{ executionSuccessful: r.summary.unreadable === 0 }]);
    }
  });

  it('junit: the totals on <testsuites> are the sums over the suites written before them', () => {
    const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => name === 'testsuite' });
    for (const r of reports()) {
      const root = (parser.parse(formatJunit(r, RULES)) as { testsuites: Record<string, string> & { testsuite?: Record<string, string>[] } }).testsuites;
      const suites = root.testsuite ?? [];
      expect(suites).toHaveLength(r.units.length);
      for (const k of ['tests', 'failures', 'errors', 'skipped']) expect(Number(root[k])).toBe(suites.reduce((n, s) => n + Number(s[k]), 0));
    }
  });

  it('github: the annotations kept while streaming are those of a stable sort of all of them', () => {
    // The reference: every annotation, sorted once (stable), problems first.
    const reference = (r: Report, limit: number): string => {
      const rank = { error: 0, warning: 1, note: 2 } as const;
      const all = r.units.flatMap((u) => u.findings.map((f) => ({ f, file: joinPath(u.path, f.file) })));
      all.sort((a, b) => rank[a.f.severity] - rank[b.f.severity] || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.f.line - b.f.line);
      const problems = r.units.flatMap((u) => u.problems.map((p) => `${joinPath(u.path, p.file)}:${p.line}`));
      return [...problems, ...all.map((a) => `${a.file}:${a.f.line}`)].slice(0, limit).join('|');
    };
    const severities = ['error', 'warning', 'note'] as const;
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.tuple(fc.constantFrom(...severities), fc.constantFrom('a.csv', 'b.csv', 'n.txt'), fc.integer({ min: 1, max: 4 })), { maxLength: 6 }), { maxLength: 5 }),
        fc.integer({ min: 0, max: 8 }),
        (specs, limit) => {
          const units = specs.map((fs, k) =>
            unit({
              path: `u${k % 3}/${k}`,
              findings: fs.map(([severity, file, line]) => finding({ severity, file, line, message: `${k}-${file}-${line}` })),
              problems: k === 2 ? [{ file: 'x.csv', line: 1, reason: 'bad' }] : [],
            }),
          );
          const r: Report = { units, summary: summarise(units) };
          const shown = formatGithub(r, { limit })
            .split('\n')
            .filter((l) => l.startsWith('::') && !l.includes('title=budget-check'))
            .map((l) => `${/file=([^,]*)/.exec(l)![1]}:${/line=(\d+)/.exec(l)![1]}`)
            .join('|');
          expect(shown).toBe(reference(r, limit));
        },
      ),
      { seed: 4, numRuns: 300 },
    );
  });
});
