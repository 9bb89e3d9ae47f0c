/**
 * The claim forms of docs/claims.md, read from real wording, and the checks on small narratives put in
 * place of the sample's (the sample's tables stay).
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, it } from 'vitest';
import { checkLedger } from '../../src/check.js';
import { claimSummary } from '../../src/check.js';
import { readNarrative } from '../../src/narrative/read.js';
import type { AmountClaim, Claim, ClaimBase, CountClaim, FlatClaim, ListClaim, PlaceholderClaim, ShareClaim, YearClaim, YoyClaim } from '../../src/narrative/claims.js';
import { around, overlaps, percentRatio, sub } from '../../src/ledger/rounding.js';
import { Decimal } from '../../src/decimal.js';
import { loadUnit } from '../../src/load/unit.js';
import type { Ledger } from '../../src/ledger/model.js';
import { claimRules } from '../../src/rules/index.js';

/** A claim of any kind, its fields optional: for tests that read what the reader made of a text. */
type LooseClaim = ClaimBase & { kind: Claim['kind'] } & Partial<Omit<AmountClaim, 'kind'> & Omit<ShareClaim, 'kind'> & Omit<YoyClaim, 'kind'> & Omit<FlatClaim, 'kind'> & Omit<ListClaim, 'kind'> & Omit<CountClaim, 'kind'> & Omit<PlaceholderClaim, 'kind'> & Omit<YearClaim, 'kind'>>;
const extractClaims = (text: string, file: string): LooseClaim[] => readNarrative(text, file).claims as LooseClaim[];

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SAMPLE = join(ROOT, 'fixtures/units/kizilsu-2024');
const d = (s: string) => new Decimal(s);

describe('interval arithmetic', () => {
  it('decides a percent by intervals', () => {
    // 485.54 / 617.53 = 78.626…%: "78.63%" stands for [78.625, 78.635].
    const r = percentRatio(around(d('485.54'), d('0.005')), around(d('617.53'), d('0.005')))!;
    expect(overlaps(r, around(d('78.63'), d('0.005')))).toBe(true);
    expect(overlaps(r, around(d('78.60'), d('0.005')))).toBe(false);
    // A denominator that may be zero decides nothing.
    expect(percentRatio(around(d('4'), d('0.005')), sub(around(d('4'), d('0.005')), around(d('4'), d('0.005'))))).toBeNull();
  });
});

describe('claim forms', () => {
  const one = (text: string) => extractClaims(`一、收入预算情况说明\n${text}`, 'n.txt');

  it('amounts in 元 and 万元, with separators and a cut-short unit', () => {
    const cs = one('单位资金 2476260.58 元。事业收入 27,524.6万元。其他收入 0.00 万。');
    const amounts = cs.filter((c) => c.kind === 'amount');
    expect(amounts.map((c) => [c.subject, c.amount?.yuan.toString(), c.amount?.unit, c.amount?.decimals])).toEqual([
      ['单位资金', '2476260.58', '元', 2],
      ['事业收入', '275246000', '万元', 1],
      ['其他收入', '0', '万元', 2],
    ]);
  });

  it('revenue up and down (增收, 减收) after a comparison, and not alone', () => {
    const a = one('一般公共预算总收入 491446 万元，同比增收 2940 万元，增长 0.6%。').find((c) => c.kind === 'yoy')!.yoy!;
    expect([a.change?.raw, a.changeDirection, a.percent?.raw]).toEqual(['2940', 'up', '0.6']);
    const b = one('上划中央收入 175207 万元，比上年同期减收 12677 万元，下降 6.7%。').find((c) => c.kind === 'yoy')!.yoy!;
    expect([b.change?.raw, b.changeDirection, b.prior]).toEqual(['12677', 'down', undefined]);
    expect(one('增收 50 万元。').some((c) => c.kind === 'yoy')).toBe(false);
  });

  it('year-over-year wordings', () => {
    const yoy = (t: string) => one(t).find((c) => c.kind === 'yoy')!.yoy!;
    expect(yoy('单位资金 1.00 万元，比2025年预算增加794.88万元。')).toMatchObject({ changeWord: '增加', base: '2025年预算', baseYear: 2025, baseKind: 'budget' });
    const a = yoy('单位资金 1.00 万元，同比减少166271.4元，下降15.87%。');
    expect([a.change?.raw, a.change?.unit, a.percent?.raw, a.percentDirection]).toEqual(['166271.4', '元', '15.87', 'down']);
    expect(yoy('单位资金 1.00 万元，较上年减少0.2%。')).toMatchObject({ percentWord: '减少', percentDirection: 'down', base: '上年', baseKind: 'unspecified' });
    expect(yoy('单位资金 1.00 万元，增幅19.78%。').percent?.raw).toBe('19.78');
    expect(yoy('单位资金 1.00 万元，增 22.34 %。').percent?.raw).toBe('22.34');
    expect(yoy('单位资金 1.00 万元，比上年预算执行数增加 2.00 万元。').baseKind).toBe('execution');
    expect(yoy('单位资金 1.00 万元，比上年决算增加 2.00 万元。').baseKind).toBe('final');
    // The same comparison named again ("同比…，同比…") goes on with the same change; another one does not.
    const b = one('单位资金 1.00 万元，同比减少25.16万元，同比下降4.93%。').filter((c) => c.kind === 'yoy');
    expect(b.map((c) => [c.yoy?.change?.raw, c.yoy?.percent?.raw])).toEqual([['25.16', '4.93']]);
    const e = one('单位资金 1.00 万元，比上年预算减少25.16万元，比上年决算下降4.93%。').filter((c) => c.kind === 'yoy');
    expect(e.map((c) => [c.yoy?.change?.raw, c.yoy?.percent?.raw])).toEqual([['25.16', undefined], [undefined, '4.93']]);
    // A prior printed in the comparison of a change in money.
    const p = yoy('单位资金 321.14 万元，比上年预算数335.98万元减少14.84万元。');
    expect([p.prior?.raw, p.change?.raw, p.base]).toEqual(['335.98', '14.84', '上年预算数']);
    expect(yoy('单位资金 321.14 万元，与上年预算数353.98万元相比减少14.84万元。').prior?.raw).toBe('353.98');
  });

  it('signed changes: a word that names no direction (增减, 增（减）, 变动, 增减额, 增减率) or none after a comparison takes it from the sign', () => {
    const yoys = (t: string) => one(t).filter((c) => c.kind === 'yoy').map((c) => [c.yoy?.change?.raw, c.yoy?.changeDirection, c.yoy?.percent?.raw, c.yoy?.percentDirection]);
    expect(yoys('一般公共预算 485.54 万元，上年预算数为510.70万元，增减-25.16万元，增减率-4.93%。')).toEqual([[undefined, undefined, undefined, undefined], ['25.16', 'down', '4.93', 'down']]);
    expect(yoys('单位资金 131.99 万元，增（减）59.26万元，增（减）幅度81.48%。')).toEqual([['59.26', 'up', '81.48', 'up']]);
    expect(yoys('一般公共预算 485.54 万元，比上年预算变动－25.16万元（－4.93%）。')).toEqual([['25.16', 'down', '4.93', 'down']]);
    expect(yoys('一般公共预算 485.54 万元，比上年预算减少25.16万元（-4.93%）。')).toEqual([['25.16', 'down', '4.93', 'down']]);
    // "较大" says "rather", not "than": no comparison, and no comparison year.
    const reason = one('收入、支出变动较大的主要原因是2020年新增了605.99万元政府性基金预算财政拨款。').filter((c) => c.kind === 'yoy' || c.kind === 'year');
    expect(reason.map((c) => [c.kind, c.yoy?.base, c.yoy?.baseYear])).toEqual([['yoy', '上年', undefined]]);
    // "减少率35.22%" is a percent of the change.
    expect(yoys('公务接待费8万元，比上年减少4.35万元，减少率35.22%。')).toEqual([['4.35', 'down', '35.22', 'down']]);
    // An earlier year's amount just before a change is its prior; the current, the same subject's amount before it.
    const earlier = one('2016年“三公”经费预算33万元，2015年“三公”经费预算57.55万元，与上年对比减少24.55万元。').filter((c) => c.kind === 'yoy');
    expect(earlier.map((c) => [c.amount?.raw, c.yoy?.prior?.raw, c.yoy?.change?.raw])).toEqual([['33', '57.55', '24.55']]);
    const noCurrent = extractClaims('2016年部门预算情况说明\n一般公共预算拨款收入240万元，2015年收入预算总计363.13万元，同比降低123.13万元，下降33.91%。', 'n.txt').filter((c) => c.kind === 'yoy');
    expect(noCurrent.map((c) => [c.amount?.raw, c.yoy?.prior?.raw, c.yoy?.change?.raw, c.yoy?.percent?.raw])).toEqual([[undefined, '363.13', '123.13', '33.91']]);
    // Last year's figure named with the subject again ("上年收入决算…") goes on with the statement: its prior.
    const again = extractClaims('2019年度部门决算情况说明\n一、收入决算情况\n2019年收入决算43187160.08元,上年收入决算39312554.51元,与上年相比增9.85%。', 'n.txt').filter((c) => c.kind === 'yoy');
    expect(again.map((c) => [c.subject, c.amount?.raw, c.yoy?.prior?.raw, c.yoy?.percent?.raw])).toEqual([['收入决算', '43187160.08', '39312554.51', '9.85']]);
    // What a total contains ("含…") is said in passing: the next sentence's change is the total's.
    const contains = one('收支总预算4,471.22万元，含山庄管理处经费250万元，幼儿园经费537.31万元；比上年预算增加755.18万元，增长20.32%。').filter((c) => c.kind === 'yoy');
    expect(contains.map((c) => [c.subject, c.amount?.raw])).toEqual([['收支总预算', '4,471.22']]);
    // Unsigned in brackets: the change's word gives the direction; a bracket after no change, or a share in it, is none.
    expect(yoys('公务接待费2.30万元，较上年减少1.5万元（42.86%）。')).toEqual([['1.5', 'down', '42.86', 'down']]);
    expect(yoys('公务接待费2.30万元，较上年增加1.5万元(42.86%)。')).toEqual([['1.5', 'up', '42.86', 'up']]);
    expect(yoys('公务接待费2.30万元（42.86%），较上年增加1.5万元。')).toEqual([['1.5', 'up', undefined, undefined]]);
    expect(yoys('公务接待费2.30万元，较上年增加1.5万元（占42.86%）。')).toEqual([['1.5', 'up', undefined, undefined]]);
    expect(yoys('基本支出 321.14 万元，较上年增减额为−14.84万元，变动率+4.42%。')).toEqual([['14.84', 'down', '4.42', 'up']]);
    expect(yoys('项目支出 296.39 万元，比上年+17.78万元。')).toEqual([['17.78', 'up', undefined, undefined]]);
    expect(yoys('项目支出 296.39 万元，增减0.00万元。')).toEqual([['0.00', undefined, undefined, undefined]]);
    // A changed amount is never a part of the 其中 list it stands in.
    const list = one('收入预算617.53万元，其中：一般公共预算485.54万元，增减-25.16万元；单位资金131.99万元，增（减）59.26万元。').find((c) => c.kind === 'list');
    expect(list?.list?.parts.map((p) => p.amount?.raw)).toEqual(['485.54', '131.99']);
    // Words without a signed figure of money or percent stay words; a range in a comparison is no sign.
    expect(one('单位资金 131.99 万元，人员变动2人。').filter((c) => c.kind === 'yoy')).toEqual([]);
    expect(yoys('单位资金 131.99 万元，比2023年1-6月增加5.00万元。')).toEqual([['5.00', 'up', undefined, undefined]]);
  });

  it('shares with a named denominator', () => {
    const c = one('基本支出 321.14 万元，占支出总预算 52.00%。').find((x) => x.kind === 'share')!;
    expect(c.share?.denominator).toBe('支出总预算');
    expect(one('基本支出 321.14 万元，占比 52.00%。').find((x) => x.kind === 'share')?.share?.denominator).toBeUndefined();
    expect(one('一般公共服务支出 449.67 万元，占一般公共预算支出的 92.61%。').find((x) => x.kind === 'share')?.share?.denominator).toBe('一般公共预算支出');
  });

  it('a share after "所" or "其" is the same statement\'s', () => {
    for (const word of ['所', '其']) {
      const cs = one(`项目支出 296.39 万元，${word}占比重为 48.00%，比上年预算增加 17.78 万元。`);
      const share = cs.find((c) => c.kind === 'share')!;
      expect([share.subject, share.amount?.raw, share.statement]).toEqual(['项目支出', '296.39', cs.find((c) => c.kind === 'amount')!.statement]);
    }
  });

  it('a share printed before the item it is of ("占比78.63%的一般公共预算拨款485.54万元")', () => {
    const cs = one('在收入预算617.53万元中，占比78.63%的一般公共预算拨款485.54万元，占比21.37%的单位资金131.99万元。');
    expect(cs.filter((c) => c.kind === 'share').map((c) => [c.subject, c.amount?.raw, c.share?.percent.raw])).toEqual([
      ['一般公共预算拨款', '485.54', '78.63'],
      ['单位资金', '131.99', '21.37'],
    ]);
  });

  it('"比上年节约/压减…" is a decrease; "节约" alone is a saving; "节约10万元" is no estimate', () => {
    const yoy = one('公用经费16.65万元，比上年节约4.97万元，下降22.99%。').filter((c) => c.kind === 'yoy');
    expect(yoy.map((c) => [c.yoy?.change?.raw, c.yoy?.changeDirection, c.yoy?.percent?.raw])).toEqual([['4.97', 'down', '22.99']]);
    expect(one('通过政府采购节约资金10.00万元。').filter((c) => c.kind === 'yoy')).toEqual([]);
    for (const [text, dir] of [['比上年多4.97万元', 'up'], ['比上年少安排4.97万元', 'down'], ['比上年增支4.97万元', 'up'], ['比上年减支4.97万元', 'down']]) {
      const c = one(`公用经费16.65万元，${text}。`).find((x) => x.kind === 'yoy');
      expect([c?.subject, c?.yoy?.change?.raw, c?.yoy?.changeDirection], text).toEqual(['公用经费', '4.97', dir]);
    }
    expect(one('通过政府采购节约10.00万元。').filter((c) => c.kind === 'amount').map((c) => c.amount?.raw)).toEqual(['10.00']);
  });

  it('a bound or an estimate is not a stated figure: "超过", "近", "约", "以上"', () => {
    const cs = one('支出预算 617.53 万元，其中：基本支出超过320万元，项目支出近300万元，约占48%；人员经费逾300万元，占90%以上，不足10个项目。');
    expect(cs.filter((c) => c.kind !== 'list').map((c) => [c.kind, c.amount?.raw ?? c.share?.percent.raw])).toEqual([['amount', '617.53']]);
  });

  it('财政拨款项目 of a unit with 政府性基金 and 国有资本经营 projects: all appropriated projects, or the 一般公共预算 table\'s', async () => {
    const { ledger } = await loadUnit(join(ROOT, 'fixtures/units/wensu-2025'));
    const errors = (text: string) =>
      checkLedger({ ...ledger, narrative: { file: 'n.txt', text: `（三）预算绩效情况\n${text}`, encoding: 'utf-8' } }, { rules: claimRules }).findings.filter((f) => f.severity === 'error').map((f) => f.rule);
    // 表7 313.65 + 表8 57.80 + 表9 8.60 = 380.05.
    expect(errors('本单位当年财政拨款项目10个，涉及预算金额380.05万元。')).toEqual([]);
    expect(errors('本单位当年财政拨款项目7个，涉及预算金额313.65万元。')).toEqual([]);
    expect(errors('本单位当年财政拨款项目7个，涉及预算金额390.05万元。')).toEqual(['NC001']);
    // The 一般公共预算 table's projects are counted.
    expect(errors('本单位当年一般公共预算项目8个，涉及预算金额313.65万元。')).toEqual(['NC009']);
  });

  it('"持平" against a prior stated outright; "涉及资金" names no subject; a year in Chinese numerals', async () => {
    const { ledger } = await loadUnit(SAMPLE);
    const errors = (text: string) =>
      checkLedger({ ...ledger, narrative: { file: 'n.txt', text, encoding: 'utf-8' } }, { rules: claimRules }).findings.filter((f) => f.severity !== 'note').map((f) => f.rule);
    const threePublic = '十、2024年财政拨款“三公”经费预算情况说明\n';
    expect(errors(`${threePublic}公务用车运行费4.00万元，上年0万元，持平。`)).toEqual(['NC005']);
    expect(errors(`${threePublic}公务接待费0.40万元，上年0.40万元，持平。`)).toEqual([]);
    expect(errors('（三）预算绩效情况\n财政拨款项目设置绩效目标的项目5个，涉及资金164.40万元。非财政拨款项目设置绩效目标的项目2个，涉及资金131.99万元。')).toEqual([]);
    expect(errors('二、2024年收入预算情况\n一般公共预算485.54万元，比二〇二二年预算减少25.16万元。')).toEqual(['NC010']);
  });

  it('机关运行经费 other than the 公用经费: a warning (docs/checks.md B9), none for a 事业单位\'s 0', async () => {
    const { ledger } = await loadUnit(SAMPLE);
    const found = (text: string) =>
      checkLedger({ ...ledger, narrative: { file: 'n.txt', text: `（一）机关运行经费情况\n${text}`, encoding: 'utf-8' } }, { rules: claimRules }).findings.filter((f) => f.severity !== 'note').map((f) => `${f.rule} ${f.severity}`);
    expect(found('2024年本单位机关运行经费预算16.65万元。')).toEqual([]);
    expect(found('2024年本单位机关运行经费预算16.56万元，比上年预算减少4.97万元，下降23.08%。')).toEqual(['NC001 warning']);
    expect(found('本单位为事业单位，2024年机关运行经费预算0万元。')).toEqual([]);
  });

  it('names listed before "分别" and the figures after it: a list ("包括货物、工程、服务三类，分别为…", "其中货物、工程、服务分别为…")', async () => {
    const { ledger } = await loadUnit(SAMPLE);
    const errors = (text: string) =>
      checkLedger({ ...ledger, narrative: { file: 'n.txt', text: `（二）政府采购情况\n${text}`, encoding: 'utf-8' } }, { rules: claimRules }).findings.filter((f) => f.severity !== 'note').map((f) => f.rule);
    expect(errors('2024年政府采购预算163.00万元，包括货物、工程、服务三类，分别为14.38万元、1.60万元和147.02万元。')).toEqual([]);
    expect(errors('2024年政府采购预算163.00万元，包括货物、工程、服务三类，分别为14.38万元、1.60万元和146.02万元。')).toEqual(['NC008']);
    expect(errors('2024年政府采购预算163.00万元，其中货物、工程、服务分别为14.38万元、1.60万元和146.02万元。')).toEqual(['NC008']);
  });

  it('a clause that sums up the details before it, or a figure at another date, is no part of a 其中 list', async () => {
    const { ledger } = await loadUnit(SAMPLE);
    // A narrative without tables: the list is checked on the figures the text states.
    const errors = (text: string) =>
      checkLedger({ ...ledger, tables: new Map(), narrative: { file: 'n.txt', text, encoding: 'utf-8' } }, { rules: claimRules }).findings.filter((f) => f.severity !== 'note').map((f) => `${f.rule} ${f.expected ?? ''} ${f.actual ?? ''}`.trim());
    // 7 + 87.15 + 4.5 = 98.65: "共计7万元" restates the 因公出国(境)经费 (2 人 × 3.5 万元/人), it is no fourth part.
    const threePublic = '2022年一般公共预算“三公”经费98.65万元，其中：因公出国(境)经费7万元，拟安排出访2批次，计划出国(境)2人，预算费用3.5万元/人，共计7万元；公务用车购置及运行费87.15万元；公务接待费4.5万元。';
    expect(errors(threePublic)).toEqual([]);
    expect(errors(threePublic.replace('公务接待费4.5万元', '公务接待费5.5万元'))).toEqual(['NC008 99.65 98.65']);
    // 64 + 29 = 93: the headcount at the year's end is another quantity.
    const staff = '2024年我委人员编制数为93人，其中：行政编制64人，事业编制29人，截至2024年12月实有人数107人。';
    expect(errors(staff)).toEqual([]);
    expect(errors(staff.replace('事业编制29人', '事业编制39人'))).toEqual(['NC008 103 93']);
    // "包括:" opens a list as "其中:" does; the next numbered item ends a list opened in the item before.
    const items = (basic: string) => `按支出项目类别:1、基本支出246.59万元,包括:人员经费支出215.59万元,公用经费支出${basic}万元;2、项目支出130万元。`;
    expect(errors(items('31'))).toEqual([]);
    expect(errors(items('41'))).toEqual(['NC008 256.59 246.59']);
    // "收支总预算…。收入包括:…;支出包括:…": each side's parts, of the 收支 total.
    const sides = (education: string) => `2023年财政拨款收支总预算7,057,486.18元。收入包括:一般公共预算拨款7,034,418.94元、上年结转结余23,067.24元;支出包括:教育支出${education}元、社会保障和就业支出557,718.56元、卫生健康支出275,373.54元、住房保障支出418,288.92元。`;
    expect(errors(sides('5,806,105.16'))).toEqual([]);
    expect(errors(sides('5,906,105.16'))).toEqual(['NC008 7157486.18 7057486.18']);
    expect(errors(sides('5,806,105.16').replace('23,067.24', '33,067.24'))).toEqual(['NC008 7067486.18 7057486.18']);
    // A side's parts of a total that is no 收支 total are no list of it.
    expect(errors('2023年一般公共预算拨款7,057,486.18元。支出包括:教育支出7,806,105.16元。')).toEqual([]);
    // A part broken down ("具体是…") is a list inside the list, to the sentence's end; a bracket inside it too.
    const specifically = (domestic: string) => `“三公”经费支出决算6,283.70元。其中:因公出国(境)费支出决算0元;公务用车运行维护费支出决算1,388.70元;公务接待费支出决算4,895.00元,具体是国内接待费支出决算${domestic}元(其中:外事接待费支出决算0元),国(境)外接待费支出决算0元。`;
    expect(errors(specifically('4,895.00'))).toEqual([]);
    expect(errors(specifically('4,995.00'))).toEqual(['NC008 4995.00 4895.00']);
    // Numbered items after a list opened at the paragraph's end are its parts; a section heading ends it.
    const numbered = (other: string) => `一、收入决算情况\n2021年度,收入总计为457.8161万元,其中:\n1.财政拨款收入364.6552万元,为财政拨款资金。\n2.事业收入93.1608万元。\n3.上年结转和结余${other}万元。\n二、支出决算情况\n1.基本支出10.00万元。`;
    expect(errors(numbered('0'))).toEqual([]);
    expect(errors(numbered('5.9219'))).toEqual(['NC008 463.7379 457.8161']);
    // A list opened in a numbered item itself ends with the next item.
    const inItem = (operation: string) => `二、“三公”经费\n2.公务用车购置及运行维护费1.5万元。其中:\n公务用车购置经费0万元;公务用车运行维护费${operation}万元。\n3.公务接待费:公务接待费1.2万元。`;
    expect(errors(inItem('1.5'))).toEqual([]);
    expect(errors(inItem('2.5'))).toEqual(['NC008 2.50 1.50']);
    // "其中" opening a sentence after "。" breaks the amount down, though the sentence before states the amount's change;
    // after ";", or in the change's own sentence, it may break the change down: no list.
    const afterChange = (stop: string, basic: string) => `支出预算1125.76万元,较2024年增加34.42万元${stop}其中:基本支出${basic}万元,项目支出0万元。`;
    expect(errors(afterChange('。', '1125.76'))).toEqual([]);
    expect(errors(afterChange('。', '1183.29'))).toEqual(['NC008 1183.29 1125.76']);
    expect(errors(afterChange(';', '1183.29'))).toEqual([]);
    expect(errors(afterChange(',', '1183.29'))).toEqual([]);
    // Function classes listed with a class of no money name them all: their sum is the total; without one, at most.
    const classes = (general: string) => `(二)支出预算:2023年年初预算数761.21万元,其中:一般公共服务支出预算${general}万元,教育支出预算526.61万元,社会保障和就业支出预算159.65万元,卫生健康支出预算35.85万元,住房保障支出预算34.09万元。`;
    expect(errors(classes('0'))).toEqual(['NC008 756.20 761.21']);
    expect(errors(classes('5.01'))).toEqual([]);
    expect(errors(classes('1.00'))).toEqual([]);
    // An amount named as a change (a reason's "增加了其他资金预算7000万元") has no parts of its own.
    expect(errors('收入预算总额7783.26万元,比上年增加7122.54万元,主要原因是:本年增加了其他资金预算7000万元。其中:财政拨款收入751.8万元;其他收入7000万元。')).toEqual([]);
    // A bracket list after the comma.
    const bracket = (pub: string) => `按支出项目类别:1、基本支出157.05万元,(其中:人员工资126.23万元,公用经费${pub}万元)2、项目支出77万元。`;
    expect(errors(bracket('30.82'))).toEqual([]);
    expect(errors(bracket('40.82'))).toEqual(['NC008 167.05 157.05']);
    // Numbered parts of a list opened before them stay its parts.
    expect(errors('收入预算617.53万元,其中:1、一般公共预算485.54万元;2、单位资金132.99万元。')).toEqual(['NC008 618.53 617.53']);
  });

  it('a named denominator: the appropriated money\'s or the unit\'s, or a total stated before; a list of counts takes counts only', async () => {
    const { ledger } = await loadUnit(SAMPLE);
    const errors = (heading: string, text: string) =>
      checkLedger({ ...ledger, narrative: { file: 'n.txt', text: `${heading}\n${text}`, encoding: 'utf-8' } }, { rules: claimRules }).findings.filter((f) => f.severity !== 'note').map((f) => f.rule);
    // 表7's 164.40, not 表3's 296.39, in a section that does not say whose money.
    const structure = '（二）按支出结构分类划分';
    expect(errors(structure, '项目支出164.40万元，同比减少10.32万元，下降5.91%。其中：商品和服务支出113.20万元，占项目支出预算68.86%。')).toEqual([]);
    expect(errors(structure, '项目支出164.40万元，同比减少10.32万元，下降5.91%。其中：商品和服务支出113.20万元，占项目支出预算69.86%。')).toEqual(['NC002']);
    const procurement = '（二）政府采购情况';
    expect(errors(procurement, '政府采购预算163.00万元，其中：货物类采购14.38万元，占政府采购预算8.82%。')).toEqual([]);
    expect(errors(procurement, '政府采购预算163.00万元，其中：货物类采购14.38万元，占政府采购预算9.82%。')).toEqual(['NC002']);
    expect(errors('（四）国有资产占用情况', '截至2023年12月31日，本单位共有车辆2辆，其中：一般公务用车2辆，价值59.09万元。')).toEqual([]);
  });

  it('subjects worded other ways: 收入总预算, 部门预算总支出, 一般公共财政预算拨款, 单位资金收入, …类科目, …预算数, …预计', async () => {
    const { ledger } = await loadUnit(SAMPLE);
    const linked = (heading: string, text: string) => claimSummary({ ...ledger, narrative: { file: 'n.txt', text: `${heading}\n${text}`, encoding: 'utf-8' } }).counts.verified;
    expect(linked('一、收支预算总体情况', '2024年收入总预算617.53万元。2024年支出总预算617.53万元。')).toBe(2);
    expect(linked('二、收入预算情况', '一般公共财政预算拨款485.54万元。单位资金收入131.99万元。')).toBe(2);
    expect(linked('（三）一般公共预算当年拨款具体使用情况', '一般公共服务支出类科目449.67万元。')).toBe(1);
    expect(linked('十、三公经费', '公务接待费预算数0.40万元。')).toBe(1);
    expect(linked('一、收支预算总体情况', '2024年部门预算总收入617.53万元。2024年部门预算总支出617.53万元。')).toBe(2);
    // A town's 人民政府 before the subject is the unit's name; "在职", "在编" keep their 在.
    expect(linked('一、收支预算总体情况', '克孜勒苏镇人民政府2024年收入预算617.53万元。')).toBe(1);
    expect(extractClaims('一、人员情况\n在职人员48人,在编教师89人。', 'n.txt').map((c) => c.subject)).toEqual(['在职人员', '在编教师']);
    // "预计" (projected) before the amount is no part of the subject.
    expect(linked('一、收支预算总体情况', '2024年收入总预算预计617.53万元。2024年支出总预算预计为617.53万元。')).toBe(2);
  });

  it('the three 三公 parts, each stated, imply the total\'s prior exactly (NC007)', async () => {
    const { ledger } = await loadUnit(SAMPLE);
    const errors = (text: string) =>
      checkLedger({ ...ledger, narrative: { file: 'n.txt', text: `五、“三公”经费财政拨款预算情况说明\n${text}`, encoding: 'utf-8' } }, { rules: claimRules }).findings.filter((f) => f.severity !== 'note').map((f) => f.rule);
    const total = '2024年“三公”经费财政拨款预算总额为4.40万元，较2023年的0.40万元增加4.00万元；其中：因公出国（境）经费0万元，较上年持平；';
    expect(errors(`${total}公务接待费0.40万元，较上年持平；公务用车购置及运行维护费4.00万元，较上年增加4.00万元。`)).toEqual([]);
    // 公务接待费 "增加0.40" makes its prior 0: the parts' priors add up to 0, not 0.40.
    expect(errors(`${total}公务接待费0.40万元，较上年增加0.40万元；公务用车购置及运行维护费4.00万元，较上年增加4.00万元。`)).toEqual(['NC007']);
  });

  it('a project of the project table named in running text', async () => {
    const { ledger } = await loadUnit(SAMPLE);
    const errors = (text: string) =>
      checkLedger({ ...ledger, narrative: { file: 'n.txt', text: `七、2024年一般公共预算项目支出情况说明\n${text}`, encoding: 'utf-8' } }, { rules: claimRules }).findings.filter((f) => f.severity !== 'note').map((f) => f.rule);
    expect(errors('根据克财预〔2024〕1号文件，安排克州政务服务和公共资源交易中心云平台服务器项目资金50.00万元。')).toEqual([]);
    expect(errors('根据克财预〔2024〕1号文件，安排克州政务服务和公共资源交易中心云平台服务器项目资金55.00万元。')).toEqual(['NC001']);
    expect(errors('云平台服务器项目55.00万元。')).toEqual(['NC001']);
  });

  it('"非财政拨款结转结余" is not "财政拨款结转"', async () => {
    const { ledger } = await loadUnit(SAMPLE);
    const text = '二、收入预算情况\n非财政拨款结转结余3.00万元。';
    const { findings } = checkLedger({ ...ledger, narrative: { file: 'n.txt', text, encoding: 'utf-8' } }, { rules: claimRules });
    expect(findings.map((f) => f.message)).toEqual([expect.stringContaining('非财政拨款结余 0.00')]);
  });

  it('a share of "部门/本单位…预算" is a share of the unit\'s budget', async () => {
    const { ledger } = await loadUnit(SAMPLE);
    for (const [text, errors] of [
      ['三、支出预算情况\n基本支出321.14万元，占部门支出预算的52.00%。', []],
      ['三、支出预算情况\n基本支出321.14万元，占本单位支出预算的53.00%。', ['NC002']],
    ] as const) {
      const { findings } = checkLedger({ ...ledger, narrative: { file: 'n.txt', text, encoding: 'utf-8' } }, { rules: claimRules });
      expect(findings.filter((f) => f.severity === 'error').map((f) => f.rule)).toEqual(errors);
      expect(claimSummary({ ...ledger, narrative: { file: 'n.txt', text, encoding: 'utf-8' } }).counts.unlinked).toBe(0);
    }
  });

  it('a prior-year amount stated outright, and a comparison in a clause of its own', () => {
    const cs = extractClaims('第三部分 2024年单位预算情况说明\n一、收入预算情况说明\n单位资金 2024年预算数为 131.99 万元，上年预算数为 72.73 万元。\n一般公共预算 485.54 万元，与2023年预算相比，减少 25.16 万元。', 'n.txt');
    expect(cs.filter((c) => c.kind === 'amount').map((c) => c.amount?.raw)).toEqual(['131.99', '485.54']);
    const prior = cs.find((c) => c.kind === 'yoy' && c.yoy?.prior);
    expect(prior?.yoy?.prior?.raw).toBe('72.73');
    expect(prior?.subject).toBe('单位资金');
    const compared = cs.find((c) => c.kind === 'yoy' && c.yoy?.change);
    expect(compared?.yoy).toMatchObject({ base: '2023年预算', baseYear: 2023, changeWord: '减少' });
    expect(cs.find((c) => c.kind === 'year')?.year).toBe(2023);
  });

  it('flat wordings', () => {
    for (const t of ['单位资金 1.00 万元，与上年预算持平。', '单位资金 1.00 万元，较上年无增减。', '单位资金 1.00 万元，同比无变化。']) {
      expect(one(t).some((c) => c.kind === 'flat'), t).toBe(true);
    }
  });

  it('ignores thresholds, targets and dates', () => {
    expect(one('单位价值 50 万元以上大型设备。服务器维护费<=10 万元/年。2024 年 1 月 1 日。').filter((c) => c.kind === 'amount')).toEqual([]);
  });
});

describe('checks on small narratives', () => {
  let sample: Ledger;
  // Loaded in the first test's beforeEach, not in beforeAll: mutation testing then knows which test ran the loader.
  beforeEach(async () => {
    if (sample) return;
    sample = (await loadUnit(SAMPLE)).ledger;
    // Its year, as checking the unit takes it from its own narrative: the small narratives below keep it.
    checkLedger(sample);
  });
  const run = (text: string, strict = false) => {
    const ledger: Ledger = { ...sample, narrative: { file: 'n.txt', text, encoding: 'utf-8' } };
    const { findings } = checkLedger(ledger, { rules: claimRules, strict });
    return { findings, summary: claimSummary(ledger) };
  };

  it('one item stated with two amounts: NC012 (and NC001 for the one the table contradicts)', () => {
    const { findings } = run('三、关于2024年支出预算情况说明\n基本支出 321.14 万元。\n项目支出 296.39 万元。\n基本支出 312.14 万元。');
    expect(findings.map((f) => `${f.rule} ${f.severity} ${f.line}`).sort()).toEqual(['NC001 error 4', 'NC012 warning 4']);
  });

  it('an increase larger than the amount: NC004', () => {
    const { findings } = run('十、关于2024年财政拨款“三公”经费预算情况说明\n公务接待费比上年预算增加 0.60 万元，增长 10.00%。');
    expect(findings.map((f) => f.rule)).toEqual(['NC004']);
  });

  it('a genuine doubling is arithmetic, not the zero-base convention', () => {
    const { findings, summary } = run('十二、其他重要事项的情况说明\n培训经费 1.00 万元，比上年预算增加 0.50 万元，增长 100.00%。');
    expect(findings).toEqual([]);
    expect(summary.claims.find((c) => c.kind === 'yoy')?.status).toBe('verified');
  });

  it('an unlinked subject is listed as unlinked, never guessed', () => {
    const { summary } = run('十二、其他重要事项的情况说明\n培训经费 1.00 万元。');
    expect(summary.claims).toMatchObject([{ kind: 'amount', status: 'unlinked' }]);
    // The sample's tables publish such figures: its subject was not recognised.
    expect(summary.counts).toEqual({ found: 1, verified: 0, contradicted: 0, unlinked: 1, unlinkedBy: { 'no-table': 0, 'no-figure': 1, standalone: 0 } });
    expect(summary.claims[0].unlinkedReason).toBe('no-figure');
  });

  it('a stated prior amount is checked against the percent', () => {
    const ok = run('二、关于2024年收入预算情况说明\n单位资金 131.99 万元，上年预算数为 72.73 万元，增长 81.48%。');
    expect(ok.findings).toEqual([]);
    const bad = run('二、关于2024年收入预算情况说明\n单位资金 131.99 万元，上年预算数为 72.73 万元，增长 18.48%。');
    expect(bad.findings.map((f) => `${f.rule} ${f.expected} ${f.actual}`)).toEqual(['NC003 81.48 18.48']);
  });

  it('a direction word against a stated prior: NC004', () => {
    const { findings } = run('二、关于2024年收入预算情况说明\n单位资金 131.99 万元，上年预算数为 72.73 万元，下降 81.48%。');
    expect(findings.map((f) => `${f.rule} ${f.expected} ${f.actual}`)).toEqual(['NC004 增长 下降']);
  });

  it('without a heading that says whose money, a row the tables disagree on stays unlinked', () => {
    const { findings, summary } = run('一般公共服务支出（类）449.67 万元。社会保障和就业支出（类）35.87 万元。');
    expect(findings).toEqual([]);
    expect(summary.claims.map((c) => c.status)).toEqual(['unlinked', 'verified']);
  });

  it('Markdown headings are headings', () => {
    const { findings, summary } = run('## 五、关于2024年一般公共预算当年拨款情况说明\n\n一般公共服务支出（类）449.67 万元，占 92.61%。');
    expect(findings).toEqual([]);
    expect(summary.counts).toMatchObject({ found: 2, verified: 2 });
  });

  it('other common wordings of the same figures verify', () => {
    const { findings, summary } = run(
      [
        '三、关于2024年支出预算情况说明',
        '2024年支出预算617.53万元，其中：基本支出321.14万元，占比52.00%，主要用于保障机构正常运转；项目支出296.39万元，占48.00%，主要用于项目。',
        '五、关于2024年一般公共预算当年拨款情况说明',
        '一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）2024年预算数为13.38万元，比上年预算数减少48.85万元，下降78.50%。',
        '十二、其他重要事项的情况说明',
        '（一）机关运行经费',
        '2024年机关运行经费预算16.65万元，比上年预算减少4.88万元，下降22.67%。',
      ].join('\n'),
    );
    expect(findings).toEqual([]);
    expect(summary.counts).toMatchObject({ found: 10, verified: 10, contradicted: 0, unlinked: 0 });
  });

  it('other provinces\' wordings: no false alarm, and unlinked rather than guessed', () => {
    const { findings, summary } = run(
      [
        '一、收支预算总体情况',
        '2023年收入预算614.59万元，2024年收入预算617.53万元，比上年增加2.94万元。',
        '本部门政府采购预算总额163.00万元，其中：货物14.38万元，工程1.60万元，服务147.02万元。',
        '本部门共有车辆2辆，其中：一般公务用车2辆。单位价值100万元以上大型设备2台。',
        '二、一般公共预算财政拨款支出情况',
        '一般公共预算财政拨款支出485.54万元，主要用于：一般公共服务（类）支出449.67万元，占92.6%；1.2010301行政运行13.38万元。',
        '人员经费304.49万元，占基本支出的94.8%。',
        '三、“三公”经费预算情况',
        '公务用车购置及运行费4.00万元（购置费0万元，运行费4.00万元）。',
        '四、其他',
        '2024年一般公共预算拨款485.54万元，与2022年决算数相比，减少10.00万元，下降2.02%，与上年基本持平。',
      ].join('\n'),
    );
    expect(findings.filter((f) => f.severity !== 'note').map((f) => `${f.rule} ${f.line} ${f.message}`)).toEqual([]);
    const status = (text: string) => summary.claims.find((c) => c.kind === 'amount' && c.text.includes(text))?.status;
    expect(status('614.59')).toBe('unlinked'); // last year's figure
    expect(status('163.00')).not.toBe('verified'); // not the unit total (listed in its list only)
    // "（购置费0万元，运行费4.00万元）": the bracketed amounts are the parts of the amount before it.
    expect(summary.claims.find((c) => c.kind === 'list' && c.text.startsWith('公务用车购置及运行费'))?.status).toBe('verified');
    expect(status('449.67')).toBe('verified');
    expect(status('13.38')).toBe('verified');
    expect(status('485.54')).toBe('verified');
  });

  it('a 其中 list of sources may leave one out; 机关运行经费 of a 事业单位 may be 0', () => {
    const { findings, summary } = run(
      [
        '二、关于2024年收入预算情况说明',
        '收入预算617.53万元，其中：一般公共预算485.54万元，财政拨款结转0万元。',
        '十二、其他重要事项的情况说明',
        '本单位为公益一类事业单位，机关运行经费预算0.00万元。',
      ].join('\n'),
    );
    expect(findings.filter((f) => f.severity !== 'note').map((f) => `${f.rule} ${f.line} ${f.message}`)).toEqual([]);
    expect(summary.claims.find((c) => c.kind === 'amount' && c.text.includes('机关运行经费'))?.status).toBe('unlinked');
    // A list whose parts exceed its total is still wrong.
    const over = run(['二、关于2024年收入预算情况说明', '收入预算617.53万元，其中：一般公共预算485.54万元，单位资金231.99万元。'].join('\n'));
    expect(over.findings.map((f) => f.rule).sort()).toEqual(['NC001', 'NC008']);
  });

  it('a 财政拨款 section speaks of the appropriation table, not the unit\'s expenditure', () => {
    const { findings, summary } = run(
      ['三、财政拨款支出预算情况', '2024年财政拨款支出预算485.54万元，其中：一般公共服务支出449.67万元，占92.61%；社会保障和就业支出35.87万元，占7.39%。', '五、部门支出预算情况', '部门支出预算617.53万元，一般公共服务支出581.66万元，占94.19%。'].join('\n'),
    );
    expect(findings.filter((f) => f.severity !== 'note').map((f) => `${f.rule} ${f.line} ${f.message}`)).toEqual([]);
    expect(summary.counts).toMatchObject({ contradicted: 0, unlinked: 0 });
  });

  it('a part of a nested 其中 list may be a share of the list total or of what stands above it', () => {
    const text = ['四、一般公共预算当年拨款情况', '一般公共预算当年拨款485.54万元，其中：', '一般公共服务支出（类）449.67万元，占92.61%。其中行政运行13.38万元，占2.76%；事业运行271.89万元，占60.46%。'].join('\n');
    const { findings, summary } = run(text);
    expect(findings.filter((f) => f.severity !== 'note')).toEqual([]);
    expect(summary.claims.find((c) => c.kind === 'share' && c.text.includes('2.76'))?.against).toContain('485.54');
    // No reading fits: contradicted.
    expect(run(text.replace('占2.76%', '占3.76%')).findings.map((f) => `${f.rule} ${f.line}`)).toEqual(['NC002 3']);
  });

  it('分别 (respectively) shares figures out in order to the subjects before it; subjects that cannot be told apart and a zero change with mixed words stay unlinked or quiet', () => {
    const text = [
      '三、支出预算情况',
      '基本支出321.14万元、项目支出296.39万元，分别占52.00%和48.00%，分别比上年减少14.84万元和增加17.78万元，分别下降4.42%和增长6.38%。',
      '四、“三公”经费情况',
      '公务接待费0.40万元，减少0.00万元，增长0.00%。',
      '因公出国（境）费、公务用车购置费均为0万元，与上年持平。',
      '五、收入预算情况',
      '一般公共预算485.54万元和单位资金131.99万元分别占收入预算的78.63%和21.37%。',
      '六、一般公共预算基本支出情况',
      '人员经费和公用经费分别为304.49万元和16.65万元。',
      '七、一般公共预算支出情况',
      '社会保障和就业支出和一般公共服务支出分别为35.87万元和449.67万元。',
    ].join('\n');
    const { findings, summary } = run(text);
    expect(findings.filter((f) => f.severity !== 'note').map((f) => `${f.rule} ${f.line} ${f.message}`)).toEqual([]);
    const shared = summary.claims.filter((c) => c.text.includes('分别') && !c.text.startsWith('社会保障'));
    expect(shared.map((c) => `${c.kind} ${c.status}`).sort()).toEqual([
      'amount verified',
      'amount verified',
      'share verified',
      'share verified',
      'share verified',
      'share verified',
      'yoy verified',
      'yoy verified',
    ]);
    // Subjects named together whose names hold 和 themselves: which amount is whose is not read.
    expect(summary.claims.filter((c) => c.text.startsWith('社会保障')).map((c) => c.status)).toEqual(['unlinked', 'unlinked']);
    expect(summary.claims.find((c) => c.kind === 'amount' && c.text.includes('、'))?.status).toBe('unlinked');
    // A figure shared out to the wrong subject is caught.
    expect(run(text.replace('分别占52.00%和48.00%', '分别占48.00%和52.00%')).findings.map((f) => f.rule)).toEqual(['NC002', 'NC002']);
    expect(run(text.replace('分别为304.49万元和16.65万元', '分别为16.65万元和304.49万元')).findings.map((f) => f.rule)).toEqual(['NC001', 'NC001']);
    // Fewer figures than subjects: none is read.
    expect(run(text.replace('分别占52.00%和48.00%', '分别占52.00%')).findings.filter((f) => f.severity !== 'note')).toEqual([]);
    // After a 其中 list's total: the figures go to the list's parts.
    const listed = '二、收入预算情况\n收入预算617.53万元，其中：一般公共预算485.54万元、单位资金131.99万元，分别占78.63%和21.37%。';
    expect(run(listed).summary.counts).toMatchObject({ found: 6, verified: 6 });
    expect(run(listed.replace('78.63%', '76.63%')).findings.map((f) => f.rule)).toEqual(['NC002']);
  });

  it('a 三公 part named after "三公经费中" is the part', () => {
    const { findings, summary } = run(['五、“三公”经费预算情况', '2024年“三公”经费中公务接待费0.40万元，公务用车运行维护费4.00万元。'].join('\n'));
    expect(findings.filter((f) => f.severity !== 'note')).toEqual([]);
    expect(summary.claims[0]).toMatchObject({ status: 'verified' });
    expect(summary.claims[0].against).toContain('公务接待费 0.40');
  });

  it('a stock compared with a year\'s end (比2022年底) is not a comparison year of the budget', () => {
    const { findings } = run(['十二、其他重要事项的情况说明', '截至2023年12月31日，本单位资产总额96.86万元，比2022年底增加10.00万元，增长11.51%。'].join('\n'));
    expect(findings.filter((f) => f.severity !== 'note').map((f) => `${f.rule} ${f.line} ${f.message}`)).toEqual([]);
    expect(run('二、关于2024年收入预算情况说明\n单位资金 131.99 万元，比2022年预算增加 59.26 万元。').findings.map((f) => f.rule)).toEqual(['NC010']);
  });

  it('implied priors: a source left unnamed (a carry-over used up) makes the parts a lower bound, not an error', () => {
    const text = [
      '二、关于2024年收入预算情况说明',
      '收入预算617.53万元，比上年预算增加2.94万元。',
      '一般公共预算拨款485.54万元，上年为510.70万元，下降4.93%。',
      '单位资金比上年的72.73万元增加59.26万元，为131.99万元。',
      '三、关于2024年支出预算情况说明',
      '基本支出较上年减少14.84万元，为321.14万元，下降4.42%。',
      '项目支出296.39万元，较上年预算数278.61万元增长6.38%。',
    ].join('\n');
    const { findings, summary } = run(text);
    expect(findings.filter((f) => f.severity !== 'note').map((f) => `${f.rule} ${f.line} ${f.message}`)).toEqual([]);
    expect(summary.counts.unlinked).toBe(0);
    // Parts that imply more than the whole are still wrong.
    expect(run(text.replace('上年为510.70万元，下降4.93%', '上年为570.70万元，下降14.92%')).findings.map((f) => f.rule)).toContain('NC007');
  });

  it('a 其中 list that names only some parts of its family may fall short, never exceed', () => {
    const ok = run(['十二、其他重要事项的情况说明', '2024年政府采购预算163.00万元，其中：政府采购货物预算14.38万元，政府采购服务预算147.02万元。', '实有人数22人，其中：在职20人，退休1人。'].join('\n'));
    expect(ok.findings.filter((f) => f.severity !== 'note')).toEqual([]);
    const over = run(['十二、其他重要事项的情况说明', '2024年政府采购预算163.00万元，其中：政府采购货物预算14.38万元，政府采购服务预算150.02万元。'].join('\n'));
    expect(over.findings.map((f) => `${f.rule} ${f.line}`)).toEqual(['NC008 2']);
  });

  it('a list in brackets after a part ("…4.00万元（其中：…）") is that part\'s, not more parts of the list around it', () => {
    const text = [
      '五、“三公”经费预算情况',
      '2024年“三公”经费预算4.40万元，其中：因公出国（境）费0万元，公务接待费0.40万元，公务用车购置及运行费4.00万元（其中：公务用车购置费0万元，公务用车运行费4.00万元）。',
    ].join('\n');
    const { findings, summary } = run(text);
    expect(findings.filter((f) => f.severity !== 'note').map((f) => `${f.rule} ${f.line} ${f.message}`)).toEqual([]);
    const lists = summary.claims.filter((c) => c.kind === 'list');
    expect(lists.map((c) => [c.status, c.text.slice(0, 12)])).toEqual([
      ['verified', '公务用车购置及运行费4.'],
      ['verified', '“三公”经费预算4.40'],
    ]);
    // The bracketed parts are still checked against their own total.
    expect(run(text.replace('公务用车运行费4.00万元）', '公务用车运行费5.00万元）')).findings.map((f) => f.rule)).toContain('NC008');
    // A bracket never closed: where its parts end is unknown, so it is no list; the list around it goes on.
    const open = run(text.replace('公务用车运行费4.00万元）。', '公务用车运行费4.00万元。'));
    expect(open.findings.filter((f) => f.severity !== 'note').map((f) => `${f.rule} ${f.line} ${f.message}`)).toEqual([]);
  });

  it('a bracket right after an amount: its amounts are that amount\'s parts; a prior year\'s amount in it is the prior', () => {
    const parts = '三、关于2024年支出预算情况说明\n支出预算617.53万元，其中：基本支出321.14万元（人员经费304.49万元，公用经费16.65万元），项目支出296.39万元。';
    expect(run(parts).findings.filter((f) => f.severity !== 'note')).toEqual([]);
    expect(run(parts.replace('公用经费16.65', '公用经费26.65')).findings.map((f) => f.rule)).toContain('NC008');
    const prior = '三、关于2024年支出预算情况说明\n项目支出296.39万元（上年为278.61万元），增长6.38%。';
    expect(run(prior).findings.filter((f) => f.severity !== 'note')).toEqual([]);
    expect(run(prior).summary.counts).toMatchObject({ found: 2, verified: 2 });
    expect(run(prior.replace('6.38%', '7.38%')).findings.map((f) => f.rule)).toEqual(['NC003']);
  });

  it('a change after its percent ("下降4.93%（减少25.16万元）") completes it, as a percent after its change does', () => {
    for (const t of ['一般公共预算485.54万元，下降4.93%（减少25.16万元）。', '一般公共预算485.54万元，比上年下降4.93%，减少25.16万元。']) {
      const ok = run(`二、关于2024年收入预算情况说明\n${t}`);
      expect(ok.findings.filter((f) => f.severity !== 'note')).toEqual([]);
      expect(ok.summary.counts).toMatchObject({ found: 2, verified: 2, contradicted: 0 });
      const wrong = run(`二、关于2024年收入预算情况说明\n${t.replace('4.93%', '5.93%')}`);
      expect(wrong.findings.map((f) => f.rule)).toEqual(['NC003']);
    }
  });

  it('a signed change and its signed percent are checked like worded ones, and are no parts of the list', () => {
    const t = '二、关于2024年收入预算情况说明\n收入预算617.53万元，其中：一般公共预算485.54万元，比上年预算变动-25.16万元（-4.93%）；单位资金131.99万元，上年预算数为72.73万元，增（减）59.26万元。';
    const ok = run(t);
    expect(ok.findings.filter((f) => f.severity !== 'note')).toEqual([]);
    expect(ok.summary.counts.unlinked).toBe(0);
    expect(run(t.replace('（-4.93%）', '（-4.39%）')).findings.map((f) => f.rule)).toEqual(['NC003']);
    expect(run(t.replace('59.26', '69.26')).findings.map((f) => f.rule)).toContain('NC014');
    expect(run(t.replace('（-4.93%）', '（+4.93%）')).findings.map((f) => f.rule)).toEqual(['NC004']);
  });

  it('"其中" after a bracket ("617.53万元（含…131.99万元），其中…") lists the parts of the amount before the bracket', () => {
    const t = '三、关于2024年支出预算情况说明\n支出预算617.53万元（含单位资金安排的支出131.99万元），其中基本支出321.14万元（含人员经费304.49万元、公用经费16.65万元），项目支出296.39万元。';
    const ok = run(t);
    expect(ok.findings.filter((f) => f.severity !== 'note')).toEqual([]);
    const lists = extractClaims(t, 'n.txt').filter((c) => c.kind === 'list').map((c) => [c.list?.total.amount?.raw, c.list?.parts.map((p) => p.amount?.raw)]);
    expect(lists).toEqual([
      ['617.53', ['131.99']],
      ['321.14', ['304.49', '16.65']],
      ['617.53', ['321.14', '296.39']],
    ]);
    expect(run(t.replace('项目支出296.39', '项目支出286.39')).findings.map((f) => f.rule).sort()).toEqual(['NC001', 'NC008']);
    expect(run(t.replace('人员经费304.49', '人员经费340.49')).findings.map((f) => f.rule)).toEqual(['NC008']);
  });

  it('a project printed in two rows (two function items) is one project for the count', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'bc-split-project-'));
    try {
      await cp(SAMPLE, dir, { recursive: true });
      const file = join(dir, '表7-一般公共预算项目支出情况表.csv');
      const csv = await readFile(file, 'utf8');
      const row = '201,03,99,其他政府办公厅（室）及相关机构事务支出,克州政务服务和公共资源交易中心云平台服务器项目,50.00,,,,,,50.00,,,,';
      expect(csv).toContain(row);
      await writeFile(file, csv.replace(row, [row.replace(/50\.00/g, '30.00'), row.replace(/50\.00/g, '20.00')].join('\n')));
      const { ledger } = await loadUnit(dir);
      const text = '十二、其他重要事项的情况说明\n2024年，本单位当年财政拨款项目5个，涉及预算金额164.40万元。';
      const { findings } = checkLedger({ ...ledger, narrative: { file: 'n.txt', text, encoding: 'utf-8' } }, { rules: claimRules });
      expect(findings.filter((f) => f.rule === 'NC009')).toEqual([]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('Markdown emphasis and a web address are not placeholders; "**万元" and "XX万元" are', () => {
    const { findings, summary } = run('## **二、关于2024年收入预算情况说明**\n\n**单位资金** 131.99 万元，详见 www.xxx.gov.cn 。一般公共预算XX万元。公务接待费**万元。');
    expect(findings.map((f) => `${f.rule} ${f.actual}`)).toEqual(['NC011 XX万元', 'NC011 **万元']);
    expect(summary.claims.find((c) => c.kind === 'amount')?.status).toBe('verified');
  });

  it('a sub-heading naming the whole budget inside a section on appropriated money leaves the table in doubt', () => {
    const { findings, summary } = run('五、关于2024年一般公共预算当年拨款情况说明\n（二）支出预算结构情况\n一般公共服务支出449.67万元，占92.61%。');
    expect(findings.filter((f) => f.severity !== 'note')).toEqual([]);
    expect(summary.counts).toMatchObject({ contradicted: 0, unlinked: 2 });
  });

  it('上年结转 is this year\'s income carried over, not last year\'s figure', () => {
    const { summary } = run('二、关于2024年收入预算情况说明\n本年收入617.53万元，上年结转0.00万元。');
    const carry = summary.claims.find((c) => c.text.includes('上年结转'));
    expect(carry).toMatchObject({ kind: 'amount', status: 'verified' });
  });

  it('PDF extraction: wrapped numbers, running headers, full-width digits, stray spaces', () => {
    const header = '克孜勒苏柯尔克孜自治州政务服务和公共资源交易中心2024年单位预算公开';
    const { findings, summary } = run(
      [header, '二、关于2024年收入预算情况说明', '收入预算 617.', '53 万元，其中：', '一般公共预算 48', '5.54 万元，占 78.63%，比上年预算减', '- 3 -', header, '少 25.16 万元，下降 4.93%。', '单位资金 １３１．９９ 万元，占 ２１．３７％，比上年预算增加 59.2', '6 万元，增长 81.48%。'].join('\n'),
    );
    expect(findings.filter((f) => f.severity !== 'note').map((f) => `${f.rule} ${f.line} ${f.message}`)).toEqual([]);
    expect(summary.counts).toMatchObject({ found: 8, verified: 8, contradicted: 0, unlinked: 0 });
    // Each figure read whole: across the line breaks ("617." + "53", "59.2" + "6"), the page break and in full-width digits.
    expect(summary.claims.filter((c) => c.kind === 'amount' || c.kind === 'yoy').map((c) => c.text)).toEqual([
      '收入预算617.53万元',
      '一般公共预算485.54万元',
      '一般公共预算485.54万元,占78.63%,比上年预算减少25.16万元,下降4.93%',
      '单位资金131.99万元',
      '单位资金131.99万元,占21.37%,比上年预算增加59.26万元,增长81.48%',
    ]);
    // Letter-spaced digits ("4 8 5.5 4 万元"): the tail "4 万元" is not read as an amount.
    const spaced = run('二、关于2024年收入预算情况说明\n一般公共预算4 8 5.5 4万元，占7 8.6 3%，比上年预算减少2 5.1 6万元，下降4.9 3%。');
    expect(spaced.findings.filter((f) => f.severity !== 'note')).toEqual([]);
  });

  it('strict mode: the sample is exact too', () => {
    const { findings } = run(sample.narrative!.text, true);
    expect(findings.filter((f) => f.severity !== 'note')).toEqual([]);
  });

  it('strict mode: each check reports a difference within rounding, with its figures', () => {
    const figures = (text: string, strict: boolean) =>
      run(text, strict).findings.filter((f) => f.severity !== 'note').map((f) => [f.rule, f.severity, f.line, f.expected, f.actual, f.difference].join(' '));
    const cases: [string, string[]][] = [
      // 485.54 / 617.53 = 78.626…%: "78.62%" is within the amounts' rounding, but not the ratio rounded.
      ['二、关于2024年收入预算情况说明\n一般公共预算 485.54 万元，占 78.62%。', ['NC002 error 2 78.63 78.62 -0.01']],
      // 25.2 on a prior of 485.54 + 25.2 = 510.74 is 4.934%: "4.94%" is within the rounding of "25.2".
      ['二、关于2024年收入预算情况说明\n一般公共预算 485.54 万元，比上年预算减少 25.2 万元，下降 4.94%。', ['NC003 error 2 4.93 4.94 0.01']],
      // "617.5" stands for 617.45–617.55: the table's 617.53 and the parts' 485.54 + 131.99 fit, but are not 617.50.
      ['二、关于2024年收入预算情况说明\n收入预算 617.5 万元，其中：一般公共预算 485.54 万元，单位资金 131.99 万元。', ['NC001 error 2 617.53 617.50 -0.03', 'NC008 error 2 617.53 617.50 -0.03']],
      // From the stated prior 72.7 to 131.99 is 59.29, within the rounding of "72.7", not 59.26.
      ['二、关于2024年收入预算情况说明\n单位资金 131.99 万元，上年预算数为 72.7 万元，比上年预算增加 59.26 万元。', ['NC014 error 2 59.29 59.26 -0.03']],
      // One item stated twice, 321.14 and 321.1: the same within rounding, not exactly.
      ['三、关于2024年支出预算情况说明\n基本支出 321.14 万元。\n项目支出 296.39 万元。\n基本支出 321.1 万元。', ['NC001 error 4 321.14 321.10 -0.04', 'NC012 warning 4 321.14 321.10 ']],
    ];
    for (const [text, strict] of cases) {
      expect(figures(text, false), text).toEqual([]);
      expect(figures(text, true).sort(), text).toEqual(strict);
    }
  });

  it('a difference within rounding is not an error, but is in strict mode', () => {
    // 13.38 万元 ± 0.005 against "13.4 万元" (± 0.05): consistent; strict: any difference is an error.
    const text = '五、关于2024年一般公共预算当年拨款情况说明\n1.一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）：2024 年预算数为 13.4 万元。';
    expect(run(text).findings).toEqual([]);
    expect(run(text, true).findings.map((f) => f.rule)).toEqual(['NC001']);
  });
});
