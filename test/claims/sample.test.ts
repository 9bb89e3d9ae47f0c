/**
 * The sample unit's narrative: normalisation, extraction of specific claims with their lines, and the
 * checks: no error, and at least 90% of the amount, share and year-over-year claims linked and verified.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkLedger } from '../../src/check.js';
import { againstOf, analyseClaims } from '../../src/narrative/analysis.js';
import { claimSummary } from '../../src/check.js';
import { readNarrative } from '../../src/narrative/read.js';
import type { AmountClaim, Claim, ClaimBase, CountClaim, FlatClaim, ListClaim, PlaceholderClaim, ShareClaim, YearClaim, YoyClaim } from '../../src/narrative/claims.js';
import { locate, normalise } from '../../src/narrative/normalise.js';
import { loadUnit } from '../../src/load/unit.js';
import { claimRules } from '../../src/rules/index.js';

/** A claim of any kind, its fields optional: for tests that read what the reader made of a text. */
type LooseClaim = ClaimBase & { kind: Claim['kind'] } & Partial<Omit<AmountClaim, 'kind'> & Omit<ShareClaim, 'kind'> & Omit<YoyClaim, 'kind'> & Omit<FlatClaim, 'kind'> & Omit<ListClaim, 'kind'> & Omit<CountClaim, 'kind'> & Omit<PlaceholderClaim, 'kind'> & Omit<YearClaim, 'kind'>>;
const extractClaims = (text: string, file: string): LooseClaim[] => readNarrative(text, file).claims as LooseClaim[];

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SAMPLE = join(ROOT, 'fixtures/units/kizilsu-2024');
const FILE = '单位预算情况说明.txt';
const TEXT = readFileSync(join(SAMPLE, FILE), 'utf8');

describe('normalise', () => {
  it('joins lines broken mid-sentence and keeps the original positions', () => {
    const n = normalise(TEXT);
    const s = '一般公共预算485.54万元,占78.63%,比上年预算减少25.16万元,下降4.93%,主要原因是在职人员减少,相关人员经费减少。';
    const i = n.text.indexOf(s);
    expect(i).toBeGreaterThan(0);
    expect(locate(n, i)).toEqual({ line: 88, column: 1 });
    // "少 25.16" starts line 90
    expect(locate(n, n.text.indexOf('少25.16', i))).toEqual({ line: 90, column: 1 });
  });

  it('drops page numbers and blank lines', () => {
    const n = normalise(TEXT);
    expect(n.text).not.toMatch(/- 5 -|-5-/);
    expect(n.text).toContain('12345政务热线管理科');
    expect(n.text.split('\n').some((p) => p.trim() === '43')).toBe(false);
    expect(n.text).not.toMatch(/\n\n/);
  });

  it('half-width forms, stray spaces, thousands separators', () => {
    const n = normalise('收支总预算 ６１７．５３ 万元，\n\n- 12 -\n\n增长 1, 000.00 %；编码 201 03 01。\r\n第二行　４．００ 万');
    expect(n.text).toBe('收支总预算617.53万元,增长1,000.00%;编码201 03 01。\n第二行4.00万');
    expect(locate(n, n.text.indexOf('增长'))).toEqual({ line: 5, column: 1 });
    expect(locate(n, n.text.indexOf('第二行'))).toEqual({ line: 6, column: 1 });
  });

  it('Markdown: a heading line is a paragraph, a list item starts one, and their marks are not text', () => {
    const n = normalise('## 三、一般公共预算基本支出\n- 人员经费：304.49万元\n* 公用经费：16.65万元\n## 收入预算\n+ 单位资金：131.99万元，\n  比上年增加59.26万元\n- 5 -\n');
    expect(n.text.split('\n')).toEqual([
      '三、一般公共预算基本支出',
      '人员经费:304.49万元',
      '公用经费:16.65万元',
      '收入预算',
      '单位资金:131.99万元,比上年增加59.26万元',
    ]);
    expect(locate(n, n.text.indexOf('公用经费'))).toEqual({ line: 3, column: 3 });
  });

  it('a text table: each row spaced apart from its figure is a paragraph; wrapped sentences are still joined', () => {
    const n = normalise(
      '三、支出预算情况\n基本支出    321.14万元    占52.00%\n项目支出\t296.39万元\n合计        617.53万元\n' +
        '人员经费  304.49万元\n，比上年减少14.84万元。\n基本支出321.14万元\n比上年减少14.84万元，下降4.42%。\n' +
        '单位资金  131.99万元，比上年预算增加\n59.26万元。\n',
    );
    expect(n.text.split('\n')).toEqual([
      '三、支出预算情况',
      '基本支出321.14万元占52.00%',
      '项目支出296.39万元',
      '合计617.53万元',
      '人员经费304.49万元,比上年减少14.84万元。',
      '基本支出321.14万元比上年减少14.84万元,下降4.42%。',
      '单位资金131.99万元,比上年预算增加59.26万元。',
    ]);
  });

  it('a section heading of a few words before a line of prose is whole; a long heading, its tail or an item numbered "1." goes on', () => {
    const lines = (text: string) => normalise(text).text.split('\n');
    // A paragraph a line: the heading and the prose after it are two paragraphs, the prose's claims on their own line.
    expect(lines('(二)部门决算单位构成\n澧县澧州幼儿园下设办公室、教研室、财务室、保健室、工会5个部门。\n三、人员构成及编制现状\n2018年我单位人员编制总数为15人,实有在职人员总数14人。')).toEqual([
      '(二)部门决算单位构成',
      '澧县澧州幼儿园下设办公室、教研室、财务室、保健室、工会5个部门。',
      '三、人员构成及编制现状',
      '2018年我单位人员编制总数为15人,实有在职人员总数14人。',
    ]);
    // A heading's number alone on its line, its title on the next: one heading.
    expect(lines('收入决算结构图\n三、\n支出决算情况说明\n2020年本年支出合计4021.94万元,其中:基本支出2719.24万元。')).toEqual(['收入决算结构图', '三、支出决算情况说明', '2020年本年支出合计4021.94万元,其中:基本支出2719.24万元。']);
    // A heading wrapped over two lines: its tail is no sentence.
    expect(lines('四、关于克孜勒苏柯尔克孜自治州公共资源\n交易中心2024年财政拨款收支预算情况的总体说明\n2024年财政拨款收支总预算485.54万元。')).toEqual([
      '四、关于克孜勒苏柯尔克孜自治州公共资源交易中心2024年财政拨款收支预算情况的总体说明',
      '2024年财政拨款收支总预算485.54万元。',
    ]);
    // A heading that runs on into its text, and an item heading wrapped into its text, go on.
    expect(lines('五、基本支出:包括人员经费、公用经费(定额)。其\n中,人员经费包括工资福利支出。')).toEqual(['五、基本支出:包括人员经费、公用经费(定额)。其中,人员经费包括工资福利支出。']);
    expect(lines('1.一般公共服务支出(类)政府办公厅\n(室)及相关机构事务(款)行政运行(项):2024年预算数为13.38万元,比上年减少48.85万元。')).toEqual([
      '1.一般公共服务支出(类)政府办公厅(室)及相关机构事务(款)行政运行(项):2024年预算数为13.38万元,比上年减少48.85万元。',
    ]);
    // A heading as long as the text's full lines goes on in the next.
    const full = '比上年预算减少25.16万元,下降4.93%,主要原因\n'.repeat(4);
    expect(lines(`${full}。\n(一)一般公共预算当年财政拨款具体使用情\n况,见下表。`).slice(1)).toEqual(['(一)一般公共预算当年财政拨款具体使用情况,见下表。']);
    // The same heading in a text of long lines is whole.
    expect(lines(`${full.replace(/\n/g, '')}。\n(一)一般公共预算当年财政拨款具体使用情\n况,见下表。`).slice(1)).toEqual(['(一)一般公共预算当年财政拨款具体使用情', '况,见下表。']);
  });
});

function find(claims: LooseClaim[], kind: Claim["kind"], line: number, subject?: RegExp): LooseClaim {
  const c = claims.find((x) => x.kind === kind && x.line === line && (!subject || subject.test(x.subject)));
  if (!c) throw new Error(`no ${kind} claim at line ${line}`);
  return c;
}

describe('extractClaims', () => {
  const claims = extractClaims(TEXT, FILE);

  it('reads amount, share and year-over-year of one statement (line 88)', () => {
    const amount = find(claims, 'amount', 88);
    expect(amount.subject).toBe('一般公共预算');
    expect(amount.amount?.value.toFixed(2)).toBe('485.54');
    expect(amount.amount?.unit).toBe('万元');
    expect(amount.column).toBe(1);
    const share = find(claims, 'share', 88);
    expect(share.share?.percent.value.toFixed(2)).toBe('78.63');
    expect(share.share?.contextTotal).toBe(find(claims, 'amount', 86).id); // 收入预算 617.53, the enclosing paragraph
    const yoy = find(claims, 'yoy', 88);
    expect(yoy.yoy?.change?.value.toFixed(2)).toBe('25.16');
    expect(yoy.yoy?.changeWord).toBe('减少');
    expect(yoy.yoy?.changeDirection).toBe('down');
    expect(yoy.yoy?.percent?.value.toFixed(2)).toBe('4.93');
    expect(yoy.yoy?.percentWord).toBe('下降');
    expect(yoy.yoy?.base).toBe('上年预算');
    expect(yoy.yoy?.baseKind).toBe('budget');
    expect(yoy.sentence).toContain('比上年预算减少25.16万元,下降4.93%');
    expect(yoy.percentAt?.line).toBe(90);
  });

  it('reads "增长 1,000.00%" as 1000.00', () => {
    const yoy = find(claims, 'yoy', 385);
    expect(yoy.subject).toContain('三公');
    expect(yoy.yoy?.percent?.value.toFixed(2)).toBe('1000.00');
    expect(yoy.yoy?.percent?.decimals).toBe(2);
    expect(yoy.yoy?.change?.value.toFixed(2)).toBe('4.00');
  });

  it('reads code hints （类）/（款）/（项）', () => {
    const c = find(claims, 'amount', 186);
    expect(c.hints).toEqual({ class: '一般公共服务支出', section: '政府办公厅(室)及相关机构事务', item: '行政运行' });
    expect(c.amount?.value.toFixed(2)).toBe('13.38');
  });

  it('reads lists with their totals, flat statements and counts', () => {
    const list = find(claims, 'list', 428);
    expect(list.list?.relation).toBe('eq');
    expect(list.list?.parts.map((p) => p.amount?.raw)).toEqual(['14.38', '1.60', '147.02']);
    const threePublic = find(claims, 'list', 379);
    expect(threePublic.list?.family).toBe('三公');
    expect(threePublic.list?.parts).toHaveLength(4);
    const flat = claims.find((c) => c.kind === 'flat');
    expect(flat?.subject).toBe('公务接待费');
    expect(flat?.line).toBe(401);
    const count = find(claims, 'count', 471);
    expect(count.count).toEqual({ value: 5, unit: '个' });
    const distribution = find(claims, 'list', 313);
    expect(distribution.list?.family).toBe('资金分配');
    expect(distribution.list?.total.amount?.raw).toBe('30.00');
  });

  it('skips performance-target tables printed into the text', () => {
    expect(claims.every((c) => c.line < 476 || c.line > 2866)).toBe(true);
  });

  it('reads placeholders and named comparison years', () => {
    const cs = extractClaims('一、收入预算\n单位资金 XX 万元，占%，比2024年预算增加 1.00 万元，增长 2.00%，主要原因是。', 'x.txt');
    expect(cs.filter((c) => c.kind === 'placeholder').map((c) => c.placeholder)).toEqual(['XX万元', '占%', '主要原因是。']);
    expect(cs.find((c) => c.kind === 'year')?.year).toBe(2024);
  });

  it('never throws', () => {
    const pieces = TEXT.split(/(?<=[，。\n])/);
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string(), fc.constantFrom(...pieces), fc.constantFrom('其中：', '占', '%', '比上年预算增加', '万元', '（类）', '1,000.00', '\n\n- 3 -\n', 'XX')), { maxLength: 40 }), (parts) => {
        const claims = extractClaims(parts.join(''), 'f.txt');
        expect(Array.isArray(claims)).toBe(true);
        for (const c of claims) expect(c.line).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 300 },
    );
    expect(extractClaims('', 'f.txt')).toEqual([]);
    // Long runs stay linear (no regex that rescans a run from every position).
    for (const t of ['1'.repeat(200000) + 'X', '占'.repeat(100000) + '1%', '与上年持平。'.repeat(20000), 'a'.repeat(100000) + '(类)1万元']) {
      const t0 = Date.now();
      extractClaims(t, 'f.txt');
      expect(Date.now() - t0).toBeLessThan(3000);
    }
    expect(extractClaims(undefined as unknown as string, 'f.txt')).toEqual([]);
  });
});

describe('checks on the sample', () => {
  it('gives no error or warning, and verifies at least 90% of the amount, share and yoy claims', async () => {
    const { ledger } = await loadUnit(SAMPLE);
    const { findings } = checkLedger(ledger, { rules: claimRules });
    const loud = findings.filter((f) => f.severity !== 'note');
    expect(loud.map((f) => `${f.rule} ${f.line} ${f.message}`)).toEqual([]);
    // The zero-base convention is a note, never an error.
    expect(findings.filter((f) => f.rule === 'NC006').map((f) => f.line)).toEqual([211, 395]);

    const { claims, counts } = claimSummary(ledger);
    expect(counts.contradicted).toBe(0);
    expect(counts.found).toBe(counts.verified + counts.unlinked);
    const core = claims.filter((c) => c.kind === 'amount' || c.kind === 'share' || c.kind === 'yoy');
    const verified = core.filter((c) => c.status === 'verified');
    const share = verified.length / core.length;
    console.log(
      `sample claims: found ${counts.found}, verified ${counts.verified}, contradicted ${counts.contradicted}, unlinked ${counts.unlinked}; ` +
        `amount/share/yoy: ${verified.length} of ${core.length} verified (${(share * 100).toFixed(1)}%); unlinked: ` +
        core.filter((c) => c.status !== 'verified').map((c) => `${c.line} ${c.text}`).join(' | '),
    );
    expect(share).toBeGreaterThanOrEqual(0.9);
    // The rest is listed as unlinked, never guessed.
    for (const c of core) if (c.status !== 'verified') expect(c.status).toBe('unlinked');
    // Each verified claim names the figure it was checked against: a table of the unit, at a line of its data.
    const files = new Map(ledger.files.map((f) => [f.file, f]));
    for (const c of verified) {
      const m = /(表\d+-[^:\s]+\.csv):(\d+) /.exec(c.against ?? '');
      expect(m, `${c.line} ${c.text}: ${c.against}`).not.toBeNull();
      expect(files.get(m![1])?.kind, c.against).toMatch(/^[a-z-]+$/);
      expect(Number(m![2])).toBeGreaterThanOrEqual(5);
    }
  });

  it('links each subject to the figure it names', async () => {
    const { ledger } = await loadUnit(SAMPLE);
    const a = analyseClaims(ledger);
    const at = (line: number, kind: Claim['kind'] = 'amount') => a.claims.find((c) => c.kind === kind && c.line === line)!;
    expect(a.keys.get(at(72).id)).toBe('unit:total');
    expect(a.keys.get(at(88).id)).toBe('income:gpb');
    expect(a.keys.get(at(127).id)).toBe('exp:basic');
    expect(a.keys.get(at(166).id)).toBe('gpb:total');
    expect(a.keys.get(a.claims.find((c) => c.kind === 'amount' && c.line === 166 && c.subject === '基本支出')!.id)).toBe('gpb:basic');
    expect(a.keys.get(at(180).id)).toBe('gpb:code:201');
    expect(a.keys.get(at(186).id)).toBe('gpb:code:2010301');
    expect(a.keys.get(at(419).id)).toBe('basic:public'); // 单位运行经费 = 公用经费
    expect(a.keys.get(at(268).id)).toMatch(/^project:name:/);
    expect(againstOf(a, at(180))).toBe('表5-一般公共预算支出情况表.csv:6 201 一般公共服务支出 合计 449.67 万元');
  });
});
