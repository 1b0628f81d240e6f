// V8's heap growth between full GCs (src/heapGrowth.ts): the process entry
// sets it for every start, and node's own command line wins. V8 says which
// factor it applied when it sets the next limit (--trace-gc-verbose).
import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { PROJECT_ROOT } from '../src/config.js';
import { HEAP_GROWING_PERCENT, limitHeapGrowth } from '../src/heapGrowth.js';

/** The factors V8 applied to the old generation's limit in a node process that runs `code` (as an ES module under tsx), then a full GC. */
function factorsApplied(nodeFlags: string[], code: string): number[] {
  const program = `${code}\nconst kept = []; for (let i = 0; i < 200000; i += 1) kept.push({ i }); globalThis.gc(); console.log(kept.length);`;
  const result = spawnSync(process.execPath, [...nodeFlags, '--expose-gc', '--trace-gc-verbose', '--import', 'tsx', '--input-type=module', '-e', program], { cwd: PROJECT_ROOT, encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } });
  expect(result.status).toBe(0);
  return [...result.stdout.matchAll(/\[HeapController\] Limit: .*\(([\d.]+)\)$/gm)].map((match) => Number(match[1]));
}

const limit = `import { limitHeapGrowth } from './src/heapGrowth.ts'; console.log(limitHeapGrowth());`;

describe('the heap growth the bot runs with', () => {
  it('is set for the full GCs that follow', () => {
    const factors = factorsApplied([], limit);
    expect(factors.length).toBeGreaterThan(0);
    expect(factors.at(-1)).toBe(1 + HEAP_GROWING_PERCENT / 100);
  }, 30_000);

  it('is what node’s command line says when it says one', () => {
    expect(limitHeapGrowth(['--heap-growing-percent=20'])).toBe(false);
    expect(limitHeapGrowth(['--heap_growing_percent', '20'])).toBe(false);
    expect(factorsApplied(['--heap-growing-percent=20'], limit).at(-1)).toBe(1.2);
  }, 30_000);
});
