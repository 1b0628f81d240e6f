// The bot: one TeamsActivityHandler whose constructor lists what it responds
// to. It decides and delegates; searching, answering and rendering are pure
// functions elsewhere.
import { MessageFactory, TeamsActivityHandler, type TurnContext } from 'botbuilder';
import type { i18n } from 'i18next';
import { channelLanguageHint } from '../i18n/channelHint.js';
import { DEFAULT_LANGUAGE, type LanguageCode } from '../i18n/languages.js';
import { recordOutcome } from './turnLog.js';
import { normalizeText, parseCommand, removeBotMentions } from './understand.js';

export interface PartnerBotDependencies {
  i18n: i18n;
}

export class PartnerBot extends TeamsActivityHandler {
  private readonly i18n: i18n;

  constructor(dependencies: PartnerBotDependencies) {
    super();
    this.i18n = dependencies.i18n;

    this.onMembersAdded(async (context, next) => {
      const people = (context.activity.membersAdded ?? []).filter((member) => member.id !== context.activity.recipient?.id);
      if (people.length > 0) await this.sendWelcome(context);
      await next();
    });

    this.onMessage(async (context, next) => {
      await this.handleMessage(context);
      await next();
    });
  }

  /** The language to reply in for this turn. */
  replyLanguage(context: TurnContext): LanguageCode {
    return channelLanguageHint(context.activity) ?? DEFAULT_LANGUAGE;
  }

  private async handleMessage(context: TurnContext): Promise<void> {
    const text = normalizeText(removeBotMentions(context.activity));
    const command = parseCommand(text);
    const name = command?.name ?? text.toLowerCase();
    if (name === 'start') {
      await this.sendWelcome(context);
      return;
    }
    await this.sendHelp(context, name === 'help' ? 'help' : 'unrecognised');
  }

  private async sendWelcome(context: TurnContext): Promise<void> {
    const language = this.replyLanguage(context);
    const t = this.i18n.getFixedT(language);
    await context.sendActivity(MessageFactory.text(t('welcome.personal')));
    recordOutcome(context, { language, outcome: 'welcome' });
  }

  private async sendHelp(context: TurnContext, outcome: string): Promise<void> {
    const language = this.replyLanguage(context);
    const t = this.i18n.getFixedT(language);
    await context.sendActivity(MessageFactory.text(t('help.text')));
    recordOutcome(context, { language, outcome });
  }
}
