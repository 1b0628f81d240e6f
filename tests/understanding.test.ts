// The questions partners really ask, as issue 15 found them failing: the
// plainest ones in every language, questions copied from a list, questions
// wrapped in a greeting or some context, questions spanning passages, and
// questions about the article itself (its year). Real search over the real
// knowledge; the answers through the real bot.
import { beforeAll, describe, expect, it } from '@jest/globals';
import type { PartnerBot } from '../src/bot/partnerBot.js';
import type { LanguageCode } from '../src/i18n/languages.js';
import type { AnswerType } from '../src/knowledge/schema.js';
import { ANSWER_THRESHOLD, DEFAULT_SCORING, SUGGESTION_THRESHOLD, type KnowledgeIndex } from '../src/search/knowledgeIndex.js';
import { firstOfTwoAsks, qualifies, readQuestion, turnsTo, withoutSetAside } from '../src/search/questionTypes.js';
import { stripPastedMarks } from '../src/search/normalize.js';
import { createTokenizer } from '../src/search/tokenizer.js';
import { tokenizerFor } from '../src/search/tokenizer.js';
import { createTestBot, knowledgeAndIndex } from './support/bot.js';
import { conversationWith, exchange } from './support/conversation.js';
import { shownText } from './support/replies.js';

let index: KnowledgeIndex;
let bot: PartnerBot;
beforeAll(async () => {
  ({ index } = await knowledgeAndIndex());
  bot = await createTestBot();
});

/** The passage given as the answer, or null when the bot would not answer. */
async function answered(question: string, language: LanguageCode): Promise<string | null> {
  const [best] = await index.search(question, language);
  return best && best.confidence >= ANSWER_THRESHOLD ? best.passage.id : null;
}

/** One test per question: each is read as asking for `kind`. */
function asksEach(questions: [LanguageCode, string][], kind: AnswerType): void {
  it.each(questions)('in %s, asks for ' + kind + ': %s', (language, question) => {
    expect([...readQuestion(question, language).types]).toContain(kind);
  });
}

/** One test per question: none is read as asking for `kind`. */
function asksNone(questions: [LanguageCode, string][], kind: AnswerType): void {
  it.each(questions)('in %s, asks for no ' + kind + ': %s', (language, question) => {
    expect([...readQuestion(question, language).types]).not.toContain(kind);
  });
}

/** One test per question: each asks a price, in so many words (`ReadQuestion.fare`) or, with `inSoManyWords` false, named alone. */
function asksPrice(questions: [LanguageCode, string][], inSoManyWords = true): void {
  it.each(questions)(`in %s, asks a price ${inSoManyWords ? 'in so many words' : 'named alone'}: %s`, (language, question) => {
    const read = readQuestion(question, language);
    expect([read.types.has('price'), read.fare]).toEqual([true, inSoManyWords]);
  });
}

/** One test per question: each is answered with `passage`, or declined (null). */
function answersEach(questions: [LanguageCode, string][], passage: string | null, title = 'in %s: %s'): void {
  it.each(questions)(title, async (language, question) => {
    expect(await answered(question, language)).toBe(passage);
  });
}

/** Two tests per question: it is read as asking for `kind`, one no passage gives, and it is declined. */
function declinesAsking(questions: [LanguageCode, string][], kind: AnswerType): void {
  asksEach(questions, kind);
  answersEach(questions, null, 'in %s, declines: %s');
}

describe('a "where" question finds the location passage', () => {
  const questions: [LanguageCode, string][] = [
    ['en', 'Where is the Center?'],
    ['en', 'Where is the centre?'],
    ['zh', '中心位于哪里？'],
    ['ru', 'Где находится Центр?'],
    ['pt', 'Onde fica o Centro?'],
    ['hi', 'केंद्र कहाँ स्थित है?'],
    ['ar', 'أين يقع المركز؟'],
    ['fa', 'مرکز کجاست؟'],
    ['id', 'Di mana Pusat itu?'],
    ['am', 'ማዕከሉ የት ነው?'],
    ['zu', 'Isikhungo sikuphi?'],
    ['af', 'Waar is die Sentrum?'],
    // with a verb of being somewhere, which the Xiasha passage also has ("located on the second channel")
    ['en', 'Where is the centre situated?'],
    ['fa', 'مرکز کجا واقع شده است؟'],
    ['id', 'Pusatnya terletak di mana?'],
    ['am', 'ማዕከሉ የት ይገኛል?'],
    ['af', 'Waar is die sentrum geleë?'],
    ['ar', 'المركز موجود فين؟'],
    // "where" run into "is" with an apostrophe, which the word segmenter keeps as one word
    ['en', "Where's the Center?"],
    ['en', 'Where’s the centre located?'],
    ['af', "Waar's die Sentrum?"],
  ];
  answersEach(questions, 'location-airport');
});

describe('"which part of the city" is answered with the district or the area', () => {
  const questions: [LanguageCode, string][] = [
    ['en', 'In which part of the city is it?'],
    ['zh', '它在城市的哪个区？'],
    ['ru', 'В какой части города он находится?'],
    ['pt', 'Em que parte da cidade fica?'],
    ['hi', 'यह शहर के किस हिस्से में है?'],
    ['ar', 'في أي جزء من المدينة يقع؟'],
    ['fa', 'در کدام قسمت شهر است؟'],
    ['id', 'Di bagian mana kota itu berada?'],
    ['am', 'በከተማው የትኛው ክፍል ነው?'],
    ['zu', 'Ikuphi ingxenye yedolobha?'],
    ['af', 'In watter deel van die stad is dit?'],
  ];
  it.each(questions)('in %s: %s', async (language, question) => {
    expect(['location-airport', 'center-opening']).toContain(await answered(question, language));
  });
});

describe('"which port connects Hangzhou with the sea" finds Linjiang', () => {
  // Portuguese "mar", Hindi "समुद्र" and Afrikaans "see" also name the sea of the
  // location passage ("land, sea, air and rail"); those three still miss (docs/quality.md).
  const questions: [LanguageCode, string][] = [
    ['en', 'Which port connects Hangzhou with the sea?'],
    ['zh', '哪个港口连接杭州和大海？'],
    ['ru', 'Какой порт связывает Ханчжоу с морем?'],
    ['ar', 'أي ميناء يربط هانغتشو بالبحر؟'],
    ['fa', 'کدام بندر هانگژو را به دریا وصل می‌کند؟'],
    ['id', 'Pelabuhan mana yang menghubungkan Hangzhou dengan laut?'],
    ['am', 'ሃንግዡን ከባሕር ጋር የሚያገናኘው የትኛው ወደብ ነው?'],
    ['zu', 'Yiliphi ichweba elixhuma iHangzhou nolwandle?'],
  ];
  answersEach(questions, 'linjiang-port');
});

describe('"what year / when exactly" is answered by the opening, in every language', () => {
  const questions: [LanguageCode, string][] = [
    ['en', 'What year did the Center open?'],
    ['zh', '中心是哪一年成立的？'],
    ['ru', 'В каком году открылся Центр?'],
    ['pt', 'Em que ano o Centro foi inaugurado?'],
    ['hi', 'केंद्र किस साल खुला?'],
    ['ar', 'في أي عام افتتح المركز؟'],
    ['fa', 'مرکز در چه سالی افتتاح شد؟'],
    ['id', 'Tahun berapa Pusat itu dibuka?'],
    ['am', 'ማዕከሉ በየትኛው ዓመት ተመረቀ?'],
    ['zu', 'Isikhungo savulwa ngamuphi unyaka?'],
    ['af', 'In watter jaar is die Sentrum geopen?'],
  ];
  answersEach(questions, 'center-opening');

  // No passage's text has a year: it is the lead passage's through its cited date.
  answersEach([
    ['en', 'Did the Center open in 2025?'],
    ['ru', 'Центр открыли в 2025 году?'],
    ['zh', '中心是2025年揭牌的吗？'],
    ['id', 'Pusat ini diresmikan tahun 2025?'],
  ], 'center-opening', 'in %s, a year asked about is the year of the article: %s');

  it('shows the year in the citation: the article was published on 27 March 2025', async () => {
    const [reply] = await exchange(conversationWith(bot, { channelId: 'webchat', from: { id: 'year', name: 'year' } }), 'What year did the Center open?');
    expect(shownText(reply)).toContain('On Mar 21');
    expect(shownText(reply)).toMatch(/March 27, 2025|27 March 2025/);
    const [russian] = await exchange(conversationWith(bot, { channelId: 'webchat', from: { id: 'year-ru', name: 'year-ru' } }), 'В каком году открылся Центр?');
    expect(shownText(russian)).toContain('2025');
  });
});

describe('"on what date / when exactly" asks for a day: the opening gives one, the rail station none', () => {
  answersEach([
    ['en', 'On what date did the Center open?'],
    ['zh', '中心是几月几号揭牌的？'],
    ['ru', 'Какого числа открылся центр?'],
    ['ar', 'في أي يوم افتتح المركز؟'],
    ['zu', 'Isikhungo savulwa ngosuku luni?'],
  ], 'center-opening');

  // The passage says only "once the station becomes operational".
  answersEach([
    ['en', 'What date will the Qiantang high-speed rail station open?'],
    ['pt', 'Em que data exatamente a estação de alta velocidade de Qiantang começa a operar?'],
    ['ru', 'Какого числа заработает вокзал высокоскоростной железной дороги в Цяньтане?'],
    ['hi', 'Qiantang हाई-स्पीड रेल स्टेशन किस तारीख को शुरू होगा?'],
  ], null, 'in %s, the day is declined: %s');

  // Without asking for a day, the passage saying when (once it is operational) answers.
  answersEach([
    ['en', 'When will the Qiantang high-speed rail station be up and running?'],
    ['ru', 'Когда заработает вокзал высокоскоростной железной дороги в Цяньтане?'],
    ['pt', 'Quando a estação de alta velocidade de Qiantang começa a operar?'],
  ], 'high-speed-rail', 'in %s, "when" alone is answered: %s');

  it('reads a date asked for, and "when" with a word asking for precision, as a date and a time', () => {
    expect([...readQuestion('When exactly will it open?', 'en').types].sort()).toEqual(['date', 'time']);
    expect([...readQuestion('高铁站具体什么时候开通？', 'zh').types].sort()).toEqual(['date', 'time']);
    expect([...readQuestion('Tanggal berapa stasiun dibuka?', 'id').types].sort()).toEqual(['date', 'time']);
    expect([...readQuestion('When will it open?', 'en').types]).toEqual(['time']);
  });
});

describe('a tax is a price: what companies pay in the free trade zone is not in the article', () => {
  answersEach([
    ['ru', 'Какие налоги платят компании в зоне свободной торговли Цяньтана?'],
    ['pt', 'Quais impostos as empresas pagam na zona de livre comércio de Qiantang?'],
  ], null);

  it('reads Russian "стоит" (stands, is worth) as a price only in "сколько стоит"', () => {
    expect([...readQuestion('Порт Сяша стоит на Великом канале?', 'ru').types]).not.toContain('price');
    expect([...readQuestion('Почему стоит выходить на рынок Китая через Цяньтан?', 'ru').types]).not.toContain('price');
    expect([...readQuestion('Сколько стоит доставка контейнера?', 'ru').types]).toContain('price');
  });

  it('reads Afrikaans "is dit waar?" (is it true?) as no "where", and "connection" words as no contact', () => {
    expect([...readQuestion("Qiantang het 'n pakhuis vir terugsendings, is dit waar?", 'af').types]).not.toContain('place');
    expect([...readQuestion('Waar is die sentrum?', 'af').types]).toContain('place');
    expect([...readQuestion('ፈጣን ባቡሩ ምን አይነት ግንኙነት ይፈጥራል?', 'am').types]).not.toContain('contact');
    expect([...readQuestion('临江港和宁波舟山港有什么联系？', 'zh').types]).not.toContain('contact');
    expect([...readQuestion('中心的联系电话是多少？', 'zh').types]).toContain('contact');
  });

  it('reads isiZulu "uhlelo" (a system, a scheme) as no plan, and "izinhlelo" (plans) as one', () => {
    expect([...readQuestion('Uhlelo lokuhlola izimpahla lusebenza kanjani?', 'zu').types]).not.toContain('plan');
    expect([...readQuestion('Yiziphi izinhlelo zeQiantang?', 'zu').types]).toContain('plan');
  });

  it('reads "在哪些领域" (in which fields) as no place, and "per tahun berapa" (how much a year) as an amount, not a year', () => {
    expect([...readQuestion('到2029年要在哪些领域加强合作？', 'zh').types]).not.toContain('place');
    expect([...readQuestion('Per tahun berapa ton lewat Xiasha?', 'id').types]).toEqual(['quantity']);
  });

  it('reads tax words as asking a price, but not the tax character inside 保税区 (bonded zone)', () => {
    expect([...readQuestion('钱塘自由贸易区的企业所得税税率是多少？', 'zh').types]).toContain('price');
    expect([...readQuestion('Hoeveel belasting betaal maatskappye in die vryhandelsone?', 'af').types]).toContain('price');
    expect([...readQuestion('钱塘有综合保税区吗？', 'zh').types]).not.toContain('price');
  });
});

describe('context before the question inside its sentence (after a comma, a colon, a dash)', () => {
  // Read whole, the context's words the knowledge lacks (a delegation, Kazan, planning ahead) drowned the question.
  answersEach([
    ['ru', 'Мы готовим визит делегации из Казани и хотим всё спланировать заранее: как далеко центр от аэропорта?'],
  ], 'location-airport');
});

describe('a last clause joined on with "and" goes on from the sentence: it is not a question alone', () => {
  // Read alone, "and how many hours would the trip take?" asked a duration of nothing, and the airport's drive won.
  answersEach([
    ['en', 'Is a rail link to the major cities planned from Qiantang, and how many hours would the trip take?'],
    ['ru', 'Будет ли из Цяньтана поезд до крупных городов, и сколько часов ехать?'],
  ], 'high-speed-rail');
});

// After a statement, a sentence opening with "and" / "а" is the question itself; after a question it goes on from it.
describe('a sentence opening with "and" after a statement is the question', () => {
  answersEach([
    ['ru', 'Я в этой теме новичок. А что это за центр такой?'],
    ['en', 'I only joined the team last week. And what is this Center, anyway?'],
  ], 'center-opening');
  // "怎么回事" (what is it about) asks what something is: the clause naming nothing asks it of what the message names.
  answersEach([
    ['zh', '听说钱塘有个“退货仓”的做法，具体是怎么回事？'],
  ], 'import-return-warehouse');
  answersEach([['zh', '具体是怎么回事？']], null);
});

describe('"which officials / which leaders" asks for a person, as "who" does', () => {
  asksEach([
    ['en', 'Which officials attended the opening?'],
    ['zh', '揭牌仪式有哪些领导出席？'],
    ['af', 'Watter amptenaar het die Sentrum geopen?'],
    ['ru', 'Какие официальные лица были на открытии?'],
    ['en', 'Which government officials cut the ribbon?'],
    ['zu', 'Bobani abavule lesi sikhungo?'],
  ], 'agent');
});

// Opening a sentence, Hindi "क्या" only makes it a yes/no question; Indonesian "apakah" always does.
describe('a yes/no question is no "what is it?"', () => {
  asksNone([
    ['hi', 'क्या दिल्ली में भी ऐसा कोई सेंटर बनेगा?'],
    ['hi', 'नमस्ते! क्या यह सेंटर अब खुल चुका है?'],
    ['id', 'Apakah pusat seperti ini juga dibuka di Jakarta?'],
  ], 'definition');
  asksEach([
    ['hi', 'यह सेंटर क्या है?'],
    ['hi', 'क्या है यह सेंटर?'],
    ['id', 'Apa itu pusat kerja sama ini?'],
  ], 'definition');
});

// The article names no person: "who opened it" must not be answered by the passage saying it opened. The kind
// weighs twice (kindWeights), so the opening's other words no longer carry it over the threshold.
describe('"who opened it / which officials attended" is declined: the article names no one', () => {
  answersEach([
    ['en', 'Who officially opened the Center?'],
    ['ru', 'Кто официально открыл центр?'],
    ['pt', 'Quem inaugurou oficialmente o centro?'],
    ['hi', 'केंद्र का आधिकारिक उद्घाटन किसने किया?'],
    ['ar', 'من حضر افتتاح المركز رسميا؟'],
    ['am', 'ማዕከሉን በይፋ የመረቀው ማን ነው?'],
    ['af', 'Wie het die sentrum amptelik geopen?'],
  ], null);

  it('reads "pra quem vende" (for whom, a relative clause) as asking for no person', () => {
    expect([...readQuestion('me explica o esquema de devolução pra quem vende online', 'pt').types]).not.toContain('agent');
  });
});

// The event's words ("the opening") are the opening passage's; the question asks what it means (kindWeights reason).
describe('"what does the opening mean for Qiantang?" is answered by why the Center matters', () => {
  answersEach([
    ['ru', 'Что значит открытие центра для района Цяньтан?'],
    ['hi', 'सेंटर खुलने का Qiantang के लिए क्या मतलब है?'],
  ], 'center-significance');
});

// "Form" was a word of the open platforms' passage ("in the form of economic development zone…").
describe('"in what form" asks how, in every language: the practices are shared as standardised models', () => {
  answersEach([
    ['en', 'Will Qiantang pass its practices on to other zones, and in what form?'],
    ['fa', 'تجربه‌های Qiantang به چه شکلی به مناطق دیگه میرسه؟'],
  ], 'sharing-practices');

  asksEach([
    ['en', 'In what form will the models be shared?'],
    ['zh', '这些经验以什么形式分享？'],
    ['ru', 'В какой форме будут передавать опыт?'],
    ['pt', 'Em que formato as práticas serão compartilhadas?'],
    ['hi', 'ये मॉडल किस रूप में मिलेंगे?'],
    ['ar', 'بأي صيغة ستتم مشاركة التجارب؟'],
    ['fa', 'به چه شکلی منتقل میشه؟'],
    ['id', 'Dalam bentuk apa praktik itu dibagikan?'],
    ['af', 'In watter vorm word dit gedeel?'],
  ], 'method');
});

describe('"is it near / far?" asks a distance, but "a hotel near the Center" asks for a hotel', () => {
  answersEach([['fa', 'ما با هواپیما میایم. مرکز نزدیک فرودگاهه؟']], 'location-airport');
  answersEach([
    ['en', 'Is there a good hotel near the Center?'],
    ['ru', 'Есть ли хорошая гостиница рядом с центром?'],
    ['af', "Is daar 'n goeie hotel naby die sentrum?"],
  ], null);

  it.each([
    ['en', 'Is the Center close to the airport?'],
    ['ru', 'Центр недалеко от аэропорта?'],
    ['ar', 'هل المركز قريب من المطار؟'],
    ['id', 'Pusatnya dekat bandara?'],
    ['am', 'ማዕከሉ ከኤርፖርት ሩቅ ነው?'],
    ['zu', 'Isikhungo siseduze nesikhumulo sezindiza?'],
    ['af', 'Is die sentrum naby die lughawe?'],
  ] as [LanguageCode, string][])('in %s, "%s" says near or far', (language, question) => {
    const read = readQuestion(question, language);
    expect(read.near).toBe(true);
    expect([...read.types]).not.toContain('distance');
  });
});

// A sentence of context about the asker's own report, then a question whose only telling word is "wrote".
describe('"who wrote it?" after a sentence of context is about the article', () => {
  answersEach([
    ['zu', 'Ngilungisa umbiko wethu wenyanga. Ngubani oyibhalile?'],
    ['hi', 'मुझे रिपोर्ट में हवाला देना है। ये खबर किसने लिखी?'],
    ['am', 'ለሪፖርቴ ምንጭ ያስፈልገኛል። ይህን ዜና የጻፈው ማነው?'],
    ['en', 'I have to cite it properly in our newsletter. Who wrote it?'],
  ], 'center-opening');
});

// "Which organisation" otherwise asks for the body the 2027 plans name (an operations entity).
describe('"what kind of organisation is the Center?" asks what the Center is', () => {
  answersEach([
    ['en', 'What kind of organisation is the Center?'],
    ['zh', '这个中心是什么机构？'],
    ['af', 'Watter soort organisasie is die Sentrum?'],
    ['id', 'Pusat ini organisasi apa?'],
  ], 'center-opening');
});

describe('"the next few years", "their plan" (a plan word with an ending) ask what is planned', () => {
  asksEach([
    ['pt', 'E pros próximos anos, o que vem?'],
    ['hi', 'अगले कुछ वर्षों में क्या होगा?'],
    ['am', 'የማዕከሉ እቅዳቸው ምንድነው?'],
  ], 'plan');
});

// "I'm a journalist in Cairo" introduces the asker: it asked for the article's source and drew the opening's passage.
describe('a journalist introducing themselves does not ask who wrote the article; "who is the reporter?" does', () => {
  asksNone([
    ['en', "I'm a journalist in Cairo. Why does the Center matter for Qiantang?"],
    ['ru', 'Я журналист из Казани. Зачем нужен центр?'],
    ['hi', 'मैं पत्रकार हूं। सेंटर का Qiantang के लिए क्या महत्व है?'],
    ['id', 'Saya wartawan dari Jakarta. Apa pentingnya pusat ini?'],
  ], 'source');

  answersEach([
    ['en', 'Who is the reporter?'],
    ['zh', '记者是谁？'],
    ['af', 'Wie is die joernalis?'],
  ], 'center-opening');
});

// "Flight" and "taxi" were synonyms of the airport's passage, which says only how far the airport is by car.
describe('flights to Hangzhou and taxi fares are not in the article; the drive still is', () => {
  answersEach([
    ['fa', 'پرواز از شیراز به هانگژو هست؟ با کدوم ایرلاین؟'],
    ['id', 'Penerbangan dari Medan ke Hangzhou ada?'],
    ['en', 'What does a taxi from the airport to the centre cost?'],
    ['ru', 'Сколько стоит такси от аэропорта до центра?'],
  ], null);
  answersEach([['en', 'How long is the taxi ride from the airport?']], 'location-airport');
});

// Xiasha's passage gives its throughput in tons; a question counting something it does not name is not answered by it.
describe('"how many X?" is answered only by a passage naming X', () => {
  answersEach([
    ['en', 'How many ships call at Xiasha Port each year?'],
    ['ru', 'Сколько судов заходит в порт Сяша за год?'],
    ['id', 'Berapa kapal yang lewat Pelabuhan Xiasha per tahun?'],
    ['af', 'Hoeveel skepe gebruik Xiasha-hawe elke jaar?'],
  ], null);
  answersEach([
    ['en', 'How many tons of cargo does Xiasha handle a year?'],
    ['ru', 'Сколько тонн грузов проходит через порт Сяша?'],
  ], 'xiasha-port');

  // The joint supervision's passage names R&D companies but counts nothing: "how many companies" is not answered by it.
  answersEach([
    ['en', 'How many companies have signed up for the joint supervision of special inbound items?'],
    ['ru', 'Сколько компаний подключено к совместному надзору за особыми ввозимыми товарами?'],
    ['zh', '有多少家公司在用联合监管？'],
    ['fa', 'چند تا شرکت عضو سازوکار نظارت مشترک شدن؟'],
  ], null);

  // The open platforms' passage lists them: "how many platforms" is answered by counting its list.
  answersEach([
    ['en', 'How many national-level open platforms does Qiantang have?'],
    ['ru', 'Сколько открытых платформ в Цяньтане?'],
  ], 'qiantang-open-platforms');
  answersEach([['en', 'How many staff does the Center have?']], null);

  it('reads the word after "how many" as the thing counted', () => {
    expect(readQuestion('How many companies use the joint supervision?', 'en').counted).toBe('companies');
    expect(readQuestion('Сколько компаний уже подключились?', 'ru').counted).toBe('компаний');
    expect(readQuestion('When did it open?', 'en').counted).toBeUndefined();
  });

  it('reads the thing counted past a measure word, and nothing as counted in "how much" of Chinese without one', () => {
    expect(readQuestion('多少家企业用上了？', 'zh').counted).toBe('企业');
    expect(readQuestion('下沙港一年有多少艘船？', 'zh').counted).toBe('船');
    expect(readQuestion('退货仓能省多少运营费用？', 'zh').counted).toBeUndefined();
    expect(readQuestion('چند تا شرکت استفاده میکنن؟', 'fa').counted).toBe('شرکت');
    expect(readQuestion('Berapa banyak perusahaan yang ikut?', 'id').counted).toBe('perusahaan');
  });
});

// The 2029 goals name trade and investment and give no figure: asked "in figures", they are an amount no passage gives.
describe('"in figures / in numbers" asks an amount of what the question names', () => {
  asksEach([
    ['en', 'Give me the investment goals for 2029 in numbers'],
    ['zh', '2029年的合作目标有没有具体数字？'],
    ['ru', 'Есть ли у целей на 2029 год конкретные цифры?'],
    ['pt', 'Os objetivos de 2029 têm números?'],
    ['ar', 'هل توجد ارقام لأهداف التعاون في 2029؟'],
    ['id', 'Sasaran 2029 itu dalam angka seperti apa?'],
    ['af', 'Wat is die 2029-doelwitte vir belegging in syfers?'],
  ], 'quantity');
  // Digitalisation is no figure ("цифровизация", "数字化" begin as the word for figures does).
  asksNone([
    ['ru', 'Будет ли цифровизация частью планов на 2029 год?'],
    ['zh', '2029年规划包括数字化吗？'],
  ], 'quantity');
  answersEach([
    ['en', 'Give me the investment goals for 2029 in numbers'],
    ['ru', 'Есть ли у целей на 2029 год по инвестициям конкретные цифры?'],
    ['pt', 'Quais são os objetivos de investimento para 2029 em números?'],
    ['af', 'Wat is die 2029-doelwitte vir belegging in syfers?'],
  ], null);
  it('does not part "the 2029 trade and investment goals" as two asks: a year named is no ask', () => {
    expect(firstOfTwoAsks('What are the 2029 trade and investment goals in numbers?', 'en')).toBeUndefined();
    expect(firstOfTwoAsks('When did it open and in which district is it?', 'en')).toBe('When did it open');
  });
  it('reads "in numbers" as asking figures, not as counting a thing', () => {
    expect(readQuestion('Give me the investment goals for 2029 in numbers', 'en')).toMatchObject({ figures: true, counted: undefined });
    expect(readQuestion('How many ships call at Xiasha?', 'en')).toMatchObject({ figures: false, counted: 'ships' });
  });
  // The open platforms' passage lists zones, one a free trade zone: a list is no figure of trade.
  it('does not answer figures of trade with the list of Qiantang\'s platforms', async () => {
    expect(await answered('Какие цифры по торговле и инвестициям запланированы на 2029 год?', 'ru')).not.toBe('qiantang-open-platforms');
  });
});

// The article gives the drive to Xiaoshan airport and eight hours by rail to "major economic hubs", no distance to a city.
describe('a distance to a place the article does not name is declined; to one it names, answered', () => {
  answersEach([
    ['en', 'How far is Qiantang from Guangzhou?'],
    ['ru', 'Как далеко от Цяньтана до Нанкина?'],
    ['pt', 'Qual é a distância entre Qiantang e Suzhou?'],
    ['id', 'Berapa jarak dari Qiantang ke Nanjing?'],
  ], null);
  answersEach([
    ['en', 'How far is the Center from Xiaoshan Airport?'],
    ['ru', 'Как далеко центр от аэропорта Сяошань?'],
    ['pt', 'Qual a distância do Centro até o aeroporto de Xiaoshan?'],
  ], 'location-airport');
});

// Only the airport's and the rail station's passages give a time or a distance: how long a practice's process takes is not said.
// (At the kind's weight of 2, questions naming the warehouse by several more words, as the Indonesian "Berapa lama proses
// pengembalian barang lewat gudang retur impor itu?", are still answered: docs/quality.md, ninth session.)
describe('"how long does it take" of a practice is declined; of a journey, answered', () => {
  answersEach([
    ['en', 'How long does it take to get a refund processed through the import-return warehouse?'],
    ['pt', 'Quanto tempo leva o processo de retorno no armazém de e-commerce transfronteiriço?'],
  ], null);
  answersEach([
    ['en', 'How long is the train ride from the Qiantang high-speed rail station to the major economic hubs?'],
    ['pt', 'Quanto tempo de trem da estação de alta velocidade de Qiantang até os grandes centros econômicos?'],
  ], 'high-speed-rail');
});

// The 2027 plan speaks of "a specialised international operations entity" and names none.
describe('the name of the 2027 entity is declined: the article gives none', () => {
  answersEach([
    ['ru', 'Как будет называться операционная структура, которую создадут к 2027 году?'],
    ['ar', 'ما اسم الهيئة الدولية للعمليات التي ستنشأ في 2027؟'],
    ['fa', 'اسم شرکت بین‌المللی که قراره تا ۲۰۲۷ راه بیفته چیه؟'],
  ], null);
  it('reads "как будет называться" as asking a name, and a clause opening with "которую" as no question alone', () => {
    expect([...readQuestion('Как будет называться эта структура?', 'ru').types]).toContain('name');
    expect(qualifies('которую создадут к 2027 году?', 'ru')).toBe(true);
    expect(qualifies('когда его создадут?', 'ru')).toBe(false);
  });
});

// "Why is it different?" asks what sets Qiantang apart, which its open platforms' passage says ("one of the few").
describe('"why is Qiantang different / special" asks what sets it apart, not a reason', () => {
  it.each([
    ['en', 'Why is Qiantang so different from other districts?'],
    ['hi', 'बाकी ज़िलों से Qiantang अलग क्यों है?'],
    ['hi', 'Qiantang को खास क्यों कहा जाता है?'],
  ] as [LanguageCode, string][])('in %s: %s', (language, question) => {
    const { types } = readQuestion(question, language);
    expect([types.has('distinction'), types.has('reason')]).toEqual([true, false]);
  });
  answersEach([['hi', 'चीन के दूसरे इलाकों से Qiantang अलग क्यों है? आर्टिकल उसे खास क्यों कहता है?']], 'qiantang-open-platforms');
});

// Which companies use the warehouse, a sailing timetable: named with their passage's words, still not in the article.
describe('a list or a timetable of what a passage names is declined', () => {
  answersEach([
    ['zh', '临江港去宁波舟山港的船期表有吗'],
    ['en', 'Which exact goods count as special inbound items?'],
    ['id', "Barang apa saja persisnya yang dihitung sebagai 'special inbound items'?"],
  ], null);
});

// The 2027 plan "creates" a mechanism (создать, criar): "when was the Center created?" asks a past event's date.
describe('"when was it created?" asks the date of the opening, not the plan that will create a mechanism', () => {
  answersEach([
    ['ru', 'Когда был создан центр?'],
    ['pt', 'Quando o centro foi criado?'],
    ['en', 'When was the Center created?'],
  ], 'center-opening');
  it('reads "when" with an auxiliary of the past as asking a date', () => {
    expect([...readQuestion('Когда был создан центр?', 'ru').types]).toContain('date');
    expect([...readQuestion('Когда будет создан механизм?', 'ru').types]).not.toContain('date');
  });
});

// "Open" is also the opening's word (открыт, aberto): "is it open today?" asks its hours, "when was it opened?" its date.
describe('"is the Center open (today)?" asks for opening hours, which the article does not give', () => {
  answersEach([
    ['en', 'Is the centre open?'],
    ['ru', 'Центр сейчас открыт?'],
    ['pt', 'O centro está aberto hoje?'],
    ['af', 'Is die sentrum vandag oop?'],
  ], null);
  answersEach([
    ['en', 'When was the centre opened?'],
    ['ru', 'Когда был открыт центр?'],
    ['pt', 'Quando o centro foi aberto?'],
  ], 'center-opening');
});

// "In March" met the opening's date (21 March): the weather is a kind no passage answers.
describe('the weather is not in the article, even in March', () => {
  answersEach([
    ['ru', 'Какая погода в Ханчжоу в марте?'],
    ['ar', 'كيف يكون الطقس في هانغتشو في مارس؟'],
    ['af', 'Hoe is die weer in Hangzhou in Maart?'],
  ], null);
});

describe('"What is the Center?" is answered by the opening, which names it', () => {
  answersEach([
    ['en', 'What is the Center?'],
    ['zh', '这个中心是什么？'],
    ['ru', 'Что это за центр?'],
    ['pt', 'O que é o centro?'],
    ['hi', 'यह केंद्र क्या है?'],
    ['ar', 'ما هو المركز؟'],
    ['fa', 'این مرکز چیه؟'],
    ['id', 'Apa itu pusat ini?'],
    ['am', 'ማዕከሉ ምንድን ነው?'],
    ['zu', 'Yini lesi sikhungo?'],
    ['af', 'Wat is die Sentrum?'],
  ], 'center-opening');

  // "What is" of anything a defining passage's title does not name is only the question's frame.
  answersEach([
    ['en', 'What is BRICS?'],
    ['en', 'What is the capital of Brazil?'],
  ], null, 'in %s, not a definition the article gives: %s');
});

describe('questions as people paste and write them', () => {
  it('reads a question copied from a numbered list or a quote', async () => {
    expect(stripPastedMarks('6. Where exactly is the Center?')).toBe('Where exactly is the Center?');
    expect(stripPastedMarks('> "What is planned for 2029?"')).toBe('What is planned for 2029?');
    expect(stripPastedMarks('(2) 2027 plans')).toBe('2027 plans');
    // Numbering in the digits of the asker's script: Persian ۳, Devanagari ३, Arabic-Indic ٣.
    expect(stripPastedMarks('۳. طبق خبر، مرکز کجاست؟')).toBe('طبق خبر، مرکز کجاست؟');
    expect(stripPastedMarks('३) केंद्र कहाँ है?')).toBe('केंद्र कहाँ है?');
    expect(stripPastedMarks('٣) أين يقع المركز؟')).toBe('أين يقع المركز؟');
    expect(stripPastedMarks('۳.۵ میلیون تن')).toBe('۳.۵ میلیون تن');
    expect(await answered('6. Where exactly is the Center?', 'en')).toBe('location-airport');
    expect(await answered('> **What is planned for 2029?**', 'en')).toBe('plans-2029');
  });

  // A mention typed before the question (web chat, Telegram) had weighed as words: "BRICS" drew other passages and
  // the location sank under the bar (0.35-0.49) or lost to the opening's passage.
  it('reads a question after a typed mention of the bot', async () => {
    expect(stripPastedMarks('@BRICS Partner Bot where is the Center?')).toBe('where is the Center?');
    expect(stripPastedMarks('@brics_partner_bot: 中心在哪里？')).toBe('中心在哪里？');
    // Without a closing "Bot", only the handle: the words after it are the question's.
    expect(stripPastedMarks('@Partner Where is it?')).toBe('Where is it?');
    expect(stripPastedMarks('@BRICS Bot')).toBe('');
    for (const [question, language] of [
      ['@BRICS Partner Bot where is the Center located', 'en'],
      ['@BRICS Bot 这个中心在什么地方', 'zh'],
      ['@BRICS Bot а где находится центр', 'ru'],
      ['@BRICS Bot ये केंद्र कहाँ स्थित है', 'hi'],
      ['@BRICS Bot المركز موجود فين', 'ar'],
    ] as const) expect(await answered(question, language)).toBe('location-airport');
  });

  it('keeps the question words apart from what the question is about', () => {
    const read = readQuestion('In which part of the city is it?', 'en');
    expect([...read.types]).toEqual(['region']);
    expect(read.topic).not.toMatch(/which|part/);
  });

  it('reads an Amharic question word with a preposition attached ("በስንት", by how many)', () => {
    expect([...readQuestion('ወጪው በስንት ፐርሰንት ቀነሰ?', 'am').types].sort()).toEqual(['percentage', 'quantity']);
    expect([...readQuestion('ከአየር ማረፊያው በስንት ደቂቃ ይደረሳል?', 'am').types]).toEqual(['distance']);
  });

  it('reads "how many hours / how far" with a prefix or as typed in chat as a distance, not an amount', () => {
    expect([...readQuestion('Uma uhamba ngesitimela kuthatha ngamahora amangaki?', 'zu').types]).toEqual(['distance']);
    expect([...readQuestion('Isikhumulo sezindiza sikude kangakanani?', 'zu').types]).toEqual(['distance']);
    expect([...readQuestion('Dari bandara brp menit ke pusatnya?', 'id').types]).toEqual(['distance']);
    expect([...readQuestion('تا فرودگاه چقد راهه؟', 'fa').types]).toEqual(['distance']);
  });

  it('reads a question word written with a hyphen (the word segmenter splits "e-mail")', async () => {
    expect([...readQuestion('What is your e-mail?', 'en').types]).toEqual(['contact']);
    expect([...readQuestion('Wat is julle e-pos?', 'af').types]).toEqual(['contact']);
    expect(await answered('What is the e-mail of the Center?', 'en')).toBeNull();
  });

  it('answers a question wrapped in a greeting', async () => {
    expect(await answered('Hi! Quick question - when exactly was the Center launched?', 'en')).toBe('center-opening');
  });

  it('drops the everyday words around a question that carry no topic (Indonesian "aja", "nggak", "gimana"; Afrikaans "goeiemiddag"; Hindi "कैसी", "इससे")', () => {
    expect(createTokenizer('id').terms('gimana aja nggak')).toEqual([]);
    expect(createTokenizer('af').terms('Goeiemiddag, goeiedag')).toEqual([]);
    expect(createTokenizer('hi').terms('कैसी इससे')).toEqual([]);
  });

  it('answers a question that comes after a sentence of context', async () => {
    expect(await answered('My company imports lab chemicals for research. Did Qiantang make that any simpler?', 'en')).toBe('joint-supervision');
  });

  // "Did it open on 21 March" asks about the opening, not opening hours; "open on Saturdays" still does.
  asksNone([['en', 'Did the Center open on 21 March?']], 'hours');
  answersEach([['en', 'Did the Center open on 21 March?']], 'center-opening');
  asksEach([['en', 'Is it open on Saturdays?']], 'hours');

  // In Chinese a kind no passage answers is weighed against names counted four times ("which leaders attended").
  answersEach([['zh', '揭牌仪式有哪些领导出席？']], null);

  it.each([
    ['af', 'Wat is die maatskappybelastingkoers?', 'price'],
    ['zu', 'Lithini izinga lentela?', 'price'],
    ['zu', 'Iyiphi inombolo yabo yocingo?', 'contact'],
    ['ru', 'Какие налоговые льготы есть?', 'price'],
  ] as [LanguageCode, string, string][])('in %s, reads a tax or a phone inside a longer word: %s', (language, question, kind) => {
    expect([...readQuestion(question, language).types]).toEqual([kind]);
  });

  // A visa is paperwork (`documents`); a port's depth a measure no passage gives (`dimension`);
  // parking, a hotel, a direct flight are `facilities`. Each is read, and the question declined.
  const visas: [LanguageCode, string][] = [
    ['en', 'How do I get a business visa for China?'],
    ['fa', 'چطور ویزای کاری چین بگیرم؟'],
    ['ar', 'هل أحتاج تأشيرة لزيارة المركز؟'],
    ['ru', 'Нужна ли виза, чтобы посетить центр?'],
  ];
  const depths: [LanguageCode, string][] = [
    ['en', 'What is the depth of the berths at Linjiang Port?'],
    ['ru', 'Какая глубина фарватера у порта Линьцзян?'],
    ['af', 'Hoe diep is die water by Linjiang-hawe?'],
  ];
  const facilities: [LanguageCode, string][] = [
    ['en', 'Is there a car park at the Center for our bus?'],
    ['en', 'Can you recommend a hotel close to the airport?'],
    ['zh', '中心附近有酒店吗？'],
    ['pt', 'Tem estacionamento no centro?'],
    ['am', 'ማዕከሉ አካባቢ ሆቴል አለ?'],
    ['af', 'Is daar parkering by die sentrum?'],
    ['en', 'Is there a direct flight from Nairobi to Hangzhou?'],
    ['fa', 'از مشهد به هانگژو پرواز مستقیم هست؟'],
  ];
  asksEach(visas, 'documents');
  asksEach(depths, 'dimension');
  asksEach(facilities, 'facilities');
  answersEach([...visas, ...depths, ...facilities], null, 'in %s, declines what no passage gives: %s');

  it('reads "the next few years" as the plans, not as "how many years"', () => {
    expect([...readQuestion('چند سال آینده مرکز چه می‌کند؟', 'fa').types]).toEqual(['plan']);
    expect([...readQuestion('接下来几年中心做什么？', 'zh').types]).toEqual(['plan']);
    expect([...readQuestion('What happens in the next few years?', 'en').types]).toEqual(['plan']);
    expect([...readQuestion('چند سال طول می‌کشد؟', 'fa').types]).toEqual(['quantity']);
  });

  // Everyday words the knowledge lacks ("give", "line") weigh a quarter, as those it has do.
  answersEach([
    ['en', 'Hello, I am a reporter from Durban, on deadline. Could you give me the significance of the Center in a couple of lines for my story?'],
    ['ru', 'Добрый день. Пишу отчёт для нашего руководства — почему открытие центра считается таким важным для Цяньтана?'],
  ], 'center-significance');

  it('reads the article named beside another question as where the asker read it, not as a question about the article', () => {
    expect(readQuestion("In the article, what does 'import-return warehouse' mean?", 'en').types.has('source')).toBe(false);
    expect(readQuestion('Why does the article call Qiantang a hub?', 'en').types.has('source')).toBe(false);
    expect([...readQuestion('Who is behind this article?', 'en').types]).toEqual(['source']);
    expect([...readQuestion('The article?', 'en').types]).toEqual(['source']);
    expect([...readQuestion('Who wrote it?', 'en').types]).toEqual(['source']);
    // Hindi "लिखा है" (it is written) quotes the article; "किसने लिखा" (who wrote) asks its author.
    expect(readQuestion('आर्टिकल में import-return warehouse लिखा है, इसका मतलब क्या है?', 'hi').types.has('source')).toBe(false);
    expect([...readQuestion('यह आर्टिकल किसने लिखा?', 'hi').types]).toEqual(['source']);
  });

  // Egyptian "X عبارة عن ايه" (what does X consist of) asks what X is; "يا ريت تقولي" (I wish you'd tell me), "my
  // manager", "from me", "about it" are chatter around it (0.06 before).
  answersEach([['ar', 'يا ريت تقولي المركز ده عبارة عن ايه؟ مديري طالب مني معلومات عنه']], 'center-opening');

  // isiZulu "ngonyaka bani" (in which year) asks a time; "siyini" (what is it, the isi- class's concord) a definition.
  answersEach([
    ['zu', 'Lesi sikhungo savulwa ngonyaka bani?'],
    ['zu', 'Siyini lesi sikhungo?'],
  ], 'center-opening');
  // isiZulu "sabhalwa ngubani" (by whom was it written), the past passive of -bhala: the article's author.
  answersEach([['zu', 'Le ndatshana yabhalwa ngubani?']], 'center-opening');
  // Hindi "रेट" (rate) asks a price, which the article gives of nothing.
  asksEach([['hi', 'Xiasha पोर्ट पर स्टोरेज का रेट क्या है?']], 'price');
  answersEach([['hi', 'Xiasha पोर्ट पर स्टोरेज का रेट क्या है?']], null);

  // Two asks joined by "and", each with its question word: the first is read alone too, not held back by the second's
  // kind, which another passage answers ("When did it open and where is it?" 0.51-0.54 before).
  answersEach([
    ['en', 'When did it open and where is it?'],
    ['hi', 'सेंटर कब खुला और किस इलाके में है?'],
  ], 'center-opening');
  // isiZulu "sivala nini" (when does it close) asks opening hours, which the article does not give.
  answersEach([['zu', 'Isikhungo sivula ngasiphi isikhathi futhi sivala nini?']], null);

  // Indonesian "Centernya" is the knowledge's "pusat", and "buka tahun berapa" (opened in which year) a time, not
  // opening hours; Persian "فاصلش" (its distance, as typed) a distance.
  answersEach([['id', 'Centernya buka tahun berapa sih?']], 'center-opening');
  asksNone([['id', 'Centernya buka tahun berapa sih?']], 'hours');
  asksEach([['fa', 'فاصلش تا فرودگاه چقدره؟']], 'distance');

  // A sentence beginning with "and" goes on from the one before: "وكم تستغرق؟" (and how long does it take?) after a
  // visa question is not a question about the drive (0.71 read alone).
  answersEach([['ar', 'هل أحتاج تأشيرة لزيارة المركز؟ وكم تستغرق؟']], null);

  // "Which zones (are there in Qiantang)?" asks for the list of zones, which the open platforms' passage gives: "special
  // zones" drew the SEZ Center's opening (0.62), and "zones" alone is in four passages.
  answersEach([
    ['en', 'What special zones are there in Qiantang?'],
    ['ru', 'Какие зоны есть в Цяньтане?'],
    ['pt', 'Quais zonas especiais existem em Qiantang?'],
    ['zh', '钱塘有哪些区？'],
    ['hi', 'Qiantang में कौन से ज़ोन हैं?'],
    ['ar', 'ما هي المناطق الموجودة في Qiantang؟'],
    ['fa', 'چیانتانگ چه مناطقی داره؟'],
    ['id', 'Di Qiantang ada zona apa saja?'],
    ['am', 'ቺያንታንግ ውስጥ የትኞቹ ዞኖች አሉ?'],
    ['af', 'Watter sones het Qiantang?'],
  ], 'qiantang-open-platforms');
  answersEach([['en', 'Which zones will Qiantang share its practices with?']], 'sharing-practices');

  // "Which is bigger, Xiasha or Linjiang?" asks a comparison the article cannot make (it gives Xiasha's throughput
  // only): the clause "Xiasha or Linjiang?" read alone had lost the question and answered it (1.00). Naming the
  // ports as ports had tipped some over the threshold at twice a kind's weight (0.56-0.61); it weighs three times.
  const comparisons: [LanguageCode, string][] = [
    ['en', 'Which is bigger, Linjiang or Xiasha?'],
    ['en', 'Is Linjiang bigger than Xiasha?'],
    ['ru', 'Что больше, Линьцзян или Сяша?'],
    ['pt', 'Linjiang é maior que Xiasha?'],
    ['af', 'Is Linjiang groter as Xiasha?'],
    ['ar', 'أيهما أكبر، Linjiang أم Xiasha؟'],
    ['en', 'Which port is busier, Xiasha Port or Linjiang Port?'],
    ['fa', 'بندر Linjiang بزرگتره یا بندر Xiasha؟'],
    ['id', 'Pelabuhan mana yang lebih besar, Linjiang atau Xiasha?'],
  ];
  asksEach(comparisons, 'comparison');
  answersEach(comparisons, null, 'in %s, declines a comparison the article cannot make: %s');
  // "Which of the two" compares nothing by itself: "which is the seaport, Linjiang or Xiasha?" is answered.
  asksNone([
    ['ar', 'أيهما الميناء البحري الوحيد، Xiasha أم Linjiang؟'],
    ['id', 'Mana yang lebih dekat ke laut, Xiasha atau Linjiang?'],
  ], 'comparison');

  // "Tell me about the Center" asks what it is, in every language (only English and Chinese had the cue): Hindi
  // "के बारे में बताइए" drew the return warehouse (0.50), Persian "معرفی کن" the joint supervision's reagents.
  answersEach([
    ['en', 'Tell me about the Center'],
    ['zh', '介绍一下这个中心'],
    ['ru', 'Расскажите о центре'],
    ['pt', 'Me fale sobre o centro'],
    ['hi', 'केंद्र के बारे में बताइए'],
    ['ar', 'حدثني عن المركز'],
    ['fa', 'مرکز رو معرفی کن'],
    ['id', 'Ceritakan tentang pusat ini'],
    ['am', 'ስለ ማዕከሉ ንገረኝ'],
    ['zu', 'Ngitshele ngesikhungo'],
    ['af', 'Vertel my van die sentrum'],
  ], 'center-opening');

  // "According to the article" says where the asker read it: the article named in it is not asked about. "Who runs
  // the Center?" so framed was answered by the opening's passage as the article's source (0.92 in English).
  asksNone([
    ['en', 'According to the article, who runs the Center?'],
    ['ar', 'حسب الخبر، Qiantang هتبقى مركز لإيه؟'],
    ['hi', 'आर्टिकल के हिसाब से Qiantang किस चीज़ का hub बनेगा?'],
    ['af', 'Volgens die artikel, wie bestuur die sentrum?'],
    ['id', 'Menurut artikel, siapa yang memimpin pusat itu?'],
    ['zh', '据报道，谁负责这个中心？'],
  ], 'source');
  answersEach([
    ['en', 'According to the article, who runs the Center?'],
    ['af', 'Volgens die artikel, wie bestuur die sentrum?'],
    ['id', 'Menurut artikel, siapa yang memimpin pusat itu?'],
  ], null, 'in %s, the article names no one: %s');

  // A follow-on sentence keeps the subject the message named before it: alone, "它对企业有什么好处？" (what good is it
  // for companies) fits the joint supervision's passage (0.97).
  answersEach([['zh', '我想了解“跨境电商进口退货仓”。它对企业有什么好处？']], 'import-return-warehouse');

  it('declines what the article does not say, even when a word of it matches ("opening", "eight-hour")', async () => {
    expect(await answered('What are the opening hours of the Center?', 'en')).toBeNull();
    expect(await answered('What is the phone number of the Center?', 'en')).toBeNull();
  });

  it.each([
    ['en', 'Is there going to be an operating organisation overseas? For when?'],
    ['pt', 'Vão criar uma organização internacional de operações? Quando?'],
    ['af', "Sal daar 'n internasionale bedryfsorganisasie kom? Wanneer?"],
  ] as [LanguageCode, string][])('in %s, reads a follow-up "when?" with the sentence before it: %s', async (language, question) => {
    // Read alone, "When?" has no word: its kind ties every dated passage, and the first of them (the opening) won.
    const [best] = await index.search(question, language);
    expect(best?.passage.id).toBe('plans-2027');
  });

  it('does not answer "how can we cooperate" with the opening', async () => {
    expect(await answered('How can we cooperate with the Center?', 'en')).not.toBe('center-opening');
  });
});

describe('a question naming one port does not get what only the other port\'s passage says', () => {
  // Only Xiasha's passage gives a throughput; asked of Linjiang, every other word of the question matched Xiasha's.
  answersEach([
    ['en', 'Annual cargo throughput at Linjiang Port?'],
    ['ru', 'Какой годовой грузооборот у порта Линьцзян?'],
  ], null, 'in %s: %s is declined');

  answersEach([
    ['en', 'Annual cargo throughput at Xiasha Port?'],
    ['ru', 'Какой годовой грузооборот у порта Сяша?'],
  ], 'xiasha-port', 'in %s: %s is answered');

  // Named in a clause of its own, the other port is context: Xiasha's passage does not answer what is asked of Linjiang.
  answersEach([
    ['ru', 'С Сяша всё ясно, а сколько тонн в год обрабатывает порт Линьцзян?'],
    ['pt', 'Já vi o dado de Xiasha, mas quantas toneladas passam por ano pelo porto de Linjiang?'],
  ], null, 'in %s: %s is declined');
  // "Linjiang" counts five times in the coverage of a passage lacking it: the tons asked are not Xiasha's.
  answersEach([
    ['fa', 'بندر Linjiang هر سال چند تن کالا جابه‌جا میکنه؟'],
    ['am', 'ሊንጂያንግ ወደብ በዓመት ምን ያህል ቶን ጭነት ያስተናግዳል?'],
  ], null, 'in %s: %s is declined');
});

describe('"who wrote it, where was it published" asks for the source, not a person or a place', () => {
  it.each([
    ['en', 'Who wrote this article and where was it published?'],
    ['ru', 'Кто автор статьи и где она опубликована?'],
    ['fa', 'این خبر را چه کسی نوشته و کجا منتشر شده؟'],
    ['id', 'Siapa penulis artikel ini dan di mana diterbitkan?'],
  ] as [LanguageCode, string][])('in %s: %s', (language, question) => {
    expect([...readQuestion(question, language).types]).toEqual(['source']);
  });

  // "dimuat" (published) stemmed as "muatan" (cargo, Xiasha's); "الخبر" (the news item) as "خبرات" (experience).
  answersEach([
    ['id', 'Artikel ini dimuat di media apa?'],
    ['fa', 'این خبر کجا چاپ شده؟'],
    ['ar', 'في أي جريدة اتنشر الخبر؟'],
  ], 'center-opening');

  // Read as a person (which no passage gives) and a place (the Center's), it reached 0.50 after a sentence of context.
  answersEach([['fa', 'برای گزارش داخلی‌مان باید منبع بدهیم؛ این خبر را چه کسی نوشته و کجا منتشر شده؟']], 'center-opening');
});

describe('Afrikaans: "hoe lyk" (what does it look like) and compound plans ("toekomsplanne")', () => {
  // "lyk" is a word of a 2029 knowledge question ("Hoe lyk die samewerking teen 2029?"): as a rare word it gave
  // the 2029 plans full confidence for a follow-up sentence about the 2027 ones.
  answersEach([['af', 'Gaan die provinsie sy nasionale, provinsiale en munisipale vlakke koördineer? Hoe lyk die plan?']], 'plans-2027');

  it('reads a compound ending in "plan(ne)" as asking for plans', () => {
    expect([...readQuestion('Wat is die sentrum se toekomsplanne?', 'af').types]).toEqual(['plan']);
    expect([...readQuestion('Het hulle n sakeplan?', 'af').types]).toEqual(['plan']);
  });
});

describe('Egyptian Arabic as typed: "ده" (this), "بالظبط" (exactly, as spoken)', () => {
  answersEach([['ar', 'المركز ده فين بالظبط؟']], 'location-airport');
});

describe('a word of emphasis inside a question word does not break it', () => {
  it('reads "в какой именно части" (in which part exactly) as asking for the area', async () => {
    expect([...readQuestion('В какой именно части Цяньтана расположен центр?', 'ru').types]).toEqual(['region']);
    expect(await answered('В какой именно части Цяньтана расположен центр?', 'ru')).toBe('location-airport');
  });

  it('still reads a question word holding such a word ("que dia", "bom dia" being a greeting)', () => {
    expect([...readQuestion('Bom dia! Em que dia foi a inauguração?', 'pt').types].sort()).toEqual(['date', 'time']);
  });
});

describe('isiZulu "in which year / day" with any concord (ngowuphi, kowuphi, ngamuphi unyaka)', () => {
  answersEach([
    ['zu', 'Isikhungo savulwa kowuphi unyaka?'],
    ['zu', 'Ngowuphi usuku lapho kwavulwa khona isikhungo?'],
  ], 'center-opening');
});

describe('a question naming one plan\'s year is not given the other plan', () => {
  // "目标" and "doelwitte" (goals) are words of the 2029 plans' title: before the year counted as its passage's
  // subject, the 2029 plans were the answer (0.78) to a question about 2027, or tied with the 2027 plans.
  // Seventeenth session: "目标有哪些" (what goals) now asks the plan, and the question is answered with the 2027 plan
  // itself (it had been declined: neither plan answered).
  it('does not answer a question about 2027 with the 2029 plans', async () => {
    expect(await answered('2027年计划实现的目标有哪些？', 'zh')).toBe('plans-2027');
  });

  it.each([
    ['pt', 'Quais são as metas de 2027?'],
    ['af', 'Wat is die doelwitte van 2027?'],
  ] as [LanguageCode, string][])('ranks the 2027 plans above the 2029 plans, in %s: %s', async (language, question) => {
    const [best, second] = await index.search(question, language, 2);
    expect(best?.passage.id).toBe('plans-2027');
    expect(best!.confidence).toBeGreaterThan(second?.confidence ?? 0);
  });

  it('still gives both plans to a question naming both years', async () => {
    const hits = await index.search('What are the plans for 2027 and 2029?', 'en', 2);
    expect(hits.map((hit) => hit.passage.id).sort()).toEqual(['plans-2027', 'plans-2029']);
    expect(hits.every((hit) => hit.confidence >= ANSWER_THRESHOLD)).toBe(true);
  });
});

describe('Hindi with English words in Devanagari, as Indians write', () => {
  it.each([
    ['सेंटर का ग्लोबल ट्रेड में क्या रोल है?', 'center-significance'],
    ['क्या रिसर्च मटेरियल इंपोर्ट करना आसान हुआ?', 'joint-supervision'],
    // "बनने" (coming to be) is a light verb: as a word it met the gateway passage's "बनाता" (makes) and won at 0.77
    ['इस केंद्र के बनने का क्या महत्व है?', 'center-significance'],
  ])('%s', async (question, passage) => {
    expect(await answered(question, 'hi')).toBe(passage);
  });
});

describe('English words in a question in another Latin-script language', () => {
  // Unknown to the language's own index, they were words the knowledge lacks; English's index has them.
  it.each([
    ['af', 'Watter seaport het Hangzhou?', 'linjiang-port'],
    ['pt', 'Como funciona o return warehouse?', 'import-return-warehouse'],
  ] as [LanguageCode, string, string][])('in %s: %s', async (language, question, passage) => {
    expect(await answered(question, language)).toBe(passage);
  });

  it('leaves short words to their own language: Portuguese "mar" (the sea) is not the English opening\'s "Mar 21"', async () => {
    const [best] = await index.search('Qual porto liga Hangzhou ao mar?', 'pt');
    expect(best?.passage.id).not.toBe('center-opening');
  });
});

describe('a question asking two kinds at once is answered by a passage answering one of them', () => {
  it('fa: "how much is the distance" asks a distance and an amount; the airport passage gives the distance', async () => {
    expect(await answered('فاصله مرکز تا فرودگاه چقدر است؟', 'fa')).toBe('location-airport');
  });
});

describe('isiZulu "in which city" with the locative and relative forms', () => {
  it.each(['Isikhungo sisedolobheni eliphi?', 'Lesi sikhungo sisedolobheni elithini?'])('%s', async (question) => {
    expect(await answered(question, 'zu')).toBe('center-opening');
  });
});

describe('Portuguese "como fica …?" asks how something works', () => {
  it('reads it as a method, not as a place ("fica" is also where something lies)', () => {
    expect([...readQuestion('Como fica a importação de material de pesquisa?', 'pt').types]).toEqual(['method']);
  });
});

describe('a percentage, which the article never gives, is a kind of its own', () => {
  asksEach([
    ['en', 'By what percentage are costs cut?'],
    ['zh', '成本降低了百分之几？'],
    ['ru', 'На сколько процентов снижаются расходы?'],
    ['pt', 'Qual a porcentagem de redução?'],
    ['hi', 'लागत कितने प्रतिशत कम होती है?'],
    ['ar', 'كم بالمئه تنخفض التكاليف؟'],
    ['fa', 'هزینه‌ها چند درصد کم می‌شود؟'],
    ['id', 'Turun berapa persen?'],
    ['am', 'ወጪው በስንት ፐርሰንት ይቀንሳል?'],
    ['zu', 'Izindleko zehla ngamaphesenti amangaki?'],
    ['af', 'Met hoeveel persent daal die koste?'],
  ], 'percentage');

  // The warehouse's passage holds every other word ("cuts costs"): answered at 0.57 while "percent" read as nothing.
  answersEach([['pt', 'Em quantos por cento o armazém de retorno reduz os custos?']], null);
});

describe('an amount asked of what the article gives no amount for is declined', () => {
  // Xiasha's throughput is the only amount in the article: matched by "how many" alone, it answered at 0.57.
  answersEach([
    ['en', 'How many staff does the Center have?'],
    ['af', 'Hoeveel personeel het die sentrum?'],
    // the operations entity's passage holds "工作" (work) but gives no number: it answered at 0.57
    ['zh', '中心有多少名工作人员？'],
  ], null);
});

describe('"what is it called" is answered by the passage naming it', () => {
  it.each([
    ['en', "What's the name of the seaport?", 'linjiang-port'],
    ['ru', 'Как называется морской порт Ханчжоу?', 'linjiang-port'],
    ['af', 'Wat is die naam van die seehawe?', 'linjiang-port'],
    ['pt', 'Qual é o nome do porto fluvial?', 'xiasha-port'],
  ] as [LanguageCode, string, string][])('in %s: %s', async (language, question, passage) => {
    // Only the opening answered a name (the Center's), and it won or tied.
    expect(await answered(question, language)).toBe(passage);
  });
});

describe('"how many kinds of …" asks for the kinds, not an amount', () => {
  // Read as "how many", it went to the only passage stating an amount (Xiasha's cargo).
  answersEach([
    ['en', 'How many types of zones are in Qiantang?'],
    ['ru', 'Сколько видов зон в Цяньтане?'],
    ['pt', 'Quantos tipos de zonas tem Qiantang?'],
    ['hi', 'कियानतांग में कितने प्रकार के ज़ोन हैं?'],
    ['id', 'Ada berapa jenis zona di Qiantang?'],
  ], 'qiantang-open-platforms');
});

describe('"what sets Qiantang apart" is answered by the passage saying it stands out', () => {
  // The words of such a question are everyday ones ("different", "other", "places"): without the kind it went to
  // the opening or the significance, or only to "did you mean".
  answersEach([
    ['en', 'What sets Qiantang apart from other districts?'],
    ['ru', 'Чем Цяньтан отличается от других районов Китая?'],
    ['pt', 'O que Qiantang tem de especial?'],
    ['id', 'Apa keunikan Qiantang?'],
    ['af', 'Wat maak Qiantang anders as ander streke?'],
    ['zu', 'Yini eyenza iQiantang ihluke kwezinye izindawo?'],
    ['am', 'ቺያንታንግን ከሌሎች አካባቢዎች የሚለየው ምንድን ነው?'],
    ['hi', 'Qiantang की खासियत क्या है?'],
    ['ar', 'بماذا تتميز تشيانتانغ؟'],
    ['fa', 'چیانتانگ چه فرقی با مناطق دیگر دارد؟'],
  ], 'qiantang-open-platforms');
});

describe('everyday words around a question do not decide it', () => {
  // "work", "good", "big", "products" are words of some passage too; at a rare word's weight they sank the answer
  // below the threshold, or gave it to the passage holding them (the 2027 plans "work" towards an entity).
  it.each([
    ['en', 'We are a big exporter of coffee. Is there a good way for our products to enter China through Qiantang?', 'gateway-hub'],
    ['pt', 'Trabalhamos com importação. Quando o centro foi aberto?', 'center-opening'],
  ] as [LanguageCode, string, string][])('in %s: %s', async (language, question, passage) => {
    expect(await answered(question, language)).toBe(passage);
  });
});

describe('a question spanning one topic is answered with each of its passages', () => {
  it.each([
    ['en', 'What is planned?'],
    ['ru', 'Что планируется?'],
    ['af', 'Wat word beplan?'],
  ] as [LanguageCode, string][])('in %s: %s gets 2027 and 2029', async (language, question) => {
    const hits = await index.search(question, language);
    expect(hits.slice(0, 2).map((hit) => hit.passage.id).sort()).toEqual(['plans-2027', 'plans-2029']);
  });

  // "Tell me about the ports": one word, held by the two ports' passages and no other. Weighing as a word of two
  // passages, it had been too little evidence for either (0.42-0.55); it is as sure a sign of each as the rarest word.
  it.each([
    ['en', 'What about the ports?'],
    ['ru', 'А что с портами?'],
    ['pt', 'E os portos?'],
    ['zu', 'Ngicela ukwazi ngamachweba'],
    // Afrikaans: a short noun in -e takes -ns ("hawe", "hawens"), read as the noun.
    ['af', 'Vertel my meer oor die hawens.'],
  ] as [LanguageCode, string][])('in %s: %s gets both ports', async (language, question) => {
    const hits = await index.search(question, language);
    expect(hits.slice(0, 2).map((hit) => hit.passage.id).sort()).toEqual(['linjiang-port', 'xiasha-port']);
    expect(hits[1]!.confidence).toBeGreaterThanOrEqual(ANSWER_THRESHOLD);
  });

  it('shows both plans, each under its title, with the citation', async () => {
    const [reply] = await exchange(conversationWith(bot, { channelId: 'webchat', from: { id: 'plans', name: 'plans' } }), 'What is planned?');
    const text = shownText(reply);
    expect(text).toContain('By 2027');
    expect(text).toContain('By 2029');
    expect(text).toContain('Jin Yingying');
  });
});

// "It opened in 2024, right?" asks no kind by its words; the year it checks makes it a question about a time.
// Without that, "opened" alone was too little evidence and the opening's passage came at 0.32-0.44.
describe('a question naming a year and asking no kind asks about a time', () => {
  asksEach([
    ['en', 'My manager says the Center was inaugurated in 2024 - correct?'],
    ['zh', '听说中心2024年就揭牌了，是真的吗？'],
    ['ru', 'Говорят, центр торжественно открыли в 2024-м. Правда?'],
    ['pt', 'O centro foi inaugurado em 2024, não foi?'],
    ['hi', 'केंद्र का उद्घाटन 2024 में हुआ था न?'],
    ['af', 'Die sentrum is mos in 2024 ingehuldig, nè?'],
  ], 'time');
  asksNone([['en', 'How many tons did Xiasha handle in 2024?']], 'time');
  // "What" alone asks nothing besides: with a year, it asks about that time ("what will there be by 2029?").
  asksEach([
    ['en', 'So what is 2029 about?'],
    ['ru', 'А что будет к 2029 году?'],
    ['pt', 'O que é 2029 para o centro?'],
  ], 'time');
  answersEach([
    ['en', 'My manager says the Center was inaugurated in 2024 - correct?'],
    ['ru', 'Говорят, центр торжественно открыли в 2024-м. Правда?'],
    ['pt', 'O centro foi inaugurado em 2024, não foi?'],
    ['hi', 'केंद्र का उद्घाटन 2024 में हुआ था न?'],
  ], 'center-opening');
});

// In Arabic, Persian or Hindi the port's name is often typed in Latin letters inside the sentence: it names
// Linjiang's passage as its own script's name does, so Xiasha's throughput does not answer for Linjiang.
describe("a place named in Latin letters inside another script names its passage's subject", () => {
  answersEach([
    ['ar', 'ما الحجم السنوي للبضائع في ميناء Linjiang؟'],
    ['fa', 'ظرفیت سالانه بندر Linjiang چند تن است؟'],
    ['hi', 'Linjiang बंदरगाह हर साल कितने टन माल संभालता है?'],
  ], null);
  answersEach([
    ['ar', 'كم طنا من البضائع يمر عبر ميناء Xiasha كل عام؟'],
    ['hi', 'Xiasha बंदरगाह हर साल कितने टन माल संभालता है?'],
  ], 'xiasha-port');
});

// A budget is an amount of money, as a price is, and the article gives none: "the budget of the 2029 plans" is
// not answered by the plans' passage for its year and its "plans".
describe('a budget is asked as a price', () => {
  asksEach([
    ['en', "What's the budget behind the 2027 mechanism?"],
    ['zh', '2027年的机制有多少预算？'],
    ['ru', 'Какой у программы бюджет?'],
    ['pt', 'Qual é o orçamento do plano para 2029?'],
    ['fa', 'بودجه این طرح چقدره؟'],
    ['id', 'Berapa anggaran untuk rencana 2029?'],
    ['af', 'Hoe groot is die begroting vir 2027?'],
  ], 'price');
  answersEach([['en', "What's the budget behind the 2027 mechanism?"]], null);
});

// Everyday words the knowledge's wording missed: Egyptian "اللي" (who, which) is a function word, not a word of
// the passage whose listed question happens to use it; Hindi speakers write "address" as एड्रेस.
describe('everyday forms of the question words', () => {
  answersEach([['ar', 'مين اللي كتب المقال ده؟']], 'center-opening');
  answersEach([['hi', 'सेंटर का एड्रेस बताइए?']], 'location-airport');
  asksEach([['hi', 'ऑफिस का एड्रेस?']], 'place');
});

// "Which documents are needed to use X?" asks for paperwork the article never lists: a kind no passage answers,
// so the passage naming X does not answer it for its other words.
describe('a question about documents asks for what no passage gives', () => {
  asksEach([
    ['en', 'What paperwork does the return warehouse need from us?'],
    ['zh', '用退货仓需要准备什么材料？'],
    ['ru', 'Какие документы нужны для совместного надзора?'],
    ['pt', 'Quais documentos a gente precisa pro armazém de devolução?'],
    ['ar', 'ما المستندات اللازمة للرقابة المشتركة؟'],
    ['fa', 'برای انبار مرجوعی چه مدارکی میخواد؟'],
    ['id', 'Apa saja persyaratan untuk gudang retur?'],
    ['af', 'Watter dokumente moet ons vir die gesamentlike toesig indien?'],
  ], 'documents');
  asksNone([['zh', '通过钱塘区进口科研材料方便吗？']], 'documents');
  answersEach([
    ['en', 'What documents do we need for the joint supervision?'],
    ['ru', 'Какие документы нужны для совместного надзора?'],
    ['fa', 'برای نظارت مشترک چه مدارکی لازمه؟'],
  ], null);
});

// Amharic "and …?" ("ከኤርፖርቱስ?", and from the airport?) is the enclitic -ስ on a definite ending: the word is
// the airport's, as "ከኤርፖርቱ" is.
describe('an Amharic follow-up with the enclitic -ስ', () => {
  it('reads the word without it', () => {
    const terms = tokenizerFor('am');
    expect(terms.terms('ከኤርፖርቱስ')).toEqual(terms.terms('ከኤርፖርቱ'));
    expect(terms.terms('ባቡሩስ')).toEqual(terms.terms('ባቡሩ'));
  });
  answersEach([['am', 'ወደ ኤርፖርቱስ?']], 'location-airport');
});

// The Chinese knowledge says 成立 of the opening and 设立 of why the Center matters: one word for establishing,
// so "what does its establishment mean" reaches the significance passage, and "when was it established" the opening.
describe('Chinese words for establishing something are one word', () => {
  answersEach([['zh', '中心的成立意味着什么？']], 'center-significance');
  answersEach([['zh', '中心什么时候成立的？']], 'center-opening');
});

// "Isn't" splits at its apostrophe into "isn" and "t": "isn" is no word of the question's topic, and as an
// unknown word it kept "near" from reading as a distance (every other word must be known).
describe('a negated English auxiliary is no topic word', () => {
  it('drops what is left of "isn\'t", "doesn\'t", "won\'t"', () => {
    const english = tokenizerFor('en');
    expect(english.terms("Isn't it open? Doesn't it? Won't they?")).toEqual(english.terms('open?'));
  });
});

// "The name of the area it is in" asks where, not a name: the Opening's passage gives the Center's name.
describe('"what is the area called where it is" asks the district', () => {
  asksEach([
    ['en', 'What is the name of the district where the Center is?'],
    ['ru', 'Как называется район, в котором находится центр?'],
    ['pt', 'Qual o nome do bairro onde fica o Centro?'],
    ['af', 'Wat is die naam van die gebied waar die sentrum is?'],
    ['id', 'Apa nama kawasan tempat pusat itu berada?'],
  ], 'region');
  answersEach([
    ['en', 'What is the name of the area the Center is located in?'],
    ['ru', 'Как называется район, где находится центр?'],
    ['pt', 'Qual é o nome da área onde o Centro fica?'],
  ], 'location-airport');
});

// The article names the area, not a street: a street address, a postcode, a house number ask what it does not say.
describe('a street address or a postcode is declined', () => {
  asksEach([
    ['en', 'Street address and postcode, please?'],
    ['zh', '中心的门牌号和邮编是多少？'],
    ['ru', 'Какой почтовый индекс у центра?'],
    ['af', 'Wat is die sentrum se straatadres?'],
    ['hi', 'केंद्र का पिन कोड क्या है?'],
  ], 'contact');
  answersEach([
    ['en', 'What is the street address of the Center, with the building number?'],
    ['zh', '中心的门牌号和邮编是多少？'],
    ['af', 'Wat is die sentrum se straatadres en poskode?'],
  ], null);
});

// "How important is it" asks why it matters; Hindi "कितना" (how much) before "अहम" (important) is no amount.
describe('"how important is it" asks why it matters', () => {
  asksEach([
    ['en', 'How significant is the Center for Qiantang?'],
    ['ru', 'Насколько важен этот центр для Цяньтана?'],
    ['hi', 'यह केंद्र Qiantang के लिए कितना अहम है?'],
    ['fa', 'این مرکز برای Qiantang چقدر مهمه؟'],
    ['id', 'Seberapa penting pusat ini bagi Qiantang?'],
  ], 'reason');
  asksNone([['hi', 'यह केंद्र Qiantang के लिए कितना अहम है?']], 'quantity');
  answersEach([['hi', 'यह केंद्र Qiantang के लिए कितना अहम है?']], 'center-significance');
});

// "…everyone mentions this Center. What is it?": the sentence asking names nothing, so it asks what the message
// names (the Center); the message's other words are context ("research" had drawn the joint supervision).
describe('"what is it?" after a sentence naming the Center asks what the Center is', () => {
  answersEach([
    ['en', 'My manager asked me to research this new Center in Hangzhou. What is it, exactly?'],
    ['pt', 'Todo mundo no escritório fala desse centro. O que ele é?'],
  ], 'center-opening');
});

// A span the question quotes names what it asks about ("what does 'gateway hub' mean?"): its words weigh more than
// the asking around them ("istilah", "artinya", "di laporan tadi").
describe('a quoted phrase names what the question is about', () => {
  answersEach([['id', 'Di laporan tadi ada istilah "gateway hub", itu artinya apa?']], 'gateway-hub');
  it('weighs the quoted words more than the same words unquoted', async () => {
    const [quoted] = await index.search('Di laporan tadi ada istilah "gateway hub", itu artinya apa?', 'id');
    const [plain] = await index.search('Di laporan tadi ada istilah gateway hub, itu artinya apa?', 'id');
    expect(quoted!.passage.id).toBe('gateway-hub');
    expect(quoted!.confidence).toBeGreaterThan(plain!.confidence);
  });
});

// Amharic "ስሙ ማን ይባላል?" (what is it called?) asks a name: "ይባላል" (is called) is no word of the topic.
describe('Amharic "ማን ይባላል" asks a name', () => {
  asksEach([['am', 'ማዕከሉ ያለበት አካባቢ ስሙ ማን ይባላል?']], 'name');
  it('leaves "ይባላል" out of the topic', () => {
    expect(readQuestion('ስሙ ማን ይባላል?', 'am').topic).not.toContain('ይባላል');
  });
});

// Afrikaans writes a compound as one word: "snelspoorstasie" is "snelspoor" (a synonym of the rail station's
// passage) and "stasie", which that passage holds together; read as its two parts, not as a variant of a compound.
describe('an Afrikaans compound the knowledge lacks, of two words one passage holds', () => {
  answersEach([['af', "Is daar 'n snelspoorstasie in Qiantang?"]], 'high-speed-rail');
});

// A message with no question mark may still ask in one of its sentences ("We would like to understand …. Many
// thanks."): each sentence is read alone too, and the context around it no longer dilutes the question.
describe('an indirect question, in a message without a question mark', () => {
  answersEach([
    ['en', 'Hello from the Coega IDZ team, we are drafting a board memo on BRICS partnerships. We would like to understand what position the Center gives Qiantang within the BRICS cooperation framework. Many thanks.'],
    ['zu', 'Sawubona, ngisebenza eDube TradePort futhi ngibhala umbiko wenkampani yethu. Ngicela ukwazi ukuthi lesi sikhungo sizoyibeka kuphi iQiantang ohlakeni lokubambisana lweBRICS.'],
  ], 'center-significance');
});

// Loanwords as people type them, read as the knowledge's word: isiZulu writes the English word with a noun prefix
// ("i-Center", the knowledge's "isikhungo"); Hindi "कस्टमर" (customer) stemmed to "कस्टम", the customs of the joint
// supervision's passage, and reads as "ग्राहक".
describe('loanwords read as the knowledge\'s word', () => {
  it.each([
    ['zu', 'i-Center', 'isikhungo'],
    ['hi', 'कस्टमर', 'ग्राहक'],
  ] as [LanguageCode, string, string][])('in %s, "%s" reads as "%s"', (language, loanword, word) => {
    const tokenizer = tokenizerFor(language);
    expect(tokenizer.terms(loanword)).toContain(tokenizer.terms(word)[0]);
  });
  it('keeps Hindi "कस्टमर" (customer) apart from "कस्टम" (customs)', () => {
    const hindi = tokenizerFor('hi');
    expect(hindi.terms('कस्टमर')).not.toEqual(hindi.terms('कस्टम'));
  });
});

// A message of many sentences is read in its first and last few (each reading is a search of its own): the
// question at its end is still found.
describe('a long message of many sentences', () => {
  answersEach([['en', `${'We are a logistics company. '.repeat(20)}Where is the Center?`]], 'location-airport');
});

// A port's depth, a building's floor area and a ship timetable: each names a passage's subject (the port, the
// warehouse) and asks what no passage gives. Xiasha's passage gives tons a year, not metres.
describe('a depth, a floor area or a sailing timetable is declined', () => {
  const dimensions: [LanguageCode, string][] = [
    ['en', 'How deep is the channel at Xiasha Port?'],
    ['zh', '下沙港水深多少？'],
    ['pt', 'Qual a profundidade do canal em Xiasha?'],
    ['ar', 'كم عمق ميناء شياشا؟'],
    ['fa', 'عمق بندر Xiasha چقدره؟'],
    ['id', 'Berapa kedalaman Pelabuhan Xiasha?'],
    ['am', 'የXiasha ወደብ ጥልቀት ምን ያህል ነው?'],
    ['zu', 'Ichweba laseXiasha lijule kangakanani?'],
    ['ru', 'Какая площадь у склада возвратов?'],
    ['af', 'Wat is die oppervlakte van die terugstuurpakhuis?'],
  ];
  const timetables: [LanguageCode, string][] = [
    ['en', 'Where can I find the timetable of ships from Linjiang?'],
    ['ru', 'Где посмотреть расписание судов из порта Линьцзян?'],
    ['id', 'Ada jadwal kapal dari Linjiang ke Ningbo?'],
    ['af', 'Is daar \'n vaarrooster van Linjiang af?'],
  ];
  asksEach(dimensions, 'dimension');
  asksEach(timetables, 'hours');
  answersEach([...dimensions, ...timetables], null, 'in %s, declines: %s');
  // "How big" stays an amount: Xiasha's 5 million tons say how busy the port is.
  asksNone([['en', 'How big is Xiasha Port?'], ['af', 'Hoe groot is Xiasha-hawe?']], 'dimension');
});

// The Grand Canal's length is a measure (`dimension`) and a province's GDP an amount (`figures`): the article names
// the canal (Xiasha's passage) and the province (the 2027 plans') but gives neither.
describe("a canal's length or a province's GDP is declined", () => {
  const lengths: [LanguageCode, string][] = [
    ['en', 'What is the total length of the Grand Canal, in km?'],
    ['zh', '大运河的长度是多少？'],
    ['ru', 'Какая протяженность у Великого канала?'],
    ['pt', 'Qual é o comprimento total do Grande Canal?'],
    ['hi', 'Grand Canal की लंबाई कितनी है?'],
    ['ar', 'ما طول القناة الكبرى بين بكين وهانغتشو؟'],
    ['am', 'የታላቁ ቦይ ርዝመት ስንት ኪሎ ሜትር ነው?'],
    ['af', 'Wat is die lengte van die Groot Kanaal?'],
  ];
  const products: [LanguageCode, string][] = [
    ['en', 'How large is the GDP of Zhejiang Province?'],
    ['ru', 'Каков ВВП провинции Чжэцзян в этом году?'],
    ['pt', 'De quanto é o PIB de Zhejiang?'],
    ['id', 'Berapa PDB Zhejiang tahun lalu?'],
    ['af', 'Hoe groot is die BBP van die provinsie Zhejiang?'],
  ];
  asksEach(lengths, 'dimension');
  answersEach([...lengths, ...products], null, 'in %s, declines: %s');
  // A trip's length is still a time: "how long does the drive take" is the airport's 30 minutes.
  answersEach([['en', 'How long is the drive from the airport to the Center?']], 'location-airport');
});

// The article says the Center was inaugurated and speaks of the platform's establishment; the 2027 plan establishes
// a mechanism. "When was it established?" had been given the plan in five languages. (Russian "создан" and
// Portuguese "criado", the plan's own verb, still give the plan: docs/quality.md, eighth session.)
describe('the words for founding a body stand for each other', () => {
  answersEach([
    ['en', 'When was the Center established?'],
    ['en', 'What year was the centre created?'],
    ['ru', 'Когда был основан центр?'],
    ['pt', 'Quando o centro foi fundado?'],
    ['hi', 'केंद्र की स्थापना कब हुई?'],
    ['zu', 'Isikhungo sasungulwa nini?'],
    ['am', 'ማዕከሉ መቼ ተቋቋመ?'],
    ['ar', 'متى تم إنشاء المركز؟'],
    ['fa', 'مرکز کی تأسیس شد؟'],
    ['id', 'Kapan pusat ini didirikan?'],
    ['af', 'Wanneer is die sentrum gestig?'],
  ], 'center-opening');
  answersEach([
    ['en', 'What does the launch of the Center mean for Qiantang?'],
    ['pt', 'Qual a importância da inauguração do centro para Qiantang?'],
    ['fa', 'افتتاح این مرکز چه اهمیتی برای چیان‌تانگ داره؟'],
    ['af', 'Wat beteken die opening van die sentrum vir Qiantang?'],
    // Amharic መከፈት (opening) is no "open" of the open platforms (ክፍት): it had pulled to the opening's passage (0.41).
    ['am', 'የማዕከሉ መከፈት ቺያንታንግ በብሪክስ ትብብር ውስጥ ያለውን ሚና እንዴት ይቀይረዋል?'],
  ], 'center-significance');
  // The plan's own wording still finds the plan.
  answersEach([['en', 'What will Zhejiang establish by 2027?']], 'plans-2027');
});

// "What is it?" names what a defining passage's title names; a word of framing ("in one sentence", "briefly") may
// go with it, two words the knowledge lacks ask about something else.
describe('"what is this Center, briefly?" asks what the Center is', () => {
  answersEach([
    ['en', 'What is this Center, in one sentence?'],
    ['am', 'ይህ ማዕከል በአጭሩ ምንድን ነው?'],
    ['af', 'Wat is die Sentrum, kortliks?'],
    ['ru', 'Что это за центр, если коротко?'],
  ], 'center-opening');
  answersEach([
    ['id', 'Apakah Center punya kantor perwakilan di Jakarta?'],
    ['en', 'What is the Center\'s registration fee for members?'],
  ], null);
});

// The 2027 plan speaks of a specialised international operations entity and names none.
describe('a name is answered only by a passage giving one', () => {
  answersEach([
    ['en', 'And the operations entity, what is its name?'],
    ['fa', 'اسم اون نهاد عملیاتی چیه؟'],
  ], null);
  // Its confidence is cut to `unnamedFactor` (0.7; three quarters until the ninth session): a question naming the
  // plan's words over and over stays near the threshold ("What is the 2027 operations entity going to be called?",
  // 0.59 at three quarters, 0.55 at 0.7; docs/quality.md).
  it('gives a passage naming nothing at most unnamedFactor of its confidence', async () => {
    const [named] = await index.search('What is the 2027 operations entity going to be called?', 'en');
    const [plain] = await index.search('What is the 2027 operations entity going to be?', 'en');
    expect(named!.passage.id).toBe('plans-2027');
    expect(plain!.passage.id).toBe('plans-2027');
    expect(named!.confidence).toBeLessThan(DEFAULT_SCORING.unnamedFactor * plain!.confidence + 1e-9);
  });
  answersEach([
    ['en', 'What is the full name of the Center?'],
    ['pt', 'Qual é o nome completo do centro?'],
  ], 'center-opening');
  answersEach([['en', 'What is the name of the area where the Center is?']], 'location-airport');
});

// A word for costs asks a price with an amount ("how much is the cost of …") or as "is there a cost?"; otherwise it
// is what the return warehouse reduces, and so it is with an amount and a word of saving ("how much does it cut costs").
describe('costs are a price only when their amount is asked', () => {
  answersEach([
    ['id', 'Bagaimana Qiantang memangkas biaya operasional perusahaan?'],
    ['fa', 'چیان‌تانگ چطور هزینه شرکت‌ها رو کم کرده؟'],
    ['hi', 'Qiantang ने कंपनियों का खर्च कैसे कम किया?'],
    ['ar', 'كيف خفضت تشيانتانغ تكاليف الشركات؟'],
    ['pt', 'Como Qiantang reduziu o custo das empresas?'],
    ['zh', '钱塘怎么帮企业降低运营成本？'],
    ['zh', '这个退货仓模式能帮企业降低多少成本？'],
    ['en', 'How much does the return warehouse cut operating costs for companies?'],
  ], 'import-return-warehouse');
  asksNone([['zh', '这个退货仓模式能帮企业降低多少成本？']], 'price');
  asksEach([
    ['id', 'Berapa biaya pengiriman kontainer lewat Xiasha?'],
    ['id', 'Ada biaya untuk bergabung?'],
    ['fa', 'هزینه حمل یک کانتینر چقدره؟'],
    ['zh', '走下沙港的费用是多少？'],
  ], 'price');
  answersEach([
    ['id', 'Berapa biaya pengiriman kontainer lewat Xiasha?'],
    ['id', 'Ada biaya untuk bergabung?'],
  ], null);
});

// How to join the Center, register with it or sign a memorandum with it: the article does not say.
describe('joining, registering, an MoU ask what the article does not give', () => {
  const joining: [LanguageCode, string][] = [
    ['en', 'How do we register our free zone with the Center?'],
    ['zh', '我们怎么申请加入中心？'],
    ['ru', 'Как нашей ОЭЗ вступить в сеть центра?'],
    ['id', 'Bagaimana cara mendaftar sebagai zona mitra?'],
    ['af', "Hoe doen ons aansoek om 'n vennootsone van die Sentrum te word?"],
    ['zu', 'Singabhalisa kanjani njengendawo ebambisene nesikhungo?'],
  ];
  asksEach(joining, 'membership');
  answersEach(joining, null);
  // Sharing with partner zones is in the article.
  answersEach([['en', 'Will Qiantang share its best practices with other BRICS zones?']], 'sharing-practices');
});

describe('isiZulu "kwalesi" (of this) says nothing of what is asked', () => {
  it('is no term', () => {
    expect(tokenizerFor('zu').terms('ukuvulwa kwalesi sikhungo')).toEqual(tokenizerFor('zu').terms('ukuvulwa sikhungo'));
  });
  answersEach([['zu', 'Ukuvulwa kwalesi sikhungo kubaluleke ngani eQiantang?']], 'center-significance');
});

// Xiasha's passage gives the tonnage; Ningbo-Zhoushan, which Linjiang's names (among its synonyms, with a capital
// in a Latin-script language), is its subject, not Xiasha's.
describe('the tonnage of Ningbo-Zhoushan is not Xiasha\'s', () => {
  answersEach([
    ['en', 'How many tons a year does Ningbo-Zhoushan Port handle?'],
    ['zu', 'Ichweba laseNingbo-Zhoushan lithutha amathani amangaki ngonyaka?'],
    ['pt', 'Quantas toneladas por ano passam pelo porto de Ningbo-Zhoushan?'],
    ['af', 'Hoeveel ton vrag hanteer Ningbo-Zhoushan-hawe per jaar?'],
  ], null);
});

// Which goods the warehouse takes, which items count as special: the article lists none. A list of the zones
// Qiantang combines is its passage's ("the full list of zones"), so a list alone asks nothing.
describe('which goods or items a practice covers is not in the article', () => {
  const items: [LanguageCode, string][] = [
    ['en', 'Which products can be sent back through the return warehouse?'],
    ['zh', '退货仓接受哪些商品？'],
    ['ru', 'Какие товары можно вернуть через склад возвратов?'],
    ['pt', 'Quais produtos o armazém de devoluções recebe?'],
    ['af', 'Watter goedere kan deur die terugstuurpakhuis teruggestuur word?'],
  ];
  asksEach(items, 'items');
  answersEach(items, null);
  asksNone([['en', 'Can you give me the full list of zones Qiantang has?']], 'items');
});

// "What position" asks what the Center makes of Qiantang, as "why does it matter" does: the passages answering it
// say so (a key hub, a vital gateway hub). Amharic "ምን ቦታ ላይ" (at what place) had asked where. "Role" is a word
// of why-it-matters' passage in every language, and stays one (Amharic "ምን ሚና" is read as a kind too).
describe('"what position" asks why it matters', () => {
  const positions: [LanguageCode, string][] = [
    ['en', 'What position does the Center give Qiantang within BRICS cooperation?'],
    ['ru', 'Какую позицию центр даёт Цяньтану в БРИКС?'],
    ['pt', 'Em que posição o centro coloca Qiantang na cooperação do BRICS?'],
    ['am', 'ማዕከሉ ቺያንታንግን በብሪክስ ትብብር ውስጥ ምን ቦታ ላይ ያስቀምጣል?'],
    ['id', 'Bagaimana posisi Qiantang dalam kerja sama BRICS setelah ada pusat ini?'],
    ['af', 'Watter posisie gee die sentrum aan Qiantang in BRICS-samewerking?'],
  ];
  asksEach(positions, 'reason');
  asksNone([['am', 'ማዕከሉ ቺያንታንግን በብሪክስ ትብብር ውስጥ ምን ቦታ ላይ ያስቀምጣል?']], 'place');
  answersEach(positions, 'center-significance');
});

// The article names no company using a practice and no city the railway will reach ("major economic hubs").
describe('"which companies / which cities" asks for a list the article does not give', () => {
  const lists: [LanguageCode, string][] = [
    ['en', 'Which companies already use the return warehouse?'],
    ['ru', 'Какие компании уже пользуются складом возвратов?'],
    ['pt', 'Quais empresas já usam a supervisão conjunta?'],
    ['en', 'Which cities will the high-speed rail connect to Qiantang?'],
    ['id', 'Kota mana saja yang terhubung kereta cepat dari Qiantang?'],
  ];
  asksEach(lists, 'items');
  answersEach(lists, null);
  // One company that runs something is an organisation, which the 2027 plan gives.
  asksEach([['en', 'Which company will run the operations from 2027?']], 'organization');
});

describe('isiZulu "ukutshala imali" (investing money) asks no price', () => {
  asksNone([['zu', 'Ingabe iQiantang ine-free trade zone? Sibheka ukutshala imali khona.']], 'price');
  asksEach([['zu', 'Kudingeka imali engakanani ukubhalisa?']], 'price');
});

describe('Portuguese: a noun of action in -ação is read as its verb', () => {
  it('reads importação, importações, importada and importar as one term, and leaves estação alone', () => {
    const terms = tokenizerFor('pt').terms('importação importações importada importar');
    expect(new Set(terms).size).toBe(1);
    expect(tokenizerFor('pt').terms('estação')).not.toEqual(tokenizerFor('pt').terms('estar'));
  });
  // "importada" meets the warehouse's "importações" (0.54 before, declined).
  answersEach([['pt', 'Tem solução em Qiantang quando o cliente devolve uma compra importada online?']], 'import-return-warehouse');
});

describe('the words for passing practices on stand for "shared"', () => {
  answersEach([
    ['en', "Will Qiantang's innovations be transferred to other BRICS zones?"],
    ['am', 'እነዚህ ተሞክሮዎች ለሌሎች የብሪክስ ዞኖች ይተላለፋሉ?'],
  ], 'sharing-practices');
});

// "目标是什么" (what is the goal) asks what is planned: 目标 is the 2029 goals' title word, and a 2027 goal had lost
// to it. "What goals for 2027 and 2029" (什么目标) is left to the words: it names both plans. Seventeenth session:
// "什么目标" / "哪些目标" ask the plan too ("2027年打算完成什么目标" had read "什么 … 年" as a time asked, 0.52).
describe('Chinese "目标是什么 / 要实现什么" asks what is planned', () => {
  asksEach([['zh', '2027年的目标是什么？'], ['zh', '2027年要实现什么？'], ['zh', '2027年打算完成什么目标'], ['zh', '到2029年有哪些目标？']], 'plan');
  answersEach([['zh', '2027年的目标是什么？'], ['zh', '到2027年要达成什么？'], ['zh', '2027年打算完成什么目标'], ['zh', '浙江省2027年定了什么目标？']], 'plans-2027');
});

// Arabic "كامل" (full) had met "تكامل" (integration, of why the Center matters) as a one-letter variant.
describe('Arabic "the full name" asks the Center\'s name', () => {
  answersEach([['ar', 'ايه الاسم الرسمي للمركز بالكامل؟'], ['ar', 'ما الاسم الكامل للمركز؟']], 'center-opening');
});

describe('a transfer from the airport is a facility the article does not give', () => {
  const transfers: [LanguageCode, string][] = [
    ['ru', 'Есть ли трансфер из аэропорта до центра?'],
    ['pt', 'Tem translado do aeroporto até o centro?'],
    ['zh', '中心有接机服务吗？'],
  ];
  asksEach(transfers, 'facilities');
  answersEach(transfers, null);
});

// "How much does it cost to ship a container through Xiasha?" names Xiasha's passage twice over; what it asks, a
// price in so many words, weighs more than a price only hinted at ("is it free of charge?"). Since the eleventh
// session a fee, a price or a duty named counts as asked in so many words in English, Russian and Afrikaans (below).
describe('a price asked in so many words is declined however well the rest matches', () => {
  const fares: [LanguageCode, string][] = [
    ['zh', '走下沙港运一个集装箱要多少钱？'],
    ['ru', 'Сколько стоит отправить контейнер через порт Сяша?'],
    ['pt', 'Quanto custa devolver um pedido pelo armazém de devolução?'],
    ['fa', 'هزینه حمل یک کانتینر از بندر Xiasha چقدره؟'],
  ];
  asksPrice(fares);
  // Read as a price, a question naming its passage three times or more ("devolver … armazém de devolução") can
  // still be answered: docs/quality.md, eighth session.
  answersEach(fares.filter(([language]) => language === 'zh' || language === 'fa'), null);
  asksPrice([['en', 'Is it free of charge?']], false);
});

describe('a budget asks a sum of money, as "how much does it cost" does', () => {
  const budgets: [LanguageCode, string][] = [
    ['en', 'What is the budget of the 2027 working mechanism?'],
    ['zh', '2029年目标的预算是多少？'],
    ['pt', 'Qual o orçamento das metas de 2029?'],
  ];
  asksPrice(budgets);
  answersEach(budgets, null);
});

describe('a tax asks a sum of money in so many words', () => {
  const taxes: [LanguageCode, string][] = [
    ['pt', 'Que impostos as empresas pagam na zona de livre comércio de Qiantang?'],
    ['en', 'What is the tax rate in the Qiantang free trade zone?'],
  ];
  asksPrice(taxes);
  answersEach(taxes, null);
});

// "What does the Center do?" asks its role, which the passages on why it matters and on what it shares give; read as
// "what is it?" it had been given the opening, which only names it.
describe('"what does the Center do" asks its role', () => {
  const questions: [LanguageCode, string][] = [
    ['en', 'So what does the Centre do?'],
    ['zh', '这个中心是干什么的？'],
    ['ru', 'Чем будет заниматься новый центр?'],
    ['pt', 'E o que faz o centro, afinal?'],
    ['hi', 'यह सेंटर क्या करता है?'],
    ['ar', 'ما هو دور المركز الجديد؟'],
    ['fa', 'این مرکز چه کار می‌کند؟'],
    ['id', 'Pusat ini ngapain aja?'],
    ['am', 'ማዕከሉ ምን ይሰራል?'],
    ['zu', 'Lesi sikhungo senzani?'],
    ['af', 'Wat doen die Sentrum?'],
  ];
  asksEach(questions, 'role');
  it.each(questions)('in %s, is answered with why it matters or what it shares: %s', async (language, question) => {
    expect(['center-significance', 'sharing-practices']).toContain(await answered(question, language));
  });
  it('reads "what will it do by 2029" as asking the plan', async () => {
    expect([...readQuestion('What will the Center do by 2029?', 'en').types]).toEqual(['plan']);
    expect(await answered('What will the Center do by 2029?', 'en')).toBe('plans-2029');
  });
});

// A thing counted that the knowledge has no word for ("cranes") is surely counted by no passage: Xiasha's tons are
// no answer to it. A counted word that is a form of a known one (طناً, "tons" with its ending; تنه, "ton" + "is")
// is not such a thing.
describe('an amount of a thing the knowledge never names is declined', () => {
  answersEach([
    ['en', 'How many cranes does Xiasha Port have?'],
    ['pt', 'Quantos guindastes tem o porto de Xiasha?'],
  ], null);
  answersEach([
    ['en', 'How many tonnes of cargo does Xiasha handle each year?'],
    ['ar', 'كم طناً تمر عبر ميناء شياشا كل عام؟'],
    ['fa', 'بار سالانه بندر شیاشا چند تنه؟'],
  ], 'xiasha-port');
});

// "We know about the airport. What about the train?": the sentence turning to a subject of its own is the question;
// the one before, which names the airport's passage well, is context.
describe('a sentence turning to a new subject is the question', () => {
  answersEach([
    ['ru', 'Про аэропорт понятно. А что насчёт поезда?'],
    ['id', 'Soal bandara sudah jelas. Bagaimana dengan kereta cepat?'],
  ], 'high-speed-rail');
  it('reads "what about …" and its kin as turning to a subject', () => {
    expect(turnsTo('What about the train?', 'en')).toBe(true);
    expect(turnsTo('那高铁呢？', 'zh')).toBe(true);
    expect(turnsTo('Wat van die trein?', 'af')).toBe(true);
    expect(turnsTo('What is the train like?', 'en')).toBe(false);
  });
});

// "When was the port built?" asks a date of the past, which no port's passage gives; a past verb says so where the
// language has no auxiliary to ("построили", "lakhiwa", "ተገነባ", "gebou").
describe('"when was it built" asks a date the ports\' passages do not give', () => {
  answersEach([
    ['ru', 'Когда построили порт Сяша?'],
    ['fa', 'بندر شیاشا کی ساخته شده؟'],
    ['am', 'Xiasha ወደብ መቼ ተገነባ?'],
    ['zu', 'Ichweba laseXiasha lakhiwa nini?'],
    ['af', 'Wanneer is die Xiasha-hawe gebou?'],
  ], null);
  answersEach([
    ['ru', 'Когда открыли центр?'],
    ['am', 'ማዕከሉ መቼ ተከፈተ?'],
    ['zu', 'Isikhungo savulwa nini?'],
  ], 'center-opening');
});

// "What is that based on?" asks for a reason: the gateway passage gives it ("this robust transportation network
// positions Qiantang as a vital 'gateway hub'"). Read as a bare "what", a long message's context had sunk it.
describe('"what is it based on" asks a reason', () => {
  asksEach([
    ['en', 'What is that based on?'],
    ['zh', '有什么依据？'],
    ['ru', 'На чём это основано?'],
    ['pt', 'Isso se baseia em quê?'],
    ['id', 'Dasarnya apa?'],
    ['af', 'Waarop is dit gebaseer?'],
  ], 'reason');
  answersEach([
    ['en', "Hello from Durban! I coordinate logistics for a fruit exporter and my partners keep telling me Qiantang is a 'gateway' into China for BRICS goods. What is that based on?"],
    ['ru', 'Привет из Дурбана! Я координирую логистику экспортёра фруктов, и партнёры твердят, что Цяньтан — это вход в Китай для товаров БРИКС. На чём это основано?'],
  ], 'gateway-hub');
});

// Arabic "بالنسبة لـ" (with regard to) is no topic: as a word it met a listed question of the joint supervision's
// passage ("ما الذي تغيّره هذه الآلية بالنسبة لشركات البحث والتطوير؟").
describe('Arabic "with regard to" carries no topic', () => {
  answersEach([['ar', 'ما أهمية هذا المركز بالنسبة لتشيانتانغ؟']], 'center-significance');
});

// "Could we use Qiantang's models in zones like ours?": the asker's zone receiving what Qiantang does is what the
// sharing passage gives ("shared with BRICS SEZs as standardized models"). Its own zone named ("a free zone", "a
// park") had drawn the open platforms' passage, which lists zones.
describe('asking whether Qiantang\'s practices reach the asker\'s zone', () => {
  const questions: [LanguageCode, string][] = [
    ['en', "We run a free zone near Cairo. Could we use Qiantang's models in zones like ours?"],
    ['ru', 'Мы управляем технопарком в Казани. Сможем ли мы получить доступ к моделям Цяньтана?'],
    ['pt', 'Trabalho numa ZPE no Ceará. Como a gente teria acesso às práticas de Qiantang?'],
    ['fa', 'ما در منطقه آزاد کیش هستیم. ما هم میتونیم از تجربه‌های چیانتانگ استفاده کنیم؟'],
    ['zu', 'Sisebenza e-Coega IDZ. Izindlela zaseQiantang zizofika kanjani kithina?'],
    ['af', "Ons bestuur 'n nywerheidspark in Pretoria. Hoe sal Qiantang se modelle by ons uitkom?"],
  ];
  asksEach(questions, 'recipient');
  answersEach(questions, 'sharing-practices');
});

// "What is new for us with this Center?" asks what reaches the asker's zone, as "will it reach us?" does. Without
// its cues it read as "what is it?" and met the opening's passage (0.69-0.96). "What changes for Qiantang" asks no
// such thing: the cue names the asker ("for us"), not any change. Known limit: the words of a context sentence
// ("we are from a free zone", "now that it has opened") still weigh as the question's, and sink it below the threshold.
describe('asking what is new for the asker\'s zone', () => {
  const questions: [LanguageCode, string][] = [
    ['en', "We manage an industrial park in Lagos. What's new for us now that the Center exists?"],
    ['hi', 'हम चेन्नई से हैं। इस केंद्र से हमारे लिए नया क्या है?'],
    ['ar', 'نحن من الإسكندرية. ما الجديد بالنسبة لنا من هذا المركز؟'],
    ['fa', 'ما از چابهاریم. این مرکز چه چیز جدیدی برای ما داره؟'],
    ['id', 'Kami mengelola kawasan industri di Batang. Dengan pusat ini, apa yang baru bagi kami?'],
    ['af', "Ons is van Gqeberha. Wat is nuut vir ons met hierdie sentrum?"],
  ];
  asksEach(questions, 'recipient');
  answersEach(questions, 'sharing-practices');
  answersEach([['pt', 'O centro é uma plataforma de nível nacional? O que muda pra Qiantang no BRICS?']], 'center-significance');
});

// "A national-level platform or just a local one?" asks what level the Center is at: the passage on why it matters
// says ("this national-level international cooperation platform"); the 2027 plan, which names the national,
// provincial and municipal levels it will coordinate, and Qiantang's "national-level open platforms" do not.
describe('"national or local?" asks a level', () => {
  const questions: [LanguageCode, string][] = [
    ['en', 'Is the Center a national-level platform or just a local one?'],
    ['pt', 'O centro é uma plataforma nacional ou só regional?'],
    ['id', 'Pusat ini tingkat nasional atau tingkat daerah?'],
    ['af', "Is die Sentrum 'n nasionale platform of net provinsiaal?"],
    ['ru', 'Это площадка национального уровня или местная?'],
    // The other level named in other words: a district's, a city hall's office, a province's platform.
    ['en', 'Is it a national-level body or more of a municipal one?'],
    ['zh', '这是国家级的平台，还是区级的？'],
    ['ru', 'Центр федерального значения или районный?'],
    ['pt', 'O centro é de nível nacional ou só estadual?'],
    ['zu', 'Lesi sikhungo sesifundazwe nje noma sikazwelonke?'],
  ];
  asksEach(questions, 'level');
  answersEach(questions, 'center-significance');
});

// "Is there a solution for that in Qiantang?" asks what solves a problem the message tells: the two innovations
// (the return warehouse, the joint supervision) give one. The seller's story around it had left the warehouse's
// passage below the threshold.
describe('"is there a solution for that" asks for one of the innovations', () => {
  asksEach([
    ['en', 'We sell clothes online to shoppers in China and returns cost us a fortune. Is there any solution for that in Qiantang?'],
    ['pt', 'Vendemos roupas online para a China e as devoluções custam caro. Tem alguma solução pra isso em Qiantang?'],
    ['ar', 'بنبيع ملابس أونلاين لزباين في الصين والمرتجعات بتكلفنا كتير. فيه حل لده في تشيانتانغ؟'],
    ['hi', 'हम चीन में ऑनलाइन कपड़े बेचते हैं और ग्राहक सामान लौटा देते हैं। क्या Qiantang में इसके लिए कोई इंतज़ाम है?'],
  ], 'solution');
  answersEach([['hi', 'हम चीन में ऑनलाइन कपड़े बेचते हैं और ग्राहक सामान लौटा देते हैं। क्या Qiantang में इसके लिए कोई इंतज़ाम है?']], 'import-return-warehouse');
});

// "Who first started the return warehouse model?" asks where it began: the district that pioneered it, no person
// (as a "who" it had asked for a person, whom no passage names). "Which zone was the first to join?" asks it of
// something no passage says began anywhere.
describe('"who started it first" asks its origin', () => {
  const questions: [LanguageCode, string][] = [
    ['en', 'Who first came up with the import-return warehouse model?'],
    ['hi', 'इम्पोर्ट-रिटर्न वेयरहाउस मॉडल सबसे पहले किसने शुरू किया?'],
    ['fa', 'مدل انبار مرجوعی واردات رو اولین بار کی راه انداخت؟'],
    ['ru', 'Кто первым придумал склад возврата для электронной торговли?'],
  ];
  asksEach(questions, 'origin');
  asksNone(questions, 'agent');
  answersEach(questions, 'import-return-warehouse');
  answersEach([['en', 'Which BRICS zone was the first to sign up with the Center?']], null);
  // "When was it pioneered?" asks a time, which the opening gives and the warehouse's passage does not.
  asksNone([['en', 'When was the return warehouse model pioneered?']], 'origin');
});

// No passage gives a price: what a parcel's return or a container costs, asked in so many words, is declined, though
// the return warehouse "reduces operational costs"; a question asking a distance too is answered by the passage
// giving it. (How much it cuts costs: 'costs are a price only when their amount is asked', above.)
describe('a price asked in so many words is declined', () => {
  answersEach([['ru', 'Сколько стоит вернуть одну посылку через склад возвратов?']], null);
  it('reads money asked, or a price named with an amount asked, as a price in so many words', () => {
    expect(readQuestion('用退货仓退一个包裹多少钱？', 'zh')).toMatchObject({ fare: true });
    expect(readQuestion('退货仓每单收费多少？', 'zh')).toMatchObject({ fare: true });
    expect(readQuestion('How much are the fees for the return warehouse?', 'en')).toMatchObject({ fare: true });
  });
  answersEach([['en', 'How far is the Center from the airport, and how much does a taxi cost?']], 'location-airport');
});

// "Is there a list of the materials covered?" asks for items the joint supervision's passage does not list (it says
// the scope was expanded); "the full list of zones" is what the open platforms' passage gives.
describe('a list of items asked is declined, a list of zones is not', () => {
  answersEach([
    ['en', 'Is there a list of the research materials covered by the joint supervision?'],
    ['ar', 'ما هي المواد المشمولة بالرقابة المشتركة للمواد الواردة الخاصة؟'],
  ], null);
  answersEach([['en', 'Has the range of research materials that can be imported grown?']], 'joint-supervision');
  answersEach([['hi', 'Qiantang में कौन-कौन से ज़ोन हैं, पूरी लिस्ट दीजिए']], 'qiantang-open-platforms');
});

// A distance to a well-known place the article never names is no distance it gives, in scripts without capitals
// too (and in Afrikaans, where "Sjanghai" is one letter from "Jianghai"); the airport's is.
describe('a distance to a place the article never names is declined in every script', () => {
  answersEach([
    ['zh', '从中心开车去上海要多久？'],
    ['ar', 'كم تبعد شنغهاي عن المركز؟'],
    ['hi', 'सेंटर से शंघाई कितनी दूर है?'],
    ['af', 'Hoe ver is Sjanghai van die Sentrum af?'],
  ], null);
  answersEach([['zh', '从机场开车到中心要多久？']], 'location-airport');
});

// Which documents to submit, the name of something no passage names, a percentage, asked of a passage's subject:
// that passage does not give them (askedKindFactors). A name or a date a passage gives is still answered.
describe('documents, a name, a percentage no passage gives are declined', () => {
  answersEach([['en', 'Which documents do we need to submit to apply for the joint supervision of special inbound items?']], null);
  answersEach([['pt', 'Em quantos por cento o armazém de devolução reduz os custos?']], null);
  answersEach([['en', 'What is the name of the seaport that links Hangzhou to Ningbo-Zhoushan?']], 'linjiang-port');
  answersEach([['en', 'On what date did the Center open?']], 'center-opening');
  answersEach([['en', 'What is the full name of the Center?']], 'center-opening');
});

// An airport's code asks a `contact` no passage gives, of the airport's passage: with the cue's own words out of the
// question, its other words ("Xiaoshan", "airport") had carried the passage to 0.63-0.83. The kind weighs twice.
describe('an airport code is no fact of the article', () => {
  const questions: [LanguageCode, string][] = [
    ['en', 'Which IATA code does Xiaoshan airport have?'],
    ['zh', '萧山机场的三字码是什么？'],
    ['ru', 'Подскажите код аэропорта Сяошань'],
    ['pt', 'Qual é o código do aeroporto de Xiaoshan?'],
    ['af', 'Wat is Xiaoshan-lughawe se kode?'],
  ];
  asksEach(questions, 'contact');
  // Known limit: in Chinese the airport's name weighs through its characters too, and still carries it (0.59).
  answersEach(questions.filter(([language]) => language !== 'zh'), null);
});

// "The article mentions 5 million tons: which port is that?" only says where the asker read it (a frame): it had been
// read as asking about the article itself (its source), and held the port's passage down.
describe('"the article mentions …" frames a question', () => {
  const questions: [LanguageCode, string][] = [
    ['en', 'The article mentions 5 million tons. Which port handles that?'],
    ['ar', 'المقال يذكر 5 ملايين طن، أي ميناء هذا؟'],
  ];
  asksNone(questions, 'source');
  answersEach(questions, 'xiasha-port');
});

// "Briefly" and "can you tell me" ask nothing of their own: as words the knowledge lacks they had weighed as much
// as the question's subject, and held a question asking only its kind below the threshold.
// Egyptian "للسنين الجاية" (for the coming years) asks a plan, as "السنوات القادمة" does.
describe('"briefly, can you tell me" is chatter', () => {
  answersEach([
    ['zu', 'Ungangitshela kafushane ukuthi lesi sikhungo siyini?'],
    ['am', 'ማዕከሉ ምን እንደሆነ ባጭሩ ልትነግረኝ ትችላለህ?'],
  ], 'center-opening');
  answersEach([['ar', 'طيب، خطط المركز للسنين الجاية إيه؟']], 'plans-2027');
});

// "Is the Center in Hangzhou?", "Isn't it in Shanghai?": a yes/no check of where the Center is asks which city, which
// the opening's passage says ("in Qiantang district, Hangzhou"). It had asked no kind at all, and a place the
// article never names ("Shanghai") had sunk it to a suggestion (0.02-0.09). The Center's word must be the subject of
// the check: "a similar centre in South Africa", "the Center's office, in which building?" and "by die Sentrum in te
// skryf" (to enrol at the Center) check no location. Known limit: a city the article names for something else
// ("Beijing", of the Beijing-Hangzhou Grand Canal) draws that passage (Xiasha's).
describe('"is the Center in <city>?" asks a city', () => {
  const questions: [LanguageCode, string][] = [
    ['en', 'The centre is in Hangzhou, correct?'],
    ['en', 'Is the Center really in Guangzhou?'],
    ['zh', '中心是不是在广州？'],
    ['ru', 'Этот центр в Москве?'],
    ['pt', 'O centro fica em Cantão?'],
    ['ar', 'هل المركز في قوانغتشو؟'],
    ['fa', 'آیا مرکز در گوانگژو است؟'],
    ['id', 'Apakah pusat ini berada di Guangzhou?'],
    ['zu', 'Ingabe isikhungo sise-Guangzhou?'],
    ['af', 'Is die sentrum in Guangzhou?'],
  ];
  asksEach(questions, 'city');
  answersEach(questions, 'center-opening');
  asksNone([
    ['en', 'Is there a similar centre in South Africa?'],
    ['ru', 'На каком этаже офис центра, в каком здании?'],
    ['af', 'Hoe kan ons by die Sentrum in te skryf?'],
    ['zu', 'Isikhungo siseduze ne-airport?'],
    ['fa', 'دفتر مرکز تو کدوم ساختمونه؟'],
  ], 'city');
});

// Who attended the opening ceremony (`attendance`) is no fact of the article. The kind weighs as the rarest word no
// passage holds, which the ceremony's date and words outweigh when the question repeats them: it declines what had
// been answered just above the bar (0.60-0.64). Known limit: worded with the date, the place and the ceremony ("Кто
// присутствовал на церемонии открытия центра 21 марта в Ханчжоу?") it is still answered (0.57); weighed twice, the
// kind cost an answer on dev12.
describe('who attended the opening is declined', () => {
  asksEach([
    ['en', 'Which ministers attended the inauguration in March?'],
    ['ru', 'Кто присутствовал на открытии центра 21 марта?'],
    ['pt', 'Quais autoridades compareceram à inauguração do centro?'],
    ['ar', 'ما الشخصيات التي حضرت افتتاح المركز؟'],
    ['zh', '3月21日中心揭牌仪式有哪些嘉宾出席？'],
    ['af', 'Wie het die opening van die sentrum bygewoon?'],
  ], 'attendance');
  answersEach([['pt', 'Quem compareceu à cerimônia de inauguração do centro no dia 21 de março?']], null, 'in %s, declines: %s');
  answersEach([['en', 'When did the opening ceremony take place?']], 'center-opening');
});

// Russian asks a trip's length with "сколько от … до …" (how much from … to …): a distance, not an amount.
asksEach([['ru', 'Сколько до центра от аэропорта на такси?'], ['ru', 'а сколько от вокзала до центра']], 'distance');
answersEach([['ru', 'Сколько до центра от аэропорта на такси?']], 'location-airport');

// "Explain …", "… thing" are the request's words, not the subject's, as in English: Afrikaans "verduidelik" and "ding"
// had weighed as words the knowledge lacks (0.51).
answersEach([['af', 'Verduidelik asseblief die terugstuurpakhuis-ding vir my']], 'import-return-warehouse');

// A place the article does not name, written with a prefix (isiZulu "eShanghai", Amharic "ከShanghai"): its
// distance is no fact of the article. Read as no place, the distance asked had drawn the airport's (0.67-0.89).
describe('a distance from an unnamed place written with a prefix is declined', () => {
  answersEach([
    ['zu', 'Isikhungo sikude kangakanani nasePudong?'],
    ['zu', 'Kuthatha isikhathi esingakanani ukusuka eGuangzhou?'],
    ['am', 'ከGuangzhou እስከ ማዕከሉ ምን ያህል ይርቃል?'],
  ], null, 'in %s, declines: %s');
});

// isiZulu asks the clock with "ngasiphi isikhathi" (at what time) and closing with "-valwa nini": opening hours, which
// no passage gives. "Vula" (open) had drawn the opening's passage (0.80-0.89).
describe('isiZulu opening and closing times are hours', () => {
  const questions: [LanguageCode, string][] = [
    ['zu', 'Ihhovisi lesikhungo livulwa ngasiphi isikhathi?'],
    ['zu', 'Isikhungo sivalwa nini ntambama?'],
  ];
  declinesAsking(questions, 'hours');
  answersEach([['zu', 'Isikhungo savulwa nini?']], 'center-opening');
});

// A capacity is an amount of what the question names (`figures`): the return warehouse's passage gives none, and had
// answered "how much can it store?" (0.62-0.91); Xiasha's passage gives its tons a year.
describe("a warehouse's capacity is declined, a port's yearly capacity is Xiasha's tons", () => {
  answersEach([
    ['en', 'What capacity does the return warehouse have?'],
    ['zh', '进口退货仓的存储容量有多少？'],
    ['ru', 'Какова вместимость склада для возвратов?'],
    ['pt', 'O armazém de devoluções tem capacidade de quantos pacotes?'],
    ['id', 'Berapa kapasitas gudang retur e-commerce itu?'],
    ['af', 'Wat is die kapasiteit van die terugstuurpakhuis?'],
  ], null, 'in %s, declines: %s');
  answersEach([
    ['en', "What is Xiasha Port's annual capacity?"],
    ['fa', 'ظرفیت سالیانه بندر شیاشا چقدر است؟'],
  ], 'xiasha-port');
});

// A metro is a facility the article does not mention; "Which line?" after it asks no rail line of the article. A
// sentence asking no kind of its own carries the kinds an earlier question of the message asked that no passage
// answers; read alone, "Which line?" had found the railway's passage (0.59-0.71). A "who" is not carried: a body
// may answer it ("Who will support it? Is there an entity?").
describe('a metro, and a follow-on question about it, are declined', () => {
  const metros: [LanguageCode, string][] = [
    ['en', 'Can we take the metro to the Center?'],
    ['zh', '坐地铁能到中心吗？'],
    ['ru', 'До центра можно доехать на метро?'],
    ['fa', 'با مترو میشه تا مرکز رفت؟'],
    ['af', 'Kan ons met die metro na die sentrum ry?'],
  ];
  asksEach(metros, 'facilities');
  answersEach([
    ...metros,
    ['en', 'Is there a metro station near the Center? Which line?'],
    ['fa', 'نزدیک مرکز ایستگاه مترو هست؟ چه خطی؟'],
    ['hi', 'क्या सेंटर के पास मेट्रो स्टेशन है? कौन सी लाइन?'],
  ], null, 'in %s, declines: %s');
  answersEach([['pt', 'Quem vai apoiar o mecanismo de 2027? Vai haver alguma entidade?']], 'plans-2027');
});

// "Which projects are planned for 2029?" asks a list of named projects (`items`): the 2029 passage names fields of
// cooperation (industry, trade, digitalisation), no project, and had answered (0.67-0.94).
describe('the projects planned are a list the article does not give', () => {
  const questions: [LanguageCode, string][] = [
    ['en', 'Could you list the projects for digitalisation by 2029?'],
    ['zh', '2029年前有哪些项目要落地？'],
    ['ru', 'Какие проекты по цифровизации намечены до 2029 года?'],
    ['pt', 'Quais projetos de digitalização estão planejados até 2029?'],
    ['id', 'Proyek apa saja untuk digitalisasi sampai 2029?'],
    ['af', 'Watter projekte vir digitalisering is daar teen 2029?'],
  ];
  declinesAsking(questions, 'items');
  // What the plans focus on is still theirs to answer.
  answersEach([['en', 'What will the focus be by 2029?']], 'plans-2029');
});

// "Which is bigger, Xiasha or Linjiang?" compares two subjects, and a passage giving one of them cannot compare it with
// the other: the other subject's words count against it, as for subjects named apart. Xiasha's tons had answered it
// (0.68).
answersEach([
  ['zh', '下沙港跟临江港相比哪个吞吐量更大'],
  ['zh', '临江港和下沙港，哪个港口规模更大？'],
  ['en', 'Which is busier, Linjiang Port or Xiasha Port?'],
], null, 'in %s, declines a comparison the article does not make: %s');

// "What is the difference between Xiasha and Linjiang?" compares the two subjects named in one clause: each
// port's passage answers it. Read as a distinction (what sets one thing apart from others, Qiantang's platforms'
// kind), it had sunk both ports under the bar (0.50-0.51).
describe('the difference between two named subjects is asked of their passages', () => {
  it.each([
    ['ru', 'Чем отличаются друг от друга порты Сяша и Линьцзян?'],
    ['pt', 'Qual a diferença entre o porto de Xiasha e o de Linjiang?'],
    ['am', 'በXiasha ወደብ እና በLinjiang ወደብ መካከል ምን ልዩነት አለ?'],
    ['af', 'Wat is die verskil tussen Xiasha en Linjiang?'],
  ] as [LanguageCode, string][])('in %s: %s', async (language, question) => {
    expect(['xiasha-port', 'linjiang-port']).toContain(await answered(question, language));
  });
});

// "Not the airport — how do ships get out to sea?": what a message sets aside at its start is no word of the
// question. The airport's word had carried the location's passage (0.48-0.76). Only at the start, up to a dash or
// a comma: "Is it not near the airport?" keeps its words.
describe('a thing set aside before the question is no word of it', () => {
  answersEach([
    ['en', 'Not the airport, please - which port gets our containers to the sea?'],
    ['ru', 'Не аэропорт — через какой порт суда выходят к морю?'],
    ['pt', 'Não o aeroporto — qual porto dá acesso ao mar?'],
    ['hi', 'एयरपोर्ट नहीं — जहाज़ किस बंदरगाह से समुद्र तक जाते हैं?'],
    ['id', 'Bukan bandara ya — kapal ke laut lewat pelabuhan mana?'],
    ['zu', 'Hhayi i-airport — imikhumbi iya olwandle ngaliphi ichweba?'],
    ['af', 'Nie die lughawe nie — deur watter hawe kom skepe by die see?'],
  ], 'linjiang-port');
  it('keeps a negation inside the question', () => {
    expect(withoutSetAside('Is it not near the airport?', 'en')).toBe('Is it not near the airport?');
    expect(withoutSetAside('Not the airport.', 'en')).toBe('Not the airport.');
    expect(withoutSetAside('Не аэропорт, а порт: какой морской?', 'ru')).toBe('а порт: какой морской?');
  });
});

// "Is it a national-level platform?": a yes/no check of the Center's level, which why-it-matters' passage gives
// ("this national-level international cooperation platform"). Qiantang's open platforms are national-level too, and
// their passage had answered (0.60-1.00). The Center or a pronoun must be the check's subject: Qiantang's own
// "national platforms" still ask for its platforms.
describe('"is it a national-level platform?" asks the level', () => {
  const questions: [LanguageCode, string][] = [
    ['en', 'Is the centre actually a national-level body?'],
    ['zh', '这个中心是国家级的吗？'],
    ['ru', 'Центр — это структура национального уровня?'],
    ['pt', 'Ele é mesmo uma iniciativa de âmbito nacional?'],
    ['hi', 'क्या यह केंद्र राष्ट्रीय स्तर का है?'],
    ['ar', 'هل المركز على المستوى الوطني؟'],
    ['fa', 'این مرکز در سطح ملی است؟'],
    ['id', 'Apakah lembaga ini berskala nasional? Pusat ini tingkat nasional kah?'],
    ['af', 'Is die sentrum regtig nasionaal?'],
  ];
  asksEach(questions, 'level');
  answersEach(questions, 'center-significance');
  asksNone([
    ['en', 'What national-level zones are there in Qiantang?'],
    ['fa', 'این پلتفرم‌های ملی در چیان‌تانگ کدام‌اند؟'],
  ], 'level');
});

// "When was it founded, before the opening?" asks a time before the one the opening's passage gives (21 March):
// no passage says. Read as a time, the opening's words had carried its passage (0.68-0.92). Without a time asked,
// "before the opening" is only context ("what had Qiantang done before the opening?").
describe('a time "before the opening" is no fact of the article', () => {
  const questions: [LanguageCode, string][] = [
    ['en', 'When was the Center first approved, before the official opening?'],
    ['zh', '揭牌之前，中心是什么时候开始筹建的？'],
    ['ru', 'Когда центр начали создавать, до официального открытия?'],
    ['pt', 'Quando o centro começou a ser planejado, antes da inauguração?'],
    ['id', 'Kapan pusat ini mulai dirancang sebelum peresmian?'],
    ['af', 'Wanneer is die sentrum beplan, voor die amptelike opening?'],
  ];
  asksEach(questions, 'history');
  answersEach(questions, null);
  asksNone([['en', 'What had Qiantang achieved before the opening?'], ['en', 'When did the Center open?']], 'history');
});

// Russian "скока ехать" (colloquial "how long to drive") asks a distance as "сколько ехать" does, and "примерно"
// (roughly) says nothing of what is asked: between "сколько" and "ехать" it had left only an amount asked.
describe('Russian "roughly how long to drive" asks a distance', () => {
  const questions: [LanguageCode, string][] = [
    ['ru', 'Скока ехать от аэропорта до центра?'],
    ['ru', 'Сколько примерно ехать из аэропорта Сяошань до центра?'],
  ];
  asksEach(questions, 'distance');
  answersEach(questions, 'location-airport');
  asksEach([['ru', 'Центр ведь прямо в Гуанчжоу, нет?']], 'city');
});

// A fee, a price or a customs duty named is a price asked in so many words (English, Russian, Afrikaans): no passage
// gives one, and the return warehouse's passage keeps at most `askedKindFactors.price` of its confidence (it had
// answered "what are the fees for using it?" at 0.68-0.71). Moved in the other languages too, the second validation
// set lost an answer.
describe('a fee named asks a price in so many words', () => {
  const questions: [LanguageCode, string][] = [
    ['en', 'What fees does the import-return warehouse charge per parcel?'],
    ['ru', 'Какая пошлина на ввоз лабораторных образцов через Цяньтан?'],
    ['af', 'Watter fooie vra die import-return warehouse?'],
  ];
  asksPrice(questions);
  answersEach(questions, null);
});

// isiZulu "ngonyaka muphi" (in which year) and "nin" (a "nini", when, short of a letter) ask a time; Amharic "እንዴት ነው
// የሚሰራው?" and Russian "как это работает?" (how does it work?) a method.
describe('more words asking when and how', () => {
  asksEach([['zu', 'Isikhungo savulwa ngonyaka muphi?'], ['zu', 'Savulwa nin?']], 'time');
  answersEach([['zu', 'Isikhungo savulwa ngonyaka muphi?'], ['zu', 'Savulwa nin?']], 'center-opening');
  asksEach([['am', 'የኢ-ኮሜርስ ተመላሽ መጋዘኑ እንዴት ነው የሚሰራው?'], ['ru', 'Склад возвратов — как это работает?'], ['pt', 'O armazém de devoluções, como isso funciona?']], 'method');
});

// Egyptian Arabic: "سنة كام" (which year) asks a time; "كام ساعة للـ…/بالـ…" (how many hours to…, by…), "بعيد قد ايه" (how
// far) a distance. "كام ساعة" alone is not one: it asks opening hours too ("بيفتح كام ساعة"); with it the sixth
// validation set lost a decline.
describe('Egyptian Arabic asks when and how far', () => {
  asksEach([['ar', 'المركز اتفتح سنة كام؟']], 'time');
  answersEach([['ar', 'المركز اتفتح سنة كام؟']], 'center-opening');
  asksEach([['ar', 'كام ساعة بالقطر للمدن الكبيرة؟'], ['ar', 'المركز بعيد قد ايه عن المطار؟']], 'distance');
  asksNone([['ar', 'المركز بيفتح كام ساعة في اليوم؟']], 'distance');
});

// "Your article says 5 million tons at Xiasha. Is that a yearly figure?": where the asker read it, as "the article
// says" (a frame), not a question about the article.
describe('"your article says …" frames a question', () => {
  asksNone([['en', 'Your article says 5 million tons at Xiasha. Is that per year?']], 'source');
  answersEach([['en', 'Your article says 5 million tons at Xiasha. Is that per year?']], 'xiasha-port');
});

// A month named checks a date ("Was it opened in May?"): it asks when (`MONTHS`), not a word the knowledge lacks,
// which had left the opening's passage below the threshold (0.31-0.53 in ten languages). A month next to a day ("the
// ceremony on 21 March") gives a date, naming an event: it asks nothing ("who attended on 21 March?" stays declined).
describe('a month named checks when', () => {
  const checks: [LanguageCode, string][] = [
    ['en', 'Was the Center opened in June? A colleague told me so.'],
    ['zh', '中心是不是5月份揭牌的？'],
    ['ru', 'Центр открылся в мае, верно?'],
    ['hi', 'सेंटर जून में खुला था ना?'],
    ['id', 'Center-nya diresmikan bulan Juni ya?'],
    ['zu', 'Isikhungo savulwa ngoJuni, akunjalo?'],
    ['af', 'Is die Sentrum in Junie geopen?'],
  ];
  asksEach(checks, 'time');
  answersEach(checks, 'center-opening');
  asksNone([['en', 'Who attended the ceremony on 21 March?'], ['ru', 'Кто был на церемонии 21 марта?']], 'time');
});

// What a place "accepts" is a list of goods (`items`), which no passage gives: "does the return warehouse accept
// cosmetics?" had been answered with the warehouse's passage (0.63-0.87 in seven languages).
describe('which goods the warehouse accepts is declined', () => {
  const questions: [LanguageCode, string][] = [
    ['en', 'Does the return warehouse accept electronics?'],
    ['ru', 'Склад возвратов принимает электронику?'],
    ['pt', 'O armazém de devoluções aceita eletrônicos?'],
    ['id', 'Apakah gudang retur menerima barang elektronik?'],
    ['af', 'Aanvaar die terugstuurpakhuis elektronika?'],
  ];
  declinesAsking(questions, 'items');
});

// Who heads, leads or chairs a body is a kind of its own (`leadership`), which no passage gives: "who will lead the
// 2027 mechanism?" had been answered with the 2027 plan (0.58-0.71), which says what supports it, not who heads it.
describe('who heads a body is declined', () => {
  const questions: [LanguageCode, string][] = [
    ['en', 'Who will lead the coordinated working mechanism set up by 2027?'],
    ['zh', '2027年的协同工作机制由谁牵头？'],
    ['ru', 'Кто будет руководить рабочим механизмом 2027 года?'],
    ['pt', 'Quem vai liderar o mecanismo de trabalho de 2027?'],
    ['id', 'Siapa yang akan memimpin mekanisme kerja 2027?'],
  ];
  declinesAsking(questions, 'leadership');
  answersEach([['en', 'What will support the 2027 working mechanism?']], 'plans-2027');
});

// A distance stated with its unit ("Is it 45 km from the airport?") checks how far: the unit after a number asks a
// distance, and a number after "in" is no place the Center is in. Arabic "كم" after a number is "km", not "how many".
describe('a distance stated in kilometres checks how far', () => {
  const checks: [LanguageCode, string][] = [
    ['ru', 'Центр в 45 км от аэропорта?'],
    ['ar', 'المركز يبعد 45 كم عن المطار، صح؟'],
    ['id', 'Pusatnya 45 km dari bandara ya?'],
    ['pt', 'O centro fica a 45 km do aeroporto?'],
  ];
  asksEach(checks, 'distance');
  answersEach(checks, 'location-airport');
  asksNone([['ar', 'المركز يبعد 45 كم عن المطار، صح؟']], 'quantity');
});

// More ways to check where the Center is: Afrikaans with the subject first ("Die Sentrum is nie in … nie?"), isiZulu
// "asikho e…" (is not in), Persian after "میگه" (says). Each asks the Center's city, which the opening's passage gives.
describe('more checks of where the Center is', () => {
  const checks: [LanguageCode, string][] = [
    ['af', 'Die Sentrum is in Guangzhou, nè?'],
    ['zu', 'Isikhungo asikho eHangzhou?'],
    ['fa', 'دوستم میگه این مرکز تو گوانگژو هست، آره؟'],
  ];
  asksEach(checks, 'city');
  answersEach(checks, 'center-opening');
});

// An emoji then a space ends a sentence in a chat, as a full stop would: "We are writing a report for our board 📝
// who wrote the article?" is read in its question too, without the context before the emoji (0.23-0.47 had
// declined or answered the railway's passage).
describe('an emoji ends a sentence', () => {
  answersEach([
    ['en', 'I edit a trade newsletter for our members and we go to print tonight 📰 Who wrote this article and when was it published?'],
    ['af', "Ek skryf 'n verslag vir ons raad en die sperdatum is môre 😅 Wie het die artikel geskryf?"],
  ], 'center-opening');
});

// A population is a measure of a place (`dimension`), which the article gives of none: "how many people live in
// Hangzhou?" had been answered with Xiasha's passage, the only one giving an amount (0.62-0.71).
describe("a city's population is declined", () => {
  const questions: [LanguageCode, string][] = [
    ['en', 'What is the population of Qiantang district?'],
    ['hi', 'चियानतांग की जनसंख्या कितनी है?'],
    ['id', 'Berapa jumlah penduduk Qiantang?'],
    ['fa', 'جمعیت هانگژو چقدره؟'],
    ['af', 'Wat is die bevolking van Hangzhou?'],
  ];
  declinesAsking(questions, 'dimension');
});

// Chinese "运费" (freight charge) asks a price in so many words; Arabic "ما الشركة" (what company) an organization,
// which the ports' passages do not name ("what company operates Linjiang port?" had been answered at 0.71).
describe('a freight charge and an operating company are declined', () => {
  asksPrice([['zh', '通过临江港运一批货的运费是多少？']]);
  asksEach([['ar', 'ما الشركة المشغلة لميناء شياشا؟']], 'organization');
  answersEach([['zh', '通过临江港运一批货的运费是多少？'], ['ar', 'ما الشركة المشغلة لميناء شياشا؟']], null, 'in %s, declines: %s');
});

// "Other regions" (the rest of China) is what a distinction sets Qiantang against: part of the question's kind, not
// words the knowledge lacks, which had sunk it (0.40-0.53). Not "other zones": those are the partner zones the
// practices are shared with (Persian and Arabic "مناطق" is both, and is left out).
describe('what sets Qiantang apart from other regions', () => {
  asksEach([
    ['en', 'Compared with other regions, what is notable about Qiantang?'],
    ['zu', 'Yini enhle ngeQiantang kunezinye izifunda zaseShayina?'],
    ['id', 'Qiantang itu hebatnya apa kalau dibanding daerah lain?'],
  ], 'distinction');
  answersEach([
    ['id', 'Qiantang itu hebatnya apa kalau dibanding daerah lain?'],
    ['pt', 'O que Qiantang tem que outras regiões da China não têm?'],
  ], 'qiantang-open-platforms');
});

// Arabic "ل" (for) written onto a word without its article ("لمنطقة", for the district of) is a form of the word: read
// as a word of its own it was rare, held by the one passage saying "لمنطقتنا" (to our zone), and pulled towards it.
describe('Arabic "for" written onto a word', () => {
  answersEach([['ar', 'لماذا يعتبر هذا المركز مهما لمنطقة تشيانتانغ؟']], 'center-significance');
});

// A throughput, a tonnage or a passenger count asked is an amount of what the question names (`figures`): Xiasha's
// passage gives its tons; Linjiang's, the airport's and Ningbo-Zhoushan's are given nowhere ("what is Ningbo-Zhoushan's
// own throughput?" had been answered with Linjiang's passage, 0.56-0.71).
describe('a throughput asked is an amount of what the question names', () => {
  const declined: [LanguageCode, string][] = [
    ['en', 'What is the passenger traffic at Xiaoshan airport?'],
    ['ru', 'Каков грузооборот порта Линьцзян?'],
    ['zh', '临江港的货物吞吐量是多少？'],
    ['ru', 'Какой пассажиропоток у этого аэропорта?'],
    ['af', 'Wat is die jaarlikse deurset van die Ningbo-Zhoushan-hawe?'],
  ];
  answersEach(declined, null, 'in %s, declines: %s');
  answersEach([['en', "What is Xiasha Port's throughput?"], ['ru', 'Каков грузооборот порта Сяша?']], 'xiasha-port');
});

// Events to come (the next event, a summit, a forum) are a kind of their own, `events`, which no passage gives:
// "when is the next event?" had been answered with the opening's passage, which says when (0.57-0.80).
describe("the Center's next event is declined", () => {
  const questions: [LanguageCode, string][] = [
    ['en', 'Are there any upcoming events at the Center we could attend?'],
    ['ru', 'Когда следующее мероприятие центра для партнёров?'],
    ['pt', 'Vocês têm algum evento marcado para o segundo semestre?'],
    ['id', 'Kapan acara berikutnya di Center?'],
    ['af', 'Wanneer is die volgende geleentheid by die Sentrum?'],
    ['am', 'የማዕከሉ ቀጣይ ዝግጅት መቼ ነው?'],
  ];
  declinesAsking(questions, 'events');
});

// A plan named along with another kind ("the entity planned for 2027") is what the question is about, not what it
// asks: the 2027 plan, which gives no name, keeps only `askedKindFactors.name` of its confidence (0.57-0.63 had
// answered "what is the name of the entity planned for 2027?").
describe("the 2027 entity's name is declined", () => {
  const questions: [LanguageCode, string][] = [
    ['en', 'What will the operations entity planned for 2027 be called?'],
    ['pt', 'Qual vai ser o nome da entidade planejada para 2027?'],
    ['fa', 'اسم نهادی که برای ۲۰۲۷ برنامه‌ریزی شده چیه؟'],
  ];
  answersEach(questions, null, 'in %s, declines: %s');
  answersEach([['en', 'What is planned for 2027?']], 'plans-2027');
});

// How long a procedure takes (how many days, a processing time) is a kind of its own, `duration`, which no passage
// gives: "how many days does clearance take under the joint supervision?" had been answered with that passage
// (0.62-0.90). A journey's time is still a distance ("多久能直达", how soon can one get there directly).
describe("a procedure's duration is declined", () => {
  const questions: [LanguageCode, string][] = [
    ['en', 'How many days does customs clearance of lab samples take under the joint supervision?'],
    ['zh', '进口退货仓办理一次退货要几天？'],
    ['ar', 'كم يوم يستغرق تخليص العينات البحثية بنظام الرقابة المشتركة؟'],
    ['id', 'Berapa hari proses retur lewat gudang retur?'],
  ];
  declinesAsking(questions, 'duration');
  asksEach([['zh', '高铁站建好以后多久能直达上海？']], 'distance');
});

// Whether the staff speak English (or another language) is a service at the Center, a facility the article does not
// mention: "do the Center's staff speak English?" had been answered with the 2027 plan's passage (0.60-0.63).
describe("the staff's languages are declined", () => {
  const questions: [LanguageCode, string][] = [
    ['en', 'Does anyone at the Center speak English? Our delegation has no Chinese.'],
    ['zh', '中心有懂英语的工作人员吗？'],
    ['pt', 'O pessoal do centro fala inglês?'],
  ];
  declinesAsking(questions, 'facilities');
});

// "Which handles more cargo?" compares two ports as "which is bigger" does: the article gives Xiasha's tons only, and
// no comparison ("أيهما يتعامل مع بضائع أكثر" had been answered with Xiasha's passage, 0.70-0.90).
describe('which port handles more is declined', () => {
  const questions: [LanguageCode, string][] = [
    ['en', 'Between Linjiang and Xiasha, which one handles more freight?'],
    ['ar', 'بين لينجيانغ وشياشا، أيهما يستقبل سفنا أكثر؟'],
    ['fa', 'بین لینجیانگ و شیاشا کدوم بیشتر کشتی داره؟'],
    ['hi', 'Linjiang और Xiasha में किस पोर्ट पर ज़्यादा माल आता है?'],
  ];
  declinesAsking(questions, 'comparison');
});

// A length asked with the word alone: Indonesian "panjang", Persian "طول" (but "طول می‌کشد", it takes long, is a
// journey's time), isiZulu "mude" (long). The Grand Canal's length is given nowhere (Xiasha's passage had answered).
describe("the canal's length asked with a bare word", () => {
  const questions: [LanguageCode, string][] = [
    ['id', 'Kanal Besar itu panjang totalnya berapa kilometer?'],
    ['fa', 'طول کل کانال بزرگ چند کیلومتره؟'],
    ['zu', 'I-Grand Canal mude kangakanani?'],
  ];
  declinesAsking(questions, 'dimension');
  asksNone([['fa', 'سفر با قطار چند ساعت طول می‌کشد؟']], 'dimension');
});

// Russian "называется" (is called) asks a name, with "полностью" (in full) or any word between it and "как": read as a
// word, it had met the gateway passage's "называют" ("Что это за центр, как он полностью называется?": 0.59).
describe('Russian "называется" asks a name', () => {
  const questions: [LanguageCode, string][] = [['ru', 'А как этот центр полностью называется?'], ['ru', 'Как же он официально называется?']];
  asksEach(questions, 'name');
  answersEach(questions, 'center-opening');
});

// "Get to use" (have the chance to use) is no "get to" of a route: "Will our zone get to use these models?" had asked
// the way to somewhere, which the railway's and the airport's passages answer.
describe('"get to use" asks no route', () => {
  asksNone([['en', 'Will partner zones get to use the standardized models?']], 'route');
  answersEach([['en', 'Will partner zones get to use the standardized models?']], 'sharing-practices');
});

// "What's special about Xiasha port?" asks what the port's own passage says of it: only Qiantang is set apart from
// other regions (`distinction`), and a subject no passage answering that names asks no distinction (0.46 had declined).
describe("what is special about a port asks its own passage", () => {
  const questions: [LanguageCode, string][] = [['en', "Xiasha Port: what's so special about it?"], ['en', 'What is unique about Linjiang Port?']];
  answersEach([questions[0]!], 'xiasha-port');
  answersEach([questions[1]!], 'linjiang-port');
  answersEach([['en', 'What is special about Qiantang compared to other districts?']], 'qiantang-open-platforms');
});

// A reason, a solution or kinds asked of a subject whose passages answer none ("what is Xiasha port for?") ask what
// its own passage says of it: the passages giving reasons are about the Center and the gateway (0.42 had declined).
describe("a reason asked of a port is its own passage's", () => {
  answersEach([['pt', 'Para que serve o porto de Xiasha?']], 'xiasha-port');
  answersEach([['en', 'Why does Linjiang Port matter?']], 'linjiang-port');
});

// "Full" and "official" together ask the name as either does alone ("the full official name"): one of them had been
// left as a word the knowledge lacks, and the Center's name declined (0.55-0.57).
describe('the full official name', () => {
  answersEach([
    ['pt', 'Qual o nome oficial completo do centro?'],
    ['ru', 'Какое полное официальное название центра?'],
    ['id', 'Apa nama resmi lengkap pusat ini?'],
    ['af', 'Wat is die volle amptelike naam van die Sentrum?'],
  ], 'center-opening');
});

// Hindi "सी-पोर्ट" (sea-port) with a hyphen, or two words, is the loanword "सीपोर्ट": the hyphen had left "सी" alone.
describe('Hindi "सी-पोर्ट" is a seaport', () => {
  it('reads "सी-पोर्ट" and "सी पोर्ट" as the knowledge\'s "समुद्री बंदरगाह"', () => {
    const hindi = tokenizerFor('hi');
    expect(hindi.terms('सी-पोर्ट')).toEqual(hindi.terms('समुद्री बंदरगाह'));
    expect(hindi.terms('सी पोर्ट')).toEqual(hindi.terms('समुद्री बंदरगाह'));
  });
  answersEach([['hi', 'Hangzhou में सी-पोर्ट कौन सा है?']], 'linjiang-port');
});

// A sentence of context ("I'm a reporter on a tight deadline …") names things the knowledge lacks; they are around
// the question, not what it asks: together they weigh as one such word (`contextWordsAtLeast`),
// and the question keeps its share of the message (0.47 and 0.43 had fallen below the threshold). Words the
// knowledge lacks in the question's own clause ("a member") keep their weight: that question is still declined.
describe('a sentence of context weighs lightly', () => {
  answersEach([['en', "Good afternoon. I'm a reporter on a tight deadline and have to credit the source properly - who wrote the article about the Center, and which paper ran it?"]], 'center-opening');
  answersEach([['ar', 'عندنا متجر صغير على الإنترنت بيبيع لزباين في الصين، وأكبر مشكلة عندنا المرتجعات. هل فيه حل لده في تشيانتانغ؟']], 'import-return-warehouse');
  answersEach([['af', "Goeiemôre, ek is 'n beampte by die Coega IDZ en ons beplan 'n besoek. Is ons sone al lid van die sentrum?"]], null, 'in %s, declines: %s');
  // Fewer than four are context too when the question's own clause lacks none ("what the future plans are": 0.47).
  answersEach([['en', "I'm organising a workshop in Durban. Could you briefly tell me what the future plans are?"]], 'plans-2027');
  // The question's own clause, pointing elsewhere than the whole message, needs its margin over the whole as its
  // context weighs in full: weighed lightly, the context had made the whole surer of the wrong passage.
  answersEach([['en', "Good evening, I'm a journalist writing a story on BRICS trade. In plain words, what is this Center?"]], 'center-opening');
});

// "Which area" with the everyday word for an area (Indonesian "area", Persian "محدوده", Afrikaans "area") asks the
// region, as "which district" does: it had been read as asking nothing, "area" a word the knowledge lacks.
describe('"which area" asks the region', () => {
  const questions: [LanguageCode, string][] = [
    ['id', 'Sentranya ada di area mana?'],
    ['fa', 'مرکز توی کدوم محدوده قرار داره؟'],
    ['af', 'In watter area is die Sentrum?'],
  ];
  asksEach(questions, 'region');
  answersEach(questions, 'location-airport');
});

// "Long-term" asks what is planned, as "the coming years" does: "term" had weighed as a word the knowledge lacks and
// "What are the long term plans?" been declined (0.22).
describe('"long-term" asks the plans', () => {
  const questions: [LanguageCode, string][] = [
    ['en', 'What are the long term plans?'],
    ['pt', 'Quais são os planos de longo prazo?'],
    ['ru', 'Какие у центра долгосрочные цели?'],
    ['id', 'Apa target jangka panjangnya?'],
    ['af', 'Wat is die langtermyn doelwitte?'],
  ];
  asksEach(questions, 'plan');
  it.each(questions)('in %s, answers with a plan: %s', async (language, question) => {
    expect(['plans-2027', 'plans-2029']).toContain(await answered(question, language));
  });
});

// isiZulu "ngqo" after "where" or "which part" is "exactly" ("kuphi ngqo", "where exactly"), part of the question; the
// knowledge has it as "direct" (Linjiang's direct access to Ningbo-Zhoushan), which had answered where the Center is.
describe('isiZulu "where exactly"', () => {
  it.each(['Sitholakala kuphi ngqo?', 'Isikhungo sikuphi ngqo?'])('reads "ngqo" as part of "where": %s', (question) => {
    const read = readQuestion(question, 'zu');
    expect([...read.types]).toEqual(['place']);
    expect(read.topic).not.toContain('ngqo');
  });
  answersEach([['zu', 'Sawubona, isikhungo sitholakala kuyiphi ingxenye ngqo yaseHangzhou?']], 'location-airport');
});

// Amharic parts a sentence's clauses with its own comma and semicolon (፣ ፤): the clause asking is read alone as after
// a Latin comma. The context before it ("I want to share this with my boss") had answered with the sharing passage.
describe('Amharic clauses', () => {
  answersEach([
    ['am', 'ሰላም፣ ይሄን ጽሑፍ ለአለቃዬ ማጋራት እፈልጋለሁ፤ የጻፈው ማነው?'],
    ['am', 'ለጓደኞቼ ማጋራት ፈልጌ ነው፣ ጽሑፉን የጻፈው ማነው?'],
  ], 'center-opening');
});

// isiZulu "lolu daba" (this story) names the article, as "le ndaba" does: "lolu", left a word, had matched the
// knowledge's "lolu" and the author been declined (0.21).
describe('isiZulu "this story" is the article', () => {
  answersEach([['zu', 'Lolu daba lubhalwe ngubani?'], ['zu', 'Ngicela ungitshele, ngubani obhale lolu daba?']], 'center-opening');
});

// Chinese "2027年的目标" (the goals of 2027) asks the plan of that year, as "目标是什么" does; "年" had asked a time.
describe('Chinese "the goals of a year" ask its plan', () => {
  asksEach([['zh', '钱塘2027年的目标'], ['zh', '2029年目标？']], 'plan');
  answersEach([['zh', '钱塘2027年的目标']], 'plans-2027');
});

// A month in a sentence stating something, before the one asking, dates the asker's plans, not the question: "Our
// directors will visit the Center in May. Where exactly is it?" had been answered with the opening's date (0.73).
describe('a month in the context asks no date', () => {
  const questions: [LanguageCode, string][] = [
    ['en', "Hi, I'm an HR manager in Nairobi and our directors will visit the Center in May with two interpreters. Where exactly is it?"],
    ['pt', 'Nossa diretoria vai visitar o centro em abril. Onde ele fica exatamente?'],
    ['zh', '我们4月份要去中心参观。中心具体在哪里？'],
  ];
  asksNone(questions, 'time');
  it('still reads a month asked about as a date ("Did it open in April?")', () => {
    expect([...readQuestion('Did it open in April?', 'en').types]).toContain('time');
    expect([...readQuestion('Hi! I heard it opened in April. Is that right?', 'en').types]).toContain('time');
  });
});

// The whole message unsure of its passage (below the threshold) and leaning on the last sentence's or clause's too, a
// close second: that sentence, surer, answers with a smaller margin (`unsureSentenceMargin`). "Industrial park" had
// pointed the whole message at Qiantang's platforms (0.38); "the Mersin free zone" at them too (0.33, the plans 0.39).
describe('a surer question sentence wins over an unsure message', () => {
  answersEach([['zh', '你们好，我是肯尼亚一个工业园的管理人员，园区企业想把产品卖到中国，从钱塘进来合适吗？']], 'gateway-hub');
  it('answers the plans: Hi! Trading out of the Mersin free zone here. What are the long-term plans for the Center over the next few years?', async () => {
    expect(['plans-2027', 'plans-2029']).toContain(await answered('Hi! Trading out of the Mersin free zone here. What are the long-term plans for the Center over the next few years?', 'en'));
  });
  // A follow-on the whole message hardly leans on keeps the full margin: the 2029 goals "in figures" are declined.
  answersEach([['fa', 'اهداف ۲۰۲۹ دقیقاً با عدد چیه؟ مثلا حجم تجارت باید چقدر بشه؟']], null, 'in %s, declines: %s');
});

// Hindi "पता" is an address, and in "पता है" / "पता करना" (know, find out) the asker's knowing: framing, not a word.
// "क्या आपको पता है कि सेंटर कब खुला?" (do you know when it opened?) had leaned on the location passage (0.46).
describe('Hindi "do you know" frames a question', () => {
  answersEach([['hi', 'क्या आपको पता है कि सेंटर कब खुला?']], 'center-opening');
  answersEach([['hi', 'सेंटर का पता क्या है?']], 'location-airport');
});

// "What makes Qiantang special?" in Arabic ("ما الذي يجعل … مميزة عن غيرها") and Chinese ("有什么特别", "和其他地方比") asks
// what sets it apart: "يجعل" (makes) had matched the significance passage's own "يجعل" (0.52), and "地方" the
// location passage (0.43).
describe('"what makes it special" asks a distinction', () => {
  const questions: [LanguageCode, string][] = [
    ['ar', 'ما الذي يجعل تشيانتانغ مميزة عن غيرها؟'],
    ['zh', '钱塘和其他地方比有什么特别的？'],
  ];
  asksEach(questions, 'distinction');
  answersEach(questions, 'qiantang-open-platforms');
  // "What makes Qiantang a gateway?" is framed the same way and still asks the gateway.
  answersEach([['ar', 'ما الذي يجعل تشيانتانغ بوابة لمنتجات بريكس؟']], 'gateway-hub');
});

// "Quick question" is chatter, not the high-speed train's "fast": Arabic سريع, Persian سریع, Indonesian cepat and
// Amharic ፈጣን name the train in the knowledge. "سؤال سريع: إيه هو المركز ده بالظبط؟" (quick question: what is this
// Center exactly?) had been answered with the rail passage (0.63), and so had the Persian, Indonesian and Amharic ones.
describe('"quick question" asks nothing fast', () => {
  answersEach([
    ['ar', 'مساء الخير، سؤال سريع: إيه هو المركز ده بالظبط؟'],
    ['fa', 'سلام، یه سوال سریع: این مرکز چیه؟'],
    ['id', 'Halo, pertanyaan cepat: pusat ini sebenarnya apa?'],
    ['am', 'ሰላም፣ ፈጣን ጥያቄ፦ ይህ ማዕከል ምንድን ነው?'],
  ], 'center-opening');
});

// "Direct question" is chatter too, not the knowledge's "direct" link or access (Hindi सीधा, Portuguese direta): "सीधा
// सवाल: इस सेंटर का पूरा नाम क्या है?" (what is the Center's full name?) had been answered with Linjiang's port (0.66).
describe('"direct question" asks nothing direct', () => {
  answersEach([
    ['hi', 'सीधा सवाल: इस सेंटर का पूरा नाम क्या है?'],
    ['pt', 'Pergunta direta: qual o nome completo do centro?'],
  ], 'center-opening');
});

// Portuguese "que" opening a sentence that asks nothing else asks "what" (`OPENING_WHAT`): "Que centro é esse?" (what
// centre is this?) had asked nothing and been only a suggestion (0.20). Inside a clause it is "that" and asks nothing.
describe('Portuguese "que" opening a question asks what', () => {
  asksEach([['pt', 'Que centro é esse, afinal?']], 'definition');
  answersEach([['pt', 'Que centro é esse, afinal?']], 'center-opening');
  asksNone([['pt', 'Qiantang tem algo que deixa isso mais barato?']], 'definition');
  // It asks about what it names: "what warehouse is this?" is the warehouse's.
  answersEach([['pt', 'Que armazém é esse de devolução?']], 'import-return-warehouse');
});

// "How long will the ride take" with a verb of going between: Russian "сколько будет ехать" and Egyptian Arabic
// "بياخد قد إيه" (it takes how much) ask how far in time, not an amount ("قد إيه" alone, "сколько" alone): "Сколько
// будет ехать поезд … до крупных экономических центров?" had asked a quantity (0.49).
describe('how long a ride takes asks a distance', () => {
  const questions: [LanguageCode, string][] = [
    ['ru', 'Сколько будем ехать поездом от станции Цяньтан до больших городов?'],
    ['ar', 'الرحلة من المطار للمركز هتاخد قد ايه؟'],
  ];
  asksEach(questions, 'distance');
  answersEach([questions[1]!], 'location-airport');
});

// isiZulu writes e-mail "imeyili": "Ngingalithola kuphi ikheli le-imeyili labo?" (where can I find their e-mail
// address?) had been answered with the Center's location (0.72).
describe('isiZulu "imeyili" asks a contact', () => {
  const questions: [LanguageCode, string][] = [['zu', 'Ngingalithola kuphi ikheli le-imeyili labo?'], ['zu', 'Yini i-imeyili yesikhungo?']];
  asksEach(questions, 'contact');
  answersEach(questions, null, 'in %s, declines: %s');
});

// English "pass its innovations on" parts the phrasal verb around what is passed, and "share … with other zones"
// names who gets it: both ask who the practices reach (`recipient`). "How will Qiantang pass its innovations on to
// free zones like ours?" had been a suggestion (0.43). "Pass through … on the way" is no passing on.
describe('English "pass … on" and "with other zones" ask the recipients', () => {
  const questions: [LanguageCode, string][] = [['en', 'How will Qiantang pass its innovations on to free zones like ours?'], ['en', 'Will they pass the practices on to us?']];
  asksEach(questions, 'recipient');
  answersEach(questions, 'sharing-practices');
  asksEach([['en', 'Will Qiantang share these practices with other BRICS zones?']], 'recipient');
  asksNone([['en', 'Do goods pass through Xiasha on the way?']], 'recipient');
});

// "Through which channel" asks how the practices travel, not the Grand Canal's second channel (Portuguese "canal",
// Arabic قناة, English "channel" name it): "Por qual canal esses modelos vão ser passados pras outras zonas?" had
// been answered with Xiasha's port (0.36).
describe('"through which channel" asks a method', () => {
  const questions: [LanguageCode, string][] = [
    ['pt', 'Por qual canal esses modelos vão ser passados pras outras zonas?'],
    ['en', 'Through what channel will the models reach us?'],
  ];
  asksEach(questions, 'method');
  answersEach(questions, 'sharing-practices');
  // The canal asked about is still the port's.
  answersEach([['pt', 'Xiasha fica em qual canal?'], ['en', 'Which channel is Xiasha Port on?']], 'xiasha-port');
});

// Russian "which" in every case is a function word, as "какой" and "какие" were: "какую" had been read as "как" and
// met the knowledge's "как" (as), so "Какую погоду ждать в Ханчжоу в марте?" (which weather to expect…) was a
// suggestion of the opening (0.40).
describe('Russian "which" in its oblique cases', () => {
  it('holds no term', () => {
    const russian = tokenizerFor('ru');
    for (const word of ['какую', 'каким', 'какими', 'какого', 'каких', 'каком', 'какому']) expect({ word, terms: russian.terms(word) }).toEqual({ word, terms: [] });
  });
  it('suggests nothing for the weather: Какую погоду ждать в Ханчжоу в марте?', async () => {
    const [best] = await index.search('Какую погоду ждать в Ханчжоу в марте?', 'ru');
    expect(best?.confidence ?? 0).toBeLessThan(SUGGESTION_THRESHOLD);
  });
});

// Russian "чем открытие … важно" (what makes the opening … important) and "что открытие … даст" (what will the
// opening … give) ask why it matters with the event in between: "Чем открытие центра важно для самого Цяньтана?" had
// been the opening's passage (0.49). Russian "открытие" cannot stand for founding as other languages' words do: it
// is one stem with the open platforms' "открытые".
describe('Russian "what does the opening … give" asks why it matters', () => {
  const questions: [LanguageCode, string][] = [['ru', 'Что открытие этого центра даст Цяньтану?'], ['ru', 'Чем открытие нового центра важно для Цяньтана?']];
  asksEach(questions, 'reason');
  answersEach(questions, 'center-significance');
});

// Arabic "في كام ساعة" (in how many hours) asks how long a trip takes, as "كم ساعة" does: "…هيوصل للمراكز
// الاقتصادية الكبيرة في كام ساعة؟" had asked an amount of hours (0.47).
// So does "هتاخد كام ساعة" (will take how many hours): "…الرحلة للمدن الكبيرة هتاخد كام ساعة؟" had asked an amount (0.42);
// and "في قد إيه" (in how much time), "المسافة" (the distance): "…من المطار نوصل في قد إيه؟" had (0.28).
describe('Arabic "in how many hours" asks a distance', () => {
  const questions: [LanguageCode, string][] = [
    ['ar', 'القطار من محطة تشيانتانغ بيوصل للمدن الكبيرة في كام ساعة؟'],
    ['ar', 'لما محطة القطار السريع تفتح، الرحلة للمدن الكبيرة هتاخد كام ساعة؟'],
  ];
  asksEach(questions, 'distance');
  answersEach(questions, 'high-speed-rail');
  const fromTheAirport: [LanguageCode, string][] = [
    ['ar', 'أهلا، بنرتب زيارة لوفد. من المطار نوصل للمركز في قد إيه؟'],
    ['ar', 'المسافة من المطار للمركز قد إيه؟'],
  ];
  asksEach(fromTheAirport, 'distance');
  answersEach(fromTheAirport, 'location-airport');
});

// Chinese "多少分钟" (how many minutes) and colloquial Persian "چند ساعته" (in how many hours) ask how long a trip
// takes, as "几分钟" and "چند ساعت" do; they had asked an amount.
describe('Chinese and Persian minutes and hours of a trip ask a distance', () => {
  const questions: [LanguageCode, string][] = [['zh', '从机场过去要多少分钟？'], ['fa', 'قطار چند ساعته به شهرهای بزرگ می‌رسه؟']];
  asksEach(questions, 'distance');
  answersEach([questions[0]!], 'location-airport');
  answersEach([questions[1]!], 'high-speed-rail');
});

// "Since when has it been working / operating" asks when the Center opened: the verb is the asking's, not the rail
// station's "operational" nor the 2027 plan's "working mechanism". "Isikhungo sisebenza kusukela nini?" had been
// answered with the 2027 plan (0.69); Hindi "कब से चालू है" and Indonesian "sejak kapan … beroperasi" leaned on the
// rail passage (0.44). Portuguese and Indonesian put the Center between the words: the cue passes over it (`~~`).
describe('"since when has it been operating" asks the opening', () => {
  const questions: [LanguageCode, string][] = [
    ['zu', 'Isikhungo sisebenza kusukela nini?'],
    ['hi', 'सेंटर कब से चालू है?'],
    ['id', 'Sejak kapan pusat ini beroperasi?'],
    ['pt', 'Desde quando o centro funciona?'],
    ['am', 'ማዕከሉ ከመቼ ጀምሮ ይሰራል?'],
    ['en', 'Since when has it been operating?'],
  ];
  asksEach(questions, 'time');
  answersEach(questions, 'center-opening');
  // The station named still leads to the station.
  answersEach([['id', 'Sejak kapan stasiun kereta cepat beroperasi?']], 'high-speed-rail');
});

// "Who opened it" asks who was there to open it (`attendance`, with the "who"), which the article does not say: "Who
// officially opened the Center on 21 March?" holds every other word of the opening's passage and had been answered
// with it in ten languages (0.60-0.74).
describe('who opened the Center is declined', () => {
  const questions: [LanguageCode, string][] = [
    ['en', 'Who officially opened the Center on 21 March?'],
    ['ru', 'Кто официально открыл центр 21 марта?'],
    ['pt', 'Quem inaugurou oficialmente o centro em 21 de março?'],
    ['ar', 'مين اللي افتتح المركز رسميا يوم 21 مارس؟'],
    ['zu', 'Ubani owavula isikhungo ngokusemthethweni ngomhla ka-21 March?'],
    ['af', 'Wie het die sentrum op 21 Maart amptelik geopen?'],
  ];
  asksEach(questions, 'attendance');
  answersEach(questions, null, 'in %s, declines: %s');
  // Who wrote about the opening is the article's author, and who sets up the 2027 mechanism is the plan's.
  answersEach([['en', 'Who wrote the article about the opening on 21 March?']], 'center-opening');
  answersEach([['en', 'Who aims to establish the working mechanism by 2027?']], 'plans-2027');
});

// The name of a part of the city is where the Center is (`AREA_WORDS`): "What is the area around the Center called?"
// had asked a name and been given the opening's passage (the Center's own name) in English, Hindi and Persian, and
// isiZulu "ebizwa ngokuthi yini" (called what) the gateway's, which the article calls a "gateway hub" (0.81).
describe('the name of the area is the location', () => {
  const questions: [LanguageCode, string][] = [
    ['en', 'What is the area around the Center called?'],
    ['hi', 'सेंटर जिस इलाके में है उसका नाम क्या है?'],
    ['fa', 'اسم منطقه‌ای که مرکز توشه چیه؟'],
    ['zh', '中心所在的片区叫什么名字？'],
    ['zu', 'Isikhungo sisendaweni ebizwa ngokuthi yini?'],
  ];
  asksEach(questions, 'region');
  answersEach(questions, 'location-airport');
  // The Center's full name, asked beside the district it opened in, is still the opening's.
  answersEach([['hi', 'सेंटर का पूरा ऑफिशियल नाम क्या है और ये किस डिस्ट्रिक्ट में खुला है?']], 'center-opening');
});

// "Which state zones", "what national-level zones": a word between "which" and "zones" is passed over (`~~`) and
// stays the question's. "Какие государственные зоны есть в Цяньтане?" had asked nothing (0.24).
describe('"which … zones" with a word between asks the kinds', () => {
  // Persian "چه مناطق" (which zones) with its adjective after it, "چه مناطق ویژه‌ای", had asked nothing too (0.32).
  const questions: [LanguageCode, string][] = [['ru', 'Какие государственные зоны есть в Цяньтане?'], ['af', 'Watter nasionale sones het Qiantang?'], ['en', 'What national-level zones does Qiantang have?'], ['fa', 'چیان‌تانگ چه مناطق ویژه‌ای داره؟']];
  asksEach(questions, 'kinds');
  answersEach(questions, 'qiantang-open-platforms');
});

// Connecting is reaching (`SAME_MEANING`): Linjiang "provides direct access" to the Ningbo-Zhoushan Port. "Watter hawe
// verbind Hangzhou met die see?" (which port connects Hangzhou with the sea?) had met only the rail's "verbinding"
// (0.50), and in Hindi the location's "जोड़ने" (0.56, the port second).
describe('the port connecting Hangzhou with the sea', () => {
  answersEach([
    ['af', 'Watter hawe verbind Hangzhou met die see?'],
    ['hi', 'हांगझोउ को समुद्र से कौन सा पोर्ट जोड़ता है?'],
    ['zu', 'Yiliphi ichweba elixhumanisa iHangzhou nolwandle?'],
    ['en', 'Good morning, we are a logistics firm in Durban; which port would connect us to the sea there?'],
  ], 'linjiang-port');
});

// Question words mistyped as people type on a phone (English "wher", "wen", Russian "гд", Portuguese "ond") still
// ask where and when: "wher is the centre?" had asked nothing (0.09), "ond fica o centro?" (0.06).
describe('mistyped question words', () => {
  asksEach([['en', 'wher is the centre?'], ['ru', 'гд находится центр?'], ['pt', 'ond fica o centro?']], 'place');
  answersEach([['ru', 'гд находится центр?'], ['pt', 'ond fica o centro?']], 'location-airport');
  asksEach([['en', 'wen did the center open']], 'time');
  answersEach([['en', 'wher is the centre?']], 'location-airport');
  answersEach([['en', 'wen did the center open']], 'center-opening');
});

// "Has Qiantang done anything to make it easier to …?" asks for a solution, as "is there a way" does; its "easier"
// had met the joint supervision's knowledge ("We sell online … returns are a headache. Has Qiantang done anything to
// make it easier to send back goods?", 0.46).
describe('"done anything to make it easier" asks a solution', () => {
  const questions: [LanguageCode, string][] = [['en', 'Our shop sells online into China. Has Qiantang done anything to make it easier to send back goods buyers return?']];
  asksEach(questions, 'solution');
  answersEach(questions, 'import-return-warehouse');
});

// "What does this Center mean for Qiantang?" with the Center between the words (Russian "что … значит", Portuguese
// "o que … significa", `~~`) and Egyptian "معناه إيه" (its meaning, what?) asks why it matters: each had been read as
// "what is" and been only a suggestion (0.09-0.22).
describe('"what does the Center mean" with the Center between asks why it matters', () => {
  const questions: [LanguageCode, string][] = [
    ['ru', 'Что этот центр значит для Цяньтана?'],
    ['pt', 'O que o novo centro representa para Qiantang?'],
    ['ar', 'المركز ده معناه إيه بالنسبة لتشيانتانغ؟'],
  ];
  asksEach(questions, 'reason');
  answersEach(questions, 'center-significance');
});

// Teaching other zones how Qiantang does things is sharing its practices (`SAME_MEANING`): "Is Qiantang going to teach
// other zones how it does things?" had leaned on Qiantang's platforms (0.30), the sharing passage second.
describe('teaching other zones is sharing the practices', () => {
  it.each([
    ['en', 'Is Qiantang going to teach other zones how it does things?'],
    ['ru', 'Будет ли Цяньтан учить другие зоны своим методам?'],
    ['pt', 'Qiantang vai ensinar outras zonas como faz as coisas?'],
  ] as [LanguageCode, string][])('in %s, leads to the sharing passage: %s', async (language, question) => {
    const [best] = await index.search(question, language);
    expect(best?.passage.id).toBe('sharing-practices');
    expect(best!.confidence).toBeGreaterThanOrEqual(SUGGESTION_THRESHOLD);
  });
});

// Egyptian "إيه المنصات" (what platforms) asks the kinds, as "إيه المناطق" does, and "المفروض يتعمل" (is supposed to be
// done) the plan: "إيه المنصات اللي بتجمعها تشيانتانغ؟" had been read as "what is" (0.37, the significance a close
// second), "إيه اللي المفروض يتعمل لحد 2027؟" as a time (0.50).
describe('Egyptian Arabic platforms and plans', () => {
  asksEach([['ar', 'إيه المنصات اللي بتجمعها تشيانتانغ؟']], 'kinds');
  answersEach([['ar', 'إيه المنصات اللي بتجمعها تشيانتانغ؟']], 'qiantang-open-platforms');
  asksEach([['ar', 'إيه اللي المفروض يتعمل لحد 2027؟']], 'plan');
  answersEach([['ar', 'إيه اللي المفروض يتعمل لحد 2027؟']], 'plans-2027');
});

// Portuguese "o que deve estar pronto até 2027" (what should be ready by 2027) asks the plan, not only a time (0.56),
// and Amharic "ምን ምን መድረኮች" (which platforms) the kinds, as "ምን ምን ዞኖች" does (read as "what is", 0.43).
describe('Portuguese "should be ready" and Amharic "which platforms"', () => {
  asksEach([['pt', 'O que deve estar pronto em Zhejiang até 2027?']], 'plan');
  answersEach([['pt', 'O que deve estar pronto em Zhejiang até 2027?']], 'plans-2027');
  asksEach([['am', 'ቺያንታንግ ምን ምን መድረኮችን ያጣምራል?']], 'kinds');
  answersEach([['am', 'ቺያንታንግ ምን ምን መድረኮችን ያጣምራል?']], 'qiantang-open-platforms');
});

// English "the opening" of the Center is its establishment (`PHRASES`), as "founded" and "set up" are: "Why does the
// opening matter for Qiantang?" had leaned on the gateway (0.48, the significance 0.47). The opening hours are not.
describe('English "the opening" is the establishment', () => {
  it('reads "the opening" as "the establishment", but not "the opening hours"', () => {
    const english = tokenizerFor('en');
    expect(english.terms('the opening')).toEqual(english.terms('the establishment'));
    expect(english.terms('the opening hours')).not.toEqual(english.terms('the establishment hours'));
  });
  answersEach([['en', 'Why does the opening matter for Qiantang?']], 'center-significance');
  answersEach([['en', 'What are the opening hours of the Center?']], null, 'in %s, declines: %s');
});

// isiZulu puts the subject's agreement before "kuyiphi" (which): "Isikhungo sikuyiphi ingxenye yeHangzhou?" (which part
// of Hangzhou is the Center in?) had asked nothing (0.24).
describe('isiZulu "sikuyiphi ingxenye" asks a region', () => {
  asksEach([['zu', 'Isikhungo sikuyiphi ingxenye yeHangzhou?']], 'region');
  answersEach([['zu', 'Isikhungo sikuyiphi ingxenye yeHangzhou?']], 'location-airport');
});

// Persian minutes and hours with an ending ("چند دقیقه‌ست", how many minutes is it) ask a distance; "به بقیه مناطق"
// (to the other zones) who gets the practices; Indonesian "platform apa saja" (which platforms) the kinds.
describe('Persian minutes with an ending, other zones, and Indonesian platforms', () => {
  asksEach([['fa', 'از فرودگاه شیائوشان تا مرکز چند دقیقه‌ست؟']], 'distance');
  answersEach([['fa', 'از فرودگاه شیائوشان تا مرکز چند دقیقه‌ست؟']], 'location-airport');
  asksEach([['fa', 'این روش‌ها به بقیه مناطق بریکس هم میرسه؟']], 'recipient');
  answersEach([['fa', 'این روش‌ها به بقیه مناطق بریکس هم میرسه؟']], 'sharing-practices');
  asksEach([['id', 'Platform apa saja yang digabung Qiantang?']], 'kinds');
  answersEach([['id', 'Platform apa saja yang digabung Qiantang?']], 'qiantang-open-platforms');
});

// "Can we use Qiantang's models?" asks who gets them (`recipient`) in Hindi ("इस्तेमाल कर सकते"), Persian ("استفاده
// کنیم"), Indonesian ("boleh kami pakai") and Afrikaans ("kan ons … gebruik", what is used passed over): after a
// sentence about the asker's industrial park each had leaned on Qiantang's platforms or the return warehouse.
describe('"can we use the models" asks the recipients', () => {
  const questions: [LanguageCode, string][] = [
    ['hi', 'हम गुजरात में एक इंडस्ट्रियल पार्क चलाते हैं। क्या हम Qiantang के मॉडल इस्तेमाल कर सकते हैं?'],
    ['fa', 'ما یه شهرک صنعتی تو اصفهان داریم. می‌تونیم از مدل‌های چیان‌تانگ استفاده کنیم؟'],
    ['id', 'Kami mengelola kawasan industri di Batam. Boleh kami pakai model Qiantang?'],
    ['af', "Ons bestuur 'n nywerheidspark in Kaapstad. Kan ons Qiantang se modelle gebruik?"],
  ];
  asksEach(questions, 'recipient');
  answersEach(questions, 'sharing-practices');
});

// A Latin word inside a sentence of another script that a Latin-script language knows ("Airport", English's) is no
// place the article does not name: "离 Xiaoshan Airport 多远？" had weighed "Airport" as an unknown place, as "Shanghai"
// is (0.43), and so in Persian and Arabic.
describe('a known Latin word inside another script is no unknown place', () => {
  answersEach([
    ['zh', '离 Xiaoshan Airport 多远？'],
    ['fa', 'مرکز تا Xiaoshan Airport چقدر راهه؟'],
    ['ar', 'المركز بعيد عن Xiaoshan Airport قد ايه؟'],
  ], 'location-airport');
});

// Afrikaans "die sentrum se ure" (the Center's hours) asks opening hours, which the article does not give: it had been
// answered with the opening's passage (0.85). "Hoeveel ure" (how many hours) is still a trip's length.
describe('Afrikaans "se ure" asks opening hours', () => {
  asksEach([['af', 'Wat is die sentrum se ure?']], 'hours');
  answersEach([['af', 'Wat is die sentrum se ure?']], null, 'in %s, declines: %s');
  answersEach([['af', 'Hoeveel ure neem die trein na die groot stede?']], 'high-speed-rail');
});

// A sentence of context naming what other passages hold ("we ship a lot through ports") had drawn the whole message
// to Linjiang's port (0.72), and the question after it, naming the Center, could not win by the usual margin (0.77).
// Its own words are not in that passage: the context alone drew it there (`contextDrawnMargin`). A question naming
// nothing of its own still takes its subject from the context.
describe('a question naming the Center is not outweighed by context its passage lacks', () => {
  answersEach([
    ['en', 'Hi, I run a small logistics company in Durban and we ship a lot through ports. Where exactly is the Center located?'],
    ['ru', 'Здравствуйте, у меня небольшая логистическая компания в Дурбане, мы много возим через порты. Где именно находится Центр?'],
    ['pt', 'Olá, tenho uma pequena empresa de logística em Durban e usamos muito os portos. Onde exatamente fica o Centro?'],
    ['en', 'Good morning! Our firm handles warehouse logistics in Coega. Where can I find the Center?'],
  ], 'location-airport');
  answersEach([['en', 'We ship a lot through ports. Which one is the seaport?']], 'linjiang-port');
});

// A phone in the clause before the question ("I'm on the phone with a client - …") is how the asker talks, not a
// contact asked: carried to the question's last clause as a kind no passage answers, it had sunk it (0.18-0.52).
// A contact asked in so many words is still declined.
describe('a phone before the question is the asker\'s circumstance', () => {
  answersEach([
    ['en', "I'm on the phone with a client right now - what will the new rail station connect us to?"],
    ['hi', 'मैं अभी क्लाइंट के साथ फ़ोन पर हूँ — नया हाई-स्पीड रेल स्टेशन कहाँ तक सीधा जोड़ेगा?'],
    ['id', 'Saya lagi di telepon sama klien nih, stasiun kereta cepat yang baru nanti terhubung langsung ke mana?'],
    ['af', "Ek is nou op die foon met 'n kliënt, waarheen gaan die nuwe treinstasie ons direk verbind?"],
    // A last clause asking no kind at all ("which connection").
    ['af', "Ek praat op die foon met 'n kliënt – watter verbinding bied die nuwe treinstasie?"],
  ], 'high-speed-rail');
  answersEach([
    ['zh', '客户在电话那头等着呢，中心具体在哪儿？'],
    ['ar', 'أنا على الهاتف مع عميل الآن، أين يقع المركز بالضبط؟'],
    ['am', 'ደንበኛ ስልክ ላይ እየጠበቀኝ ነው፤ ማዕከሉ የት ነው?'],
  ], 'location-airport');
  answersEach([
    ['en', "What's the Center's phone number, and where can I find it?"],
    ['ru', 'Какой у центра телефон, и где его найти?'],
  ], null, 'in %s, declines: %s');
});

// "Tell me quickly" (Persian "سریع بگید", Indonesian "jawab cepat") frames the asking, as "quick question" does: its
// word for quick is the knowledge's high-speed train, and "سریع بگید مرکز کجاست؟" had been answered with the rail (0.39).
describe('"tell me quickly" asks nothing', () => {
  answersEach([
    ['fa', 'سریع بگید مرکز کجاست؟'],
    ['fa', 'مشتری پشت خطه، سریع بگید مرکز دقیقاً کجاست؟'],
    ['id', 'Tolong jawab cepat pusatnya di mana?'],
  ], 'location-airport');
});

// Amharic's passive prefix ተ is stripped with the other prefixes: "የተገዛ ዕቃ" (goods bought) had missed the knowledge's
// "የገዛውን" (that they bought), and "bought online, sent back" questions stayed below the threshold (0.51).
describe('Amharic passive verbs meet their active forms', () => {
  it('reads "የተገዛ" (bought) as "የገዛውን" (that they bought)', () => {
    const amharic = tokenizerFor('am');
    expect(amharic.terms('የተገዛ')).toEqual(amharic.terms('የገዛውን'));
  });
  answersEach([
    ['am', 'ኦንላይን የተገዛ ዕቃ መልሶ ለመላክ የሚረዳ አሰራር አለ?'],
    ['am', 'በኢንተርኔት የተገዛ ዕቃ ቢመለስ ምን ይደረጋል?'],
  ], 'import-return-warehouse');
});

// Egyptian "أنهي" (which) asks as "أي" does: "المركز في أنهي حي؟" (which district is the Center in?) had been read as a
// yes/no question whether the Center is in a place, and answered with the opening's city (0.85).
describe('Egyptian "أنهي" (which) asks a district, a city, a place', () => {
  asksEach([['ar', 'المركز في أنهي حي؟']], 'region');
  asksEach([['ar', 'المركز في انهي مدينة؟']], 'city');
  answersEach([['ar', 'معلش سؤال بسيط، المركز في أنهي حي؟']], 'location-airport');
});

// A fare or a tariff is a price asked in so many words (`ReadQuestion.fare`), as "price" and "fee" are: "What's the
// taxi fare from Xiaoshan airport to the Centre?" had been answered with the location (0.64), a price named alone
// weighing too little against the airport and the Center. So Portuguese "tarifa", isiZulu "yimalini" (it is how much
// money) and Afrikaans compounds ending in "tarief".
describe('a fare or a tariff asks a price in so many words', () => {
  const questions: [LanguageCode, string][] = [
    ['en', "What's the taxi fare from Xiaoshan airport to the Centre?"],
    ['pt', 'Qual é a tarifa do táxi do aeroporto de Xiaoshan até o centro?'],
    ['zu', 'Yimalini itekisi esuka esikhumulweni sezindiza iya esikhungweni?'],
    ['af', 'Wat is die taxitarief van die lughawe af na die sentrum?'],
  ];
  asksPrice(questions);
  answersEach(questions, null, 'in %s, declines: %s');
});

// How often a service runs is a schedule, which the article does not give (`hours`, as a timetable is): "how often",
// "一周有几班", "как часто", "com que frequência", "hoe gereeld". "Как часто ходят суда из порта Линьцзян…?" had been
// answered with Linjiang's passage (0.95). And the largest ship a port takes is a dimension ("ship size", "أقصى حمولة").
describe('how often a service runs asks a schedule; the largest ship a dimension', () => {
  const often: [LanguageCode, string][] = [
    ['en', 'How often do ships leave Xiasha Port?'],
    ['zh', '临江港到宁波舟山港的驳船一周有几班？'],
    ['ru', 'Как часто ходят суда из порта Линьцзян в Нинбо-Чжоушань?'],
    ['pt', 'Com que frequência saem navios do porto de Linjiang?'],
    ['af', 'Hoe gereeld vertrek skepe van Linjiang-hawe?'],
  ];
  asksEach(often, 'hours');
  answersEach(often, null, 'in %s, declines: %s');
  const size: [LanguageCode, string][] = [
    ['en', 'What is the maximum ship size Linjiang can handle?'],
    ['ar', 'ما أقصى حمولة للسفن في ميناء Linjiang؟'],
  ];
  asksEach(size, 'dimension');
  answersEach(size, null, 'in %s, declines: %s');
});

// Amharic and isiZulu ask a name with "who": "ሙሉ ስሙ ማን ነው?" (who is its full name), "Ngubani igama…?", "Igama
// lesikhungo ngubani?": they ask a name, not a person. "የማዕከሉ ሙሉ ስም ማን ነው?" had been read as asking who, and declined
// (0.15); isiZulu "ngegama eliphelele" (by its full name) asks a name too.
describe('Amharic and isiZulu ask a name with "who"', () => {
  const questions: [LanguageCode, string][] = [
    ['am', 'የማዕከሉ ሙሉ ስም ማን ነው?'],
    ['zu', 'Ngubani igama eligcwele lesikhungo?'],
    ['zu', 'Igama lesikhungo ngubani?'],
    ['zu', 'Sibizwa ngokuthini lesi sikhungo ngegama eliphelele?'],
  ];
  asksEach(questions, 'name');
  asksNone(questions, 'agent');
  answersEach(questions, 'center-opening');
});

// "What difference will the Center make for Qiantang?" asks why it matters (`reason`), the Center's significance; it had
// been read as asking what sets Qiantang apart from other regions ("difference", `distinction`: Qiantang's platforms)
// or what the Center is, in every language (0.06-0.79 on the wrong passage). English names the one thing that makes the
// difference ("what difference will the ~~ make"): "what difference does …" of a practice asks its effect.
describe('"what difference will the Center make" asks why it matters', () => {
  const questions: [LanguageCode, string][] = [
    ['en', 'What difference will the Center make for Qiantang?'],
    ['zh', '这个中心对钱塘会带来什么不同？'],
    ['ru', 'Что изменит этот центр для Цяньтана?'],
    ['pt', 'Que diferença esse centro faz para Qiantang?'],
    ['hi', 'इस सेंटर से Qiantang के लिए क्या फर्क पड़ेगा?'],
    ['ar', 'المركز ده هيفرق إيه بالنسبة لتشيانتانغ؟'],
    ['ar', 'ما الفرق الذي سيحدثه المركز لتشيانتانغ؟'],
    ['fa', 'این مرکز چه فرقی برای چیان‌تانگ ایجاد می‌کنه؟'],
    ['id', 'Apa bedanya pusat ini bagi Qiantang?'],
    ['zu', 'Lesi sikhungo sizokwenzela umehluko muni iQiantang?'],
    ['af', 'Watter verskil maak die Sentrum vir Qiantang?'],
  ];
  asksEach(questions, 'reason');
  answersEach(questions, 'center-significance');
});

// Amharic "ክፍለ ከተማ" (sub-city, as Addis Ababa's districts are called) asks the region, and "መቼና" (when, and …) a
// time: "ማዕከሉ በየትኛው ክፍለ ከተማ ነው ያለው?" had been answered with the 2027 plan's "unit" (0.96), and "ማዕከሉ መቼና የት ነው
// የተከፈተው?" (when and where was it opened) was left below the threshold (0.37).
describe('Amharic "sub-city" asks the region, "when and" a time', () => {
  asksEach([['am', 'ማዕከሉ በየትኛው ክፍለ ከተማ ነው ያለው?']], 'region');
  answersEach([['am', 'ማዕከሉ በየትኛው ክፍለ ከተማ ነው ያለው?']], 'location-airport');
  asksEach([['am', 'ማዕከሉ መቼና የት ነው የተከፈተው?']], 'time');
  answersEach([['am', 'ሰላም! እኔ ጋዜጠኛ ነኝ። ማዕከሉ መቼና የት ነው የተከፈተው?']], 'center-opening');
});

// "What mechanism" is no cue of a method (en, id, af): the word is the 2027 plan's own ("a coordinated working
// mechanism"), and as a cue it had been taken from the question: "What mechanism should be in place by 2027?" kept only
// "2027" and a method no plan gives (0.43-0.48). Persian "چه سازوکاری" stays a cue: its question had kept its answer
// (0.77).
describe('"what mechanism" leaves the mechanism to the question', () => {
  const questions: [LanguageCode, string][] = [
    ['en', 'What mechanism should be in place by 2027?'],
    ['id', 'Mekanismenya seperti apa yang harus ada pada 2027?'],
    ['af', 'Watter meganisme moet teen 2027 in plek wees?'],
  ];
  asksNone(questions, 'method');
  answersEach(questions, 'plans-2027');
  answersEach([['en', 'By what mechanism will the practices be shared?']], 'sharing-practices');
});

// Egyptian "لازمته إيه" / "فايدته إيه" (what is it for, what use is it) asks why it matters: "المركز ده لازمته إيه أصلا؟"
// had been read as what the Center is, and declined (0.06).
describe('Egyptian "what is it for" asks why it matters', () => {
  const questions: [LanguageCode, string][] = [['ar', 'المركز ده لازمته إيه أصلا؟'], ['ar', 'المركز ده فايدته إيه لتشيانتانغ؟']];
  asksEach(questions, 'reason');
  answersEach(questions, 'center-significance');
});

// A number one passage states ("eight-hour", "5 million tons") is its fact, not an everyday word: stopwords-iso lists
// "eight", "oito", "восемь" as everyday, and "So the eight hours, where does that get you?" had been answered with
// Linjiang's direct access (1.00). One stays everyday ("one or two lines").
describe('a number the knowledge states once names its passage', () => {
  answersEach([
    ['en', 'So the eight hours, where does that get you?'],
    ['en', 'The eight hours - to where exactly?'],
    ['pt', 'Em oito horas chego aonde?'],
  ], 'high-speed-rail');
});

// 落户 (an institution settles in a place) is a word for establishing, and its characters are not its meaning: 户 (a
// door) met the gateway's 门户, and "the Center settling in Qiantang, what does it mean?" went to the gateway hub.
describe('Chinese 落户 is establishing, not a door', () => {
  answersEach([['zh', '合作中心落户在钱塘，对这个区意味着什么？'], ['zh', '中心落户钱塘有啥意义']], 'center-significance');
  answersEach([['zh', '中心是哪天落户钱塘的？']], 'center-opening');
  answersEach([['zh', '钱塘为什么被叫做门户枢纽？']], 'gateway-hub');
});

// "What does the Center do?" asks the Center's role in its cue, Center and all: the sentence holds no other word, and
// a sentence without words had only followed on from the context before it ("I work in logistics." → 0.22). And
// "planning" is no plan asked: a planning team is where the asker works; as a word it still finds the plans.
describe('a question of the Center\'s role after a sentence of context', () => {
  answersEach([
    ['en', 'I work in logistics. What does the Center do?'],
    ['en', 'I am on the planning team. What does the Center do?'],
    ['zh', '我在物流公司工作。中心是做什么的？'],
  ], 'center-significance');
  answersEach([['en', 'What is the planning for 2029?']], 'plans-2029');
});

// Amharic "in the coming years" (በቀጣዮቹ ዓመታት, በሚቀጥሉት ዓመታት, በሚመጡት ዓመታት) asks what is planned, as "በመጪዎቹ ዓመታት" did.
describe('Amharic "in the coming years" asks the plans', () => {
  answersEach([['am', 'በቀጣዮቹ ዓመታት ምን ይሰራል?'], ['am', 'በሚመጡት ዓመታት ምን ይደረጋል?']], 'plans-2027');
});

// Before ያ an Amharic i-order syllable and its bare consonant sound alike and both are typed ("ጣቢያ"/"ጣብያ", a
// station; "ኢትዮጵያ"/"ኢትዮጲያ"): "የባቡር ጣብያው ወደ የት ያገናኛል?" had met no station and gone to the airport's passage.
describe('Amharic spellings before ያ are one word', () => {
  it('reads "ጣብያ" as "ጣቢያ" and "ኢትዮጲያ" as "ኢትዮጵያ"', () => {
    const terms = (text: string) => tokenizerFor('am').terms(text);
    expect(terms('ጣብያ')).toEqual(terms('ጣቢያ'));
    expect(terms('ኢትዮጲያ')).toEqual(terms('ኢትዮጵያ'));
  });
  it('ranks the rail link first for "የባቡር ጣብያው ወደ የት ያገናኛል?"', async () => {
    expect((await index.search('የባቡር ጣብያው ወደ የት ያገናኛል?', 'am'))[0]?.passage.id).toBe('high-speed-rail');
  });
  answersEach([['am', 'የቺያንታንግ ፈጣን ባቡር ጣብያ ምን ይሰጣል?']], 'high-speed-rail');
});

// Amharic writes some compounds as one word or two: "አየርማረፊያ" is "አየር ማረፊያ", the airport.
describe('Amharic compounds written as one word', () => {
  answersEach([['am', 'ከአየርማረፊያው ሩቅ ነው?'], ['am', 'የቅርብ አየርማረፊያ የትኛው ነው?']], 'location-airport');
});

// "What is meant by …" (Russian "что имеется в виду", "что подразумевается"; Arabic "ماذا يقصدون", "ما المقصود") asks
// what something is: its verb is the question's frame, not a word the knowledge lacks ("«gateway hub» — что имеется в
// виду?" had weighed "имеется" and "виду" against the gateway).
describe('"what is meant by" is the question\'s frame', () => {
  it.each([
    ['ru', 'Что имеется в виду под складом возвратов?', 'имеется'],
    ['ru', 'Что подразумевается под совместным надзором?', 'подразумевается'],
    ['ar', 'ماذا يقصدون بالرقابة المشتركة؟', 'يقصدون'],
    ['ar', 'ما المقصود بمستودع المرتجعات؟', 'المقصود'],
  ] as [LanguageCode, string, string][])('in %s: %s', (language, question, frame) => {
    const read = readQuestion(question, language);
    expect(read.types.has('definition')).toBe(true);
    expect(read.topic).not.toContain(frame);
  });
  answersEach([['ru', 'Что подразумевается под совместным надзором?'], ['ar', 'ماذا يقصدون بالرقابة المشتركة؟']], 'joint-supervision');
});

// The Portuguese stemmer leaves the forms of "abrir" (to open) apart: "abriu" and "abriram" stay whole, and "Que centro
// é esse que abriram em Qiantang?" met no opening (0.10).
describe('Portuguese forms of "abrir" are one verb', () => {
  answersEach([['pt', 'Abriram esse centro quando?'], ['pt', 'Que centro é esse que abriram em Qiantang?']], 'center-opening');
});

// "Projects" alone asks no list of projects: "Our park hosts green energy projects; …" is about the asker's park, and
// the kind no passage answers had sunk its question (0.39). "Which (specific digital) projects" still asks for one.
describe('"projects" in the context asks no list', () => {
  answersEach([['en', 'Our park hosts green energy projects; does the cooperation plan cover sustainable development?']], 'plans-2029');
  asksEach([['en', 'Which exact digital projects will be funded by 2029?'], ['en', 'Which projects has the Center already signed?']], 'items');
  answersEach([['en', 'Which exact digital projects will be funded by 2029?']], null, 'in %s, declines: %s');
});

// A word of the Center's full name ("cooperation", 合作, сотрудничества) names the Center as its title's word does:
// "这个合作中心到底是个什么机构？" had asked which body runs something (the 2027 plan's entity, 0.64).
describe('the Center named with a word of its full name is what is defined', () => {
  answersEach([['zh', '这个合作中心到底是个什么机构？'], ['ru', 'Что это за центр сотрудничества такой?']], 'center-opening');
});

// "What kind of institution / body is the Center?" asks what the Center is (an organisation asked of the Center), not
// what kinds of something there are: "kind of" had been read as the kinds Qiantang's platforms list.
describe('"what kind of institution is the Center" asks what it is', () => {
  answersEach([
    ['en', 'What kind of body is this cooperation Center?'],
    ['en', 'What kind of institution is the Center?'],
    ['pt', 'Que tipo de instituição é esse centro de cooperação?'],
    ['af', 'Watter soort instelling is die Sentrum?'],
    ['id', 'Pusat ini lembaga seperti apa?'],
  ], 'center-opening');
});

// 问 (to ask) alone is chatter, and ends a run of single characters as a function character does: "想问下这篇报道…" had
// made a run of 问 and 下, and 下 weighed as Xiasha's (下沙) character.
describe('Chinese "想问下" is chatter, not Xiasha', () => {
  answersEach([['zh', '你好，想问下这篇报道是谁写的？我要注明出处']], 'center-opening');
  it('gives no term of 问下', () => {
    expect(tokenizerFor('zh').terms('想问下这篇报道')).not.toContain('下');
  });
});

// Hindi speakers type the article's English words in Devanagari: "स्पेशल इनबाउंड आइटम्स" (special inbound items),
// "स्टैंडर्डाइज़्ड मॉडल्स", "गेटवे", each read as the knowledge's Hindi word.
describe('more English loanwords in Devanagari', () => {
  it.each([
    ['आइटम्स', 'वस्तुओं'],
    ['इनबाउंड', 'आने वाली'],
    ['स्टैंडर्डाइज़्ड मॉडल्स', 'मानकीकृत मॉडल'],
    ['गेटवे', 'प्रवेश द्वार'],
  ])('reads "%s" as "%s"', (loanword, word) => {
    expect(tokenizerFor('hi').terms(loanword)).toEqual(tokenizerFor('hi').terms(word));
  });
});

// A reply's marker before a subject line ("Re: the new Center - …") is pasted chrome, as list numbering is: in Arabic
// "رد" is also a word for sending goods back, and weighed as the warehouse's.
describe('a reply\'s or a forward\'s marker is stripped', () => {
  it.each([
    ['Re: the new Center - where is it exactly?', 'the new Center - where is it exactly?'],
    ['RE: Fwd: opening date', 'Fwd: opening date'],
    ['Fwd: Xiasha tonnage?', 'Xiasha tonnage?'],
    ['رد: موضوع القطار - إلى أين؟', 'موضوع القطار - إلى أين؟'],
    ['Отв: когда открыли центр?', 'когда открыли центр?'],
    ['回复：中心在哪？', '中心在哪？'],
    ['Ready to ask: where is it?', 'Ready to ask: where is it?'],
  ])('%s', (question, stripped) => {
    expect(stripPastedMarks(question)).toBe(stripped);
  });
  it('does not read an Arabic reply marker as the warehouse', async () => {
    const [best] = await index.search('رد: موضوع المطار - المركز يبعد كم عن المطار؟', 'ar');
    expect(best?.passage.id).toBe('location-airport');
  });
});

// "Which (big economic) hubs / what (major) cities" asks a list the article does not give: it says only "major
// economic hubs". With words between, the cue had not been read, and the rail link was the answer (0.91, 0.96).
describe('"which economic hubs" asks a list no passage gives', () => {
  declinesAsking([
    ['en', 'Which big economic hubs exactly does the rail reach - Guangzhou? Wuhan?'],
    ['en', 'What major cities will the eight-hour link reach?'],
  ], 'items');
  answersEach([['en', 'What will the high-speed rail station offer once it opens?']], 'high-speed-rail');
});

// "How much is a taxi / a cab / the ticket" asks a fare in so many words, as "taxi fare" does: "How much is a taxi from
// Xiaoshan airport to the Center?" had been answered with the airport's distance (0.64).
describe('"how much is a taxi" asks a fare', () => {
  asksPrice([['en', 'How much is a cab from the airport to the Center?'], ['en', 'How much is the ticket on the fast train?']]);
  answersEach([['en', 'How much is a cab from the airport to the Center?']], null, 'in %s, declines: %s');
});

// Arabic "ساعات" alone (hours) is no opening hours asked: "الثماني ساعات" is the rail link's eight hours; "ساعات
// العمل" (working hours) still asks them. Egyptian "لفين" / "لحد فين" (to where) asks a place.
describe('Arabic "hours" alone is a duration, not opening hours', () => {
  answersEach([['ar', 'رحلة الثماني ساعات بالقطار بتوصل لفين؟'], ['ar', 'القطار السريع في ثماني ساعات يوصلني لحد فين؟']], 'high-speed-rail');
  declinesAsking([['ar', 'ما هي ساعات العمل في المركز؟']], 'hours');
});

// Arabic "يوجد" / "توجد" (there is) carries no topic: a word of one of Xiasha's questions ("هل يوجد ميناء نهري…؟"),
// it had drawn "is there a seaport in Hangzhou?" to Xiasha (0.63).
describe('Arabic "is there" carries no topic', () => {
  answersEach([['ar', 'هل يوجد ميناء بحري في هانغتشو؟']], 'linjiang-port');
  it('gives no term of يوجد', () => {
    expect(tokenizerFor('ar').terms('هل يوجد قطار')).toEqual(tokenizerFor('ar').terms('هل قطار'));
  });
});

// Persian: "منظور از" / "یعنی چی" (what is meant by) ask what something is; "توی مقاله نوشته" (it says in the article)
// frames the question rather than asking who wrote it; and "هاب" (hub) is the knowledge's "قطب".
describe('Persian "what is meant by the gateway hub"', () => {
  answersEach([['fa', 'منظورشون از هاب دروازه‌ای برای کالاهای بریکس چیه؟'], ['fa', 'توی مقاله نوشته هاب دروازه، یعنی چه؟']], 'gateway-hub');
  it('reads "هاب" as "قطب"', () => {
    expect(tokenizerFor('fa').terms('هاب')).toEqual(tokenizerFor('fa').terms('قطب'));
  });
  asksNone([['fa', 'توی مقاله نوشته هاب دروازه، یعنی چه؟']], 'source');
});

// "Speed up" is "accelerate", the joint supervision's word: its "speed" had met the high-speed rail ("What did they do
// to speed up product development?" went to the rail, 0.36).
describe('English "speed up" is accelerating', () => {
  answersEach([['en', 'What did they do to speed up product development?'], ['en', 'Has Qiantang sped up how research materials get to market?']], 'joint-supervision');
  answersEach([['en', 'How fast is the high-speed rail link?']], 'high-speed-rail');
});
