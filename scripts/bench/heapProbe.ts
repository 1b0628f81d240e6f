// The benchmarks' memory probe, for a server under test run with --expose-gc
// and an IPC channel: on "heap", a full GC, then the heap in use, in MiB; on
// "memory", where its resident memory goes (scripts/bench/memoryBreakdown.ts),
// before and after a full GC.
import { memoryBreakdown } from './memoryBreakdown.js';

/** In the server under test: answers "heap" and "memory" messages. */
export function answerHeapProbe(): void {
  process.on('message', (message) => {
    if (!process.send) return;
    const gc = (globalThis as { gc?: () => void }).gc;
    if (message === 'heap') {
      gc?.();
      process.send({ heapUsedMiB: process.memoryUsage().heapUsed / 2 ** 20 });
    } else if (message === 'memory') {
      const before = memoryBreakdown();
      gc?.();
      process.send({ memory: { before, afterGc: memoryBreakdown() } });
    }
  });
}
