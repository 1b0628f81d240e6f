// The words the web chat shows, from locales/ (`webchat.*`): the page's own,
// the widget's, and Web Chat's UI strings, which Web Chat lacks for Persian,
// Amharic, isiZulu and Afrikaans and which we give it in every language so the
// whole page speaks with one voice.
import type { i18n } from 'i18next';
import { LANGUAGE_CODES, LANGUAGES, type LanguageCode } from '../i18n/languages.js';

/** Our `webchat.ui.*` key → Web Chat's localized-string key(s). Web Chat writes placeholders as `$1`. */
const WEB_CHAT_KEYS: Readonly<Record<string, readonly string[]>> = {
  placeholder: ['TEXT_INPUT_PLACEHOLDER'],
  inputLabel: ['TEXT_INPUT_ALT'],
  send: ['TEXT_INPUT_SEND_BUTTON_ALT'],
  emptyMessage: ['SEND_BOX_IS_EMPTY_TOOLTIP_ALT'],
  connected: ['CONNECTIVITY_STATUS_ALT_CONNECTED'],
  connecting: ['CONNECTIVITY_STATUS_ALT_CONNECTING'],
  unableToConnect: ['CONNECTIVITY_STATUS_ALT_FATAL'],
  reconnecting: ['CONNECTIVITY_STATUS_ALT_RECONNECTING'],
  slowConnection: ['CONNECTIVITY_STATUS_ALT_SLOW_CONNECTION'],
  connectivityStatus: ['CONNECTIVITY_STATUS_ALT'],
  botSaid: ['ACTIVITY_BOT_SAID_ALT'],
  youSaid: ['ACTIVITY_YOU_SAID_ALT'],
  sending: ['ACTIVITY_STATUS_SEND_STATUS_ALT_SENDING'],
  sentAt: ['ACTIVITY_STATUS_SEND_STATUS_ALT_SENT_AT'],
  sendFailed: ['ACTIVITY_STATUS_SEND_FAILED_RETRY'],
  justNow: ['ACTIVITY_STATUS_TIMESTAMP_JUST_NOW'],
  minuteAgo: ['ACTIVITY_STATUS_TIMESTAMP_ONE_MINUTE_AGO'],
  hourAgo: ['ACTIVITY_STATUS_TIMESTAMP_ONE_HOUR_AGO'],
  today: ['ACTIVITY_STATUS_TIMESTAMP_TODAY'],
  yesterday: ['ACTIVITY_STATUS_TIMESTAMP_YESTERDAY'],
  suggestedActions: ['SUGGESTED_ACTIONS_LABEL_ALT'],
  transcript: ['TRANSCRIPT_ARIA_LABEL_ALT'],
  transcriptRole: ['TRANSCRIPT_ARIA_ROLE_ALT'],
  newMessages: ['TRANSCRIPT_NEW_MESSAGES'],
  moreMessages: ['TRANSCRIPT_MORE_MESSAGES'],
  endOfHistory: ['TRANSCRIPT_TERMINATOR_TEXT'],
  interactive: ['ACTIVITY_INTERACTIVE_FOOTNOTE_ALT'],
  interactiveContent: ['ACTIVITY_INTERACTIVE_REASON_INTERACTIVE_CONTENT_ALT'],
  next: ['CAROUSEL_FLIPPER_NEXT_ALT', 'SUGGESTED_ACTIONS_FLIPPER_NEXT_ALT'],
  previous: ['CAROUSEL_FLIPPER_PREVIOUS_ALT', 'SUGGESTED_ACTIONS_FLIPPER_PREVIOUS_ALT'],
  typing: ['TYPING_INDICATOR_ALT'],
  // What a screen reader hears of a message, and the keyboard help Web Chat shows on the transcript.
  botAttached: ['ACTIVITY_BOT_ATTACHED_ALT'],
  youAttached: ['ACTIVITY_YOU_ATTACHED_ALT'],
  errorMessage: ['ACTIVITY_ERROR_BOX_TITLE'],
  interactiveLinks: ['ACTIVITY_INTERACTIVE_REASON_LINK_ALT'],
  interactiveSendFailed: ['ACTIVITY_INTERACTIVE_REASON_SEND_FAILED_ALT'],
  liveInteractive: ['TRANSCRIPT_LIVE_REGION_INTERACTIVE_LABEL_ALT'],
  liveInteractiveLinks: ['TRANSCRIPT_LIVE_REGION_INTERACTIVE_WITH_LINKS_LABEL_ALT'],
  liveSuggestedActions: ['TRANSCRIPT_LIVE_REGION_SUGGESTED_ACTIONS_LABEL_ALT'],
  liveSendFailed: ['TRANSCRIPT_LIVE_REGION_SEND_FAILED_ALT'],
  externalLink: ['MARKDOWN_EXTERNAL_LINK_ALT'],
  keyboardHelp: ['KEYBOARD_HELP_HEADER'],
  closeHelp: ['KEYBOARD_HELP_CLOSE_BUTTON_ALT'],
  chatHistory: ['KEYBOARD_HELP_CHAT_HISTORY_HEADER'],
  chatWindow: ['KEYBOARD_HELP_CHAT_WINDOW_HEADER'],
  accessItems: ['KEYBOARD_HELP_CHAT_HISTORY_ACCESS_ITEMS_IN_MESSAGE_HEADER'],
  enterKey: ['KEYBOARD_HELP_CHAT_HISTORY_ACCESS_ITEMS_IN_MESSAGE_BODY', 'KEYBOARD_HELP_CHAT_WINDOW_BODY_DO_ACTION_BODY'],
  exitMessage: ['KEYBOARD_HELP_CHAT_HISTORY_LEAVE_MESSAGE_HEADER'],
  escapeKey: ['KEYBOARD_HELP_CHAT_HISTORY_LEAVE_MESSAGE_BODY'],
  moveInMessage: ['KEYBOARD_HELP_CHAT_HISTORY_MOVE_BETWEEN_ITEMS_HEADER'],
  tabKeys: ['KEYBOARD_HELP_CHAT_HISTORY_MOVE_BETWEEN_ITEMS_BODY', 'KEYBOARD_HELP_CHAT_WINDOW_BODY_MOVE_BETWEEN_ITEMS_BODY'],
  moveBetweenMessages: ['KEYBOARD_HELP_CHAT_HISTORY_MOVE_BETWEEN_MESSAGES_HEADER'],
  arrowKeys: ['KEYBOARD_HELP_CHAT_HISTORY_MOVE_BETWEEN_MESSAGES_BODY'],
  doAction: ['KEYBOARD_HELP_CHAT_WINDOW_BODY_DO_ACTION_HEADER'],
  moveInWindow: ['KEYBOARD_HELP_CHAT_WINDOW_BODY_MOVE_BETWEEN_ITEMS_HEADER'],
};

/**
 * Our plural `webchat.ui.*` keys → Web Chat's per-category keys (`$` stands for ONE, TWO, FEW, MANY,
 * OTHER). Web Chat picks the category by the CLDR rules of its locale, as i18next does.
 */
const WEB_CHAT_PLURAL_KEYS: Readonly<Record<string, string>> = {
  attachments: 'ACTIVITY_NUM_ATTACHMENTS_$_ALT',
  attachmentCount: 'TEXT_INPUT_ATTACHMENTS_$',
};
const WEB_CHAT_PLURAL_CATEGORIES = ['one', 'two', 'few', 'many', 'other'] as const;

/** The one variable of a `webchat.ui` string, given to i18next as Web Chat's `$1`. */
const WEB_CHAT_PLACEHOLDERS = { status: '$1', name: '$1', time: '$1' };

export interface PageStrings {
  subtitle: string;
  language: string;
  connecting: string;
  connectionFailed: string;
  noScript: string;
  /** "You can send again in {{count}} seconds", one form per CLDR plural category: the browser counts down. */
  wait: Partial<Record<Intl.LDMLPluralRule, string>>;
}

export interface WidgetStrings {
  open: string;
  close: string;
  title: string;
}

/** Everything the page needs for one language. */
export interface ChatLanguage {
  code: LanguageCode;
  nativeName: string;
  direction: 'ltr' | 'rtl';
  /** The locale Web Chat is given (its own strings, dates, and right-to-left for `ar-*`). */
  locale: string;
  page: PageStrings;
  /** Web Chat's `overrideLocalizedStrings`. */
  webChat: Record<string, string>;
}

/** Every plural form of `key` in a language, `{{count}}` left in for the browser to fill. */
function pluralForms(i18n: i18n, code: LanguageCode, key: string): Partial<Record<Intl.LDMLPluralRule, string>> {
  const forms: Partial<Record<Intl.LDMLPluralRule, string>> = {};
  for (const category of new Intl.PluralRules(code).resolvedOptions().pluralCategories) {
    const form: unknown = i18n.getResource(code, 'translation', `${key}_${category}`) ?? i18n.getResource(code, 'translation', `${key}_other`);
    if (typeof form === 'string') forms[category] = form;
  }
  return forms;
}

export function chatLanguage(i18n: i18n, code: LanguageCode): ChatLanguage {
  const t = i18n.getFixedT(code);
  const webChat: Record<string, string> = {};
  for (const [key, targets] of Object.entries(WEB_CHAT_KEYS)) {
    const text = t(`webchat.ui.${key}`, WEB_CHAT_PLACEHOLDERS);
    for (const target of targets) webChat[target] = text;
  }
  for (const [key, target] of Object.entries(WEB_CHAT_PLURAL_KEYS)) {
    for (const category of WEB_CHAT_PLURAL_CATEGORIES) {
      const form: unknown = i18n.getResource(code, 'translation', `webchat.ui.${key}_${category}`) ?? i18n.getResource(code, 'translation', `webchat.ui.${key}_other`);
      if (typeof form === 'string') webChat[target.replace('$', category.toUpperCase())] = form.replace('{{count}}', '$1');
    }
  }
  const language = LANGUAGES[code];
  return {
    code,
    nativeName: language.nativeName,
    direction: language.direction,
    locale: language.webChatLocale,
    page: {
      subtitle: t('webchat.page.subtitle'),
      language: t('webchat.page.language'),
      connecting: t('webchat.page.connecting'),
      connectionFailed: t('webchat.page.connectionFailed'),
      noScript: t('webchat.page.noScript'),
      wait: pluralForms(i18n, code, 'webchat.page.wait'),
    },
    webChat,
  };
}

export function chatLanguages(i18n: i18n): ChatLanguage[] {
  return LANGUAGE_CODES.map((code) => chatLanguage(i18n, code));
}

export function widgetStrings(i18n: i18n): Record<LanguageCode, WidgetStrings> {
  return Object.fromEntries(
    LANGUAGE_CODES.map((code) => {
      const t = i18n.getFixedT(code);
      return [code, { open: t('webchat.widget.open'), close: t('webchat.widget.close'), title: t('webchat.widget.title') }];
    }),
  ) as Record<LanguageCode, WidgetStrings>;
}

/** Our `webchat.ui.*` keys, for the start-up check that English has every key the code uses. */
export const SUPPLIED_WEB_CHAT_KEY_NAMES: readonly string[] = Object.keys(WEB_CHAT_KEYS);

/** Web Chat's string keys we supply, for tests. */
export const SUPPLIED_WEB_CHAT_KEYS: readonly string[] = [
  ...Object.values(WEB_CHAT_KEYS).flat(),
  ...Object.values(WEB_CHAT_PLURAL_KEYS).flatMap((target) => WEB_CHAT_PLURAL_CATEGORIES.map((category) => target.replace('$', category.toUpperCase()))),
];
