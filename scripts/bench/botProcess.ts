// The real bot as the benchmarks run it: createApp from src/app.ts, started as
// src/index.ts starts it, plus one probe on the IPC channel: "heap" → a full
// GC, then the heap still in use (needs node --expose-gc), to tell a leak from V8's heap sizing.
import { createApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { answerHeapProbe } from './heapProbe.js';

const config = loadConfig();
const app = await createApp(config, createLogger(config));
await app.start();
answerHeapProbe();
process.on('SIGTERM', () => {
  app.stop().then(
    () => process.exit(0),
    () => process.exit(1),
  );
});
