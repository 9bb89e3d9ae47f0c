#!/usr/bin/env node
/**
 * Regenerates fixtures/hostile/: copies of the sample unit with one hostile input each, and an
 * expected.json beside it (the exit code, and the findings or the one-line error it must give).
 * The two large cases (a 50 MB CSV, a 1,000,000-column row) are generated at test time instead.
 *
 *   node scripts/make-hostile.mjs
 */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync, symlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const sample = join(root, 'fixtures/units/kizilsu-2024');
const out = join(root, 'fixtures/hostile');
rmSync(out, { recursive: true, force: true });

const T5 = '表5-一般公共预算支出情况表.csv';
const T6 = '表6-一般公共预算基本支出情况表.csv';
const NARRATIVE = '单位预算情况说明.txt';
const SAMPLE_WARNINGS = [
  { rule: 'FE002', file: T6, line: 11 },
  { rule: 'FE002', file: T6, line: 13 },
];

function unit(name, expected, edit) {
  const dir = join(out, name);
  cpSync(sample, dir, { recursive: true });
  edit?.(dir);
  writeFileSync(join(dir, 'expected.json'), `${JSON.stringify(expected, null, 2)}\n`);
}
const read = (dir, f) => readFileSync(join(dir, f), 'utf8');
const write = (dir, f, text) => writeFileSync(join(dir, f), text);
const replaceIn = (dir, f, from, to) => {
  const text = read(dir, f);
  if (!text.includes(from)) throw new Error(`${f}: "${from}" not found`);
  write(dir, f, text.replace(from, to));
};

unit('empty-file', { exit: 2, stderr: `${T5}: empty file` }, (d) => write(d, T5, ''));
unit('bom-only', { exit: 2, stderr: `${T5}: empty file` }, (d) => write(d, T5, '\uFEFF'));
unit('header-only', { exit: 1, description: 'the gpb table keeps its title and header rows only', findings: [
  { rule: 'TBL014', file: T5, line: 2 },
  { rule: 'XT004', file: '表4-财政拨款收支预算总体情况表.csv', line: 6 },
  { rule: 'XT004', file: '表4-财政拨款收支预算总体情况表.csv', line: 13 },
  { rule: 'XT007', file: '表7-一般公共预算项目支出情况表.csv', line: 8 },
  ...SAMPLE_WARNINGS,
] }, (d) => write(d, T5, read(d, T5).split('\r\n').slice(0, 5).join('\r\n') + '\r\n'));
unit('png-named-csv', { exit: 2, stderr: `${T5}:2: binary content` }, (d) =>
  writeFileSync(join(d, T5), Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000a49444154789c6300010000050001', 'hex')),
);
unit('gb18030-behind-utf8-bom', { exit: 2, stderr: `${T5}:1: invalid UTF-8` }, (d) =>
  writeFileSync(join(d, T5), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), iconv.encode(read(d, T5).replace(/^\uFEFF/, ''), 'gb18030')])),
);
unit('narrative-gb18030', { exit: 0, findings: SAMPLE_WARNINGS }, (d) => writeFileSync(join(d, NARRATIVE), iconv.encode(read(d, NARRATIVE), 'gb18030')));
unit('ragged-rows', { exit: 0, description: 'trailing empty cells dropped or added, as spreadsheet tools do', findings: SAMPLE_WARNINGS }, (d) => {
  write(d, T5, read(d, T5).replace(/,+\r\n/g, '\r\n').replace('201,03,01,行政运行,13.38,13.38,\r\n', '201,03,01,行政运行,13.38,13.38,,,,\r\n'));
});
unit('same-table-twice', { exit: 1, findings: [{ rule: 'CP004', file: '表5-一般公共预算支出情况表（修改）.csv', line: 2 }, ...SAMPLE_WARNINGS] }, (d) =>
  cpSync(join(d, T5), join(d, '表5-一般公共预算支出情况表（修改）.csv')),
);
unit('two-units-mixed', { exit: 1, findings: [{ rule: 'CP002', file: T5, line: 3 }, ...SAMPLE_WARNINGS] }, (d) =>
  replaceIn(d, T5, '编制单位：克孜勒苏柯尔克孜自治州政务服务和公共资源交易中心', '编制单位：克孜勒苏柯尔克孜自治州财政局'),
);
unit('two-years-mixed', { exit: 1, findings: [{ rule: 'CP003', file: T5, line: 2 }, ...SAMPLE_WARNINGS] }, (d) => {
  for (const f of ['表1-单位收支总体情况表.csv', '表2-单位收入总体情况表.csv', '表3-单位支出总体情况表.csv', T6]) {
    const text = read(d, f);
    const lines = text.split('\r\n');
    lines[1] = `2024年${lines[1]}`;
    write(d, f, lines.join('\r\n'));
  }
  replaceIn(d, T5, '\r\n一般公共预算支出情况表', '\r\n2023年一般公共预算支出情况表');
});
const cell = (name, text, extra = []) =>
  unit(`amount-${name}`, { exit: 1, findings: [{ rule: 'TBL016', file: T5, line: 8 }, ...extra, ...SAMPLE_WARNINGS] }, (d) =>
    replaceIn(d, T5, '201,03,01,行政运行,13.38,13.38,', `201,03,01,行政运行,${text},13.38,`),
  );
cell('text', '十三点三八');
cell('nan', 'NaN');
cell('scientific', '1.338E+01');
cell('two-dots', '13.3.8');
unit('amount-three-decimals', { exit: 0, description: 'a figure printed with three decimals is read at its precision', findings: SAMPLE_WARNINGS }, (d) =>
  replaceIn(d, T5, '201,03,01,行政运行,13.38,13.38,', '201,03,01,行政运行,13.380,13.380,'),
);
unit('amount-negative', { exit: 1, description: 'a negative basic expenditure: the sign breaks the row and the sums above it', findings: [
  { rule: 'TBL017', file: T5, line: 8 },
  { rule: 'TBL003', file: T5, line: 8 },
  { rule: 'TBL001', file: T5, line: 7 },
  ...SAMPLE_WARNINGS,
] }, (d) => replaceIn(d, T5, '201,03,01,行政运行,13.38,13.38,', '201,03,01,行政运行,13.38,-13.38,'));
unit('file-names-with-metacharacters', { exit: 0, findings: SAMPLE_WARNINGS.map((f) => ({ ...f, file: `表6 $(echo x); rm -rf 'q' "z" & 一般公共预算基本支出.csv` })) }, (d) => {
  cpSync(join(d, T6), join(d, `表6 $(echo x); rm -rf 'q' "z" & 一般公共预算基本支出.csv`));
  rmSync(join(d, T6));
});

unit('text-columns', { exit: 0, description: 'the project table with a 项目类型 column and an unknown column of words: text, not malformed amounts', findings: SAMPLE_WARNINGS }, (d) => {
  const f = '表7-一般公共预算项目支出情况表.csv';
  const lines = read(d, f).split('\r\n');
  write(d, f, lines.map((l, i) => (l === '' ? l : `${l},${i === 3 ? '项目类型' : i < 3 ? '' : i === 4 ? '' : /^,,,合计/.test(l) ? '' : '经常性项目'},${i === 3 ? '实施单位' : i > 4 && !/^,,,合计/.test(l) ? '本单位' : ''}`)).join('\r\n'));
});
unit('unit-qianyuan', { exit: 0, description: 'the gpb table printed in 千元', findings: SAMPLE_WARNINGS }, (d) => {
  write(d, T5, read(d, T5).replace('单位：万元', '单位：千元').replace(/(\d+)\.(\d{2})(?=,|\r)/g, (_, i, dec) => `${Number(i) * 10 + Number(dec[0])}.${dec[1]}0`));
});

unit('mixed-line-endings', { exit: 0, description: 'one row of a CRLF table ends with LF, another with a lone CR: each break is a break, no row is merged', findings: SAMPLE_WARNINGS }, (d) => {
  replaceIn(d, T5, '201,03,01,行政运行,13.38,13.38,\r\n', '201,03,01,行政运行,13.38,13.38,\n');
  replaceIn(d, T6, '\r\n', '\r');
});
unit('narrative-form-feeds', { exit: 0, description: 'text converted from PDF: a form feed at each page break', findings: SAMPLE_WARNINGS }, (d) => {
  const lines = read(d, NARRATIVE).split('\n');
  write(d, NARRATIVE, lines.map((l, i) => (i > 0 && i % 40 === 0 ? `\f${l}` : l)).join('\n'));
});
unit('table-dos-eof', { exit: 0, description: 'a table ending with a DOS end-of-file mark (^Z)', findings: SAMPLE_WARNINGS }, (d) => write(d, T5, `${read(d, T5)}\x1a`));
unit('table-control-character', { exit: 2, stderr: `${T5}:8: binary content` }, (d) => replaceIn(d, T5, '201,03,01,行政运行', '201,03,01,行政\x1b运行'));

// Batch-mode cases: a parent directory of units.
const batch = join(out, 'batch-symlink-loop');
mkdirSync(batch, { recursive: true });
cpSync(sample, join(batch, 'unit'), { recursive: true });
symlinkSync('.', join(batch, 'loop'));
writeFileSync(join(batch, 'expected.json'), `${JSON.stringify({ exit: 0, batch: true, units: 1 }, null, 2)}\n`);

const deep = join(out, 'batch-too-deep');
let p = deep;
for (let i = 0; i < 34; i++) p = join(p, `d${i}`);
mkdirSync(p, { recursive: true });
cpSync(sample, join(p, 'unit'), { recursive: true });
writeFileSync(join(deep, 'expected.json'), `${JSON.stringify({ exit: 2, batch: true, stderr: 'nested deeper than 32 levels' }, null, 2)}\n`);
console.log('fixtures/hostile regenerated');
