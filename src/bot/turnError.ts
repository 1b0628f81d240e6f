// What happens when a turn throws: log it once with enough context to find
// it, apologise in the person's language, never show internals. A turn whose
// state could not be saved is not apologised for but failed (HTTP 5xx), so
// the channel retries it.
import { MessageFactory, type TurnContext } from 'botbuilder';
import type { i18n } from 'i18next';
import { channelLanguageHint } from '../i18n/channelHint.js';
import { DEFAULT_LANGUAGE } from '../i18n/languages.js';
import type { Logger } from '../logger.js';
import { isStorageUnavailable } from '../state/storageHealth.js';
import { recorded } from './turnLog.js';

export function createTurnErrorHandler(logger: Logger, i18n: i18n) {
  return async (context: TurnContext, error: Error): Promise<void> => {
    if (isStorageUnavailable(error)) {
      // What the person did was not saved: no apology with 200, but a 5xx (from CloudAdapter) so the channel sends it again.
      logger.error({ err: error, activityId: context.activity.id, channel: context.activity.channelId, type: context.activity.type }, 'turn failed: the state store is unavailable; answered 500 so the channel retries');
      throw error;
    }
    logger.error({ err: error, activityId: context.activity.id, channel: context.activity.channelId, type: context.activity.type }, 'turn failed');
    if (context.activity.type !== 'message') return;
    // The channel's service did not answer the reply (CHANNEL_TIMEOUT_MS): an apology would wait on the same dead path.
    if (error?.name === 'AbortError') return;
    try {
      // The reply language the bot settled on before failing, else the channel's hint.
      const language = recorded(context)?.language ?? channelLanguageHint(context.activity) ?? DEFAULT_LANGUAGE;
      await context.sendActivity(MessageFactory.text(i18n.getFixedT(language)('error.turn')));
    } catch (sendError) {
      logger.warn({ err: sendError, activityId: context.activity.id }, 'could not send the apology');
    }
  };
}
