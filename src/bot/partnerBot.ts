// The bot: one TeamsActivityHandler whose constructor lists what it responds
// to. It decides and delegates; language detection, search, answering and
// rendering are pure functions elsewhere.
import {
  TeamsActivityHandler,
  type ConversationState,
  type InvokeResponse,
  type ResourceResponse,
  type MessagingExtensionQuery,
  type MessagingExtensionResponse,
  type StatePropertyAccessor,
  type TurnContext,
  type UserState,
} from 'botbuilder';
import type { i18n } from 'i18next';
import { composeReply, exampleQuestions } from '../answer/compose.js';
import { extensionResults, MAX_EXTENSION_RESULTS, passageResults, topicResults } from '../channels/messagingExtension.js';
import { presentLanguageMenu, presentReply, presentText, presentWithExamples, type OutgoingMessage } from '../channels/outgoing.js';
import type { InteractionLog } from '../feedback/interactionLog.js';
import type { Pseudonymise } from '../feedback/pseudonym.js';
import { renderForChannel } from '../channels/render.js';
import { isolateCommands } from '../i18n/bidi.js';
import { channelLanguageHint } from '../i18n/channelHint.js';
import { detectLanguage, resolveReplyLanguage } from '../i18n/detectLanguage.js';
import { translatorsFor, type Translate } from '../i18n/i18n.js';
import { LANGUAGE_CODES, LANGUAGES, toSupportedLanguage, type LanguageCode } from '../i18n/languages.js';
import type { KnowledgeBase } from '../knowledge/load.js';
import { SUGGESTION_THRESHOLD, type KnowledgeIndex } from '../search/knowledgeIndex.js';
import type { RateLimiter } from '../rateLimit.js';
import { FeedbackRecorder, type ReceivedFeedback } from './feedback.js';
import { recogniseSmallTalk } from './smalltalk.js';
import { recordLanguage, recordOutcome } from './turnLog.js';
import { cutText, ENGLISH_MENU_COMMANDS, MAX_QUESTION_LENGTH, normalizeText, parseCommand, readMessageText } from './understand.js';

/** The event the web chat page sends when it opens, with `value.language`. */
export const WEB_CHAT_JOIN_EVENT = 'webchat/join';

/** The Teams messaging extension's search command (deploymentTemplates/teams-app/manifest.json). */
export const SEARCH_COMMAND_ID = 'searchKnowledge';

/** Each language by its native name, lower-cased, as a tapped Telegram button sends it. */
const LANGUAGE_BY_NATIVE_NAME: ReadonlyMap<string, LanguageCode> = new Map(LANGUAGE_CODES.map((code) => [LANGUAGES[code].nativeName.toLowerCase(), code]));

export interface UserPreferences {
  language?: LanguageCode;
}

export interface PartnerBotDependencies {
  i18n: i18n;
  userState: UserState;
  /** Messages a conversation may send per window; absent: no limit. */
  messageLimit?: RateLimiter;
  /** The interaction log: every question and rating. Without it the bot answers but records nothing. */
  feedback?: { log: InteractionLog; pseudonymise: Pseudonymise; conversationState: ConversationState };
}

export class PartnerBot extends TeamsActivityHandler {
  /** The translate function of a language, made once (fixed strings looked up once). */
  private readonly t: (language: LanguageCode) => Translate;
  private readonly userState: UserState;
  private readonly preferences: StatePropertyAccessor<UserPreferences>;
  private readonly feedback: FeedbackRecorder | null;
  private readonly messageLimit: RateLimiter | null;
  private readonly conversationState: ConversationState | null;
  private knowledge: KnowledgeBase | null = null;
  private index: KnowledgeIndex | null = null;
  /** Teams' command menu words in every language: the app package shows its commands under these localised titles. */
  private readonly menuCommands: ReadonlyMap<string, string>;

  constructor(dependencies: PartnerBotDependencies) {
    super();
    this.t = translatorsFor(dependencies.i18n);
    const menuCommands = new Map(ENGLISH_MENU_COMMANDS);
    for (const code of LANGUAGE_CODES) {
      const t = this.t(code);
      menuCommands.set(t('teamsApp.helpCommand').toLowerCase(), 'help');
      menuCommands.set(t('teamsApp.languageCommand').toLowerCase(), 'language');
    }
    this.menuCommands = menuCommands;
    this.userState = dependencies.userState;
    this.preferences = this.userState.createProperty<UserPreferences>('preferences');
    this.messageLimit = dependencies.messageLimit ?? null;
    const feedback = dependencies.feedback;
    this.conversationState = feedback?.conversationState ?? null;
    this.feedback = feedback ? new FeedbackRecorder(feedback.log, feedback.pseudonymise, feedback.conversationState, (language) => this.t(language)) : null;

    this.onMembersAdded(async (context, next) => {
      await this.welcomeNewcomers(context);
      await next();
    });

    // The web chat page announces itself with the language it shows, so the
    // welcome comes in that language even when Web Chat sends no locale.
    this.onEvent(async (context, next) => {
      if (context.activity.name === WEB_CHAT_JOIN_EVENT) {
        const value = context.activity.value as { language?: unknown } | undefined;
        const pageLanguage = typeof value?.language === 'string' ? toSupportedLanguage(value.language) : null;
        await this.sendWelcome(context, await this.replyLanguage(context, '', pageLanguage));
      }
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

  /** Saves what the turn changed in user and conversation state, whatever the handler did. */
  override async run(context: TurnContext): Promise<void> {
    await super.run(context);
    await this.userState.saveChanges(context, false);
    await this.conversationState?.saveChanges(context, false);
  }

  /**
   * The reply language for this turn (resolveReplyLanguage with what this
   * turn knows), recorded at once so a failing turn is apologised for in it.
   */
  private async replyLanguage(context: TurnContext, text: string, textHint: LanguageCode | null = null): Promise<LanguageCode> {
    // The first 500 characters show the language as well as the whole message would.
    const sample = text.slice(0, 500);
    // A message whose language is clear is answered in it whatever the person chose: their choice
    // is read only when it can decide (a state read fewer on most questions).
    // No default value: get(context, {}) would store an empty object, a state write on a newcomer's every first turn.
    const chosen = detectLanguage(sample) ? null : ((await this.preferences.get(context))?.language ?? null);
    const language = resolveReplyLanguage({ text: sample, chosen, textHint, channelHint: channelLanguageHint(context.activity) });
    recordLanguage(context, language);
    return language;
  }

  private async handleMessage(context: TurnContext): Promise<void> {
    // Cut before anything parses it: no pattern ever sees more than a question's worth of text.
    const { text, tooLong } = readMessageText(context.activity);
    const smallTalk = recogniseSmallTalk(text);
    const language = await this.replyLanguage(context, text, smallTalk?.language);

    const limited = this.messageLimit?.take(`${context.activity.channelId}/${context.activity.conversation?.id}`);
    if (limited && !limited.allowed) {
      // One polite notice when the limit is reached, saying how long to wait; after it, silence until the
      // window ends (no reply storms). The web chat page shows the wait and holds its send box meanwhile.
      if (limited.firstRefusal) {
        const wait = limited.retryAfterSeconds;
        await this.say(context, 'rate-limited', { ...presentText(this.t(language)('error.rateLimited', { count: wait }), language), retryAfterSeconds: wait });
      }
      else recordOutcome(context, { language, outcome: 'rate-limited' });
      return;
    }

    const feedback = await this.feedback?.received(context, text);
    if (feedback) {
      await this.acknowledgeFeedback(context, language, feedback);
      return;
    }
    // A card shared into the chat (from the messaging extension) is for the people there, not a question.
    if (text === '' && (context.activity.attachments ?? []).some((attachment) => attachment?.contentType === 'application/vnd.microsoft.card.adaptive')) {
      recordOutcome(context, { language, outcome: 'card-shared' });
      return;
    }
    if (text === '') {
      await this.say(context, 'not-text', presentText(this.t(language)('error.notText'), language));
      return;
    }
    if (tooLong) {
      await this.say(context, 'too-long', presentText(this.t(language)('error.tooLong', { count: MAX_QUESTION_LENGTH }), language));
      return;
    }

    const command = parseCommand(text, this.menuCommands) ?? this.tappedLanguageName(text);
    if (command) {
      await this.handleCommand(context, command.name, command.argument, language);
      return;
    }

    if (smallTalk) {
      const key = smallTalk.kind === 'greeting' ? 'smalltalk.greeting' : 'smalltalk.thanks';
      await this.say(context, smallTalk.kind, presentText(this.t(language)(key), language));
      return;
    }
    await this.answerQuestion(context, text, language);
  }

  /** Telegram sends a tapped button's title, so a native language name alone switches language. */
  private tappedLanguageName(text: string): { name: string; argument: string } | null {
    const code = LANGUAGE_BY_NATIVE_NAME.get(text.toLowerCase());
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
        const sources = this.knowledge?.documents.length ?? 0;
        // One source is said by the one-source text, chosen here: Chinese and Indonesian have no CLDR "one"
        // form (their only form reads "1 source, including …"), and Russian's "one" also holds 21.
        const key = sources === 1 ? 'about.text_one' : 'about.text';
        const text = this.t(language)(key, { count: sources, title: document?.title ?? '', author: document?.author ?? '', date: document?.date ?? '' });
        await this.say(context, 'about', presentText(text, language));
        return;
      }
      case 'language':
        await this.changeLanguage(context, argument, language);
        return;
      default: // help, and any command the bot does not know
        await this.say(context, 'help', presentWithExamples(isolateCommands(this.t(language)('help.text'), language), language, this.examples(language), this.t(language)('help.examples')));
    }
  }

  private async changeLanguage(context: TurnContext, argument: string, current: LanguageCode): Promise<void> {
    if (argument === '') {
      await this.say(context, 'language-menu', presentLanguageMenu(this.t(current)('language.menu'), current));
      return;
    }
    const wanted =
      toSupportedLanguage(argument) ??
      LANGUAGE_CODES.find((code) => [LANGUAGES[code].nativeName, LANGUAGES[code].englishName].some((name) => name.toLowerCase() === argument.toLowerCase()));
    if (!wanted) {
      await this.say(context, 'language-unknown', presentLanguageMenu(this.t(current)('language.unknown', { requested: argument.slice(0, 40) }), current));
      return;
    }
    const preferences = (await this.preferences.get(context)) ?? {};
    await this.preferences.set(context, { ...preferences, language: wanted });
    // Saved before it is confirmed: "I will answer in Russian" must stay true if the process dies right after it.
    await this.userState.saveChanges(context, false);
    await this.say(context, 'language-changed', presentText(this.t(wanted)('language.changed'), wanted));
  }

  private async answerQuestion(context: TurnContext, question: string, language: LanguageCode): Promise<void> {
    if (!this.index || !this.knowledge) throw new Error('The knowledge index is not loaded yet.');
    const hits = await this.index.search(question, language);
    const reply = composeReply(question, hits, this.knowledge, language);
    const outcome = reply.kind === 'answer' ? 'answered' : reply.kind === 'didYouMean' ? 'did-you-mean' : 'no-answer';
    const answerId = await this.feedback?.recordQuestion(context, question, reply);
    // Only answers are rated; the others are already recorded as what the knowledge lacks.
    const rated = reply.kind === 'answer' ? answerId : undefined;
    const sent = await this.say(context, outcome, presentReply(reply, this.t(language), rated));
    if (rated && reply.kind === 'answer') await this.feedback?.rememberAnswer(context, rated, reply.passageId, sent.map((r) => r?.id).filter((id): id is string => Boolean(id)));
  }

  /**
   * Records a rating or comment and thanks for it. After a rating, Web Chat
   * and Telegram offer a box (or a reply) for an optional comment; Teams has
   * its own, and its feedback invoke needs no message back.
   */
  private async acknowledgeFeedback(context: TurnContext, language: LanguageCode, feedback: ReceivedFeedback): Promise<void> {
    await this.feedback?.recordFeedback(context, language, feedback);
    if (context.activity.type === 'invoke') return;
    const t = this.t(language);
    const offerComment = feedback.rating && !feedback.comment && ['webchat', 'directline', 'telegram'].includes(context.activity.channelId);
    const message: OutgoingMessage = offerComment
      ? { ...presentText(`${t('feedback.thanks')} ${t('feedback.commentPrompt')}`, language), commentFor: { answerId: feedback.answer.answerId, placeholder: t('feedback.commentPlaceholder'), send: t('feedback.send') } }
      : presentText(t(feedback.comment ? 'feedback.commentThanks' : 'feedback.thanks'), language);
    await this.say(context, feedback.comment ? 'feedback-comment' : 'feedback', message);
  }

  /**
   * Teams: the bot's own arrival is the install. A personal chat gets the
   * welcome; a team or group chat one short introduction; people who join
   * later are not greeted one by one. Telegram: the welcome belongs to
   * /start. The web chat page: to its join event. Elsewhere: a person joining.
   */
  private async welcomeNewcomers(context: TurnContext): Promise<void> {
    const { activity } = context;
    const added = activity.membersAdded ?? [];
    const botId = activity.recipient?.id;
    switch (activity.channelId) {
      case 'msteams': {
        if (!added.some((member) => member.id === botId)) return;
        const group = activity.conversation?.conversationType !== undefined && activity.conversation.conversationType !== 'personal';
        await this.sendWelcome(context, await this.replyLanguage(context, ''), group ? 'group' : 'personal');
        return;
      }
      case 'telegram':
      case 'webchat':
      case 'directline':
        return;
      default:
        if (added.some((member) => member.id !== botId)) await this.sendWelcome(context, await this.replyLanguage(context, ''));
    }
  }

  private async sendWelcome(context: TurnContext, language: LanguageCode, audience: 'personal' | 'group' = 'personal'): Promise<void> {
    const t = this.t(language);
    // A group is told how to ask (mention the bot); example buttons would post as whoever taps them.
    const message = audience === 'group' ? presentText(t('welcome.group'), language) : presentWithExamples(t('welcome.personal'), language, this.examples(language), t('help.examples'));
    await this.say(context, 'welcome', message);
  }

  /** Teams messaging extension: search results in the person's language, the topics for an empty query. */
  protected override async handleTeamsMessagingExtensionQuery(context: TurnContext, query: MessagingExtensionQuery): Promise<MessagingExtensionResponse> {
    // Teams' first run (initialRun) sends no `query` parameter: that is an empty query, which lists the topics.
    const parameters: unknown = query?.parameters ?? [];
    const parameter = Array.isArray(parameters) ? parameters.find((p) => p?.name === 'query') : undefined;
    const wellFormed = Array.isArray(parameters) && (parameter === undefined || typeof parameter.value === 'string');
    if (query?.commandId !== SEARCH_COMMAND_ID || !wellFormed || !this.index || !this.knowledge) return extensionResults([]);
    const text = cutText(normalizeText(cutText(typeof parameter?.value === 'string' ? parameter.value : '', MAX_QUESTION_LENGTH * 2)), MAX_QUESTION_LENGTH);
    const language = await this.replyLanguage(context, text);
    const t = this.t(language);
    recordOutcome(context, { language, outcome: 'extension-query' });
    if (text === '') return topicResults(this.knowledge, language, t);
    const hits = await this.index.search(text, language, MAX_EXTENSION_RESULTS);
    return passageResults(hits.filter((hit) => hit.confidence >= SUGGESTION_THRESHOLD).map((hit) => hit.passage), t);
  }

  /**
   * Invokes the base handler does not know. Teams' built-in feedback
   * (`message/submitAction`) is acknowledged with 200; storing it is the
   * feedback feature's job.
   */
  protected override async onInvokeActivity(context: TurnContext): Promise<InvokeResponse> {
    if (context.activity.name === 'message/submitAction') {
      const language = await this.replyLanguage(context, '');
      const feedback = await this.feedback?.received(context, '');
      if (feedback) await this.acknowledgeFeedback(context, language, feedback);
      recordOutcome(context, { language, outcome: feedback ? 'feedback' : 'feedback-unlinked' });
      return { status: 200 };
    }
    const response = await super.onInvokeActivity(context);
    // botbuilder answers an invoke it has no handler for with 501; for a caller that is a request
    // this bot does not take (4xx), not a failure of the server.
    if (response.status === 501) return { status: 400, body: { code: 'UnsupportedInvoke', message: 'This bot does not handle this invoke.' } };
    return response;
  }

  private examples(language: LanguageCode): string[] {
    return this.knowledge ? exampleQuestions(this.knowledge, language) : [];
  }

  /** Renders for the channel the turn came from, sends, and records the outcome for the turn log. */
  private async say(context: TurnContext, outcome: string, message: OutgoingMessage): Promise<ResourceResponse[]> {
    const sent = await context.sendActivities(renderForChannel(context.activity.channelId, message));
    recordOutcome(context, { language: message.language, outcome });
    return sent;
  }
}
