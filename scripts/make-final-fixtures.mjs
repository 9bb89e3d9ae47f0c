#!/usr/bin/env node
/**
 * Final accounts (决算) fixtures: fixtures/final/units/shifan-2019 (a clean 部门决算 package in the layout a
 * Hubei county unit published for 2019: 公开01表 … 公开08表, and a 国有资本经营 table), its variants (other
 * provinces' titles and columns, the basic table in two halves, the 三公 table as rows) and its faults, each
 * with expected.json worked out by hand. See fixtures/final/README.md for the sources and what was invented.
 *
 *   node scripts/make-final-fixtures.mjs
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'fixtures/final');
const UNIT = '示范县招商服务中心';

/** CSV as Excel saves it ("CSV UTF-8"): a BOM, CRLF, fields quoted where needed. */
function csv(rows) {
  const field = (v) => {
    const s = v === undefined || v === null ? '' : String(v);
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return `\ufeff${rows.map((r) => r.map(field).join(',')).join('\r\n')}\r\n`;
}

/** The function classes as the two-sided tables print them, with their figures (0.00 where none). */
const CLASSES = [
  ['一般公共服务支出', '423.20', '413.20'],
  ['外交支出'],
  ['国防支出'],
  ['公共安全支出'],
  ['教育支出'],
  ['科学技术支出'],
  ['文化旅游体育与传媒支出'],
  ['社会保障和就业支出', '18.35', '18.35'],
  ['卫生健康支出', '7.12', '7.12'],
  ['节能环保支出'],
  ['城乡社区支出'],
  ['农林水支出'],
  ['交通运输支出'],
  ['资源勘探信息等支出'],
  ['商业服务业等支出'],
  ['金融支出'],
  ['援助其他地区支出'],
  ['自然资源海洋气象等支出'],
  ['住房保障支出', '9.88', '9.88'],
  ['粮油物资储备支出'],
  ['灾害防治及应急管理支出'],
  ['其他支出'],
];
const NUM = '一二三四五六七八九十';
function chineseNumber(n) {
  if (n <= 10) return NUM[n - 1];
  if (n < 20) return `十${NUM[n - 11] ?? ''}`;
  return `${NUM[Math.floor(n / 10) - 1]}十${n % 10 ? NUM[(n % 10) - 1] : ''}`;
}

// --- 公开01表 收入支出决算总表 ---------------------------------------------------------------------
function summary() {
  const income = [
    ['一、一般公共预算财政拨款收入', '440.55'],
    ['二、政府性基金预算财政拨款收入', '0.00'],
    ['三、上级补助收入', '10.00'],
    ['四、事业收入', '0.00'],
    ['五、经营收入', '0.00'],
    ['六、附属单位上缴收入', '0.00'],
    ['七、其他收入', '0.00'],
  ];
  const rows = [
    ['收入支出决算总表', '', '', '', '', ''],
    ['', '', '', '', '', '公开01表'],
    [`部门：${UNIT}`, '', '', '', '', '金额单位：万元'],
    ['收入', '', '', '支出', '', ''],
    ['项目', '行次', '金额', '项目', '行次', '金额'],
    ['栏次', '', '1', '栏次', '', '2'],
  ];
  CLASSES.forEach(([name, amount], i) => {
    const inc = income[i];
    rows.push([inc ? inc[0] : '', i + 1, inc ? inc[1] : '', `${chineseNumber(i + 1)}、${name}`, i + 29, amount ?? '0.00']);
  });
  const n = CLASSES.length;
  rows.push(['本年收入合计', n + 1, '450.55', '本年支出合计', n + 29, '458.55']);
  rows.push(['用事业基金弥补收支差额', n + 2, '0.00', '结余分配', n + 30, '0.00']);
  rows.push(['年初结转和结余', n + 3, '12.40', '年末结转和结余', n + 31, '4.40']);
  rows.push(['总计', n + 4, '462.95', '总计', n + 32, '462.95']);
  return rows;
}

/** The function rows: code, name, and per table the figures. */
const FUNCTION_ROWS = [
  // code, name, income [合计, 财政拨款, 上级补助], spending [合计, 基本, 项目], gpb [合计, 基本, 项目]
  ['201', '一般公共服务支出', ['415.20', '405.20', '10.00'], ['423.20', '263.20', '160.00'], ['413.20', '263.20', '150.00']],
  ['20113', '商贸事务', ['415.20', '405.20', '10.00'], ['423.20', '263.20', '160.00'], ['413.20', '263.20', '150.00']],
  ['2011350', '事业运行', ['263.20', '263.20', ''], ['263.20', '263.20', ''], ['263.20', '263.20', '']],
  ['2011308', '招商引资', ['152.00', '142.00', '10.00'], ['160.00', '', '160.00'], ['150.00', '', '150.00']],
  ['208', '社会保障和就业支出', ['18.35', '18.35', ''], ['18.35', '18.35', ''], ['18.35', '18.35', '']],
  ['20805', '行政事业单位养老支出', ['18.35', '18.35', ''], ['18.35', '18.35', ''], ['18.35', '18.35', '']],
  ['2080505', '机关事业单位基本养老保险缴费支出', ['12.23', '12.23', ''], ['12.23', '12.23', ''], ['12.23', '12.23', '']],
  ['2080506', '机关事业单位职业年金缴费支出', ['6.12', '6.12', ''], ['6.12', '6.12', ''], ['6.12', '6.12', '']],
  ['210', '卫生健康支出', ['7.12', '7.12', ''], ['7.12', '7.12', ''], ['7.12', '7.12', '']],
  ['21011', '行政事业单位医疗', ['7.12', '7.12', ''], ['7.12', '7.12', ''], ['7.12', '7.12', '']],
  ['2101102', '事业单位医疗', ['7.12', '7.12', ''], ['7.12', '7.12', ''], ['7.12', '7.12', '']],
  ['221', '住房保障支出', ['9.88', '9.88', ''], ['9.88', '9.88', ''], ['9.88', '9.88', '']],
  ['22102', '住房改革支出', ['9.88', '9.88', ''], ['9.88', '9.88', ''], ['9.88', '9.88', '']],
  ['2210201', '住房公积金', ['9.88', '9.88', ''], ['9.88', '9.88', ''], ['9.88', '9.88', '']],
];

// --- 公开02表 收入决算表 ------------------------------------------------------------------------------
function income() {
  const rows = [
    ['收入决算表', '', '', '', '', '', '', '', ''],
    ['', '', '', '', '', '', '', '', '公开02表'],
    [`部门：${UNIT}`, '', '', '', '', '', '', '', '金额单位：万元'],
    ['项目', '', '本年收入合计', '财政拨款收入', '上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入'],
    ['功能分类科目编码', '科目名称', '', '', '', '', '', '', ''],
    ['栏次', '', '1', '2', '3', '4', '5', '6', '7'],
    ['合计', '', '450.55', '440.55', '10.00', '', '', '', ''],
  ];
  for (const [code, name, [t, f, h]] of FUNCTION_ROWS) rows.push([code, name, t, f, h, '', '', '', '']);
  return rows;
}

// --- 公开03表 支出决算表 ------------------------------------------------------------------------------
function expenditure() {
  const rows = [
    ['支出决算表', '', '', '', '', '', '', ''],
    ['', '', '', '', '', '', '', '公开03表'],
    [`部门：${UNIT}`, '', '', '', '', '', '', '金额单位：万元'],
    ['项目', '', '本年支出合计', '基本支出', '项目支出', '上缴上级支出', '经营支出', '对附属单位补助支出'],
    ['功能分类科目编码', '科目名称', '', '', '', '', '', ''],
    ['栏次', '', '1', '2', '3', '4', '5', '6'],
    ['合计', '', '458.55', '298.55', '160.00', '', '', ''],
  ];
  for (const [code, name, , [t, b, p]] of FUNCTION_ROWS) rows.push([code, name, t, b, p, '', '', '']);
  return rows;
}

// --- 公开04表 财政拨款收入支出决算总表 ------------------------------------------------------------------
function appropriation() {
  const rows = [
    ['财政拨款收入支出决算总表', '', '', '', '', '', '', ''],
    ['', '', '', '', '', '', '', '公开04表'],
    [`部门：${UNIT}`, '', '', '', '', '', '', '金额单位：万元'],
    ['收入', '', '', '支出', '', '', '', ''],
    ['项目', '行次', '金额', '项目', '行次', '合计', '一般公共预算财政拨款', '政府性基金预算财政拨款'],
    ['栏次', '', '1', '栏次', '', '2', '3', '4'],
  ];
  const income = [
    ['一、一般公共预算财政拨款', '440.55'],
    ['二、政府性基金预算财政拨款', '0.00'],
  ];
  CLASSES.forEach(([name, , gpb], i) => {
    const inc = income[i];
    rows.push([inc ? inc[0] : '', i + 1, inc ? inc[1] : '', `${chineseNumber(i + 1)}、${name}`, i + 33, gpb ?? '0.00', gpb ?? '0.00', '0.00']);
  });
  const n = CLASSES.length;
  rows.push(['本年收入合计', n + 1, '440.55', '本年支出合计', n + 33, '448.55', '448.55', '0.00']);
  rows.push(['年初财政拨款结转和结余', n + 2, '12.40', '年末财政拨款结转和结余', n + 34, '4.40', '4.40', '0.00']);
  rows.push(['一般公共预算财政拨款', n + 3, '12.40', '', n + 35, '', '', '']);
  rows.push(['政府性基金预算财政拨款', n + 4, '0.00', '', n + 36, '', '', '']);
  rows.push(['总计', n + 5, '452.95', '总计', n + 37, '452.95', '452.95', '0.00']);
  return rows;
}

// --- 公开05表 一般公共预算财政拨款支出决算表 -------------------------------------------------------------
function gpb() {
  const rows = [
    ['一般公共预算财政拨款支出决算表', '', '', '', ''],
    ['', '', '', '', '公开05表'],
    [`部门：${UNIT}`, '', '', '', '金额单位：万元'],
    ['项目', '', '本年支出', '', ''],
    ['科目编码', '科目名称', '小计', '基本支出', '项目支出'],
    ['栏次', '', '1', '2', '3'],
    ['合计', '', '448.55', '298.55', '150.00'],
  ];
  for (const [code, name, , , [t, b, p]] of FUNCTION_ROWS) rows.push([code, name, t, b, p]);
  return rows;
}

/** The budget of each row (年初预算数), as the narrative states it: 2011308 招商引资 130.00, every other item its 决算数. */
const BUDGETS = { '201': '393.20', '20113': '393.20', '2011308': '130.00' };

/**
 * The 一般公共预算 table with its 年初预算数 and 调整预算数 beside the 决算数, and the 决算数 as a percent of
 * the adjusted budget, as some provinces print it (招商引资 adjusted from 130.00 to 150.00).
 */
function gpbWithBudget() {
  const rows = [
    ['一般公共预算财政拨款支出决算表', '', '', '', '', '', '', ''],
    [`编制单位：${UNIT}`, '', '', '', '', '', '', '单位：万元'],
    ['科目编码', '科目名称', '年初预算数', '调整预算数', '决算数', '', '', '决算数为调整预算数的%'],
    ['', '', '', '', '合计', '基本支出', '项目支出', ''],
    ['合计', '', '428.55', '448.55', '448.55', '298.55', '150.00', '100.00'],
  ];
  for (const [code, name, , , [t, b, p]] of FUNCTION_ROWS) rows.push([code, name, BUDGETS[code] ?? t, t, t, b, p, '100.00']);
  return rows;
}

/** The 2019 template of the 一般公共预算 table: 年初结转和结余, 本年收入, 本年支出, 年末结转和结余 by subject. */
function gpbWithCarryOver() {
  const rows = [
    ['一般公共预算财政拨款收入支出决算表', '', '', '', '', '', ''],
    [`部门：${UNIT}`, '', '', '', '', '', '金额单位：万元'],
    ['项目', '', '年初结转和结余', '本年收入', '本年支出', '', '', '年末结转和结余'],
    ['科目编码', '科目名称', '', '', '小计', '基本支出', '项目支出', ''],
    ['合计', '', '12.40', '440.55', '448.55', '298.55', '150.00', '4.40'],
  ];
  // 招商引资 spent 12.40 carried over, 142.00 of the year's income, and carries 4.40 into 2020.
  const carried = { '201': ['12.40', '405.20', '4.40'], '20113': ['12.40', '405.20', '4.40'], '2011308': ['12.40', '142.00', '4.40'] };
  for (const [code, name, , , [t, b, p]] of FUNCTION_ROWS) {
    const [opening, revenue, closing] = carried[code] ?? ['', t, ''];
    rows.push([code, name, opening, revenue, t, b, p, closing]);
  }
  return rows;
}

/** The 三公 table as 上海 prints it: the items on top, 预算数 | 决算数 under each, and the 机关运行经费 决算数 beside. */
function threePublicShanghai() {
  return [
    ['2019年度一般公共预算财政拨款“三公”经费及机关运行经费支出决算表', '', '', '', '', '', '', '', '', '', '', '', ''],
    [`编制单位：${UNIT}`, '', '', '', '', '', '', '', '', '', '', '', '单位：万元'],
    ['一般公共预算财政拨款“三公”经费', '', '', '', '', '', '', '', '', '', '', '', '机关运行经费决算数'],
    ['合计', '', '因公出国（境）费', '', '公务用车购置及运行费', '', '', '', '', '', '公务接待费', '', ''],
    ['', '', '', '', '小计', '', '公务用车购置费', '', '公务用车运行费', '', '', '', ''],
    ['预算数', '决算数', '预算数', '决算数', '预算数', '决算数', '预算数', '决算数', '预算数', '决算数', '预算数', '决算数', ''],
    ['12.00', '5.70', '', '', '8.00', '4.20', '', '', '8.00', '4.20', '4.00', '1.50', '43.10'],
  ];
}

// --- 公开06表 一般公共预算财政拨款基本支出决算表 (three halves) --------------------------------------------
const PERSONNEL = [
  ['301', '工资福利支出', '234.85'],
  ['30101', '基本工资', '60.00'],
  ['30102', '津贴补贴', '72.50'],
  ['30103', '奖金', '5.00'],
  ['30107', '绩效工资', '58.60'],
  ['30108', '机关事业单位基本养老保险缴费', '12.23'],
  ['30109', '职业年金缴费', '6.12'],
  ['30110', '职工基本医疗保险缴费', '7.12'],
  ['30113', '住房公积金', '9.88'],
  ['30199', '其他工资福利支出', '3.40'],
  ['303', '对个人和家庭的补助', '20.60'],
  ['30302', '退休费', '18.60'],
  ['30305', '生活补助', '2.00'],
];
const PUBLIC = [
  ['302', '商品和服务支出', '40.90'],
  ['30201', '办公费', '12.00'],
  ['30205', '水费', '1.20'],
  ['30206', '电费', '3.60'],
  ['30207', '邮电费', '2.40'],
  ['30211', '差旅费', '8.00'],
  ['30217', '公务接待费', '1.50'],
  ['30228', '工会经费', '3.20'],
  ['30229', '福利费', '2.80'],
  ['30231', '公务用车运行维护费', '4.20'],
  ['30239', '其他交通费用', '2.00'],
];
const PUBLIC_THIRD = [
  ['307', '债务利息及费用支出', ''],
  ['310', '资本性支出', '2.20'],
  ['31002', '办公设备购置', '2.20'],
  ['399', '其他支出', ''],
];

function basic() {
  const rows = [
    ['一般公共预算财政拨款基本支出决算表', '', '', '', '', '', '', '', ''],
    ['', '', '', '', '', '', '', '', '公开06表'],
    [`部门：${UNIT}`, '', '', '', '', '', '', '', '金额单位：万元'],
    ['人员经费', '', '', '公用经费', '', '', '', '', ''],
    ['科目编码', '科目名称', '决算数', '科目编码', '科目名称', '决算数', '科目编码', '科目名称', '决算数'],
  ];
  const n = Math.max(PERSONNEL.length, PUBLIC.length, PUBLIC_THIRD.length);
  for (let i = 0; i < n; i++) {
    const a = PERSONNEL[i] ?? ['', '', ''];
    const b = PUBLIC[i] ?? ['', '', ''];
    const c = PUBLIC_THIRD[i] ?? ['', '', ''];
    rows.push([...a, ...b, ...c]);
  }
  rows.push(['人员经费合计', '', '255.45', '公用经费合计', '', '', '', '', '43.10']);
  return rows;
}

/** The same table in two halves, as other provinces print it, with a 合计 row. */
function basicTwoHalves() {
  const rows = [
    ['一般公共预算财政拨款基本支出决算明细表', '', '', '', '', ''],
    [`单位名称：${UNIT}`, '', '', '', '', '单位：万元'],
    ['人员经费', '', '', '公用经费', '', ''],
    ['经济分类科目编码', '科目名称', '决算数', '经济分类科目编码', '科目名称', '决算数'],
  ];
  const right = [...PUBLIC, ...PUBLIC_THIRD.filter(([, , v]) => v !== '')];
  const n = Math.max(PERSONNEL.length, right.length);
  for (let i = 0; i < n; i++) rows.push([...(PERSONNEL[i] ?? ['', '', '']), ...(right[i] ?? ['', '', ''])]);
  rows.push(['', '人员经费合计', '255.45', '', '公用经费合计', '43.10']);
  rows.push(['', '', '', '', '合计', '298.55']);
  return rows;
}

// --- 公开07表 一般公共预算财政拨款“三公”经费支出决算表 (预算数 | 决算数) -----------------------------------
function threePublic(budget = ['12.00', '0.00', '8.00', '0.00', '8.00', '4.00'], final = ['5.70', '0.00', '4.20', '0.00', '4.20', '1.50']) {
  const items = ['合计', '因公出国（境）费', '公务用车购置及运行费', '', '', '公务接待费'];
  const parts = ['', '', '小计', '公务用车购置费', '公务用车运行费', ''];
  return [
    ['一般公共预算财政拨款“三公”经费支出决算表', '', '', '', '', '', '', '', '', '', '', ''],
    ['', '', '', '', '', '', '', '', '', '', '', '公开07表'],
    [`部门：${UNIT}`, '', '', '', '', '', '', '', '', '', '', '金额单位：万元'],
    ['预算数', '', '', '', '', '', '决算数', '', '', '', '', ''],
    [...items, ...items],
    [...parts, ...parts],
    ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12'],
    [...budget, ...final],
  ];
}

/** The same table with the items as rows (项目 | 预算数 | 决算数), as some provinces print it. */
function threePublicRows() {
  return [
    ['财政拨款“三公”经费支出决算表', '', ''],
    [`编制单位：${UNIT}`, '', '单位：万元'],
    ['项目', '预算数', '决算数'],
    ['合计', '12.00', '5.70'],
    ['1.因公出国（境）费', '0.00', '0.00'],
    ['2.公务用车购置及运行维护费', '8.00', '4.20'],
    ['其中：公务用车购置费', '0.00', '0.00'],
    ['公务用车运行维护费', '8.00', '4.20'],
    ['3.公务接待费', '4.00', '1.50'],
  ];
}

/** The 三公 table as 云南 packages print it: titled without 决算, its items numbered, 公务用车购置及运维费. */
function threePublicYunnan() {
  return [
    ['“三公”经费、行政参公单位机关运行经费情况表', '', ''],
    [`编制单位：${UNIT}`, '', '单位：万元'],
    ['项目', '预算数', '决算数'],
    ['栏次', '1', '2'],
    ['一、“三公”经费支出', '12.00', '5.70'],
    ['（一）因公出国（境）费', '0.00', '0.00'],
    ['（二）公务用车购置及运维费', '8.00', '4.20'],
    ['1.公务用车购置费', '0.00', '0.00'],
    ['2.公务用车运维费', '8.00', '4.20'],
    ['（三）公务接待费', '4.00', '1.50'],
  ];
}

// --- 公开08表 政府性基金 and the 国有资本经营 table: empty, with their notes ------------------------------------
function fundTable(title, number, what) {
  return [
    [title, '', '', '', '', '', '', ''],
    ['', '', '', '', '', '', '', number],
    [`部门：${UNIT}`, '', '', '', '', '', '', '金额单位：万元'],
    ['项目', '', '年初结转和结余', '本年收入', '本年支出', '', '', '年末结转和结余'],
    ['科目编码', '科目名称', '', '', '小计', '基本支出', '项目支出', ''],
    ['栏次', '', '1', '2', '3', '4', '5', '6'],
    ['合计', '', '', '', '', '', '', ''],
    [`注：本部门2019年度没有使用${what}安排的支出，故本表为空表。`, '', '', '', '', '', '', ''],
  ];
}

function socTable() {
  return [
    ['国有资本经营预算财政拨款支出决算表', '', '', '', ''],
    ['', '', '', '', '公开09表'],
    [`部门：${UNIT}`, '', '', '', '金额单位：万元'],
    ['项目', '', '本年支出', '', ''],
    ['科目编码', '科目名称', '合计', '基本支出', '项目支出'],
    ['栏次', '', '1', '2', '3'],
    ['合计', '', '', '', ''],
    ['注：本部门2019年度没有使用国有资本经营预算财政拨款安排的支出，故本表为空表。', '', '', '', ''],
  ];
}

// --- The narrative (第三部分 情况说明), in the wording of the real 决算 texts of fixtures/real -----------------
const NARRATIVE = `${UNIT}2019年部门决算
第三部分 2019年部门决算情况说明
一、收入支出决算总体情况说明
2019年度收入总计462.95万元，支出总计462.95万元。与2018年相比，收入总计增加38.60万元，增长9.1%，主要原因是招商引资活动增加。
二、收入决算情况说明
2019年本年收入合计450.55万元，其中：一般公共预算财政拨款收入440.55万元，占97.78%；政府性基金预算财政拨款收入0万元，占0%；上级补助收入10.00万元，占2.22%；事业收入0万元，占0%；经营收入0万元，占0%；附属单位上缴收入0万元，占0%；其他收入0万元，占0%。
三、支出决算情况说明
2019年本年支出合计458.55万元，其中：基本支出298.55万元，占65.11%；项目支出160.00万元，占34.89%；上缴上级支出0万元，占0%；经营支出0万元，占0%；对附属单位补助支出0万元，占0%。
四、财政拨款收入支出决算总体情况说明
2019年度财政拨款收入总计452.95万元，财政拨款支出总计452.95万元。与2018年相比，财政拨款收入总计增加35.20万元，增长8.4%，主要原因是招商引资项目经费增加。
五、一般公共预算财政拨款支出决算情况说明
（一）一般公共预算财政拨款支出决算总体情况
2019年度一般公共预算财政拨款支出448.55万元，占本年支出合计的97.82%。与2018年相比，一般公共预算财政拨款支出增加30.15万元，增长7.2%，主要原因是招商引资项目经费增加。
（二）一般公共预算财政拨款支出决算结构情况
2019年度一般公共预算财政拨款支出448.55万元，主要用于以下方面：一般公共服务（类）支出413.20万元，占92.12%；社会保障和就业（类）支出18.35万元，占4.09%；卫生健康（类）支出7.12万元，占1.59%；住房保障（类）支出9.88万元，占2.20%。
（三）一般公共预算财政拨款支出决算具体情况
2019年度一般公共预算财政拨款支出年初预算为428.55万元，支出决算为448.55万元，完成年初预算的104.7%。
1.一般公共服务（类）商贸事务（款）事业运行（项）：年初预算为263.20万元，支出决算为263.20万元，完成年初预算的100%，决算数等于年初预算数。
2.一般公共服务（类）商贸事务（款）招商引资（项）：年初预算为130.00万元，支出决算为150.00万元，完成年初预算的115.4%，决算数大于年初预算数，主要原因是上年结转的招商引资项目资金在本年支出。
3.社会保障和就业（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）：年初预算为12.23万元，支出决算为12.23万元，完成年初预算的100%，决算数等于年初预算数。
4.社会保障和就业（类）行政事业单位养老支出（款）机关事业单位职业年金缴费支出（项）：年初预算为6.12万元，支出决算为6.12万元，完成年初预算的100%，决算数等于年初预算数。
5.卫生健康（类）行政事业单位医疗（款）事业单位医疗（项）：年初预算为7.12万元，支出决算为7.12万元，完成年初预算的100%，决算数等于年初预算数。
6.住房保障（类）住房改革支出（款）住房公积金（项）：年初预算为9.88万元，支出决算为9.88万元，完成年初预算的100%，决算数等于年初预算数。
六、一般公共预算财政拨款基本支出决算情况说明
2019年度一般公共预算财政拨款基本支出298.55万元，其中：人员经费255.45万元，主要包括基本工资、津贴补贴、奖金、绩效工资、机关事业单位基本养老保险缴费、职业年金缴费、职工基本医疗保险缴费、住房公积金、其他工资福利支出、退休费、生活补助；公用经费43.10万元，主要包括办公费、水费、电费、邮电费、差旅费、公务接待费、工会经费、福利费、公务用车运行维护费、其他交通费用、办公设备购置。
七、财政拨款“三公”经费支出决算情况说明
（一）“三公”经费财政拨款支出决算总体情况说明
2019年度“三公”经费财政拨款支出年初预算为12.00万元，支出决算为5.70万元，完成预算的47.5%，其中：因公出国（境）费支出决算为0万元，完成预算的0%；公务用车购置及运行维护费支出决算为4.20万元，完成预算的52.5%；公务接待费支出决算为1.50万元，完成预算的37.5%。2019年度“三公”经费支出决算数小于预算数的主要原因是严格执行中央八项规定精神，压减公务用车运行和公务接待支出。
（二）“三公”经费财政拨款支出决算具体情况说明
2019年度“三公”经费财政拨款支出决算中，因公出国（境）费支出决算0万元，占0%；公务用车购置及运行维护费支出决算4.20万元，占73.68%；公务接待费支出决算1.50万元，占26.32%。
1.因公出国（境）费支出0万元，全年未安排因公出国（境）团组。
2.公务用车购置及运行维护费4.20万元，其中：公务用车购置费0万元，公务用车运行维护费4.20万元，主要用于开展招商引资工作所需的公务用车燃料费、维修费、过路过桥费、保险费等支出。截至2019年12月31日，单位开支财政拨款的公务用车保有量为2辆。
3.公务接待费1.50万元，主要用于接待来访客商，国内公务接待12批次，86人次。
八、政府性基金预算支出决算情况说明
2019年度本部门无政府性基金预算财政拨款收入和支出，政府性基金预算财政拨款收入支出决算表为空表。
九、国有资本经营预算支出决算情况说明
2019年度本部门无国有资本经营预算财政拨款支出，国有资本经营预算财政拨款支出决算表为空表。
十、其他重要事项的情况说明
（一）机关运行经费支出情况
本部门为事业单位，无机关运行经费支出。
（二）政府采购支出情况
2019年度政府采购支出总额2.20万元，其中：政府采购货物支出2.20万元，政府采购工程支出0万元，政府采购服务支出0万元。
（三）国有资产占用情况
截至2019年12月31日，本部门共有车辆2辆，其中：一般公务用车2辆。
`;

/** The clean package, file by file. */
function clean() {
  return {
    '公开01表-收入支出决算总表.csv': csv(summary()),
    '公开02表-收入决算表.csv': csv(income()),
    '公开03表-支出决算表.csv': csv(expenditure()),
    '公开04表-财政拨款收入支出决算总表.csv': csv(appropriation()),
    '公开05表-一般公共预算财政拨款支出决算表.csv': csv(gpb()),
    '公开06表-一般公共预算财政拨款基本支出决算表.csv': csv(basic()),
    '公开07表-一般公共预算财政拨款三公经费支出决算表.csv': csv(threePublic()),
    '公开08表-政府性基金预算财政拨款收入支出决算表.csv': csv(fundTable('政府性基金预算财政拨款收入支出决算表', '公开08表', '政府性基金预算财政拨款')),
    '公开09表-国有资本经营预算财政拨款支出决算表.csv': csv(socTable()),
    '2019年部门决算情况说明.txt': NARRATIVE.replace(/\n/g, '\r\n'),
  };
}

/** The figures a finding states (expected.json's severity, expected, actual, difference). */
const stated = (severity, expected, actual, difference) => ({ severity, expected, actual, difference });

/** Replace one string of a file (it must be there exactly once). */
function edit(files, file, from, to) {
  const text = files[file];
  const at = text.indexOf(from);
  if (at < 0 || text.indexOf(from, at + 1) >= 0) throw new Error(`${file}: "${from}" not found once`);
  files[file] = text.slice(0, at) + to + text.slice(at + from.length);
}

/** The 1-based line of a file where `text` stands. */
function lineOf(files, file, text) {
  const at = files[file].indexOf(text);
  if (at < 0) throw new Error(`${file}: "${text}" not found`);
  return files[file].slice(0, at).split(/\r\n|\n/).length;
}

const F = {
  summary: '公开01表-收入支出决算总表.csv',
  income: '公开02表-收入决算表.csv',
  exp: '公开03表-支出决算表.csv',
  appr: '公开04表-财政拨款收入支出决算总表.csv',
  gpb: '公开05表-一般公共预算财政拨款支出决算表.csv',
  basic: '公开06表-一般公共预算财政拨款基本支出决算表.csv',
  three: '公开07表-一般公共预算财政拨款三公经费支出决算表.csv',
  text: '2019年部门决算情况说明.txt',
};

/**
 * Variants: the clean package in another layout, which must give no error and no warning either. Each
 * changes files of the clean package (`change`), and says what it shows.
 */
const VARIANTS = {
  'basic-two-halves': {
    description: 'The basic table in two halves (人员经费 | 公用经费, 310 under 302), titled 一般公共预算财政拨款基本支出决算明细表, with 人员经费合计, 公用经费合计 and a 合计 row.',
    change(files) {
      delete files[F.basic];
      files['表6-一般公共预算财政拨款基本支出决算明细表.csv'] = csv(basicTwoHalves());
    },
  },
  'three-public-rows': {
    description: 'The 三公 table with its items as rows and 预算数 | 决算数 as columns (财政拨款“三公”经费支出决算表), 公务用车购置费 as a 其中 line.',
    change(files) {
      delete files[F.three];
      files['表7-财政拨款三公经费支出决算表.csv'] = csv(threePublicRows());
    },
  },
  'gpb-budget-column': {
    description: 'The 一般公共预算 table with 年初预算数 and 调整预算数 columns beside its 决算数 (合计 | 基本支出 | 项目支出) and the 决算数 as a percent of the adjusted budget: the narrative\'s 年初预算 amounts, completion rates and "决算数大于/等于年初预算数" are checked against it, and none of the budget columns is read as a part of the 决算数.',
    change(files) {
      delete files[F.gpb];
      files['表5-一般公共预算财政拨款支出决算表.csv'] = csv(gpbWithBudget());
      edit(files, F.text, '完成年初预算的104.7%。', '完成年初预算的104.7%，决算数为调整预算数的100%。');
    },
  },
  'gpb-carry-over-columns': {
    description: 'The 2019 template\'s 一般公共预算财政拨款收入支出决算表: 年初结转和结余, 本年收入, 本年支出 (小计 | 基本支出 | 项目支出), 年末结转和结余 by subject; each row balances (TBL018) and its 合计 row agrees with the appropriation table\'s carry-over and the summary\'s income (XT012).',
    change(files) {
      delete files[F.gpb];
      files['表5-一般公共预算财政拨款收入支出决算表.csv'] = csv(gpbWithCarryOver());
    },
  },
  'three-public-shanghai': {
    description: 'The 三公 table with its items on top, 预算数 | 决算数 under each, its empty cells blank, and the 机关运行经费 决算数 (43.10 = 公用经费, XT010) beside.',
    change(files) {
      delete files[F.three];
      files['表7-一般公共预算财政拨款三公经费及机关运行经费支出决算表.csv'] = csv(threePublicShanghai());
    },
  },
  'three-public-yunnan': {
    description: 'The 三公 table as 云南 packages print it ("“三公”经费、行政参公单位机关运行经费情况表": no 决算 in its title, a 决算数 column beside the 预算数), its items numbered (一、（一）1.) and the vehicle\'s 运维费.',
    change(files) {
      delete files[F.three];
      files['表10-三公经费行政参公单位机关运行经费情况表.csv'] = csv(threePublicYunnan());
    },
  },
  'summary-without-optional-lines': {
    description: 'The 收入支出决算总表 without the 用事业基金弥补收支差额 and 结余分配 lines (both 0.00 in the clean package), as packages that have neither print it: 年初结转和结余 + 本年收入 − 本年支出 = 年末结转和结余 is checked without them (TBL018).',
    change(files) {
      edit(files, F.summary, '用事业基金弥补收支差额,24,0.00,结余分配,52,0.00\r\n', '');
    },
  },
  'province-titles': {
    description: 'Other provinces\' titles: 部门收入支出决算表, 部门收入决算表, 部门支出决算表, 部门财政拨款收入支出决算表 (with "2019年度" before them), and "单位名称：" for 部门.',
    change(files) {
      const titles = [
        [F.summary, '收入支出决算总表', '2019年度部门收入支出决算表'],
        [F.income, '收入决算表', '2019年度部门收入决算表'],
        [F.exp, '支出决算表', '2019年度部门支出决算表'],
        [F.appr, '财政拨款收入支出决算总表', '2019年度部门财政拨款收入支出决算表'],
      ];
      for (const [file, from, to] of titles) edit(files, file, `\ufeff${from},`, `\ufeff${to},`);
      for (const file of Object.keys(files)) if (file.endsWith('.csv')) files[file] = files[file].replace(`部门：${UNIT}`, `单位名称：${UNIT}`);
    },
  },
};

/** The findings of a 合计 年末 5.40 for 4.40 in the appropriation table, its 年初 line found by `opening`. */
function appropriationTotal(files, opening) {
  const at = (text) => lineOf(files, F.appr, text);
  const line = at('年末财政拨款结转和结余');
  return [
    ['TBL018', F.appr, line, { ...stated('error', '4.40', '5.40', '1.00'), says: '财政拨款收入支出决算总表, 支出/合计: 年末结转和结余 is 5.40 万元', components: [`${F.appr}:${at(opening)} 12.40`, `${F.appr}:${at('本年收入合计')} 440.55`, `${F.appr}:${at('本年收入合计')} -448.55`] }],
    ['TBL003', F.appr, line, stated('error', '4.40', '5.40', '1.00')],
    ['TBL005', F.appr, at('总计,'), stated('error', '453.95', '452.95', '-1.00')],
    ['XT012', F.summary, lineOf(files, F.summary, '年末结转和结余'), stated('error', '5.40', '4.40', '-1.00')],
  ];
}

/**
 * Faults: one planted fault each, and every error and warning it causes, worked out by hand (rule, file,
 * and the line found by its text in the changed file), with the figures it states there where given
 * (severity, expected, actual, difference; `says`, text its message must contain; `components`, a sum's
 * parts as "file:line value"), which test/final.test.ts compares as test/fixtures.test.ts does.
 */
const FAULTS = {
  'basic-subtotal-dropped-digit': {
    description: '支出决算表: 20113 商贸事务 基本支出 printed 23.20 for 263.20 (a digit dropped). 20113 ≠ its 项 (TBL001 at 20113), 201 ≠ 20113 (TBL001 at 201), 20113 合计 423.20 ≠ 23.20 + 160.00 (TBL003 at 20113), and the 一般公共预算 table\'s 20113 基本支出 263.20 is more than the expenditure table\'s (XT008, at 表5 20113).',
    change(files) {
      edit(files, F.exp, '20113,商贸事务,423.20,263.20,160.00', '20113,商贸事务,423.20,23.20,160.00');
    },
    findings: (files) => [
      ['TBL001', F.exp, lineOf(files, F.exp, '201,一般公共服务支出')],
      ['TBL001', F.exp, lineOf(files, F.exp, '20113,商贸事务')],
      ['TBL003', F.exp, lineOf(files, F.exp, '20113,商贸事务')],
      ['XT008', F.gpb, lineOf(files, F.gpb, '20113,商贸事务')],
    ],
  },
  'narrative-off-by-a-cent': {
    description: 'The narrative restates two figures 0.01 off their tables: 基本支出 298.54 (支出决算表 298.55) and 人员经费 255.46 (基本支出决算表 255.45). Each is NC001 at its line; the shares and the 人员经费 + 公用经费 list still agree within rounding.',
    change(files) {
      edit(files, F.text, '基本支出298.55万元，占65.11%', '基本支出298.54万元，占65.11%');
      edit(files, F.text, '人员经费255.45万元', '人员经费255.46万元');
    },
    findings: (files) => [
      ['NC001', F.text, lineOf(files, F.text, '基本支出298.54万元')],
      ['NC001', F.text, lineOf(files, F.text, '人员经费255.46万元')],
    ],
  },
  'pension-stated-as-other-item': {
    description: '职业年金缴费支出（项） stated with the 基本养老保险缴费 item\'s amount: 支出决算为12.23万元 (表5 2080506: 6.12) — NC001; its own completion rate "100%" then contradicts 12.23 over the stated budget 6.12 (NC015), and so does its "决算数等于年初预算数" (NC016).',
    change(files) {
      edit(files, F.text, '年初预算为6.12万元，支出决算为6.12万元', '年初预算为6.12万元，支出决算为12.23万元');
    },
    findings: (files) => [
      ['NC001', F.text, lineOf(files, F.text, '职业年金缴费支出（项）')],
      ['NC015', F.text, lineOf(files, F.text, '职业年金缴费支出（项）')],
      ['NC016', F.text, lineOf(files, F.text, '职业年金缴费支出（项）')],
    ],
  },
  'reception-stated-as-budget': {
    description: '公务接待费 决算 stated as its 预算数: "公务接待费支出决算为4.00万元" (三公 table: 决算数 1.50, 预算数 4.00) — NC001 against the 决算数 column; the 三公 list 0 + 4.20 + 4.00 then exceeds the total 5.70 (NC008), and the item is stated as 4.00 and, further on, twice as 1.50 (NC012, at each of the two).',
    change(files) {
      edit(files, F.text, '公务接待费支出决算为1.50万元，完成预算的37.5%', '公务接待费支出决算为4.00万元，完成预算的37.5%');
    },
    findings: (files) => [
      ['NC001', F.text, lineOf(files, F.text, '2019年度“三公”经费财政拨款支出年初预算')],
      ['NC008', F.text, lineOf(files, F.text, '2019年度“三公”经费财政拨款支出年初预算')],
      ['NC012', F.text, lineOf(files, F.text, '2019年度“三公”经费财政拨款支出决算中')],
      ['NC012', F.text, lineOf(files, F.text, '3.公务接待费1.50万元')],
    ],
  },
  'three-public-budget-parts': {
    description: '三公 table: 预算数 合计 printed 13.00 while its parts add up to 12.00 (TBL007 in the 预算数 column); the narrative\'s 年初预算 12.00 then differs from the table\'s 预算数 13.00 (NC001). Its completion rate 47.5% is not checked against the tables\' 13.00 (that budget figure is contradicted, and NC001 says so); against its own 12.00 it holds.',
    change(files) {
      edit(files, F.three, '12.00,0.00,8.00', '13.00,0.00,8.00');
    },
    findings: (files) => [
      ['TBL007', F.three, lineOf(files, F.three, '13.00,0.00,8.00')],
      ['NC001', F.text, lineOf(files, F.text, '2019年度“三公”经费财政拨款支出年初预算')],
    ],
  },
  'carry-over-unbalanced': {
    description: '收入支出决算总表: 年末结转和结余 printed 5.40 for 4.40 (总计 462.95 unchanged). 年初 12.40 + 本年收入 450.55 − 本年支出 458.55 = 4.40 ≠ 5.40 (TBL018, at the 年末 line), and the expenditure side\'s lines no longer add up to its 总计 (TBL005, at the 总计 line).',
    change(files) {
      edit(files, F.summary, '年末结转和结余,53,4.40', '年末结转和结余,53,5.40');
    },
    findings: (files) => [
      ['TBL005', F.summary, lineOf(files, F.summary, '总计,'), stated('error', '463.95', '462.95', '-1.00')],
      ['TBL018', F.summary, lineOf(files, F.summary, '年末结转和结余'), stated('error', '4.40', '5.40', '1.00')],
    ],
  },
  'carry-over-distribution': {
    description: '收入支出决算总表: 结余分配 printed 1.00 for 0.00 (年末结转和结余 4.40 and 总计 462.95 unchanged). 年初 12.40 + 本年收入 450.55 − 本年支出 458.55 + 用事业基金弥补收支差额 0.00 − 结余分配 1.00 = 3.40 ≠ 4.40 (TBL018, at the 年末 line), and the expenditure side\'s lines 458.55 + 1.00 + 4.40 = 463.95 no longer add up to its 总计 (TBL005, at the 总计 line).',
    change(files) {
      edit(files, F.summary, '结余分配,52,0.00', '结余分配,52,1.00');
    },
    findings: (files) => {
      const at = (text) => lineOf(files, F.summary, text);
      return [
        ['TBL018', F.summary, at('年末结转和结余'), { ...stated('error', '3.40', '4.40', '1.00'), says: '收入支出决算总表: 年末结转和结余 is 4.40 万元', components: [`${F.summary}:${at('年初结转和结余')} 12.40`, `${F.summary}:${at('本年收入合计')} 450.55`, `${F.summary}:${at('本年支出合计')} -458.55`, `${F.summary}:${at('用事业基金弥补收支差额')} 0.00`, `${F.summary}:${at('结余分配')} -1.00`] }],
        ['TBL005', F.summary, at('总计,'), stated('error', '463.95', '462.95', '-1.00')],
      ];
    },
  },
  'carry-over-nonfinancial-use': {
    description: '收入支出决算总表: 用事业基金弥补收支差额 (使用非财政拨款结余) printed 1.00 for 0.00 (年末结转和结余 4.40 and 总计 462.95 unchanged). 年初 12.40 + 本年收入 450.55 + 1.00 − 本年支出 458.55 − 结余分配 0.00 = 5.40 ≠ 4.40 (TBL018, at the 年末 line), and the income side\'s lines 450.55 + 1.00 + 12.40 = 463.95 no longer add up to its 总计 (TBL005, at the 总计 line).',
    change(files) {
      edit(files, F.summary, '用事业基金弥补收支差额,24,0.00', '用事业基金弥补收支差额,24,1.00');
    },
    findings: (files) => {
      const at = (text) => lineOf(files, F.summary, text);
      return [
        ['TBL018', F.summary, at('年末结转和结余'), { ...stated('error', '5.40', '4.40', '-1.00'), components: [`${F.summary}:${at('年初结转和结余')} 12.40`, `${F.summary}:${at('本年收入合计')} 450.55`, `${F.summary}:${at('本年支出合计')} -458.55`, `${F.summary}:${at('用事业基金弥补收支差额')} 1.00`, `${F.summary}:${at('结余分配')} 0.00`] }],
        ['TBL005', F.summary, at('总计,'), stated('error', '463.95', '462.95', '-1.00')],
      ];
    },
  },
  'appropriation-funds-swapped': {
    description: '财政拨款收入支出决算总表: the 年末财政拨款结转和结余 4.40 printed in the 政府性基金预算财政拨款 column instead of the 一般公共预算财政拨款 one (合计 4.40 unchanged). 一般公共预算: 年初 12.40 + 本年收入 440.55 − 本年支出 448.55 = 4.40 ≠ 0.00; 政府性基金: 0.00 + 0.00 − 0.00 = 0.00 ≠ 4.40 (TBL018 twice, at the 年末 line). Each fund column\'s 总计 then differs from 本年支出 + 年末 (一般公共预算 452.95 ≠ 448.55 + 0.00, 政府性基金 0.00 ≠ 0.00 + 4.40: TBL005 twice, at the 总计 line), and the 政府性基金 年末 4.40 differs from the empty 政府性基金 table\'s 合计 (XT012).',
    change(files) {
      edit(files, F.appr, '年末财政拨款结转和结余,56,4.40,4.40,0.00', '年末财政拨款结转和结余,56,4.40,0.00,4.40');
    },
    findings: (files) => {
      const at = (text) => lineOf(files, F.appr, text);
      const line = at('年末财政拨款结转和结余');
      return [
        ['TBL018', F.appr, line, { ...stated('error', '4.40', '0.00', '-4.40'), says: '财政拨款收入支出决算总表, 支出/一般公共预算财政拨款: 年末结转和结余 is 0.00 万元', components: [`${F.appr}:${at('一般公共预算财政拨款,25')} 12.40`, `${F.appr}:${at('一、一般公共预算财政拨款')} 440.55`, `${F.appr}:${at('本年收入合计')} -448.55`] }],
        ['TBL018', F.appr, line, { ...stated('error', '0.00', '4.40', '4.40'), says: '财政拨款收入支出决算总表, 支出/政府性基金预算财政拨款: 年末结转和结余 is 4.40 万元', components: [`${F.appr}:${at('政府性基金预算财政拨款,26')} 0.00`, `${F.appr}:${at('二、政府性基金预算财政拨款')} 0.00`, `${F.appr}:${at('本年收入合计')} 0.00`] }],
        ['TBL005', F.appr, at('总计,'), { ...stated('error', '448.55', '452.95', '4.40'), says: '总计 (支出/一般公共预算财政拨款) is 452.95 万元' }],
        ['TBL005', F.appr, at('总计,'), { ...stated('error', '4.40', '0.00', '-4.40'), says: '总计 (支出/政府性基金预算财政拨款) is 0.00 万元' }],
        ['XT012', F.appr, line, stated('error', '0.00', '4.40', '4.40')],
      ];
    },
  },
  'appropriation-total-unbalanced': {
    description: '财政拨款收入支出决算总表: 年末财政拨款结转和结余 合计 printed 5.40 for 4.40 (一般公共预算 4.40, 政府性基金 0.00 and 总计 452.95 unchanged). 年初财政拨款结转和结余 12.40 + 本年收入 440.55 − 本年支出 448.55 = 4.40 ≠ 5.40 (TBL018 in the 合计 column, at the 年末 line). The 合计 is no longer 一般公共预算 4.40 + 政府性基金 0.00 (TBL003, at the 年末 line), the expenditure side no longer adds up to its 总计 (448.55 + 5.40 = 453.95 ≠ 452.95: TBL005, at the 总计 line), and the summary\'s 年末结转和结余 4.40 is less than its 财政拨款 part 5.40 (XT012, at the summary\'s 年末 line).',
    change(files) {
      edit(files, F.appr, '年末财政拨款结转和结余,56,4.40,4.40,0.00', '年末财政拨款结转和结余,56,5.40,4.40,0.00');
    },
    findings: (files) => appropriationTotal(files, '年初财政拨款结转和结余'),
  },
  'appropriation-total-unbalanced-carry': {
    description: 'As appropriation-total-unbalanced, the 年初 line titled 年初结转和结余 (without 财政拨款), as some provinces print it: 12.40 + 440.55 − 448.55 = 4.40 ≠ 5.40 (TBL018 in the 合计 column), and TBL003, TBL005 and XT012 as there.',
    change(files) {
      edit(files, F.appr, '年末财政拨款结转和结余,56,4.40,4.40,0.00', '年末财政拨款结转和结余,56,5.40,4.40,0.00');
      edit(files, F.appr, '年初财政拨款结转和结余,24', '年初结转和结余,24');
    },
    findings: (files) => appropriationTotal(files, '年初结转和结余,24'),
  },
  'gpb-row-unbalanced': {
    description: 'In the 2019 template\'s 一般公共预算财政拨款收入支出决算表, 2011308 招商引资 年末结转和结余 printed 5.40 for 4.40: 12.40 + 142.00 − 150.00 = 4.40 (TBL018 at its row), and the 款 20113 and 类 201 above it no longer add up in that column (TBL001, at 20113).',
    change(files) {
      delete files[F.gpb];
      files['表5-一般公共预算财政拨款收入支出决算表.csv'] = csv(gpbWithCarryOver()).replace('2011308,招商引资,12.40,142.00,150.00,,150.00,4.40', '2011308,招商引资,12.40,142.00,150.00,,150.00,5.40');
    },
    findings: (files) => {
      const file = '表5-一般公共预算财政拨款收入支出决算表.csv';
      const row = lineOf(files, file, '2011308,招商引资');
      return [
        ['TBL018', file, row, { ...stated('error', '4.40', '5.40', '1.00'), says: '一般公共预算财政拨款收入支出决算表: 2011308 招商引资: 年末结转和结余 is 5.40 万元', components: [`${file}:${row} 12.40`, `${file}:${row} 142.00`, `${file}:${row} -150.00`] }],
        ['TBL001', file, lineOf(files, file, '20113,商贸事务'), stated('error', '5.40', '4.40', '-1.00')],
      ];
    },
  },
  'gpb-total-unbalanced': {
    description: 'In the 2019 template\'s 一般公共预算财政拨款收入支出决算表, the 合计 row\'s 年末结转和结余 printed 5.40 for 4.40: 12.40 + 440.55 − 448.55 = 4.40 (TBL018 at the 合计 row, checked once); the classes under it add up to 4.40 (TBL002, at the 合计 row), and the appropriation table\'s 一般公共预算 年末 4.40 now differs from it (XT012, at the appropriation table\'s 年末 line).',
    change(files) {
      delete files[F.gpb];
      files['表5-一般公共预算财政拨款收入支出决算表.csv'] = csv(gpbWithCarryOver()).replace('合计,,12.40,440.55,448.55,298.55,150.00,4.40', '合计,,12.40,440.55,448.55,298.55,150.00,5.40');
    },
    findings: (files) => {
      const file = '表5-一般公共预算财政拨款收入支出决算表.csv';
      const row = lineOf(files, file, '合计,');
      return [
        ['TBL018', file, row, { ...stated('error', '4.40', '5.40', '1.00'), says: '一般公共预算财政拨款收入支出决算表: 合计: 年末结转和结余 is 5.40 万元', components: [`${file}:${row} 12.40`, `${file}:${row} 440.55`, `${file}:${row} -448.55`] }],
        ['TBL002', file, row, stated('error', '4.40', '5.40', '1.00')],
        ['XT012', F.appr, lineOf(files, F.appr, '年末财政拨款结转和结余'), stated('error', '5.40', '4.40', '-1.00')],
      ];
    },
  },
  'budget-column-completion': {
    description: 'With the 年初预算数 column: 招商引资 "年初预算为120.00万元" where the table prints 130.00 (NC001 against the budget column); its completion rate 115.4% then holds against the table (150.00 / 130.00) but not against its own 120.00 (NC015), and "决算数大于年初预算数" holds either way.',
    change(files) {
      delete files[F.gpb];
      files['表5-一般公共预算财政拨款支出决算表.csv'] = csv(gpbWithBudget());
      edit(files, F.text, '年初预算为130.00万元', '年初预算为120.00万元');
    },
    findings: (files) => [
      ['NC001', F.text, lineOf(files, F.text, '招商引资（项）')],
      ['NC015', F.text, lineOf(files, F.text, '招商引资（项）')],
    ],
  },
  'adjusted-budget-rate': {
    description: 'With the 调整预算数 column: "决算数为调整预算数的95.0%" where the table prints 448.55 over an adjusted 448.55 (NC015 against the adjusted budget, not the 年初预算数 428.55).',
    change(files) {
      delete files[F.gpb];
      files['表5-一般公共预算财政拨款支出决算表.csv'] = csv(gpbWithBudget());
      edit(files, F.text, '完成年初预算的104.7%。', '完成年初预算的104.7%，决算数为调整预算数的95.0%。');
    },
    findings: (files) => [['NC015', F.text, lineOf(files, F.text, '决算数为调整预算数的95.0%')]],
  },
  'reception-budget-after-spent': {
    description: '"公务接待费支出决算为1.50万元，年初预算为5.00万元" (the budget stated after what was spent, as 陕西 texts state it) where the 三公 table prints 预算数 4.00: NC001 against the 预算数 column; the completion rate 37.5% is then not checked against the tables (their budget is contradicted) but against the text\'s own 1.50 / 5.00 = 30.0% (NC015).',
    change(files) {
      edit(files, F.text, '公务接待费支出决算为1.50万元，完成预算的37.5%', '公务接待费支出决算为1.50万元，年初预算为5.00万元，完成预算的37.5%');
    },
    findings: (files) => [
      ['NC001', F.text, lineOf(files, F.text, '年初预算为5.00万元')],
      ['NC015', F.text, lineOf(files, F.text, '年初预算为5.00万元')],
    ],
  },
  'comparison-wrong-way': {
    description: '招商引资: "决算数等于年初预算数" where the text states 130.00 and 150.00 (NC016).',
    change(files) {
      edit(files, F.text, '完成年初预算的115.4%，决算数大于年初预算数，主要原因是', '完成年初预算的115.4%，决算数等于年初预算数，主要原因是');
    },
    findings: (files) => [['NC016', F.text, lineOf(files, F.text, '招商引资（项）')]],
  },
  'comparison-without-reason': {
    description: '招商引资: "决算数大于年初预算数。" with its reason removed: a warning (NC016).',
    change(files) {
      edit(files, F.text, '决算数大于年初预算数，主要原因是上年结转的招商引资项目资金在本年支出。', '决算数大于年初预算数。');
    },
    findings: (files) => [['NC016', F.text, lineOf(files, F.text, '招商引资（项）')]],
  },
  'completion-against-table': {
    description: '公务用车购置及运行维护费 "完成预算的35.0%": the 三公 table prints 决算数 4.20 over 预算数 8.00 = 52.5% (NC015, against the tables; the sentence states no budget of its own).',
    change(files) {
      edit(files, F.text, '完成预算的52.5%', '完成预算的35.0%');
    },
    findings: (files) => [['NC015', F.text, lineOf(files, F.text, '2019年度“三公”经费财政拨款支出年初预算')]],
  },
};

function write(dir, files, expected) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  if (expected) writeFileSync(join(dir, 'expected.json'), `${JSON.stringify(expected, null, 2)}\n`);
}

rmSync(join(out, 'units'), { recursive: true, force: true });
rmSync(join(out, 'variants'), { recursive: true, force: true });
rmSync(join(out, 'faults'), { recursive: true, force: true });
write(join(out, 'units/shifan-2019'), clean(), { description: 'The clean 2019 部门决算 package: no error and no warning.', findings: [] });
for (const [name, v] of Object.entries(VARIANTS)) {
  const files = clean();
  v.change(files);
  write(join(out, 'variants', name), files, { description: v.description, findings: [] });
}
for (const [name, f] of Object.entries(FAULTS)) {
  const files = clean();
  f.change(files);
  const findings = f.findings(files).map(([rule, file, line, stated]) => ({ rule, file, line, ...stated }));
  write(join(out, 'faults', name), files, { description: f.description, findings });
}
console.log(`fixtures/final: 1 unit, ${Object.keys(VARIANTS).length} variants, ${Object.keys(FAULTS).length} faults`);
