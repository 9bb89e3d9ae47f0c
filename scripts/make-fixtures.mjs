#!/usr/bin/env node
/**
 * Regenerate the derived fixtures from the sample unit fixtures/units/kizilsu-2024:
 *
 *   fixtures/variants/<name>/    the same package in another layout; must give exactly the sample's findings
 *   fixtures/faults/<case>/      the sample with one fault put in, and expected.json listing every error and
 *                                warning the fault causes, with the figures each states (worked out by hand
 *                                from the planted fault, against docs/checks.md)
 *   fixtures/rounding/<case>/    figures that differ only within rounding: no error, no warning
 *   fixtures/unreadable/<case>/  one file that cannot be read: exit 2 naming the file and line
 *
 * Deterministic: every run deletes and rewrites those four directories. Run: node scripts/make-fixtures.mjs
 * Line numbers below are the physical lines of the sample's files (1-based), as an editor shows them.
 */
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SAMPLE = join(ROOT, 'fixtures/units/kizilsu-2024');
const OUT = join(ROOT, 'fixtures');

// ---------------------------------------------------------------------------------------------
// The sample's files.

const F = {
  summary: '表1-单位收支总体情况表.csv',
  income: '表2-单位收入总体情况表.csv',
  expenditure: '表3-单位支出总体情况表.csv',
  appropriation: '表4-财政拨款收支预算总体情况表.csv',
  gpb: '表5-一般公共预算支出情况表.csv',
  basic: '表6-一般公共预算基本支出情况表.csv',
  project: '表7-一般公共预算项目支出情况表.csv',
  gfb: '表8-政府性基金预算支出情况表.csv',
  soc: '表9-国有资本经营预算支出情况表.csv',
  three: '表10-财政拨款三公经费支出情况表.csv',
  carry: '表11-上年结转结余情况明细表.csv',
  narrative: '单位预算情况说明.txt',
};

const UNIT = '克孜勒苏柯尔克孜自治州政务服务和公共资源交易中心';

/**
 * What the sample gives (docs/checks.md C: 30110 and 30113 have no function subject): two FE002 warnings, each
 * naming the economic item and its amount (the finding has no figures of its own: nothing is compared).
 */
const FE002_MEDICAL = { rule: 'FE002', severity: 'warning', says: '30110 职工基本医疗保险缴费 has 8.98 万元' };
const FE002_HOUSING = { rule: 'FE002', severity: 'warning', says: '30113 住房公积金 has 25.84 万元' };
const SAMPLE_FINDINGS = [
  { ...FE002_MEDICAL, file: F.basic, line: 11 },
  { ...FE002_HOUSING, file: F.basic, line: 13 },
];

/** A CSV of the sample: no cell of it is quoted, so a plain split reads it. */
function readCsv(name) {
  let text = readFileSync(join(SAMPLE, name), 'utf8');
  const bom = text.startsWith('\uFEFF');
  if (bom) text = text.slice(1);
  if (text.includes('"')) throw new Error(`${name}: quoted cells; make-fixtures reads only the sample's plain CSV`);
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const lines = text.split(eol);
  if (lines[lines.length - 1] === '') lines.pop();
  return { type: 'csv', rows: lines.map((l) => l.split(',')), bom, eol, encoding: 'utf8' };
}

function loadSample() {
  const files = new Map();
  for (const name of readdirSync(SAMPLE).sort()) {
    if (name.endsWith('.csv')) files.set(name, readCsv(name));
    else if (name.endsWith('.txt')) files.set(name, { type: 'text', text: readFileSync(join(SAMPLE, name), 'utf8'), encoding: 'utf8', bom: false });
  }
  return files;
}

function cloneDoc(doc) {
  return doc.type === 'csv' ? { ...doc, rows: doc.rows.map((r) => [...r]) } : { ...doc };
}

function clone(files) {
  return new Map([...files].map(([name, doc]) => [name, cloneDoc(doc)]));
}

function quote(cell) {
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

function serialise(doc) {
  if (doc.type === 'raw') return doc.bytes;
  const text = doc.type === 'csv' ? doc.rows.map((r) => r.map(quote).join(',')).join(doc.eol) + doc.eol : doc.text;
  const body = doc.encoding === 'gb18030' ? iconv.encode(text, 'gb18030') : Buffer.from(text, 'utf8');
  return doc.bom ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]) : body;
}

function writeUnit(dir, files, expected) {
  mkdirSync(dir, { recursive: true });
  for (const [name, doc] of files) writeFileSync(join(dir, name), serialise(doc));
  if (expected) writeFileSync(join(dir, 'expected.json'), `${JSON.stringify(expected, null, 2)}\n`);
}

// ---------------------------------------------------------------------------------------------
// Edits on a unit (lines 1-based as printed, columns 1-based).

function csv(files, name) {
  const doc = files.get(name);
  if (!doc || doc.type !== 'csv') throw new Error(`no CSV ${name}`);
  return doc;
}

/** Set cells of one line: set(files, file, line, {col: value, …}); checks the old value when given as [old, new]. */
function set(files, name, line, changes) {
  const row = csv(files, name).rows[line - 1];
  if (!row) throw new Error(`${name}: no line ${line}`);
  for (const [col, change] of Object.entries(changes)) {
    const [old, value] = Array.isArray(change) ? change : [undefined, change];
    if (old !== undefined && row[col - 1] !== old) throw new Error(`${name}:${line}:${col} is "${row[col - 1]}", expected "${old}"`);
    row[col - 1] = value;
  }
}

function removeLine(files, name, line) {
  csv(files, name).rows.splice(line - 1, 1);
}

/** Insert a line so that it becomes line `line`. */
function insertLine(files, name, line, cells) {
  const doc = csv(files, name);
  const width = doc.rows[0].length;
  doc.rows.splice(line - 1, 0, [...cells, ...Array(Math.max(0, width - cells.length)).fill('')]);
}

// ---------------------------------------------------------------------------------------------
// Layout variants: the same figures printed another way. Each must give exactly the sample's findings.

const FUNCTION_TABLES = [F.income, F.expenditure, F.gpb, F.project, F.gfb, F.soc];
const CODED_TABLES = [...FUNCTION_TABLES, F.basic];

/** Number of code columns of a classified table: 类/款/项 for function tables, 类/款 for the economic one. */
function codeWidth(name) {
  return name === F.basic ? 2 : 3;
}

/** The header row with 类/款/项 under the merged 科目编码 cell: line 5 in every classified table. */
const LEVEL_HEADER_LINE = 5;
const HEADER_LINE = 4;

/**
 * Replace the code columns by one column: `join(parts)` gives its text from the 类/款/项 cells of a data row.
 * The 类/款/项 header cells go; a header row left empty goes too.
 */
function oneCodeColumn(doc, name, join) {
  const k = codeWidth(name);
  const rows = [];
  doc.rows.forEach((row, i) => {
    const line = i + 1;
    if (line < HEADER_LINE) {
      rows.push(row); // reshaped by titleRowsFit
      return;
    }
    const parts = row.slice(0, k);
    let first;
    if (line === HEADER_LINE) first = parts[0];
    else if (line === LEVEL_HEADER_LINE) first = '';
    else first = parts.every((p) => /^\d*$/.test(p)) ? join(parts.filter((p) => p !== '')) : parts.join('');
    const next = [first, ...row.slice(k)];
    if (line === LEVEL_HEADER_LINE && next.every((c) => c === '')) return;
    rows.push(next);
  });
  doc.rows = rows;
}

/** Fix the title rows after dropping columns: keep the unit label in the last cell. */
function titleRowsFit(doc) {
  const width = Math.max(...doc.rows.slice(HEADER_LINE - 1).map((r) => r.length));
  for (let i = 0; i < HEADER_LINE - 1; i++) {
    const row = doc.rows[i];
    const text = row.filter((c) => c !== '');
    const unit = text.find((c) => /^单位[:：]/.test(c));
    const rest = text.filter((c) => c !== unit);
    const next = Array(width).fill('');
    rest.forEach((c, j) => (next[j] = c));
    if (unit) next[width - 1] = unit;
    doc.rows[i] = next;
  }
}

/** Where the FE002 rows are in a variant's economic table, and the amounts they name in its unit. */
function findingsIn(files, basicName) {
  const doc = csv(files, basicName);
  // The name alone, or after its code in one cell ("30110 职工基本医疗保险缴费").
  const lineOf = (name) => doc.rows.findIndex((r) => r.some((c) => c.replace(/[\s\u3000]/g, '').replace(/^\d+/, '') === name)) + 1;
  const yuan = doc.rows.slice(0, HEADER_LINE + 1).some((r) => r.some((c) => /单位[:：]\s*元$|[（(]元[）)]/.test(c)));
  return [
    { ...FE002_MEDICAL, file: basicName, line: lineOf('职工基本医疗保险缴费'), ...(yuan ? { says: '30110 职工基本医疗保险缴费 has 89,800.00 元' } : {}) },
    { ...FE002_HOUSING, file: basicName, line: lineOf('住房公积金'), ...(yuan ? { says: '30113 住房公积金 has 258,400.00 元' } : {}) },
  ];
}

/** 万元 with up to three decimals "74.314" → 元 "743,140.00". */
function toYuan3(text) {
  const m = /^(\d+)\.(\d{2,3})$/.exec(text);
  return m ? toYuanDigits(BigInt(m[1]) * 10000n + BigInt(m[2].padEnd(4, '0')), '') : text;
}

function toYuanDigits(yuan, sign) {
  return `${sign}${yuan.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.00`;
}

/** 万元 "617.53" → 元 "6,175,300.00". */
function toYuan(text) {
  const m = /^(-?)(\d+)\.(\d{2})$/.exec(text);
  if (!m) return text;
  const yuan = BigInt(m[2]) * 10000n + BigInt(m[3]) * 100n;
  return `${m[1]}${yuan.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.00`;
}

/** A table in 元: every amount ×10000, "单位：元". */
function toYuanTable(doc) {
  doc.rows = doc.rows.map((row, i) => row.map((c) => (i < 3 ? c.replace('单位：万元', '单位：元') : toYuan(c))));
}

/** First line of data (after the title and header rows) and first amount column (0-based), per sample table. */
function dataStart(name) {
  return { [F.three]: 6, [F.carry]: 7 }[name] ?? 6;
}
function firstAmountColumn(name) {
  return { [F.basic]: 3, [F.project]: 5, [F.three]: 1, [F.carry]: 1 }[name] ?? 4;
}

const variants = {
  gb18030: {
    description: 'Every file (tables and narrative) re-encoded as GB18030 without BOM, as Excel\'s plain "CSV" saves on Chinese Windows; CRLF kept.',
    make(files) {
      for (const doc of files.values()) {
        doc.encoding = 'gb18030';
        doc.bom = false;
      }
      return files;
    },
  },
  yuan: {
    description: 'Every table in 元: amounts ×10000 printed with two decimals and thousands separators, quoted ("6,175,300.00"), "单位：元" in the header. The narrative stays in 万元.',
    make(files) {
      for (const [, doc] of files) if (doc.type === 'csv') toYuanTable(doc);
      return files;
    },
  },
  'yuan-mixed': {
    description: 'Two tables in 元 (表5 一般公共预算支出情况表 and 表6 基本支出情况表: amounts ×10000, thousands separators, "单位：元"), the others and the narrative in 万元: cross-table checks must normalise.',
    make(files) {
      for (const name of [F.gpb, F.basic]) toYuanTable(csv(files, name));
      return files;
    },
  },
  'zero-marks': {
    description: 'Empty amount cells of the data rows printed as "-" (表3, 表5, 表6, 表10), "—" (表2, 表7) or "0.00" (表8, 表9, 表11), as different finance systems print zeros.',
    make(files) {
      const marks = [
        [[F.expenditure, F.gpb, F.basic, F.three], '-'],
        [[F.income, F.project], '—'],
        [[F.gfb, F.soc, F.carry], '0.00'],
      ];
      for (const [names, mark] of marks) {
        for (const name of names) {
          const doc = csv(files, name);
          const first = firstAmountColumn(name);
          doc.rows.forEach((row, i) => {
            if (i < dataStart(name) - 1 || /^(备注|注)/.test(row[0])) return;
            for (let c = first; c < row.length; c++) if (row[c] === '') row[c] = mark;
          });
        }
      }
      return files;
    },
  },
  'title-wording': {
    description: 'Other provinces\' wording of every title (收支预算总表, 收入预算总表, 支出预算总表, 财政拨款收支总表, 一般公共预算支出功能分类预算表, 一般公共预算基本支出部门预算经济分类预算表, 项目支出表, 政府性基金预算支出功能分类预算表, 国有资本经营预算支出功能分类预算表, “三公”经费和机关运行经费预算表), some with "2024年".',
    make(files) {
      const titles = {
        [F.summary]: '2024年收支预算总表',
        [F.income]: '收入预算总表',
        [F.expenditure]: '2024年支出预算总表',
        [F.appropriation]: '财政拨款收支总表',
        [F.gpb]: '一般公共预算支出功能分类预算表',
        [F.basic]: '2024年一般公共预算基本支出部门预算经济分类预算表',
        [F.project]: '项目支出表',
        [F.gfb]: '政府性基金预算支出功能分类预算表',
        [F.soc]: '国有资本经营预算支出功能分类预算表',
        [F.three]: '2024年“三公”经费和机关运行经费预算表',
        [F.carry]: '2024年上年结转结余情况明细表',
      };
      for (const [name, title] of Object.entries(titles)) csv(files, name).rows[1][0] = title;
      return files;
    },
  },
  'half-width-colons': {
    description: 'Half-width colons in the meta row: "编制单位:" and "金额单位:万元".',
    make(files) {
      for (const doc of files.values()) {
        if (doc.type === 'csv') doc.rows[2] = doc.rows[2].map((c) => c.replace(/^编制单位：/, '编制单位:').replace(/^单位：/, '金额单位:'));
      }
      return files;
    },
  },
  'total-label-in-code-column': {
    description: 'In the classified tables the total row labelled "总计" in the first (code) column, its name cell empty, instead of "合计" in the name column.',
    make(files) {
      for (const name of CODED_TABLES) {
        const nameCol = name === F.basic ? 2 : 3;
        for (const row of csv(files, name).rows) {
          if (row[nameCol] === '合计' && row[0] === '') {
            row[nameCol] = '';
            row[0] = '总计';
          }
        }
      }
      return files;
    },
  },
  'joined-codes': {
    description: 'The 类/款/项 code columns joined into one column ("2010301"), header too; files named like sheet exports (Sheet1.csv …) in a shuffled order, so that tables are recognised by their title only.',
    make(files) {
      for (const name of CODED_TABLES) {
        const doc = csv(files, name);
        oneCodeColumn(doc, name, (parts) => parts.join(''));
        titleRowsFit(doc);
      }
      // A fixed shuffle: sheet numbers unrelated to the tables' numbers.
      const order = [F.project, F.three, F.summary, F.carry, F.basic, F.income, F.soc, F.appropriation, F.gfb, F.expenditure, F.gpb];
      const renamed = new Map();
      order.forEach((name, i) => renamed.set(`Sheet${i + 1}.csv`, files.get(name)));
      renamed.set(F.narrative, files.get(F.narrative));
      return { files: renamed, basicName: `Sheet${order.indexOf(F.basic) + 1}.csv` };
    },
  },
  'spaced-codes': {
    description: 'Codes in one cell with spaces ("201 03 01") in the income, expenditure and project tables; in the general public budget and economic tables the separate code columns lost their leading zeros as Excel drops them ("3" for "03", "1" for "01").',
    make(files) {
      for (const name of [F.income, F.expenditure, F.project]) {
        const doc = csv(files, name);
        oneCodeColumn(doc, name, (parts) => parts.join(' '));
        titleRowsFit(doc);
      }
      for (const name of [F.gpb, F.basic]) {
        const doc = csv(files, name);
        doc.rows.forEach((row, i) => {
          if (i < LEVEL_HEADER_LINE) return;
          for (let c = 1; c < codeWidth(name); c++) if (/^0\d$/.test(row[c])) row[c] = row[c].slice(1);
        });
      }
      return files;
    },
  },
  bumen: {
    description: 'A 部门 package: titles prefixed "部门" (单位收支总体情况表 → 部门收支总体情况表) or "2024年部门…", "编制部门：" instead of "编制单位：", file names with 部门; the narrative speaks of its 部门预算 (单位预算 → 部门预算, also where a line break splits the word).',
    make(files) {
      const out = new Map();
      for (const [name, doc] of files) {
        if (doc.type === 'csv') {
          const title = doc.rows[1][0];
          doc.rows[1][0] = title.startsWith('单位') ? `部门${title.slice(2)}` : `2024年部门${title}`;
          doc.rows[2][0] = doc.rows[2][0].replace(/^编制单位：/, '编制部门：');
        } else if (doc.type === 'text') {
          doc.text = doc.text.replace(/单(\s*)位(\s*)预(\s*)算/g, '部$1门$2预$3算');
        }
        out.set(name.replace('单位', '部门'), doc);
      }
      return { files: out, basicName: F.basic };
    },
  },
  'utf8-lf': {
    description: 'UTF-8 without BOM and LF line endings; subject names indented with full-width spaces (U+3000) by level, total labels spaced ("合　　计", "收　入　总　计").',
    make(files) {
      for (const [name, doc] of files) {
        if (doc.type !== 'csv') continue;
        doc.bom = false;
        doc.eol = '\n';
        doc.rows.forEach((row, i) => {
          if (i < LEVEL_HEADER_LINE) return;
          const label = row.findIndex((c) => c !== '');
          if (row[label] === '合计') row[label] = '合　　计';
          row.forEach((c, j) => {
            if (/^[收支] [入出] [总合] 计$/.test(c)) row[j] = c.replace(/ /g, '　');
          });
          if (CODED_TABLES.includes(name)) {
            const k = codeWidth(name);
            const depth = row.slice(1, k).filter((p) => p !== '').length;
            const nameCol = name === F.basic ? 2 : 3;
            if (row[0] !== '' && depth > 0) row[nameCol] = `${'　'.repeat(depth)}${row[nameCol]}`;
          }
          if (name === F.three && i >= 6 && row[0] !== '') row[0] = `　${row[0]}`;
        });
      }
      return files;
    },
  },
  'unit-in-title': {
    description: 'The money unit printed in brackets after each title ("单位收支总体情况表（单位：万元）", half-width "(单位:万元)" in 表6 to 表11) instead of in a cell of its own.',
    make(files) {
      for (const [name, doc] of files) {
        if (doc.type !== 'csv') continue;
        const titleRow = doc.rows.findIndex((r) => r.some((c) => /表$/.test(c) && c.length > 4));
        const unitRow = doc.rows.findIndex((r) => r.some((c) => /^单位[:：]万元$/.test(c)));
        if (titleRow < 0 || unitRow < 0) throw new Error(`${name}: no title or unit cell`);
        const t = doc.rows[titleRow].findIndex((c) => /表$/.test(c) && c.length > 4);
        const late = ['表6', '表7', '表8', '表9', '表10', '表11'].some((p) => name.startsWith(`${p}-`));
        doc.rows[titleRow][t] += late ? '(单位:万元)' : '（单位：万元）';
        doc.rows[unitRow] = doc.rows[unitRow].map((c) => (/^单位[:：]万元$/.test(c) ? '' : c));
      }
      return files;
    },
  },
  'column-wordings': {
    description: 'Amount columns headed as other templates head them: 表3 "基本支出合计", "项目支出合计" beside 合计; 表5 "一般公共预算支出" instead of 合计; 表6 "基本支出合计" instead of 合计; 表7 "项目" instead of 项目名称.',
    make(files) {
      const rename = (name, line, from, to) => {
        const row = csv(files, name).rows[line - 1];
        const i = row.indexOf(from);
        if (i < 0) throw new Error(`${name}:${line}: no "${from}"`);
        row[i] = to;
      };
      rename(F.expenditure, HEADER_LINE, '基本支出', '基本支出合计');
      rename(F.expenditure, HEADER_LINE, '项目支出', '项目支出合计');
      rename(F.gpb, HEADER_LINE, '合计', '一般公共预算支出');
      rename(F.basic, HEADER_LINE, '合计', '基本支出合计');
      rename(F.project, HEADER_LINE, '项目名称', '项目');
      return files;
    },
  },
  'project-unit-column': {
    description: '表7 with a 项目单位 column after 项目名称, naming the unit on each project row, as some templates print.',
    make(files) {
      const doc = csv(files, F.project);
      const at = doc.rows[HEADER_LINE - 1].indexOf('项目名称') + 1;
      if (at === 0) throw new Error('表7: no 项目名称 column');
      doc.rows = doc.rows.map((row, i) => {
        const cell = i + 1 === HEADER_LINE ? '项目单位' : i + 1 > LEVEL_HEADER_LINE && row[at - 1] ? UNIT : '';
        return [...row.slice(0, at), cell, ...row.slice(at)];
      });
      return files;
    },
  },
  'project-total-last-column': {
    description: '表7 prints its 项目支出合计 column last, after the economic classes it adds up, as some templates do.',
    make(files) {
      const doc = csv(files, F.project);
      const at = doc.rows[HEADER_LINE - 1].indexOf('项目支出合计');
      if (at < 0) throw new Error('表7: no 项目支出合计 column');
      doc.rows = doc.rows.map((row) => [...row.slice(0, at), ...row.slice(at + 1), row[at] ?? '']);
      return files;
    },
  },
  'currency-and-unit-cells': {
    description: 'Figures as cells formatted in a spreadsheet print them: with a currency sign ("¥485.54") in 表1 to 表5, with the table\'s unit ("485.54万元") in 表6 to 表11.',
    make(files) {
      for (const [name, doc] of files) {
        if (doc.type !== 'csv') continue;
        const late = ['表6', '表7', '表8', '表9', '表10', '表11'].some((p) => name.startsWith(`${p}-`));
        doc.rows = doc.rows.map((row) => row.map((c) => (/^\d+\.\d{2}$/.test(c) ? (late ? `${c}万元` : `¥${c}`) : c)));
      }
      return files;
    },
  },
  'sequence-column': {
    description: 'A 序号 column before the codes in 表3, 表5 and 表7, numbering the data rows (1, 2, 3 …), as some templates print.',
    make(files) {
      for (const name of [F.expenditure, F.gpb, F.project]) {
        const doc = csv(files, name);
        let n = 0;
        doc.rows = doc.rows.map((row, i) => {
          const line = i + 1;
          if (line < HEADER_LINE) return ['', ...row];
          if (line === HEADER_LINE) return ['序号', ...row];
          const data = line > LEVEL_HEADER_LINE && row.some((c) => /^\d+\.\d{2}$/.test(c));
          return [data ? String(++n) : '', ...row];
        });
      }
      return files;
    },
  },
  'item-rows-only': {
    description: '表2, 表3 and 表5 print their 项 rows only, without the 类 and 款 rows above them (the 合计 row kept), as some templates do: each 类 of the other tables is the sum of its 项.',
    figuresExcept: ['income', 'expenditure', 'gpb'],
    make(files) {
      for (const name of [F.income, F.expenditure, F.gpb]) {
        const doc = csv(files, name);
        doc.rows = doc.rows.filter((row, i) => i + 1 <= LEVEL_HEADER_LINE || !(row[0] !== '' && (row[1] === '' || row[2] === '')));
      }
      return files;
    },
  },
  'expenditure-to-sections': {
    description: '表3 prints its 类 and 款 rows only, while 表2 and 表5 go down to 项: the 项 rows of the other tables have nothing in 表3 to be compared with, which is no discrepancy.',
    figuresExcept: ['expenditure'],
    make(files) {
      const doc = csv(files, F.expenditure);
      doc.rows = doc.rows.filter((row, i) => i + 1 <= LEVEL_HEADER_LINE || !(row[0] !== '' && row[2] !== ''));
      return files;
    },
  },
  'blank-rows': {
    description: 'A blank row after every row, the header rows and meta rows included: empty cells across the width in 表1 and 表11 (as a spreadsheet saves an empty row), empty lines in the others.',
    make(files) {
      for (const [name, doc] of files) {
        if (doc.type !== 'csv') continue;
        const width = doc.rows[0].length;
        const spacer = name === F.summary || name === F.carry ? Array(width).fill('') : [];
        doc.rows = doc.rows.flatMap((row, i) => (i < doc.rows.length - 1 ? [row, [...spacer]] : [row]));
      }
      return files;
    },
  },
  'transposed-three-public': {
    description: 'The "三公" table with its items as columns in one data row (合计, 因公出国（境）费, 公务用车购置及运行费 小计/购置费/运行费, 公务接待费), without the fund split.',
    make(files) {
      const doc = csv(files, F.three);
      doc.rows = [
        ['表10', '', '', '', '', ''],
        ['财政拨款“三公”经费支出情况表', '', '', '', '', ''],
        [doc.rows[2][0], '', '', '', '', '单位：万元'],
        ['合计', '因公出国（境）费', '公务用车购置及运行费', '', '', '公务接待费'],
        ['', '', '小计', '购置费', '运行费', ''],
        ['4.40', '', '4.00', '', '4.00', '0.40'],
      ];
      return files;
    },
  },
  'basic-two-halves': {
    description: '表6 printed in two halves, as many templates do: 人员经费 items on the left, 公用经费 items on the right ("经济科目编码 | 科目名称 | 金额" twice, codes joined), then "人员经费合计" and "公用经费合计" under their halves and a 合计 row. (Its items carry no 人员经费/公用经费 columns.)',
    figuresExcept: ['gpb-basic'],
    make(files) {
      const doc = csv(files, F.basic);
      const rows = doc.rows.slice(LEVEL_HEADER_LINE).filter((r) => r[0] !== '');
      const half = (classes) => rows.filter((r) => classes.includes(r[0])).map((r) => [r[0] + r[1], r[1] === '' ? r[2] : `　${r[2]}`, r[3]]);
      const left = half(['301', '303']);
      const right = half(['302', '310', '399']);
      const body = Array.from({ length: Math.max(left.length, right.length) }, (_, i) => [...(left[i] ?? ['', '', '']), ...(right[i] ?? ['', '', ''])]);
      const total = doc.rows.find((r) => r[2] === '合计');
      doc.rows = [
        ...doc.rows.slice(0, HEADER_LINE - 1).map((r) => [r[0], '', '', '', '', r[r.length - 1]]),
        ['人员经费', '', '', '公用经费', '', ''],
        ['经济科目编码', '科目名称', '金额', '经济科目编码', '科目名称', '金额'],
        ...body,
        ['', '人员经费合计', total[4], '', '公用经费合计', total[5]],
        ['', '', '', '', '合计', total[3]],
      ];
      return files;
    },
  },
  'three-public-by-unit': {
    description: 'The "三公" table of a 部门 package: its items as columns and a row per unit (单位编码, 单位名称), the 合计 row first, then the department and its 本级. The package\'s figures are the 合计 row\'s (without the fund split).',
    figuresExcept: ['three-public'],
    make(files) {
      const doc = csv(files, F.three);
      const figures = ['4.40', '', '4.00', '', '4.00', '0.40'];
      doc.rows = [
        ['表10', '', '', '', '', '', '', ''],
        ['财政拨款“三公”经费支出情况表', '', '', '', '', '', '', ''],
        [doc.rows[2][0], '', '', '', '', '', '', '单位：万元'],
        ['单位编码', '单位名称', '合计', '因公出国（境）费', '公务用车购置及运行费', '', '', '公务接待费'],
        ['', '', '', '', '小计', '购置费', '运行费', ''],
        ['', '合计', ...figures],
        ['301', UNIT, ...figures],
        ['301001', `${UNIT}本级`, ...figures],
      ];
      return files;
    },
  },
  'excel-text-formulas': {
    description: 'Every code and amount cell of the data rows written as Excel\'s text formula ="…" (="201", ="03", ="485.54"), as a sheet that keeps leading zeros and printed figures as text is saved: each reads as the text between the quotes.',
    make(files) {
      for (const [name, doc] of files) {
        if (doc.type !== 'csv') continue;
        doc.rows.forEach((row, i) => {
          if (i < dataStart(name) - 1) return;
          for (let c = 0; c < row.length; c++) if (/^\d+(\.\d+)?$/.test(row[c])) row[c] = `="${row[c]}"`;
        });
      }
      return files;
    },
  },
  'three-public-total-last': {
    description: 'The "三公" table with its 合计 row printed last, after the items: its first row is then 因公出国（境）费 with every amount blank (zero), an item row, not a header row.',
    make(files) {
      const doc = csv(files, F.three);
      const [total] = doc.rows.splice(dataStart(F.three) - 1, 1);
      if (total[0] !== '合计') throw new Error(`${F.three}: the 合计 row is not where expected`);
      doc.rows.push(total);
      return files;
    },
  },
  'three-public-whole-wanyuan': {
    description: '表10 三公 rounded to whole 万元 (合计 4.40 → 4, 公务接待费 0.40 → 0, 公务用车 4.00 → 4): its printed "0" stands for [−0.5, 0.5] 万元 like its other whole figures, so it agrees with the economic table\'s 30217 (0.40) and the narrative\'s 公务接待费 0.40 万元.',
    figuresExcept: ['three-public'],
    make(files) {
      const doc = csv(files, F.three);
      doc.rows = doc.rows.map((row) => row.map((c) => (/^\d+\.\d{2}$/.test(c) ? String(Math.round(Number(c))) : c)));
      return files;
    },
  },
};

// ---------------------------------------------------------------------------------------------
// Other provinces' templates: the sample's figures re-laid out as other finance systems print them.
// Each must give exactly the sample's findings too. `figuresExcept` names tables whose layout adds
// columns or rows that the sample does not have (so that their figures cannot be compared one to one);
// `unrecognised` names files that must be read as tables the tool does not know.

/** Chinese numerals 1…39 as used for numbered lines (一、二、… 三十). */
function cnNumber(n) {
  const d = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
  if (n < 10) return d[n];
  const tens = Math.floor(n / 10);
  return `${tens === 1 ? '' : d[tens]}十${d[n % 10]}`;
}

/** 1-based line of the first row of a table for which `pred(row)` holds; throws when there is none. */
function lineWhere(files, name, pred) {
  const i = csv(files, name).rows.findIndex(pred);
  if (i < 0) throw new Error(`${name}: no such row`);
  return i + 1;
}

/** A row's cells without spaces (normal and U+3000). */
const bare = (c) => c.replace(/[\s\u3000]/g, '');

/** The code of a row of a classified table in the sample layout (separate code columns). */
function sampleCode(name, row) {
  return row.slice(0, codeWidth(name)).join('');
}

/** The flat 收支总表: numbered income sources and class names without codes, 本年收入合计 / 本年支出合计 lines. */
function flatSummary(files) {
  const doc = csv(files, F.summary);
  const classes = doc.rows.slice(5, 35).map((r) => [r[2].replace(/^\d+\s*/, ''), r[3]]);
  const income = [
    ['一般公共预算拨款收入', '485.54'],
    ['政府性基金预算拨款收入', ''],
    ['国有资本经营预算拨款收入', ''],
    ['财政专户管理资金收入', ''],
    ['单位资金', '131.99'],
  ];
  const rows = [doc.rows[0], doc.rows[1], doc.rows[2], ['收入', '', '支出', ''], ['项目', '预算数', '项目', '预算数']];
  classes.forEach(([cls, amount], i) => {
    const inc = income[i];
    rows.push([inc ? `${cnNumber(i + 1)}、${inc[0]}` : '', inc ? inc[1] : '', `${cnNumber(i + 1)}、${cls}`, amount]);
  });
  rows.push(['本年收入合计', '617.53', '本年支出合计', '617.53']);
  rows.push(['上年结转结余', '', '结转下年', '']);
  rows.push(['收入总计', '617.53', '支出总计', '617.53']);
  doc.rows = rows;
}

/**
 * 基本支出 split into 人员经费 and 公用经费 in the expenditure and general public budget tables. The sample
 * prints only 基本支出; the split below is consistent with the economic table (人员经费 304.49 = 301 + 303,
 * 公用经费 16.65 = 302): every 208 row is 人员经费; 2010301 行政运行 13.38 = 10.38 + 3.00 and 2010350 事业运行
 * 271.89 = 258.24 + 13.65, so that 201 = 268.62 + 16.65 and the 合计 row = 304.49 + 16.65.
 */
const BASIC_SPLIT = {
  '201': ['268.62', '16.65'],
  '20103': ['268.62', '16.65'],
  '2010301': ['10.38', '3.00'],
  '2010350': ['258.24', '13.65'],
  '2010399': ['', ''],
  '208': ['35.87', ''],
  '20805': ['35.87', ''],
  '2080501': ['4.00', ''],
  '2080505': ['31.87', ''],
  '': ['304.49', '16.65'],
};

/** Columns 合计 | 基本支出 (人员经费, 公用经费 [, 小计 first when `subtotal`]) | 项目支出 in 表3 and 表5. */
function splitBasic(files, subtotal) {
  for (const name of [F.expenditure, F.gpb]) {
    const doc = csv(files, name);
    doc.rows = doc.rows.map((row, i) => {
      const line = i + 1;
      const head = row.slice(0, 5);
      const [basic, project] = [row[5], row[6]];
      let mid;
      if (line < HEADER_LINE) return row;
      if (line === HEADER_LINE) mid = subtotal ? ['基本支出', '', ''] : ['基本支出', ''];
      else if (line === LEVEL_HEADER_LINE) mid = subtotal ? ['小计', '人员经费', '公用经费'] : ['人员经费', '公用经费'];
      else {
        const split = BASIC_SPLIT[sampleCode(name, row)];
        if (!split) throw new Error(`${name}:${line}: no 人员/公用 split for ${sampleCode(name, row)}`);
        const sum = (Number(split[0] || 0) * 100 + Number(split[1] || 0) * 100) / 100;
        if ((basic === '' ? 0 : Number(basic)) !== sum) throw new Error(`${name}:${line}: split ${split} ≠ 基本支出 ${basic}`);
        mid = subtotal ? [basic, ...split] : split;
      }
      return [...head, ...mid, line === LEVEL_HEADER_LINE ? '' : project];
    });
    titleRowsFit(doc);
  }
}

/** Codes printed tree-style: only the new level of each row ("201,,", ",03,", ",,01"). */
function treeCodes(files) {
  for (const name of CODED_TABLES) {
    const k = codeWidth(name);
    csv(files, name).rows.forEach((row, i) => {
      if (i < LEVEL_HEADER_LINE || !/^\d+$/.test(row[0])) return;
      let deepest = 0;
      for (let c = 0; c < k; c++) if (row[c] !== '') deepest = c;
      for (let c = 0; c < deepest; c++) row[c] = '';
    });
  }
}

/** One "科目编码及名称" column holding "2010301 行政运行"; the code columns and the name column go. */
function codeAndNameOneCell(files) {
  for (const name of CODED_TABLES) {
    const doc = csv(files, name);
    const k = codeWidth(name);
    const rows = [];
    doc.rows.forEach((row, i) => {
      const line = i + 1;
      if (line < HEADER_LINE) return rows.push(row);
      const rest = row.slice(k + 1);
      let first;
      if (line === HEADER_LINE) first = '科目编码及名称';
      else if (line === LEVEL_HEADER_LINE) first = '';
      else if (/^\d+$/.test(row[0])) first = `${sampleCode(name, row)} ${row[k]}`;
      else first = row[k] || row.slice(0, k).join('');
      const next = [first, ...rest];
      if (line === LEVEL_HEADER_LINE && next.every((c) => c === '')) return;
      rows.push(next);
    });
    doc.rows = rows;
    titleRowsFit(doc);
  }
}

/**
 * 表2 with three header rows: "收入预算" over every amount column; under it 总计, the 财政拨款（补助） group
 * (小计, 一般公共预算, 政府性基金预算, 国有资本经营预算), 财政专户管理资金, the 单位资金 group (小计, 事业收入,
 * 事业单位经营收入, 其他收入: the sample's 单位资金 131.99 is 其他收入, as the summary's "其中" line says),
 * 财政拨款结转, 非财政拨款结转结余; codes joined in one "科目编码" column.
 */
function threeHeaderIncome(files) {
  const doc = csv(files, F.income);
  const width = 14;
  const pad = (cells) => [...cells, ...Array(width - cells.length).fill('')];
  const rows = [pad(['表2']), pad([doc.rows[1][0]]), pad([doc.rows[2][0]]).map((c, j) => (j === width - 1 ? '单位：万元' : c))];
  rows.push(pad(['科目编码', '科目名称', '收入预算']));
  rows.push(pad(['', '', '总计', '财政拨款（补助）', '', '', '', '财政专户管理资金', '单位资金', '', '', '', '财政拨款结转', '非财政拨款结转结余']));
  rows.push(pad(['', '', '', '小计', '一般公共预算', '政府性基金预算', '国有资本经营预算', '', '小计', '事业收入', '事业单位经营收入', '其他收入', '', '']));
  for (const row of doc.rows.slice(LEVEL_HEADER_LINE)) {
    for (const c of [7, 9, 11]) if (row[c] !== '') throw new Error(`表2: a transfer column has ${row[c]}`);
    rows.push([row.slice(0, 3).join(''), row[3], row[4], row[5], row[6], row[8], row[10], row[12], row[13], '', '', row[13], row[14], row[15]]);
  }
  doc.rows = rows;
}

/** No "表N" row (the title is line 1); the unit as "金额单位：万元" or in the second cell; 表6's unit only in its header. */
function titleFirstRow(files) {
  let n = 0;
  for (const [name, doc] of files) {
    if (doc.type !== 'csv') continue;
    doc.rows.shift();
    const meta = doc.rows[1];
    const u = meta.findIndex((c) => c === '单位：万元');
    if (u < 0) throw new Error(`${name}: no unit cell`);
    meta[u] = '';
    if (name === F.basic) {
      // 经济分类科目编码 | 经济分类科目名称 | 预算数（万元） over 合计 / 人员经费 / 公用经费.
      doc.rows[2] = ['经济分类科目编码', '', '经济分类科目名称', '预算数（万元）', '', ''];
      doc.rows[3] = ['类', '款', '', '合计', '人员经费', '公用经费'];
    } else if (n++ % 2 === 0) meta[u] = '金额单位：万元';
    else meta[1] = '单位：万元';
  }
}

const layoutVariants = {
  'flat-summary': {
    description: '表1 收支总表 in the flat layout of many provinces: income "一、一般公共预算拨款收入 485.54" … "五、单位资金 131.99" (no 其中 lines), expenditure "一、一般公共服务支出 581.66" … "三十、抗疫特别国债安排的支出" (class names numbered, no codes), then 本年收入合计 / 本年支出合计 617.53, 上年结转结余 / 结转下年, 收入总计 / 支出总计 617.53.',
    figuresExcept: ['summary'],
    make(files) {
      flatSummary(files);
      return files;
    },
  },
  'flat-summary-short-names': {
    description: 'The flat 表1 with its function classes named without "支出" ("一、一般公共服务", "八、社会保障和就业"), as some templates print them.',
    figuresExcept: ['summary'],
    make(files) {
      flatSummary(files);
      for (const row of csv(files, F.summary).rows) if (/^[一二三四五六七八九十]+、.+支出$/.test(row[2] ?? '')) row[2] = row[2].replace(/支出$/, '');
      return files;
    },
  },
  'split-basic-columns': {
    description: '表3 and 表5 with a two-row header 合计 | 基本支出 (人员经费, 公用经费) | 项目支出 and no 基本支出 subtotal column. The split is consistent with the economic table: 208 rows all 人员经费, 2010301 13.38 = 10.38 + 3.00, 2010350 271.89 = 258.24 + 13.65, 合计 row 304.49 + 16.65.',
    figuresExcept: ['expenditure', 'gpb'],
    make(files) {
      splitBasic(files, false);
      return files;
    },
  },
  'split-basic-columns-subtotal': {
    description: 'As split-basic-columns, with a 基本支出 小计 column before 人员经费 and 公用经费: 合计 | 基本支出 (小计, 人员经费, 公用经费) | 项目支出.',
    figuresExcept: ['expenditure', 'gpb'],
    make(files) {
      splitBasic(files, true);
      return files;
    },
  },
  'year-columns': {
    description: '表10 三公 as 项目 | 2024年预算数 | 2023年预算数 | 增减额 (2023: 合计 0.40, 公务接待费 0.40, others 0, as the narrative says), with a line 机关运行经费 16.65 (= the economic table\'s 公用经费; 2023 left empty).',
    figuresExcept: ['three-public'],
    make(files) {
      const doc = csv(files, F.three);
      doc.rows = [
        ['表10', '', '', ''],
        ['财政拨款“三公”经费支出情况表', '', '', ''],
        [doc.rows[2][0], '', '', '单位：万元'],
        ['项目', '2024年预算数', '2023年预算数', '增减额'],
        ['合计', '4.40', '0.40', '4.00'],
        ['因公出国（境）费', '0.00', '0.00', '0.00'],
        ['公务接待费', '0.40', '0.40', '0.00'],
        ['公务用车购置及运行费', '4.00', '0.00', '4.00'],
        ['其中：公务用车购置费', '0.00', '0.00', '0.00'],
        ['公务用车运行费', '4.00', '0.00', '4.00'],
        ['机关运行经费', '16.65', '', '16.65'],
      ];
      return files;
    },
  },
  'tree-codes': {
    description: 'The classified tables (表2, 表3, 表5–表9) with codes printed tree-style: only the new level in each row ("201,,", ",03,", ",,01"; economic "301,", ",01"), as some exports do.',
    make(files) {
      treeCodes(files);
      return files;
    },
  },
  'code-and-name-one-cell': {
    description: 'The classified tables with one "科目编码及名称" column holding code and name ("2010301 行政运行", "30101 基本工资"), no separate code or name columns; the 合计 row labelled "合计" in it.',
    make(files) {
      codeAndNameOneCell(files);
      return files;
    },
  },
  'three-header-rows': {
    description: '表2 收入总表 with three header rows: "收入预算" over every amount column; 总计, 财政拨款（补助） (小计, 一般公共预算, 政府性基金预算, 国有资本经营预算), 财政专户管理资金, 单位资金 (小计, 事业收入, 事业单位经营收入, 其他收入), 财政拨款结转, 非财政拨款结转结余; codes joined in one "科目编码" column.',
    figuresExcept: ['income'],
    make(files) {
      threeHeaderIncome(files);
      return files;
    },
  },
  'title-in-first-row-no-table-number': {
    description: 'No "表N" row in any table: the title is line 1, then "编制单位：…" with "金额单位：万元" in the last cell or "单位：万元" in the second cell; 表6 has no unit in that row, only in its header ("预算数（万元）" over 合计 / 人员经费 / 公用经费).',
    make(files) {
      titleFirstRow(files);
      return files;
    },
  },
  'extra-unknown-sheet': {
    description: 'Two more CSV files: "表12-政府采购预算表.csv" (a 政府采购预算表, a table the tool does not know) and "Sheet12.csv" (a staff list with no title). Both must be listed as not recognised, with no error and no warning.',
    unrecognised: ['Sheet12.csv', '表12-政府采购预算表.csv'],
    make(files) {
      files.set('表12-政府采购预算表.csv', {
        type: 'csv',
        bom: true,
        eol: '\r\n',
        encoding: 'utf8',
        rows: [
          ['表12', '', '', '', ''],
          ['政府采购预算表', '', '', '', ''],
          [`编制单位：${UNIT}`, '', '', '', '单位：万元'],
          ['项目名称', '采购品目', '数量', '合计', '一般公共预算'],
          ['克州政务服务和公共资源交易中心云平台服务器项目', '服务器', '2', '50.00', '50.00'],
          ['克州政务服务和公共资源交易中心大厅软硬件维护项目', '运行维护服务', '1', '30.00', '30.00'],
          ['合计', '', '', '80.00', '80.00'],
        ],
      });
      files.set('Sheet12.csv', {
        type: 'csv',
        bom: false,
        eol: '\r\n',
        encoding: 'utf8',
        rows: [
          ['序号', '姓名', '科室', '备注'],
          ['1', '阿依古丽', '办公室', ''],
          ['2', '王建国', '12345热线科', '301'],
          ['3', '买买提', '信息科', '2010301'],
        ],
      });
      return files;
    },
  },
  'no-narrative': {
    description: 'The narrative removed: the tables give the same findings; the narrative rules are listed as not run.',
    noNarrative: true,
    make(files) {
      files.delete(F.narrative);
      return files;
    },
  },
};
Object.assign(variants, layoutVariants);

/** The total row (合计, no code) of each classified table moved up to be the first data row, as many provinces print it. */
function totalRowFirst(files) {
  for (const name of CODED_TABLES) {
    const doc = csv(files, name);
    const i = doc.rows.findIndex((r, j) => j >= LEVEL_HEADER_LINE && r[0] === '' && r.includes('合计'));
    if (i < 0) throw new Error(`${name}: no total row`);
    const [total] = doc.rows.splice(i, 1);
    doc.rows.splice(LEVEL_HEADER_LINE, 0, total);
  }
}

/** 表3 and 表5 with "2024年预算数" merged over 合计 / 基本支出 / 项目支出 (two header rows). */
function budgetGroupHeader(files) {
  for (const name of [F.expenditure, F.gpb]) {
    const doc = csv(files, name);
    doc.rows[HEADER_LINE - 1] = ['功能分类科目编码', '', '', '功能分类科目名称', '2024年预算数', '', ''];
    doc.rows[LEVEL_HEADER_LINE - 1] = ['类', '款', '项', '', '合计', '基本支出', '项目支出'];
  }
}

/** 表1 with 合计 | 基本支出 | 项目支出 on the expenditure side (from 表3's class rows). */
function summaryBasicProject(files) {
  const exp = csv(files, F.expenditure).rows;
  const byClass = new Map(exp.filter((r) => /^\d{3}$/.test(r[0]) && r[1] === '').map((r) => [r[0], [r[5], r[6]]]));
  const total = exp.find((r) => r[0] === '' && r[3] === '合计');
  const doc = csv(files, F.summary);
  doc.rows = doc.rows.map((row, i) => {
    const line = i + 1;
    if (line < 4) return [...row, '', ''].map((c, j, a) => (line === 3 && j === a.length - 1 ? '单位：万元' : line === 3 && c === '单位：万元' ? '' : c));
    if (line === 4) return ['收入', '', '支出', '', '', ''];
    if (line === 5) return ['项目', '预算数', '功能分类', '合计', '基本支出', '项目支出'];
    const code = /^(\d{3}) /.exec(row[2])?.[1];
    if (code) return [...row, ...(byClass.get(code) ?? ['', ''])];
    if (/^支\s*出\s*总\s*计$/.test(row[2])) return [...row, total[5], total[6]];
    return [...row, '', ''];
  });
}

/**
 * 人员经费, 公用经费 and 项目支出 of 表1's expenditure side, by class and in 支出总计: 201 581.66 = 268.62 + 16.65 +
 * 296.39, 208 35.87 = 35.87 + 0 + 0, 支出总计 617.53 = 304.49 + 16.65 + 296.39. The 基本支出 of each class is the
 * expenditure table's (201 285.27, 208 35.87), split as the economic table splits it (人员经费 304.49 = 301 + 303,
 * 公用经费 16.65 = 302; every 208 row is 人员经费).
 */
const SUMMARY_SPLIT = { '201': ['268.62', '16.65', '296.39'], '208': ['35.87', '', ''], total: ['304.49', '16.65', '296.39'] };

/**
 * 表1 with 人员经费 and 公用经费 columns on the expenditure side, as some provinces split 基本支出 in the summary:
 * 合计 | 人员经费 | 公用经费 | 项目支出 (one header row), or, `nested`, 合计 | 基本支出 (人员经费, 公用经费) | 项目支出 under
 * a second header row (the data then start a line later).
 */
function summaryPersonnelPublic(files, nested = false) {
  const doc = csv(files, F.summary);
  const rows = [];
  doc.rows.forEach((row, i) => {
    const line = i + 1;
    if (line < 4) rows.push([...row, '', '', ''].map((c, j, a) => (line === 3 && j === a.length - 1 ? '单位：万元' : line === 3 && c === '单位：万元' ? '' : c)));
    else if (line === 4) rows.push(['收入', '', '支出', '', '', '', '']);
    else if (line === 5 && nested) rows.push(['项目', '预算数', '功能分类', '合计', '基本支出', '', '项目支出'], ['', '', '', '', '人员经费', '公用经费', '']);
    else if (line === 5) rows.push(['项目', '预算数', '功能分类', '合计', '人员经费', '公用经费', '项目支出']);
    else {
      const code = /^(\d{3}) /.exec(row[2])?.[1];
      const split = code ? SUMMARY_SPLIT[code] : /^支\s*出\s*总\s*计$/.test(row[2]) ? SUMMARY_SPLIT.total : undefined;
      rows.push([...row, ...(split ?? ['', '', ''])]);
    }
  });
  doc.rows = rows;
}

/** 表3 with the extra columns some provinces print: 上缴上级支出, 事业单位经营支出, 对附属单位补助支出 (all empty here). */
function expenditureExtraColumns(files) {
  const doc = csv(files, F.expenditure);
  doc.rows = doc.rows.map((row, i) => {
    if (i + 1 === HEADER_LINE) return [...row, '上缴上级支出', '事业单位经营支出', '对附属单位补助支出'];
    return [...row, '', '', ''];
  });
  titleRowsFit(doc);
}

/** The flat 财政拨款收支总表: numbered fund lines, numbered class names without codes, 本年收入合计 / 本年支出合计. */
function flatAppropriation(files) {
  const doc = csv(files, F.appropriation);
  const classes = doc.rows.slice(5, 35).map((r) => [r[2].replace(/^\d+\s*/, ''), ...r.slice(3)]);
  const income = [
    ['一般公共预算拨款收入', '485.54'],
    ['政府性基金预算拨款收入', ''],
    ['国有资本经营预算拨款收入', ''],
  ];
  const rows = [doc.rows[0], doc.rows[1], doc.rows[2], ['收入', '', '支出', '', '', '', ''], ['项目', '预算数', '项目', '合计', '一般公共预算', '政府性基金预算', '国有资本经营预算']];
  classes.forEach(([cls, ...amounts], i) => {
    const inc = income[i];
    rows.push([inc ? `${cnNumber(i + 1)}、${inc[0]}` : '', inc ? inc[1] : '', `${cnNumber(i + 1)}、${cls}`, ...amounts]);
  });
  rows.push(['本年收入合计', '485.54', '本年支出合计', '485.54', '485.54', '', '']);
  rows.push(['上年结转', '', '结转下年', '', '', '', '']);
  rows.push(['收入总计', '485.54', '支出总计', '485.54', '485.54', '', '']);
  doc.rows = rows;
}

/**
 * 表2 with an "本年收入" group: 合计 | 本年收入 (小计, 一般公共预算拨款收入, 政府性基金预算拨款收入, 国有资本经营预算拨款收入,
 * 财政专户管理资金收入, 单位资金) | 上年结转结余. Its 小计 is the current year's income (here the whole 617.53), not the
 * 财政拨款 subtotal.
 */
function incomeCurrentGroup(files) {
  const doc = csv(files, F.income);
  const width = 13;
  const rows = doc.rows.slice(0, 3).map((r, i) => {
    const next = Array(width).fill('');
    next[0] = r[0];
    if (i === 2) next[width - 1] = '单位：万元';
    return next;
  });
  rows.push(['功能分类科目编码', '', '', '功能分类科目名称', '合计', '本年收入', '', '', '', '', '', '', '上年结转结余']);
  rows.push(['类', '款', '项', '', '', '小计', '一般公共预算拨款收入', '政府性基金预算拨款收入', '国有资本经营预算拨款收入', '财政专户管理资金收入', '单位资金', '', '']);
  rows[4].splice(11, 1);
  rows[3].splice(11, 1);
  for (const row of doc.rows.slice(LEVEL_HEADER_LINE)) {
    if (row[14] !== '' || row[15] !== '') throw new Error('表2: a carry-over figure');
    rows.push([row[0], row[1], row[2], row[3], row[4], row[4], row[6], row[8], row[10], row[12], row[13], '']);
  }
  rows.forEach((r) => (r.length = 12));
  rows[2][11] = '单位：万元';
  doc.rows = rows;
}

Object.assign(variants, {
  'total-row-first': {
    description: 'In every classified table (表2, 表3, 表5–表9) the 合计 row printed first, right under the header, before the 类 rows, as many provinces print it.',
    make(files) {
      totalRowFirst(files);
      return files;
    },
  },
  'budget-group-header': {
    description: '表3 and 表5 with "2024年预算数" merged over 合计 / 基本支出 / 项目支出 (header row 4), the column names in row 5 beside 类/款/项.',
    make(files) {
      budgetGroupHeader(files);
      return files;
    },
  },
  'summary-basic-project-columns': {
    description: '表1 with 合计 | 基本支出 | 项目支出 on the expenditure side, as some provinces print it: 201 581.66 = 285.27 + 296.39, 208 35.87 = 35.87, 支出总计 617.53 = 321.14 + 296.39 (the expenditure table\'s figures).',
    figuresExcept: ['summary'],
    make(files) {
      summaryBasicProject(files);
      return files;
    },
  },
  'summary-personnel-public-columns': {
    description: '表1 with 合计 | 人员经费 | 公用经费 | 项目支出 on the expenditure side, as some provinces split 基本支出 in the summary: 201 581.66 = 268.62 + 16.65 + 296.39, 208 35.87 = 35.87 + 0 + 0, 支出总计 617.53 = 304.49 + 16.65 + 296.39. 支出总计\'s 人员经费 and 公用经费 are the economic table\'s totals (the sample\'s 基本支出 is all general public budget), so its all-money figures are at least those of 表6 (XT012): no finding.',
    figuresExcept: ['summary'],
    make(files) {
      summaryPersonnelPublic(files);
      return files;
    },
  },
  'summary-personnel-public-nested': {
    description: 'As summary-personnel-public-columns, with 人员经费 and 公用经费 under a merged 基本支出 heading (a second header row): 合计 | 基本支出 (人员经费, 公用经费) | 项目支出.',
    figuresExcept: ['summary'],
    make(files) {
      summaryPersonnelPublic(files, true);
      return files;
    },
  },
  'expenditure-extra-columns': {
    description: '表3 with three more columns after 项目支出: 上缴上级支出, 事业单位经营支出, 对附属单位补助支出, all empty.',
    make(files) {
      expenditureExtraColumns(files);
      return files;
    },
  },
  'flat-appropriation': {
    description: '表4 财政拨款收支总表 in the flat layout: "一、一般公共预算拨款收入 485.54", "二、政府性基金预算拨款收入", "三、国有资本经营预算拨款收入"; expenditure "一、一般公共服务支出 449.67 | 449.67" … (class names numbered, no codes); 本年收入合计 / 本年支出合计 485.54, 上年结转 / 结转下年, 收入总计 / 支出总计 485.54.',
    figuresExcept: ['appropriation'],
    make(files) {
      flatAppropriation(files);
      return files;
    },
  },
  'income-by-unit': {
    description: '表2 of a 部门 package listed by unit ("单位编码, 单位名称": the department, then its 本级), not by function subject: a unit\'s code is no classification code.',
    figuresExcept: ['income'],
    make(files) {
      const doc = csv(files, F.income);
      doc.rows = [
        ...doc.rows.slice(0, HEADER_LINE - 1),
        ['单位编码', '单位名称', '总计', '一般公共预算', '政府性基金预算', '国有资本经营预算', '财政专户管理资金', '单位资金', '上年结转'],
        ['', '合计', '617.53', '485.54', '', '', '', '131.99', ''],
        ['301', UNIT, '617.53', '485.54', '', '', '', '131.99', ''],
        ['301001', `${UNIT}本级`, '617.53', '485.54', '', '', '', '131.99', ''],
      ];
      return files;
    },
  },
  'income-current-group': {
    description: '表2 with an "本年收入" group: 合计 | 本年收入 (小计, 一般公共预算拨款收入, 政府性基金预算拨款收入, 国有资本经营预算拨款收入, 财政专户管理资金收入, 单位资金) | 上年结转结余. Its 小计 is the whole current-year income (617.53 = 485.54 + 131.99), not a 财政拨款 subtotal.',
    figuresExcept: ['income'],
    make(files) {
      incomeCurrentGroup(files);
      return files;
    },
  },
});

/** The project table without its 类/款 subtotal rows: one row per project, its 项 code joined ("2010399"). */
function projectNoSubtotals(files) {
  const doc = csv(files, F.project);
  oneCodeColumn(doc, F.project, (parts) => parts.join(''));
  doc.rows = doc.rows.filter((r, i) => i < LEVEL_HEADER_LINE - 1 || !/^\d{3}(\d{2})?$/.test(r[0]));
  titleRowsFit(doc);
}

Object.assign(variants, {
  'unit-in-header-yuan': {
    description: '表6 in 元 (amounts ×10000, thousands separators) whose unit is given only in its header: "预算数（元）" merged over 合计 / 人员经费 / 公用经费, no "单位：" in the 编制单位 row.',
    make(files) {
      const doc = csv(files, F.basic);
      toYuanTable(doc);
      doc.rows[2] = doc.rows[2].map((c) => (c === '单位：元' ? '' : c));
      doc.rows[3] = ['经济分类科目编码', '', '经济分类科目名称', '预算数（元）', '', ''];
      doc.rows[4] = ['类', '款', '', '合计', '人员经费', '公用经费'];
      return files;
    },
  },
  'project-no-subtotals': {
    description: '表7 项目支出表 without its 类/款 subtotal rows: one row per project with its joined 项 code ("2010399"), then 合计.',
    figuresExcept: ['gpb-project'],
    make(files) {
      projectNoSubtotals(files);
      return files;
    },
  },
  'summary-paren-numbering': {
    description: '表1 income items numbered "（一）…（五）" under "一、本年收入" and "（一）（二）" under "二、上年结转结余", instead of "1. … 5.".',
    make(files) {
      const doc = csv(files, F.summary);
      const cn = ['一', '二', '三', '四', '五'];
      for (const row of doc.rows) row[0] = row[0].replace(/^(\d)\./, (m, d) => `（${cn[Number(d) - 1]}）`);
      if (!doc.rows.some((r) => r[0] === '（五）单位资金')) throw new Error('表1: renumbering failed');
      return files;
    },
  },
  'three-public-labels': {
    description: '表10 with the labels of many templates: "“三公”经费合计", "1.因公出国（境）费", "2.公务接待费", "3.公务用车购置及运行费", "（1）公务用车购置费", "（2）公务用车运行费".',
    make(files) {
      const doc = csv(files, F.three);
      const labels = {
        合计: '“三公”经费合计',
        '因公出国（境）费': '1.因公出国（境）费',
        公务接待费: '2.公务接待费',
        '公务用车购置及运行费（小计）': '3.公务用车购置及运行费',
        '其中：公务用车购置费': '（1）公务用车购置费',
        公务用车运行费: '（2）公务用车运行费',
      };
      let n = 0;
      for (const row of doc.rows.slice(5)) if (labels[row[0]]) (row[0] = labels[row[0]]), n++;
      if (n !== 6) throw new Error(`表10: ${n} labels changed`);
      return files;
    },
  },
});

Object.assign(variants, {
  'trailing-rows-and-footnotes': {
    description: 'Every table followed by what Excel exports leave below the data: three empty rows (",,,,"), and under 表3, 表5 and 表6 a footnote ("注：本表反映…2024年…情况。", "说明：…金额单位为万元。") that says nothing of an empty table.',
    make(files) {
      const notes = {
        [F.expenditure]: '注：本表反映单位2024年支出预算情况，含单位资金安排的支出。',
        [F.gpb]: '注：本表反映单位2024年一般公共预算当年拨款安排的支出。',
        [F.basic]: '说明：按部门预算经济分类填列，金额单位为万元。',
      };
      for (const [name, doc] of files) {
        if (doc.type !== 'csv') continue;
        const width = doc.rows[0].length;
        if (notes[name]) doc.rows.push([notes[name], ...Array(width - 1).fill('')]);
        for (let i = 0; i < 3; i++) doc.rows.push(Array(width).fill(''));
      }
      return files;
    },
  },
});

// ---------------------------------------------------------------------------------------------
// Single faults. `findings` lists every error and warning the fault causes (notes are not listed),
// the sample's own two FE002 warnings included, each with its severity and figures: each was worked out by
// hand from the planted fault against docs/checks.md.

const FE002 = SAMPLE_FINDINGS;

/**
 * A finding with the figures it states (the harness compares each one given): for a comparison, in the unit
 * of the figure it points at, `expected` is what that figure should be (the sum of its parts, the other
 * table's figure), `actual` what is printed there and `difference` actual − expected, each worked out by
 * hand from the planted fault. Without figures: the severity alone, and `says`, text its message must contain.
 */
function finding(severity, rule, file, line, expected, actual, difference) {
  return expected === undefined ? { rule, file, line, severity } : { rule, file, line, severity, expected, actual, difference };
}
const error = (...a) => finding('error', ...a);
/** A part of a sum as the finding lists it: where it is printed, and its value as added (signed). */
const at = (file, line, value) => `${file}:${line} ${value}`;
const warning = (...a) => finding('warning', ...a);
const note = (...a) => finding('note', ...a);

/** The sample without its 单位资金 131.99 (事业运行's project money): every figure is general public budget. */
function allGpb(f) {
  set(f, F.summary, 6, { 2: ['617.53', '485.54'], 4: ['581.66', '449.67'] });
  set(f, F.summary, 17, { 2: ['131.99', ''] });
  set(f, F.summary, 22, { 2: ['131.99', ''] });
  set(f, F.summary, 36, { 2: ['617.53', '485.54'], 4: ['617.53', '485.54'] });
  for (const line of [6, 7]) set(f, F.income, line, { 5: ['581.66', '449.67'], 14: ['131.99', ''] });
  set(f, F.income, 9, { 5: ['403.88', '271.89'], 14: ['131.99', ''] });
  set(f, F.income, 15, { 5: ['617.53', '485.54'], 14: ['131.99', ''] });
  for (const line of [6, 7]) set(f, F.expenditure, line, { 5: ['581.66', '449.67'], 7: ['296.39', '164.40'] });
  set(f, F.expenditure, 9, { 5: ['403.88', '271.89'], 7: ['131.99', ''] });
  set(f, F.expenditure, 15, { 5: ['617.53', '485.54'], 7: ['296.39', '164.40'] });
}

const faults = {
  'tbl001-changed-cell': {
    description: '表5 2010350 事业运行 合计 271.89 mistyped as 271.98 (基本支出 still 271.89): the row no longer adds up (合计 = 基本支出 + 项目支出) and neither does 20103 above it (13.38 + 271.98 + 164.40 = 449.76 ≠ 449.67).',
    edit: (f) => set(f, F.gpb, 9, { 5: ['271.89', '271.98'] }),
    findings: [
      // 20103: 13.38 + 271.98 + 164.40 = 449.76 against 449.67; 2010350: 基本支出 271.89 + 项目支出 (blank) against 271.98.
      { ...error('TBL001', F.gpb, 7, '449.76', '449.67', '-0.09'), says: '20103 政府办公厅（室）及相关机构事务 合计 is 449.67 万元, but its 3 parts add up to 449.76 万元', components: [at(F.gpb, 8, '13.38'), at(F.gpb, 9, '271.98'), at(F.gpb, 10, '164.40')] },
      { ...error('TBL003', F.gpb, 9, '271.89', '271.98', '0.09'), says: '2010350 事业运行: 合计 is 271.98 万元, but 基本支出 + 项目支出 add up to 271.89 万元', components: [at(F.gpb, 9, '271.89'), at(F.gpb, 9, '0.00')] },
      ...FE002,
    ],
  },
  'tbl001-changed-subtotal': {
    description: '表3 20103 合计 581.66 changed to 582.66: 20103 ≠ its 项 (581.66), 201 (581.66) ≠ its 款 20103, the row ≠ 基本支出 + 项目支出 (285.27 + 296.39), and the income table\'s 20103 (581.66) ≠ the expenditure table\'s.',
    edit: (f) => set(f, F.expenditure, 7, { 5: ['581.66', '582.66'] }),
    findings: [
      // 201's one part 20103 is 582.66; 20103's parts 13.38 + 403.88 + 164.40 and 285.27 + 296.39 are 581.66, as is the income table's 20103.
      error('TBL001', F.expenditure, 6, '582.66', '581.66', '-1.00'),
      error('TBL001', F.expenditure, 7, '581.66', '582.66', '1.00'),
      error('TBL003', F.expenditure, 7, '581.66', '582.66', '1.00'),
      error('XT002', F.expenditure, 7, '581.66', '582.66', '1.00'),
      ...FE002,
    ],
  },
  'tbl002-total-row': {
    description: '表3 合计 row 617.53 changed to 671.53: ≠ 201 + 208 (617.53), ≠ 基本支出 + 项目支出 (321.14 + 296.39), ≠ the summary\'s 支出总计 617.53 (XT001, at the summary\'s figure), ≠ the income table\'s 合计 (XT002).',
    edit: (f) => set(f, F.expenditure, 15, { 5: ['617.53', '671.53'] }),
    findings: [
      // 581.66 + 35.87 = 321.14 + 296.39 = 617.53 against 671.53; the summary's 支出总计 617.53 against 表3's 671.53.
      { ...error('TBL002', F.expenditure, 15, '617.53', '671.53', '54.00'), says: 'The total row (合计) is 671.53 万元, but the 2 top-level rows add up to 617.53 万元', components: [at(F.expenditure, 6, '581.66'), at(F.expenditure, 11, '35.87')] },
      error('TBL003', F.expenditure, 15, '617.53', '671.53', '54.00'),
      { ...error('XT001', F.summary, 36, '671.53', '617.53', '-54.00'), says: `支出总计: ${F.summary}:36 支 出 总 计 支出/预算数 is 617.53 万元, but ${F.expenditure}:15 合计 合计 is 671.53 万元`, components: [at(F.expenditure, 15, '671.53')] },
      { ...error('XT002', F.expenditure, 15, '617.53', '671.53', '54.00'), says: '合计: the income table has 617.53 万元, the expenditure table 671.53 万元', components: [at(F.income, 15, '617.53')] },
      ...FE002,
    ],
  },
  'tbl003-project-blank-economic-cells': {
    description: '表7 project 克州政务服务和公共资源交易中心云平台服务器项目 (line 8): 资本性支出 50.00 mistyped as 49.96, with the subtotals above (lines 6, 7) and the 合计 row (line 13) following it (51.20 → 51.16): 项目支出合计 50.00 ≠ its economic columns (49.96), a difference of 0.04. The row prints two figures (its other nine economic cells are blank, exact zeros), so rounding explains at most 0.005 × 2 = 0.01: an error, as are the rows above and the 合计 row (164.40 ≠ 113.20 + 51.16).',
    edit: (f) => {
      set(f, F.project, 8, { 12: ['50.00', '49.96'] });
      for (const line of [6, 7, 13]) set(f, F.project, line, { 12: ['51.20', '51.16'] });
    },
    findings: [
      // 商品和服务支出 113.20 + 资本性支出 51.16 = 164.36 against 164.40; the project row 49.96 against 50.00.
      error('TBL003', F.project, 6, '164.36', '164.40', '0.04'),
      error('TBL003', F.project, 7, '164.36', '164.40', '0.04'),
      { ...error('TBL003', F.project, 8, '49.96', '50.00', '0.04'), says: '克州政务服务和公共资源交易中心云平台服务器项目: 项目支出合计 is 50.00 万元', components: [at(F.project, 8, '0.00'), at(F.project, 8, '0.00'), at(F.project, 8, '0.00'), at(F.project, 8, '0.00'), at(F.project, 8, '0.00'), at(F.project, 8, '49.96'), at(F.project, 8, '0.00'), at(F.project, 8, '0.00'), at(F.project, 8, '0.00'), at(F.project, 8, '0.00')] },
      error('TBL003', F.project, 13, '164.36', '164.40', '0.04'),
      ...FE002,
    ],
  },
  'tbl004-summary-unbalanced': {
    description: '表1 支出总计 617.53 changed to 671.53: 收入总计 ≠ 支出总计, 支出总计 ≠ the function classes (581.66 + 35.87), and ≠ the expenditure table\'s total.',
    edit: (f) => set(f, F.summary, 36, { 4: ['617.53', '671.53'] }),
    findings: [
      // 收入总计 617.53, the classes 581.66 + 35.87 = 617.53 and 表3's 合计 617.53, against 671.53.
      { ...error('TBL004', F.summary, 36, '617.53', '671.53', '54.00'), says: '单位收支总体情况表: 收入总计 is 617.53 万元 but 支出总计 is 671.53 万元', components: [at(F.summary, 36, '617.53')] },
      error('TBL005', F.summary, 36, '617.53', '671.53', '54.00'),
      error('XT001', F.summary, 36, '617.53', '671.53', '54.00'),
      ...FE002,
    ],
  },
  'tbl004-appropriation-unbalanced': {
    description: '表4 支出总计 (合计 column) 485.54 mistyped as 458.54: 收入总计 485.54 ≠ 支出总计, 支出总计 ≠ its classes (449.67 + 35.87), the row\'s 合计 ≠ 一般公共预算 485.54 + 政府性基金 + 国有资本经营, and ≠ the fund tables\' totals (485.54 + 0 + 0).',
    edit: (f) => set(f, F.appropriation, 36, { 4: ['485.54', '458.54'] }),
    findings: [
      // 485.54 + 0 + 0, 收入总计 485.54, the classes 449.67 + 35.87 and the fund tables' 485.54 + 0 + 0, against 458.54.
      error('TBL003', F.appropriation, 36, '485.54', '458.54', '-27.00'),
      error('TBL004', F.appropriation, 36, '485.54', '458.54', '-27.00'),
      error('TBL005', F.appropriation, 36, '485.54', '458.54', '-27.00'),
      error('XT004', F.appropriation, 36, '485.54', '458.54', '-27.00'),
      ...FE002,
    ],
  },
  'tbl005-appropriation-gpb-column': {
    description: '表4 支出总计, 一般公共预算 column, 485.54 mistyped as 486.54: ≠ its classes in that column (449.67 + 35.87), the row\'s 合计 485.54 ≠ 一般公共预算 + 政府性基金 + 国有资本经营 (486.54 + 0 + 0), and ≠ the 一般公共预算 table\'s total 485.54.',
    edit: (f) => set(f, F.appropriation, 36, { 5: ['485.54', '486.54'] }),
    findings: [
      // 合计 485.54 against 486.54 + 0 + 0; the column's 486.54 against its classes 449.67 + 35.87 and 表5's 485.54.
      error('TBL003', F.appropriation, 36, '486.54', '485.54', '-1.00'),
      error('TBL005', F.appropriation, 36, '485.54', '486.54', '1.00'),
      error('XT004', F.appropriation, 36, '485.54', '486.54', '1.00'),
      ...FE002,
    ],
  },
  'tbl005-current-income': {
    description: '表1 一、本年收入 617.53 changed to 671.53: ≠ its numbered items (485.54 + 131.99), and 收入总计 617.53 ≠ 本年收入 + 上年结转结余 (671.53 + 0).',
    edit: (f) => set(f, F.summary, 6, { 2: ['617.53', '671.53'] }),
    findings: [
      // 本年收入 671.53 against 485.54 + 131.99 = 617.53; 收入总计 617.53 against 671.53 + 0.
      { ...error('TBL005', F.summary, 6, '617.53', '671.53', '54.00'), says: '一、本年收入 is 671.53 万元, but the 5 lines it adds up come to 617.53 万元', components: [at(F.summary, 7, '485.54'), at(F.summary, 10, '0.00'), at(F.summary, 13, '0.00'), at(F.summary, 16, '0.00'), at(F.summary, 17, '131.99')] },
      { ...error('TBL005', F.summary, 36, '671.53', '617.53', '-54.00'), says: '收 入 总 计 is 617.53 万元, but the 2 lines it adds up come to 671.53 万元', components: [at(F.summary, 6, '671.53'), at(F.summary, 23, '0.00')] },
      ...FE002,
    ],
  },
  'tbl006-sub-item-larger': {
    description: '表1 其中：一般财力 485.54 changed to 548.54, more than its item 1.一般公共预算拨款 485.54 (reported at the item), and no longer the income table\'s 一般公共预算 column 485.54, which beside its column of 上级一般公共预算安排的转移支付 is the same own-level money (XT012, at line 8).',
    edit: (f) => set(f, F.summary, 8, { 2: ['485.54', '548.54'] }),
    findings: [
      // 485.54 is not ≥ its 其中 548.54.
      { ...error('TBL006', F.summary, 7, '548.54', '485.54', '-63.00'), says: 'the "其中" lines under 1.一般公共预算拨款 add up to 548.54 万元, more than 1.一般公共预算拨款 itself (485.54 万元)', components: [at(F.summary, 8, '548.54'), at(F.summary, 9, '0.00')] },
      error('XT012', F.summary, 8, '485.54', '548.54', '63.00'),
      ...FE002,
    ],
  },
  'tbl007-three-public-parts': {
    description: '表10 公务接待费 0.40 changed to 0.60 in both columns (合计 and 一般公共预算): 合计 4.40 ≠ 0 + 4.00 + 0.60 in both columns.',
    edit: (f) => set(f, F.three, 8, { 2: ['0.40', '0.60'], 3: ['0.40', '0.60'] }),
    findings: [
      // 合计 4.40 against 0 + 4.00 + 0.60 = 4.60, in both columns.
      { ...{ ...error('TBL007', F.three, 6, '4.60', '4.40', '-0.20'), says: '合计 (资金来源/一般公共预算) is 4.40 万元, but 因公出国（境）费 + 公务用车购置及运行费（小计） + 公务接待费 add up to 4.60 万元', components: [at(F.three, 7, '0.00'), at(F.three, 9, '4.00'), at(F.three, 8, '0.60')] }, says: '合计 (合计) is 4.40 万元, but 因公出国（境）费 + 公务用车购置及运行费（小计） + 公务接待费 add up to 4.60 万元', components: [at(F.three, 7, '0.00'), at(F.three, 9, '4.00'), at(F.three, 8, '0.60')] },
      error('TBL007', F.three, 6, '4.60', '4.40', '-0.20'),
      ...FE002,
    ],
  },
  'tbl008-personnel-public-split': {
    description: '表6 合计 row: 人员经费 304.49 → 294.49 and 公用经费 16.65 → 26.65 (合计 321.14 still their sum): 人员经费 ≠ 301 + 303, 公用经费 ≠ 302, and both columns ≠ the sum of the class rows.',
    edit: (f) => set(f, F.basic, 28, { 5: ['304.49', '294.49'], 6: ['16.65', '26.65'] }),
    findings: [
      // 人员经费 294.49 against 300.71 + 3.78 = 304.49 (the classes, and 301 + 303); 公用经费 26.65 against 302's 16.65.
      { ...error('TBL002', F.basic, 28, '304.49', '294.49', '-10.00'), says: 'The total row (人员经费) is 294.49 万元, but the 3 top-level rows add up to 304.49 万元', components: [at(F.basic, 6, '300.71'), at(F.basic, 14, '0.00'), at(F.basic, 25, '3.78')] },
      error('TBL002', F.basic, 28, '16.65', '26.65', '10.00'),
      { ...error('TBL008', F.basic, 28, '304.49', '294.49', '-10.00'), says: '人员经费 total is 294.49 万元, but the classes 301 + 303 add up to 304.49 万元', components: [at(F.basic, 6, '300.71'), at(F.basic, 25, '3.78')] },
      { ...error('TBL008', F.basic, 28, '16.65', '26.65', '10.00'), says: '公用经费 total is 26.65 万元, but the classes 302 add up to 16.65 万元', components: [at(F.basic, 14, '16.65')] },
      ...FE002,
    ],
  },
  'tbl009-misplaced-302': {
    description: '表6 30201 办公费 5.50 moved from 公用经费 to 人员经费: a 302 item with 人员经费 (warning); the 302 row\'s 人员经费 (empty) and 公用经费 (16.65) no longer equal its items (5.50 and 11.15).',
    edit: (f) => set(f, F.basic, 15, { 5: ['', '5.50'], 6: ['5.50', ''] }),
    findings: [
      { ...warning('TBL009', F.basic, 15), says: '30201 办公费 is a 公用经费 item but has 5.50 万元 under 人员经费' },
      // 302's 人员经费 (blank) against its items' 5.50; its 公用经费 16.65 against 16.65 − 5.50 = 11.15.
      error('TBL001', F.basic, 14, '5.50', '0.00', '-5.50'),
      error('TBL001', F.basic, 14, '11.15', '16.65', '5.50'),
      ...FE002,
    ],
  },
  'tbl010-malformed-code': {
    description: '表3 2010350 事业运行: 项 code "50" printed as "050". The amounts are untouched; only the code is wrong.',
    edit: (f) => set(f, F.expenditure, 9, { 3: ['50', '050'] }),
    findings: [{ ...error('TBL010', F.expenditure, 9), says: 'code "201 03 050": 项 "050" is not 2 digits', column: 1 }, ...FE002],
  },
  'tbl010-function-code-in-economic-table': {
    description: '表6 30201 办公费 printed with the class 202 (a function class) for 302: "202,01". TBL010 at its code (an economic table\'s codes begin with 3); without its 30201 the 类 302 no longer adds up (TBL001 at 302), and 20201 has no 类 row 202 (TBL011).',
    edit: (f) => set(f, F.basic, 15, { 1: ['302', '202'] }),
    findings: [
      { ...error('TBL010', F.basic, 15), says: 'code 20201 is not in the economic classification (economic codes begin with 3)', column: 1 },
      { ...error('TBL011', F.basic, 15), says: '20201 办公费 has no 类 row 202 above it', column: 1 },
      error('TBL001', F.basic, 14, '11.15', '16.65', '5.50'),
      error('TBL001', F.basic, 14, '11.15', '16.65', '5.50'),
      // 20201, its 类 not printed, is a top-level row: 301 300.71 + 302 16.65 + 303 3.78 + 20201 5.50 (公用经费: 16.65 + 5.50).
      error('TBL002', F.basic, 28, '326.64', '321.14', '-5.50'),
      error('TBL002', F.basic, 28, '22.15', '16.65', '-5.50'),
      ...FE002,
    ],
  },
  'tbl010-economic-code-in-function-table': {
    description: '表7 (projects by function subject): the 云平台服务器 project 50.00 printed under "301,03,99" for "201,03,99": an economic code where a function code belongs (TBL010 at its code: function codes begin with 2).',
    edit: (f) => set(f, F.project, 8, { 1: ['201', '301'] }),
    findings: [
      { ...error('TBL010', F.project, 8), says: 'code 3010399 is not in the function classification (function codes begin with 2)', column: 1 },
      // A project whose subject is printed nowhere in the table.
      { ...error('TBL011', F.project, 8), says: '3010399 克州政务服务和公共资源交易中心云平台服务器项目 has no 项/款 row 3010399 above it', column: 1 },
      // 20103 without the project: 164.40 − 50.00 = 114.40 (资本性支出 51.20 − 50.00 = 1.20); the total takes 3010399 as a second top-level row.
      error('TBL001', F.project, 7, '114.40', '164.40', '50.00'),
      error('TBL001', F.project, 7, '1.20', '51.20', '50.00'),
      error('TBL002', F.project, 13, '214.40', '164.40', '-50.00'),
      error('TBL002', F.project, 13, '101.20', '51.20', '-50.00'),
      // 表5 2010399 项目支出 164.40 against its projects (114.40), and the 50.00 under 3010399, which 表5 does not print.
      error('XT007', F.gpb, 10, '114.40', '164.40', '50.00'),
      error('XT007', F.project, 8, '50.00', '0.00', '-50.00'),
      ...FE002,
    ],
  },
  'tbl011-orphan': {
    description: '表5: the 20805 行政事业单位养老支出 row removed; its 项 rows 2080501 and 2080505 (now lines 12 and 13) have no 款 row.',
    edit: (f) => removeLine(f, F.gpb, 12),
    findings: [
      { ...error('TBL011', F.gpb, 12), says: '2080501 行政单位离退休 has no 款 row 20805', column: 1 },
      { ...error('TBL011', F.gpb, 13), says: '2080505 机关事业单位基本养老保险缴费支出 has no 款 row 20805', column: 1 },
      ...FE002,
    ],
  },
  'tbl012-duplicate-code': {
    description: '表6: 30229 福利费 printed with the code 30228 (the code of 工会经费 on the line above). Sums unchanged.',
    edit: (f) => set(f, F.basic, 23, { 2: ['29', '28'] }),
    findings: [{ ...error('TBL012', F.basic, 23), says: 'first printed on line 22' }, ...FE002],
  },
  'tbl013-class-name': {
    description: '表1: class 208 printed as "208 卫生健康支出" (the name of 210).',
    edit: (f) => set(f, F.summary, 13, { 3: ['208 社会保障和就业支出', '208 卫生健康支出'] }),
    findings: [{ rule: 'TBL013', file: F.summary, line: 13, severity: 'warning', expected: '社会保障和就业支出', actual: '卫生健康支出', says: '208 卫生健康支出: class 208 is named "社会保障和就业支出" in the classification', column: 3 }, ...FE002],
  },
  'tbl014-empty-note-removed': {
    description: '表8 (empty 政府性基金 table): its note "…为空表。" removed, and the narrative no longer says that the table is empty (a note there would do).',
    edit: (f) => {
      removeLine(f, F.gfb, 7);
      const doc = f.get(F.narrative);
      const said = new RegExp(`，${[...'政府性基金预算支出情况表为空表'].join('\\s*')}`);
      if (!said.test(doc.text)) throw new Error('the narrative does not say that 表8 is empty');
      doc.text = doc.text.replace(said, '');
    },
    findings: [{ ...error('TBL014', F.gfb, 6), says: '政府性基金预算支出情况表 prints no figure' }, ...FE002],
  },
  'tbl015-empty-note-on-figures': {
    description: '表10 (三公, with figures): a note "注：本单位无“三公”经费，故本表为空表。" added as line 12.',
    edit: (f) => insertLine(f, F.three, 12, ['注：本单位无“三公”经费，故本表为空表。']),
    findings: [{ ...warning('TBL015', F.three, 12), says: '注：本单位无“三公”经费，故本表为空表。' }, ...FE002],
  },
  'tbl016-malformed-amount': {
    description: '表5 2010350 事业运行 合计 271.89 printed as "271.8.9". The sums that need it cannot be checked.',
    edit: (f) => set(f, F.gpb, 9, { 5: ['271.89', '271.8.9'] }),
    findings: [{ rule: 'TBL016', file: F.gpb, line: 9, severity: 'error', actual: '271.8.9', says: '2010350 事业运行, 合计: "271.8.9" is not an amount', column: 5 }, ...FE002],
  },
  'tbl017-negative-amount': {
    description: '表6 30299 其他商品和服务支出 0.75 printed as -0.75 (合计 and 公用经费) and 30201 办公费 5.50 raised to 7.00, so that 302 still adds up to 16.65.',
    edit: (f) => {
      set(f, F.basic, 24, { 4: ['0.75', '-0.75'], 6: ['0.75', '-0.75'] });
      set(f, F.basic, 15, { 4: ['5.50', '7.00'], 6: ['5.50', '7.00'] });
    },
    findings: [
      { rule: 'TBL017', file: F.basic, line: 24, severity: 'warning', actual: '-0.75', says: '合计: -0.75 万元 is negative' },
      { rule: 'TBL017', file: F.basic, line: 24, severity: 'warning', actual: '-0.75', says: '公用经费: -0.75 万元 is negative' },
      ...FE002,
    ],
  },
  'xt001-summary-class': {
    description: '表1: 0.09 moved between classes (201 581.66 → 581.75, 208 35.87 → 35.78); the summary still balances, but both classes differ from the expenditure table.',
    edit: (f) => {
      set(f, F.summary, 6, { 4: ['581.66', '581.75'] });
      set(f, F.summary, 13, { 4: ['35.87', '35.78'] });
    },
    findings: [
      // The summary's 581.75 and 35.78 against 表3's 581.66 and 35.87.
      error('XT001', F.summary, 6, '581.66', '581.75', '0.09'),
      error('XT001', F.summary, 13, '35.87', '35.78', '-0.09'),
      ...FE002,
    ],
  },
  'xt002-income-row': {
    description: '表2: 0.10 moved from 2010350 事业运行 to 2010301 行政运行 (总计, 小计 and 一般公共预算 columns); the income table still adds up, but both rows differ from the expenditure table.',
    edit: (f) => {
      set(f, F.income, 8, { 5: ['13.38', '13.48'], 6: ['13.38', '13.48'], 7: ['13.38', '13.48'] });
      set(f, F.income, 9, { 5: ['403.88', '403.78'], 6: ['271.89', '271.79'], 7: ['271.89', '271.79'] });
    },
    findings: [
      // 表3's 13.38 and 403.88 against the income table's 13.48 and 403.78.
      { ...error('XT002', F.expenditure, 8, '13.48', '13.38', '-0.10'), says: '2010301 行政运行: the income table has 13.48 万元, the expenditure table 13.38 万元', components: [at(F.income, 8, '13.48')] },
      error('XT002', F.expenditure, 9, '403.78', '403.88', '0.10'),
      ...FE002,
    ],
  },
  'xt003-summary-income-item': {
    description: '表1: 0.10 of 5.单位资金 (131.99 → 131.89, its 其中 其他收入 likewise) shown as 4.财政专户核拨 0.10; the summary still adds up, but both items differ from the income table\'s columns.',
    edit: (f) => {
      set(f, F.summary, 16, { 2: ['', '0.10'] });
      set(f, F.summary, 17, { 2: ['131.99', '131.89'] });
      set(f, F.summary, 22, { 2: ['131.99', '131.89'] });
    },
    findings: [
      // The summary's 0.10 and 131.89 against the income table's 财政专户 column (blank) and 单位资金 column 131.99.
      { ...error('XT003', F.summary, 16, '0.00', '0.10', '0.10'), says: '4.财政专户核拨: the summary has 0.10 万元, the income table\'s column total is 0.00 万元', components: [at(F.income, 15, '0.00')] },
      error('XT003', F.summary, 17, '131.99', '131.89', '-0.10'),
      ...FE002,
    ],
  },
  'xt004-appropriation-class': {
    description: '表4: 0.09 moved between classes (201 449.67 → 449.76, 208 35.87 → 35.78, 合计 and 一般公共预算 columns); the table still balances, but both classes differ from the general public budget table.',
    edit: (f) => {
      set(f, F.appropriation, 6, { 4: ['449.67', '449.76'], 5: ['449.67', '449.76'] });
      set(f, F.appropriation, 13, { 4: ['35.87', '35.78'], 5: ['35.87', '35.78'] });
    },
    findings: [
      // The 一般公共预算 column's 449.76 and 35.78 against 表5's 449.67 and 35.87.
      { ...error('XT004', F.appropriation, 6, '449.67', '449.76', '0.09'), says: `class 201, 一般公共预算: the appropriation table has 449.76 万元, ${F.gpb}:6 201 一般公共服务支出 合计 is 449.67 万元`, components: [at(F.gpb, 6, '449.67')] },
      error('XT004', F.appropriation, 13, '35.87', '35.78', '-0.09'),
      ...FE002,
    ],
  },
  'xt005-income-gpb-total': {
    description: '表2 合计 row, 一般公共预算 column: 485.54 printed as 485.45. It is ≠ the sum of its classes, 小计 485.54 ≠ its funds, the summary\'s 一般公共预算拨款 485.54 ≠ the column (XT003), nor its 其中：一般财力 485.54, the same own-level money as the column beside its column of 上级转移支付 (XT012, at the summary\'s line 8), and the general public budget table\'s total ≠ the column.',
    edit: (f) => set(f, F.income, 15, { 7: ['485.54', '485.45'] }),
    findings: [
      // The column's 485.45 against its classes 449.67 + 35.87 = 485.54; 小计 485.54 against 485.45 + 0 …;
      // the summary's 一般公共预算拨款 and 表5's total 485.54 against the column's 485.45.
      error('TBL002', F.income, 15, '485.54', '485.45', '-0.09'),
      error('TBL003', F.income, 15, '485.45', '485.54', '0.09'),
      error('XT003', F.summary, 7, '485.45', '485.54', '0.09'),
      { ...error('XT005', F.gpb, 15, '485.45', '485.54', '0.09'), says: 'the general public budget table\'s total is 485.54 万元, the income table\'s 一般公共预算 column total is 485.45 万元', components: [at(F.income, 15, '485.45')] },
      error('XT012', F.summary, 8, '485.45', '485.54', '0.09'),
      ...FE002,
    ],
  },
  'xt006-basic-vs-economic': {
    description: '表6: 30201 办公费 5.50 → 5.60 with 302, 公用经费 and the 合计 row raised by 0.10 (the economic table adds up: 321.24); the general public budget table\'s 基本支出 is still 321.14.',
    edit: (f) => {
      set(f, F.basic, 15, { 4: ['5.50', '5.60'], 6: ['5.50', '5.60'] });
      set(f, F.basic, 14, { 4: ['16.65', '16.75'], 6: ['16.65', '16.75'] });
      set(f, F.basic, 28, { 4: ['321.14', '321.24'], 6: ['16.65', '16.75'] });
    },
    findings: [{ ...error('XT006', F.gpb, 15, '321.24', '321.14', '-0.10'), says: 'basic expenditure: the general public budget table has 321.14 万元, the economic table\'s total is 321.24 万元', components: [at(F.basic, 28, '321.24')] }, ...FE002],
  },
  'xt007-project-subject': {
    description: '表7: the project "12345 政务服务便民热线项目" (69.40) filed under 2010350 instead of 2010399. The project table still adds up (201/20103 unchanged), but 2010399\'s 项目支出 164.40 ≠ its projects 95.00 and 2010350\'s 项目支出 (empty) ≠ 69.40.',
    edit: (f) => set(f, F.project, 12, { 3: ['99', '50'] }),
    findings: [
      // 2010350's 项目支出 (blank) against its project 69.40; 2010399's 164.40 against its projects 3.00 + 30.00 + 50.00 + 12.00 = 95.00.
      { ...error('XT007', F.gpb, 9, '69.40', '0.00', '-69.40'), says: '2010350: 项目支出 is 0.00 万元 in the general public budget table, the projects under it add up to 69.40 万元', components: [at(F.project, 12, '69.40')] },
      { ...error('XT007', F.gpb, 10, '95.00', '164.40', '69.40'), says: '2010399: 项目支出 is 164.40 万元 in the general public budget table, the projects under it add up to 95.00 万元', components: [at(F.project, 8, '50.00'), at(F.project, 9, '3.00'), at(F.project, 10, '30.00'), at(F.project, 11, '12.00')] },
      ...FE002,
    ],
  },
  'xt008-gpb-above-expenditure': {
    description: '表2 and 表3: 2.00 of 基本支出 moved from 2010301 行政运行 (13.38 → 11.38) to 2010350 事业运行 (403.88 → 405.88) in both the income and the expenditure table; the general public budget table keeps 13.38 for 2010301, more than the expenditure table\'s 11.38 (合计 and 基本支出).',
    edit: (f) => {
      set(f, F.expenditure, 8, { 5: ['13.38', '11.38'], 6: ['13.38', '11.38'] });
      set(f, F.expenditure, 9, { 5: ['403.88', '405.88'], 6: ['271.89', '273.89'] });
      set(f, F.income, 8, { 5: ['13.38', '11.38'], 6: ['13.38', '11.38'], 7: ['13.38', '11.38'] });
      set(f, F.income, 9, { 5: ['403.88', '405.88'], 6: ['271.89', '273.89'], 7: ['271.89', '273.89'] });
    },
    findings: [
      // 表5's 13.38 is not ≤ 表3's 11.38 (合计 and 基本支出).
      { ...{ ...error('XT008', F.gpb, 8, '11.38', '13.38', '2.00'), says: '2010301 行政运行 基本支出: the general public budget table has 13.38 万元, more than the expenditure table\'s 11.38 万元', components: [at(F.expenditure, 8, '11.38')] }, says: '2010301 行政运行 合计: the general public budget table has 13.38 万元, more than the expenditure table\'s 11.38 万元', components: [at(F.expenditure, 8, '11.38')] },
      error('XT008', F.gpb, 8, '11.38', '13.38', '2.00'),
      ...FE002,
    ],
  },
  'xt008-all-gpb-not-equal': {
    description: 'All money general public budget (单位资金 131.99 removed from the summary, the income and the expenditure tables, so that each gpb row must equal its expenditure row); then 0.10 moved from 2010350 事业运行 to 2010301 行政运行 in the income and expenditure tables (合计 and 基本支出). The gpb table keeps 13.38 and 271.89: both rows differ from the expenditure table in 合计 and 基本支出. The narrative (which states the sample\'s 617.53 and 131.99) is left out, so that the case is about the tables.',
    edit: (f) => {
      allGpb(f);
      // The narrative speaks of the sample's 617.53 (单位资金 131.99 included): removed, so that the case is about the tables.
      f.delete(F.narrative);
      set(f, F.expenditure, 8, { 5: ['13.38', '13.48'], 6: ['13.38', '13.48'] });
      set(f, F.expenditure, 9, { 5: ['271.89', '271.79'], 6: ['271.89', '271.79'] });
      set(f, F.income, 8, { 5: ['13.38', '13.48'], 6: ['13.38', '13.48'], 7: ['13.38', '13.48'] });
      set(f, F.income, 9, { 5: ['271.89', '271.79'], 6: ['271.89', '271.79'], 7: ['271.89', '271.79'] });
    },
    findings: [
      // 表5's 13.38 and 271.89 against 表3's 13.48 and 271.79 (合计 and 基本支出).
      error('XT008', F.gpb, 8, '13.48', '13.38', '-0.10'),
      error('XT008', F.gpb, 8, '13.48', '13.38', '-0.10'),
      error('XT008', F.gpb, 9, '271.79', '271.89', '0.10'),
      error('XT008', F.gpb, 9, '271.79', '271.89', '0.10'),
      ...FE002,
    ],
  },
  'xt009-reception-below-30217': {
    description: '表10: 公务接待费 0.40 → 0.20 and 合计 4.40 → 4.20 (both columns; the table adds up), less than the economic table\'s 30217 公务接待费 0.40.',
    edit: (f) => {
      set(f, F.three, 8, { 2: ['0.40', '0.20'], 3: ['0.40', '0.20'] });
      set(f, F.three, 6, { 2: ['4.40', '4.20'], 3: ['4.40', '4.20'] });
    },
    findings: [
      // 0.20 is not ≥ 30217's 0.40.
      { ...error('XT009', F.three, 8, '0.40', '0.20', '-0.20'), says: '公务接待费: the "三公" table has 0.20 万元, less than economic item 30217 (0.40 万元)', components: [at(F.basic, 21, '0.40')] },
      ...FE002,
    ],
  },
  'xt010-operating-cost': {
    description: '表10: a line "机关运行经费 20.00" added (line 12); the economic table\'s 公用经费 is 16.65.',
    edit: (f) => insertLine(f, F.three, 12, ['机关运行经费', '20.00', '20.00']),
    findings: [{ ...warning('XT010', F.three, 12, '16.65', '20.00', '3.35'), says: '机关运行经费 is 20.00 万元, the economic table\'s 公用经费 total is 16.65 万元', components: [at(F.basic, 28, '16.65')] }, ...FE002],
  },
  'xt011-carryover': {
    description: '表11: a carried-over project of 10.00 (财政拨款, 项目支出) and the 合计 row 10.00, its empty-table note removed; the summary has no 上年结转结余. Both the 总计 and the 财政拨款 合计 differ from the summary\'s lines.',
    edit: (f) => {
      removeLine(f, F.carry, 8);
      insertLine(f, F.carry, 7, ['上年结转项目', '10.00', '10.00', '', '', '', '10.00']);
      set(f, F.carry, 8, { 1: ['合计', '合计'], 2: ['', '10.00'], 3: ['', '10.00'], 7: ['', '10.00'] });
    },
    findings: [
      // 总计 and 财政拨款 合计 10.00 against the summary's 上年结转结余 lines (blank).
      { ...{ ...error('XT011', F.carry, 8, '0.00', '10.00', '10.00'), says: '财政拨款结转: the carry-over table has 10.00 万元, the summary 0.00 万元' }, says: '上年结转结余: the carry-over table has 10.00 万元, the summary 0.00 万元' },
      error('XT011', F.carry, 8, '0.00', '10.00', '10.00'),
      ...FE002,
    ],
  },
  'fe001-pension': {
    description: '表6: 30108 机关事业单位基本养老保险缴费 31.87 → 32.87 and 30102 津贴补贴 106.43 → 105.43 (301 still 300.71); the general public budget table\'s 2080505 基本支出 is 31.87.',
    edit: (f) => {
      set(f, F.basic, 10, { 4: ['31.87', '32.87'], 5: ['31.87', '32.87'] });
      set(f, F.basic, 8, { 4: ['106.43', '105.43'], 5: ['106.43', '105.43'] });
    },
    findings: [
      // 2080505's 基本支出 31.87 against 30108's 32.87.
      { ...warning('FE001', F.gpb, 14, '32.87', '31.87', '-1.00'), says: '机关事业单位基本养老保险缴费: economic 30108 is 32.87 万元, but function 2080505 has 31.87 万元 of 基本支出', components: [at(F.basic, 10, '32.87')] },
      ...FE002,
    ],
  },
  'cp001-core-table-missing': {
    description: 'The 国有资本经营预算支出情况表 (表9) removed.',
    edit: (f) => f.delete(F.soc),
    findings: [{ ...warning('CP001', F.summary, 1), says: '国有资本经营预算支出表' }, ...FE002],
  },
  'cp001-gpb-table-missing': {
    description: 'The 一般公共预算支出情况表 (表5) removed: a missing core table. The identities that need it cannot be checked; nothing else is wrong (the appropriation table\'s total 485.54 cannot be compared with the fund tables when one of them is missing).',
    edit: (f) => f.delete(F.gpb),
    findings: [{ ...warning('CP001', F.summary, 1), says: '一般公共预算支出表' }, ...FE002],
  },
  'cp002-unit-name': {
    description: '表5 编制单位：克孜勒苏柯尔克孜自治州财政局 (another unit).',
    edit: (f) => set(f, F.gpb, 3, { 1: ['编制单位：克孜勒苏柯尔克孜自治州政务服务和公共资源交易中心', '编制单位：克孜勒苏柯尔克孜自治州财政局'] }),
    findings: [{ rule: 'CP002', file: F.gpb, line: 3, severity: 'error', expected: UNIT, actual: '克孜勒苏柯尔克孜自治州财政局' }, ...FE002],
  },
  'cp002-narrative-unit-name': {
    description: 'The narrative speaks of "克孜勒苏柯尔克孜自治州公共资源交易中心" ("政务服务和" dropped everywhere, also where a line break splits it), not of the unit the tables name (a warning, at the narrative\'s line 1).',
    edit: (f) => {
      const doc = f.get(F.narrative);
      doc.text = doc.text.replace(new RegExp([...'政务服务和'].join('\\s*'), 'g'), '');
      if (doc.text.replace(/\s+/g, '').includes(UNIT)) throw new Error('the narrative still names the unit');
    },
    findings: [{ rule: 'CP002', file: F.narrative, line: 1, severity: 'warning', expected: UNIT }, ...FE002],
  },
  'cp003-narrative-year': {
    description: 'Every title prefixed "2024年"; the narrative\'s heading "第三部分 2024 年单位预算情况说明" (line 62) says 2023.',
    edit: (f) => {
      for (const doc of f.values()) if (doc.type === 'csv') doc.rows[1][0] = `2024年${doc.rows[1][0]}`;
      const doc = f.get(F.narrative);
      const before = doc.text;
      doc.text = doc.text.replace('第三部分 2024 年单位预算情况说明', '第三部分 2023 年单位预算情况说明');
      if (doc.text === before) throw new Error('narrative heading not found');
    },
    findings: [{ rule: 'CP003', file: F.narrative, line: 62, severity: 'error', expected: '2024', actual: '2023' }, ...FE002],
  },
  'cp003-budget-year': {
    description: 'Every title prefixed "2024年", except 表5 titled "2023年一般公共预算支出情况表".',
    edit: (f) => {
      for (const [name, doc] of f) {
        if (doc.type !== 'csv') continue;
        doc.rows[1][0] = `${name === F.gpb ? '2023' : '2024'}年${doc.rows[1][0]}`;
      }
    },
    findings: [{ rule: 'CP003', file: F.gpb, line: 2, severity: 'error', expected: '2024', actual: '2023' }, ...FE002],
  },
  'cp004-duplicate-table': {
    description: '表5 a second time, as "表5-一般公共预算支出情况表（副本）.csv" (sorted after the original, which is the one checked).',
    edit: (f) => f.set('表5-一般公共预算支出情况表（副本）.csv', cloneDoc(f.get(F.gpb))),
    findings: [{ ...error('CP004', '表5-一般公共预算支出情况表（副本）.csv', 2), says: `checked from ${F.gpb}` }, ...FE002],
  },
};

// ---------------------------------------------------------------------------------------------
// Faults in the other provinces' layouts: `layout` names the variant the fault is put into (its files
// and line numbers). Each finding was checked by hand against docs/checks.md.

/** Line of the row whose cells (spaces removed) include `text`. */
const rowWith = (files, name, text) => lineWhere(files, name, (r) => r.some((c) => bare(c) === text));

/** The sample's two FE002 warnings in the one-cell layout, whose 表6 lost its 类/款 header row: lines 10 and 12. */
const ONE_CELL_FE002 = [
  { ...FE002_MEDICAL, file: F.basic, line: 10 },
  { ...FE002_HOUSING, file: F.basic, line: 12 },
];

const layoutFaults = {
  'tbl005-flat-current-income': {
    layout: 'flat-summary',
    description: 'Flat 表1: 本年收入合计 617.53 changed to 618.53 (line 36): ≠ the numbered income items 一、… 五、 (485.54 + 131.99), and 收入总计 617.53 (line 38) ≠ 本年收入合计 + 上年结转结余 (618.53 + 0). 本年收入合计 = 本年支出合计 is no identity of docs/checks.md, so nothing else.',
    edit: (f) => set(f, F.summary, 36, { 1: ['本年收入合计', '本年收入合计'], 2: ['617.53', '618.53'] }),
    findings: [
      // 本年收入合计 618.53 against 485.54 + 131.99; 收入总计 617.53 against 618.53 + 0.
      error('TBL005', F.summary, 36, '617.53', '618.53', '1.00'),
      error('TBL005', F.summary, 38, '618.53', '617.53', '-1.00'),
      ...FE002,
    ],
  },
  'xt001-flat-summary-class': {
    layout: 'flat-summary',
    description: 'Flat 表1: 0.09 moved between the numbered classes (一、一般公共服务支出 581.66 → 581.75, 八、社会保障和就业支出 35.87 → 35.78); the side still adds up, but both classes differ from the expenditure table\'s 201 and 208.',
    edit: (f) => {
      set(f, F.summary, 6, { 3: ['一、一般公共服务支出', '一、一般公共服务支出'], 4: ['581.66', '581.75'] });
      set(f, F.summary, 13, { 3: ['八、社会保障和就业支出', '八、社会保障和就业支出'], 4: ['35.87', '35.78'] });
    },
    findings: [
      error('XT001', F.summary, 6, '581.66', '581.75', '0.09'),
      error('XT001', F.summary, 13, '35.87', '35.78', '-0.09'),
      ...FE002,
    ],
  },
  'xt001-item-rows-only': {
    layout: 'item-rows-only',
    description: 'Item rows only: 表3 2010301 行政运行 (line 6) 13.38 → 14.38 in 合计 and 基本支出 (the row still adds up). The summary\'s 201 (581.66) ≠ the sum of 表3\'s 项 under 201 (582.66); 2010301 in the income table (13.38) ≠ the expenditure table\'s (14.38); 表3\'s 合计 row (617.53, 321.14) ≠ the sum of its rows in both columns.',
    edit: (f) => set(f, F.expenditure, 6, { 3: ['01', '01'], 5: ['13.38', '14.38'], 6: ['13.38', '14.38'] }),
    findings: [
      // The summary's 201 581.66 against 表3's 14.38 + 403.88 + 164.40 = 582.66; 表3's 2010301 14.38 against the income
      // table's 13.38; 表3's 合计 617.53 and 321.14 against its rows 618.53 and 14.38 + 271.89 + 4.00 + 31.87 = 322.14.
      error('XT001', F.summary, 6, '582.66', '581.66', '-1.00'),
      error('XT002', F.expenditure, 6, '13.38', '14.38', '1.00'),
      error('TBL002', F.expenditure, 11, '618.53', '617.53', '-1.00'),
      error('TBL002', F.expenditure, 11, '322.14', '321.14', '-1.00'),
      ...FE002,
    ],
  },
  'tbl001-tree-codes-item': {
    layout: 'tree-codes',
    description: 'Tree-style codes: 表5 项 ",,01" 行政运行 (line 8) 13.38 → 13.48 in 合计 and 基本支出 (the row still adds up): its 款 ",03," (line 7, 449.67 / 285.27) ≠ its 项 in both columns, and 2010301 in the general public budget table (13.48) > the expenditure table\'s 13.38 in both columns.',
    edit: (f) => set(f, F.gpb, 8, { 3: ['01', '01'], 5: ['13.38', '13.48'], 6: ['13.38', '13.48'] }),
    findings: [
      // 20103: 13.48 + 271.89 + 164.40 = 449.77 against 449.67, and 13.48 + 271.89 = 285.37 against 285.27; 表5's 13.48 is not ≤ 表3's 13.38.
      error('TBL001', F.gpb, 7, '449.77', '449.67', '-0.10'),
      error('TBL001', F.gpb, 7, '285.37', '285.27', '-0.10'),
      error('XT008', F.gpb, 8, '13.38', '13.48', '0.10'),
      error('XT008', F.gpb, 8, '13.38', '13.48', '0.10'),
      ...FE002,
    ],
  },
  'tbl011-tree-codes-orphan': {
    layout: 'tree-codes',
    description: 'Tree-style codes: 表5 款 row ",05," 行政事业单位养老支出 (line 12) removed; its 项 rows ",,01" and ",,05" (now lines 12 and 13) follow the 类 208 directly. In this layout a 项 row prints only its own level, so without the 款 row its code cannot be completed ("208??01"): an error at each of the two rows, here as a malformed code (TBL010, "skips a level") where the sample layout gives an orphan (TBL011); either names the fault.',
    edit: (f) => {
      set(f, F.gpb, 12, { 2: ['05', '05'], 4: ['行政事业单位养老支出', '行政事业单位养老支出'] });
      removeLine(f, F.gpb, 12);
    },
    findings: [
      { ...error('TBL010', F.gpb, 12), says: 'skips a level' },
      { ...error('TBL010', F.gpb, 13), says: 'skips a level' },
      ...FE002,
    ],
  },
  'tbl003-split-basic-personnel': {
    layout: 'split-basic-columns',
    description: 'Split 基本支出 (人员经费, 公用经费, no 小计): 表5 2010301 行政运行 人员经费 10.38 → 10.48 (line 8): the row\'s 合计 13.38 ≠ 10.48 + 3.00 + 0; its 款 20103 (line 7) 人员经费 268.62 ≠ 10.48 + 258.24; and the general public budget table\'s 基本支出 of 2010301 (13.48) > the expenditure table\'s (13.38, XT008), its 人员经费 (10.48) > the expenditure table\'s all-money 人员经费 (10.38, XT012: XT008 compares 基本支出 alone).',
    edit: (f) => set(f, F.gpb, 8, { 4: ['行政运行', '行政运行'], 6: ['10.38', '10.48'] }),
    findings: [
      // 20103's 人员经费 268.62 against 10.48 + 258.24 = 268.72; 2010301's 合计 13.38 against 10.48 + 3.00 = 13.48; its
      // 基本支出 (人员经费 + 公用经费) 13.48 is not ≤ 表3's 10.38 + 3.00 = 13.38.
      error('TBL001', F.gpb, 7, '268.72', '268.62', '-0.10'),
      error('TBL003', F.gpb, 8, '13.48', '13.38', '-0.10'),
      error('XT008', F.gpb, 8, '13.38', '13.48', '0.10'),
      error('XT012', F.gpb, 8, '10.38', '10.48', '0.10'),
      ...FE002,
    ],
  },
  'fe001-split-basic-pension': {
    layout: 'split-basic-columns',
    description: 'Split 基本支出 (人员经费, 公用经费, no 小计), with the fault of fe001-pension: 表6 30108 31.87 → 32.87 and 30102 106.43 → 105.43 (301 still 300.71); the general public budget table\'s 2080505 基本支出 (人员经费 31.87 + 公用经费 0) is 31.87.',
    edit: (f) => {
      set(f, F.basic, 10, { 4: ['31.87', '32.87'], 5: ['31.87', '32.87'] });
      set(f, F.basic, 8, { 4: ['106.43', '105.43'], 5: ['106.43', '105.43'] });
    },
    findings: [warning('FE001', F.gpb, 14, '32.87', '31.87', '-1.00'), ...FE002],
  },
  'xt006-split-basic-no-subtotal': {
    layout: 'split-basic-columns',
    description: 'Split 基本支出 without a 小计 column, with the fault of xt006-basic-vs-economic: 表6 30201 办公费 5.50 → 5.60 with 302, 公用经费 and the 合计 row raised by 0.10 (the economic table adds up: 321.24); the general public budget table\'s 基本支出 (人员经费 304.49 + 公用经费 16.65, line 15) is still 321.14. Its 公用经费 16.65 (line 15) is the economic table\'s 公用经费 total, now 16.75 (XT012: XT006 compares 基本支出 alone).',
    edit: (f) => {
      set(f, F.basic, 15, { 4: ['5.50', '5.60'], 6: ['5.50', '5.60'] });
      set(f, F.basic, 14, { 4: ['16.65', '16.75'], 6: ['16.65', '16.75'] });
      set(f, F.basic, 28, { 4: ['321.14', '321.24'], 6: ['16.65', '16.75'] });
    },
    findings: [error('XT006', F.gpb, 15, '321.24', '321.14', '-0.10'), error('XT012', F.gpb, 15, '16.75', '16.65', '-0.10'), ...FE002],
  },
  'xt006-split-basic-subtotal': {
    layout: 'split-basic-columns-subtotal',
    description: 'Split 基本支出 with a 小计 column, with the fault of xt006-basic-vs-economic: 表6 30201 办公费 5.50 → 5.60 with 302, 公用经费 and the 合计 row raised by 0.10 (the economic table adds up: 321.24); the general public budget table\'s 基本支出 小计 is still 321.14 (line 15). Its 公用经费 16.65 (line 15) is the economic table\'s 公用经费 total, now 16.75 (XT012: XT006 compares 基本支出 alone).',
    edit: (f) => {
      set(f, F.basic, 15, { 4: ['5.50', '5.60'], 6: ['5.50', '5.60'] });
      set(f, F.basic, 14, { 4: ['16.65', '16.75'], 6: ['16.65', '16.75'] });
      set(f, F.basic, 28, { 4: ['321.14', '321.24'], 6: ['16.65', '16.75'] });
    },
    findings: [error('XT006', F.gpb, 15, '321.24', '321.14', '-0.10'), error('XT012', F.gpb, 15, '16.75', '16.65', '-0.10'), ...FE002],
  },
  'tbl013-one-cell-class-name': {
    layout: 'code-and-name-one-cell',
    description: 'Code and name in one cell: 表3 "208 社会保障和就业支出" printed "208 卫生健康支出" (line 10; the name of 210). Amounts untouched.',
    edit: (f) => set(f, F.expenditure, 10, { 1: ['208 社会保障和就业支出', '208 卫生健康支出'] }),
    findings: [{ rule: 'TBL013', file: F.expenditure, line: 10, severity: 'warning', expected: '社会保障和就业支出', actual: '卫生健康支出' }, ...ONE_CELL_FE002],
  },
  'tbl001-one-cell-item': {
    layout: 'code-and-name-one-cell',
    description: 'Code and name in one cell: 表3 "2080501 行政单位离退休" (line 12) 合计 and 基本支出 4.00 → 4.10 (the row adds up): 20805 (line 11) ≠ its 项 in both columns, and the income table\'s 2080501 (4.00) ≠ the expenditure table\'s (合计).',
    edit: (f) => set(f, F.expenditure, 12, { 1: ['2080501 行政单位离退休', '2080501 行政单位离退休'], 2: ['4.00', '4.10'], 3: ['4.00', '4.10'] }),
    findings: [
      // 20805: 4.10 + 31.87 = 35.97 against 35.87 (合计 and 基本支出); 表3's 2080501 4.10 against the income table's 4.00.
      error('TBL001', F.expenditure, 11, '35.97', '35.87', '-0.10'),
      error('TBL001', F.expenditure, 11, '35.97', '35.87', '-0.10'),
      error('XT002', F.expenditure, 12, '4.00', '4.10', '0.10'),
      ...ONE_CELL_FE002,
    ],
  },
  'tbl003-three-header-income': {
    layout: 'three-header-rows',
    description: 'Three header rows: 表2 2010301 行政运行 (line 9), 一般公共预算 13.38 → 13.48: 财政拨款 小计 13.38 ≠ 13.48 + 0 + 0, and 20103 (line 8) 一般公共预算 449.67 ≠ 13.48 + 271.89 + 164.40. The 总计 (13.38 = 小计 + …) and the cross-table identities (they use 总计 and the column totals) still hold.',
    edit: (f) => set(f, F.income, 9, { 1: ['2010301', '2010301'], 5: ['13.38', '13.48'] }),
    findings: [
      // 20103's 一般公共预算 449.67 against 13.48 + 271.89 + 164.40 = 449.77; 2010301's 小计 13.38 against 13.48 + 0 + 0.
      error('TBL001', F.income, 8, '449.77', '449.67', '-0.10'),
      error('TBL003', F.income, 9, '13.48', '13.38', '-0.10'),
      ...FE002,
    ],
  },
  'xt002-three-header-income': {
    layout: 'three-header-rows',
    description: 'Three header rows, with the fault of xt002-income-row: 表2 0.10 moved from 2010350 事业运行 (line 10) to 2010301 行政运行 (line 9) in 总计, 小计 and 一般公共预算; the income table still adds up, but both rows differ from the expenditure table (lines 8 and 9 there).',
    edit: (f) => {
      set(f, F.income, 9, { 1: ['2010301', '2010301'], 3: ['13.38', '13.48'], 4: ['13.38', '13.48'], 5: ['13.38', '13.48'] });
      set(f, F.income, 10, { 1: ['2010350', '2010350'], 3: ['403.88', '403.78'], 4: ['271.89', '271.79'], 5: ['271.89', '271.79'] });
    },
    findings: [
      error('XT002', F.expenditure, 8, '13.48', '13.38', '-0.10'),
      error('XT002', F.expenditure, 9, '403.78', '403.88', '0.10'),
      ...FE002,
    ],
  },
  'xt010-year-columns-operating-cost': {
    layout: 'year-columns',
    description: 'Year columns in 表10: 机关运行经费 2024年预算数 16.65 → 18.65 (增减额 likewise, line 11); the economic table\'s 公用经费 is 16.65.',
    edit: (f) => set(f, F.three, 11, { 1: ['机关运行经费', '机关运行经费'], 2: ['16.65', '18.65'], 4: ['16.65', '18.65'] }),
    findings: [warning('XT010', F.three, 11, '16.65', '18.65', '2.00'), ...FE002],
  },
  'tbl007-year-columns-parts': {
    layout: 'year-columns',
    description: 'Year columns in 表10: 2024年预算数 of 公务用车运行费 4.00 → 4.20 (line 10; 增减额 4.20 too): 公务用车购置及运行费 4.00 (line 8) ≠ 购置费 0 + 运行费 4.20 in both the 2024 and the 增减额 column (each column is a set of 三公 figures that must add up). The 2023 column is untouched.',
    edit: (f) => set(f, F.three, 10, { 1: ['公务用车运行费', '公务用车运行费'], 2: ['4.00', '4.20'], 4: ['4.00', '4.20'] }),
    findings: [
      // 公务用车购置及运行费 4.00 against 0 + 4.20, in the 2024 and the 增减额 column.
      error('TBL007', F.three, 8, '4.20', '4.00', '-0.20'),
      error('TBL007', F.three, 8, '4.20', '4.00', '-0.20'),
      ...FE002,
    ],
  },
  'tbl008-unit-in-header': {
    layout: 'title-in-first-row-no-table-number',
    description: 'No "表N" row; 表6 with its unit only in the header "预算数（万元）", with the fault of tbl008-personnel-public-split: 合计 row (line 27) 人员经费 304.49 → 294.49 and 公用经费 16.65 → 26.65 (合计 321.14 still their sum): 人员经费 ≠ 301 + 303, 公用经费 ≠ 302, and both columns ≠ the sum of the class rows.',
    edit: (f) => set(f, F.basic, 27, { 3: ['合计', '合计'], 5: ['304.49', '294.49'], 6: ['16.65', '26.65'] }),
    findings: [
      error('TBL002', F.basic, 27, '304.49', '294.49', '-10.00'),
      error('TBL002', F.basic, 27, '16.65', '26.65', '10.00'),
      error('TBL008', F.basic, 27, '304.49', '294.49', '-10.00'),
      error('TBL008', F.basic, 27, '16.65', '26.65', '10.00'),
      { ...FE002_MEDICAL, file: F.basic, line: 10 },
      { ...FE002_HOUSING, file: F.basic, line: 12 },
    ],
  },
  'nc001-narrative-amount': {
    description: 'The narrative (line 188) says 行政运行 is 13.83 万元; 表5 has 13.38 (the edit of fixtures/claims/amount, whose expected finding is NC001 at line 188). Run through checkUnit, as the CLI does.',
    edit: (f) => {
      const doc = f.get(F.narrative);
      const before = doc.text;
      doc.text = doc.text.replace('行政运行（项）：2024 年预算数为 13.38 万元', '行政运行（项）：2024 年预算数为 13.83 万元');
      if (doc.text === before) throw new Error('narrative sentence not found');
    },
    findings: [
      // The narrative's 13.83 against 表5's 13.38.
      error('NC001', F.narrative, 188, '13.38', '13.83', '0.45'),
      ...FE002,
    ],
  },
};
Object.assign(faults, layoutFaults);

Object.assign(faults, {
  'tbl002-total-row-first': {
    layout: 'total-row-first',
    description: '合计 row printed first: 表3 合计 (line 6) 617.53 → 671.53, as tbl002-total-row: ≠ 201 + 208, ≠ 基本支出 + 项目支出, ≠ the summary\'s 支出总计 (XT001 at the summary\'s figure), ≠ the income table\'s 合计 (XT002).',
    edit: (f) => set(f, F.expenditure, 6, { 4: ['合计', '合计'], 5: ['617.53', '671.53'] }),
    findings: [
      error('TBL002', F.expenditure, 6, '617.53', '671.53', '54.00'),
      error('TBL003', F.expenditure, 6, '617.53', '671.53', '54.00'),
      error('XT001', F.summary, 36, '671.53', '617.53', '-54.00'),
      error('XT002', F.expenditure, 6, '617.53', '671.53', '54.00'),
      { ...FE002_MEDICAL, file: F.basic, line: 12 },
      { ...FE002_HOUSING, file: F.basic, line: 14 },
    ],
  },
  'xt006-budget-group-header': {
    layout: 'budget-group-header',
    description: '"2024年预算数" over 表3/表5\'s amount columns, with the fault of xt006-basic-vs-economic: 表6 30201 办公费 5.50 → 5.60 with 302, 公用经费 and the 合计 row raised by 0.10 (321.24); the general public budget table\'s 基本支出 is still 321.14 (line 15).',
    edit: (f) => {
      set(f, F.basic, 15, { 4: ['5.50', '5.60'], 6: ['5.50', '5.60'] });
      set(f, F.basic, 14, { 4: ['16.65', '16.75'], 6: ['16.65', '16.75'] });
      set(f, F.basic, 28, { 4: ['321.14', '321.24'], 6: ['16.65', '16.75'] });
    },
    findings: [error('XT006', F.gpb, 15, '321.24', '321.14', '-0.10'), ...FE002],
  },
  'xt005-income-current-group': {
    layout: 'income-current-group',
    description: '表2 with an "本年收入" group, with the fault of xt005-income-gpb-total: 合计 row (line 15), 一般公共预算拨款收入 485.54 → 485.45. It is ≠ the sum of its classes, 本年收入 小计 617.53 ≠ its parts (485.45 + 131.99), the summary\'s 一般公共预算拨款 485.54 ≠ the column, and the general public budget table\'s total ≠ the column.',
    edit: (f) => set(f, F.income, 15, { 4: ['合计', '合计'], 7: ['485.54', '485.45'] }),
    findings: [
      // As xt005-income-gpb-total; 本年收入 小计 617.53 against 485.45 + 131.99 = 617.44.
      error('TBL002', F.income, 15, '485.54', '485.45', '-0.09'),
      error('TBL003', F.income, 15, '617.44', '617.53', '0.09'),
      error('XT003', F.summary, 7, '485.45', '485.54', '0.09'),
      error('XT005', F.gpb, 15, '485.45', '485.54', '0.09'),
      ...FE002,
    ],
  },
  'tbl005-flat-appropriation-current-income': {
    layout: 'flat-appropriation',
    description: 'Flat 表4: 本年收入合计 485.54 → 486.54 (line 36): ≠ the numbered fund lines (485.54 + 0 + 0), and 收入总计 485.54 (line 38) ≠ 本年收入合计 + 上年结转 (486.54 + 0); 本年收入合计 is this year\'s 财政拨款 income, which the income table prints as its 财政拨款（补助）小计 485.54 (XT012, at line 36).',
    edit: (f) => set(f, F.appropriation, 36, { 1: ['本年收入合计', '本年收入合计'], 2: ['485.54', '486.54'] }),
    findings: [
      // 本年收入合计 486.54 against 485.54 + 0 + 0; 收入总计 485.54 against 486.54 + 0.
      error('TBL005', F.appropriation, 36, '485.54', '486.54', '1.00'),
      error('TBL005', F.appropriation, 38, '486.54', '485.54', '-1.00'),
      error('XT012', F.appropriation, 36, '485.54', '486.54', '1.00'),
      ...FE002,
    ],
  },
  'xt001-summary-basic-project-columns': {
    layout: 'summary-basic-project-columns',
    description: '表1 with 合计 | 基本支出 | 项目支出 on the expenditure side: 0.10 moved from 基本支出 to 项目支出 of class 201 (285.27 → 285.17, 296.39 → 296.49; the row still adds up to 581.66), and likewise in 支出总计 (321.14 → 321.04, 296.39 → 296.49): the summary adds up, but class 201\'s 基本支出 and 项目支出 differ from the expenditure table\'s 201 (XT001), and 支出总计\'s from the expenditure table\'s 合计 row (XT012: XT001 compares 支出总计 in its 合计 column alone).',
    edit: (f) => {
      set(f, F.summary, 6, { 5: ['285.27', '285.17'], 6: ['296.39', '296.49'] });
      set(f, F.summary, 36, { 5: ['321.14', '321.04'], 6: ['296.39', '296.49'] });
    },
    findings: [
      // Class 201's 基本支出 285.17 and 项目支出 296.49 against 表3's 285.27 and 296.39.
      error('XT001', F.summary, 6, '285.27', '285.17', '-0.10'),
      error('XT001', F.summary, 6, '296.39', '296.49', '0.10'),
      error('XT012', F.summary, 36, '321.14', '321.04', '-0.10'),
      error('XT012', F.summary, 36, '296.39', '296.49', '0.10'),
      ...FE002,
    ],
  },
});

Object.assign(faults, {
  'xt012-summary-personnel-below-economic': {
    layout: 'summary-personnel-public-columns',
    description: '表1 with 人员经费 and 公用经费 columns: 10.00 moved from 人员经费 to 公用经费 in class 201 (268.62 → 258.62, 16.65 → 26.65) and in 支出总计 (304.49 → 294.49, 16.65 → 26.65). The summary still adds up (581.66 = 258.62 + 26.65 + 296.39; 支出总计 617.53 = 294.49 + 26.65 + 296.39; 294.49 = 258.62 + 35.87). Not all of the unit\'s money is general public budget (单位资金 131.99), so the summary\'s all-money figures must be at least the economic table\'s: 人员经费 294.49 < 表6\'s 304.49 is an error (XT012, at 表1 line 36); 公用经费 26.65 ≥ 16.65 is allowed (other money may pay 公用经费). No other table prints 人员经费 by class, and the narrative\'s 304.49 and 16.65 are 表6\'s.',
    edit: (f) => {
      set(f, F.summary, 6, { 5: ['268.62', '258.62'], 6: ['16.65', '26.65'] });
      set(f, F.summary, 36, { 5: ['304.49', '294.49'], 6: ['16.65', '26.65'] });
    },
    findings: [
      {
        ...error('XT012', F.summary, 36, '304.49', '294.49', '-10.00'),
        says: '支出合计 人员经费: 表1-单位收支总体情况表.csv:36 支 出 总 计 支出/人员经费 (all money) has 294.49 万元, less than its 一般公共预算 part, which 表6-一般公共预算基本支出情况表.csv:28 合计 人员经费 prints as 304.49 万元',
      },
      ...FE002,
    ],
  },
  'xt012-all-gpb-summary-personnel-public': {
    layout: 'summary-personnel-public-columns',
    description: 'All money general public budget (as xt008-all-gpb-not-equal: 单位资金 131.99 removed from the summary, the income and the expenditure tables, 表1\'s 项目支出 of 201 and 支出总计 296.39 → 164.40; the narrative, which states 617.53 and 131.99, left out), and 10.00 moved from 人员经费 to 公用经费 in 表1\'s class 201 and 支出总计 (294.49, 26.65). All money being general public budget, 表1\'s 支出总计 人员经费 and 公用经费 are the economic table\'s 合计 人员经费 304.49 and 公用经费 16.65: two errors (XT012, at 表1 line 36).',
    edit: (f) => {
      allGpb(f);
      f.delete(F.narrative);
      set(f, F.summary, 6, { 5: ['268.62', '258.62'], 6: ['16.65', '26.65'], 7: ['296.39', '164.40'] });
      set(f, F.summary, 36, { 5: ['304.49', '294.49'], 6: ['16.65', '26.65'], 7: ['296.39', '164.40'] });
    },
    findings: [
      {
        ...error('XT012', F.summary, 36, '304.49', '294.49', '-10.00'),
        says: "支出合计 人员经费 is one figure, since all of the unit's income is 一般公共预算, printed twice: 表1-单位收支总体情况表.csv:36 支 出 总 计 支出/人员经费 (all money) has 294.49 万元, 表6-一般公共预算基本支出情况表.csv:28 合计 人员经费 (一般公共预算) has 304.49 万元 (difference -10.00)",
      },
      {
        ...error('XT012', F.summary, 36, '16.65', '26.65', '10.00'),
        says: "支出合计 公用经费 is one figure, since all of the unit's income is 一般公共预算, printed twice: 表1-单位收支总体情况表.csv:36 支 出 总 计 支出/公用经费 (all money) has 26.65 万元, 表6-一般公共预算基本支出情况表.csv:28 合计 公用经费 (一般公共预算) has 16.65 万元 (difference 10.00)",
      },
      ...FE002,
    ],
  },
  'tbl008-two-halves-personnel': {
    layout: 'basic-two-halves',
    description: '表6 in two halves, 人员经费合计 304.49 mistyped as 305.49 (line 17): ≠ 301 + 303 (300.71 + 3.78), and the 合计 321.14 (line 18) ≠ 人员经费 + 公用经费 (305.49 + 16.65).',
    edit: (f) => set(f, F.basic, 17, { 3: ['304.49', '305.49'] }),
    findings: [
      // 人员经费合计 305.49 against 301 + 303 = 300.71 + 3.78 = 304.49; 合计 321.14 against 305.49 + 16.65 = 322.14.
      error('TBL008', F.basic, 17, '304.49', '305.49', '1.00'),
      error('TBL003', F.basic, 18, '322.14', '321.14', '-1.00'),
      ...FE002,
    ],
  },
  'tbl005-paren-numbering': {
    layout: 'summary-paren-numbering',
    description: '表1 with items numbered "（一）…（五）", with the fault of tbl005-current-income: 一、本年收入 617.53 → 671.53 (line 6): ≠ its items (485.54 + 131.99), and 收入总计 617.53 (line 36) ≠ 本年收入 + 上年结转结余.',
    edit: (f) => set(f, F.summary, 6, { 1: ['一、本年收入', '一、本年收入'], 2: ['617.53', '671.53'] }),
    findings: [
      error('TBL005', F.summary, 6, '617.53', '671.53', '54.00'),
      error('TBL005', F.summary, 36, '671.53', '617.53', '-54.00'),
      ...FE002,
    ],
  },
  'tbl007-three-public-labels': {
    layout: 'three-public-labels',
    description: '表10 with numbered labels ("“三公”经费合计", "2.公务接待费" …), with the fault of tbl007-three-public-parts: 2.公务接待费 0.40 → 0.60 in both columns (line 8): “三公”经费合计 4.40 (line 6) ≠ 0 + 4.00 + 0.60 in both columns.',
    edit: (f) => set(f, F.three, 8, { 1: ['2.公务接待费', '2.公务接待费'], 2: ['0.40', '0.60'], 3: ['0.40', '0.60'] }),
    findings: [
      error('TBL007', F.three, 6, '4.60', '4.40', '-0.20'),
      error('TBL007', F.three, 6, '4.60', '4.40', '-0.20'),
      ...FE002,
    ],
  },
  'xt007-project-no-subtotals': {
    layout: 'project-no-subtotals',
    description: '表7 without 类/款 subtotal rows, with the fault of xt007-project-subject: the project "12345 政务服务便民热线项目" (69.40, line 9) filed under 2010350 instead of 2010399: 2010399\'s 项目支出 164.40 (表5 line 10) ≠ its projects 95.00, and 2010350\'s 项目支出 (empty, 表5 line 9) ≠ 69.40.',
    edit: (f) => set(f, F.project, 9, { 1: ['2010399', '2010350'], 3: ['12345 政务服务便民热线项目', '12345 政务服务便民热线项目'] }),
    findings: [
      error('XT007', F.gpb, 9, '69.40', '0.00', '-69.40'),
      error('XT007', F.gpb, 10, '95.00', '164.40', '69.40'),
      ...FE002,
    ],
  },
});

// ---------------------------------------------------------------------------------------------
// Faults for the places a wrong number could hide: the project table's subject sums, subtractive terms, a
// decimal point shifted, a 元 table against a 万元 table, a bound against blank cells, an unrecognised file.

/** The sample's two NC006 notes: growth from a zero prior stated as 100.00% (a convention, not a ratio). */
const SAMPLE_NOTES = [
  { rule: 'NC006', file: F.narrative, line: 211, severity: 'note', actual: '100.00', says: '100.00% growth from a zero prior (164.40 万元 is all new)' },
  { rule: 'NC006', file: F.narrative, line: 395, severity: 'note', actual: '100.00', says: '100.00% growth from a zero prior (4.00 万元 is all new)' },
];

/** The sample's FE002 warnings where 表6 is printed in 元 (the yuan-mixed layout). */
const YUAN_FE002 = [
  { ...FE002_MEDICAL, file: F.basic, line: 11, says: '30110 职工基本医疗保险缴费 has 89,800.00 元' },
  { ...FE002_HOUSING, file: F.basic, line: 13, says: '30113 住房公积金 has 258,400.00 元' },
];

/**
 * The 8.98 of 30110 职工基本医疗保险缴费 booked under its function subject, in two rows: 2101101 行政单位医疗 5.00 and
 * 2101102 事业单位医疗 3.98 (of 2010350 事业运行's 基本支出, now 262.91), with 类 210 and 款 21011 above them, in the
 * income, expenditure, general public budget, summary and appropriation tables. Every table still adds up and
 * agrees with the others; 30110 has its function subject (no FE002 for it). The narrative, which states the
 * sample's 581.66 and 271.89, is left out.
 */
function medicalSubjects(f) {
  f.delete(F.narrative);
  const medical = [
    ['210', '', '', '卫生健康支出'],
    ['210', '11', '', '行政事业单位医疗'],
    ['210', '11', '01', '行政单位医疗'],
    ['210', '11', '02', '事业单位医疗'],
  ];
  const amounts = ['8.98', '8.98', '5.00', '3.98'];
  for (const line of [6, 7]) set(f, F.gpb, line, { 5: ['449.67', '440.69'], 6: ['285.27', '276.29'] });
  set(f, F.gpb, 9, { 5: ['271.89', '262.91'], 6: ['271.89', '262.91'] });
  medical.forEach((cells, i) => insertLine(f, F.gpb, 15 + i, [...cells, amounts[i], amounts[i], '']));
  for (const line of [6, 7]) set(f, F.expenditure, line, { 5: ['581.66', '572.68'], 6: ['285.27', '276.29'] });
  set(f, F.expenditure, 9, { 5: ['403.88', '394.90'], 6: ['271.89', '262.91'] });
  medical.forEach((cells, i) => insertLine(f, F.expenditure, 15 + i, [...cells, amounts[i], amounts[i], '']));
  for (const line of [6, 7]) set(f, F.income, line, { 5: ['581.66', '572.68'], 6: ['449.67', '440.69'], 7: ['449.67', '440.69'] });
  set(f, F.income, 9, { 5: ['403.88', '394.90'], 6: ['271.89', '262.91'], 7: ['271.89', '262.91'] });
  medical.forEach((cells, i) => insertLine(f, F.income, 15 + i, [...cells, amounts[i], amounts[i], amounts[i]]));
  set(f, F.summary, 6, { 4: ['581.66', '572.68'] });
  set(f, F.summary, 15, { 3: ['210 卫生健康支出', '210 卫生健康支出'], 4: ['', '8.98'] });
  set(f, F.appropriation, 6, { 4: ['449.67', '440.69'], 5: ['449.67', '440.69'] });
  set(f, F.appropriation, 15, { 3: ['210 卫生健康支出', '210 卫生健康支出'], 4: ['', '8.98'], 5: ['', '8.98'] });
}

Object.assign(faults, {
  'tbl001-project-subject-sum': {
    description: '表7: the project 克州政务服务和公共资源交易中心政府集中采购项目评审专家费 (line 9) 3.00 → 3.30 in 项目支出合计 and 商品和服务支出 (the row still adds up). The project table prints no 项 rows, so its projects sum to their 款 20103 (line 7): 164.40 ≠ 50.00 + 3.30 + 30.00 + 12.00 + 69.40 = 164.70, and 113.20 ≠ 3.30 + 30.00 + 10.80 + 69.40 = 113.50. The general public budget table\'s 项目支出 of 2010399 (164.40, line 10) ≠ its projects (164.70).',
    edit: (f) => set(f, F.project, 9, { 6: ['3.00', '3.30'], 8: ['3.00', '3.30'] }),
    findings: [
      { ...error('TBL001', F.project, 7, '164.70', '164.40', '-0.30'), says: '20103 政府办公厅（室）及相关机构事务 项目支出合计 is 164.40 万元, but its 5 parts add up to 164.70 万元', components: [at(F.project, 8, '50.00'), at(F.project, 9, '3.30'), at(F.project, 10, '30.00'), at(F.project, 11, '12.00'), at(F.project, 12, '69.40')] },
      error('TBL001', F.project, 7, '113.50', '113.20', '-0.30'),
      error('XT007', F.gpb, 10, '164.70', '164.40', '-0.30'),
      ...FE002,
    ],
  },
  'fe001-two-function-rows': {
    description: 'The 8.98 of 30110 booked under two function subjects (see medicalSubjects: 2101101 行政单位医疗 5.00 at 表5 line 17, 2101102 事业单位医疗 3.98 at line 18), then 表6 30110 职工基本医疗保险缴费 8.98 → 9.98 and 30102 津贴补贴 106.43 → 105.43 (301 still 300.71). FE001 states the first function row against the economic items less the other function rows: 5.00 ≠ 9.98 − 3.98 = 6.00. The sample\'s FE002 for 30110 is gone (its subject is printed); the one for 30113 stays.',
    edit: (f) => {
      medicalSubjects(f);
      set(f, F.basic, 11, { 4: ['8.98', '9.98'], 5: ['8.98', '9.98'] });
      set(f, F.basic, 8, { 4: ['106.43', '105.43'], 5: ['106.43', '105.43'] });
    },
    findings: [{ ...warning('FE001', F.gpb, 17, '6.00', '5.00', '-1.00'), says: 'economic 30110+30111 is 6.00 万元, but function 2101101+2101102 has 5.00 万元 of 基本支出', components: [at(F.basic, 11, '9.98'), at(F.gpb, 18, '-3.98')] }, FE002[1]],
  },
  'tbl001-decimal-shift-up': {
    description: '表3 2080501 行政单位离退休 (line 13) 4.00 printed 40.00 (合计 and 基本支出, the row still adds up): its 款 20805 35.87 (line 12) ≠ 40.00 + 31.87 = 71.87 in both columns, and the income table\'s 2080501 (4.00) ≠ the expenditure table\'s 40.00.',
    edit: (f) => set(f, F.expenditure, 13, { 5: ['4.00', '40.00'], 6: ['4.00', '40.00'] }),
    findings: [
      { ...error('TBL001', F.expenditure, 12, '71.87', '35.87', '-36.00'), says: '20805 行政事业单位养老支出 合计 is 35.87 万元, but its 2 parts add up to 71.87 万元', components: [at(F.expenditure, 13, '40.00'), at(F.expenditure, 14, '31.87')] },
      error('TBL001', F.expenditure, 12, '71.87', '35.87', '-36.00'),
      error('XT002', F.expenditure, 13, '4.00', '40.00', '36.00'),
      ...FE002,
    ],
  },
  'tbl003-decimal-shift-down': {
    description: '表7 the project 克州政务服务和公共资源交易中心大厅软硬件维护项目 (line 10): 项目支出合计 30.00 printed 3.00, its 商品和服务支出 still 30.00: the row ≠ its economic columns (3.00 against 30.00); its 款 20103 (line 7) 164.40 ≠ 50.00 + 3.00 + 3.00 + 12.00 + 69.40 = 137.40; and the general public budget table\'s 项目支出 of 2010399 (164.40, line 10) ≠ its projects (137.40).',
    edit: (f) => set(f, F.project, 10, { 6: ['30.00', '3.00'] }),
    findings: [
      error('TBL003', F.project, 10, '30.00', '3.00', '-27.00'),
      error('TBL001', F.project, 7, '137.40', '164.40', '27.00'),
      error('XT007', F.gpb, 10, '137.40', '164.40', '27.00'),
      ...FE002,
    ],
  },
  'xt008-yuan-table-above-wanyuan': {
    layout: 'yuan-mixed',
    description: '表5 in 元 (the others in 万元): 2010301 行政运行 (line 8) 133,800.00 → 134,800.00 元 in 合计 and 基本支出 (the row still adds up). Its 款 20103 (line 7, 4,496,700.00 and 2,852,700.00 元) ≠ 134,800.00 + 2,718,900.00 + 1,644,000.00 = 4,497,700.00 and 134,800.00 + 2,718,900.00 = 2,853,700.00; and 134,800.00 元 in the general public budget table > 13.38 万元 (133,800.00 元) in the expenditure table, in both columns: figures in 元, those of the 元 table.',
    edit: (f) => set(f, F.gpb, 8, { 5: ['133,800.00', '134,800.00'], 6: ['133,800.00', '134,800.00'] }),
    findings: [
      error('TBL001', F.gpb, 7, '4497700.00', '4496700.00', '-1000.00'),
      error('TBL001', F.gpb, 7, '2853700.00', '2852700.00', '-1000.00'),
      { ...error('XT008', F.gpb, 8, '133800.00', '134800.00', '1000.00'), says: '2010301 行政运行 合计: the general public budget table has 134800.00 元, more than the expenditure table\'s 133800.00 元', components: [at(F.expenditure, 8, '13.38')] },
      error('XT008', F.gpb, 8, '133800.00', '134800.00', '1000.00'),
      ...YUAN_FE002,
    ],
  },
  'xt008-above-blank-cells': {
    description: '表5: 0.10 of 基本支出 moved from 2010350 事业运行 (line 9: 合计 and 基本支出 271.89 → 271.79) to 2010399 (line 10: 基本支出 blank → 0.10, 合计 164.40 → 164.50); the table still adds up. The expenditure table\'s 2010399 has no 基本支出 (a blank cell: an exact zero): 0.10 ≤ 0 fails, as does 164.50 ≤ 164.40.',
    edit: (f) => {
      set(f, F.gpb, 9, { 5: ['271.89', '271.79'], 6: ['271.89', '271.79'] });
      set(f, F.gpb, 10, { 5: ['164.40', '164.50'], 6: ['', '0.10'] });
    },
    findings: [
      error('XT008', F.gpb, 10, '164.40', '164.50', '0.10'),
      { ...error('XT008', F.gpb, 10, '0.00', '0.10', '0.10'), says: '基本支出: the general public budget table has 0.10 万元, more than the expenditure table\'s 0.00 万元', components: [at(F.expenditure, 10, '0.00')] },
      ...FE002,
    ],
  },
  'cp005-unrecognised-file': {
    layout: 'extra-unknown-sheet',
    description: 'Two CSV files the tool does not check ("Sheet12.csv", no title; "表12-政府采购预算表.csv", a table no rule reads): a note for each, at its line 1, besides the sample\'s findings (its two NC006 notes included, since notes are compared here).',
    edit: () => {},
    findings: [
      { ...note('CP005', 'Sheet12.csv', 1), says: 'Sheet12.csv: no known table title in its first rows' },
      { ...note('CP005', '表12-政府采购预算表.csv', 1), says: '表12-政府采购预算表.csv: a table that no rule reads (政府采购预算表)' },
      ...SAMPLE_NOTES,
      ...FE002,
    ],
  },
});

// ---------------------------------------------------------------------------------------------
// Faults that change a figure the narrative states: since the claim rules run with the table rules, the narrative
// now contradicts the table (NC001 at the narrative's line). Each line checked by hand against the sample's narrative.

const NARRATIVE_CONSEQUENCES = {
  // [line, what, the table's figure now (expected), the narrative's (actual)]; the difference is actual − expected.
  'tbl008-two-halves-personnel': [[240, '人员经费 304.49 万元 (表6 人员经费合计 now 305.49)', '305.49', '304.49', '-1.00']],
  'tbl001-changed-cell': [[195, '事业运行（项）：2024 年预算数为 271.89 万元 (表5 now 271.98)', '271.98', '271.89', '-0.09']],
  'tbl001-tree-codes-item': [[188, '行政运行（项）：2024 年预算数为 13.38 万元 (表5 now 13.48)', '13.48', '13.38', '-0.10']],
  'tbl007-three-public-parts': [[383, '公务接待费 0.40 万元 (表10 now 0.60)', '0.60', '0.40', '-0.20']],
  'tbl007-three-public-labels': [[383, '公务接待费 0.40 万元 (表10 now 0.60)', '0.60', '0.40', '-0.20']],
  'tbl007-year-columns-parts': [[383, '公务用车运行费 4.00 万元 (表10 now 4.20)', '4.20', '4.00', '-0.20']],
  'tbl008-personnel-public-split': [
    [240, '人员经费 304.49 万元 (表6 合计 row now 294.49)', '294.49', '304.49', '10.00'],
    [248, '公用经费 16.65 万元 (表6 合计 row now 26.65)', '26.65', '16.65', '-10.00'],
    [419, '运行经费财政拨款预算 16.65 万元 (= 公用经费, docs/checks.md B9; 表6 now 26.65)', '26.65', '16.65', '-10.00'],
  ],
  'tbl008-unit-in-header': [
    [240, '人员经费 304.49 万元 (表6 合计 row now 294.49)', '294.49', '304.49', '10.00'],
    [248, '公用经费 16.65 万元 (表6 合计 row now 26.65)', '26.65', '16.65', '-10.00'],
    [419, '运行经费财政拨款预算 16.65 万元 (= 公用经费, docs/checks.md B9; 表6 now 26.65)', '26.65', '16.65', '-10.00'],
  ],
  'xt003-summary-income-item': [[103, '单位资金 131.99 万元 (表1 now 131.89)', '131.89', '131.99', '0.10']],
  'xt004-appropriation-class': [
    // Line 150 names its table ("一般公共预算支出包括：一般公共服务支出 449.67 万元") and is checked against the
    // general public budget table, which still says 449.67; the next sentence has no such words and is read in
    // its section, the 财政拨款收支总表's.
    [154, '社会保障和就业支出 35.87 万元 (表4 now 35.78)', '35.78', '35.87', '0.09'],
  ],
  'xt006-basic-vs-economic': [
    [248, '公用经费 16.65 万元 (表6 now 16.75)', '16.75', '16.65', '-0.10'],
    [419, '运行经费财政拨款预算 16.65 万元 (= 公用经费, docs/checks.md B9; 表6 now 16.75)', '16.75', '16.65', '-0.10'],
  ],
  'xt006-split-basic-no-subtotal': [
    [248, '公用经费 16.65 万元 (表6 now 16.75)', '16.75', '16.65', '-0.10'],
    [419, '运行经费财政拨款预算 16.65 万元 (= 公用经费, docs/checks.md B9; 表6 now 16.75)', '16.75', '16.65', '-0.10'],
  ],
  'xt006-split-basic-subtotal': [
    [248, '公用经费 16.65 万元 (表6 now 16.75)', '16.75', '16.65', '-0.10'],
    [419, '运行经费财政拨款预算 16.65 万元 (= 公用经费, docs/checks.md B9; 表6 now 16.75)', '16.75', '16.65', '-0.10'],
  ],
  'xt006-budget-group-header': [
    [248, '公用经费 16.65 万元 (表6 now 16.75)', '16.75', '16.65', '-0.10'],
    [419, '运行经费财政拨款预算 16.65 万元 (= 公用经费, docs/checks.md B9; 表6 now 16.75)', '16.75', '16.65', '-0.10'],
  ],
  'xt009-reception-below-30217': [
    [379, '“三公”经费数为 4.40 万元 (表10 合计 now 4.20)', '4.20', '4.40', '0.20'],
    [383, '公务接待费 0.40 万元 (表10 now 0.20)', '0.20', '0.40', '0.20'],
  ],
  'tbl001-project-subject-sum': [[287, '评审专家费: 预算安排规模：3.00 万元 (表7 now 3.30)', '3.30', '3.00', '-0.30']],
  'tbl003-decimal-shift-down': [[307, '大厅软硬件维护项目: 预算安排规模：30.00 万元 (表7 now 3.00)', '3.00', '30.00', '27.00']],
  'xt008-yuan-table-above-wanyuan': [[188, '行政运行（项）：2024 年预算数为 13.38 万元 (表5 now 134,800.00 元, 13.48 万元)', '13.48', '13.38', '-0.10']],
  'xt008-above-blank-cells': [
    [195, '事业运行（项）：2024 年预算数为 271.89 万元 (表5 now 271.79)', '271.79', '271.89', '0.10'],
    [209, '其他政府办公厅（室）及相关机构事务支出（项）：2024年预算数为164.40万元 (表5 now 164.50)', '164.50', '164.40', '-0.10'],
  ],
};
for (const [name, lines] of Object.entries(NARRATIVE_CONSEQUENCES)) {
  const c = faults[name];
  if (!c || typeof c.findings === 'function') throw new Error(`narrative consequences: no fault ${name}`);
  c.findings = [...c.findings, ...lines.map(([line, , expected, actual, difference]) => error('NC001', F.narrative, line, expected, actual, difference))];
  c.description += ` The narrative states the figure before the fault: ${lines.map(([line, what]) => `NC001 at line ${line}, "${what}"`).join('; ')}.`;
}

// ---------------------------------------------------------------------------------------------
// Rounding: figures that differ only within rounding. No error, no warning: a note for each difference,
// with its figures and the number of printed figures whose rounding explains it (blank cells are exact zeros
// and count for nothing), worked out by hand; and the sample's two NC006 notes.

/**
 * The sample without its two FE002 warnings: 30110 (8.98) and 30113 (25.84) booked together as
 * 30199 其他工资福利支出 34.82 (301 unchanged), so that a rounding case can be checked for no warning at all.
 */
function cleanBaseline(f) {
  set(f, F.basic, 13, { 2: ['13', '99'], 3: ['住房公积金', '其他工资福利支出'], 4: ['25.84', '34.82'], 5: ['25.84', '34.82'] });
  set(f, F.basic, 11, { 2: ['10', '10'] });
  removeLine(f, F.basic, 11);
}

/** A difference within rounding: a note with its figures, explained by the rounding of `printed` figures. */
function withinRounding(rule, file, line, expected, actual, difference, printed) {
  return { ...note(rule, file, line, expected, actual, difference), says: `within rounding: a difference of ${difference} 万元 is explained by the rounding of ${printed} printed figures` };
}

const CLEAN = 'On a clean baseline (the sample with 30110 8.98 and 30113 25.84 booked as 30199 其他工资福利支出 34.82, so that the sample\'s two FE002 warnings go away): ';

const rounding = {
  'economic-302-class': {
    description: '表6: the 302 class row printed 16.66 (合计 and 公用经费) while its ten items add up to 16.65, and the 合计 row still 321.14 / 16.65: every difference is within the rounding of the printed figures.',
    edit: (f) => set(f, F.basic, 13, { 4: ['16.65', '16.66'], 6: ['16.65', '16.66'] }),
    notes: [
      // 302 (line 13): 16.66 against its ten printed items' 16.65, in 合计 and 公用经费: 11 printed figures.
      withinRounding('TBL001', F.basic, 13, '16.65', '16.66', '0.01', 11),
      withinRounding('TBL001', F.basic, 13, '16.65', '16.66', '0.01', 11),
      // 合计 row (line 27): 321.14 against 300.71 + 16.66 + 3.78 = 321.15 (4 printed); 公用经费 16.65 against 302's
      // 16.66 (301 and 303 print none there: 2 printed), as the total row and as 公用经费 = 302.
      withinRounding('TBL002', F.basic, 27, '321.15', '321.14', '-0.01', 4),
      withinRounding('TBL002', F.basic, 27, '16.66', '16.65', '-0.01', 2),
      withinRounding('TBL008', F.basic, 27, '16.66', '16.65', '-0.01', 2),
    ],
  },
  'economic-table-in-yuan': {
    description: '表6 in 元, its figures exact in 元 but not whole 万元: 30101 基本工资 743,140.00 (74.314 万元), so 301, 人员经费 and the 合计 row are 40 元 more than the 万元 tables say (合计 3,211,440.00 元 against 基本支出 321.14 万元): within the rounding of a 万元 figure (±50 元).',
    edit: (f) => {
      set(f, F.basic, 7, { 4: ['74.31', '74.314'], 5: ['74.31', '74.314'] });
      set(f, F.basic, 6, { 4: ['300.71', '300.714'], 5: ['300.71', '300.714'] });
      set(f, F.basic, 27, { 4: ['321.14', '321.144'], 5: ['304.49', '304.494'] });
      const doc = csv(f, F.basic);
      doc.rows = doc.rows.map((row, i) => row.map((c) => (i < 3 ? c.replace('单位：万元', '单位：元') : toYuan3(c))));
    },
    notes: [
      // 表5's 基本支出 total 321.14 万元 against the economic table's 3,211,440.00 元 (321.144 万元): 2 printed figures.
      withinRounding('XT006', F.gpb, 15, '321.14', '321.14', '-0.004', 2),
    ],
  },
  'gpb-class-201': {
    description: '表5: class 201 printed 449.68 (合计) while 20103 is 449.67, 基本支出 + 项目支出 449.67, and the appropriation table has 449.67; the 合计 row 485.54 against 449.68 + 35.87. Only rounding differences.',
    edit: (f) => set(f, F.gpb, 6, { 5: ['449.67', '449.68'] }),
    notes: [
      // 201 (line 6) 449.68 against its one 款 449.67 and against 基本支出 + 项目支出 285.27 + 164.40 = 449.67; the
      // appropriation table's 449.67 against it; the 合计 row 485.54 against 449.68 + 35.87 = 485.55.
      withinRounding('TBL001', F.gpb, 6, '449.67', '449.68', '0.01', 2),
      withinRounding('TBL003', F.gpb, 6, '449.67', '449.68', '0.01', 3),
      withinRounding('XT004', F.appropriation, 6, '449.68', '449.67', '-0.01', 2),
      withinRounding('TBL002', F.gpb, 15, '485.55', '485.54', '-0.01', 3),
    ],
  },
  'summary-personnel-public': {
    description: '表1 with 人员经费 and 公用经费 columns (as the variant summary-personnel-public-columns) and 表3, 表5 with 基本支出 split into 人员经费 and 公用经费 (as split-basic-columns): 表1\'s 支出总计 prints 人员经费 304.48 and 公用经费 16.66 (their sum 321.14 unchanged), 表3\'s 合计 row 304.49 and 16.65. Each differs from the expenditure table\'s all-money figure by 0.01, within the rounding of two printed figures: a note each (XT012), and notes for 支出总计 against its classes.',
    edit: (f) => {
      splitBasic(f, false);
      summaryPersonnelPublic(f);
      set(f, F.summary, 36, { 5: ['304.49', '304.48'], 6: ['16.65', '16.66'] });
    },
    notes: [
      // 支出总计 (line 36) 人员经费 304.48 against its classes 268.62 + 35.87 = 304.49 (3 printed figures), and
      // against 表3's 合计 人员经费 304.49 (2); 公用经费 16.66 against 201's 16.65 (2), and 表3's 16.65 (2).
      withinRounding('TBL005', F.summary, 36, '304.49', '304.48', '-0.01', 3),
      withinRounding('XT012', F.summary, 36, '304.49', '304.48', '-0.01', 2),
      withinRounding('TBL005', F.summary, 36, '16.65', '16.66', '0.01', 2),
      withinRounding('XT012', F.summary, 36, '16.65', '16.66', '0.01', 2),
    ],
  },
  'summary-rounded-classes': {
    description: '表1: class 201 printed 581.67 and 208 35.86 (支出总计 617.53 unchanged): each differs from the expenditure table by 0.01, within the rounding of two printed figures.',
    edit: (f) => {
      set(f, F.summary, 6, { 4: ['581.66', '581.67'] });
      set(f, F.summary, 13, { 4: ['35.87', '35.86'] });
    },
    notes: [
      withinRounding('XT001', F.summary, 6, '581.66', '581.67', '0.01', 2),
      withinRounding('XT001', F.summary, 13, '35.87', '35.86', '-0.01', 2),
    ],
  },
};

// ---------------------------------------------------------------------------------------------
// Unreadable input: exit 2, one line naming the file and line, no stack trace.

const unreadable = {
  'unterminated-quote': {
    description: '表5 line 9: the 合计 cell opens a quote that never closes.',
    raw: (f) => {
      set(f, F.gpb, 9, { 5: ['271.89', '"271.89'] });
      // serialise() would escape the quote; write the broken line as it is.
      const doc = csv(f, F.gpb);
      const text = doc.rows.map((r, i) => (i === 8 ? r.join(',') : r.map(quote).join(','))).join(doc.eol) + doc.eol;
      f.set(F.gpb, { type: 'raw', bytes: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]) });
    },
    expected: { exit: 2, file: F.gpb, line: 9 },
  },
  'binary-bytes': {
    description: '表6 line 10: control bytes (0x00 0x01 0x02 0x1b) in the middle of the row, as from a corrupted copy.',
    raw: (f) => {
      const bytes = serialise(csv(f, F.basic));
      const text = bytes.toString('latin1');
      let offset = 0;
      for (let line = 1; line < 10; line++) offset = text.indexOf('\n', offset) + 1;
      f.set(F.basic, { type: 'raw', bytes: Buffer.concat([bytes.subarray(0, offset + 4), Buffer.from([0x00, 0x01, 0x02, 0x1b]), bytes.subarray(offset + 4)]) });
    },
    expected: { exit: 2, file: F.basic, line: 10 },
  },
  'truncated-utf8': {
    description: '表3 cut off in the middle of line 9, inside the first character of 事业运行 (after the first byte of its three UTF-8 bytes).',
    raw: (f) => {
      const bytes = serialise(csv(f, F.expenditure));
      const cut = bytes.indexOf(Buffer.from('事业运行', 'utf8'));
      f.set(F.expenditure, { type: 'raw', bytes: bytes.subarray(0, cut + 1) });
    },
    expected: { exit: 2, file: F.expenditure, line: 9 },
  },
  'empty-directory': {
    description: 'A unit directory with no file but .gitkeep (which the loader must ignore): no budget tables, exit 2 naming the directory.',
    empty: true,
    expected: { exit: 2, file: '.', line: null },
  },
};

// ---------------------------------------------------------------------------------------------

function byPlace(a, b) {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0);
}

function main() {
  const sample = loadSample();
  // Build every unit in memory first, so that a failing edit leaves the fixtures as they were.
  const units = [];
  for (const [name, v] of Object.entries(variants)) {
    const made = v.make(clone(sample));
    const files = made instanceof Map ? made : made.files;
    const basicName = made instanceof Map ? F.basic : made.basicName;
    const extra = {};
    if (v.figuresExcept) extra.figuresExcept = v.figuresExcept;
    if (v.unrecognised) extra.unrecognised = v.unrecognised;
    if (v.noNarrative) extra.noNarrative = true;
    units.push([join('variants', name), files, { description: v.description, findings: findingsIn(files, basicName).sort(byPlace), ...extra }]);
  }
  for (const [name, c] of Object.entries(faults)) {
    // A fault in another layout: the variant first, then the edit (lines are those of the variant's files).
    const files = c.layout ? variants[c.layout].make(clone(sample)) : clone(sample);
    if (!(files instanceof Map)) throw new Error(`${name}: layout ${c.layout} renames files; not supported`);
    c.edit(files);
    const findings = typeof c.findings === 'function' ? c.findings(files) : c.findings;
    units.push([join('faults', name), files, { description: c.description, findings: [...findings].sort(byPlace) }]);
  }
  for (const [name, c] of Object.entries(rounding)) {
    const files = clone(sample);
    cleanBaseline(files);
    c.edit(files);
    units.push([join('rounding', name), files, { description: CLEAN + c.description, findings: [...c.notes, ...SAMPLE_NOTES].sort(byPlace) }]);
  }
  for (const [name, c] of Object.entries(unreadable)) {
    // The empty directory holds only .gitkeep and no expected.json: nothing the loader could read. The test knows it.
    if (c.empty) {
      units.push([join('unreadable', name), new Map([['.gitkeep', { type: 'raw', bytes: Buffer.alloc(0) }]]), undefined]);
      continue;
    }
    const files = clone(sample);
    c.raw(files);
    units.push([join('unreadable', name), files, { description: c.description, ...c.expected }]);
  }

  for (const dir of ['variants', 'faults', 'rounding', 'unreadable']) rmSync(join(OUT, dir), { recursive: true, force: true });
  for (const [dir, files, expected] of units) writeUnit(join(OUT, dir), files, expected);
  console.log(`wrote ${units.length} fixture units under ${OUT}`);
}

main();
