// tinyld's models load a moment after the app is ready, out of the way of the
// first /readyz answer (src/app.ts), and a stopped app does not load them.
import { rmSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { pino } from 'pino';
import { createApp } from '../src/app.js';
import { testConfig } from './support/app.js';

/** Starts the app with its debug log kept, lets `act` run on it, and returns the log's messages after `waitMs`. */
async function messagesAfter(act: (stop: () => Promise<void>, port: number, logged: () => string[]) => Promise<void>, waitMs: number): Promise<string[]> {
  const config = testConfig({ LOG_LEVEL: 'debug', LOG_FORMAT: 'json' });
  const lines: string[] = [];
  const logged = () => lines.map((line) => (JSON.parse(line) as { msg: string }).msg);
  const logger = pino({ level: config.LOG_LEVEL, base: undefined }, { write: (line: string) => void lines.push(line) });
  const app = await createApp(config, logger);
  let stopped = false;
  const stop = async () => {
    if (!stopped) await app.stop();
    stopped = true;
  };
  try {
    const { port } = await app.start();
    await act(stop, port, logged);
    await new Promise((resolve) => setTimeout(resolve, waitMs));
  } finally {
    await stop();
    rmSync(config.DATA_DIR, { recursive: true, force: true });
  }
  return logged();
}

describe('the language statistics’ warm-up', () => {
  it('answers /readyz before loading them, and loads the statistics about a second after ready', async () => {
    // An order, not a time (speed lives in the benchmarks): the first /readyz answer came before the load.
    const messages = await messagesAfter(async (_stop, port, logged) => {
      expect((await fetch(`http://127.0.0.1:${port}/readyz`)).status).toBe(200);
      expect(logged()).not.toContain('language statistics loaded');
    }, 2500);
    expect(messages).toContain('language statistics loaded');
  });

  it('does not load them once the app is stopped', async () => {
    const messages = await messagesAfter((stop) => stop(), 1500);
    expect(messages).not.toContain('language statistics loaded');
  });
});
