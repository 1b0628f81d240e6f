// The HTTP edge: the real restify server on an ephemeral port.
import { connect } from 'node:net';
import { request as httpRequest } from 'node:http';
import { gzipSync } from 'node:zlib';
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

/**
 * Posts `body` with a Content-Encoding, writing only its first `sentBytes`
 * until the server answers (or `patienceMs` pass, after which the rest is
 * sent). Says whether the answer came before the body was complete.
 */
function postEncoded(url: string, encoding: string, body: Buffer, sentBytes: number, patienceMs = 3000): Promise<{ status: number; body: string; beforeBodyEnd: boolean }> {
  return new Promise((resolve, reject) => {
    let bodyEnded = false;
    const request = httpRequest(url, { method: 'POST', headers: { 'content-type': 'application/json', 'content-encoding': encoding, 'content-length': String(body.length) } });
    const rest = setTimeout(() => {
      bodyEnded = true;
      request.end(body.subarray(sentBytes));
    }, patienceMs);
    request.on('response', (response) => {
      const beforeBodyEnd = !bodyEnded;
      clearTimeout(rest);
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        request.destroy();
        resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'), beforeBodyEnd });
      });
    });
    request.on('error', (error) => (bodyEnded ? reject(error) : undefined));
    request.write(body.subarray(0, sentBytes));
  });
}

describe('compressed request bodies', () => {
  const app = appForTests();
  // 64 MB of zeros inflate from about 64 KB: the shape of a decompression bomb, a quarter of MAX_BODY_BYTES on the wire.
  const bomb = gzipSync(Buffer.alloc(64 * 1024 * 1024), { level: 9 });

  it('answers 415 to a gzip body on /api/messages before reading it, and keeps serving', async () => {
    const answer = await postEncoded(`${app().baseUrl}/api/messages`, 'gzip', bomb, 1024);
    expect(answer.status).toBe(415);
    expect(JSON.parse(answer.body)).toEqual({ code: 'UnsupportedMediaType', message: expect.stringContaining('Content-Encoding') });
    // The answer came while most of the body was still unsent: nothing was read, let alone inflated.
    expect(answer.beforeBodyEnd).toBe(true);
    const after = await postActivity(app().baseUrl, messageActivity('help'));
    expect(after.status).toBe(200);
  });

  it('refuses every encoding but identity, on every route', async () => {
    for (const [path, encoding] of [['/api/messages', 'deflate'], ['/api/messages', 'br'], ['/api/messages', 'identity, gzip'], ['/v3/directline/conversations', 'gzip'], ['/api/directline/token', 'GZIP'], ['/nowhere', 'gzip']] as const) {
      const answer = await postEncoded(`${app().baseUrl}${path}`, encoding, bomb, 1024);
      expect({ path, encoding, status: answer.status, beforeBodyEnd: answer.beforeBodyEnd }).toEqual({ path, encoding, status: 415, beforeBodyEnd: true });
    }
  });

  it('accepts a body declared as identity', async () => {
    const { status } = await postActivity(app().baseUrl, messageActivity('help'), { 'content-encoding': 'identity' });
    expect(status).toBe(200);
  });
});
