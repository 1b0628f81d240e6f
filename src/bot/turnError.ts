// What happens when a turn throws: log it once with enough context to find
// it, apologise in the person's language, never show internals.
import { MessageFactory, type TurnContext } from 'botbuilder';
import type { i18n } from 'i18next';
import { channelLanguageHint } from '../i18n/channelHint.js';
import { DEFAULT_LANGUAGE } from '../i18n/languages.js';
import type { Logger } from '../logger.js';

export function createTurnErrorHandler(logger: Logger, i18n: i18n, languageOf?: (context: TurnContext) => string) {
  return async (context: TurnContext, error: Error): Promise<void> => {
    logger.error({ err: error, activityId: context.activity.id, channel: context.activity.channelId, type: context.activity.type }, 'turn failed');
    if (context.activity.type !== 'message') return;
    try {
      const language = languageOf?.(context) ?? channelLanguageHint(context.activity) ?? DEFAULT_LANGUAGE;
      await context.sendActivity(MessageFactory.text(i18n.getFixedT(language)('error.turn')));
    } catch (sendError) {
      logger.warn({ err: sendError, activityId: context.activity.id }, 'could not send the apology');
    }
  };
}
