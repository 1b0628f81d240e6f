// Graceful shutdown: SIGTERM while a turn is still sending its reply lets the
// turn finish, answer its request and save what it changed.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { SqliteStorage } from '../src/state/sqliteStorage.js';
import { messageActivity, postActivity } from './support/app.js';
import { exited, freePort, startBot } from './support/botProcess.js';

describe('SIGTERM during a slow turn', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'shutdown-'));
  const stops: Array<() => void> = [];
  afterAll(() => {
    stops.forEach((stop) => stop());
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('lets the turn finish, answers its request and keeps the language it confirmed', async () => {
    // A channel service on loopback that holds the bot's reply for a while before accepting it.
    let heldReply: ((res: ServerResponse) => void) | undefined;
    const replyArrived = new Promise<ServerResponse>((resolve) => (heldReply = resolve));
    const received: string[] = [];
    const channel = createServer((req: IncomingMessage, res: ServerResponse) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      req.on('end', () => {
        received.push(body);
        heldReply?.(res);
      });
    });
    await new Promise<void>((resolve) => channel.listen(0, '127.0.0.1', resolve));
    stops.push(() => channel.close());
    const serviceUrl = `http://127.0.0.1:${(channel.address() as AddressInfo).port}/`;

    const port = await freePort();
    const bot = await startBot(port, { DATA_DIR: dataDir, SHUTDOWN_TIMEOUT_MS: '10000' });
    stops.push(() => bot.kill('SIGKILL'));

    const { deliveryMode: _replyInBody, ...activity } = messageActivity('/language ru', { serviceUrl, from: { id: 'user-sigterm' } });
    const request = postActivity(`http://127.0.0.1:${port}`, activity);
    const res = await replyArrived;
    // The turn is now waiting for the channel: stop the bot, then let the channel accept the reply a little later.
    bot.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 500));
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ id: 'reply-1' }));

    const { status } = await request;
    expect(status).toBe(200);
    expect(await exited(bot)).toBe(0);
    expect(JSON.parse(received[0]!).text).toMatch(/по-русски/);

    const storage = new SqliteStorage(join(dataDir, 'bot-state.sqlite'));
    try {
      const key = 'webchat/users/user-sigterm/';
      const state = (await storage.read([key]))[key] as { preferences?: { language?: string } } | undefined;
      expect(state?.preferences?.language).toBe('ru');
    } finally {
      storage.close();
    }
  }, 60_000);
});
