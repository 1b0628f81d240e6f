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
quietBufferConstructorWarning();

await import('./main.js');

/**
 * Node warns once (DEP0005) when code outside node_modules calls `Buffer()`,
 * and in the bundle every package's code is outside node_modules: restify's
 * body reader (and a few others) call it on every request, which Node left
 * unsaid when they ran from node_modules. Our own code never calls it (strict
 * TypeScript, `Buffer.from`/`Buffer.alloc`); every other warning passes.
 */
function quietBufferConstructorWarning(): void {
  const emitWarning = process.emitWarning.bind(process) as (...args: unknown[]) => void;
  process.emitWarning = ((warning: string | Error, ...rest: unknown[]) => {
    const options = rest[0];
    const code = typeof options === 'object' && options !== null ? (options as { code?: unknown }).code : rest[1];
    if (code === 'DEP0005') return;
    emitWarning(warning, ...rest);
  }) as typeof process.emitWarning;
}
