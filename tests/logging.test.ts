// Logs as production writes them (pino JSON lines, LOG_LEVEL=info): one line
// per turn, and nothing a person typed or is called.
import { rmSync } from 'node:fs';
import { describe, expect, it, jest } from '@jest/globals';
import { pino } from 'pino';
import { createApp } from '../src/app.js';
import { restifyLogger } from '../src/server.js';
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

describe('logs of refused and hostile requests', () => {
  it('carry a refused token at debug through pino, never a console stack, and never a request\'s raw headers', async () => {
    // An app id, so tokens are checked; the key document is named on loopback and never needed (no token is valid here).
    const config = testConfig({ LOG_LEVEL: 'trace', LOG_FORMAT: 'json', MicrosoftAppId: '00000000-0000-4000-8000-000000000001', MicrosoftAppPassword: 'not-a-real-secret', PSEUDONYM_SALT: 'a-test-salt-of-16-chars-or-more', BOT_OPENID_METADATA_URL: 'http://127.0.0.1:9/openid' });
    const lines: string[] = [];
    const logger = pino({ level: config.LOG_LEVEL, base: undefined }, { write: (line: string) => void lines.push(line) });
    const printed: unknown[] = [];
    const consoleError = jest.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void printed.push(args));
    const app = await createApp(config, logger);
    const secret = 'Bearer not-a-token-but-a-secret-0123456789';
    try {
      const { port } = await app.start();
      const baseUrl = `http://127.0.0.1:${port}`;
      const refused = await postActivity(baseUrl, messageActivity('help'));
      expect(refused).toEqual({ status: 401, body: { code: 'Unauthorized', message: expect.any(String) } });
      // Nested 100,000 deep: the reply would echo `conversation`, and serialising it overflowed the stack (500, no body).
      const deep = JSON.stringify(messageActivity('help', { conversation: { id: 'c', nested: 'HOLE' } })).replace('"HOLE"', `${'['.repeat(100_000)}${']'.repeat(100_000)}`);
      const nested = await postActivity(baseUrl, deep, { authorization: secret });
      expect(nested).toEqual({ status: 400, body: { code: 'InvalidActivity', message: expect.stringContaining('deeper') } });
      const gzip = await postActivity(baseUrl, messageActivity('help'), { authorization: secret, 'content-encoding': 'gzip' });
      expect(gzip.status).toBe(415);
    } finally {
      await app.stop();
      consoleError.mockRestore();
      rmSync(config.DATA_DIR, { recursive: true, force: true });
    }
    expect(printed).toEqual([]);
    const records = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(records).toContainEqual(expect.objectContaining({ level: 20, msg: 'request refused: authentication failed' }));
    const everything = lines.join('\n');
    expect(everything).not.toContain('not-a-token-but-a-secret');
    expect(everything).not.toMatch(/"headers"\s*:/);
  });

  it('from restify itself reduce a request to its method and URL (restify logs the whole request when it cannot send a response)', () => {
    const lines: string[] = [];
    const logger = restifyLogger(pino({ level: 'trace', base: undefined }, { write: (line: string) => void lines.push(line) }));
    const req = { method: 'POST', url: '/api/messages', headers: { authorization: 'Bearer secret-token-0123' }, socket: { remoteAddress: '127.0.0.1' } };
    logger.warn({ req, res: { statusCode: 500, req }, err: new RangeError('Maximum call stack size exceeded') }, 'error retrieving formatter');
    const [record] = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(record).toMatchObject({ req: { method: 'POST', url: '/api/messages' }, res: { statusCode: 500 }, err: { message: 'Maximum call stack size exceeded' } });
    expect(lines.join('')).not.toContain('secret-token');
  });
});
