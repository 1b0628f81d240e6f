// Structured logging with pino: JSON lines for machines, a readable stream in
// a terminal. Created once in the composition root and passed down.
import { pino, type Logger } from 'pino';
import pretty from 'pino-pretty';
import type { Config } from './config.js';

export type { Logger };

export function createLogger(config: Pick<Config, 'LOG_LEVEL' | 'LOG_FORMAT'>): Logger {
  const readable = config.LOG_FORMAT === 'pretty' || (config.LOG_FORMAT === 'auto' && process.stdout.isTTY === true);
  const options = { level: config.LOG_LEVEL, base: undefined };
  // pino-pretty as a synchronous stream, not a transport: no worker thread to
  // outlive the process or lose the last lines at shutdown.
  return readable ? pino(options, pretty({ colorize: true, translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname', sync: true })) : pino(options);
}

/** A logger that writes nothing, for tests and tools. */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
