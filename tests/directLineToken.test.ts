// POST /api/directline/token in production form: the secret is exchanged with
// the Direct Line service server-side. The real service is not reachable here,
// so a stub of its token route runs on loopback and DIRECT_LINE_ENDPOINT points at it.
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { ConfigError, parseConfig } from '../src/config.js';
import { startApp, type RunningApp } from './support/app.js';
import { call } from './support/directLine.js';

const SECRET = 'test-direct-line-secret-0123456789';

interface StubRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: any;
}

/** The Direct Line service's token route, answering as `reply` says. */
async function startStubService(): Promise<{ url: string; requests: StubRequest[]; reply: { status: number; body: string }; close(): Promise<void> }> {
  const requests: StubRequest[] = [];
  const reply = { status: 200, body: '' };
  const server: Server = createServer((req, res) => {
    let text = '';
    req.on('data', (chunk) => (text += chunk));
    req.on('end', () => {
      let body: unknown = text;
      try {
        body = JSON.parse(text);
      } catch {
        // Recorded as text.
      }
      requests.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
      const user = (body as { user?: { id?: string } })?.user?.id ?? '';
      res.writeHead(reply.status, { 'content-type': 'application/json' });
      res.end(reply.body || JSON.stringify({ conversationId: 'StubConversation-123', token: `stub-token-for-${user}`, expires_in: 3600 }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, requests, reply, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

describe('Direct Line token endpoint with a secret', () => {
  let stub: Awaited<ReturnType<typeof startStubService>>;
  let running: RunningApp;
  beforeAll(async () => {
    stub = await startStubService();
    running = await startApp({ DIRECT_LINE_SECRET: SECRET, DIRECT_LINE_ENDPOINT: stub.url, DIRECT_LINE_TOKENS_PER_MINUTE: '10' });
  });
  afterEach(() => {
    stub.reply.status = 200;
    stub.reply.body = '';
  });
  afterAll(async () => {
    await running.stop();
    await stub.close();
  });

  it('exchanges the secret server-side for a token bound to a fresh dl_ user, and hands the page only the token', async () => {
    const before = stub.requests.length;
    const result = await call(`${running.baseUrl}/api/directline/token`, { method: 'POST', headers: { 'x-forwarded-for': '127.0.113.1' } });
    expect(result.status).toBe(200);
    const request = stub.requests[before];
    expect(request).toMatchObject({ method: 'POST', url: '/v3/directline/tokens/generate', headers: { authorization: `Bearer ${SECRET}` } });
    expect(request?.body.user.id).toMatch(/^dl_[0-9a-f]{24}$/);
    expect(result.body).toEqual({
      token: `stub-token-for-${request?.body.user.id}`,
      conversationId: 'StubConversation-123',
      userId: request?.body.user.id,
      expiresIn: 3600,
      domain: `${stub.url}/v3/directline`,
      webSocket: true,
    });
    expect(result.headers.get('cache-control')).toBe('no-store');
    // Each page gets a user of its own.
    const again = await call(`${running.baseUrl}/api/directline/token`, { method: 'POST' });
    expect(again.body.userId).not.toBe(result.body.userId);
  });

  it('never puts the secret in what a browser can read: the token answer, the page, the widget', async () => {
    const texts = await Promise.all(['/api/directline/token', '/', '/widget.js', '/web/chat.js'].map(async (path) => {
      const response = await fetch(`${running.baseUrl}${path}`, { method: path.startsWith('/api') ? 'POST' : 'GET' });
      return `${[...response.headers].join('\n')}\n${await response.text()}`;
    }));
    for (const text of texts) expect(text).not.toContain(SECRET);
  });

  it('lets the page connect to the service: its origin (and WebSocket) are allowed by the page\'s Content-Security-Policy', async () => {
    const page = await fetch(`${running.baseUrl}/`);
    const policy = page.headers.get('content-security-policy') ?? '';
    expect(policy).toContain(`connect-src 'self' ${stub.url} ws://${new URL(stub.url).host}`);
  });

  it('turns a refused secret into a 502 the page can show, without the service\'s words', async () => {
    stub.reply.status = 403;
    stub.reply.body = JSON.stringify({ error: { code: 'BadArgument', message: `secret ${SECRET} is invalid` } });
    const result = await call(`${running.baseUrl}/api/directline/token`, { method: 'POST' });
    expect(result.status).toBe(502);
    expect(result.body).toEqual({ code: 'DirectLineRejected', message: expect.stringContaining('secret') });
    expect(JSON.stringify(result.body)).not.toContain(SECRET);
  });

  it('turns a failing or garbled service into a 502 "try again"', async () => {
    stub.reply.status = 500;
    stub.reply.body = 'Internal Server Error';
    const failing = await call(`${running.baseUrl}/api/directline/token`, { method: 'POST', headers: { 'x-forwarded-for': '127.0.113.2' } });
    expect(failing.status).toBe(502);
    expect(failing.body.code).toBe('DirectLineUnavailable');
    stub.reply.status = 200;
    stub.reply.body = '{"unexpected":true}';
    const garbled = await call(`${running.baseUrl}/api/directline/token`, { method: 'POST', headers: { 'x-forwarded-for': '127.0.113.3' } });
    expect(garbled.status).toBe(502);
    expect(garbled.body.code).toBe('DirectLineUnavailable');
  });

  it('limits token requests per client (429 with Retry-After); X-Forwarded-For is not trusted by default', async () => {
    // Earlier tests in this block used part of this minute's ten; the rest go through, then 429.
    const statuses: number[] = [];
    for (let i = 0; i < 12 && statuses.at(-1) !== 429; i += 1) {
      // Forged forwarding headers do not make a new client: there is no trusted proxy.
      statuses.push((await call(`${running.baseUrl}/api/directline/token`, { method: 'POST', headers: { 'x-forwarded-for': `198.51.100.${i}` } })).status);
    }
    expect(statuses.at(-1)).toBe(429);
    expect(statuses.slice(0, -1).every((status) => status === 200)).toBe(true);
    const limited = await call(`${running.baseUrl}/api/directline/token`, { method: 'POST' });
    expect(limited.status).toBe(429);
    expect(limited.body.code).toBe('TooManyRequests');
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});

describe('Direct Line token endpoint behind a proxy, with the service down', () => {
  let running: RunningApp;
  beforeAll(async () => {
    // A port nothing listens on: connection refused, as when the service is unreachable.
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    running = await startApp({ DIRECT_LINE_SECRET: SECRET, DIRECT_LINE_ENDPOINT: `http://127.0.0.1:${port}`, DIRECT_LINE_TOKENS_PER_MINUTE: '2', TRUSTED_PROXY_HOPS: '1' });
  });
  afterAll(async () => {
    await running.stop();
  });

  it('answers 502 when the service cannot be reached', async () => {
    const result = await call(`${running.baseUrl}/api/directline/token`, { method: 'POST', headers: { 'x-forwarded-for': '127.0.2.10' } });
    expect(result.status).toBe(502);
    expect(result.body).toEqual({ code: 'DirectLineUnavailable', message: expect.any(String) });
  });

  it('counts each client by the address the trusted proxy saw', async () => {
    const post = (forwardedFor: string) => call(`${running.baseUrl}/api/directline/token`, { method: 'POST', headers: { 'x-forwarded-for': forwardedFor } });
    expect((await post('127.0.2.20:51000')).status).toBe(502);
    expect((await post('127.0.2.20:51001')).status).toBe(502);
    expect((await post('127.0.2.20:51002')).status).toBe(429);
    // What a client writes to the left of the proxy's entry does not change who it is.
    expect((await post('127.9.9.9, 127.0.2.20:51003')).status).toBe(429);
    expect((await post('127.0.2.21')).status).toBe(502);
  });
});

describe('embedding policy: TRUSTED_ORIGINS', () => {
  // Loopback origins stand in for partner sites; only the header and the token request are checked.
  const PUBLIC_URL = 'https://localhost:8443/';
  const PARTNERS = 'https://localhost:9443, http://localhost:5173';
  let stub: Awaited<ReturnType<typeof startStubService>>;
  const started: RunningApp[] = [];
  const start = async (overrides: Record<string, string>) => {
    const running = await startApp(overrides);
    started.push(running);
    return running;
  };
  beforeAll(async () => {
    stub = await startStubService();
  });
  afterAll(async () => {
    for (const running of started) await running.stop();
    await stub.close();
  });

  it('lets only the bot itself and the trusted partner sites frame the page, and asks Direct Line for a token trusting the same origins', async () => {
    const running = await start({ DIRECT_LINE_SECRET: SECRET, DIRECT_LINE_ENDPOINT: stub.url, PUBLIC_URL, TRUSTED_ORIGINS: PARTNERS });
    const page = await fetch(`${running.baseUrl}/`);
    const policy = page.headers.get('content-security-policy') ?? '';
    expect(policy).toContain("frame-ancestors 'self' https://localhost:9443 http://localhost:5173");
    expect(policy).not.toContain('frame-ancestors *');
    const before = stub.requests.length;
    const result = await call(`${running.baseUrl}/api/directline/token`, { method: 'POST' });
    expect(result.status).toBe(200);
    expect(stub.requests[before]?.body).toEqual({
      user: { id: expect.stringMatching(/^dl_/) },
      trustedOrigins: ['https://localhost:8443', 'https://localhost:9443', 'http://localhost:5173'],
    });
  });

  it('lets no other site frame the page of a deployed bot (MicrosoftAppId set) with no TRUSTED_ORIGINS', async () => {
    const running = await start({ MicrosoftAppId: '00000000-0000-4000-8000-000000000001', MicrosoftAppPassword: 'not-a-real-secret', PSEUDONYM_SALT: 'a-test-salt-of-16-chars-or-more', DIRECT_LINE_SECRET: SECRET, DIRECT_LINE_ENDPOINT: stub.url, PUBLIC_URL });
    const policy = (await fetch(`${running.baseUrl}/`)).headers.get('content-security-policy') ?? '';
    expect(policy).toMatch(/frame-ancestors 'self'(;|$)/);
    const before = stub.requests.length;
    expect((await call(`${running.baseUrl}/api/directline/token`, { method: 'POST' })).status).toBe(200);
    expect(stub.requests[before]?.body.trustedOrigins).toEqual(['https://localhost:8443']);
  });

  it('lets any site frame the page only in local mode with TRUSTED_ORIGINS unset (trying the widget on a test page)', async () => {
    const running = await start({});
    const policy = (await fetch(`${running.baseUrl}/`)).headers.get('content-security-policy') ?? '';
    expect(policy).toMatch(/frame-ancestors \*(;|$)/);
  });
});

describe('Direct Line settings', () => {
  it('read TRUSTED_ORIGINS as origins (https, or http on this machine), and refuse paths, wildcards and plain http elsewhere', () => {
    expect(parseConfig({}).TRUSTED_ORIGINS).toEqual([]);
    expect(parseConfig({ TRUSTED_ORIGINS: 'https://LocalHost:443/,  http://127.0.0.1:8080 https://localhost:9443,https://localhost:9443' }).TRUSTED_ORIGINS).toEqual(['https://localhost', 'http://127.0.0.1:8080', 'https://localhost:9443']);
    for (const wrong of ['*', 'https://*.localhost', 'https://localhost/page', 'localhost:8443', 'https://user:pw@localhost', 'ftp://localhost']) {
      expect(() => parseConfig({ TRUSTED_ORIGINS: wrong })).toThrow(/TRUSTED_ORIGINS.*origins/);
    }
    // With a secret, the page's own origin (PUBLIC_URL) must be known: the token has to work on the page itself.
    expect(() => parseConfig({ TRUSTED_ORIGINS: 'https://localhost:9443', DIRECT_LINE_SECRET: SECRET })).toThrow(/PUBLIC_URL/);
  });

  it('accept an http(s) origin for the service and refuse anything else with one clear line', () => {
    expect(parseConfig({}).DIRECT_LINE_ENDPOINT).toBe('https://directline.botframework.com');
    expect(parseConfig({ DIRECT_LINE_ENDPOINT: 'https://europe.directline.botframework.com/' }).DIRECT_LINE_ENDPOINT).toBe('https://europe.directline.botframework.com/');
    for (const wrong of ['ftp://directline.botframework.com', 'https://directline.botframework.com/v3/directline', 'directline.botframework.com']) {
      expect(() => parseConfig({ DIRECT_LINE_ENDPOINT: wrong })).toThrow(/DIRECT_LINE_ENDPOINT.*http\(s\) origin/);
    }
    expect(() => parseConfig({ DIRECT_LINE_TOKENS_PER_MINUTE: '0' })).toThrow(ConfigError);
  });
});
