/** The Chinese words of the reports (src/format/words.ts has the English ones and what each is). */
import { byReason, type Words } from '../format/words.js';
import type { UnlinkedReason } from '../report.js';

const ZH_REASONS: Record<UnlinkedReason, string> = { 'no-table': '报表不公开此类数据', 'no-figure': '未能识别所指数据', standalone: '文中无可供核对的其他数据' };
import { zhTables } from './zh-phrases.js';

export const ZH_WORDS: Words = {
  severity: { error: '错误', warning: '警告', note: '提示' },
  figures: (f, unit, narrative) => {
    const u = unit ? ` ${unit}` : '';
    const figures: string[] = [];
    if (f.actual !== undefined) figures.push(`${narrative ? '文中为' : '填报数'} ${f.actual}${u}`);
    if (f.expected !== undefined) figures.push(`应为 ${f.expected}${u}`);
    if (f.difference !== undefined) figures.push(`差额 ${f.difference}${u}`);
    return figures.join('，');
  },
  place: (file, line) => `${file} 第 ${line} 行`,
  unreadable: '无法读取',
  skipped: (file, where, reason) => `未审核 ${file}${where.sheet !== undefined ? ` 工作表“${where.sheet}”` : where.page !== undefined ? ` 第 ${where.page} 页` : ''}：${reason}`,
  notRun: (rules) => `未运行：${rules.map((s) => `${s.rule}（${s.missing.length ? `缺少${zhTables(s.missing)}` : '缺少情况说明'}）`).join('；')}`,
  claimsHead: ['行', '情况说明表述', '核对结果', '核对依据'],
  claimStatus: { verified: '已核对一致', contradicted: '不一致', unlinked: '未能关联' },
  unlinkedReason: ZH_REASONS,
  claimCounts: (k) => `情况说明表述：共 ${k.found} 处，已核对一致 ${k.verified} 处，不一致 ${k.contradicted} 处，未能关联 ${k.unlinked} 处${byReason(k, ZH_REASONS, (n, w) => `${w} ${n} 处`, '，', '（', '）')}`,
  unitStatus: { unreadable: '无法读取', errors: '有错误', warnings: '有警告', clean: '通过' },
  unitCounts: (e, w) => `错误 ${e} 个，警告 ${w} 个`,
  unitClaims: (k) => `表述一致 ${k.verified} 处，不一致 ${k.contradicted} 处`,
  perRuleHead: '按规则统计：',
  ruleCounts: (c) => `错误 ${c.errors} 个，警告 ${c.warnings} 个，提示 ${c.notes} 个`,
  totals: (s, red) => {
    let line = `共检查 ${s.units} 个单位：错误 ${s.errors} 个，警告 ${s.warnings} 个，提示 ${s.notes} 个`;
    if (s.unreadable > 0) line += `，${red(`${s.unreadable} 个单位有无法读取的输入（未完整审核）`)}`;
    if (s.known) line += `；另有基线中的已知问题 ${s.known} 个，未列出`;
    return line;
  },
  rulesHead: ['编号', '名称', '级别', '适用', '审核内容'],
  appliesTo: { both: '预算、决算', budget: '预算', final: '决算' },
  rulesFooter: (n) => `共 ${n} 条规则。各规则的依据及示例：budget-check rules --format json`,
  bad: '错误示例：',
  good: '正确示例：',
  progress: '审核中 {bar} {value}/{total} 个单位 | 每秒 {rate} 个 | 预计还需 {eta_formatted}',
  moreAnnotations: (count, hidden) => `另有 ${count} 条问题未作为注释显示（错误 ${hidden.error} 个，警告 ${hidden.warning} 个，提示 ${hidden.note} 个），详见完整报告`,
};
