/**
 * The real corpus (fixtures/real/<package>/): published narratives from other provinces, transcribed
 * as printed, each with the statements that can be recomputed from its own figures (statements.json)
 * and the inconsistencies the corpus oracle finds among them (expected.json, scripts/corpus/oracle.mjs).
 *
 * - expected.json is what the oracle makes of statements.json today (it is generated, never edited);
 * - every error or warning budget-check reports on a narrative's figures stands on a line with a recomputed
 *   inconsistency: nothing else (a false alarm costs an auditor's time); every finding of a text rule
 *   (wording, placeholders) is one listed in TEXT_FINDINGS with why it is right;
 * - every recomputed inconsistency is reported at its line, but for the few listed below, each with
 *   why the text as transcribed does not let the tool find it. A listed miss that is found fails too:
 *   take it off the list.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkUnit } from '../src/check.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const REAL = join(ROOT, 'fixtures/real');

/** "<package>:<line>" → why the inconsistency the oracle finds there is not found. */
const KNOWN_MISSES: Record<string, string> = {
  'guangxi-wuzhou-unit1218-2022:4': 'a share of 基本支出预算 whose total is stated only four lines later, under another section and another name (一般公共预算基本支出); the page fragment begins after the section\'s own total',
  'guangxi-wuzhou-unit1218-2022:8': 'the oracle adds the economic classes of lines 2–4 (a section whose heading and total precede the fragment) up to the 基本支出 stated at line 8',
  'guangxi-wuzhou-unit1823-2025:6': 'a share of 支出总预算, whose amount the fragment does not state (it begins mid-sentence)',
  'guangxi-wuzhou-unit1823-2025:7': 'a share of 支出总预算, whose amount the fragment does not state (it begins mid-sentence)',
  'hubei-xiangzhou-huopai-2025:16': 'the count of offices is followed by their names and, without a sentence end, by the staff numbers: where the names end is not known',
  'anhui-jiuhuashan-religious-affairs-sangong-2019-final:30': 'a share of the 支出决算 the sentence refers to only as "…支出決算中" (line 28), in traditional characters, which the reader does not read',
  'guangdong-yingde-economy-sangong-2016:2': 'the 2015 items are not gathered into a list of the 2015 total, and "对比减少4.35万元;减少率35.22%" stands in sentences of its own (cut at ";") after the prior stated before it',
  'yunnan-lincang-unit316343-2018:3': 'the oracle adds up the changes of the economic classes stated on the following lines to the 基本支出\'s change; the tool sums stated amounts, not stated changes',
  'yunnan-lincang-unit316343-2018:11': 'a change and its rate in a sentence with no amount, whose current is the total of the paragraph before (line 10)',
  'hubei-echeng-sangong-2022-final:3': 'a change in a sentence of its own whose current and prior are the two years\' totals, each stated in a sentence before it',
  'shanxi-xinzhou-second-experimental-primary-2018-final:18': 'a balance (收入总计 = 本年支出 + 年末结转和结余) stated as three figures in a row, without 其中 or any word that relates them',
  'chongqing-liangping-wenhua-primary-2025:8': 'a total change explained by its parts\' changes (130.95 against 39.39 + 1.78): changes are not summed, nor income\'s change set against spending\'s in a balanced budget',
  'chongqing-fuling-wulingshan-2023:7': 'the function classes listed after 其中 are checked as at most their total (a list of classes may name only some); the annotation takes this template\'s list as complete',
  'hubei-huangshi-no7-middle-2023:24': 'the sources of income listed as numbered items are checked as at most their total (a list of sources may leave one out)',
  'hubei-huangshi-no7-middle-2023:29': 'the spending total set against the income total of a budget that balances: the two totals are not compared in the text alone',
  'jiangxi-yongxiu-jiangshang-2022:5': 'a count of budget units whose 本级 part prints no figure ("包括…本级和二级预算单位2个")',
  'jiangxi-yongxiu-jiangshang-2022:6': 'headcounts printed without "人" ("行政编制人数19、…") are not read as counts',
  'chongqing-fuling-wulingshan-2023:11': 'the 三公 total\'s change set against its items\' changes: changes are not summed, and the 其中 after the change clause is not read as a list',
};

/** "<package>:<line> <rule>" → a finding that is right where the oracle's statement kinds cannot say so. */
const BEYOND_ORACLE: Record<string, string> = {
  'yunnan-lincang-unit316343-2018:5 NC004': '"较上年减0.04万元,增0.01%": a fall in money and a rise in percent, of the same change',
};

/**
 * "<package>:<line> <rule>" → what the text rule rightly reports there. The oracle recomputes figures, not
 * wording: each text finding on the corpus is listed here, and one not listed fails (as a false alarm would).
 */
const TEXT_FINDINGS: Record<string, string> = {
  'guangxi-fangchenggang-trading-centre-2018:24 TXT004': '"一般公共财政预算" is printed: the name before 2015',
  'guangxi-wuzhou-unit1218-2022:3 TXT002': '"占基本支出预算%" prints no figure',
  'shaanxi-xian-xincheng-health-sangong-2019:4 TXT001': '"较上年增加(减少)0万元" keeps both words of the template',
  'chongqing-qijiang-zhongfeng-primary-2023:12 TXT003': 'a 部门 package (its title) whose headings say 单位预算情况说明: the other level\'s template',
  'guangxi-sanjiang-tongle-health-centre-2025:21 TXT003': 'a 单位 document speaks of its "2025年部门预算总收入": the other level\'s template',
};

const packages = readdirSync(REAL, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();

interface Oracle {
  inconsistencies: { line: number; why: string }[];
}

describe('the real corpus', () => {
  it('holds packages from at least ten provinces, each with its source, narrative and statements', () => {
    const provinces = new Set(packages.map((p) => p.split('-')[0]));
    expect(provinces.size).toBeGreaterThanOrEqual(10);
    for (const p of packages) {
      for (const f of ['README.md', '情况说明.txt', 'statements.json', 'expected.json']) expect(existsSync(join(REAL, p, f)), `${p}/${f}`).toBe(true);
      expect(readFileSync(join(REAL, p, 'README.md'), 'utf8')).toMatch(/https?:\/\//);
    }
  });

  it('expected.json is what the oracle makes of statements.json', async () => {
    const { runOracle } = await import(pathToFileURL(join(ROOT, 'scripts/corpus/oracle.mjs')).href);
    for (const p of packages) {
      const doc = JSON.parse(readFileSync(join(REAL, p, 'statements.json'), 'utf8'));
      const expected = JSON.parse(readFileSync(join(REAL, p, 'expected.json'), 'utf8'));
      expect(runOracle(doc), p).toEqual(expected);
    }
  });

  it.each(packages)('%s: every recomputed inconsistency found at its line, no finding on any other line', async (p) => {
    const oracle = JSON.parse(readFileSync(join(REAL, p, 'expected.json'), 'utf8')) as Oracle;
    const report = await checkUnit(join(REAL, p));
    expect(report.problems).toEqual([]);
    const onText = report.findings.filter((f) => /\.(txt|md)$/i.test(f.file) && f.severity !== 'note');
    const wording = onText.filter((f) => f.rule.startsWith('TXT')).map((f) => `${p}:${f.line} ${f.rule}`);
    expect(wording.sort(), 'text findings (each listed in TEXT_FINDINGS)').toEqual(Object.keys(TEXT_FINDINGS).filter((k) => k.startsWith(`${p}:`)).sort());
    const beyond = onText.filter((f) => BEYOND_ORACLE[`${p}:${f.line} ${f.rule}`] !== undefined).map((f) => `${p}:${f.line} ${f.rule}`);
    expect(beyond.sort(), 'findings the oracle cannot decide (each listed in BEYOND_ORACLE)').toEqual(Object.keys(BEYOND_ORACLE).filter((k) => k.startsWith(`${p}:`)).sort());
    const findings = onText.filter((f) => !f.rule.startsWith('TXT') && BEYOND_ORACLE[`${p}:${f.line} ${f.rule}`] === undefined);
    const expectedLines = new Set(oracle.inconsistencies.map((i) => i.line));
    const extra = findings.filter((f) => !expectedLines.has(f.line)).map((f) => `${f.rule} ${f.line} ${f.message}`);
    expect(extra, 'findings on lines without a recomputed inconsistency').toEqual([]);
    const found = new Set(findings.map((f) => f.line));
    for (const line of expectedLines) {
      const known = KNOWN_MISSES[`${p}:${line}`];
      expect(found.has(line), known ? `${p}:${line} is listed as a known miss (${known}) but is found now: take it off the list` : `${p}:${line} not found`).toBe(!known);
    }
  });
});
