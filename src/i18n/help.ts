/**
 * --help in the reader's language: commander's headings and notes, and every command's, argument's
 * and option's description from the catalogue of its language (zh-cli.ts), by the command's name and
 * the option's flag. Text is measured and wrapped as the terminal shows it (Chinese characters are two
 * columns wide, and a line may break between them), in both languages.
 */
import type { Command, Help, Option, Argument } from 'commander';
import stringWidth from 'string-width';
import { wrapText } from '../format/wrap.js';
import type { Lang } from './lang.js';
import { ZH_HELP, ZH_TITLES } from './zh-cli.js';

function commands(cmd: Command): Command[] {
  return [cmd, ...cmd.commands.flatMap(commands)];
}

/** An option's or argument's notes (choices, default) in Chinese. */
function zhNotes(description: string, choices: readonly string[] | undefined, fallback: string): string {
  const notes: string[] = [];
  if (choices) notes.push(`可选值：${choices.map((c) => JSON.stringify(c)).join('、')}`);
  const m = /\((?:choices: [^)]*?)?(?:, )?default: (.*)\)$/.exec(fallback);
  if (m) notes.push(`默认值：${m[1]}`);
  return notes.length > 0 ? `${description}（${notes.join('，')}）` : description;
}

/** Localise the help of `program` and its subcommands (call once every option is declared). */
export function localiseHelp(program: Command, lang: Lang): void {
  const zh = lang === 'zh-CN';
  for (const cmd of commands(program)) {
    const text = zh ? ZH_HELP[cmd === program ? '' : cmd.name()] : undefined;
    if (text?.description) cmd.description(text.description);
    for (const o of cmd.options) {
      const d = text?.options?.[o.long ?? ''] ?? text?.options?.[o.short ?? ''];
      if (d) o.description = d;
    }
    for (const a of cmd.registeredArguments) {
      const d = text?.arguments?.[a.name()];
      if (d) a.description = d;
    }
    if (zh) {
      cmd.helpOption('-h, --help', ZH_HELP[''].options!['--help']);
      if (cmd.commands.length > 0) cmd.helpCommand('help [command]', ZH_HELP.help.description!);
    }
    cmd.configureHelp({
      displayWidth: (s: string) => stringWidth(s),
      // Chinese has no spaces to break at: a line breaks between its characters.
      boxWrap: (s: string, width: number) => (width < 40 ? s : s.split('\n').map((line) => wrapText(line, width).join('\n')).join('\n')),
      ...(zh
        ? {
            styleTitle: (title: string) => ZH_TITLES[title] ?? title,
            optionDescription(this: Help, option: Option) {
              const base = Object.getPrototypeOf(this).optionDescription.call(this, option) as string;
              return zhNotes(option.description, option.argChoices, base);
            },
            argumentDescription(this: Help, argument: Argument) {
              const base = Object.getPrototypeOf(this).argumentDescription.call(this, argument) as string;
              return zhNotes(argument.description, argument.argChoices, base);
            },
          }
        : {}),
    });
  }
}
