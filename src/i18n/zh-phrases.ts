/**
 * Chinese for the English words that the checks put into data rather than into templates: places
 * ("line 12", "表5 row 9", "p.3:12", "file: no row 201"), the labels that rule code and the ledger
 * build ("(no subject)", "all money", a column's key), what a claim was checked against ("prior
 * 510.70 = current … − change"), and the loader's reasons for a file it could not read or skipped.
 * Each is a list of patterns tried in order; text that none of them knows is left as it is (a new
 * English wording shows up in the tests that read the Chinese report of every fixture).
 */
import { TABLE_NAMES, type TableKind } from '../ledger/model.js';

type Rewrite = [RegExp, string | ((...m: string[]) => string)];

function apply(text: string, rewrites: Rewrite[]): string {
  let out = text;
  for (const [re, to] of rewrites) out = out.replace(re, to as (...m: string[]) => string);
  return out;
}

/** Places inside a file: a line, a sheet's row, a page's line. */
const PLACES: Rewrite[] = [
  // relabel(): "表.xlsx 表5 row 9", "公开.pdf p.7:12"; relabelLines(): "表5 row 9", "p.7:12".
  [/ row (\d+)\b/g, ' 第 $1 行'],
  // cite(): "表5-….csv:8 2010301 行政运行 合计".
  [/(\.(?:csv|tsv|txt|md)):(\d+)\b/gi, '$1 第 $2 行'],
  [/ sheet "([^"]*)"/g, ' 工作表“$1”'],
  [/ page (\d+)\b/g, ' 第 $1 页'],
  [/\bp\.(\d+):(\d+)\b/g, '第 $1 页第 $2 行'],
  [/\blines (\d+(?:, \d+)*)\b/g, (_m, list: string) => `第 ${list.split(', ').join('、')} 行`],
  [/\bline (\d+)\b/g, '第 $1 行'],
];

/** A place of a finding's data that the rule gives as a line number, or that the loader relabelled ("p.3:12", "表6 row 22"), or a list of them. */
export function zhLine(v: string | number): string {
  if (typeof v === 'number') return `第 ${v} 行`;
  if (/^\d+(, \d+)*$/.test(v)) return `第 ${v.split(', ').join('、')} 行`;
  return v
    .split(', ')
    .map((p) => (/^\d+$/.test(p) ? `第 ${p} 行` : apply(p, PLACES)))
    .join('、');
}

/** The words of the ledger's labels and of cited figures. */
const LABELS: Rewrite[] = [
  // cite() of a row a table does not print (before PLACES, whose " row 201" would take its words); describe() of one.
  [/: no row (.+)$/, '：无 $1 行'],
  ...PLACES,
  [/ \(no such row\)/g, '（无此行）'],
  // A figure summed from the rows under a code.
  [/ \(the sum of its (\d+) rows\)/g, '（其下 $1 行之和）'],
  [/项目支出 less 财政拨款项目支出/g, '项目支出减财政拨款项目支出'],
  [/\(no subject\)/g, '（未指明事项）'],
  [/^\(none\)$/, '（无）'],
  // A change stated with its prior (NC005).
  [/ \(from the stated prior (.+)\)$/, '（按文中所述上年数 $1 计算）'],
  [/^(.+) \(([^()]+)\)$/, '$1（$2）'],
];

/** The groups of claims whose implied prior years NC007 compares: "the function items", "一般公共预算 (…)". */
const DERIVATIONS: Rewrite[] = [
  [/^the total\b/, '总额'],
  [/^the income items\b/, '各收入项目'],
  [/^the function items\b/, '各功能分类项级科目'],
  [/^the function classes\b/, '各功能分类类级科目'],
  [/^its three parts\b/, '其三项构成'],
  [/^its four parts\b/, '其四项构成'],
  [/^its parts\b/, '其各项构成'],
];

export function zhDerivation(v: string): string {
  return zhLabel(apply(v, DERIVATIONS));
}

/** A data value or a label as the Chinese report shows it. */
export function zhLabel(v: string): string {
  return apply(v, LABELS);
}

/** Which money a figure is of (XT004, XT012): a fund's key or its name. */
const FUNDS: Record<string, string> = {
  'all money': '全部资金',
  all: '全部资金',
  fin: '财政拨款',
  gpb: '一般公共预算',
  gfb: '政府性基金',
  soc: '国有资本经营',
  nonfin: '非财政拨款',
};

export function zhFund(v: string): string {
  return FUNDS[v] ?? v;
}

/** Why two funds' figures are one (XT012). */
const ONE_FUND: Record<string, string> = {
  "all of the unit's income is 财政拨款": '单位收入全部为财政拨款',
  "all of the unit's income is 一般公共预算": '单位收入全部为一般公共预算',
  'all of its 财政拨款 is 一般公共预算': '财政拨款全部为一般公共预算',
};

export function zhWhyOneFund(v: string): string {
  return ONE_FUND[v] ?? v;
}

/** A column's key, shown when a column has no label of its own (src/load/columns.ts). */
const COLUMN_KEYS: Record<string, string> = {
  total: '合计',
  subtotal: '小计',
  basic: '基本支出',
  project: '项目支出',
  personnel: '人员经费',
  public: '公用经费',
  prior: '上年',
  change: '增减',
  fin: '财政拨款',
  'fin-carry': '财政拨款结转',
  nonfin: '非财政拨款',
  'nonfin-carry': '非财政拨款结转',
  gpb: '一般公共预算',
  'gpb-transfer': '上级一般公共预算转移支付',
  gfb: '政府性基金',
  'gfb-transfer': '上级政府性基金转移支付',
  soc: '国有资本经营',
  'soc-transfer': '上级国有资本经营预算转移支付',
  special: '财政专户',
  'unit-funds': '单位资金',
  business: '事业收入',
  operating: '事业单位经营收入',
  'higher-subsidy': '上级补助收入',
  affiliated: '附属单位上缴收入',
  'other-income': '其他收入',
  carry: '上年结转',
  upper: '上缴上级支出',
  'operating-exp': '事业单位经营支出',
  'affiliated-exp': '对附属单位补助支出',
  sources: '资金来源',
};

/** A column's label, or its key ("basic", "fin/gpb", "prior-2023") when it has none; "a + b" lists each. */
export function zhColumn(v: string): string {
  return v
    .split(' + ')
    .map((label) =>
      label
        .split('/')
        .map((seg) => COLUMN_KEYS[seg] ?? seg.replace(/^(?:prior-|year-)(\d{4})$/, '$1年').replace(/^econ-(\d{3})$/, '经济分类 $1'))
        .join('/'),
    )
    .join(' + ');
}

/** The tables XT002 names by their kind. */
export function zhTableKind(v: string): string {
  return TABLE_NAMES[v as TableKind] ?? v;
}

/** What a claim was checked against (the claims list's last column), from analysis.ts and the NC rules. */
const AGAINST: Rewrite[] = [
  [/^last year: /, '上年报表：'],
  [/^prior-year column: /, '上年数栏：'],
  [/^(\d+) parts = total$/, '$1 项之和 = 总数'],
  [/^(\d+) parts ≤ total$/, '$1 项之和 ≤ 总数'],
  [/^budget year (\d{4})$/, '预算年度 $1 年'],
  [/^(.+): (\d+) project rows$/, '$1：项目 $2 个'],
  [/^the change stated at /, '所述增减额，见'],
  [/^checked with the list at /, '与分项合计一同核对，见'],
  [/^checked with the change at /, '与所述增减额及增减率一同核对，见'],
  [/^checked with the share at /, '与所述占比一同核对，见'],
  [/^checked with the completion rate at /, '与所述完成率一同核对，见'],
  [/^the amount stated at /, '所述金额，见'],
  [/ − the prior stated at /g, ' − 所述上年数，见'],
  [/ − stated prior /g, ' − 文中上年数 '],
  [/^stated (.+) \/ stated budget (.+)$/, '文中决算数 $1 / 文中预算数 $2'],
  // What was spent set beside its budget (NC016, final accounts): "stated 263.20 against stated budget 263.20".
  [/^stated (-?[\d,.]+) against /, '文中决算数 $1 对照 '],
  [/\bstated budget (?=-?[\d,.])/g, '文中预算数 '],
  [/ against /g, ' 对照 '],
  [/\bstated current\b/g, '文中本年数'],
  [/\bprior (-?[\d,.]+) = /g, '上年数 $1 = '],
  [/\bcurrent stated\b/g, '文中本年数'],
  [/\bcurrent (?=[^ ])/g, '本年数 '],
  [/ ([−+]) change$/g, ' $1 增减额'],
  [/\bstated (?=-?[\d,.])/g, '文中 '],
  [/\bstated\b/g, '文中数'],
];

export function zhAgainst(v: string): string {
  return zhLabel(apply(v, AGAINST));
}

/** The table kinds a rule needs, by name. */
export function zhTables(kinds: readonly string[]): string {
  return kinds.map(zhTableKind).join('、');
}

/** The loader's and discovery's reasons (an input problem, a file listed as skipped), and the reasons of the file system. */
const REASONS: Rewrite[] = [
  // Skipped files and sheets.
  [/^no known table title in its first rows$/, '前几行中没有可识别的表名'],
  [/^a table that no rule reads \((.+)\)$/, '不在审核范围内的表（$1）'],
  [/^a hidden sheet, which is not published$/, '隐藏的工作表，不属于公开内容'],
  [/^an empty sheet$/, '空工作表'],
  [/^a PDF beside the unit's CSV or workbook files: the tables are read from those$/, '与 CSV 或工作簿文件并存的 PDF：报表按这些文件读取'],
  [/^not in a unit directory \(no table beside it\)$/, '不在单位目录中（同目录下没有报表）'],
  [/^a symbolic link to (.+), outside the given paths: not followed$/, '指向给定路径之外（$1）的符号链接：未跟随'],
  [/^directories nested deeper than (\d+) levels were not searched$/, '超过 $1 层的子目录未搜索'],
  [/^not a directory \(give a unit directory, a workbook, a PDF or a parent of unit directories\)$/, '不是目录（请给出单位目录、工作簿、PDF 或单位目录的上级目录）'],
  [/^no budget tables found \(no CSV, text, workbook or PDF files in it or below it\)$/, '未找到预算报表（其中及其下均无 CSV、文本、工作簿或 PDF 文件）'],
  [/^no budget tables found \(no CSV file, workbook sheet or PDF page with a known table title, and no narrative\)$/, '未找到预算报表（没有带可识别表名的 CSV 文件、工作表或 PDF 页，也没有情况说明）'],
  // Text and CSV.
  [/^empty file$/, '空文件'],
  [/^invalid UTF-8 \(truncated or corrupted\) after a UTF-8 byte-order mark$/, 'UTF-8 字节序标记之后的内容不是有效的 UTF-8（被截断或已损坏）'],
  [/^invalid UTF-8 \(truncated or corrupted text\)$/, '不是有效的 UTF-8（文本被截断或已损坏）'],
  [/^not text in UTF-8 or GB18030$/, '不是 UTF-8 或 GB18030 编码的文本'],
  [/^binary content \(control bytes\), not a CSV text file$/, '二进制内容（含控制字节），不是 CSV 文本文件'],
  [/^unterminated quoted field$/, '引号未闭合'],
  [/^malformed CSV \((.*)\)$/, 'CSV 格式错误（$1）'],
  [/^more than (\d+) rows \(the limit is (\d+) rows per table\)$/, '超过 $1 行（每张表最多 $2 行）'],
  [/^a row with (\d+) columns \(limit (\d+)\)$/, '某行有 $1 列（上限 $2 列）'],
  [/^no header row under the title "(.*)"$/, '表名“$1”下没有表头行'],
  [/^a figure of (\d+) digits in column (\d+): more than (\d+), beyond any budget \(not read\)$/, '第 $2 列有一个 $1 位的数字：超过 $3 位，超出任何预算的范围（未读取）'],
  [/^the layout of "(.*)" could not be read: it prints figures \(line (\d+)\) but its header names no amount column the checks know$/, '无法识别“$1”的格式：表中有数字（第 $2 行），但表头中没有可识别的金额栏'],
  [/^the layout of "(.*)" could not be read \((.*)\)$/, '无法识别“$1”的格式（$2）'],
  [/^file too large \(([\d.]+) MiB; the limit is (\d+) MiB\)$/, '文件过大（$1 MiB；上限 $2 MiB）'],
  [/^file too large \(more than (\d+) MiB\)$/, '文件过大（超过 $1 MiB）'],
  // Workbooks.
  [/^a password-protected \(encrypted\) workbook: remove its password and save it as \.xlsx, or save each sheet as CSV$/, '有密码保护（已加密）的工作簿：请取消密码后另存为 .xlsx，或将各工作表另存为 CSV'],
  [/^a legacy Excel 97-2003 workbook \(\.xls\), which is not read: /, '旧版 Excel 97-2003 工作簿（.xls），无法读取：'],
  [/^a web page or XML table saved under a workbook's name \(a web export\), not an \.xlsx workbook: /, '以工作簿名称保存的网页或 XML 表格（网页导出），不是 .xlsx 工作簿：'],
  [/^not an \.xlsx workbook \(corrupt, truncated or another kind of file\): /, '不是 .xlsx 工作簿（已损坏、被截断或为其他类型的文件）：'],
  [/^not a readable \.xlsx workbook \((.*)\): /, '无法读取的 .xlsx 工作簿（$1）：'],
  [/^not a readable \.xlsx workbook: (.*): /, '无法读取的 .xlsx 工作簿：$1：'],
  [/^a zip archive, but no \.xlsx workbook \(no xl\/workbook\.xml\): /, '是 zip 压缩包，但不是 .xlsx 工作簿（没有 xl/workbook.xml）：'],
  [/^sheet "(.*)" has (\d+) rows \(the limit is (\d+) rows per table\)$/, '工作表“$1”有 $2 行（每张表最多 $3 行）'],
  [/^sheet "(.*)" has (\d+) columns \(limit (\d+)\)$/, '工作表“$1”有 $2 列（上限 $3 列）'],
  [/^more than (\d+) cells \(the limit per workbook\)$/, '超过 $1 个单元格（每个工作簿的上限）'],
  [/^refused: /, '拒绝读取：'],
  [/its parts inflate to more than (\d+) MiB, the limit \(a zip bomb, or no budget workbook\)/, '解压后超过 $1 MiB 的上限（可能是压缩炸弹，或不是预算工作簿）'],
  [/not a zip archive \(no central directory: truncated or corrupt\)/, '不是 zip 压缩包（没有中央目录：被截断或已损坏）'],
  [/(\d+) parts in the archive \(limit (\d+)\)/, '压缩包中有 $1 个部件（上限 $2 个）'],
  [/corrupt central directory/, '中央目录已损坏'],
  [/encrypted parts in the archive/, '压缩包中有加密的部件'],
  [/corrupt entry (\S+) \(its size is not the size declared\)/, '部件 $1 已损坏（大小与声明的不符）'],
  [/corrupt entry (\S+)/, '部件 $1 已损坏'],
  [/truncated entry (\S+)/, '部件 $1 被截断'],
  [/entry (\S+) is compressed with method (\d+), which no workbook uses/, '部件 $1 使用了工作簿不会使用的压缩方法 $2'],
  [/open it in Excel or LibreOffice and save it as \.xlsx \(Excel Workbook\), or save each sheet as CSV$/, '请用 Excel 或 LibreOffice 打开并另存为 .xlsx（Excel 工作簿），或将各工作表另存为 CSV'],
  // PDFs.
  [/^not a PDF \(no %PDF header\): give the published PDF, or the tables as CSV or \.xlsx$/, '不是 PDF 文件（没有 %PDF 文件头）：请提供公开的 PDF，或以 CSV、.xlsx 提供报表'],
  [/^a password-protected PDF: give the PDF without its password, or the tables as CSV or \.xlsx$/, '有密码保护的 PDF：请提供无密码的 PDF，或以 CSV、.xlsx 提供报表'],
  [/^not a readable PDF \((.*)\): give the published PDF again, or the tables as CSV or \.xlsx$/, '无法读取的 PDF（$1）：请重新提供公开的 PDF，或以 CSV、.xlsx 提供报表'],
  [/^(\d+) pages \(the limit is (\d+)\)$/, '共 $1 页（上限 $2 页）'],
  [/^no text layer \(a scanned PDF: its pages are images\): run OCR on it, or give the tables as CSV or \.xlsx and the narrative as text$/, '没有文字层（扫描版 PDF，各页均为图片）：请先进行文字识别（OCR），或以 CSV、.xlsx 提供报表、以文本提供情况说明'],
  // Files that are not regular files, and the file system's reasons (ioReason).
  [/^a directory, not a file$/, '是目录，不是文件'],
  [/^a named pipe \(FIFO\), not a regular file: not read$/, '是命名管道（FIFO），不是普通文件：未读取'],
  [/^a socket, not a regular file: not read$/, '是套接字，不是普通文件：未读取'],
  [/^a device, not a regular file: not read$/, '是设备文件，不是普通文件：未读取'],
  [/^not a regular file: not read$/, '不是普通文件：未读取'],
  [/^no such file or directory$/, '文件或目录不存在'],
  [/^no such file$/, '文件不存在'],
  [/^no such directory$/, '目录不存在'],
  [/^permission denied$/, '没有访问权限'],
  [/^is a directory$/, '是目录'],
  [/^not a directory$/, '不是目录'],
  [/^symbolic link loop$/, '符号链接循环'],
  [/^no space left on the device$/, '设备上没有剩余空间'],
  // The batch's own.
  [/^internal error while checking: /, '审核时发生内部错误：'],
  [/^the check needed more than (\d+) MB of memory$/, '审核所需内存超过 $1 MB'],
];

/** Reasons that give where or what before the reason itself ("sheet "表5": no header row …"). */
const PREFIXES: [RegExp, (m: string[]) => string][] = [
  [/^sheet "([^"]*)": (.*)$/s, (m) => `工作表“${m[1]}”：${zhReason(m[2])}`],
  [/^page (\d+): (.*)$/s, (m) => `第 ${m[1]} 页：${zhReason(m[2])}`],
  [/^cannot read the directory: (.*)$/s, (m) => `无法读取目录：${zhReason(m[1])}`],
];

/** A reason (input problem, skipped file) in Chinese, as far as its wording is known; the rest as it is. */
export function zhReason(v: string): string {
  for (const [re, to] of PREFIXES) {
    const m = re.exec(v);
    if (m) return to(m);
  }
  return zhLabel(apply(v, REASONS));
}

/** A classification code's problem, as the loader words it (TBL010). */
const CODE_PROBLEMS: Rewrite[] = [
  [/^code "(.*)" skips a level$/, '科目编码“$1”跳级'],
  [/^code "(.*)" has (\d+) digits \(类 3, 款 2, 项 2\)$/, '科目编码“$1”为 $2 位（类 3 位，款 2 位，项 2 位）'],
  [/^code "(.*)" is not a classification code$/, '“$1”不是分类科目编码'],
  [/^code "(.*)" has more than three levels$/, '科目编码“$1”超过三级'],
  [/^code "(.*)": (类|款|项) "(.*)" is not (\d) digits$/, '科目编码“$1”：$2“$3”不是 $4 位'],
];

export function zhCodeProblem(v: string): string {
  return apply(v, CODE_PROBLEMS);
}

/** What `extract` says a file it wrote holds: a table's kind or the narrative, and where it came from. */
export function zhHolds(v: string): string {
  if (v === 'narrative') return '情况说明';
  const m = /^(.*), from (?:sheet "(.*)"|page (\d+))$/s.exec(v);
  const what = m ? m[1] : v;
  const from = !m ? '' : m[2] !== undefined ? `，取自工作表“${m[2]}”` : `，取自第 ${m[3]} 页`;
  const skipped = /^not a table the checks read \((.*)\)$/s.exec(what);
  const unreadable = /^unreadable: (.*)$/s.exec(what);
  const words = TABLE_NAMES[what as TableKind] ?? (skipped ? `不是审核所用的表（${zhReason(skipped[1])}）` : unreadable ? `无法读取：${zhReason(unreadable[1])}` : what);
  return words + from;
}
