// Well-known places the article gives no distance to, as partners write them (Beijing it names only in the Grand
// Canal's name): a distance asked to one of them ("how far is Shanghai?", "上海有多远", "كم المسافة إلى شنغهاي") is no
// distance the knowledge gives. In scripts with capitals a
// capitalised word the knowledge lacks says as much (knowledgeIndex.ts, `unknownPlaces`); Chinese, Arabic, Persian,
// Hindi and Amharic have none, and Afrikaans "Sjanghai" is one letter from "Jianghai" (Jiang Hai Zhi Cheng).
import type { LanguageCode } from '../i18n/languages.js';

export const PLACE_NAMES: Readonly<Partial<Record<LanguageCode, readonly string[]>>> = {
  zh: ['上海', '北京', '广州', '深圳', '苏州', '南京', '武汉', '义乌', '香港', '天津', '重庆', '成都'],
  ar: ['شنغهاي', 'شانغهاي', 'شنجهاي', 'بكين', 'بيجين', 'بيجينغ', 'قوانغتشو', 'غوانغتشو', 'شنتشن', 'شنزن', 'هونغ كونغ', 'هونج كونج'],
  fa: ['شانگهای', 'شانگ‌های', 'پکن', 'گوانگژو', 'شنژن', 'هنگ کنگ', 'هنگکنگ'],
  hi: ['शंघाई', 'शांघाई', 'बीजिंग', 'ग्वांगझोउ', 'शेनझेन', 'शेन्ज़ेन', 'हांगकांग', 'हॉन्गकॉन्ग'],
  am: ['ሻንግሃይ', 'ሻንጋይ', 'ቤጂንግ', 'ጓንግዡ', 'ሼንዤን', 'ሆንግ ኮንግ'],
  af: ['sjanghai', 'beijing', 'sjenzjen', 'hongkong'],
};
