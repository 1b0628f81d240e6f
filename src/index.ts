// The process entry (dist/index.js once built, beside the bundle of the bot,
// dist/main.js: see scripts/build.ts). What must be on before the bot's code
// loads is set here, so the bot (src/main.ts) is run after:
// - Node 22.1+ keeps the compiled code of every module Node loads on disk
//   (NODE_COMPILE_CACHE, else os.tmpdir()/node-compile-cache) and reuses it at
//   the next start: the packages left in node_modules. Node 20 has no such cache.
// - Source maps, so that a stack trace in the logs names the src/ (or
//   node_modules/) file and line, not a line of the bundle.
// - The bundle itself runs through src/codeCache.ts, which keeps V8's compiled
//   code of it between starts on Node 20 and 22 alike, written once the bot is
//   ready (or, stopped sooner, as it exits).
// - V8's heap grows by at most half of what is live after each full GC
//   (src/heapGrowth.ts), set before the bot's code loads.
import module from 'node:module';
import { join } from 'node:path';
import { loadWithCodeCache } from './codeCache.js';
import { limitHeapGrowth } from './heapGrowth.js';

/** Put in place by the build (esbuild `define`); absent under tsx. */
declare const __BUNDLE__: object | undefined;
/** The bundles main.js requires beside it only when needed (scripts/build.ts), put in place by the build. */
declare const __SEPARATE_BUNDLES__: string[];

limitHeapGrowth();
(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();
process.setSourceMapsEnabled(true);
quietWarningsAboutPackages();

if (typeof __BUNDLE__ === 'undefined') {
  // Under tsx (`npm run dev`): the sources, as ES modules. A name in a variable: the build leaves it alone.
  const sources = './main.js';
  void import(sources);
} else {
  const bundle = loadWithCodeCache(join(__dirname, 'main.js'), undefined, { siblings: __SEPARATE_BUNDLES__ });
  // Once the bot is ready: a while after, out of the way of the first requests and tinyld's warm-up
  // (src/app.ts), or as it exits when stopped sooner. Never for a start that failed.
  let ready = false;
  void (bundle.exports.started as Promise<void>).then(() => {
    ready = true;
    setTimeout(() => bundle.keepCompiledCode(), 2000).unref();
  });
  process.once('exit', () => ready && bundle.keepCompiledCode());
}

/**
 * Deprecations Node reports only for code outside node_modules, and in the
 * bundle every package's code is outside node_modules: restify's body reader
 * calls `Buffer()` on every request (DEP0005); node-fetch (botframework-connector's)
 * requires `punycode` through whatwg-url and tr46 (DEP0040, Node 22); `url.parse()`
 * is next (DEP0169, Node 24).
 * Node left them unsaid when the packages ran from node_modules, and so does
 * the bundle. One more Node 20.20 reports wherever the caller is: http-deceiver
 * (spdy's, which restify requires) reads `process.binding('http_parser')` as it
 * loads (DEP0111); it reached stderr only after a start-up fault's one line (the
 * fault stopped the process first) until the bundle ran as a script, where it
 * came before it. Our own code uses none of them (tests/deployedStart.test.ts
 * checks); every other warning passes.
 */
function quietWarningsAboutPackages(): void {
  const aboutPackages = new Set(['DEP0005', 'DEP0040', 'DEP0111', 'DEP0169']);
  const emitWarning = process.emitWarning.bind(process) as (...args: unknown[]) => void;
  process.emitWarning = ((warning: string | Error, ...rest: unknown[]) => {
    const options = rest[0];
    const code = typeof options === 'object' && options !== null ? (options as { code?: unknown }).code : rest[1];
    if (typeof code === 'string' && aboutPackages.has(code)) return;
    emitWarning(warning, ...rest);
  }) as typeof process.emitWarning;
}
