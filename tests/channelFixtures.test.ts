// Every channel payload in tests/fixtures (copied from shared/fixtures)
// through the real server, answered the way its channel expects.
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { PROJECT_ROOT } from '../src/config.js';
import { LANGUAGE_CODES, LANGUAGES } from '../src/i18n/languages.js';
import { appForTests, channelFixture, postActivity } from './support/app.js';
import { choicesOf, shownText, telegramKeyboard } from './support/replies.js';

const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';


function hasAdaptiveCard(activity: { attachments?: Array<{ contentType: string }> }): boolean {
  return (activity.attachments ?? []).some((attachment) => attachment.contentType === ADAPTIVE_CARD);
}

const app = appForTests();

describe('Telegram payloads', () => {
  it.each(['telegram-start.json', 'telegram-message.json', 'telegram-group-command.json'])('%s is shaped as the channel delivers it: from.name the username, a random id, no locale', (name) => {
    const activity = channelFixture(name) as { id: string; locale?: string; from: { name: string }; channelData: { message: { message_id: number; from: { username: string } } } };
    expect(activity.from.name).toBe(activity.channelData.message.from.username);
    expect(activity.id).not.toBe(String(activity.channelData.message.message_id));
    expect(activity.id).toMatch(/^[A-Za-z0-9]{8,}$/);
    expect(activity.id).toMatch(/[A-Za-z]/);
    expect(activity).not.toHaveProperty('locale');
  });

  it('welcomes /start in the language of language_code, as text Telegram accepts', async () => {
    const { status, body } = await postActivity(app().baseUrl, channelFixture('telegram-start.json'));
    expect(status).toBe(200);
    const [welcome] = body.activities;
    expect(welcome.locale).toBe('ru-RU');
    expect(shownText(welcome)).toMatch(/BRICS Partner Bot/);
    expect(shownText(welcome)).toMatch(/[а-я]{4}/);
    expect(hasAdaptiveCard(welcome)).toBe(false);
    expect(welcome.channelData).toMatchObject({ method: 'sendMessage', parameters: { parse_mode: 'MarkdownV2' } });
    expect(choicesOf(welcome).length).toBeGreaterThan(0);
  });

  it('welcomes /start with a deep-link payload the same way', async () => {
    const { body } = await postActivity(app().baseUrl, channelFixture('telegram-start.json', { text: '/start partner-site' }));
    expect(body.activities[0].locale).toBe('ru-RU');
    expect(shownText(body.activities[0])).toMatch(/BRICS Partner Bot/);
  });

  it('sends each reply once: Telegram\'s sendMessage call alone, no text or suggested actions beside it', async () => {
    for (const fixture of ['telegram-start.json', 'telegram-message.json', 'telegram-group-command.json']) {
      const { body } = await postActivity(app().baseUrl, channelFixture(fixture));
      expect(body.activities.length).toBeGreaterThan(0);
      for (const activity of body.activities) {
        expect(activity.channelData).toMatchObject({ method: 'sendMessage', parameters: { text: expect.stringMatching(/\S/), parse_mode: 'MarkdownV2' } });
        expect(activity.text).toBeUndefined();
        expect(activity.suggestedActions).toBeUndefined();
        const markup = activity.channelData.parameters.reply_markup;
        if (markup !== undefined) expect(typeof markup).toBe('string');
      }
    }
  });

  it('answers a Russian question in Russian text with a keyboard of full follow-up questions, no card', async () => {
    const { body } = await postActivity(app().baseUrl, channelFixture('telegram-message.json'));
    for (const activity of body.activities) {
      expect(hasAdaptiveCard(activity)).toBe(false);
      expect(shownText(activity).length).toBeGreaterThan(0);
      expect(activity.channelData.parameters.text.length).toBeLessThanOrEqual(4096);
    }
    const last = body.activities.at(-1);
    expect(body.activities.map(shownText).join('\n')).toMatch(/30 минут/);
    const rows = telegramKeyboard(last);
    const questions = rows.slice(0, -1).map((row) => row[0]!.text);
    expect(questions.length).toBeGreaterThanOrEqual(2);
    for (const question of questions) expect(question).toMatch(/\?$/);
    expect(rows.at(-1)!.map((key) => key.text)).toEqual(['👍 Полезен', '👎 Не полезен']);
    expect(rows.flat().map((key) => key.text)).toEqual(choicesOf(last));
  });

  it('obeys /command@botname in a group: /language@brics_partner_bot pt', async () => {
    const { body } = await postActivity(app().baseUrl, channelFixture('telegram-group-command.json'));
    expect(body.activities[0].locale).toBe('pt-BR');
    expect(shownText(body.activities[0])).toMatch(/português/i);
  });

  it('shows the language menu as a keyboard of native names, and a tapped name switches', async () => {
    const menu = await postActivity(app().baseUrl, channelFixture('telegram-message.json', { text: '/language' }));
    const keyboard = telegramKeyboard(menu.body.activities[0]).flat().map((key) => key.text);
    expect(keyboard).toContain('العربية');
    const tapped = await postActivity(app().baseUrl, channelFixture('telegram-message.json', { text: 'العربية' }));
    expect(tapped.body.activities[0].locale).toBe('ar-EG');
  });
});

describe('Teams payloads', () => {
  it('answers a channel message that @mentions the bot with the airport answer card, feedback on', async () => {
    const { status, body } = await postActivity(app().baseUrl, channelFixture('teams-channel-mention.json'));
    expect(status).toBe(200);
    const [answer] = body.activities;
    expect(hasAdaptiveCard(answer)).toBe(true);
    expect(answer.attachments[0].content.version).toBe('1.5');
    expect(shownText(answer)).toMatch(/airport/i);
    expect(shownText(answer)).toContain('Jin Yingying');
    expect(answer.summary.length).toBeGreaterThan(0);
    expect(answer.channelData).toEqual({ feedbackLoop: { type: 'default' } });
  });

  it('answers a personal chat in Portuguese with a card whose follow-ups post as the person', async () => {
    const { body } = await postActivity(app().baseUrl, channelFixture('teams-personal-message.json'));
    const [answer] = body.activities;
    expect(answer.locale).toBe('pt-BR');
    const rows = answer.attachments[0].content.body.filter((element: { selectAction?: unknown }) => element.selectAction);
    expect(rows.length).toBeGreaterThanOrEqual(2);
    for (const row of rows) expect(row.selectAction.data).toEqual({ msteams: { type: 'imBack', value: row.selectAction.title } });
  });

  it('welcomes once when installed in a personal chat, in the client locale', async () => {
    const { body } = await postActivity(app().baseUrl, channelFixture('teams-members-added.json'));
    expect(body.activities).toHaveLength(1);
    expect(body.activities[0].locale).toBe('ru-RU');
    expect(shownText(body.activities[0])).toMatch(/BRICS Partner Bot/);
  });

  it('introduces itself once when added to a team, and not for each member who joins later', async () => {
    const teamConversation = { id: '19:abc123@thread.tacv2', conversationType: 'channel', isGroup: true, tenantId: 't' };
    const added = await postActivity(app().baseUrl, channelFixture('teams-members-added.json', { conversation: teamConversation, locale: 'en-US' }));
    expect(added.body.activities).toHaveLength(1);
    expect(shownText(added.body.activities[0])).toMatch(/Mention me/);
    const joined = await postActivity(
      app().baseUrl,
      channelFixture('teams-members-added.json', { conversation: teamConversation, membersAdded: [{ id: '29:someone-new' }] }),
    );
    expect(joined.body?.activities ?? []).toHaveLength(0);
  });

  it('answers the searchKnowledge query with result cards and previews in the client language', async () => {
    const { status, body } = await postActivity(app().baseUrl, channelFixture('teams-compose-extension-query.json'));
    expect(status).toBe(200);
    const { composeExtension } = body;
    expect(composeExtension).toMatchObject({ type: 'result', attachmentLayout: 'list' });
    expect(composeExtension.attachments.length).toBeGreaterThanOrEqual(1);
    expect(composeExtension.attachments.length).toBeLessThanOrEqual(10);
    for (const result of composeExtension.attachments) {
      expect(result.contentType).toBe(ADAPTIVE_CARD);
      expect(result.preview.content.title).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(composeExtension.attachments.map((r: { preview: { content: { title: string } } }) => r.preview.content.title).join(' ')).toMatch(/港/);
  });

  it('lists the topics for an empty query, and returns no results, not an error, for bad input', async () => {
    const query = channelFixture('teams-compose-extension-query.json') as { value: Record<string, unknown> };
    const empty = await postActivity(app().baseUrl, { ...query, value: { ...query.value, parameters: [{ name: 'query', value: '' }] } });
    expect(empty.body.composeExtension.attachments).toHaveLength(4);
    const initialRun = await postActivity(app().baseUrl, { ...query, value: { ...query.value, parameters: [{ name: 'initialRun', value: 'true' }] } });
    expect(initialRun.body.composeExtension.attachments.map((r: { preview: { content: { title: string } } }) => r.preview.content.title)).toEqual(['中心概况', '共享的实践经验', '交通与到达', '发展规划']);
    for (const value of [{ commandId: 'somethingElse' }, { commandId: 'searchKnowledge', parameters: [{ name: 'query', value: 42 }] }, { commandId: 'searchKnowledge', parameters: 'x' }]) {
      const bad = await postActivity(app().baseUrl, { ...query, value });
      expect(bad.status).toBe(200);
      expect(bad.body.composeExtension.attachments).toEqual([]);
    }
  });

  it('obeys the command menu, which sends its commands as bare words', async () => {
    const menu = await postActivity(app().baseUrl, channelFixture('teams-personal-message.json', { text: 'language', locale: 'en-US', entities: [] }));
    expect(choicesOf(menu.body.activities[0])).toContain('العربية');
    const about = await postActivity(app().baseUrl, channelFixture('teams-personal-message.json', { text: 'about', locale: 'en-US', entities: [] }));
    expect(shownText(about.body.activities[0])).toMatch(/Jin Yingying/);
  });

  it.each(LANGUAGE_CODES.filter((code) => code !== 'en'))('obeys the command menu in %s, which Teams shows and sends under the app\'s localised titles', async (code) => {
    const { teamsApp } = JSON.parse(readFileSync(`${PROJECT_ROOT}/locales/${code}/translation.json`, 'utf8')) as { teamsApp: { helpCommand: string; languageCommand: string } };
    const personal = channelFixture('teams-personal-message.json') as { conversation: Record<string, unknown> };
    // A conversation of its own per language: one conversation's messages a minute are limited.
    const message = (text: string) => ({ ...personal, text, locale: LANGUAGES[code].webChatLocale, entities: [], conversation: { ...personal.conversation, id: `${personal.conversation.id}-menu-${code}` } });
    const menu = await postActivity(app().baseUrl, message(teamsApp.languageCommand));
    expect(choicesOf(menu.body.activities[0])).toContain('العربية');
    const help = await postActivity(app().baseUrl, message(teamsApp.helpCommand));
    const slashHelp = await postActivity(app().baseUrl, message('/help'));
    expect(shownText(help.body.activities[0])).toBe(shownText(slashHelp.body.activities[0]));
  });

  it('reads formatted (HTML) text, and stays quiet about a card shared from its messaging extension', async () => {
    const formatted = await postActivity(app().baseUrl, channelFixture('teams-personal-message.json', { text: '<p>How far is the Center from the <b>airport</b>?</p>', locale: 'en-US', entities: [] }));
    expect(shownText(formatted.body.activities[0])).toMatch(/airport/i);
    expect(formatted.body.activities[0].locale).toBe('en-US');
    const asked = (await app().app.interactions.read()).filter((r) => r.kind === 'question').map((r) => (r as { question: string }).question);
    expect(asked).toContain('How far is the Center from the airport?');
    const shared = await postActivity(
      app().baseUrl,
      channelFixture('teams-personal-message.json', {
        text: '<span class="inline-compose-card" contenteditable="false" itemscope="" itemtype="http://schema.skype.com/AdaptiveCard" itemprop="cardId">&nbsp;</span>',
        attachments: [{ contentType: ADAPTIVE_CARD, content: { type: 'AdaptiveCard', version: '1.5', body: [] } }],
      }),
    );
    expect(shared.status).toBe(200);
    expect(shared.body?.activities ?? []).toHaveLength(0);
  });

  it('acknowledges Teams feedback with 200', async () => {
    const { status } = await postActivity(app().baseUrl, channelFixture('teams-feedback-submit.json'));
    expect(status).toBe(200);
  });
});

describe('Web Chat payloads', () => {
  it('answers with an Adaptive Card whose follow-ups post the question as text', async () => {
    const { body } = await postActivity(app().baseUrl, channelFixture('webchat-message.json'));
    const [answer] = body.activities;
    expect(answer.locale).toBe('pt-BR');
    expect(shownText(answer)).toMatch(/30 minutos/);
    const rows = answer.attachments[0].content.body.filter((element: { selectAction?: unknown }) => element.selectAction);
    for (const row of rows) expect(row.selectAction.data).toBe(row.selectAction.title);
  });

  it('leaves the welcome to the page: nothing on conversationUpdate, the welcome on the join event', async () => {
    const update = await postActivity(app().baseUrl, channelFixture('webchat-conversation-update.json'));
    expect(update.body?.activities ?? []).toHaveLength(0);
    const join = await postActivity(app().baseUrl, channelFixture('webchat-conversation-update.json', { type: 'event', name: 'webchat/join', value: { language: 'fa' }, membersAdded: undefined }));
    expect(join.body.activities).toHaveLength(1);
    expect(join.body.activities[0].locale).toBe('fa-IR');
    expect(join.body.activities[0].attachments[0].content.rtl).toBe(true);
  });
});
