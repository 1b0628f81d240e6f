// Conversations through the real bot: welcome and help.
import { beforeAll, describe, expect, it } from '@jest/globals';
import { ActivityTypes } from 'botbuilder';
import { PartnerBot } from '../src/bot/partnerBot.js';
import { createI18n } from '../src/i18n/i18n.js';
import { conversationWith, exchange } from './support/conversation.js';

describe('welcome and help', () => {
  let bot: PartnerBot;
  beforeAll(async () => {
    bot = new PartnerBot({ i18n: await createI18n() });
  });

  it('welcomes a person who joins, not the bot itself', async () => {
    const adapter = conversationWith(bot);
    const replies = await exchange(adapter, {
      type: ActivityTypes.ConversationUpdate,
      membersAdded: [{ id: 'bot', name: 'Bot' }, { id: 'user', name: 'User' }],
      recipient: { id: 'bot', name: 'Bot' },
    });
    expect(replies).toHaveLength(1);
    expect(replies[0]?.text).toMatch(/BRICS Partner Bot/);
  });

  it('says nothing when only the bot joins', async () => {
    const adapter = conversationWith(bot);
    const replies = await exchange(adapter, {
      type: ActivityTypes.ConversationUpdate,
      membersAdded: [{ id: 'bot', name: 'Bot' }],
      recipient: { id: 'bot', name: 'Bot' },
    });
    expect(replies).toHaveLength(0);
  });

  it('explains what it knows when asked for help', async () => {
    const adapter = conversationWith(bot);
    for (const text of ['help', '/help', '/help@brics_partner_bot']) {
      const replies = await exchange(adapter, text);
      expect(replies[0]?.text).toMatch(/import-return warehouse/);
      expect(replies[0]?.text).toMatch(/2027/);
    }
  });
});
