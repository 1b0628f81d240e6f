// The process entry (dist/index.js once built, beside the bundle of the bot,
// dist/main.js: see scripts/build.ts). What must be on before the bot's code
// loads is set here, so the bot (src/main.ts) is imported after:
// - Node 22.1+ keeps the compiled code of every module on disk
//   (NODE_COMPILE_CACHE, else os.tmpdir()/node-compile-cache) and reuses it at
//   the next start. Node 20 has no such cache: nothing changes there.
// - Source maps, so that a stack trace in the logs names the src/ (or
//   node_modules/) file and line, not a line of the bundle.
import module from 'node:module';

(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();
process.setSourceMapsEnabled(true);
quietWarningsAboutPackages();

await import('./main.js');

/**
 * Deprecations Node reports only for code outside node_modules, and in the
 * bundle every package's code is outside node_modules: restify's body reader
 * calls `Buffer()` on every request (DEP0005); node-fetch (botframework-connector's)
 * requires `punycode` through whatwg-url and tr46 (DEP0040, Node 22); `url.parse()`
 * is next (DEP0169, Node 24).
 * Node left them unsaid when the packages ran from node_modules, and so does
 * the bundle; our own code uses none of them (tests/deployedStart.test.ts
 * checks); every other warning passes.
 */
function quietWarningsAboutPackages(): void {
  const aboutPackages = new Set(['DEP0005', 'DEP0040', 'DEP0169']);
  const emitWarning = process.emitWarning.bind(process) as (...args: unknown[]) => void;
  process.emitWarning = ((warning: string | Error, ...rest: unknown[]) => {
    const options = rest[0];
    const code = typeof options === 'object' && options !== null ? (options as { code?: unknown }).code : rest[1];
    if (typeof code === 'string' && aboutPackages.has(code)) return;
    emitWarning(warning, ...rest);
  }) as typeof process.emitWarning;
}
