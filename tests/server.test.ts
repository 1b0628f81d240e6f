// The HTTP edge: the real restify server on an ephemeral port.
import { connect } from 'node:net';
import { describe, expect, it } from '@jest/globals';
import { appForTests, channelFixture, messageActivity, postActivity } from './support/app.js';
import { shownText } from './support/replies.js';

describe('HTTP server', () => {
  const app = appForTests();

  it('returns replies in the body when the activity asks for expectReplies', async () => {
    const { status, body } = await postActivity(app().baseUrl, messageActivity('help'));
    expect(status).toBe(200);
    expect(body.activities).toHaveLength(1);
    expect(shownText(body.activities[0])).toContain('Xiasha');
  });

  it('reports alive on /healthz and ready on /readyz', async () => {
    const health = await fetch(`${app().baseUrl}/healthz`);
    expect(health.status).toBe(200);
    const ready = await fetch(`${app().baseUrl}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });

  it('answers HEAD on /, /healthz and /readyz as GET, headers only, without a body (load balancers probe with HEAD)', async () => {
    for (const path of ['/', '/healthz', '/readyz']) {
      const get = await fetch(`${app().baseUrl}${path}`);
      const getBody = Buffer.from(await get.arrayBuffer());
      const head = await headRequest(`${app().baseUrl}${path}`);
      expect({ path, status: head.status }).toEqual({ path, status: get.status });
      expect(head.headers['content-type']).toBe(get.headers.get('content-type'));
      expect(Number(head.headers['content-length'])).toBe(getBody.length);
      expect(head.bodyBytes).toBe(0);
    }
  });

  it('answers 400 with a short JSON error to an activity without a type', async () => {
    const { status, body } = await postActivity(app().baseUrl, {});
    expect(status).toBe(400);
    expect(body).toEqual({ code: 'InvalidActivity', message: expect.stringContaining('type') });
  });

  it('answers 400 to a body that is not JSON, and to JSON that is not an object', async () => {
    const notJson = await postActivity(app().baseUrl, 'type=message');
    expect(notJson.status).toBe(400);
    expect(notJson.body.code).toBe('InvalidJson');
    for (const body of ['[]', '"message"', '42', 'null']) {
      const result = await postActivity(app().baseUrl, body);
      expect(result.status).toBe(400);
      expect(JSON.stringify(result.body)).not.toMatch(/at .*\.js/);
    }
  });

  it('answers 415 to a body that is not sent as JSON', async () => {
    for (const contentType of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      const response = await fetch(`${app().baseUrl}/api/messages`, { method: 'POST', headers: { 'content-type': contentType }, body: JSON.stringify(messageActivity('help')) });
      expect(response.status).toBe(415);
      expect(await response.json()).toEqual({ code: 'UnsupportedMediaType', message: expect.any(String) });
    }
  });

  it('answers 400 to an activity it could neither keep state for nor reply to', async () => {
    const { serviceUrl: _s, deliveryMode: _d, ...noWayToReply } = messageActivity('help');
    for (const body of [{ ...messageActivity('help'), conversation: undefined }, { ...messageActivity('help'), from: {} }, { ...messageActivity('help'), channelId: '' }, noWayToReply]) {
      const { status, body: error } = await postActivity(app().baseUrl, body);
      expect(status).toBe(400);
      expect(error.code).toBe('InvalidActivity');
    }
  });

  it('answers 400 to fields of the wrong type instead of failing inside the adapter', async () => {
    const { status } = await postActivity(app().baseUrl, { ...messageActivity('help'), from: 'not-an-object' });
    expect(status).toBe(400);
  });

  it('answers the channels\' real payloads in the person\'s language', async () => {
    const telegram = await postActivity(app().baseUrl, channelFixture('telegram-message.json'));
    expect(telegram.status).toBe(200);
    expect(shownText(telegram.body.activities[0])).toMatch(/30 минут/);
    const webchat = await postActivity(app().baseUrl, channelFixture('webchat-message.json'));
    expect(webchat.body.activities[0].locale).toBe('pt-BR');
    expect(shownText(webchat.body.activities[0])).toMatch(/30 minutos/);
  });

  it('answers 413 to an oversized body, then keeps serving', async () => {
    const huge = JSON.stringify(messageActivity('x'.repeat(app().config.MAX_BODY_BYTES + 10)));
    const { status } = await postActivity(app().baseUrl, huge);
    expect(status).toBe(413);
    const after = await postActivity(app().baseUrl, messageActivity('help'));
    expect(after.status).toBe(200);
    expect(shownText(after.body.activities[0])).toContain('/language');
  });
});

/**
 * A HEAD request on a raw socket, counting every byte after the headers: the
 * server closes the connection after the response, so a body sent by mistake
 * arrives (an HTTP client would drop it, knowing HEAD has none).
 */
function headRequest(url: string): Promise<{ status: number; headers: Record<string, string>; bodyBytes: number }> {
  const { hostname, port, pathname } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => socket.end(`HEAD ${pathname} HTTP/1.1\r\nHost: ${hostname}:${port}\r\nConnection: close\r\n\r\n`));
    const chunks: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('close', () => {
      const raw = Buffer.concat(chunks);
      const end = raw.indexOf('\r\n\r\n');
      const [statusLine = '', ...lines] = raw.subarray(0, end).toString('latin1').split('\r\n');
      const headers = Object.fromEntries(lines.map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]));
      resolve({ status: Number(statusLine.split(' ')[1]), headers, bodyBytes: raw.length - end - 4 });
    });
  });
}
