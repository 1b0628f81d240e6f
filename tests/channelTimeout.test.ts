// A channel whose service accepts the bot's reply and never answers (a hung
// serviceUrl): the reply is abandoned after CHANNEL_TIMEOUT_MS, the apology
// does not wait on the same dead path, and the channel's request is answered.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { appForTests, messageActivity } from './support/app.js';

async function hungChannel(): Promise<{ server: Server; url: string; received: string[] }> {
  const received: string[] = [];
  const server = createServer((req) => {
    received.push(`${req.method} ${req.url}`);
    req.resume(); // read the reply, never answer it
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, received };
}

async function postWithoutReplyInBody(baseUrl: string, serviceUrl: string, conversation: string): Promise<Response> {
  const { deliveryMode: _inTheBody, ...activity } = messageActivity('/help', { serviceUrl, conversation: { id: conversation } });
  // Without a bound on the outbound call this request stays open for minutes; 10 s is far more than the bounds set here.
  return fetch(`${baseUrl}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity), signal: AbortSignal.timeout(10_000) });
}

/** A hung channel service for the tests of one describe block, closed after them. */
function hungChannelForBlock(): () => Awaited<ReturnType<typeof hungChannel>> {
  let channel: Awaited<ReturnType<typeof hungChannel>>;
  beforeAll(async () => {
    channel = await hungChannel();
  });
  afterAll(() => {
    channel.server.closeAllConnections();
    channel.server.close();
  });
  return () => channel;
}

describe('a channel service that never answers, past the turn timeout', () => {
  const channel = hungChannelForBlock();
  const app = appForTests({ TURN_TIMEOUT_MS: '500', CHANNEL_TIMEOUT_MS: '1000' });

  it('still gets the channel\'s request answered: the reply and the apology are abandoned after CHANNEL_TIMEOUT_MS', async () => {
    const response = await postWithoutReplyInBody(app().baseUrl, channel().url, 'hung-channel');
    expect(response.status).toBeLessThan(500);
    expect(channel().received.filter((line) => line.startsWith('POST /v3/conversations/hung-channel/activities')).length).toBeGreaterThanOrEqual(1);
  }, 20_000);
});

describe('a channel service that never answers, within the turn timeout', () => {
  const channel = hungChannelForBlock();
  const app = appForTests({ TURN_TIMEOUT_MS: '8000', CHANNEL_TIMEOUT_MS: '500' });

  it('abandons the reply, sends no apology down the same path, and answers the request', async () => {
    const response = await postWithoutReplyInBody(app().baseUrl, channel().url, 'hung-channel-2');
    expect(response.status).toBeLessThan(500);
    expect(channel().received).toEqual([expect.stringMatching(/^POST \/v3\/conversations\/hung-channel-2\/activities/)]);
  }, 20_000);
});

describe('a channel service that never answers, turn after turn', () => {
  const channel = hungChannelForBlock();
  const app = appForTests({ TURN_TIMEOUT_MS: '8000', CHANNEL_TIMEOUT_MS: '500' });

  it('bounds the second turn\'s reply too: the connector client reused from the first keeps its bound', async () => {
    for (const conversation of ['hung-channel-3', 'hung-channel-4']) {
      const started = performance.now();
      const response = await postWithoutReplyInBody(app().baseUrl, channel().url, conversation);
      expect(response.status).toBeLessThan(500);
      expect(performance.now() - started).toBeLessThan(5_000);
    }
    expect(channel().received).toEqual([expect.stringMatching(/^POST \/v3\/conversations\/hung-channel-3\/activities/), expect.stringMatching(/^POST \/v3\/conversations\/hung-channel-4\/activities/)]);
  }, 20_000);
});
