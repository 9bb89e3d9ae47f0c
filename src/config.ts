/**
 * Which rules run, and at which severity: `budget-check.json` in the working directory (or the file
 * given by --config), then `--rule ID=SEVERITY` on the command line, which overrides the file.
 *
 *     {
 *       "rules": { "NC012": "off", "FE002": "note" },
 *       "overrides": [{ "files": ["县级/**"], "rules": { "NC006": "off" } }]
 *     }
 *
 * A setting is "off" (the rule does not run), "error", "warning" or "note". As in ESLint, an override
 * applies to the units whose path matches one of its globs (picomatch), relative to the directory of
 * the configuration file (the working directory when there is none); later overrides win, and
 * --rule wins over the file. A rule may be named by its id or its name ("same-figure").
 *
 * The settings are applied where units are checked (checkLedger): a rule switched off does not run,
 * and a finding is reported at its rule's configured severity, so every format, and the workers of a
 * batch, see the same. A finding that its rule reports at a lower severity of its own (a difference
 * explained by rounding is a note) is never raised by the configuration, only lowered.
 */
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import type { Severity } from './report.js';
import { escapeName } from './escape.js';
import { ioReason } from './load/errors.js';

export type RuleSetting = Severity | 'off';
export const SETTINGS: readonly RuleSetting[] = ['off', 'error', 'warning', 'note'];

/** The configuration as the checks take it: plain data (it is posted to a batch's workers). */
export interface RuleConfig {
  /** The directory that override globs are relative to (absolute). */
  base: string;
  /** Settings by rule id, for every unit. */
  rules: Record<string, RuleSetting>;
  /** Settings by rule id, for the units whose path relative to `base` matches one of `files`. */
  overrides: { files: string[]; rules: Record<string, RuleSetting> }[];
  /** --rule settings: over everything else. */
  flags: Record<string, RuleSetting>;
}

/** The configuration file's name, looked for in the working directory. */
export const CONFIG_FILE = 'budget-check.json';

/** A configuration that cannot be used: one line naming the file (or --rule), exit 2. */
export class ConfigError extends Error {}

/** The rule ids and names the settings may name: id → id, name → id. */
export type RuleNames = Map<string, string>;

function settingOf(value: unknown, where: string): RuleSetting {
  if (typeof value === 'string' && (SETTINGS as readonly string[]).includes(value)) return value as RuleSetting;
  throw new ConfigError(`${where}: unknown severity ${JSON.stringify(value)} (use "off", "error", "warning" or "note")`);
}

function ruleSettings(value: unknown, where: string, names: RuleNames): Record<string, RuleSetting> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new ConfigError(`${where}: expected an object of rule ids and severities`);
  const out: Record<string, RuleSetting> = {};
  for (const [rule, setting] of Object.entries(value)) {
    const id = names.get(rule);
    if (!id) throw new ConfigError(`${where}: unknown rule ${JSON.stringify(rule)}`);
    out[id] = settingOf(setting, `${where}.${rule}`);
  }
  return out;
}

/** The settings of a configuration file's text (`file` names it in errors). */
export function parseConfig(text: string, file: string, names: RuleNames): Pick<RuleConfig, 'rules' | 'overrides'> {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw new ConfigError(`${file}: not valid JSON (${(e as Error).message.split('\n')[0]})`);
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) throw new ConfigError(`${file}: expected an object with "rules" and "overrides"`);
  for (const key of Object.keys(doc)) {
    if (key !== 'rules' && key !== 'overrides' && key !== '$schema') throw new ConfigError(`${file}: unknown key ${JSON.stringify(key)} (expected "rules" and "overrides")`);
  }
  const { rules, overrides } = doc as { rules?: unknown; overrides?: unknown };
  const out: Pick<RuleConfig, 'rules' | 'overrides'> = { rules: rules === undefined ? {} : ruleSettings(rules, `${file}: rules`, names), overrides: [] };
  if (overrides === undefined) return out;
  if (!Array.isArray(overrides)) throw new ConfigError(`${file}: overrides: expected a list`);
  overrides.forEach((o: unknown, i) => {
    const where = `${file}: overrides[${i}]`;
    if (typeof o !== 'object' || o === null || Array.isArray(o)) throw new ConfigError(`${where}: expected an object with "files" and "rules"`);
    for (const key of Object.keys(o)) if (key !== 'files' && key !== 'rules') throw new ConfigError(`${where}: unknown key ${JSON.stringify(key)} (expected "files" and "rules")`);
    const { files, rules: settings } = o as { files?: unknown; rules?: unknown };
    const globs = typeof files === 'string' ? [files] : files;
    if (!Array.isArray(globs) || globs.length === 0 || globs.some((g) => typeof g !== 'string' || g === '')) throw new ConfigError(`${where}.files: expected a glob or a list of globs`);
    out.overrides.push({ files: globs as string[], rules: ruleSettings(settings ?? {}, `${where}.rules`, names) });
  });
  return out;
}

/** One `--rule ID=SEVERITY`. */
export function parseRuleFlag(flag: string, names: RuleNames): [string, RuleSetting] {
  const eq = flag.indexOf('=');
  if (eq <= 0) throw new ConfigError(`--rule ${escapeName(flag)}: expected ID=SEVERITY (e.g. NC012=off)`);
  const rule = flag.slice(0, eq);
  const id = names.get(rule);
  if (!id) throw new ConfigError(`--rule ${escapeName(flag)}: unknown rule ${JSON.stringify(rule)}`);
  return [id, settingOf(flag.slice(eq + 1), `--rule ${escapeName(flag)}`)];
}

/**
 * The configuration of a run: `file` (--config) or budget-check.json in `cwd` when it exists, and the
 * --rule flags. Undefined when there is neither (every rule at its own severity).
 */
export function loadConfig(options: { cwd: string; file?: string; flags?: string[]; names: () => RuleNames }): RuleConfig | undefined {
  const given = options.file !== undefined;
  const path = resolve(options.cwd, options.file ?? CONFIG_FILE);
  let text: string | undefined;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    // No budget-check.json in the working directory is no configuration; a --config that cannot be read is an error.
    if (given || (e as { code?: string }).code !== 'ENOENT') throw new ConfigError(`${escapeName(options.file ?? CONFIG_FILE)}: ${ioReason(e, 'no such file')}`);
  }
  if (text === undefined && !options.flags?.length) return undefined;
  const names = options.names();
  const parsed = text === undefined ? { rules: {}, overrides: [] } : parseConfig(text.replace(/^\uFEFF/, ''), escapeName(options.file ?? CONFIG_FILE), names);
  const flags: Record<string, RuleSetting> = {};
  for (const flag of options.flags ?? []) {
    const [id, setting] = parseRuleFlag(flag, names);
    flags[id] = setting;
  }
  return { base: text === undefined ? resolve(options.cwd) : dirname(path), ...parsed, flags };
}

/** A unit's path as the override globs see it: relative to the configuration's directory, with "/". */
function pathForGlobs(base: string, unit: string): string {
  const rel = relative(base, resolve(unit));
  const path = rel === '' ? '.' : rel;
  return sep === '/' ? path : path.split(sep).join('/');
}

const matchers = new Map<string, (path: string) => boolean>();

function matcher(globs: string[]): (path: string) => boolean {
  const key = JSON.stringify(globs);
  let m = matchers.get(key);
  if (!m) matchers.set(key, (m = picomatch(globs, { dot: true })));
  return m;
}

/** The settings for one unit: the file's, its matching overrides' in order, then the flags'. */
export function settingsFor(config: RuleConfig | undefined, unit: string): Record<string, RuleSetting> | undefined {
  if (!config) return undefined;
  const path = pathForGlobs(config.base, unit);
  const out: Record<string, RuleSetting> = { ...config.rules };
  for (const o of config.overrides) {
    if (matcher(o.files)(path)) Object.assign(out, o.rules);
  }
  return Object.assign(out, config.flags);
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, note: 2 };

/**
 * A finding's severity under its rule's setting: the rule's own severity becomes the configured one;
 * a finding the rule reports at a lower severity of its own (`own`) is never raised, only lowered.
 */
export function configuredSeverity(ruleDefault: Severity, own: Severity | undefined, setting: Severity | undefined): Severity {
  if (!setting) return own ?? ruleDefault;
  if (own === undefined || own === ruleDefault) return setting;
  return RANK[setting] > RANK[own] ? setting : own;
}
