// What keeps the web chat's memory and traffic bounded: the local transcripts
// (paging, expiry, eviction), the per-client rate limit, and local tokens.
import { describe, expect, it } from '@jest/globals';
import { LocalConversations } from '../src/web/localConversations.js';
import { createLocalTokenIssuer } from '../src/web/localTokens.js';
import { createRateLimiter } from '../src/rateLimit.js';

describe('local transcripts', () => {
  it('reads back in pages: each watermark continues where the last read stopped', () => {
    const store = new LocalConversations({ pageSize: 2 });
    const { id } = store.create('dl_a');
    for (const text of ['one', 'two', 'three', 'four', 'five']) store.append(id, { type: 'message', text });
    const texts = (watermark: number | null) => {
      const page = store.read(id, watermark);
      return { texts: page?.activities.map((a) => a.text), watermark: page?.watermark };
    };
    expect(texts(null)).toEqual({ texts: ['one', 'two'], watermark: '2' });
    expect(texts(2)).toEqual({ texts: ['three', 'four'], watermark: '4' });
    expect(texts(4)).toEqual({ texts: ['five'], watermark: '5' });
    expect(texts(5)).toEqual({ texts: [], watermark: '5' });
    // A watermark from the future (another server's) cannot skip what comes next.
    expect(texts(99)).toEqual({ texts: [], watermark: '5' });
  });

  it('numbers activities within their conversation, as Direct Line does', () => {
    const store = new LocalConversations();
    const { id } = store.create('dl_a');
    expect(store.append(id, { type: 'message' }).id).toBe(`${id}|0000000`);
    expect(store.append(id, { type: 'message' }).id).toBe(`${id}|0000001`);
  });

  it('keeps only the latest activities of a long conversation, with watermarks still counting from the start', () => {
    const store = new LocalConversations({ maxActivities: 3, pageSize: 10 });
    const { id } = store.create('dl_a');
    for (let i = 0; i < 5; i += 1) store.append(id, { type: 'message', text: `m${i}` });
    expect(store.read(id, null)?.activities.map((a) => a.text)).toEqual(['m2', 'm3', 'm4']);
    expect(store.read(id, 4)?.activities.map((a) => a.text)).toEqual(['m4']);
    expect(store.read(id, null)?.watermark).toBe('5');
  });

  it('forgets idle conversations, and the least recently used one when full', () => {
    let now = 0;
    const store = new LocalConversations({ idleMs: 1000, maxConversations: 2, now: () => now });
    const a = store.create('dl_a');
    const b = store.create('dl_b');
    now = 500;
    expect(store.get(a.id)).toBeDefined(); // a is now the most recently used
    store.create('dl_c');
    expect(store.get(b.id)).toBeUndefined();
    expect(store.get(a.id)).toBeDefined();
    now = 5000;
    expect(store.get(a.id)).toBeUndefined();
    expect(store.read(a.id, null)).toBeUndefined();
  });
});

describe('rate limit per client', () => {
  it('lets `limit` requests through per window, then answers with the seconds to wait', () => {
    let now = 0;
    const limiter = createRateLimiter(2, 60_000, () => now);
    expect(limiter.take('1.2.3.4').allowed).toBe(true);
    expect(limiter.take('1.2.3.4').allowed).toBe(true);
    now = 15_000;
    expect(limiter.take('1.2.3.4')).toEqual({ allowed: false, retryAfterSeconds: 45, firstRefusal: true });
    expect(limiter.take('1.2.3.4')).toEqual({ allowed: false, retryAfterSeconds: 45, firstRefusal: false });
    expect(limiter.take('5.6.7.8').allowed).toBe(true);
    now = 60_000;
    expect(limiter.take('1.2.3.4').allowed).toBe(true);
  });

  it('stays bounded when flooded with addresses', () => {
    const limiter = createRateLimiter(1, 60_000, () => 0);
    for (let i = 0; i < 25_000; i += 1) limiter.take(`10.0.${i >> 8}.${i & 255}`);
    // Old windows were dropped to make room: the first address counts afresh.
    expect(limiter.take('10.0.0.0').allowed).toBe(true);
  });
});

describe('local Direct Line tokens', () => {
  it('open exactly the conversation they were signed for, until they expire', () => {
    let now = 1_000_000;
    const issuer = createLocalTokenIssuer(60, () => now);
    const { token, expiresIn } = issuer.issue({ user: 'dl_abc', conv: 'conversation-1' });
    expect(expiresIn).toBe(60);
    expect(issuer.verify(token)).toMatchObject({ user: 'dl_abc', conv: 'conversation-1' });
    now += 61_000;
    expect(issuer.verify(token)).toBeNull();
  });

  it('refuse a token whose claims were changed, or one signed by another process', () => {
    const issuer = createLocalTokenIssuer();
    const { token } = issuer.issue({ user: 'dl_abc', conv: 'conversation-1' });
    const [header, , signature] = token.split('.');
    const forgedClaims = Buffer.from(JSON.stringify({ user: 'dl_abc', conv: 'conversation-2', exp: 9_999_999_999 })).toString('base64url');
    expect(issuer.verify(`${header}.${forgedClaims}.${signature}`)).toBeNull();
    expect(createLocalTokenIssuer().verify(token)).toBeNull();
    expect(issuer.verify('not.a.token')).toBeNull();
    expect(issuer.verify('')).toBeNull();
  });
});
