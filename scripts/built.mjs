#!/usr/bin/env node
/**
 * Builds the command line when it is missing or older than its sources: `npm ci && npm run sample`
 * works on a fresh checkout although installing does not build (the build runs on `npm pack`, as
 * `prepack`, and in `npm test`). dist/bundle.cjs and its code cache are compared with src/, the
 * build's scripts and configuration, and the lock file.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const built = ['dist/bundle.cjs', 'dist/bundle.cache', 'dist/index.js'].map((f) => join(root, f));
const sources = ['src', 'scripts/bundle.mjs', 'package.json', 'package-lock.json', 'tsconfig.json', 'tsconfig.build.json'].map((f) => join(root, f));

/** The latest modification time of a file, or of any file below a directory. */
function newest(path) {
  if (!existsSync(path)) return 0;
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  return Math.max(info.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

const stale = built.some((f) => !existsSync(f)) || Math.max(...sources.map(newest)) > Math.min(...built.map((f) => statSync(f).mtimeMs));
if (stale) {
  process.stderr.write('budget-check: building the command line (npm run build)\n');
  // Under npm, npm_execpath is npm's own script: the same npm builds.
  const npm = process.env.npm_execpath;
  const r = npm ? spawnSync(process.execPath, [npm, 'run', 'build'], { cwd: root, stdio: 'inherit' }) : spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  process.exit(r.status ?? 1);
}
