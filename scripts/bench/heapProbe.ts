// The benchmarks' memory probe, for a server under test run with --expose-gc
// and an IPC channel: on "heap", a full GC, then the heap in use, in MiB.

/** In the server under test: answers "heap" messages with the heap used after a full GC. */
export function answerHeapProbe(): void {
  process.on('message', (message) => {
    if (message !== 'heap' || !process.send) return;
    (globalThis as { gc?: () => void }).gc?.();
    process.send({ heapUsedMiB: process.memoryUsage().heapUsed / 2 ** 20 });
  });
}
