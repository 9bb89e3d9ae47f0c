/** The command line in Chinese: its messages (src/i18n/cli-text.ts has the English) and its help text. */
import type { CliText } from './cli-text.js';
import { zhReason } from './zh-phrases.js';

type Rewrite = [RegExp, string | ((...m: string[]) => string)];

/** Messages of ours and of commander, by their English wording. */
const MESSAGES: Rewrite[] = [
  // commander's
  [/^unknown option '(.*)'(?:\n\(Did you mean (.*)\?\))?$/s, "未知选项 '$1'"],
  [/^unknown command '(.*)'$/, "未知命令 '$1'"],
  [/^too many arguments(?: for '(.*)')?\. Expected (\d+) arguments? but got (\d+)\.$/, '参数过多：应为 $2 个，实际为 $3 个'],
  [/^missing required argument '(.*)'$/, "缺少必需的参数 '$1'"],
  [/^option '(.*)' argument missing$/, "选项 '$1' 缺少取值"],
  [/^required option '(.*)' not specified$/, "未指定必需的选项 '$1'"],
  [/^option '(.*)' argument '(.*)' is invalid\. Allowed choices are (.*)\.$/, "选项 '$1' 的取值 '$2' 无效，可选值为 $3"],
  [/^option '(.*)' argument '(.*)' is invalid\. expected a whole number ≥ (\d+)$/, "选项 '$1' 的取值 '$2' 无效，应为不小于 $3 的整数"],
  [/^option '(.*)' argument '(.*)' is invalid\. expected zh-CN or en$/, "选项 '$1' 的取值 '$2' 无效，应为 zh-CN 或 en"],
  // ours: the report file, the configuration, the baseline
  [/^cannot write (--output|--write-baseline) (.*?): (.*)$/, (_m, option: string, file: string, reason: string) => `无法写入 ${option} ${file}：${zhReason(reason)}`],
  [/^cannot write a temporary file in (.*?): (.*)$/, (_m, dir: string, reason: string) => `无法在 ${dir} 中写入临时文件：${zhReason(reason)}`],
  [/^(--baseline|--config) (.*?): ((?:no such file|permission denied|is a directory|not a directory|symbolic link loop).*)$/, (_m, option: string, file: string, reason: string) => `${option} ${file}：${zhReason(reason)}`],
  [/: unknown severity (.*) \(use "off", "error", "warning" or "note"\)$/, '：未知的级别 $1（可用 "off"、"error"、"warning" 或 "note"）'],
  [/: unknown rule (.*)$/, '：未知的规则 $1'],
  [/: expected ID=SEVERITY \(e\.g\. NC012=off\)$/, '：应为 规则=级别（如 NC012=off）'],
  [/: not valid JSON \((.*)\)$/, '：不是有效的 JSON（$1）'],
  [/: expected an object with "rules" and "overrides"$/, '：应为含 "rules" 和 "overrides" 的对象'],
  [/: unknown key (.*) \(expected "rules" and "overrides"\)$/, '：未知的键 $1（应为 "rules" 和 "overrides"）'],
  [/: unknown key (.*) \(expected "files" and "rules"\)$/, '：未知的键 $1（应为 "files" 和 "rules"）'],
  [/: expected an object with "files" and "rules"$/, '：应为含 "files" 和 "rules" 的对象'],
  [/: expected an object of rule ids and severities$/, '：应为规则编号与级别组成的对象'],
  [/: expected a list$/, '：应为列表'],
  [/: expected a glob or a list of globs$/, '：应为一个或一组路径模式'],
  [/: not a budget-check baseline \(write one with --write-baseline\)$/, '：不是 budget-check 的基线文件（可用 --write-baseline 生成）'],
  [/: an entry without a fingerprint and a count$/, '：有一项缺少指纹或计数'],
  // a file that could not be read, named first
  [/^(.*?): (no such file|no such directory|permission denied|is a directory|not a directory|symbolic link loop)$/, (_m, file: string, reason: string) => `${file}：${zhReason(reason)}`],
];

const apply = (text: string) => {
  for (const [re, to] of MESSAGES) if (re.test(text)) return text.replace(re, to as (...m: string[]) => string);
  return text;
};

export const ZH_CLI: CliText = {
  exitCodes: `
退出码：
  0  没有错误（允许有警告和提示，超过 --max-warnings 时除外）
  1  至少有一个错误，或警告多于 --max-warnings
  2  有输入无法读取或识别，或参数有误`,
  noPaths: '未指定单位目录（参见 --help）',
  previousOne: '--previous 只对应一个单位：请只给出一个路径',
  claimsFormat: (format) => `--claims 只在 table、json 和 html 格式中列出表述，${format} 格式不支持`,
  previousUnreadable: (dir, reason) => `--previous ${dir}：${zhReason(reason)}`,
  interrupted: (signal, file) => `已中断（${signal}）：${file !== undefined ? `${file} 未写入` : '报告不完整'}`,
  internalError: (message, debug) => `内部错误：${message}${debug ? '' : '（加 --debug 运行可查看详情）'}`,
  tooManyWarnings: (warnings, max) => `警告 ${warnings} 个，超过 --max-warnings ${max}：退出码为 1`,
  baselineWritten: (count, file) => `已将 ${count} 个问题作为基线写入 ${file}`,
  message: (text) => { const out = apply(text); return out === text ? zhReason(text) : out; },
};

/** commander's headings and the notes it adds to an option's description. */
export const ZH_TITLES: Record<string, string> = {
  'Usage:': '用法：',
  'Options:': '选项：',
  'Arguments:': '参数：',
  'Commands:': '命令：',
  'Global Options:': '全局选项：',
};

export interface CommandHelp {
  description?: string;
  /** By the option's long flag (or its short one). */
  options?: Record<string, string>;
  /** By the argument's name. */
  arguments?: Record<string, string>;
}

/** The help text by command name ("" for the program itself). */
export const ZH_HELP: Record<string, CommandHelp> = {
  '': {
    description: '审核政府预算公开（单位预算公开 / 部门预算公开）：表内审核、表间审核，以及情况说明与报表的一致性。',
    arguments: {
      paths: '单位目录（CSV 报表、工作簿或公开的 PDF，以及情况说明）、工作簿、PDF，或单位目录的上级目录（逐级向下查找）',
    },
    options: {
      '--version': '显示版本号',
      '--help': '显示命令帮助',
      '--format': '报告格式；未指定时按 --output 的扩展名确定：.json、.sarif、.xml（junit）、.csv',
      '--output': '将报告写入文件，而不是标准输出',
      '--strict': '任何差额都视为错误，即使可由舍入解释',
      '--claims': '列出情况说明中的每处表述，及其核对结果和核对依据（table 和 json 格式）',
      '--previous': '同一单位上年的公开表：用来核对文中隐含的上年数',
      '--quiet': '只显示错误（table 格式）：批量审核时只列出有错误的单位，然后是合计',
      '--max-warnings': '警告多于此数时退出码为 1（在标准错误上说明）',
      '--jobs': '并行审核单位的工作线程数（默认：按批量大小自动确定，最多每个 CPU 一个）',
      '--no-progress': '不显示进度条，即使在终端中',
      '--no-color': '不使用颜色，即使在终端中（亦可设置 NO_COLOR 或 FORCE_COLOR=0）',
      '--debug': '发生内部错误时打印调用栈',
      '--lang': '报告语言：zh-CN 或 en（默认按 LC_ALL、LC_MESSAGES、LANG 确定）',
      '--config': '规则配置文件（默认为工作目录下的 budget-check.json）',
      '--rule': '设置规则的级别，优先于配置文件：编号=off|error|warning|note（可重复）',
      '--baseline': '基线文件：只报告其中没有的问题，退出码也只计这些问题',
      '--write-baseline': '将本次发现的全部问题写入基线文件（退出码不计这些问题）',
    },
  },
  rules: {
    description: '列出规则目录',
    options: { '--format': '输出格式', '--lang': '规则说明的语言：zh-CN 或 en', '--help': '显示命令帮助' },
  },
  extract: {
    description: '写出从公开的 PDF 或工作簿中读到的内容：每张表一个 CSV 文件，情况说明为文本，便于查看和更正',
    arguments: { file: '公开的 PDF 或工作簿（.xlsx）' },
    options: { '--out': '写入的目录（不存在时创建）', '--lang': '提示信息的语言：zh-CN 或 en', '--help': '显示命令帮助' },
  },
  help: { description: '显示命令帮助' },
};
