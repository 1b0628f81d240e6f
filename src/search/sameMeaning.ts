// Words of one meaning that the knowledge says one way and partners another, per language. One group so far:
// the founding of a body. The article says the Center was "inaugurated" (its opening's passage) and speaks of
// "the establishment of this platform" (why it matters), and the 2027 plan "establishes" a mechanism: "When was the
// Center established?" met only the plan's word, and "what does the Center's launch mean for Qiantang?" only the
// opening's. Each word of a group stands for the others too (knowledgeIndex.ts, `meetVocabulary`). Words for
// opening stay out where the stemmer makes them one with the "open platforms" of Qiantang's zones (en open, ru
// открыт, pt abert), and so does Indonesian "diresmikan", whose stem is "resmi" (official). Chinese joins its
// words for establishing in the tokenizer (成立, 设立 …). General words of the languages; the group was found
// through the development sets' questions (Persian "راه‌اندازی", Afrikaans "opening" asked why it matters), none
// from a validation set or the blind set.
import type { LanguageCode } from '../i18n/languages.js';

export const SAME_MEANING: Partial<Record<LanguageCode, readonly (readonly string[])[]>> = {
  en: [['establish', 'established', 'establishing', 'establishment', 'inaugurate', 'inaugurated', 'inauguration', 'launch', 'launched', 'launching', 'create', 'created', 'creation', 'founding', 'inception']],
  ru: [['создание', 'создан', 'создана', 'создано', 'создать', 'создали', 'основание', 'основан', 'основали', 'учреждение', 'учреждён', 'учрежден', 'учредили', 'запуск', 'запущен', 'запустили', 'инаугурация']],
  pt: [['criacao', 'criado', 'criada', 'criar', 'criaram', 'fundacao', 'fundado', 'fundada', 'estabelecimento', 'estabelecido', 'estabelecer', 'lancamento', 'lancado', 'inauguracao', 'inaugurado', 'inaugurada', 'inaugurou', 'implantacao', 'implantado']],
  hi: [['स्थापना', 'स्थापित', 'उद्घाटन', 'शुभारंभ', 'लॉन्च', 'गठन', 'आरंभ']],
  ar: [['إنشاء', 'انشاء', 'أنشئ', 'تأسيس', 'تأسس', 'تأسست', 'أسس', 'افتتاح', 'افتتح', 'تدشين', 'دشن', 'إطلاق', 'أطلق', 'انطلاق']],
  fa: [['تأسیس', 'تاسیس', 'راه‌اندازی', 'ایجاد', 'افتتاح', 'برپایی', 'گشایش', 'رونمایی']],
  id: [['pendirian', 'didirikan', 'mendirikan', 'peresmian', 'pembentukan', 'dibentuk', 'membentuk', 'peluncuran', 'diluncurkan', 'meluncurkan']],
  am: [['መቋቋም', 'መቋቋሙ', 'ተቋቋመ', 'የተቋቋመ', 'መመስረት', 'ተመሰረተ', 'ምስረታ', 'ምረቃ', 'ተመረቀ']],
  zu: [['ukusungulwa', 'sasungulwa', 'kusungulwa', 'ukusungula', 'ukuvulwa', 'savulwa', 'kuvulwa', 'ukwethulwa', 'kwethulwa', 'sethulwa']],
  af: [['totstandkoming', 'stigting', 'gestig', 'oprigting', 'opgerig', 'ingewy', 'inwyding', 'opening', 'geopen', 'bekendstelling', 'gevestig', 'vestig', 'vestiging', 'geloods']],
};
