// Greetings and thanks in the eleven languages: answered kindly, never
// searched. Only whole short messages count ("hello", "спасибо!").
import type { LanguageCode } from '../i18n/languages.js';

const GREETINGS: Record<LanguageCode, string[]> = {
  en: ['hello', 'hi', 'hey', 'good morning', 'good afternoon', 'good evening', 'greetings'],
  zh: ['你好', '您好', '嗨', '早上好', '下午好', '晚上好', '大家好'],
  ru: ['привет', 'здравствуйте', 'добрый день', 'доброе утро', 'добрый вечер', 'здравствуй'],
  pt: ['olá', 'ola', 'oi', 'bom dia', 'boa tarde', 'boa noite'],
  hi: ['नमस्ते', 'नमस्कार', 'हेलो', 'हैलो'],
  ar: ['مرحبا', 'مرحباً', 'السلام عليكم', 'أهلا', 'اهلا', 'صباح الخير', 'مساء الخير'],
  fa: ['سلام', 'درود', 'روز بخیر', 'صبح بخیر', 'عصر بخیر'],
  id: ['halo', 'hai', 'selamat pagi', 'selamat siang', 'selamat sore', 'selamat malam'],
  am: ['ሰላም', 'ሰላም ነው', 'እንደምን ነህ', 'እንደምን ነሽ', 'እንደምን ኖት', 'ጤና ይስጥልኝ'],
  // Not "yebo": it means "yes" (it is the usual reply to sawubona, not a greeting of its own).
  zu: ['sawubona', 'sanibonani', 'sawubona baba', 'sawubona mama'],
  af: ['hallo', 'goeie more', 'goeiemore', 'goeie middag', 'goeienaand', 'goeie naand', 'haai'],
};

const THANKS: Record<LanguageCode, string[]> = {
  en: ['thanks', 'thank you', 'thx', 'many thanks', 'thank you very much'],
  zh: ['谢谢', '多谢', '谢谢你', '谢谢您', '感谢'],
  ru: ['спасибо', 'благодарю', 'спасибо большое', 'большое спасибо'],
  pt: ['obrigado', 'obrigada', 'valeu', 'muito obrigado', 'muito obrigada'],
  hi: ['धन्यवाद', 'शुक्रिया', 'बहुत धन्यवाद'],
  ar: ['شكرا', 'شكراً', 'شكرا جزيلا', 'شكراً جزيلاً'],
  fa: ['مرسی', 'ممنون', 'متشکرم', 'سپاس', 'خیلی ممنون', 'ممنونم'],
  id: ['terima kasih', 'makasih', 'terima kasih banyak'],
  am: ['አመሰግናለሁ', 'እናመሰግናለን', 'በጣም አመሰግናለሁ'],
  zu: ['ngiyabonga', 'siyabonga', 'ngiyabonga kakhulu'],
  af: ['dankie', 'baie dankie'],
};

export type SmallTalk = { kind: 'greeting' | 'thanks'; language: LanguageCode };

const TRAILING_PUNCTUATION = /[!.,?¡¿。！？،؟…\s]/u;

/**
 * Lower case, without trailing punctuation and leading ¡¿. The trailing run
 * is found by walking back from the end: a `[…]+$` pattern would be quadratic
 * on a long run that does not reach the end (`!!!…!x`).
 */
function clean(text: string): string {
  let end = text.length;
  while (end > 0 && TRAILING_PUNCTUATION.test(text.charAt(end - 1))) end -= 1;
  return text.slice(0, end).toLowerCase().replace(/^[¡¿\s]+/u, '').trim();
}

/** Longer messages are never only a greeting or thanks, however they are punctuated. */
const MAX_SMALL_TALK_LENGTH = 200;

/** Recognises a message that is only a greeting or only thanks, and its language. */
export function recogniseSmallTalk(text: string): SmallTalk | null {
  if (text.length > MAX_SMALL_TALK_LENGTH) return null;
  const message = clean(text);
  if (message.length === 0 || message.length > 40) return null;
  for (const [kind, table] of [['greeting', GREETINGS], ['thanks', THANKS]] as const) {
    for (const [language, phrases] of Object.entries(table) as [LanguageCode, string[]][]) {
      if (phrases.includes(message)) return { kind, language };
    }
  }
  return null;
}
