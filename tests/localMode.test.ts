// Local mode (no MicrosoftAppId) answers anyone who reaches it, unauthenticated:
// so it listens on this machine only unless HOST says otherwise, and it never
// becomes a tool for sending requests to addresses a caller names.
import { rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { pino } from 'pino';
import { createApp } from '../src/app.js';
import { parseConfig } from '../src/config.js';
import { isLoopbackHost } from '../src/http.js';
import { checkUnauthenticatedReplyAddress } from '../src/incomingActivity.js';
import { appForTests, messageActivity, postActivity, startApp, testConfig } from './support/app.js';
import { startChannelService, type ChannelService } from './support/channelService.js';
import { shownText } from './support/replies.js';

const APP_ID = '00000000-0000-4000-8000-000000000001';

describe('the interface local mode listens on', () => {
  it('is 127.0.0.1 by default without an app id, every interface with one, and HOST when it is given', () => {
    expect(parseConfig({}).HOST).toBe('127.0.0.1');
    expect(parseConfig({ MicrosoftAppId: APP_ID }).HOST).toBe('0.0.0.0');
    expect(parseConfig({ HOST: '0.0.0.0' }).HOST).toBe('0.0.0.0');
    expect(parseConfig({ HOST: '::1', MicrosoftAppId: APP_ID }).HOST).toBe('::1');
  });

  it('is loopback when the real server starts without HOST', async () => {
    const running = await startApp({ HOST: '' });
    try {
      expect(running.app.http.server.address()).toMatchObject({ address: '127.0.0.1' });
      expect((await fetch(`http://127.0.0.1:${(running.app.http.server.address() as AddressInfo).port}/healthz`)).status).toBe(200);
    } finally {
      await running.stop();
    }
  });

  it('warns, once, that the bot is unauthenticated when HOST opens it to the network without an app id', async () => {
    for (const [overrides, warned] of [[{ HOST: '0.0.0.0' }, true], [{ HOST: '127.0.0.1' }, false], [{ HOST: '::1' }, false], [{ HOST: '0.0.0.0', MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'not-a-real-secret', PSEUDONYM_SALT: 'a-test-salt-of-16-chars-or-more' }, false]] as const) {
      const config = testConfig({ ...overrides, LOG_LEVEL: 'warn' });
      const lines: string[] = [];
      // Built, never started: the warning is about the configuration, and nothing listens beyond loopback in a test.
      const app = await createApp(config, pino({ level: 'warn', base: undefined }, { write: (line: string) => void lines.push(line) }));
      await app.stop();
      rmSync(config.DATA_DIR, { recursive: true, force: true });
      const warnings = lines.filter((line) => line.includes('unauthenticated'));
      expect({ overrides, warnings: warnings.length }).toEqual({ overrides, warnings: warned ? 1 : 0 });
    }
  });
});

describe('replies of an unauthenticated bot', () => {
  const app = appForTests();
  let channel: ChannelService;
  beforeAll(async () => {
    channel = await startChannelService();
  });
  afterAll(async () => {
    await channel.close();
  });

  it('go to a loopback serviceUrl, as the Emulator and channel stand-ins use', async () => {
    const before = channel.received.length;
    const { status } = await postActivity(app().baseUrl, messageActivity('help', { serviceUrl: channel.url, deliveryMode: undefined }));
    expect(status).toBe(200);
    expect(channel.received.length).toBe(before + 1);
    expect(shownText(channel.received.at(-1)?.activity)).toContain('/language');
  });

  it('are refused with 400 for any other serviceUrl unless they are asked for in the response', async () => {
    // 0.0.0.0 is not loopback, yet a connection to it stays on this machine (Linux takes it as
    // the local host): were the bot to post there, the stand-in would receive it.
    const port = new URL(channel.url).port;
    const before = channel.received.length;
    for (const serviceUrl of [`http://0.0.0.0:${port}/`, `http://[::]:${port}/internal/admin/`, `ftp://127.0.0.1:${port}/`]) {
      const { status, body } = await postActivity(app().baseUrl, messageActivity('help', { serviceUrl, deliveryMode: undefined }));
      expect({ serviceUrl, status, body }).toEqual({ serviceUrl, status: 400, body: { code: 'ServiceUrlNotAllowed', message: expect.stringContaining('expectReplies') } });
    }
    expect(channel.received.length).toBe(before);
    const inResponse = await postActivity(app().baseUrl, messageActivity('help', { serviceUrl: `http://0.0.0.0:${port}/` }));
    expect(inResponse.status).toBe(200);
    expect(shownText(inResponse.body.activities[0])).toContain('/language');
    expect(channel.received.length).toBe(before);
  });

  it('recognise loopback in every spelling a URL parser gives it, and nothing else', () => {
    for (const host of ['localhost', '127.0.0.1', '127.1.2.3', '[::1]', '::1', '[::ffff:7f00:1]', 'LOCALHOST']) expect({ host, loopback: isLoopbackHost(host) }).toEqual({ host, loopback: true });
    for (const host of ['0.0.0.0', '[::]', 'localhost.example', '127.0.0.1.example', '']) expect({ host, loopback: isLoopbackHost(host) }).toEqual({ host, loopback: false });
    for (const serviceUrl of ['http://2130706433:9/', 'http://0x7f.1:9/', 'http://[::ffff:127.0.0.1]:9/']) expect(checkUnauthenticatedReplyAddress({ serviceUrl })).toEqual({ ok: true });
  });
});
