// Structured logging with pino: JSON lines for machines, a readable stream in
// a terminal. Created once in the composition root and passed down.
import { createRequire } from 'node:module';
import { pino, type Logger } from 'pino';
import type { Config } from './config.js';

type Pretty = typeof import('pino-pretty');

export type { Logger };

export function createLogger(config: Pick<Config, 'LOG_LEVEL' | 'LOG_FORMAT'>): Logger {
  const readable = config.LOG_FORMAT === 'pretty' || (config.LOG_FORMAT === 'auto' && process.stdout.isTTY === true);
  const options = { level: config.LOG_LEVEL, base: undefined };
  if (!readable) return pino(options);
  // pino-pretty as a synchronous stream, not a transport: no worker thread to
  // outlive the process or lose the last lines at shutdown. Loaded only for a
  // terminal (a tenth of a second of start-up a server's JSON logs do without).
  const pretty = createRequire(import.meta.url)('pino-pretty') as Pretty;
  return pino(options, pretty({ colorize: true, translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname', sync: true }));
}

/** A logger that writes nothing, for tests and tools. */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
