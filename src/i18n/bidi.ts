// Left-to-right tokens inside right-to-left text: "/help، /language" in Arabic
// shows its slashes on the wrong side unless each command is a bidi isolate
// (Unicode UAX #9: LRI … PDI), which every channel's text renderer honours.
import { LANGUAGES, type LanguageCode } from './languages.js';

const LEFT_TO_RIGHT_ISOLATE = '\u2066';
const POP_DIRECTIONAL_ISOLATE = '\u2069';

/** A bot command: a slash starting a word, then Latin letters (linear: no nested repetition). */
const COMMAND = /(?<![\p{L}\p{N}/\u2066])\/[a-z]+/gu;

/** In a right-to-left language, each /command wrapped as a left-to-right isolate; other text as it is. */
export function isolateCommands(text: string, language: LanguageCode): string {
  if (LANGUAGES[language].direction !== 'rtl') return text;
  return text.replace(COMMAND, (command) => `${LEFT_TO_RIGHT_ISOLATE}${command}${POP_DIRECTIONAL_ISOLATE}`);
}
