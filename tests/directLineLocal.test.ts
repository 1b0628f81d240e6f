// The local Direct Line endpoint: what lets the page run with Web Chat's
// standard client and no Azure account, through the real server, adapter and bot.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startApp, type RunningApp } from './support/app.js';
import { activitiesUrl, call, startSession } from './support/directLine.js';
import { shownText } from './support/replies.js';

describe('local Direct Line endpoint', () => {
  let running: RunningApp;
  beforeAll(async () => {
    running = await startApp({ DIRECT_LINE_MESSAGES_PER_MINUTE: '6', DIRECT_LINE_TOKENS_PER_MINUTE: '1000' });
  });
  afterAll(async () => {
    await running.stop();
  });

  it('hands the page a local token for a dl_ user, and starting the conversation with it returns the same conversation', async () => {
    const session = await startSession(running.baseUrl);
    expect(session).toMatchObject({ domain: '/v3/directline', webSocket: false, expiresIn: expect.any(Number) });
    expect(session.userId).toMatch(/^dl_[0-9a-f]{24}$/);
    // A JWT naming the user, as the service's tokens do: Web Chat reads the user id from it.
    const claims = JSON.parse(Buffer.from(session.token.split('.')[1] ?? '', 'base64url').toString('utf8'));
    expect(claims).toMatchObject({ user: session.userId, conv: session.conversationId });

    const started = await call(`${running.baseUrl}/v3/directline/conversations`, { method: 'POST', token: session.token });
    expect(started.status).toBe(201);
    expect(started.body).toMatchObject({ conversationId: session.conversationId, token: session.token, expires_in: expect.any(Number) });
  });

  it('starts a conversation without a token too, as the service does for a secret', async () => {
    const started = await call(`${running.baseUrl}/v3/directline/conversations`, { method: 'POST' });
    expect(started.status).toBe(201);
    expect(started.body.conversationId).toEqual(expect.any(String));
    const read = await call(activitiesUrl(running.baseUrl, started.body.conversationId), { token: started.body.token });
    expect(read.status).toBe(200);
    expect(read.body).toEqual({ activities: [], watermark: '0' });
  });

  it('welcomes in the page\'s language on the join event, answers a question, and pages by watermark', async () => {
    const { conversationId, token, userId } = await startSession(running.baseUrl);
    const url = activitiesUrl(running.baseUrl, conversationId);

    const join = await call(url, { token, body: { type: 'event', name: 'webchat/join', value: { language: 'ru' }, locale: 'ru-RU', from: { id: 'someone-else', role: 'user' } } });
    expect(join.status).toBe(200);
    expect(join.body.id).toBe(`${conversationId}|0000000`);

    const first = await call(activitiesUrl(running.baseUrl, conversationId, ''), { token });
    expect(first.status).toBe(200);
    expect(first.body.watermark).toBe('2');
    const [echo, welcome] = first.body.activities;
    // The user id comes from the token, whatever the body claimed.
    expect(echo).toMatchObject({ type: 'event', name: 'webchat/join', from: { id: userId, role: 'user' } });
    expect(welcome).toMatchObject({ type: 'message', from: { role: 'bot' }, replyToId: echo.id, conversation: { id: conversationId } });
    expect(shownText(welcome)).toMatch(/Здравствуйте/);

    const asked = await call(url, { token, body: { type: 'message', text: 'How long from the airport to the Center?', locale: 'en-US', channelData: { clientActivityID: 'client-1' } } });
    expect(asked.status).toBe(200);

    const next = await call(activitiesUrl(running.baseUrl, conversationId, first.body.watermark), { token });
    expect(next.body.watermark).toBe('4');
    expect(next.body.activities).toHaveLength(2);
    const [question, answer] = next.body.activities;
    expect(question).toMatchObject({ id: asked.body.id, text: 'How long from the airport to the Center?', channelData: { clientActivityID: 'client-1' } });
    expect(shownText(answer)).toMatch(/30-minute drive/);

    const nothingNew = await call(activitiesUrl(running.baseUrl, conversationId, next.body.watermark), { token });
    expect(nothingNew.body).toEqual({ activities: [], watermark: '4' });
  });

  it('answers 404 for a conversation it does not have, 401 without a token and 403 with another conversation\'s', async () => {
    const mine = await startSession(running.baseUrl);
    const other = await startSession(running.baseUrl);
    const unknown = await call(activitiesUrl(running.baseUrl, 'no-such-conversation'), { token: mine.token });
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('ConversationNotFound');
    const postUnknown = await call(activitiesUrl(running.baseUrl, 'no-such-conversation'), { token: mine.token, body: { type: 'message', text: 'hi' } });
    expect(postUnknown.status).toBe(404);

    expect((await call(activitiesUrl(running.baseUrl, mine.conversationId))).status).toBe(401);
    const crossed = await call(activitiesUrl(running.baseUrl, mine.conversationId), { token: other.token });
    expect(crossed.status).toBe(403);
    const forged = await call(activitiesUrl(running.baseUrl, mine.conversationId), { token: `${mine.token.slice(0, -4)}AAAA` });
    expect(forged.status).toBe(403);
  });

  it('refuses bodies and watermarks that are not Direct Line with a 400 saying why', async () => {
    const { conversationId, token } = await startSession(running.baseUrl);
    const url = activitiesUrl(running.baseUrl, conversationId);
    const notJson = await call(url, { token, body: '{"type":' });
    expect(notJson.status).toBe(400);
    expect(notJson.body.code).toBe('InvalidJson');
    const wrongType = await call(url, { token, body: { type: 'invoke', name: 'x' } });
    expect(wrongType.status).toBe(400);
    expect(wrongType.body.message).toMatch(/message.*event/);
    const badField = await call(url, { token, body: { type: 'message', text: 42 } });
    expect(badField.status).toBe(400);
    const badWatermark = await call(activitiesUrl(running.baseUrl, conversationId, 'abc'), { token });
    expect(badWatermark.status).toBe(400);
    expect(badWatermark.body.code).toBe('BadArgument');
  });

  it('lets a client reconnect to its conversation (GET conversations/:id), as Web Chat does after a dropped connection', async () => {
    const session = await startSession(running.baseUrl);
    const reconnect = await call(`${running.baseUrl}/v3/directline/conversations/${session.conversationId}?watermark=0`, { token: session.token });
    expect(reconnect.status).toBe(200);
    expect(reconnect.body).toMatchObject({ conversationId: session.conversationId, token: session.token, expires_in: expect.any(Number) });
    expect((await call(`${running.baseUrl}/v3/directline/conversations/gone?watermark=0`, { token: session.token })).status).toBe(404);
  });

  it('refreshes a token for the same user and conversation', async () => {
    const session = await startSession(running.baseUrl);
    const refreshed = await call(`${running.baseUrl}/v3/directline/tokens/refresh`, { method: 'POST', token: session.token });
    expect(refreshed.status).toBe(200);
    expect(refreshed.body.conversationId).toBe(session.conversationId);
    const read = await call(activitiesUrl(running.baseUrl, session.conversationId), { token: refreshed.body.token });
    expect(read.status).toBe(200);
    expect((await call(`${running.baseUrl}/v3/directline/tokens/refresh`, { method: 'POST', token: 'not-a-token' })).status).toBe(403);
  });

  it('limits how fast one conversation may post (429 with Retry-After), without touching others', async () => {
    const busy = await startSession(running.baseUrl);
    const statuses: number[] = [];
    for (let i = 0; i < 7; i += 1) statuses.push((await call(activitiesUrl(running.baseUrl, busy.conversationId), { token: busy.token, body: { type: 'message', text: 'help' } })).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 200, 429]);
    const limited = await call(activitiesUrl(running.baseUrl, busy.conversationId), { token: busy.token, body: { type: 'message', text: 'help' } });
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    const calm = await startSession(running.baseUrl);
    expect((await call(activitiesUrl(running.baseUrl, calm.conversationId), { token: calm.token, body: { type: 'message', text: 'help' } })).status).toBe(200);
  });
});

describe('local Direct Line endpoint with a Microsoft app id', () => {
  let running: RunningApp;
  beforeAll(async () => {
    running = await startApp({ MicrosoftAppId: '00000000-0000-4000-8000-000000000001', MicrosoftAppPassword: 'not-a-real-secret', PSEUDONYM_SALT: 'salt-for-the-direct-line-tests' });
  });
  afterAll(async () => {
    await running.stop();
  });

  it('is not there at all: the bot is in Azure and Direct Line is Azure\'s', async () => {
    expect((await call(`${running.baseUrl}/v3/directline/conversations`, { method: 'POST' })).status).toBe(404);
    expect((await call(`${running.baseUrl}/v3/directline/tokens/generate`, { method: 'POST' })).status).toBe(404);
    expect((await call(activitiesUrl(running.baseUrl, 'any'))).status).toBe(404);
  });

  it('tells the page clearly that web chat needs a Direct Line secret', async () => {
    const result = await call(`${running.baseUrl}/api/directline/token`, { method: 'POST' });
    expect(result.status).toBe(503);
    expect(result.body).toEqual({ code: 'WebChatNotConfigured', message: expect.stringContaining('DIRECT_LINE_SECRET') });
  });
});

describe('local Direct Line endpoint under a flood', () => {
  let running: RunningApp;
  beforeAll(async () => {
    running = await startApp({ DIRECT_LINE_MESSAGES_PER_MINUTE: '1000', DIRECT_LINE_READS_PER_MINUTE: '5' });
  });
  afterAll(async () => {
    await running.stop();
  });

  it('keeps a huge value out of the transcript (the bot still gets the activity), and reads stay small', async () => {
    const { conversationId, token } = await startSession(running.baseUrl);
    const huge = { type: 'event', name: 'webchat/join', value: { language: 'ru', padding: 'x'.repeat(200_000) }, channelData: { clientActivityID: 'client-1', padding: 'y'.repeat(20_000) } };
    const posted = await call(activitiesUrl(running.baseUrl, conversationId), { token, body: huge });
    expect(posted.status).toBe(200);
    const read = await call(activitiesUrl(running.baseUrl, conversationId), { token });
    expect(read.status).toBe(200);
    const [echo, welcome] = read.body.activities;
    expect(echo).toMatchObject({ type: 'event', name: 'webchat/join', channelData: { clientActivityID: 'client-1' } });
    expect(echo.value).toBeUndefined();
    // The bot got the whole activity: it welcomed in the language the value named.
    expect(welcome.locale).toBe('ru-RU');
    expect(JSON.stringify(read.body).length).toBeLessThan(20_000);
  });

  it('limits how often one conversation may be read (429 with Retry-After), without touching others', async () => {
    const busy = await startSession(running.baseUrl);
    const statuses: number[] = [];
    for (let i = 0; i < 6; i += 1) statuses.push((await call(activitiesUrl(running.baseUrl, busy.conversationId, '0'), { token: busy.token })).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
    const limited = await call(activitiesUrl(running.baseUrl, busy.conversationId, '0'), { token: busy.token });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    const calm = await startSession(running.baseUrl);
    expect((await call(activitiesUrl(running.baseUrl, calm.conversationId), { token: calm.token })).status).toBe(200);
  });
});
