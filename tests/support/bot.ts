// The real PartnerBot with the real knowledge base and index, on a storage the
// test chooses. The index is built once per test file.
import { MemoryStorage, UserState, type Storage } from 'botbuilder';
import { PartnerBot } from '../../src/bot/partnerBot.js';
import { PROJECT_ROOT } from '../../src/config.js';
import { createI18n } from '../../src/i18n/i18n.js';
import { loadSearchableKnowledge } from '../../src/search/knowledgeIndex.js';

let loaded: ReturnType<typeof loadSearchableKnowledge> | null = null;

export function knowledgeAndIndex() {
  loaded ??= loadSearchableKnowledge(`${PROJECT_ROOT}/knowledge`);
  return loaded;
}

export async function createTestBot(storage: Storage = new MemoryStorage()): Promise<PartnerBot> {
  const { knowledge, index } = await knowledgeAndIndex();
  const bot = new PartnerBot({ i18n: await createI18n(), userState: new UserState(storage) });
  bot.useKnowledge(knowledge, index);
  return bot;
}
