// The language a channel says the person uses: Teams' clientInfo entity,
// Telegram's language_code, or the activity's locale.
import type { Activity } from 'botbuilder';
import { toSupportedLanguage, type LanguageCode } from './languages.js';

/** The channel's locale hint reduced to a supported language, or null. */
export function channelLanguageHint(activity: Partial<Activity>): LanguageCode | null {
  const telegram = (activity.channelData as { message?: { from?: { language_code?: unknown } }; callback_query?: { from?: { language_code?: unknown } } } | undefined);
  const clientInfo = Array.isArray(activity.entities) ? activity.entities.find((entity) => entity?.type === 'clientInfo') : undefined;
  const candidates = [
    telegram?.message?.from?.language_code,
    telegram?.callback_query?.from?.language_code,
    activity.locale,
    (clientInfo as { locale?: unknown } | undefined)?.locale,
  ];
  for (const candidate of candidates) {
    const language = toSupportedLanguage(candidate);
    if (language) return language;
  }
  return null;
}
