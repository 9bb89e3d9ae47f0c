/**
 * The report in Chinese: the catalogue covers every rule and message with the English placeholders,
 * every finding of every fixture reads in Chinese, and English stays as it was (--lang en, or no
 * Chinese locale); JSON and SARIF keep their structure in both.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';
import { checkUnit } from '../src/check.js';
import { catalogue, rules } from '../src/rules/index.js';
import { ENGINE_MESSAGES } from '../src/messages.js';
import { ZH, ZH_ENGINE, type ZhCatalogue } from '../src/i18n/zh.js';
import { detectLang, langOfArgv, localiser, parseLang } from '../src/i18n/index.js';
import { zhAgainst, zhLabel, zhReason } from '../src/i18n/zh-phrases.js';
import type { RuleId } from '../src/rules/types.js';

const SAMPLE = 'fixtures/units/kizilsu-2024';

const run = (env: Record<string, string>, ...args: string[]) => runCli({ env }, ...args);

const ZH_ENV = { LANG: 'zh_CN.UTF-8' };
const placeholders = (t: string) => [...new Set([...t.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();
const CJK = /[\u4e00-\u9fff]/;

/**
 * English left in a Chinese text: a word of four letters or more, once the names it may quote are
 * taken out (file names, a workbook's sheet after its file, quoted text, rule ids and names, codes
 * such as 21011xx, and the names of programs and formats that have no Chinese).
 */
function english(text: string): string[] {
  const names = new Set(rules.map((r) => r.name));
  const left = text
    .replace(/“[^”]*”|"[^"]*"|‘[^’]*’/g, ' ')
    .replace(/\S*\.(csv|tsv|txt|md|xlsx|xlsm|xls|pdf)( (Sheet\d+|[^\s]+ (?=第)))?/gi, ' ')
    .replace(/\b(TBL|XT|FE|CP|NC)\d{3}\b/g, ' ')
    .replace(/--[a-z]+(-[a-z]+)*/g, ' ')
    .replace(/\b[a-z]+(-[a-z]+)+\b/g, (m) => (names.has(m) ? ' ' : m))
    .replace(/\b\d+x+\b/g, ' ')
    .replace(/\b(Excel|LibreOffice|RULES|OCR|UTF|GB\d+|MiB)\b/g, ' ');
  return [...left.matchAll(/[A-Za-z]{4,}/g)].map((m) => m[0]);
}

/** Unit directories under a fixture group: a directory with an input file. */
function units(dir: string, out: string[] = []): string[] {
  const entries = readdirSync(dir, { withFileTypes: true });
  if (entries.some((e) => e.isFile() && /\.(csv|tsv|txt|md|xlsx|pdf)$/i.test(e.name) && !/^(readme|expected)/i.test(e.name))) out.push(dir);
  for (const e of entries) if (e.isDirectory()) units(join(dir, e.name), out);
  return out;
}

describe('the Chinese catalogue', () => {
  it('has every rule of the catalogue, each with exactly its message ids', () => {
    expect(Object.keys(ZH).sort()).toEqual(Object.keys(catalogue).sort());
    for (const [id, rule] of Object.entries(catalogue)) {
      expect(Object.keys(ZH[id as RuleId].messages).sort(), id).toEqual(Object.keys(rule.messages).sort());
    }
  });

  it.each(rules.map((r) => [r.id, r] as const))('%s: each Chinese template takes exactly the placeholders of the English one, and reads in Chinese', (id, rule) => {
    const zh = ZH[id].messages as Record<string, string>;
    for (const [messageId, en] of Object.entries(rule.messages as Record<string, string>)) {
      expect(placeholders(zh[messageId]), `${id} ${messageId}`).toEqual(placeholders(en));
      // A template with words of its own has them in Chinese ("{problem}" and "{file}: {reason}" have none).
      if (/[a-z]{3,}/i.test(en.replace(/\{\w+\}/g, ''))) expect(zh[messageId], `${id} ${messageId}`).toMatch(CJK);
      expect(english(zh[messageId].replace(/\{\w+\}/g, ''))).toEqual([]);
    }
    for (const text of Object.values(ZH[id].doc)) expect(text.trim().length).toBeGreaterThan(1);
    expect(ZH[id].doc.what).toMatch(CJK);
    expect(ZH[id].doc.why).toMatch(CJK);
    expect(english(ZH[id].doc.what + ZH[id].doc.why)).toEqual([]);
  });

  it('has the engine messages with their placeholders: the rounding note and the count of findings left out', () => {
    for (const [id, en] of Object.entries(ENGINE_MESSAGES)) expect(placeholders(ZH_ENGINE[id as keyof typeof ZH_ENGINE])).toEqual(placeholders(en));
    expect(ZH_ENGINE.withinRounding).toContain('在四舍五入误差范围内');
  });

  it('is typed against the rule catalogue: a missing or unknown rule or message id does not compile', () => {
    const sum = { messages: { sum: '' }, doc: { what: '', why: '', bad: '', good: '' } };
    // @ts-expect-error TBL001 without its message "sum"
    const missingMessage: ZhCatalogue['TBL001'] = { messages: {}, doc: sum.doc };
    // @ts-expect-error a message id TBL001 does not have
    const unknownMessage: ZhCatalogue['TBL001'] = { messages: { sum: '', other: '' }, doc: sum.doc };
    // @ts-expect-error a rule that does not exist
    const unknownRule: Partial<ZhCatalogue> = { TBL999: sum };
    // @ts-expect-error the catalogue without TBL002 (and every other rule)
    const missingRule: ZhCatalogue = { TBL001: sum };
    expect([missingMessage, unknownMessage, unknownRule, missingRule]).toHaveLength(4);
  });
});

describe('the language', () => {
  it('is Chinese under a Chinese locale (LC_ALL, else LC_MESSAGES, else LANG), English otherwise', () => {
    expect(detectLang({ LANG: 'zh_CN.UTF-8' })).toBe('zh-CN');
    expect(detectLang({ LANG: 'zh_TW.UTF-8' })).toBe('zh-CN');
    expect(detectLang({ LANG: 'en_US.UTF-8' })).toBe('en');
    expect(detectLang({})).toBe('en');
    expect(detectLang({ LC_ALL: 'C', LANG: 'zh_CN.UTF-8' })).toBe('en');
    expect(detectLang({ LC_ALL: '', LC_MESSAGES: 'zh_CN', LANG: 'en_US' })).toBe('zh-CN');
    expect(detectLang({ LC_MESSAGES: 'en_GB', LANG: 'zh_CN' })).toBe('en');
  });

  it('is what --lang says, before the arguments are parsed', () => {
    expect(parseLang('zh-CN')).toBe('zh-CN');
    expect(parseLang('zh')).toBe('zh-CN');
    expect(parseLang('en')).toBe('en');
    expect(parseLang('fr')).toBeUndefined();
    expect(langOfArgv(['x', '--lang', 'en'])).toBe('en');
    expect(langOfArgv(['--lang=zh-CN', 'x'])).toBe('zh-CN');
    expect(langOfArgv(['x'])).toBeUndefined();
  });

  it('a --lang that is no language is exit 2 with one line', async () => {
    const r = await run({}, SAMPLE, '--lang', 'fr');
    expect(r.code).toBe(2);
    expect(r.err).toBe("budget-check: option '--lang <lang>' argument 'fr' is invalid. expected zh-CN or en\n");
  });
});

describe('every finding of every fixture unit reads in Chinese', async () => {
  const zh = await localiser('zh-CN');
  const dirs = ['units', 'faults', 'claims', 'wordings', 'final', 'rounding', 'text', 'real'].flatMap((g) => units(join('fixtures', g))).sort();
  it.each(dirs)('%s', async (dir) => {
    const report = zh.unit(await checkUnit(dir, { listClaims: true }));
    for (const f of report.findings) {
      expect(f.message, `${f.rule} ${f.messageId}`).toMatch(CJK);
      expect(english(f.message), `${f.rule} ${f.messageId}: ${f.message}`).toEqual([]);
      for (const c of f.components ?? []) expect(english(c.label), c.label).toEqual([]);
    }
    for (const c of report.claims ?? []) if (c.against !== undefined) expect(english(c.against), c.against).toEqual([]);
    for (const p of report.problems) expect(english(p.reason), p.reason).toEqual([]);
    for (const f of report.files) if (f.skipped) expect(english(f.skipped), f.skipped).toEqual([]);
  });
});

describe('the terminal report in Chinese', () => {
  it('the sample: severities, the claims, the summary line as a reviewer writes it', async () => {
    const r = await run(ZH_ENV, SAMPLE, '--claims');
    expect(r.code).toBe(0);
    expect(r.out).toContain('警告     经济分类科目 30113 住房公积金 列有 25.84 万元，但各表均未列示其对应的功能分类科目 2210201  FE002 function-subject-missing');
    expect(r.out).toContain('提示     公务用车运行费：上年数为零，增长 100.00%（4.00 万元 全部为新增）：属惯例表述，并非实际比率');
    expect(r.out).toMatch(/│ 行 +│ 情况说明表述 +│ 核对结果 +│ 核对依据 +│/);
    expect(r.out).toContain('已核对一致');
    expect(r.out).toContain('未能关联');
    expect(r.out).toContain('情况说明表述：共 92 处，已核对一致 81 处，不一致 0 处，未能关联 11 处');
    expect(r.out.trimEnd().split('\n').at(-1)).toBe('共检查 1 个单位：错误 0 个，警告 2 个，提示 2 个');
    expect(r.out).not.toMatch(/\b(error|warning|note|claims|stated|verified)\b/);
  });

  it('a fault: the figures under a finding, its parts, the rounding note', async () => {
    const r = await run(ZH_ENV, 'fixtures/faults/tbl001-changed-cell');
    expect(r.code).toBe(1);
    expect(r.out).toContain('错误     20103 政府办公厅（室）及相关机构事务 合计填报 449.67 万元，其下级 3 行之和为 449.76 万元，差额 -0.09 万元');
    expect(r.out).toContain('填报数 449.67 万元，应为 449.76 万元，差额 -0.09 万元');
    expect(r.out).toContain('文中为 271.89 万元，应为 271.98 万元，差额 -0.09 万元');
    expect(r.out).toContain('+        13.38  2010301 行政运行  (表5-一般公共预算支出情况表.csv 第 8 行)');
    const rounding = await run(ZH_ENV, 'fixtures/rounding/economic-302-class');
    expect(rounding.out).toMatch(/差额 0\.01 万元——在四舍五入误差范围内：差额 0\.01 万元 可由 11 个填报数的舍入解释/);
  });

  it('an unreadable file, the rules not run, a batch', async () => {
    const r = await run(ZH_ENV, 'fixtures/unreadable/unterminated-quote');
    expect(r.code).toBe(2);
    expect(r.out).toMatch(/ {2}无法读取 \S+: 引号未闭合/);
    expect(r.out).toMatch(/未运行：\S+（缺少/);
    expect(r.err).toMatch(/^budget-check: \S+: 引号未闭合\n/);
    const batch = await run(ZH_ENV, 'fixtures/wordings');
    expect(batch.out).toMatch(/^ {2}有错误 {2}错误 2 个，警告 1 个 {2}表述一致 13 处，不一致 2 处 {2}fixtures\/wordings\/district-codes-faults/m);
    expect(batch.out).toContain('按规则统计：');
    expect(batch.out).toMatch(/共检查 10 个单位：错误 \d+ 个，警告 \d+ 个，提示 \d+ 个\n$/);
  });

  it('the rules and their docs, and --help', async () => {
    const catalogueSize = Object.keys(catalogue).length;
    const rules = await run(ZH_ENV, 'rules');
    expect(rules.out).toMatch(/│ 编号 +│ 名称 +│ 级别 +│ 适用 +│ 审核内容/);
    expect(rules.out).toContain('表内审核：各金额栏中，类级行等于所属各款之和');
    expect(rules.out).toContain(`共 ${catalogueSize} 条规则`);
    const json = JSON.parse((await run(ZH_ENV, 'rules', '--format', 'json')).out) as { id: string; severity: string; doc: { what: string } }[];
    expect(json.find((r) => r.id === 'XT001')).toMatchObject({ severity: 'error', doc: { what: expect.stringContaining('表间审核') } });
    const help = await run(ZH_ENV, '--help');
    expect(help.code).toBe(0);
    for (const heading of ['用法：', '参数：', '选项：', '命令：', '退出码：']) expect(help.out).toContain(heading);
    // Every option and command is described in Chinese: no English left but the flags, the usage and the format names.
    const descriptions = help.out
      .split('\n')
      .filter((l) => !l.startsWith('用法'))
      .map((l) => l.replace(/^ {2}(-\S+,? )?(--\S+)( <[^>]+>)?|^ {2}(rules|extract|help|paths)( \S+)*(?= {2})/, ''))
      .join('\n');
    expect(english(descriptions.replace(/"(table|json|sarif|junit|github|csv)"|\.(json|sarif|xml|csv)\b|\b(table|json|junit|zh-CN|LC_ALL|LC_MESSAGES|LANG|NO_COLOR|FORCE_COLOR|CPU|PDF|CSV|off|error|warning|note)\b|--[a-z-]+|budget-check\.json/g, '')), descriptions).toEqual([]);
  });
});

describe('English stays as it was', () => {
  it.each([
    [SAMPLE, '--claims'],
    ['fixtures/faults/tbl001-changed-cell'],
    [SAMPLE, '--format', 'json'],
    [SAMPLE, '--format', 'csv'],
    ['fixtures/faults/xt012-all-gpb-summary-personnel-public', '--format', 'junit'],
    ['rules'],
    ['--help'],
  ])('--lang en under a Chinese locale gives the English report: %s', async (...args: string[]) => {
    const english = await run({}, ...args);
    const forced = await run(ZH_ENV, ...args, '--lang', 'en');
    expect(forced.out).toBe(english.out);
    expect(forced.code).toBe(english.code);
    expect(english.out).not.toMatch(/错误 \d+ 个|已核对一致|共检查/);
  });
});

describe('the machine formats keep their structure in Chinese', () => {
  it('JSON: the claims list what they were checked against in Chinese', async () => {
    const zh = JSON.parse((await run(ZH_ENV, SAMPLE, '--format', 'json', '--claims')).out);
    const against = zh.units[0].claims.map((c: { against?: string }) => c.against);
    expect(against).toContain('上年数 510.70 = 本年数 表1-单位收支总体情况表.csv 第 7 行 1.一般公共预算拨款 485.54 万元 + 增减额');
  });

  it('JSON: the same keys, message ids and data; only the message is in Chinese', async () => {
    const en = JSON.parse((await run({}, 'fixtures/faults/tbl001-changed-cell', '--format', 'json')).out);
    const zh = JSON.parse((await run(ZH_ENV, 'fixtures/faults/tbl001-changed-cell', '--format', 'json')).out);
    const strip = (r: typeof en) => JSON.stringify(r, (k, v) => (k === 'message' || k === 'label' || k === 'against' || k === 'reason' || k === 'skipped' ? '' : v));
    expect(strip(zh)).toBe(strip(en));
    const f = zh.units[0].findings.find((x: { rule: string }) => x.rule === 'TBL001');
    expect(f).toMatchObject({ messageId: 'sum', data: { row: '20103 政府办公厅（室）及相关机构事务', column: '合计', count: 3 } });
    expect(f.message).toMatch(CJK);
  });

  it('SARIF: the same results and fingerprints; the messages and the rules\' texts in Chinese', async () => {
    const en = JSON.parse((await run({}, 'fixtures/faults/tbl001-changed-cell', '--format', 'sarif')).out);
    const zh = JSON.parse((await run(ZH_ENV, 'fixtures/faults/tbl001-changed-cell', '--format', 'sarif')).out);
    const shape = (log: typeof en) => log.runs[0].results.map((r: { ruleId: string; level: string; locations: unknown; partialFingerprints: unknown }) => [r.ruleId, r.level, r.locations, r.partialFingerprints]);
    expect(shape(zh)).toEqual(shape(en));
    expect(zh.runs[0].results[0].message.text).toMatch(CJK);
    const rule = zh.runs[0].tool.driver.rules.find((r: { id: string }) => r.id === 'TBL001');
    expect(rule.shortDescription.text).toContain('表内审核');
    expect(rule.help.text).toMatch(/^错误示例：\n/);
  });
});

describe('the Chinese of texts the checks word in English', () => {
  it('what a claim was checked against', () => {
    expect(zhAgainst('prior 510.70 = current 表1.csv:7 1.一般公共预算拨款 485.54 万元 + change')).toBe('上年数 510.70 = 本年数 表1.csv 第 7 行 1.一般公共预算拨款 485.54 万元 + 增减额');
    expect(zhAgainst('3 parts = total')).toBe('3 项之和 = 总数');
    expect(zhAgainst('stated 263.20 against stated budget 263.20')).toBe('文中决算数 263.20 对照 文中预算数 263.20');
    expect(zhAgainst('表5.csv:8 2011350 事业运行 合计 263.20 万元 against 表5.csv:8 2011350 事业运行 年初预算数 263.20 万元')).toBe(
      '表5.csv 第 8 行 2011350 事业运行 合计 263.20 万元 对照 表5.csv 第 8 行 2011350 事业运行 年初预算数 263.20 万元',
    );
    expect(zhAgainst('the change stated at line 399')).toBe('所述增减额，见第 399 行');
    expect(zhAgainst('公开.pdf p.7:12 合计 617.53 万元')).toBe('公开.pdf 第 7 页第 12 行 合计 617.53 万元');
  });

  it('a cited row, and a row a table does not print', () => {
    expect(zhLabel('表5.csv:8 2010301 行政运行 合计')).toBe('表5.csv 第 8 行 2010301 行政运行 合计');
    expect(zhLabel('表5-一般公共预算支出情况表.csv: no row 201')).toBe('表5-一般公共预算支出情况表.csv：无 201 行');
    expect(zhLabel('表.xlsx 表5 row 9 201 合计')).toBe('表.xlsx 表5 第 9 行 201 合计');
  });

  it('a part of a sum that a table does not print is named without a place (it has none)', async () => {
    // fixtures/hostile/header-only: 表5 keeps only its header, so XT004 adds a zero for each class of 表4.
    const dir = join('fixtures', 'hostile', 'header-only');
    const zh = await run(ZH_ENV, dir);
    expect(zh.out).toContain('+         0.00  表5-一般公共预算支出情况表.csv：无 201 行\n');
    expect(zh.out).not.toContain('第 0 行');
    const en = await run({}, dir);
    expect(en.out).toContain('+         0.00  表5-一般公共预算支出情况表.csv: no row 201\n');
    expect(en.out).not.toContain('.csv:0)');
  });

  it('the loader\'s reasons, as far as they are known; others as they are', () => {
    expect(zhReason('no known table title in its first rows')).toBe('前几行中没有可识别的表名');
    expect(zhReason('sheet "表5": no header row under the title "一般公共预算支出情况表"')).toBe('工作表“表5”：表名“一般公共预算支出情况表”下没有表头行');
    expect(zhReason('something new')).toBe('something new');
  });
});
