// The process entry. Node 22.1+ keeps the compiled code of every module on
// disk (NODE_COMPILE_CACHE, else os.tmpdir()/node-compile-cache) and reuses it
// at the next start; it must be on before the modules load, so the bot
// (src/main.ts) is imported after. Node 20 has no such cache: nothing changes there.
import module from 'node:module';

(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();

await import('./main.js');
