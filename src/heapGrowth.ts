// How far V8 lets the bot's heap grow between full GCs: set by the process
// entry (src/index.ts) before the bot's code loads, for every start.
import v8 from 'node:v8';

/**
 * How far V8 lets its heap grow past what was live after a full GC before the
 * next one, in percent. V8 picks 10–300 % by itself, from how fast the program
 * allocates against how fast it collects, with 300 % only where the machine
 * has the memory for a heap of 2 GB or more (it caps the factor at 1.3–2× on
 * smaller ones, as on a small App Service plan). Under a steady load of turns
 * it took the most: the bot's old space held 1.5–2.5 times its 60 MiB of
 * live objects, most of the resident memory the bot has beyond the echo bot's
 * (scripts/bench/memoryProbe.ts). 50 % is about what V8 itself allows a heap
 * limited to 512 MB–1 GB (40–60 %): the cost is a full GC (mostly concurrent)
 * a little more often.
 * A `--heap-growing-percent` given to node on its command line wins
 * (`node --heap-growing-percent=0 dist/index.js` gives V8 its own choice
 * back; NODE_OPTIONS may not carry it).
 */
export const HEAP_GROWING_PERCENT = 50;

/**
 * Sets V8's heap growth to {@link HEAP_GROWING_PERCENT} unless node's command
 * line sets it (`execArgv`); returns whether it did. V8 reads the flag at every
 * full GC, so it takes hold from the next one.
 */
export function limitHeapGrowth(execArgv: readonly string[] = process.execArgv): boolean {
  if (execArgv.some((flag) => /^--heap[-_]growing[-_]percent\b/.test(flag))) return false;
  v8.setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  return true;
}
