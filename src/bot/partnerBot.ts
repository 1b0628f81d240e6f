// The bot: one TeamsActivityHandler whose constructor lists what it responds
// to. It decides and delegates; language detection, search, answering and
// rendering are pure functions elsewhere.
import { TeamsActivityHandler, type StatePropertyAccessor, type TurnContext, type UserState } from 'botbuilder';
import type { i18n } from 'i18next';
import { composeReply, exampleQuestions } from '../answer/compose.js';
import { renderHelp, renderLanguageMenu, renderReply, renderText } from '../channels/text.js';
import { channelLanguageHint } from '../i18n/channelHint.js';
import { resolveReplyLanguage } from '../i18n/detectLanguage.js';
import { LANGUAGE_CODES, LANGUAGES, toSupportedLanguage, type LanguageCode } from '../i18n/languages.js';
import type { KnowledgeBase } from '../knowledge/load.js';
import type { KnowledgeIndex } from '../search/knowledgeIndex.js';
import { recogniseSmallTalk } from './smalltalk.js';
import { recordLanguage, recordOutcome } from './turnLog.js';
import { MAX_QUESTION_LENGTH, normalizeText, parseCommand, removeBotMentions } from './understand.js';

export interface UserPreferences {
  language?: LanguageCode;
}

export interface PartnerBotDependencies {
  i18n: i18n;
  userState: UserState;
}

export class PartnerBot extends TeamsActivityHandler {
  private readonly i18n: i18n;
  private readonly userState: UserState;
  private readonly preferences: StatePropertyAccessor<UserPreferences>;
  private knowledge: KnowledgeBase | null = null;
  private index: KnowledgeIndex | null = null;

  constructor(dependencies: PartnerBotDependencies) {
    super();
    this.i18n = dependencies.i18n;
    this.userState = dependencies.userState;
    this.preferences = this.userState.createProperty<UserPreferences>('preferences');

    this.onMembersAdded(async (context, next) => {
      const people = (context.activity.membersAdded ?? []).filter((member) => member.id !== context.activity.recipient?.id);
      if (people.length > 0) await this.sendWelcome(context, await this.replyLanguage(context, ''));
      await next();
    });

    this.onMessage(async (context, next) => {
      await this.handleMessage(context);
      await next();
    });
  }

  /** Gives the bot its knowledge once the index is built (the server is not ready before). */
  useKnowledge(knowledge: KnowledgeBase, index: KnowledgeIndex): void {
    this.knowledge = knowledge;
    this.index = index;
  }

  /** Saves what the turn changed in user state, whatever the handler did. */
  override async run(context: TurnContext): Promise<void> {
    await super.run(context);
    await this.userState.saveChanges(context, false);
  }

  /**
   * The reply language for this turn (resolveReplyLanguage with what this
   * turn knows), recorded at once so a failing turn is apologised for in it.
   */
  private async replyLanguage(context: TurnContext, text: string, textHint: LanguageCode | null = null): Promise<LanguageCode> {
    const { language: chosen } = await this.preferences.get(context, {});
    // The first 500 characters show the language as well as the whole message would.
    const language = resolveReplyLanguage({ text: text.slice(0, 500), chosen: chosen ?? null, textHint, channelHint: channelLanguageHint(context.activity) });
    recordLanguage(context, language);
    return language;
  }

  private async handleMessage(context: TurnContext): Promise<void> {
    const text = normalizeText(removeBotMentions(context.activity));
    const smallTalk = recogniseSmallTalk(text);
    const language = await this.replyLanguage(context, text, smallTalk?.language);

    if (text === '') {
      await this.say(context, language, 'not-text', renderText(this.t(language)('error.notText'), language));
      return;
    }
    if (text.length > MAX_QUESTION_LENGTH) {
      await this.say(context, language, 'too-long', renderText(this.t(language)('error.tooLong', { count: MAX_QUESTION_LENGTH }), language));
      return;
    }

    const command = parseCommand(text) ?? this.tappedLanguageName(text) ?? (text.toLowerCase() === 'help' ? { name: 'help', argument: '' } : null);
    if (command) {
      await this.handleCommand(context, command.name, command.argument, language);
      return;
    }

    if (smallTalk) {
      const key = smallTalk.kind === 'greeting' ? 'smalltalk.greeting' : 'smalltalk.thanks';
      await this.say(context, language, smallTalk.kind, renderText(this.t(language)(key), language));
      return;
    }
    await this.answerQuestion(context, text, language);
  }

  /** Telegram sends a tapped button's title, so a native language name alone switches language. */
  private tappedLanguageName(text: string): { name: string; argument: string } | null {
    const code = LANGUAGE_CODES.find((c) => LANGUAGES[c].nativeName.toLowerCase() === text.toLowerCase());
    return code ? { name: 'language', argument: code } : null;
  }

  private async handleCommand(context: TurnContext, name: string, argument: string, language: LanguageCode): Promise<void> {
    switch (name) {
      case 'start':
        await this.sendWelcome(context, language);
        return;
      case 'about': {
        const [source] = this.knowledge?.documents ?? [];
        const localized = source && this.knowledge?.passages[language].find((p) => p.document.id === source.id)?.document;
        const document = localized ?? source;
        const text = this.t(language)('about.text', { count: this.knowledge?.documents.length ?? 0, title: document?.title ?? '', author: document?.author ?? '', date: document?.date ?? '' });
        await this.say(context, language, 'about', renderText(text, language));
        return;
      }
      case 'language':
        await this.changeLanguage(context, argument, language);
        return;
      default: // help, and any command the bot does not know
        await this.say(context, language, 'help', renderHelp(this.t(language), language, this.knowledge ? exampleQuestions(this.knowledge, language) : []));
    }
  }

  private async changeLanguage(context: TurnContext, argument: string, current: LanguageCode): Promise<void> {
    if (argument === '') {
      await this.say(context, current, 'language-menu', renderLanguageMenu(this.t(current)('language.menu'), current));
      return;
    }
    const wanted =
      toSupportedLanguage(argument) ??
      LANGUAGE_CODES.find((code) => [LANGUAGES[code].nativeName, LANGUAGES[code].englishName].some((name) => name.toLowerCase() === argument.toLowerCase()));
    if (!wanted) {
      await this.say(context, current, 'language-unknown', renderLanguageMenu(this.t(current)('language.unknown', { requested: argument.slice(0, 40) }), current));
      return;
    }
    const preferences = await this.preferences.get(context, {});
    await this.preferences.set(context, { ...preferences, language: wanted });
    await this.say(context, wanted, 'language-changed', renderText(this.t(wanted)('language.changed'), wanted));
  }

  private async answerQuestion(context: TurnContext, question: string, language: LanguageCode): Promise<void> {
    if (!this.index || !this.knowledge) throw new Error('The knowledge index is not loaded yet.');
    const hits = await this.index.search(question, language);
    const reply = composeReply(question, hits, this.knowledge, language);
    const outcome = reply.kind === 'answer' ? 'answered' : reply.kind === 'didYouMean' ? 'did-you-mean' : 'no-answer';
    await this.say(context, language, outcome, renderReply(reply, this.t(language)));
  }

  private async sendWelcome(context: TurnContext, language: LanguageCode): Promise<void> {
    const examples = this.knowledge ? exampleQuestions(this.knowledge, language) : [];
    await this.say(context, language, 'welcome', renderText(this.t(language)('welcome.personal'), language, examples));
  }

  private t(language: LanguageCode) {
    return this.i18n.getFixedT(language);
  }

  private async say(context: TurnContext, language: LanguageCode, outcome: string, activity: Parameters<TurnContext['sendActivity']>[0]): Promise<void> {
    await context.sendActivity(activity);
    recordOutcome(context, { language, outcome });
  }
}
