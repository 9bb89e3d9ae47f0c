/**
 * The report's language: Chinese (zh-CN) under a Chinese locale, English otherwise; `--lang` overrides.
 * The locale is the first of LC_ALL, LC_MESSAGES and LANG that is set (POSIX's order for messages).
 */
export const LANGS = ['zh-CN', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** The language a locale (zh_CN.UTF-8, zh_TW, en_US.UTF-8, C) asks for. */
export function langOfLocale(locale: string | undefined): Lang {
  return locale !== undefined && /^zh/i.test(locale) ? 'zh-CN' : 'en';
}

/** The language of the environment: LC_ALL, else LC_MESSAGES, else LANG (an empty variable counts as unset). */
export function detectLang(env: Record<string, string | undefined>): Lang {
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const value = env[name];
    if (value !== undefined && value !== '') return langOfLocale(value);
  }
  return 'en';
}

/** A `--lang` value: zh-CN (also zh, zh_CN, zh-Hans) or en (en-US …); undefined when it is neither. */
export function parseLang(value: string): Lang | undefined {
  if (/^zh([-_](cn|hans|hans[-_]cn))?$/i.test(value)) return 'zh-CN';
  if (/^en([-_][a-z]{2})?$/i.test(value)) return 'en';
  return undefined;
}

/**
 * The language asked for on a command line, before it is parsed (the help text is chosen before
 * commander reads the arguments): the last `--lang X` or `--lang=X`; undefined when none is given
 * or its value is not a language (commander then reports it).
 */
export function langOfArgv(argv: string[]): Lang | undefined {
  let lang: Lang | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') break;
    const value = a === '--lang' ? argv[i + 1] : a.startsWith('--lang=') ? a.slice('--lang='.length) : undefined;
    if (value !== undefined) lang = parseLang(value) ?? lang;
  }
  return lang;
}
