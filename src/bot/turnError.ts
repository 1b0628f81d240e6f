// What happens when a turn throws: log it once with enough context to find
// it, apologise in the person's language, never show internals.
import { MessageFactory, type TurnContext } from 'botbuilder';
import type { i18n } from 'i18next';
import { channelLanguageHint } from '../i18n/channelHint.js';
import { DEFAULT_LANGUAGE } from '../i18n/languages.js';
import type { Logger } from '../logger.js';
import { recorded } from './turnLog.js';

export function createTurnErrorHandler(logger: Logger, i18n: i18n) {
  return async (context: TurnContext, error: Error): Promise<void> => {
    logger.error({ err: error, activityId: context.activity.id, channel: context.activity.channelId, type: context.activity.type }, 'turn failed');
    if (context.activity.type !== 'message') return;
    try {
      // The reply language the bot settled on before failing, else the channel's hint.
      const language = recorded(context)?.language ?? channelLanguageHint(context.activity) ?? DEFAULT_LANGUAGE;
      await context.sendActivity(MessageFactory.text(i18n.getFixedT(language)('error.turn')));
    } catch (sendError) {
      logger.warn({ err: sendError, activityId: context.activity.id }, 'could not send the apology');
    }
  };
}
