// Logs as production writes them (pino JSON lines, LOG_LEVEL=info): one line
// per turn, and nothing a person typed or is called.
import { rmSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { pino } from 'pino';
import { createApp } from '../src/app.js';
import { messageActivity, postActivity, testConfig } from './support/app.js';

describe('logs at info level', () => {
  it('are JSON lines with the turn\'s channel, language and outcome, without the text or the name', async () => {
    const config = testConfig({ LOG_LEVEL: 'info', LOG_FORMAT: 'json' });
    const lines: string[] = [];
    const logger = pino({ level: config.LOG_LEVEL, base: undefined }, { write: (line: string) => void lines.push(line) });
    const app = await createApp(config, logger);
    try {
      const { port } = await app.start();
      const question = 'Как добраться до центра из аэропорта? Мой телефон +7 900 123-45-67';
      const { status } = await postActivity(
        `http://127.0.0.1:${port}`,
        messageActivity(question, { channelId: 'telegram', from: { id: '428451827', name: 'Ivan Petrov' }, conversation: { id: '428451827' } }),
      );
      expect(status).toBe(200);
    } finally {
      await app.stop();
      rmSync(config.DATA_DIR, { recursive: true, force: true });
    }
    const records = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    const turn = records.find((record) => record.msg === 'turn');
    expect(turn).toMatchObject({ level: 30, channel: 'telegram', type: 'message', language: 'ru', outcome: expect.any(String) });
    const everything = lines.join('');
    for (const personal of ['Ivan Petrov', '900 123-45-67', 'аэропорта']) expect(everything).not.toContain(personal);
  });
});
