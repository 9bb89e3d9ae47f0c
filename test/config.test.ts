/**
 * Rule configuration: budget-check.json (or --config) and --rule, with ESLint-like overrides by the
 * unit's path; applied where units are checked, so every format and a batch's workers see the same.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, configuredSeverity, loadConfig, parseConfig, parseRuleFlag, settingsFor, type RuleNames } from '../src/config.js';
import { checkUnit } from '../src/check.js';
import { runCli } from './run-cli.js';
import { rules } from '../src/rules/index.js';

const SAMPLE = resolve('fixtures/units/kizilsu-2024');
const FAULT = resolve('fixtures/faults/tbl001-changed-cell');
const NAMES: RuleNames = new Map(rules.flatMap((r) => [[r.id, r.id], [r.name, r.id]] as [string, string][]));

const run = (workdir: string, ...args: string[]) => runCli({ workdir }, ...args);

function project(config?: unknown): string {
  const dir = mkdtempSync(join(tmpdir(), 'bc-config-'));
  if (config !== undefined) writeFileSync(join(dir, 'budget-check.json'), typeof config === 'string' ? config : JSON.stringify(config));
  return dir;
}

describe('the configuration file', () => {
  it('names rules by id or name, with a severity or off; overrides by globs', () => {
    const c = parseConfig(JSON.stringify({ rules: { NC012: 'off', 'function-subject-missing': 'note' }, overrides: [{ files: ['县/**'], rules: { NC006: 'error' } }] }), 'budget-check.json', NAMES);
    expect(c).toEqual({ rules: { NC012: 'off', FE002: 'note' }, overrides: [{ files: ['县/**'], rules: { NC006: 'error' } }] });
  });

  it.each([
    ['{"rules": {"NC999": "off"}}', 'budget-check.json: rules: unknown rule "NC999"'],
    ['{"rules": {"NC012": "warn"}}', 'budget-check.json: rules.NC012: unknown severity "warn" (use "off", "error", "warning" or "note")'],
    ['{"rule": {}}', 'budget-check.json: unknown key "rule" (expected "rules" and "overrides")'],
    ['{"overrides": [{"rules": {}}]}', 'budget-check.json: overrides[0].files: expected a glob or a list of globs'],
    ['{"overrides": [{"files": ["a"], "rules": {"XT001": 2}}]}', 'budget-check.json: overrides[0].rules.XT001: unknown severity 2 (use "off", "error", "warning" or "note")'],
    ['{"rules": ', 'budget-check.json: not valid JSON'],
  ])('refuses %s in one line naming the file', (text, message) => {
    expect(() => parseConfig(text, 'budget-check.json', NAMES)).toThrow(ConfigError);
    expect(() => parseConfig(text, 'budget-check.json', NAMES)).toThrow(message);
  });

  it('--rule ID=SEVERITY, over the file', () => {
    expect(parseRuleFlag('NC012=off', NAMES)).toEqual(['NC012', 'off']);
    expect(parseRuleFlag('same-figure=note', NAMES)).toEqual(['XT012', 'note']);
    expect(() => parseRuleFlag('NC012', NAMES)).toThrow('--rule NC012: expected ID=SEVERITY (e.g. NC012=off)');
    expect(() => parseRuleFlag('NOPE=off', NAMES)).toThrow('--rule NOPE=off: unknown rule "NOPE"');
  });

  it('a unit gets the file\'s settings, then its matching overrides in order (by its path from the file\'s directory), then the flags', () => {
    const dir = project({ rules: { NC012: 'off', FE002: 'note' }, overrides: [{ files: ['county/**'], rules: { FE002: 'error', NC006: 'off' } }, { files: ['county/b'], rules: { FE002: 'warning' } }] });
    const config = loadConfig({ cwd: dir, flags: ['NC012=warning'], names: () => NAMES })!;
    expect(settingsFor(config, join(dir, 'a'))).toEqual({ NC012: 'warning', FE002: 'note' });
    expect(settingsFor(config, join(dir, 'county/a'))).toEqual({ NC012: 'warning', FE002: 'error', NC006: 'off' });
    expect(settingsFor(config, join(dir, 'county/b'))).toEqual({ NC012: 'warning', FE002: 'warning', NC006: 'off' });
    expect(loadConfig({ cwd: project(), names: () => NAMES })).toBeUndefined();
    expect(() => loadConfig({ cwd: project(), file: 'missing.json', names: () => NAMES })).toThrow('missing.json: no such file');
  });

  it('a finding takes its rule\'s configured severity; one its rule reports lower of its own (a rounding note) is never raised', () => {
    expect(configuredSeverity('error', undefined, 'warning')).toBe('warning');
    expect(configuredSeverity('warning', undefined, 'error')).toBe('error');
    expect(configuredSeverity('error', 'note', 'warning')).toBe('note');
    expect(configuredSeverity('error', 'warning', 'note')).toBe('note');
    expect(configuredSeverity('error', 'warning', undefined)).toBe('warning');
  });
});

describe('the checks under a configuration', () => {
  it('a rule switched off does not run (nor is it listed as not run); severities change on the findings', async () => {
    const plain = await checkUnit(FAULT);
    const configured = await checkUnit(FAULT, { settings: { TBL001: 'off', FE002: 'note', NC001: 'warning' } });
    expect(plain.findings.some((f) => f.rule === 'TBL001')).toBe(true);
    expect(configured.findings.some((f) => f.rule === 'TBL001')).toBe(false);
    expect(configured.skippedRules.some((s) => s.rule === 'TBL001')).toBe(false);
    expect(configured.findings.filter((f) => f.rule === 'FE002').map((f) => f.severity)).toEqual(['note', 'note']);
    expect(configured.findings.filter((f) => f.rule === 'NC001').map((f) => f.severity)).toEqual(['warning']);
    // The rounding notes stay notes when their rule is made more severe.
    const rounding = await checkUnit(resolve('fixtures/rounding/economic-302-class'), { settings: { TBL001: 'error', TBL002: 'warning' } });
    expect(rounding.findings.filter((f) => f.rule === 'TBL001' || f.rule === 'TBL002').every((f) => f.severity === 'note')).toBe(true);
  });
});

describe('the command line', () => {
  it('reads budget-check.json in the working directory; --rule wins over it', async () => {
    const dir = project({ rules: { FE002: 'off' } });
    const r = await run(dir, SAMPLE, '--format', 'json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).summary).toMatchObject({ warnings: 0, notes: 2 });
    const flagged = await run(dir, SAMPLE, '--format', 'json', '--rule', 'FE002=error', '--rule', 'NC006=off');
    expect(flagged.code).toBe(1);
    expect(JSON.parse(flagged.out).summary).toMatchObject({ errors: 2, warnings: 0, notes: 0 });
  });

  it('--config names another file; overrides match the unit\'s path', async () => {
    const dir = project();
    mkdirSync(join(dir, 'county'));
    cpSync(SAMPLE, join(dir, 'county', 'sample'), { recursive: true });
    writeFileSync(join(dir, 'rules.json'), JSON.stringify({ overrides: [{ files: ['county/*'], rules: { FE002: 'error' } }] }));
    const r = await run(dir, join(dir, 'county', 'sample'), '--config', join(dir, 'rules.json'), '--format', 'json');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out).summary.errors).toBe(2);
  });

  it('an unknown rule or severity is exit 2 with one line naming the file (or --rule)', async () => {
    const bad = await run(project({ rules: { NC999: 'off' } }), SAMPLE);
    expect(bad).toMatchObject({ code: 2, out: '', err: 'budget-check: budget-check.json: rules: unknown rule "NC999"\n' });
    const flag = await run(project(), SAMPLE, '--rule', 'FE002=loud');
    expect(flag).toMatchObject({ code: 2, out: '', err: 'budget-check: --rule FE002=loud: unknown severity "loud" (use "off", "error", "warning" or "note")\n' });
    const missing = await run(project(), SAMPLE, '--config', 'nowhere.json');
    expect(missing).toMatchObject({ code: 2, err: 'budget-check: nowhere.json: no such file\n' });
  });

  it('a batch\'s workers check with the same configuration (the built command line, two workers)', () => {
    const dir = project({ rules: { FE002: 'note', NC006: 'off' }, overrides: [{ files: ['b/**'], rules: { FE002: 'error' } }] });
    for (const u of ['a', 'b', 'c']) cpSync(SAMPLE, join(dir, u), { recursive: true });
    const r = spawnSync(process.execPath, [resolve('bin/budget-check.js'), '.', '--jobs', '2', '--format', 'json'], { cwd: dir, encoding: 'utf8' });
    expect(r.status).toBe(1);
    const report = JSON.parse(r.stdout) as { units: { path: string; findings: { rule: string; severity: string }[] }[] };
    const fe002 = Object.fromEntries(report.units.map((u) => [u.path, u.findings.map((f) => `${f.rule}:${f.severity}`)]));
    expect(fe002).toEqual({ a: ['FE002:note', 'FE002:note'], b: ['FE002:error', 'FE002:error'], c: ['FE002:note', 'FE002:note'] });
  });
});
