// `npm run chat [-- --lang ru]`: talk to the bot in a terminal, in-process,
// with no channel or server. For newcomers and knowledge editors. Suggested
// actions are numbered; typing the number sends that one.
import { createInterface } from 'node:readline/promises';
import { MemoryStorage, TestAdapter, UserState, type Activity } from 'botbuilder';
import { PartnerBot } from './bot/partnerBot.js';
import { loadConfig } from './config.js';
import { createI18n } from './i18n/i18n.js';
import { LANGUAGES, toSupportedLanguage } from './i18n/languages.js';
import { loadSearchableKnowledge } from './search/knowledgeIndex.js';

const langFlag = process.argv.indexOf('--lang');
const language = toSupportedLanguage(langFlag >= 0 ? process.argv[langFlag + 1] : 'en') ?? 'en';
const config = loadConfig();
const { knowledge, index } = await loadSearchableKnowledge(config.KNOWLEDGE_DIR);
const bot = new PartnerBot({ i18n: await createI18n(), userState: new UserState(new MemoryStorage()) });
bot.useKnowledge(knowledge, index);

const adapter = new TestAdapter(async (context) => bot.run(context), {
  channelId: 'terminal',
  locale: LANGUAGES[language].webChatLocale,
  from: { id: 'terminal-user', name: 'You' },
  recipient: { id: 'bot', name: 'BRICS Partner Bot' },
  conversation: { id: 'terminal', isGroup: false, conversationType: 'personal', name: 'terminal' },
} as Partial<Activity> as Activity);

let choices: string[] = [];
function show(replies: Partial<Activity>[]): void {
  for (const reply of replies) {
    if (reply.text) console.log(`\nbot> ${reply.text.replace(/\n/g, '\nbot> ')}`);
    choices = (reply.suggestedActions?.actions ?? []).map((action) => String(action.value ?? action.title));
    choices.forEach((choice, index) => console.log(`  [${index + 1}] ${reply.suggestedActions!.actions[index]!.title}`));
  }
}

async function send(activity: Partial<Activity> | string): Promise<void> {
  const before = adapter.activeQueue.length;
  await adapter.receiveActivity(activity);
  show(adapter.activeQueue.splice(before));
}

console.log(`BRICS Partner Bot (${LANGUAGES[language].nativeName}). Ask a question; /help, /language, /about; Ctrl+D to leave.`);
await send({ type: 'conversationUpdate', membersAdded: [{ id: 'terminal-user', name: 'You' }] });
const terminal = createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY });
terminal.setPrompt('\nyou> ');
terminal.prompt();
for await (const line of terminal) {
  const text = line.trim();
  if (text) {
    const picked = /^\d+$/.test(text) ? choices[Number(text) - 1] : undefined;
    await send(picked ?? text);
  }
  terminal.prompt();
}
