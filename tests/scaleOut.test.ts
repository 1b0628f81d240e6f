// Two bot instances behind one Azure Blob store (Azurite on loopback), as App
// Service runs them when scaled out: what a person chose through one instance
// is honoured by the other.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { messageActivity, postActivity, startApp, type RunningApp } from './support/app.js';
import { startAzurite, type RunningAzurite } from './support/azurite.js';

describe('scale out: two instances sharing Azure Blob state', () => {
  let azurite: RunningAzurite;
  let first: RunningApp;
  let second: RunningApp;

  beforeAll(async () => {
    azurite = await startAzurite();
    // Instances started at the same moment would each make a salt if none were set: several instances get one from configuration.
    const shared = { STORAGE: 'blob', BLOB_CONNECTION_STRING: azurite.connectionString, BLOB_CONTAINER: 'scale-out-state', PSEUDONYM_SALT: 'scale-out-test-salt' };
    [first, second] = await Promise.all([startApp(shared), startApp(shared)]);
  });
  afterAll(async () => {
    await Promise.all([first?.stop(), second?.stop()]);
    await azurite?.stop();
  });

  it('answers in the language chosen through the other instance', async () => {
    const person = { from: { id: 'partner-in-durban' }, conversation: { id: 'durban-1' }, locale: 'en-US' };
    const before = await postActivity(second.baseUrl, messageActivity('ok', person));
    expect(before.body.activities[0].locale).not.toBe('ru-RU');

    const chosen = await postActivity(first.baseUrl, messageActivity('/language ru', person));
    expect(chosen.status).toBe(200);
    expect(chosen.body.activities[0].text).toBe('Теперь я буду отвечать по-русски.');

    const after = await postActivity(second.baseUrl, messageActivity('ok', person));
    expect(after.status).toBe(200);
    expect(after.body.activities[0].locale).toBe('ru-RU');
  });

  it('keeps one person\'s choice apart from another\'s', async () => {
    await postActivity(first.baseUrl, messageActivity('/language hi', { from: { id: 'partner-in-pune' }, conversation: { id: 'pune-1' } }));
    await postActivity(second.baseUrl, messageActivity('/language pt', { from: { id: 'partner-in-santos' }, conversation: { id: 'santos-1' } }));
    const pune = await postActivity(second.baseUrl, messageActivity('ok', { from: { id: 'partner-in-pune' }, conversation: { id: 'pune-1' } }));
    const santos = await postActivity(first.baseUrl, messageActivity('ok', { from: { id: 'partner-in-santos' }, conversation: { id: 'santos-1' } }));
    expect(pune.body.activities[0].locale).toBe('hi-IN');
    expect(santos.body.activities[0].locale).toBe('pt-BR');
  });

  it('records both instances\' questions and ratings in one interaction log', async () => {
    const lagos = { from: { id: 'partner-in-lagos' }, conversation: { id: 'lagos-1' }, channelId: 'telegram' };
    await postActivity(first.baseUrl, messageActivity('How far is the Center from the airport?', lagos));
    await postActivity(second.baseUrl, messageActivity('Is there a high-speed railway?', lagos));
    await postActivity(second.baseUrl, messageActivity('👎 Not helpful', lagos));
    for (const instance of [first, second]) {
      const records = (await instance.app.interactions.read()).filter((r) => r.channel === 'telegram');
      expect(records.map((r) => r.kind)).toEqual(['question', 'question', 'feedback']);
      expect(new Set(records.map((r) => r.conversation)).size).toBe(1);
      expect(records[2]).toMatchObject({ kind: 'feedback', rating: 'notHelpful', answerId: records[1]!.id });
    }
  });
});
