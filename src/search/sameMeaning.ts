// Words of one meaning that the knowledge says one way and partners another, per language; each word of a group
// stands for the others too (knowledgeIndex.ts, `meetVocabulary`). Three groups:
//
// - The founding of a body. The article says the Center was "inaugurated" (its opening's passage) and speaks of
//   "the establishment of this platform" (why it matters), and the 2027 plan "establishes" a mechanism: "When was
//   the Center established?" met only the plan's word, and "what does the Center's launch mean for Qiantang?" only
//   the opening's. Words for opening stay out where the stemmer makes them one with the "open platforms" of
//   Qiantang's zones (en open, ru открыт, pt abert), and so does Indonesian "diresmikan", whose stem is "resmi"
//   (official). Chinese joins its words for establishing in the tokenizer (成立, 设立 …), and English reads
//   "founded" and "set up" as "establish" there (`PHRASES`). Amharic መከፈት (opening) is one of them: its open platforms are ክፍት.
// - Passing practices on to others: the article's practices are "shared with BRICS SEZs", and partners ask whether
//   they will be transferred, replicated, spread or taught. None that also means transport (Arabic نقل).
// - Reaching a place: Linjiang "provides direct access to the Ningbo-Zhoushan Port", and partners ask which port
//   connects Hangzhou with the sea. In English, Hindi, isiZulu and Afrikaans the verb for connecting had met only
//   another passage's word (the rail's "verbinding" and the location's "जोड़ने" link and join, the 2027 plan's
//   "ukuxhumanisa" coordinates) or none; the other languages' Linjiang passages name the way to the sea already.
//
// General words of the languages; the groups were found through the development sets' questions (Persian
// "راه‌اندازی", Afrikaans "opening" asked why it matters; Amharic "ይተላለፋሉ", passed on) and by probing (the third),
// none from a validation set or the blind set.
import type { LanguageCode } from '../i18n/languages.js';

export const SAME_MEANING: Partial<Record<LanguageCode, readonly (readonly string[])[]>> = {
  en: [['establish', 'established', 'establishing', 'establishment', 'inaugurate', 'inaugurated', 'inauguration', 'launch', 'launched', 'launching', 'create', 'created', 'creation', 'inception'], ['share', 'shared', 'sharing', 'transfer', 'transferred', 'disseminate', 'disseminated', 'replicate', 'replicated', 'spread', 'adopt', 'adopted', 'teach', 'taught', 'teaching'], ['access', 'connect', 'connects', 'connected', 'connecting', 'connection']],
  ru: [['создание', 'создан', 'создана', 'создано', 'создать', 'создали', 'основание', 'основан', 'основали', 'учреждение', 'учреждён', 'учрежден', 'учредили', 'запуск', 'запущен', 'запустили', 'инаугурация'], ['делиться', 'поделиться', 'поделятся', 'передавать', 'передать', 'передадут', 'переданы', 'тиражировать', 'распространять', 'распространить', 'внедрять', 'внедрить', 'перенимать', 'перенять', 'учить', 'научить', 'обучать', 'обучить']],
  pt: [['criacao', 'criado', 'criada', 'criar', 'criaram', 'fundacao', 'fundado', 'fundada', 'estabelecimento', 'estabelecido', 'estabelecer', 'lancamento', 'lancado', 'inauguracao', 'inaugurado', 'inaugurada', 'inaugurou', 'implantacao', 'implantado'], ['compartilhar', 'compartilhadas', 'compartilhado', 'partilhar', 'repassar', 'repassadas', 'repassados', 'transferir', 'transferidas', 'replicar', 'replicadas', 'disseminar', 'difundir', 'adotar', 'ensinar', 'ensinam', 'ensinado']],
  hi: [['स्थापना', 'स्थापित', 'उद्घाटन', 'शुभारंभ', 'लॉन्च', 'गठन', 'आरंभ'], ['साझा', 'बांटना', 'बाँटना', 'बांटे', 'अपनाना', 'अपनाए', 'फैलाना'], ['पहुँच', 'पहुंच', 'जोड़', 'जोड़ता', 'जोड़ती', 'जोड़ने', 'जोड़ेगा']],
  ar: [['إنشاء', 'انشاء', 'أنشئ', 'تأسيس', 'تأسس', 'تأسست', 'أسس', 'افتتاح', 'افتتح', 'تدشين', 'دشن', 'إطلاق', 'أطلق', 'انطلاق'], ['مشاركه', 'تشارك', 'يشارك', 'سيشارك', 'تعميم', 'تبادل']],
  fa: [['تأسیس', 'تاسیس', 'راه‌اندازی', 'ایجاد', 'افتتاح', 'برپایی', 'گشایش', 'رونمایی'], ['اشتراک', 'تعمیم', 'الگوبرداری']],
  id: [['pendirian', 'didirikan', 'mendirikan', 'peresmian', 'pembentukan', 'dibentuk', 'membentuk', 'peluncuran', 'diluncurkan', 'meluncurkan'], ['berbagi', 'dibagikan', 'membagikan', 'ditularkan', 'menularkan', 'direplikasi', 'mereplikasi', 'disebarkan', 'menyebarkan', 'diadopsi', 'mengadopsi']],
  am: [['መቋቋም', 'መቋቋሙ', 'ተቋቋመ', 'የተቋቋመ', 'መመስረት', 'ተመሰረተ', 'ምስረታ', 'ምረቃ', 'ተመረቀ', 'መከፈት', 'መከፈቱ', 'ተከፈተ', 'የተከፈተው'], ['ማጋራት', 'ይጋራሉ', 'ማስተላለፍ', 'ይተላለፋሉ', 'ማሰራጨት', 'ማካፈል', 'ማስተማር', 'ያስተምራል', 'ያስተምራሉ']],
  zu: [['ukusungulwa', 'sasungulwa', 'kusungulwa', 'ukusungula', 'ukuvulwa', 'savulwa', 'kuvulwa', 'ukwethulwa', 'kwethulwa', 'sethulwa'], ['yabelana', 'babelane', 'ukwabelana', 'dlulisela', 'dlulisele', 'sabalalisa', 'sabalaliswe'], ['ukufinyelela', 'finyelela', 'xhumanisa', 'ukuxhumanisa', 'elixhumanisa', 'xhuma']],
  af: [['totstandkoming', 'stigting', 'gestig', 'oprigting', 'opgerig', 'ingewy', 'inwyding', 'opening', 'geopen', 'bekendstelling', 'gevestig', 'vestig', 'vestiging', 'geloods'], ['deel', 'gedeel', 'oordra', 'oorgedra', 'versprei', 'navolg', 'oorneem'], ['toegang', 'verbind', 'verbinding', 'verbindings']],
};
