// The HTTP edge: the real restify server on an ephemeral port.
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
