/**
 * The published package: what `npm pack` puts in it (the built library and command line, no source
 * maps without their sources), and the library as the README shows it, `import { checkUnit } from
 * 'budget-check'`, from a project that installed the packed tarball. Run after the build (npm test).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../src/rules/index.js';

const ROOT = resolve('.');
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string>; scripts: Record<string, string> };

function npm(...args: string[]) {
  const r = spawnSync('npm', args, { cwd: ROOT, encoding: 'utf8', env: { ...process.env, npm_config_loglevel: 'error' } });
  expect(r.status, r.stderr).toBe(0);
  return r.stdout;
}

describe('the package', () => {
  it('holds the built library and command line, without source maps (their sources are not shipped)', () => {
    const [packed] = JSON.parse(npm('pack', '--dry-run', '--json', '--ignore-scripts')) as { files: { path: string }[] }[];
    const files = packed.files.map((f) => f.path);
    for (const f of ['package.json', 'README.md', 'bin/budget-check.js', 'bin/load-cli.js', 'bin/worker.js', 'dist/index.js', 'dist/index.d.ts', 'dist/worker.js', 'dist/bundle.cjs', 'dist/bundle.cache']) {
      expect(files).toContain(f);
    }
    expect(files.filter((f) => f.endsWith('.map'))).toEqual([]);
    expect(files.filter((f) => f.startsWith('src/') || f.startsWith('test/') || f.startsWith('fixtures/'))).toEqual([]);
    // No compiled file points at a source map it does not ship.
    expect(readFileSync('dist/index.js', 'utf8')).not.toContain('sourceMappingURL');
  });

  it('builds when it is packed, not when it is installed', () => {
    expect(pkg.scripts.prepack).toBe('npm run build');
    for (const hook of ['prepare', 'install', 'postinstall', 'preinstall']) expect(pkg.scripts[hook]).toBeUndefined();
    // The sample builds what is missing or stale first (scripts/built.mjs).
    expect(pkg.scripts.sample).toMatch(/^node scripts\/built\.mjs && /);
  });

  it('is imported by its name, as the README shows, from a project that installed the tarball', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bc-pack-'));
    const [packed] = JSON.parse(npm('pack', '--ignore-scripts', '--json', '--pack-destination', dir)) as { filename: string }[];
    const installed = join(dir, 'node_modules', 'budget-check');
    mkdirSync(installed, { recursive: true });
    const untar = spawnSync('tar', ['-xzf', join(dir, packed.filename), '-C', installed, '--strip-components=1']);
    expect(untar.status).toBe(0);
    // Its dependencies, as npm would install them beside it.
    for (const dep of Object.keys(pkg.dependencies)) {
      const target = join(dir, 'node_modules', dep);
      mkdirSync(join(target, '..'), { recursive: true });
      if (!existsSync(target)) symlinkSync(join(ROOT, 'node_modules', dep), target, 'dir');
    }
    writeFileSync(join(dir, 'package.json'), '{"type":"module","private":true}');
    writeFileSync(
      join(dir, 'main.mjs'),
      `import { checkUnit, rules } from 'budget-check';
const report = await checkUnit(process.argv[2]);
let deep;
try { await import('budget-check/dist/check.js'); deep = 'imported'; } catch (e) { deep = e.code; }
console.log(JSON.stringify({ rules: rules.length, warnings: report.findings.filter((f) => f.severity === 'warning').map((f) => f.rule), deep }));
`,
    );
    const r = spawnSync(process.execPath, ['main.mjs', join(ROOT, 'fixtures/units/kizilsu-2024')], { cwd: dir, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual({ rules: rules.length, warnings: ['FE002', 'FE002'], deep: 'ERR_PACKAGE_PATH_NOT_EXPORTED' });
    // The types resolve through the same "exports".
    expect(existsSync(join(installed, 'dist/index.d.ts'))).toBe(true);
  });
});
