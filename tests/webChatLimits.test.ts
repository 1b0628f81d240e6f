// What keeps the web chat's memory and traffic bounded: the local transcripts
// (paging, expiry, eviction), the per-client rate limit, and local tokens.
import { describe, expect, it } from '@jest/globals';
import { boundedClientActivity, LocalConversations, MAX_CLIENT_ACTIVITY_LENGTH } from '../src/web/localConversations.js';
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

describe('local transcripts in bytes', () => {
  const big = (n: number) => 'x'.repeat(n);

  it('keep a client\'s activity within a few KB: value and attachments go, Web Chat\'s clientActivityID stays, then the text is cut', () => {
    const posted = { type: 'event', name: 'webchat/join', value: { blob: big(250_000) }, channelData: { clientActivityID: 'abc123', junk: big(9_000) }, attachments: [{ contentType: 'x', content: big(9_000) }], text: 'hello' };
    const kept = boundedClientActivity(posted);
    expect(JSON.stringify(kept).length).toBeLessThanOrEqual(MAX_CLIENT_ACTIVITY_LENGTH);
    expect(kept).toEqual({ type: 'event', name: 'webchat/join', channelData: { clientActivityID: 'abc123' }, text: 'hello' });
    const long = boundedClientActivity({ type: 'message', text: big(100_000), channelData: { clientActivityID: 'c1' } });
    expect(JSON.stringify(long).length).toBeLessThanOrEqual(MAX_CLIENT_ACTIVITY_LENGTH);
    expect(long).toMatchObject({ type: 'message', channelData: { clientActivityID: 'c1' }, text: expect.stringMatching(/^x{4000,}$/) });
    // A small activity is kept whole, value and all (the join event's language).
    const small = { type: 'event', name: 'webchat/join', value: { language: 'ru' }, channelData: { clientActivityID: 'c2' } };
    expect(boundedClientActivity(small)).toBe(small);
  });

  it('keep each conversation within its size, dropping its oldest activities, with watermarks still counting', () => {
    const store = new LocalConversations({ maxConversationLength: 10_000, pageSize: 100 });
    const { id } = store.create('dl_a');
    for (let i = 0; i < 10; i += 1) store.append(id, { type: 'message', text: `${i}${big(3_000)}` });
    const page = store.read(id, null);
    expect(page?.activities.map((a) => (a.text as string)[0])).toEqual(['7', '8', '9']);
    expect(page?.watermark).toBe('10');
    expect(store.length).toBeLessThanOrEqual(10_000);
  });

  it('keep all conversations within a total, forgetting the least recently used ones first', () => {
    const store = new LocalConversations({ maxTotalLength: 50_000, maxConversationLength: 20_000 });
    const ids: string[] = [];
    for (let n = 0; n < 5; n += 1) {
      const { id } = store.create(`dl_${n}`);
      ids.push(id);
      for (let i = 0; i < 4; i += 1) store.append(id, { type: 'message', text: big(4_000) });
    }
    expect(store.length).toBeLessThanOrEqual(50_000);
    expect(store.get(ids[0] as string)).toBeUndefined();
    expect(store.get(ids[4] as string)).toBeDefined();
    expect(store.read(ids[4] as string, null)?.activities).toHaveLength(4);
  });

  it('return at most a page\'s size in one read, and at least one activity', () => {
    const store = new LocalConversations({ maxPageLength: 10_000, maxConversationLength: 1_000_000 });
    const { id } = store.create('dl_a');
    for (let i = 0; i < 10; i += 1) store.append(id, { type: 'message', text: big(4_000) });
    store.append(id, { type: 'message', text: big(20_000) });
    expect(store.read(id, null)?.activities).toHaveLength(2);
    expect(store.read(id, 10)?.activities).toHaveLength(1);
  });
});

describe('rate limit per client', () => {
  it('lets `limit` requests through per window, then answers with the seconds to wait', () => {
    let now = 0;
    const limiter = createRateLimiter(2, 60_000, () => now);
    expect(limiter.take('127.1.2.3').allowed).toBe(true);
    expect(limiter.take('127.1.2.3').allowed).toBe(true);
    now = 15_000;
    expect(limiter.take('127.1.2.3')).toEqual({ allowed: false, retryAfterSeconds: 45, firstRefusal: true });
    expect(limiter.take('127.1.2.3')).toEqual({ allowed: false, retryAfterSeconds: 45, firstRefusal: false });
    expect(limiter.take('127.5.6.7').allowed).toBe(true);
    now = 60_000;
    expect(limiter.take('127.1.2.3').allowed).toBe(true);
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
