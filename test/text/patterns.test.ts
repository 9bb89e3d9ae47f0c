/**
 * The text rules (TXT…) on real wordings: what each reports and what it leaves alone. Most cases put a
 * sentence into the sample's narrative (its tables: a 单位 package of 2024) or into a narrative
 * without tables, and list the rules that report on it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkLedger } from '../../src/check.js';
import type { Ledger } from '../../src/ledger/model.js';
import { loadUnit, tableFromText } from '../../src/load/unit.js';
import { ruleById, textRules } from '../../src/rules/index.js';
import { narrativeSaysEmpty } from '../../src/rules/tables/empty-table-note.js';
import { alternatives } from '../../src/rules/text/unresolved-alternative.js';
import { unfilled } from '../../src/rules/text/unfilled-placeholder.js';
import { mentionsOf } from '../../src/rules/text/subjects.js';
import type { Finding } from '../../src/report.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SAMPLE = join(ROOT, 'fixtures/units/kizilsu-2024');
const BUMEN = join(ROOT, 'fixtures/variants/bumen');

let sample: Ledger;
let bumen: Ledger;
beforeAll(async () => {
  sample = (await loadUnit(SAMPLE)).ledger;
  bumen = (await loadUnit(BUMEN)).ledger;
});

const NC011 = ruleById('NC011')!;

/** The TXT (and NC011) findings on a narrative put into a ledger (the sample's tables by default; `null`: none). */
function check(text: string, tables: Ledger | null = sample): Finding[] {
  const base: Ledger = tables ?? { path: 'x', tables: new Map(), duplicates: [], files: [] };
  const ledger: Ledger = { ...base, narrative: { file: 'n.txt', text, encoding: 'utf-8' } };
  return checkLedger(ledger, { rules: [...textRules, NC011] }).findings;
}

/** "RULE line:column" of each finding. */
const where = (fs: Finding[]) => fs.map((f) => `${f.rule} ${f.line}:${f.column}`);
const rulesOf = (fs: Finding[]) => fs.map((f) => f.rule);

/** A heading and a paragraph around a sentence, as narratives print them. */
const inSection = (sentence: string) => `一、2024年收入预算情况说明\n${sentence}\n二、支出预算情况说明\n支出预算617.53万元。\n三、其他说明\n无。`;

describe('TXT001 unresolved-alternative', () => {
  it('reports both words of a choice left as printed', () => {
    expect(alternatives('财政拨款收入支出增加(减少)的主要原因是人员减少。').map((a) => a.text)).toEqual(['增加(减少)']);
    expect(alternatives('比上年增长(下降)4.93%,减少(增加)25.16万元,上升/下降').map((a) => a.text)).toEqual(['增长(下降)', '减少(增加)', '上升/下降']);
    expect(alternatives('本部门(单位)2024年收入预算617.53万元;本单位有(无)政府采购。').map((a) => a.text)).toEqual(['本部门(单位)', '有(无)']);
    const fs = check(inSection('财政拨款收入支出增加（减少）的主要原因是在职人员减少。'));
    expect(where(fs)).toEqual(['TXT001 2:9']);
    expect(fs[0].quote).toBe('财政拨款收入支出增加(减少)的主要原因是在职人员减少。');
  });

  it('leaves the wordings of a signed change and neutral labels alone', () => {
    expect(alternatives('增(减)59.26万元,增减-25.16万元,增长(下降)率为6.38%,增加(减少)额14.84万元,各部门(单位)')).toEqual([]);
    expect(check(inSection('单位资金131.99万元，比上年增（减）59.26万元。'))).toEqual([]);
  });
});

describe('TXT002 unfilled-placeholder', () => {
  const texts = (t: string) => unfilled(t).map((u) => `${u.kind} ${u.text}`);

  it('reports a reason or a use cut off, and leaves "主要原因是。" to NC011', () => {
    expect(texts('公用经费16.65万元,主要用于。')).toEqual(['truncated 主要用于']);
    expect(texts('比上年减少14.84万元,原因:。')).toEqual(['truncated 原因:']);
    expect(texts('下降4.42%,主要原因是,。')).toEqual(['truncated 主要原因是,']);
    expect(texts('下降4.42%,主要原因。')).toEqual(['truncated 主要原因']);
    expect(texts('与上年持平,主要原因是。与上年持平,主要原因为;主要原因是:。')).toEqual([]);
    const fs = check(inSection('一般公共预算485.54万元，比上年减少25.16万元，主要原因是。公用经费16.65万元，主要用于。'));
    expect(where(fs).sort()).toEqual(['NC011 2:29', 'TXT002 2:47']);
  });

  it('reads a lead at the end of a paragraph as cut off only before a section heading', () => {
    expect(texts('比上年减少14.84万元,主要原因是:\n(二)政府采购情况\n采购预算163.00万元。')).toEqual(['truncated 主要原因是:']);
    expect(texts('比上年减少14.84万元,主要原因是:\n一是在职人员减少;二是聘用人员减少。')).toEqual([]);
    expect(texts('比上年减少14.84万元,主要原因是:\n1.在职人员减少。')).toEqual([]);
  });

  it('leaves whole sentences alone', () => {
    expect(texts('人员减少是支出下降的主要原因。具体情况如下。收入预算包括:一般公共预算、单位资金。')).toEqual([]);
  });

  it('reports placeholders NC011 does not', () => {
    expect(texts('项目名称:【】;编号()。单位名称:【单位名称】;【请填写原因】')).toEqual(['placeholder 【】', 'placeholder ()', 'placeholder 【单位名称】', 'placeholder 【请填写原因】']);
    expect(texts('实施地点待定,资金待补充。')).toEqual(['placeholder 待定', 'placeholder 待补充']);
    expect(texts('基本支出X万元,项目支出X.XX万元,占X%,运行费*万元,接待费___万元。')).toEqual(['placeholder X', 'placeholder X.XX', 'placeholder X', 'placeholder *', 'placeholder ___']);
    // NC011's: two X or more, two stars or more before a unit ("*.**万元": NC011 reports its "**万元").
    expect(texts('基本支出XX万元,项目支出XX.XX万元,占××%,运行费**万元,*.**万元。')).toEqual([]);
  });

  it('reports an amount or a share printed without its figure (a real narrative: 梧州, 2022)', () => {
    expect(texts('商品和服务支出预算75800元,占基本支出预算%,同比增加52044.27元,增长50.63%。')).toEqual(['missing 占基本支出预算%']);
    expect(texts('项目支出安排万元,比重%。')).toEqual(['missing 安排万元', 'missing 比重%']);
    // NC011's: 占%, 增长%, 为万元; and a share with a placeholder in it.
    expect(texts('占%,增长%,预算为万元,占XX%。')).toEqual([]);
  });

  it('leaves document numbers, 接待定点, ranges and headers alone', () => {
    expect(texts('依据克财预【2024】001号;公务接待定点饭店;《上海市城市管理精细化三年行动计划(2024-2026)》;单价100万元(含)以上;占比(%)')).toEqual([]);
  });
});

describe('TXT003 document-type', () => {
  it('reports a 单位 package (by its tables) that speaks of its 部门预算', () => {
    const fs = check(inSection('本部门2024年部门预算收支总额617.53万元，纳入部门预算管理。'));
    expect(where(fs)).toEqual(['TXT003 2:9', 'TXT003 2:28']);
    expect(fs[0].message).toBe('a 单位 package (by its tables) names "部门预算": its text is the other level\'s');
  });

  it('leaves the names every package uses alone', () => {
    const text = inSection('按部门预算经济分类，工资福利支出300.71万元。主管部门预算已批复。各部门预算均已公开。依据《克州部门预算管理办法》编制。附表：部门决算量化评价表。');
    expect(rulesOf(check(text))).toEqual([]);
    // Final accounts are drawn up on the 部门决算 forms by every unit.
    expect(rulesOf(check(inSection('本单位2023年部门决算收入合计617.53万元。')))).toEqual([]);
  });

  it('reports a 部门 package that speaks of its 单位预算, not of its units\' budgets', () => {
    expect(where(check(inSection('本部门2024年单位预算收支总额617.53万元。'), bumen))).toEqual(['TXT003 2:9']);
    expect(check(inSection('各预算单位预算均纳入本部门预算，所属单位预算、行政单位预算、事业单位预算一并编制，本单位预算绩效目标1个。'), bumen)).toEqual([]);
    // Its units counted: "…等27家单位预算".
    expect(check(inSection('教育局部门预算包括:局本级预算、下属教育督导事务中心等27家单位预算。'), bumen)).toEqual([]);
    // A 部门 of one unit speaks of itself as 本单位, and its scope section of its units.
    expect(check(inSection('(四)单位决算说明\n本单位为一级预算单位,本单位决算只包含本单位决算,不包括所属单位决算。'), bumen)).toEqual([]);
    expect(where(check(inSection('(四)单位决算说明\n本部门2024年单位决算收入合计617.53万元。'), bumen))).toEqual(['TXT003 2:4', 'TXT003 3:9']);
  });

  it('judges a narrative without tables by its own title', () => {
    const title = '重庆市铜梁区财政局\n2025年单位预算情况说明\n一、单位基本情况\n';
    expect(where(check(`${title}本单位2025年部门预算收入5941.79万元。\n二、其他\n无。`, null))).toEqual(['TXT003 4:9']);
    // A title that names no level (a 镇政府's 预算公开说明): nothing to judge by.
    expect(check('2025年襄州区伙牌镇政府预算公开说明\n一、收支\n比2024年单位预算收入增加62.15万元。\n二、其他\n无。', null)).toEqual([]);
  });
});

describe('TXT004 subject-old-name', () => {
  it('reports a former name in the narrative of a budget after the rename', () => {
    const fs = check(inSection('医疗卫生与计划生育支出（类）行政事业单位医疗（款）行政单位医疗（项）8.98万元，一般公共财政预算拨款485.54万元。'));
    expect(where(fs)).toEqual(['TXT004 2:1', 'TXT004 2:42']);
    expect(fs[0].message).toBe('210 is named "医疗卫生与计划生育支出", a former name: since 2019 at the latest it is "卫生健康支出"');
    expect(fs[1].message).toBe('"一般公共财政预算" is a former name: since 2015 at the latest it is "一般公共预算"');
    expect(rulesOf(check(inSection('文化体育与传媒支出类科目850088.3元。')))).toEqual(['TXT004']);
    expect(rulesOf(check(inSection('国土海洋气象等支出（类）国土资源事务（款）行政运行（项）10.00万元。')))).toEqual(['TXT004', 'TXT004']);
  });

  it('leaves a former name alone in a budget of its own years, and a rename whose year is not established', () => {
    expect(check('2018年部门预算情况说明\n一、支出\n医疗卫生与计划生育支出（类）10.00万元。\n二、其他\n无。', null)).toEqual([]);
    expect(check(inSection('社会保障和就业支出（类）行政事业单位离退休（款）行政单位离退休（项）4.00万元。'))).toEqual([]);
    // The current names.
    expect(check(inSection('卫生健康支出（类）行政事业单位医疗（款）行政单位医疗（项）8.98万元，一般公共预算拨款485.54万元。'))).toEqual([]);
  });

  it('reports a former name printed in a table row, and TBL013 leaves it to TXT004', () => {
    const csv = [
      '2024年一般公共预算支出情况表,,,,,',
      '编制单位：某单位,,,,,单位：万元',
      '科目编码,,,科目名称,一般公共预算支出,',
      '类,款,项,,合计,基本支出',
      '210,,,医疗卫生与计划生育支出,8.98,8.98',
      '210,11,,行政事业单位医疗,8.98,8.98',
      '210,11,01,行政单位医疗,8.98,8.98',
      ',,,合计,8.98,8.98',
    ].join('\n');
    const made = tableFromText('表5.csv', csv, 'utf-8');
    if (!('table' in made)) throw new Error(made.skipped);
    const ledger: Ledger = { path: 'x', year: 2024, tables: new Map([[made.table.kind, made.table]]), duplicates: [], files: [] };
    const fs = checkLedger(ledger, { rules: [ruleById('TXT004')!, ruleById('TBL013')!] }).findings;
    expect(fs.map((f) => `${f.rule} ${f.file}:${f.line} ${f.expected}`)).toEqual(['TXT004 表5.csv:5 卫生健康支出']);
    // The same table in a 2018 package: the name of its year.
    expect(checkLedger({ ...ledger, year: 2018 }, { rules: [ruleById('TXT004')!] }).findings).toEqual([]);
  });
});

describe('TXT005 subject-name-mismatch', () => {
  it('reads the subjects a narrative names, with their codes', () => {
    const ledger: Ledger = { ...sample, narrative: { file: 'n.txt', text: inSection('1.一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）13.38万元；公共安全支出（204类）司法（06款）行政运行（01项）1.00万元；2080505机关事业单位基本养老保险缴费支出31.87万元。'), encoding: 'utf-8' } };
    expect(mentionsOf(ledger).map((m) => `${m.code} ${m.name}`)).toEqual([
      '201 一般公共服务支出',
      '20103 政府办公厅(室)及相关机构事务',
      '2010301 行政运行',
      '204 公共安全支出',
      '20406 司法',
      '2040601 行政运行',
      '2080505 机关事业单位基本养老保险缴费支出',
    ]);
  });

  it("reports a name other than the tables' for the same code", () => {
    const fs = check(inSection('2080505机关事业单位养老保险支出31.87万元；社会保障和就业支出（类）养老支出（款）35.87万元；公共安全支出（201类）449.67万元。'));
    expect(fs.map((f) => `${f.rule} ${f.data.code} ${f.actual} → ${f.expected}`)).toEqual([
      'TXT005 2080505 机关事业单位养老保险支出 → 机关事业单位基本养老保险缴费支出',
      'TXT005 20805 养老支出 → 行政事业单位养老支出',
      'TXT005 201 公共安全支出 → 一般公共服务支出',
    ]);
  });

  it("reports a code's name other than the classification's when the tables do not print it", () => {
    const fs = check('2025年单位预算情况说明\n一、支出\n公安支出（204类）公安（02款）行政运行（01项）100.00万元。\n二、其他\n无。', null);
    expect(fs.map((f) => `${f.rule} ${f.data.code} ${f.actual} → ${f.expected}`)).toEqual(['TXT005 204 公安支出 → 公共安全支出']);
  });

  it('leaves short forms, figures and unknown subjects alone', () => {
    const text = inSection('一般公共服务（类）政府办公厅及相关机构事务（款）行政运行（项）13.38万元；较上年减少221万元；共209人；农业农村支出（类）10.00万元。');
    expect(check(text)).toEqual([]);
  });
});

describe('TXT006 punctuation', () => {
  it('reports the first defect of each paragraph', () => {
    const text = '一、说明\n主要用于单位职工工资。。公务接待费（含外宾接待费用。\n2018年度本部门一般公共预算财政拨款安排的“三公"经费支出2.05万元。\n主要用于办公费，印刷费等\n二、其他\n收支总预算617.53万元）。\n三、完\n无。';
    const fs = check(text, null).filter((f) => f.rule === 'TXT006');
    expect(fs.map((f) => `${f.line}:${f.column} ${f.data.text ?? ''} ${f.message}`)).toEqual([
      '2:11 。。 sentence end doubled: "。。"',
      '3:23 “ "“" is not closed in its paragraph',
      '4:12 等 the paragraph ends with "等", not with 。',
      '6:14 ) ")" closes nothing opened in its paragraph',
    ]);
    expect(fs.every((f) => f.severity === 'note')).toBe(true);
  });

  it('leaves item numbers, nested pairs, figures, headings, form fields and the last paragraph alone', () => {
    const text = [
      '一、关于2024年收支预算情况的总体说明',
      '1）人员经费；2）公用经费。“三公”经费（含“公务用车”）4.40万元，增长1,000.00%。',
      '资金分配情况：平台运行维护费50万元，公务车的维护费4万元',
      '二、其他',
      '（一）单位运行经费情况',
      '克孜勒苏柯尔克孜自治州政务服务和公共资源交易中心2024年02月25日',
      '截至2023年底，资产总体情况为：',
      '1.房屋0.00平方米，价值0.00万元。',
      '本文件最后一段被截断，转录止于此',
    ].join('\n');
    expect(check(text, null)).toEqual([]);
  });
});

describe('TXT007 repeated-word', () => {
  it('reports a word written twice running (a real narrative: 黄龙县, 2020)', () => {
    const fs = check(inSection('公务接待支出124万元,下降16%,减少原因原因是减少压缩开支。财政拨款财政拨款485.54万元，预算预算预算，的的确是笔误的的。'));
    expect(fs.map((f) => `${f.rule} ${f.data.word}`)).toEqual(['TXT007 原因', 'TXT007 财政拨款', 'TXT007 预算', 'TXT007 的']);
    expect(fs[0].severity).toBe('note');
  });

  it('leaves Chinese doublings alone', () => {
    const text = inSection('人人参与，常常检查，年年如此，一步一步推进，研究研究再定，为达到目的的措施，为了了解情况，不了了之，二〇二〇，天天。');
    expect(check(text)).toEqual([]);
    // A title and the line under it, joined by the reader ("…部门预算" / "预算主管部门：…").
    expect(check('上海市普陀区2026年区级部门预算\n预算主管部门：上海市普陀区城市管理行政执法局\n一、说明\n无。', null)).toEqual([]);
  });
});

describe('TBL014 empty-table-note: the narrative may explain an empty table', () => {
  it('accepts a sentence that calls the table empty, in either order', () => {
    expect(narrativeSaysEmpty('本单位无政府性基金预算，故政府性基金预算支出情况表为空表。', 'gfb')).toBe(true);
    expect(narrativeSaysEmpty('以下表格为空表：政府性基金预算支出情况表、国有资本经营预算支出情况表。', 'soc')).toBe(true);
    expect(narrativeSaysEmpty('以下表格为空表：国有资本经营预算支出情况表。政府性基金预算支出10万元。', 'gfb')).toBe(false);
    // Saying that there is no such money is not saying that the table is empty (fixtures/faults/tbl014-empty-note-removed).
    expect(narrativeSaysEmpty('本单位2024年没有使用政府性基金预算拨款安排的支出。', 'gfb')).toBe(false);
  });
});

describe('the sample and the other real unit', () => {
  it('give no text finding on the sample; on 普陀区 only the paragraph cut where its page repeats', async () => {
    expect(check(readFileSync(join(SAMPLE, '单位预算情况说明.txt'), 'utf8')).filter((f) => f.rule.startsWith('TXT'))).toEqual([]);
    const putuo = (await loadUnit(join(ROOT, 'fixtures/units/putuo-chengguan-2026'))).ledger;
    const fs = checkLedger(putuo, { rules: textRules }).findings;
    expect(fs.map((f) => `${f.rule} ${f.file}:${f.line} ${f.messageId}`)).toEqual(['TXT006 情况说明.txt:138 noEnd']);
  });
});
