// Bot state is written only when a turn changed it: the real bot, with the
// real SQLite store behind a thin wrapper that counts what reaches the store,
// through botbuilder's TestAdapter. A greeting, help, an unanswered question
// write nothing; an answer (remembered for its rating) and a language choice
// write once each; no write is read back. The same with botbuilder's own
// UserState and ConversationState and with the bot's (src/state/botState.ts).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ConversationState, UserState, type Storage, type StoreItems } from 'botbuilder';
import { PartnerBot } from '../src/bot/partnerBot.js';
import { InteractionLog } from '../src/feedback/interactionLog.js';
import { pseudonymiser } from '../src/feedback/pseudonym.js';
import { createI18n } from '../src/i18n/i18n.js';
import { SqliteInteractionLog } from '../src/state/sqliteInteractionLog.js';
import { SqliteStorage } from '../src/state/sqliteStorage.js';
import { TrackedConversationState, TrackedUserState } from '../src/state/botState.js';
import { knowledgeAndIndex } from './support/bot.js';
import { conversationWith, exchange } from './support/conversation.js';
import { shownText } from './support/replies.js';

/** Passes everything to the store, counting reads and written keys. */
class CountingStorage implements Storage {
  reads = 0;
  writes: string[] = [];
  constructor(private readonly inner: Storage) {}
  read(keys: string[]): Promise<StoreItems> {
    this.reads += 1;
    return this.inner.read(keys);
  }
  write(changes: StoreItems): Promise<void> {
    this.writes.push(...Object.keys(changes));
    return this.inner.write(changes);
  }
  delete(keys: string[]): Promise<void> {
    return this.inner.delete(keys);
  }
}

describe.each([
  ['botbuilder\'s state classes', UserState, ConversationState],
  ['the bot\'s state classes', TrackedUserState, TrackedConversationState],
])('state writes per turn, on the real SQLite store, with %s', (_name, UserStateClass, ConversationStateClass) => {
  const dir = mkdtempSync(join(tmpdir(), 'state-writes-'));
  const sqlite = new SqliteStorage(join(dir, 'bot-state.sqlite'));
  const rows = new SqliteInteractionLog(join(dir, 'interactions.sqlite'));
  const storage = new CountingStorage(sqlite);
  const log = new InteractionLog(rows);
  let adapter: ReturnType<typeof conversationWith>;

  beforeAll(async () => {
    const { knowledge, index } = await knowledgeAndIndex();
    const bot = new PartnerBot({
      i18n: await createI18n(),
      userState: new UserStateClass(storage),
      feedback: { log, pseudonymise: pseudonymiser('a-salt-for-this-test-only'), conversationState: new ConversationStateClass(storage) },
    });
    bot.useKnowledge(knowledge, index);
    adapter = conversationWith(bot, { channelId: 'webchat', locale: 'en-US' });
  });
  afterAll(() => {
    sqlite.close();
    rows.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** One turn: the replies, and what it wrote and read. */
  async function turn(text: string) {
    const [reads, written] = [storage.reads, storage.writes.length];
    const replies = await exchange(adapter, text);
    return { replies, writes: storage.writes.slice(written), reads: storage.reads - reads };
  }

  it('writes nothing for turns that change nothing, even a newcomer\'s first', async () => {
    for (const [text, expectedReads] of [['Hello', 2], ['/help', 2], ['Who is the director of the Center?', 1], ['Hello', 2]] as const) {
      const { replies, writes, reads } = await turn(text);
      expect(replies.length).toBeGreaterThan(0);
      expect({ text, writes }).toEqual({ text, writes: [] });
      // Conversation state (the answers a rating may name), read once; user state (the chosen language)
      // once too, unless the message's own language is clear: a sentence is answered in its language.
      expect({ text, reads }).toEqual({ text, reads: expectedReads });
    }
    // The unanswered question is in the log all the same.
    expect((await log.read()).map((record) => record.kind)).toEqual(['question']);
  });

  it('writes the conversation once for an answer (remembered, so a rating finds it), and nothing after', async () => {
    const answered = await turn('How far is the Center from the airport?');
    expect(shownText(answered.replies[0]!)).toMatch(/airport/i);
    expect(answered.writes).toEqual([expect.stringMatching(/^webchat\/conversations\//)]);
    expect(answered.reads).toBe(1);
    expect((await turn('Hello')).writes).toEqual([]);
  });

  it('writes the user once for a language choice, saved before it is confirmed, and nothing after', async () => {
    const chosen = await turn('/language ru');
    expect(shownText(chosen.replies[0]!)).toMatch(/по-русски/);
    expect(chosen.writes).toEqual([expect.stringMatching(/^webchat\/users\//)]);
    expect(chosen.reads).toBe(2);
    const after = await turn('Hello');
    expect(after.writes).toEqual([]);
    expect(after.replies[0]?.locale).toBe('ru-RU');
  });
});
