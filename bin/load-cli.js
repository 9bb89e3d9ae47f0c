/**
 * Loads the bundled command line (dist/bundle.cjs, one CommonJS file) with V8's code cache
 * (dist/bundle.cache). `npm run build` writes the cache after checking the bundled sample with the
 * bundle, so that a one-unit run neither parses the bundle nor compiles the functions a check runs.
 * A cache that does not fit (another Node.js version, a rebuilt bundle) is rejected by V8 and the
 * bundle is compiled as usual; a missing cache is the same.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

const DIST = join(dirname(fileURLToPath(import.meta.url)), '../dist');

/**
 * The bundle's exports (`main`), and `saveCache()` to write the code cache of everything compiled
 * so far.
 */
export function loadCli(bundle = join(DIST, 'bundle.cjs'), cacheFile = join(DIST, 'bundle.cache')) {
  const file = resolve(bundle);
  let cachedData;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    // No cache yet: compile as usual.
  }
  // A script compiled from a code cache has no loader for its own import() calls: this module lends its
  // import() to the bundle (src/load/pdf.ts loads pdfjs-dist, an ES module, with it).
  globalThis[Symbol.for('budget-check.import')] ??= (specifier) => import(specifier);
  const script = new vm.Script(Module.wrap(readFileSync(file, 'utf8')), { filename: file, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, Module.createRequire(file), module, file, dirname(file));
  return {
    ...module.exports,
    cacheRejected: cachedData === undefined || script.cachedDataRejected === true,
    saveCache: () => writeFileSync(cacheFile, script.createCachedData()),
  };
}
