/**
 * The Chinese (zh-CN) catalogue: for every rule, its message templates by message id and its doc,
 * worded as a finance reviewer words a 审核意见 (表内审核 / 表间审核, 填报数 / 应为 / 差额); and the
 * engine's messages. The templates take the same placeholders as the rule's English ones (a test
 * checks it). The type ties it to the rule catalogue: a rule missing here, a rule that does not
 * exist, a message id missing or unknown, all fail to compile.
 *
 * `values` says how a rule's data values read in Chinese where the rule's code words them in English
 * (a fund's key, "(no subject)", a line number): each data value of a finding is shown through its
 * rule's function for that key, else through zhLabel (places and the ledger's labels).
 */
import type { catalogue } from '../rules/index.js';
import type { RuleDoc, RuleId } from '../rules/types.js';
import type { EngineMessageId } from '../messages.js';
import { zhCodeProblem, zhColumn, zhDerivation, zhFund, zhLabel, zhLine, zhReason, zhTableKind, zhWhyOneFund } from './zh-phrases.js';

type MessageIds<K extends RuleId> = keyof (typeof catalogue)[K]['messages'];

export interface ZhRule<M extends PropertyKey> {
  messages: Record<M, string>;
  doc: RuleDoc;
  values?: Record<string, (v: string | number) => string | number>;
}

export type ZhCatalogue = { [K in RuleId]: ZhRule<MessageIds<K>> };

const str = (f: (v: string) => string) => (v: string | number) => (typeof v === 'string' ? f(v) : v);
/** A data value that is a function or economic classification's name in English. */
const CLASSIFICATION: Record<string, string> = { economic: '经济', function: '功能', none: '' };
const classification = str((v) => CLASSIFICATION[v] ?? v);
const fund = str(zhFund);
const column = str((v) => zhLabel(zhColumn(v)));

export const ZH_ENGINE: Record<EngineMessageId, string> = {
  withinRounding: '{message}——在四舍五入误差范围内：差额 {difference} {unit} 可由 {n} 个填报数的舍入解释',
  moreFindings: '规则 {rule}（{name}）另有 {count} 条问题未列出',
};

export const ZH = {
  TBL001: {
    messages: {
      sum: '{row} {column}填报 {actual} {unit}，其下级 {count} 行之和为 {expected} {unit}，差额 {difference} {unit}',
    },
    values: { column },
    doc: {
      what: '表内审核：各金额栏中，类级行等于所属各款之和，款级行等于所属各项之和；项目支出表中各科目等于其下各项目之和。',
      why: '小计与明细不符，说明有数字被改写或漏列了行次，其上各级合计都会随之出错。',
      bad: '20103 政府办公厅（室）及相关机构事务填报 582.66，而 2010301 13.38 + 2010350 403.88 + 2010399 164.40 = 581.66',
      good: '20103 政府办公厅（室）及相关机构事务 581.66 = 13.38 + 403.88 + 164.40',
    },
  },
  TBL002: {
    messages: {
      sum: '合计行（{column}）填报 {actual} {unit}，{count} 个一级行之和为 {expected} {unit}，差额 {difference} {unit}',
    },
    values: { column },
    doc: {
      what: '表内审核：各金额栏中，合计（总计）行等于各一级行之和（类级行；上年结转结余表为各项目）。',
      why: '合计行是其他报表和情况说明引用的数字；与各类之和不符，其中必有一处错误。',
      bad: '201 581.66 + 208 35.87 = 617.53，合计行填报 671.53',
      good: '合计 617.53 = 201 581.66 + 208 35.87',
    },
  },
  TBL003: {
    messages: {
      sum: '{row}：{column}填报 {actual} {unit}，{parts} 之和为 {expected} {unit}，差额 {difference} {unit}',
    },
    values: { column, parts: column },
    doc: {
      what: '表内审核：同一行中，合计栏等于其所含各栏之和：合计 = 基本支出 + 项目支出，总计 = 各项收入来源，财政拨款小计 = 各项财政拨款，合计 = 人员经费 + 公用经费，项目 = 其各经济分类，合计 = 一般公共预算 + 政府性基金 + 国有资本经营。',
      why: '行合计与各栏之和不符，要么合计有误，要么资金来源或用途的划分有误。',
      bad: '2010350 事业运行：合计 403.88，基本支出 271.89，项目支出 113.99',
      good: '2010350 事业运行：合计 403.88 = 基本支出 271.89 + 项目支出 131.99',
    },
  },
  TBL004: {
    messages: {
      balance: '{table}：收入总计为 {expected} {unit}，支出总计为 {actual} {unit}，收支不平衡，差额 {difference} {unit}',
    },
    doc: {
      what: '表内审核：收支总表、财政拨款收支总表中，收入总计等于支出总计。',
      why: '预算收支平衡：单位的支出即其收入。收支不平衡，说明收入或支出一方填报有误。',
      bad: '收入总计 617.53 | 支出总计 671.53',
      good: '收入总计 617.53 | 支出总计 617.53',
    },
  },
  TBL005: {
    messages: {
      sum: '{table}：{row}填报 {actual} {unit}，所含 {count} 行之和为 {expected} {unit}，差额 {difference} {unit}',
    },
    doc: {
      what: '表内审核：收支总表、财政拨款收支总表的各金额栏中，“一、”“二、”等各部分等于其下各项之和，小计行（本年收入合计、本年支出合计）等于其上各行之和，收入总计、支出总计等于各部分之和（本年收入 + 上年结转结余）或各功能分类类级科目之和（+ 结转下年）。',
      why: '收支总表是读者首先看到的报表，其中各合计数必须等于所列各行之和。',
      bad: '一、本年收入 617.53，而 1.一般公共预算拨款 485.54、5.单位资金 113.99',
      good: '一、本年收入 617.53 = 485.54 + 131.99',
    },
  },
  TBL006: {
    messages: {
      bound: '{table}：{row}下“其中”各行之和为 {expected} {unit}，大于{row}本身（{actual} {unit}）',
    },
    doc: {
      what: '表内审核：收支总表、财政拨款收支总表中，某项下“其中”各行之和不大于该项本身。',
      why: '“其中”行是上一行的组成部分；部分大于整体，说明有数字错位或录入错误。',
      bad: '1.一般公共预算拨款 485.54；其中：一般财力 548.54',
      good: '1.一般公共预算拨款 485.54；其中：一般财力 485.54',
    },
  },
  TBL007: {
    messages: {
      sum: '{row}（{column}）填报 {actual} {unit}，{parts} 之和为 {expected} {unit}，差额 {difference} {unit}',
    },
    values: { column },
    doc: {
      what: '表内审核：“三公”经费表各栏中，合计 = 因公出国（境）费 + 公务用车购置及运行费 + 公务接待费，公务用车购置及运行费 = 购置费 + 运行费。',
      why: '“三公”经费合计是社会关注的数字，必须等于三项之和。',
      bad: '合计 4.40，而因公出国（境）费 0、公务用车购置及运行费 4.00、公务接待费 0.60',
      good: '合计 4.40 = 0 + 4.00 + 0.40',
    },
  },
  TBL008: {
    messages: {
      sum: '{column}合计填报 {actual} {unit}，经济分类 {classes} 之和为 {expected} {unit}，差额 {difference} {unit}',
    },
    doc: {
      what: '表内审核：一般公共预算基本支出表中，人员经费 = 301 工资福利支出 + 303 对个人和家庭的补助，公用经费 = 302 商品和服务支出 + 310 资本性支出（及其他各类）。',
      why: '人员经费、公用经费按经济分类界定；合计与各类之和不符，基本支出的用途即被误报。',
      bad: '人员经费 314.49，而 301 为 300.71、303 为 3.78',
      good: '人员经费 304.49 = 301 300.71 + 303 3.78；公用经费 16.65 = 302 16.65',
    },
  },
  TBL009: {
    messages: {
      misplaced: '{row}属于{kind}科目，却在{column}栏填列 {amount} {unit}',
    },
    doc: {
      what: '表内审核：301、303 类（人员类）科目在公用经费栏填有金额，或 302、310 类科目在人员经费栏填有金额。',
      why: '所在栏次决定基本支出的性质；人员类科目列入公用经费（或相反），人员经费和公用经费两个合计都会失真。',
      bad: '30201 办公费：人员经费 5.50',
      good: '30201 办公费：公用经费 5.50',
    },
  },
  TBL010: {
    messages: {
      format: '{problem}',
      classification: '科目编码 {code} 不是{classification}分类科目编码（{expected}分类科目编码以 {digit} 开头）',
    },
    values: { problem: str(zhCodeProblem), classification, expected: classification },
    doc: {
      what: '分类科目编码：类 3 位、款 2 位、项 2 位；功能分类科目以 2 开头，经济分类科目以 3 开头（按政府预算经济分类编列的表以 5 开头）。',
      why: '编码不规范，无法归入分类体系，该行也就无法与所属类级科目及其他报表核对。',
      bad: '20103 01 填为“2010 301”；经济分类表中出现编码 2010301',
      good: '201 03 01（或 2010301）',
    },
  },
  TBL011: {
    messages: {
      orphan: '{row} 上方缺少所属{level}级行 {parent}',
    },
    doc: {
      what: '表内审核：在列有该级次的表中，款级行缺少所属类级行，或项级行缺少所属款级行。',
      why: '缺少上级行的明细，其金额没有小计承接，上级合计因此少计。',
      bad: '201 一般公共服务支出；2010301 行政运行（表中其他科目列有款级行，却没有 20103 行）',
      good: '201；20103；2010301',
    },
  },
  TBL012: {
    messages: {
      duplicate: '{row} 重复列示，首次列示于{first}',
    },
    values: { first: zhLine },
    doc: {
      what: '表内审核：同一张表中，同一分类科目编码出现在两个科目行上（项目支出表的项目行除外）。',
      why: '科目重复列示，会在所属类中重复计算，或者其中一行的编码有误。',
      bad: '2010301 行政运行 13.38 在第 8 行、第 11 行各列示一次',
      good: '每个编码只列示一次',
    },
  },
  TBL013: {
    messages: {
      name: '{row}：类级科目 {code} 在分类中的名称为“{expected}”',
    },
    doc: {
      what: '已知的类级科目编码，所列名称与科目分类中的名称不一致。',
      why: '编码与名称不对应，说明编码或名称有误，读者和其他报表所理解的科目就不一致了。',
      bad: '208 卫生健康支出',
      good: '208 社会保障和就业支出',
    },
  },
  TBL014: {
    messages: {
      missing: '{table}无数据，但未说明本表为空表（缺少空表说明）',
    },
    doc: {
      what: '无数据的表，应在表中或情况说明中说明为空表的原因（空表说明）。',
      why: '公开要求各表均须公开，空表须附说明；没有说明，读者无法分辨是“未安排预算”还是“漏填”。',
      bad: '政府性基金预算支出情况表只有表头和一行空的合计',
      good: '同一张表附有“备注：本单位2024年没有使用政府性基金预算拨款安排的支出，本表为空表。”',
    },
  },
  TBL015: {
    messages: {
      contradiction: '{table}填有数据，但表中备注称本表为空表：“{note}”',
    },
    doc: {
      what: '表中备注称本表为空表，但表内填有数据。',
      why: '要么备注沿用了上年，要么数据不属于本表；读者得到的是两种相互矛盾的信息。',
      bad: '“三公”经费表合计填有 4.40，备注却为“注：本单位无三公经费，故本表为空表”',
      good: '删去备注，或删去数据',
    },
  },
  TBL016: {
    messages: {
      malformed: '{row}，{column}：“{raw}”不是有效的金额',
    },
    values: { column },
    doc: {
      what: '金额栏中的单元格不是有效的金额（如“271.8.9”“abc”“1.2E+05”）。',
      why: '无法识别的数字无法审核，其参与的各项合计也就无从核对。',
      bad: '271.8.9',
      good: '271.89',
    },
  },
  TBL017: {
    messages: {
      negative: '{row}，{column}：{actual} {unit} 为负数',
    },
    values: { column },
    doc: {
      what: '预算表中出现负数金额。',
      why: '批复的预算是安排资金；负数几乎都是符号错误，或是应在别处反映的调整。',
      bad: '30201 办公费 -5.50',
      good: '30201 办公费 5.50',
    },
  },
  XT001: {
    messages: {
      total: '{what}：{stated} 为 {actual} {unit}，{other} 为 {expected} {unit}，差额 {difference} {unit}',
      class: '类 {code}：{stated} 为 {actual} {unit}，{other} 为 {expected} {unit}，差额 {difference} {unit}',
      missing: '类 {code}：{stated} 为 {actual} {unit}，但 {missingIn} 中没有 {code} 行',
      under: '类 {code}：{stated} 为 {actual} {unit}；{missingIn} 中没有 {code} 行，其下级各行之和为 {expected} {unit}，差额 {difference} {unit}',
    },
    doc: {
      what: '表间审核：收支总表的收入总计等于收入总表合计，支出总计等于支出总表合计，各功能分类类级科目等于支出总表中相应的类级行。',
      why: '收支总表是对明细报表的汇总；数字不一致，说明其中一张表未同步更新。',
      bad: '收支总表 201 一般公共服务支出 581.66；支出总表 201 591.66',
      good: '两表均为 581.66',
    },
  },
  XT002: {
    messages: {
      row: '{subject}：收入总表为 {expected} {unit}，支出总表为 {actual} {unit}，差额 {difference} {unit}',
      missing: '{subject}：{table}为 {actual} {unit}，但{missingIn}中没有此行',
      under: '{subject}：{table}为 {actual} {unit}；{missingIn}中没有此行，其下级各行之和为 {expected} {unit}，差额 {difference} {unit}',
    },
    values: { table: str(zhTableKind), missingIn: str(zhTableKind) },
    doc: {
      what: '表间审核：收入按功能分类列示时，各科目的收入合计等于其支出合计（各编码、各级次及合计行）。',
      why: '单位按科目以收定支；某科目收支不等，说明两张表中有一张填报有误。',
      bad: '收入总表 2010350 事业运行 403.88；支出总表 2010350 事业运行 404.88',
      good: '两表均为 403.88',
    },
  },
  XT003: {
    messages: {
      item: '{name}：收支总表为 {actual} {unit}，收入总表该栏合计为 {expected} {unit}，差额 {difference} {unit}',
    },
    doc: {
      what: '表间审核：收支总表的各项收入等于收入总表相应栏的合计（一般公共预算拨款 = 一般公共预算栏，单位资金 = 单位资金栏……）。',
      why: '收支总表与收入总表反映的是同样的收入来源；不一致，说明其中一张表未更新。',
      bad: '收支总表 5.单位资金 131.99；收入总表单位资金栏合计 113.99',
      good: '两表均为 131.99',
    },
  },
  XT004: {
    messages: {
      income: '{name}：财政拨款收支总表为 {actual} {unit}，收支总表为 {expected} {unit}，差额 {difference} {unit}',
      class: '类 {code}（{fund}）：财政拨款收支总表为 {actual} {unit}，{other} 为 {expected} {unit}，差额 {difference} {unit}',
      missing: '类 {code}（{fund}）：{stated} 为 {actual} {unit}，但 {missingIn} 中没有 {code} 行',
      under: '类 {code}（{fund}）：{stated} 为 {actual} {unit}；{missingIn} 中没有 {code} 行，其下级各行之和为 {expected} {unit}，差额 {difference} {unit}',
      total: '支出总计：财政拨款收支总表为 {actual} {unit}，各资金支出表合计之和为 {expected} {unit}，差额 {difference} {unit}',
      fundTotal: '支出总计（{fund}）：财政拨款收支总表为 {actual} {unit}，{other} 为 {expected} {unit}，差额 {difference} {unit}',
    },
    values: { fund },
    doc: {
      what: '表间审核：财政拨款收支总表的一般公共预算收入等于收支总表的一般公共预算拨款；其一般公共预算、政府性基金、国有资本经营各栏按类等于相应资金支出表的类级行；其支出总计等于三张资金支出表合计之和，各资金栏的支出总计等于相应资金支出表的合计。',
      why: '财政拨款收支总表是各资金支出表的汇总；两者不一致，财政拨款即被误报。',
      bad: '财政拨款收支总表 201 一般公共预算 449.67；一般公共预算支出表 201 合计 494.67',
      good: '两表均为 449.67',
    },
  },
  XT005: {
    messages: {
      total: '一般公共预算支出表合计为 {actual} {unit}，收入总表一般公共预算栏合计为 {expected} {unit}，差额 {difference} {unit}',
    },
    doc: {
      what: '表间审核：一般公共预算支出表合计等于收入总表一般公共预算栏的合计。',
      why: '一般公共预算支出由一般公共预算收入安排，两个合计是同一个数。',
      bad: '一般公共预算支出表合计 485.54；收入总表一般公共预算 485.45',
      good: '两表均为 485.54',
    },
  },
  XT006: {
    messages: {
      total: '基本支出：一般公共预算支出表为 {actual} {unit}，一般公共预算基本支出表合计为 {expected} {unit}，差额 {difference} {unit}',
    },
    doc: {
      what: '表间审核：一般公共预算支出表的基本支出合计等于一般公共预算基本支出表的合计。',
      why: '两张表反映的是同一笔基本支出，一张按功能分类，一张按经济分类。',
      bad: '一般公共预算支出表基本支出 321.14；基本支出经济分类表合计 312.14',
      good: '两表均为 321.14',
    },
  },
  XT007: {
    messages: {
      total: '项目支出：一般公共预算支出表为 {actual} {unit}，项目支出表合计为 {expected} {unit}，差额 {difference} {unit}',
      item: '{code}：一般公共预算支出表中项目支出为 {actual} {unit}，其下各项目之和为 {expected} {unit}，差额 {difference} {unit}',
      missing: '{code}：其下各项目之和为 {expected} {unit}，但一般公共预算支出表中没有 {code} 行',
    },
    doc: {
      what: '表间审核：一般公共预算支出表的项目支出合计等于项目支出表的合计，且各项级科目的项目支出等于其下各项目之和。',
      why: '项目支出表列明各科目项目资金的用途；科目下各项目之和不符，就有资金被隐去或虚列。',
      bad: '2010399 项目支出 164.40；其下各项目之和为 146.40',
      good: '164.40 = 50.00 + 3.00 + 30.00 + 12.00 + 69.40',
    },
  },
  XT008: {
    messages: {
      le: '{subject} {column}：一般公共预算支出表为 {actual} {unit}，大于支出总表的 {expected} {unit}',
      eq: '{subject} {column}：一般公共预算支出表为 {actual} {unit}，支出总表为 {expected} {unit}；单位收入全部为一般公共预算，两者应当相等，差额 {difference} {unit}',
    },
    values: { column },
    doc: {
      what: '表间审核：一般公共预算支出表各行逐栏（合计、基本支出、项目支出）不大于支出总表的同一行；单位收入全部为一般公共预算时，两者相等。',
      why: '一般公共预算支出是全部支出的一部分；某科目的一般公共预算资金多于其全部资金，必有误报。',
      bad: '2010301 行政运行：一般公共预算 13.38，支出总表 11.38',
      good: '一般公共预算 13.38 ≤ 支出总表 13.38',
    },
  },
  XT009: {
    messages: {
      ge: '{name}：“三公”经费表为 {actual} {unit}，小于经济分类科目 {code}（{expected} {unit}）',
    },
    doc: {
      what: '表间审核：“三公”经费表的公务接待费不小于基本支出经济分类表的 30217 公务接待费，公务用车运行费不小于 30231 公务用车运行维护费（“三公”经费还包括项目支出安排的部分）。',
      why: '“三公”经费表须完整反映公务接待和公务用车支出；基本支出中相应科目的金额大于公开数，说明公开不完整。',
      bad: '“三公”经费表公务接待费 0.20；30217 公务接待费 0.40',
      good: '“三公”经费表公务接待费 0.40 ≥ 30217 0.40',
    },
  },
  XT010: {
    messages: {
      eq: '机关运行经费为 {actual} {unit}，基本支出经济分类表的公用经费合计为 {expected} {unit}，差额 {difference} {unit}',
    },
    doc: {
      what: '表间审核：“三公”经费表中的机关运行经费等于基本支出经济分类表的公用经费合计。',
      why: '机关运行经费按行政单位基本支出中的公用经费口径界定；数字不同，通常是沿用了旧数或录入有误。',
      bad: '机关运行经费 20.00；公用经费 16.65',
      good: '两者均为 16.65',
    },
  },
  XT011: {
    messages: {
      eq: '{name}：上年结转结余情况表为 {actual} {unit}，收支总表为 {expected} {unit}，差额 {difference} {unit}',
    },
    doc: {
      what: '表间审核：上年结转结余情况表的合计等于收支总表中上年结转结余的各行（合计、财政拨款结转、非财政拨款结转结余）。',
      why: '上年结转的资金在两张表中都要反映；不一致，说明结转资金的安排有误。',
      bad: '上年结转结余情况明细表总计 31.16；收支总表“二、上年结转结余”为空',
      good: '两表均为 31.16（或均为空）',
    },
  },
  XT012: {
    messages: {
      same: '{figure}（{fund}）两处填报不一致：{stated} 为 {actual} {unit}，{other} 为 {expected} {unit}，差额 {difference} {unit}',
      oneFund: '{figure}实为同一个数（{why}），两处填报不一致：{stated}（{fund}）为 {actual} {unit}，{other}（{otherFund}）为 {expected} {unit}，差额 {difference} {unit}',
      ge: '{figure}：{stated}（{fund}）为 {actual} {unit}，小于其中的{otherFund}部分（{other} 为 {expected} {unit}）',
      le: '{figure}：{stated}（{fund}）为 {actual} {unit}，大于其所属的{otherFund}数（{other} 为 {expected} {unit}）',
    },
    values: { fund, otherFund: fund, why: str(zhWhyOneFund) },
    doc: {
      what: '表间审核：两张表列示的同一个数（资金、科目、口径和年度均相同，如收支总表支出总计的人员经费与基本支出经济分类表合计的人员经费）在舍入误差范围内一致；全部资金的数不小于其中某类资金的同一个数，单位资金全部为该类资金时两者相等；XT001–XT011 已核对的数不再重复核对。',
      why: '各表是同一本预算的不同视角；两张表中的同一个数不一致，说明其中一张未更新，而且可能没有别的勾稽关系能发现它（如收支总表将基本支出拆分为人员经费和公用经费，别无其他核对）。',
      bad: '收支总表支出总计人员经费 294.49；一般公共预算基本支出表合计人员经费 304.49（全部资金均为一般公共预算）',
      good: '两表均为 304.49',
    },
  },
  FE001: {
    messages: {
      eq: '{name}：经济分类 {economic} 为 {expected} {unit}，而功能分类 {functions} 的基本支出为 {actual} {unit}，差额 {difference} {unit}',
    },
    doc: {
      what: '功能分类与经济分类对应：经济分类科目有专门对应的功能分类科目时（30108 ↔ 2080505，30109 ↔ 2080506，30110/30111 ↔ 21011xx，30113 ↔ 2210201），一般公共预算支出表中该功能科目的基本支出等于该经济分类科目。',
      why: '同一笔资金分类了两次；养老保险、住房公积金等缴费在两种分类中金额不同，说明其中一处科目使用有误。',
      bad: '30108 机关事业单位基本养老保险缴费 31.87；2080505 基本支出 30.87',
      good: '两者均为 31.87',
    },
  },
  FE002: {
    messages: {
      missing: '经济分类科目 {economic} {name} 列有 {amount} {unit}，但各表均未列示其对应的功能分类科目 {functions}',
    },
    doc: {
      what: '有专门对应功能分类科目的经济分类科目（30108、30109、30110/30111、30113）列有金额，但各表均未列示其对应的功能分类科目。',
      why: '住房公积金、医疗保险、养老保险缴费应在各自的功能分类科目中安排；未列示，说明资金列在了其他科目（常见为行政运行）下，功能分类失真。',
      bad: '30113 住房公积金 25.84，各表均无 2210201 住房公积金行',
      good: '30113 住房公积金 25.84，且 2210201 住房公积金的基本支出栏为 25.84',
    },
  },
  CP001: {
    messages: {
      missing: '公开报表缺少{names}',
    },
    doc: {
      what: '公开报表包含财政部规定的各张主要报表（收支总表、收入总表、支出总表、财政拨款收支总表、一般公共预算支出表、一般公共预算基本支出表、政府性基金预算支出表、国有资本经营预算支出表、“三公”经费表；决算为相应的决算表：收入支出决算总表、收入决算表、支出决算表……）。',
      why: '缺表即公开不完整，需要用到该表的各项勾稽关系也无法审核。',
      bad: '公开表中没有政府性基金预算支出表',
      good: '该表齐全，无数据时附空表说明',
    },
  },
  CP002: {
    messages: {
      table: '{file} 所列编制单位为“{name}”，其他各表为“{expected}”',
      narrative: '情况说明中未出现单位名称“{expected}”',
    },
    doc: {
      what: '各表所列编制单位（编制部门）一致，情况说明中也写明该单位。',
      why: '表中出现其他单位的名称，说明该表是从别的单位的公开表中复制来的，其数字属于别的单位。',
      bad: '克州政务服务和公共资源交易中心的公开表中，表5 的编制单位为克州财政局',
      good: '各表单位名称一致',
    },
  },
  CP003: {
    messages: {
      table: '{file} 标题年度为 {year} 年，预算年度为 {expected} 年',
      narrative: '情况说明所述为 {year} 年预算，而报表为 {expected} 年',
    },
    doc: {
      what: '各表标题中的年度一致，情况说明所述的也是该年度。',
      why: '混入其他年度的报表，其数字不是本年预算的数字。',
      bad: '2024 年公开表中出现“2023年一般公共预算支出情况表”',
      good: '各表标题均为 2024年',
    },
  },
  CP004: {
    messages: {
      duplicate: '{file} 重复包含{table}；已按 {first} 审核',
    },
    doc: {
      what: '同一单位有两个文件包含同一张表。',
      why: '只有一张是批复的表；审核按第一张进行，另一张可能是旧稿或其他单位的表。',
      bad: '表5-一般公共预算支出情况表.csv 和 表5(修改).csv 均为一般公共预算支出情况表',
      good: '每张表一个文件',
    },
  },
  CP005: {
    messages: {
      skipped: '{file}：{reason}',
    },
    values: { reason: str(zhReason), file: str(zhLabel) },
    doc: {
      what: '单位的某个 CSV 文件（或工作簿中的某个工作表）不含可审核的报表（前几行中没有可识别的表名，或是政府采购预算表等不在审核范围内的表）。',
      why: '该文件已读取但未审核，审核人员应当知道；表名不规范的主要报表也会出现在这里（同时提示缺表）。',
      bad: 'Sheet12.csv 为人员名单；政府采购预算表.csv',
      good: '只有公开表中的各张报表，且表名在前几行中',
    },
  },
  NC001: {
    messages: {
      differs: '{subject}文中表述为 {actual} {unit}，报表数为 {expected} {unit}（{figure}）',
      operatingCost: '{subject}文中表述为 {actual} {unit}，公用经费为 {expected} {unit}（{figure}）：行政单位两者应当相等（审核规则 B9），故列为警告而非错误',
    },
    doc: {
      what: '表文一致性：情况说明中的金额与其所述科目在报表中的数字不一致（机关运行经费与公用经费不一致时为警告，见审核规则 B9）。',
      why: '情况说明是对报表的重述；与报表对不上的金额（抄错了行、沿用了旧稿）会误导每一位读者。',
      bad: '一般公共服务支出（类）449.76 万元（表5：201 合计 449.67）',
      good: '一般公共服务支出（类）449.67 万元',
    },
  },
  NC002: {
    messages: {
      differs: '{subject}：文中占比为 {actual}%，按 {numerator} / {denominator} 计算应为 {expected}%',
    },
    doc: {
      what: '表文一致性：文中的占比（占 X%）与分子 / 分母的计算结果不一致，超出舍入误差。',
      why: '用错了基数或沿用上年的占比，是检查中最常发现的情况说明问题之一。',
      bad: '一般公共预算 485.54 万元，占 87.63%（以 617.53 为基数）',
      good: '一般公共预算 485.54 万元，占 78.63%',
    },
  },
  NC003: {
    messages: {
      differs: '{subject}：增减额 {change}、上年数 {prior}，增减幅度应为 {expected}%，文中为 {actual}%',
    },
    doc: {
      what: '表文一致性：同比增减幅度与“增减额 / 上年数”不一致，其中上年数 = 本年数 − 增加额（增加时）或本年数 + 减少额（减少时）。',
      why: '用错基数（本年数、其他行）计算的增幅，会误报预算的变化。',
      bad: '比上年预算减少 25.16 万元，下降 5.18%',
      good: '比上年预算减少 25.16 万元，下降 4.93%',
    },
  },
  NC004: {
    messages: {
      words: '{subject}：“{changeWord}”与“{percentWord}”的增减方向相反',
      against: '{subject}：文中称“{word}”，但金额由 {prior} 变为 {current}',
      sign: '{subject}：{word} {change} 超过本年数 {current}，上年数将为负数',
    },
    doc: {
      what: '同比表述中的方向词相互矛盾（增加与下降、减少与增长），或增加额超过本年数本身。',
      why: '读者从用词判断增减方向；用词之间或用词与数字相互矛盾，增减情况就无法理解。',
      bad: '比上年预算减少 25.16 万元，增长 4.93%',
      good: '比上年预算减少 25.16 万元，下降 4.93%',
    },
  },
  NC005: {
    messages: {
      notFlat: '{subject}：文中称“{word}”，但增减额为 {change}',
    },
    doc: {
      what: '持平表述（持平、无变化、无增减）与一个不可能为零的增减额同时出现。',
      why: '“持平”告诉读者没有变化，文中所述的非零增减额却说明有变化。',
      bad: '公务接待费增加 0.40 万元，与上年一致无变化',
      good: '公务接待费增加 0.00 万元，与上年一致无变化',
    },
  },
  NC006: {
    messages: {
      zeroBase: '{subject}：上年数为零，增长 {percent}（{change} 全部为新增）：属惯例表述，并非实际比率',
    },
    doc: {
      what: '上年为零时表述为“增长 100%”：属常见惯例，并非实际计算（仅作提示，不作为错误）。',
      why: '以零为基数的增幅没有意义；读者应当知道此处 100% 的含义是“本年新增”。',
      bad: '增加 164.40 万元，增长 100.00%（上年为 0）',
      good: '增加 164.40 万元（上年未安排）',
    },
  },
  NC007: {
    messages: {
      disagree: '{family}：按{second}推算的上年数为 {secondValue}，按{first}推算为 {firstValue}（见{lines}）',
    },
    values: { lines: zhLine, first: str(zhDerivation), second: str(zhDerivation) },
    doc: {
      what: '不同组表述（各收入项目、基本支出 + 项目支出、各功能分类科目、“三公”经费各项）推算出的上年合计数不一致。',
      why: '每一处同比表述都隐含着上年数；按收入各项与按支出各项推算出的上年总数不同，至少有一处增减额有误。',
      bad: '按各收入项目推算上年合计为 614.59，按基本支出 + 项目支出推算为 624.59',
      good: '510.70 + 72.73 + 31.16 = 335.98 + 278.61 = 614.59',
    },
  },
  NC008: {
    messages: {
      sum: '{total}为 {actual}，其构成 {parts} 之和为 {expected}',
      exceeds: '{total}为 {actual}，其构成 {parts} 之和超过总数（{expected}）',
      changes: '{total}增减 {actual}，其构成的增减 {parts} 之和为 {expected}',
    },
    doc: {
      what: '文中列举的明细（其中：……，资金分配情况）之和与所述总数不符；或完整列举的明细各自说明了增减额时，其增减额之和与总数的增减额不符。',
      why: '明细之和不等于总数，说明某项明细或总数有误。',
      bad: '政府采购预算 163.00 万元，其中：货物 14.38 万元，工程 1.60 万元，服务 146.02 万元',
      good: '政府采购预算 163.00 万元，其中：货物 14.38 万元，工程 1.60 万元，服务 147.02 万元',
    },
  },
  NC009: {
    messages: {
      count: '{subject}：文中为 {actual} {unit}，{table} 列示 {expected} {unit}',
    },
    doc: {
      what: '文中所述项目个数与项目支出表不一致。',
      why: '检查时会将项目个数与项目支出表核对；个数不符，说明漏列或多列了项目。',
      bad: '当年财政拨款项目 6 个（表7 列示 5 个）',
      good: '当年财政拨款项目 5 个',
    },
  },
  NC010: {
    messages: {
      year: '比较年度 {year} 年不是预算年度 {budgetYear} 年的上一年度',
    },
    doc: {
      what: '文中写明的比较年度不是预算年度的上一年度。',
      why: '2024 年公开表中的“比2024年预算”等于与自己比较：是沿用其他年度文本留下的。',
      bad: '2024 年预算……比 2024 年预算增加',
      good: '2024 年预算……比 2023 年预算增加',
    },
  },
  NC011: {
    messages: {
      placeholder: '文中有未替换的占位符“{text}”',
    },
    doc: {
      what: '文中留有未替换的模板占位符（XX、××、占%、主要原因是。）或未删除的模板选项。',
      why: '占位符说明有数字或原因没有填写。',
      bad: '占 XX%；主要原因是。',
      good: '占 78.63%；主要原因是在职人员减少。',
    },
  },
  NC012: {
    messages: {
      twoAmounts: '{subject}此处表述为 {second}，{firstLine}表述为 {first}',
    },
    values: { firstLine: zhLine },
    doc: {
      what: '情况说明中同一事项出现了两个不同的金额。',
      why: '同一事项有两个数，至多只有一个是对的。',
      bad: '基本支出 321.14 万元……基本支出 312.14 万元',
      good: '基本支出 321.14 万元……基本支出 321.14 万元',
    },
  },
  NC013: {
    messages: {
      previous: '{subject}：按文中表述推算上年数为 {implied}，上年报表为 {expected} {unit}（{figure}）',
      priorColumn: '{subject}：按文中表述推算上年数为 {implied}，本年报表的上年数栏为 {expected} {unit}（{figure}）',
    },
    doc: {
      what: '按文中表述推算的上年数与上年的报表不一致：上年的公开表（--previous），或本年报表中的上年数栏（上年预算数）。',
      why: '“比上年预算减少 25.16 万元”说明了上年预算是多少；上年公开的报表可以印证。',
      bad: '一般公共预算 485.54 万元，比上年预算减少 25.16 万元（上年一般公共预算为 520.70）',
      good: '一般公共预算 485.54 万元，比上年预算减少 25.16 万元（上年一般公共预算为 510.70）',
    },
  },
  NC014: {
    messages: {
      differs: '{subject}：由文中所述上年数 {prior} 到本年数 {current}，增减额应为 {change}，文中为 {stated}',
    },
    doc: {
      what: '同比增减额与本年数减去文中同时列出的上年数之差不一致（“上年预算数 335.98 万元，减少 14.84 万元”）。',
      why: '文中同时列出两年的数字时，所述增减额必须等于两者之差；否则读者无法判断三个数中哪一个错了。',
      bad: '本年预算 321.14 万元，上年预算数 335.98 万元，减少 15.84 万元',
      good: '本年预算 321.14 万元，上年预算数 335.98 万元，减少 14.84 万元',
    },
  },
  NC015: {
    messages: {
      differs: '{subject}：文中预算完成率为 {actual}%，按决算数 {spent} / 预算数 {budget} 计算应为 {expected}%',
      table: '{subject}：文中预算完成率为 {actual}%，按表中决算数 {spent} / 预算数 {budget} 计算应为 {expected}%',
      more: '{subject}：文中预算完成率为 {actual}%，而决算数 {spent} 比预算数多 {difference}，即预算数为 {budget}，完成率应为 {expected}%',
      less: '{subject}：文中预算完成率为 {actual}%，而决算数 {spent} 比预算数少 {difference}，即预算数为 {budget}，完成率应为 {expected}%',
    },
    doc: {
      what: '决算完成率（完成预算的 X%、为预算的 X%）与文中同时列出的决算数 / 预算数（或决算数及其与预算数的差额，如“决算数大于预算数55.93万元”）、或表中同一科目的决算数 / 预算数不一致，超出舍入误差。',
      why: '决算要说明与预算的每一项差异；用错了预算数（用合计的预算计算单项、用了上年的预算）计算的完成率，会误报预算执行情况。',
      bad: '支出预算为5.92万元，支出决算为3.58万元，完成预算的59.5%（3.58 / 5.92 = 60.47%）',
      good: '支出预算为5.92万元，支出决算为3.58万元，完成预算的60.5%',
    },
  },
  NC016: {
    messages: {
      relation: '{subject}：文中称“决算数{word}预算数”，但决算数 {spent} {truth}预算数 {budget}',
      difference: '{subject}：文中所述决算数与预算数的差额为 {actual} {unit}，决算数 {spent} 减预算数 {budget} 应为 {expected} {unit}',
      noReason: '{subject}：文中称“决算数{word}预算数”，未说明原因（决算数与预算数有差异的，应说明“主要原因是……”）',
    },
    doc: {
      what: '决算：“决算数大于/小于/等于预算数”须与决算数、预算数（表中列出两者的，以表为准；否则以文中所述为准）相符，同时所述差额（“大于预算数55.93万元”）须为两者之差；两者有差异的，应说明原因（“主要原因是……”，未说明的提示警告）。',
      why: '决算公开要求对决算数与预算数的每项差异作出说明；比较方向说反、差异未说明原因，是检查中最先指出的问题。',
      bad: '公务接待费预算数 8.00、决算数 0.30，文中称“决算数大于预算数”；或只写“决算数小于预算数。”未说明原因',
      good: '“决算数小于预算数，主要原因是严格执行八项规定，压减公务接待。”',
    },
  },
  TBL018: {
    messages: {
      summary: '{table}：年末结转和结余填报 {actual} {unit}，按年初结转和结余 + 本年收入 − 本年支出（含使用非财政拨款结余、结余分配）应为 {expected} {unit}（差额 {difference}）',
      fund: '{table}，{fund}：年末结转和结余填报 {actual} {unit}，按年初结转和结余 + 本年收入 − 本年支出应为 {expected} {unit}（差额 {difference}）',
      row: '{table}：{row}：年末结转和结余填报 {actual} {unit}，按年初结转和结余 + 本年收入 − 本年支出应为 {expected} {unit}（差额 {difference}）',
    },
    values: { fund: column },
    doc: {
      what: '决算表内审核：年初结转和结余 + 本年收入（+ 使用非财政拨款结余）= 本年支出（+ 结余分配）+ 年末结转和结余；收入支出决算总表、财政拨款收入支出决算总表的各项资金栏，以及列出这四栏的各资金决算表（一般公共预算、政府性基金、国有资本经营）的每一行均应平衡。',
      why: '年末结余等于年初结余加本年收入减本年支出；不平衡，要么本年收支有误，要么下年的年初结余有误。',
      bad: '2080505 年初结转和结余 0，本年收入 54.62，本年支出 54.62，年末结转和结余 5.46',
      good: '0 + 54.62 − 54.62 = 0.00 年末结转和结余',
    },
  },
  TXT001: {
    messages: {
      alternative: '模板选项“{text}”未删除：应只保留适用的词',
    },
    doc: {
      what: '情况说明中模板的二选一选项未处理，两个词都印了出来（“增加（减少）”“增长（下降）”“本部门（单位）”）。',
      why: '模板给出两个词，由编制人保留适用的一个；原样照印，读者无从判断数字的增减方向（模板选项未删除）。',
      bad: '财政拨款收入支出增加（减少）的主要原因是人员减少。',
      good: '财政拨款收入支出减少的主要原因是人员减少。',
    },
  },
  TXT002: {
    messages: {
      truncated: '文字在“{text}”之后中断：应写明的内容没有填写',
      placeholder: '文中留有占位符“{text}”',
      missing: '“{text}”：缺少数字',
    },
    doc: {
      what: '原因或用途只写了开头（“主要用于。”“原因：。”），留有占位符（“【】”“（）”、待定、“X.XX万元”），或金额、比例未填数字（“占基本支出预算%”）；NC011 已报告的不重复报告。',
      why: '模板中应填写的地方没有填写，读者既看不到数字，也看不到公开应作的说明（占位符未替换）。',
      bad: '公用经费16.65万元，主要用于。',
      good: '公用经费16.65万元，主要用于办公费、印刷费、差旅费等。',
    },
  },
  TXT003: {
    messages: {
      level: '{basis}为{level}预算，文中却写“{text}”：文字套用了另一层级的文本',
    },
    values: { basis: str((v) => (v === 'by its tables' ? '按报表' : v === 'by its title' ? '按标题' : v)) },
    doc: {
      what: '情况说明写的是另一层级的文件：单位预算（报表为“单位……表”或标注编制单位）的文字称其“部门预算”，或部门预算的文字称“单位预算”。层级按报表判断（报表标题，其次为编制单位/编制部门标注）；没有报表的情况说明按其自身标题判断。',
      why: '文字套用了另一层级的模板（或抄自其他单位）：标题、报表和文字应当指同一份文件。',
      bad: '单位收支总体情况表……情况说明：“本部门2024年部门预算收支总额617.53万元”',
      good: '“本单位2024年单位预算收支总额617.53万元”',
    },
  },
  TXT004: {
    messages: {
      subject: '{code} 名称为“{old}”，系旧科目名称：最迟自 {since} 年起为“{current}”',
      budget: '“{old}”系旧称：最迟自 {since} 年起为“{current}”',
    },
    doc: {
      what: '功能分类科目使用了预算年度之前已停用的名称，见于情况说明或报表行（210 医疗卫生与计划生育支出，2019 年起为卫生健康支出；207 文化体育与传媒支出；220 国土海洋气象等支出；2015 年起“公共财政预算”改称“一般公共预算”……）。',
      why: '沿用往年的文字或报表，留下了旧名称：所称科目已不存在，读者无法与报表或政府预算对应。',
      bad: '医疗卫生与计划生育支出（类）行政事业单位医疗（款）行政单位医疗（项）143.90万元',
      good: '卫生健康支出（类）行政事业单位医疗（款）行政单位医疗（项）143.90万元',
    },
  },
  TXT005: {
    messages: {
      tables: '{code} 文中称“{name}”，报表中为“{expected}”',
      classification: '{code} 文中称“{name}”，支出功能分类科目中为“{expected}”',
    },
    doc: {
      what: '情况说明（按类款项标注或编码）所称功能分类科目的名称与报表中同一编码的名称不同；报表未列该编码的，与政府收支分类科目的名称不同。',
      why: '情况说明与报表应以同一名称称呼同一科目；一个编码两个名称，读者只能猜测所指，且其中必有一个是错的。',
      bad: '报表：2080505 机关事业单位基本养老保险缴费支出；情况说明：“社会保障和就业支出（类）行政事业单位养老支出（款）基本养老保险（项）”',
      good: '情况说明：“社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）”',
    },
  },
  TXT006: {
    messages: {
      doubled: '句末标点重复：“{text}”',
      noEnd: '段落以“{text}”结尾，缺少句号',
      unclosed: '“{text}”在本段中未闭合',
      unopened: '“{text}”在本段中没有对应的前半部分',
    },
    doc: {
      what: '校对时会标出的标点问题，每段只报第一处：句末标点重复（“。。”“，。”），成句的段落末尾缺少句号，“ ‘ （ 《 【 〔 未闭合，或后半部分没有对应的前半部分。',
      why: '问题虽小，但在审核要点之列；括号、引号未闭合，也常常说明编辑时丢了文字。',
      bad: '主要用于单位职工工资。。公务接待费（含外宾接待费用。',
      good: '主要用于单位职工工资。公务接待费（含外宾接待）费用。',
    },
  },
  TXT007: {
    messages: {
      repeated: '“{word}”连写了两遍',
    },
    doc: {
      what: '二至四字的词连写两遍（“预算预算”“原因原因”“财政拨款财政拨款”），或“的的”“了了”，系编辑遗留。汉语固有的重叠不报告：单字重叠（人人、常常、年年）、数字、一步一步、研究研究、目的的、为了了解。',
      why: '重复的词是审核时会标出的编辑遗留，也说明文字发布前未经校对。',
      bad: '比上年减少的主要原因原因是在职人员减少。',
      good: '比上年减少的主要原因是在职人员减少。',
    },
  },
} satisfies ZhCatalogue;

/** A finding's data as its Chinese message shows it: each value through its rule's function for the key, else as a label. */
export function zhData(rule: string, data: Record<string, string | number | undefined>): Record<string, string | number | undefined> {
  const values = (ZH as Partial<Record<string, { values?: Record<string, (v: string | number) => string | number> }>>)[rule]?.values;
  const out: Record<string, string | number | undefined> = {};
  for (const [k, v] of Object.entries(data)) {
    const own = values?.[k];
    out[k] = v === undefined ? v : own ? own(v) : typeof v === 'string' ? zhLabel(v) : v;
  }
  return out;
}
