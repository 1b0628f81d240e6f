// With MicrosoftAppId set, only requests with a valid Bot Framework token get
// through. The token issuer's key service (login.botframework.com) is not
// reachable here, so a stand-in on loopback publishes the signing keys, in the
// shape the real OpenID metadata and JWKS documents have.
import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import jwt from 'jsonwebtoken';
import { messageActivity, postActivity, startApp, type RunningApp } from './support/app.js';
import { shownText } from './support/replies.js';

const APP_ID = '00000000-0000-4000-8000-000000000001';
const ISSUER = 'https://api.botframework.com';

function rsaKey(): { privateKey: KeyObject; publicKey: KeyObject } {
  return generateKeyPairSync('rsa', { modulusLength: 2048 });
}

describe('HTTP server with a Microsoft app id', () => {
  const known = rsaKey();
  const stranger = rsaKey();
  let issuer: Server;
  let running: RunningApp;
  let issuerUrl: string;

  beforeAll(async () => {
    issuer = createServer((req, res) => {
      res.setHeader('content-type', 'application/json');
      if (req.url === '/openid') res.end(JSON.stringify({ issuer: ISSUER, jwks_uri: `${issuerUrl}/keys`, id_token_signing_alg_values_supported: ['RS256'] }));
      else if (req.url === '/keys') res.end(JSON.stringify({ keys: [{ ...known.publicKey.export({ format: 'jwk' }), kid: 'known-key', use: 'sig', endorsements: ['webchat', 'msteams', 'telegram'] }] }));
      else res.writeHead(404).end('{}');
    });
    await new Promise<void>((resolve) => issuer.listen(0, '127.0.0.1', resolve));
    issuerUrl = `http://127.0.0.1:${(issuer.address() as AddressInfo).port}`;
    running = await startApp({ MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'not-a-real-secret', PSEUDONYM_SALT: 'salt-for-the-authentication-tests', BOT_OPENID_METADATA_URL: `${issuerUrl}/openid` });
  });
  afterAll(async () => {
    await running.stop();
    await new Promise<void>((resolve) => issuer.close(() => resolve()));
  });

  const token = (key: KeyObject, kid: string, claims: Record<string, unknown> = {}, options: jwt.SignOptions = {}) =>
    jwt.sign({ serviceurl: 'http://127.0.0.1:9/', ...claims }, key.export({ type: 'pkcs8', format: 'pem' }), { algorithm: 'RS256', keyid: kid, issuer: ISSUER, audience: APP_ID, ...('exp' in claims ? {} : { expiresIn: 300 }), ...options });

  const ask = (authorization?: string) => postActivity(running.baseUrl, messageActivity('How far is the Center from the airport?'), authorization ? { authorization } : {});

  it('answers a request whose token is signed by the channel\'s published key', async () => {
    const { status, body } = await ask(`Bearer ${token(known.privateKey, 'known-key')}`);
    expect(status).toBe(200);
    expect(shownText(body.activities[0])).toMatch(/airport/i);
  });

  it.each([
    ['no Authorization header', () => undefined],
    ['a malformed token', () => 'Bearer not.a.token'],
    ['a token signed by a key the issuer does not publish', () => `Bearer ${token(stranger.privateKey, 'stranger-key')}`],
    ['a token with a published key id but another key\'s signature', () => `Bearer ${token(stranger.privateKey, 'known-key')}`],
    ['a token for another bot', () => `Bearer ${token(known.privateKey, 'known-key', {}, { audience: '00000000-0000-4000-8000-00000000beef' })}`],
    ['an expired token', () => `Bearer ${token(known.privateKey, 'known-key', { exp: Math.floor(Date.now() / 1000) - 3600 })}`],
  ])('answers 401 with a short JSON error to %s', async (_case, authorization) => {
    const { status, body } = await ask(authorization());
    expect(status).toBe(401);
    expect(body).toEqual({ code: 'Unauthorized', message: expect.any(String) });
  });

  it('turns off the local Direct Line endpoint', async () => {
    const response = await fetch(`${running.baseUrl}/v3/directline/conversations`, { method: 'POST' });
    expect([403, 404]).toContain(response.status);
  });
});
