// Stop words for languages @orama/stopwords has no list for, and question
// words the shipped lists miss. Only words that carry no topic: dropping a
// word here means a question can no longer be matched by it. Each language's
// list begins with its verbs of being somewhere ("located", "situated"): in
// "where is it located?" the kind asks for the place, and as words they
// matched the passage saying where something else lies (Xiasha Port).
import { createRequire } from 'node:module';
import type { LanguageCode } from '../i18n/languages.js';

/**
 * Arabic "and" written onto a question word: and what, and is, and how many, and when, and where, and how, and why.
 * Stop words, and words joining a sentence to the one before ("…تأشيرة؟ وكم تستغرق؟", src/search/questionTypes.ts).
 */
export const ARABIC_AND_QUESTION_WORDS: readonly string[] = ['وما', 'وماذا', 'وهل', 'وكم', 'ومتى', 'واين', 'وأين', 'وكيف', 'وليه', 'وايه'];

export const EXTRA_STOP_WORDS: Partial<Record<LanguageCode, readonly string[]>> = {
  en: ['a', 'located', 'situated', 'tell', 'please', 'know', 'want', 'which', 'what', 'does', 'anything',
    // what is left of a negated auxiliary once its apostrophe splits it ("isn't" → "isn", "t")
    'isn', 'aren', 'wasn', 'weren', 'doesn', 'don', 'didn', 'hasn', 'haven', 'hadn', 'wouldn', 'couldn', 'shouldn', 'mustn', 'won'],
  zh: ['什么', '哪个', '哪里', '哪儿', '为啥', '为什么', '怎么', '怎样', '如何', '多少', '是否', '有没有', '吗', '呢', '啥', '的', '了', '吧', '在', '是', '有', '哪', '请问', '我们', '你们', '这个', '那个'],
  ru: ['находится', 'расположен', 'расположена', 'расположено', 'сколько', 'какой', 'какая', 'какое', 'какие', 'какую', 'каким', 'какими', 'какого', 'каких', 'каком', 'какому', 'где', 'когда', 'почему', 'зачем', 'можно', 'ли', 'это', 'эта', 'этот', 'расскажите', 'скажите', 'пожалуйста', 'могут', 'может', 'могу', 'можем'],
  pt: ['localizado', 'localizada', 'situado', 'situada', 'fica', 'ficam', 'pra', 'pro', 'pras', 'pros', 'tem', 'qual', 'quais', 'onde', 'quando', 'como', 'porque', 'essa', 'esse', 'isso', 'me', 'voce', 'vocês',
    // the auxiliaries of the future and of "there is" (vai ter, haverá): tense, not topic
    'vai', 'vao', 'ter', 'havera', 'haver'],
  hi: ['स्थित', 'क्या', 'है', 'हैं', 'था', 'थी', 'किन', 'किस', 'कैसे', 'कितना', 'कितनी', 'कितने', 'कहाँ', 'कहां', 'कब', 'क्यों', 'कौन', 'कौनसा', 'कौन-सा', 'कैसा', 'कैसी', 'इससे', 'उससे', 'बाकी', 'हर', 'मुझे', 'मुझको', 'हमको',
    'पड़ेगा', 'पड़ेगी', 'पड़ेंगे', 'पड़ता', 'पड़ती', 'पड़ा', 'पड़े', 'बताया', 'बताई', 'का', 'की', 'के', 'में', 'से', 'को', 'पर', 'और', 'यह', 'वह', 'इस', 'उस', 'हम', 'हमें', 'आप', 'कृपया', 'बताइए', 'बताएं',
    // auxiliary and light verbs that carry tense, not topic
    'बन', 'बनना', 'बनने', 'बना', 'बनी', 'बने', 'बनता', 'बनती', 'बनाता', 'बनाती', 'बनाते', 'बनाना', 'बनाने', 'बनेगा', 'बनेगी', 'बनेंगे',
    'सा', 'सी', 'से', 'रह', 'रहा', 'रहेगा', 'रहेगी', 'रहेंगे', 'रहता', 'रहती', 'रहते', 'आता', 'आती', 'आते', 'जाता', 'जाती', 'जाते', 'कराना', 'कराने', 'करते', 'करता', 'करती', 'होती', 'होते', 'होगा', 'होगी', 'होंगे', 'रही', 'रहे', 'गई', 'गए', 'सकते', 'सकती', 'लगता', 'लगती', 'लगते', 'चाहिए',
    // our, my, I am, they/those (spoken), if, its/his, a little, something
    'हमारा', 'हमारी', 'हमारे', 'मेरा', 'मेरी', 'मेरे', 'मैं', 'हूँ', 'हूं', 'ये', 'वो', 'अगर', 'उसका', 'उसकी', 'उसके', 'थोड़ा', 'थोड़ी', 'कुछ'],
  ar: ['يوجد', 'توجد', 'كامل', 'الكامل', 'بالكامل', 'يقع', 'تقع', 'موجود', 'موجودة', 'متواجد', 'متواجدة', 'داخل', 'ضمن', 'ما', 'ماذا', 'من', 'هو', 'هي', 'اين', 'أين', 'متى', 'كيف', 'كم', 'لماذا', 'هل', 'في', 'على', 'عن', 'إلى', 'الى', 'هذا', 'هذه', 'ذلك',
    // Egyptian and Gulf everyday forms: this, these, that; who, which ("مين اللي كتب")
    'ده', 'دي', 'دول', 'هاذا', 'هذي', 'هاذي', 'اللي', 'إللي',
    // "with regard to" (بالنسبة لـ): no topic of its own
    'بالنسبة', 'بالنسبه',
    // we, with us, we have, they have, a lot, what, how, why, like this, want
    'احنا', 'إحنا', 'حنا', 'معانا', 'معاكم', 'عندنا', 'عندهم', 'عندكم', 'كتير', 'ايه', 'إيه', 'ازاي', 'إزاي', 'ليه', 'شو', 'كده', 'كدا', 'هيك', 'عايز', 'عايزين', 'بدي', 'بدنا',
    ...ARABIC_AND_QUESTION_WORDS,
    // prepositions with a pronoun: from me, from it, about it, to me, with me, in it, on it
    'مني', 'منه', 'منها', 'منهم', 'عنه', 'عنها', 'عنهم', 'لي', 'ليا', 'لينا', 'معايا', 'معي', 'فيه', 'فيها', 'عليه', 'عليها'],
  id: ['terletak', 'berada', 'berlokasi', 'apa', 'apakah', 'siapa', 'dimana', 'kapan', 'bagaimana', 'berapa', 'mengapa', 'kenapa', 'nya', 'ini', 'itu', 'yang', 'yg', 'dan', 'ke', 'dari', 'di', 'ada', 'tolong', 'lewat', 'melalui', 'bisa', 'dapat'],
  fa: [
    'واقع',
    'و', 'در', 'به', 'از', 'که', 'این', 'آن', 'اون', 'را', 'رو', 'با', 'برای', 'است', 'هست', 'هستند', 'چه', 'چی', 'چیست', 'چیه',
    'چطور', 'چگونه', 'کجا', 'کجاست', 'کی', 'چرا', 'آیا', 'یک', 'تا', 'هم', 'یا', 'ها', 'های', 'شود', 'میشود', 'میشه', 'شده', 'کدومه', 'برامون', 'برام', 'بقیه', 'بشه',
    'بود', 'ای', 'چند', 'ما', 'من', 'شما', 'او', 'آنها', 'بر', 'هر', 'باید', 'لطفا', 'درباره', 'مورد',
    // Colloquial forms people type in chat: which, in, has/have, gives, does.
    'کدوم', 'کدام', 'تو', 'توی', 'داره', 'دارد', 'دارن', 'دارند', 'میده', 'میدهد', 'میکنه', 'میکنن', 'هستش', 'اینجا', 'اونجا',
    // at all, such a, they (colloquial), these, become (plural), brings
    'اصلا', 'همچین', 'همچنین', 'اونا', 'اینا', 'میشن', 'میاره', 'میارن', 'میارند', 'خیلی',
    // auxiliary and light verbs: will, wants, happens, reaches; "something"
    'خواهد', 'خواهند', 'میخواهد', 'میخواهند', 'میخواد', 'میافتد', 'میفته', 'برسد', 'چیزی', 'چیز',
    // the light verbs of compound verbs (شروع کرد "began", باز شد "opened"): the meaning is in the noun before them
    'کرد', 'کردن', 'کرده', 'کردند', 'میکند', 'میکنند', 'کند', 'کنند', 'شد', 'شدن', 'شدند', 'میشوند',
  ],
  am: [
    'ይገኛል', 'ይገኛሉ', 'የሚገኘው',
    // I am, we are, you are (context: "የፋብሪካ ኃላፊ ነኝ", I am a factory's manager)
    'ነኝ', 'ነን', 'ነህ', 'ነሽ', 'ናችሁ',
    // where it is, we can, we too, these (object), which says, here, there
    'የሚገኝበት', 'ያለበት', 'ያሉበት', 'እንችላለን', 'ይቻላል', 'እኛም', 'እነዚህን', 'እነዚያን', 'የሚለው', 'እዚህ', 'እዚያ',
    'እና', 'ነው', 'ናቸው', 'ምን', 'ምንድን', 'ምንድነው', 'የት', 'እንዴት', 'መቼ', 'ለምን', 'ማን', 'ማነው', 'ውስጥ', 'ላይ', 'ወደ', 'ነበር',
    'በኩል', 'ይችላል', 'ይችላሉ', 'ያለው', 'ያለ', 'ያሉ', 'የትኛው', 'የትኛዋ', 'የትኞቹ', 'በየትኛው', 'ለእኛ', 'የእኛ', 'ስንት', 'እስከ', 'ያህል',
    'ይህ', 'ያ', 'ይህን', 'ይህንን', 'ይሄ', 'ይሄን', 'ያን', 'ያንን', 'እነዚህ', 'እነዚያ', 'እኔ', 'እኛ', 'አለ', 'አሉ', 'ወይም', 'ግን', 'እባክዎ', 'እባክህ', 'ስለ', 'ነዉ', 'ይሆን', 'ይሆናል', 'ጋር', 'ጋ',
  ],
  zu: [
    'sitholakala', 'itholakala',
    'ukuthi', 'futhi', 'na', 'kanye', 'ini', 'yini', 'kuphi', 'kanjani', 'nini', 'ubani', 'ngubani', 'kungani', 'ingabe', 'ngabe',
    'yi', 'ngu', 'le', 'lo', 'lezi', 'leli', 'lokhu', 'lesi', 'noma', 'uma', 'kodwa', 'mina', 'thina', 'wena', 'nina', 'bona',
    'kakhulu', 'lapho', 'ngicela', 'sicela', 'sawubona', 'ukuba', 'kuba', 'yiziphi', 'yimuphi', 'yiliphi', 'ziphi',
    'iyiphi', 'yiphi', 'iziphi', 'imuphi', 'muphi', 'iliphi', 'liphi', 'isiphi', 'siphi', 'ngasiphi', 'malini', 'kangakanani', 'angaki', 'amangaki',
    // "this" with a possessive before it ("ukuvulwa kwalesi sikhungo", the opening of this Center): the demonstrative
    // alone is a stop word above. Not the locative forms ("kulezi zindlela"), which a passage holds.
    'kwalesi', 'walesi', 'yalesi', 'zalesi', 'lwalesi', 'salesi', 'lalesi', 'balesi', 'kwaleli', 'kwalezi',
    // A prefix written with a hyphen before a name or a loanword ("ze-BRICS", "nge-SEZ", "ama-SEZ") is a segment of
    // its own: alone it names nothing, yet a passage holding it matched it as a rare word. Not "ku" (it cost the
    // validation set a decline: docs/quality.md), nor the single vowels.
    'kwi', 'ka', 'la', 'ba', 'ma', 'ama', 'aba', 'isi', 'izi', 'ezi', 'imi', 'ulu', 'ubu', 'uku',
    'nge', 'nga', 'ngo', 'lwe', 'kwe', 'ye', 'we', 'ze', 'be', 'se', 'ne', 'no', 'sama', 'nama', 'zama', 'njenge',
  ],
  af: [
    'geleë',
    'die', 'n', 'en', 'is', 'van', 'in', 'op', 'vir', 'met', 'wat', 'waar', 'wanneer', 'hoe', 'wie', 'waarom', 'hoekom', 'het',
    'word', 'was', 'sal', 'kan', 'dit', 'dat', 'daar', 'hier', 'ek', 'ons', 'jy', 'julle', 'hulle', 'nie', 'te', 'om', 'na', 'by',
    'of', 'as', 'aan', 'ook', 'so', 'toe', 'al', 'nog', 'my', 'daardie', 'hierdie', 'uit', 'oor', 'tot', 'deur', 'asseblief', 'se',
    'watter', 'hoeveel', 'kom', 'lyk',
  ],
};

/**
 * What people write around a question when they write to a colleague:
 * greetings, thanks, politeness, "quick question", "I was wondering", "let me
 * know". They carry no topic, and as words the knowledge lacks they would
 * weigh as much as the question's subject. Written from everyday usage, not
 * from test questions; dropped from questions and passages alike.
 */
export const CHATTER_WORDS: Partial<Record<LanguageCode, readonly string[]>> = {
  en: ['summarise', 'summarize', 'summary', 'nutshell', 'hi', 'hello', 'hey', 'hiya', 'dear', 'greetings', 'morning', 'afternoon', 'evening', 'thanks', 'thank', 'cheers', 'regards', 'quick', 'question', 'questions', 'query',
    'wondering', 'wonder', 'curious', 'kindly', 'help', 'need', 'like', 'let', 'tell', 'ask', 'asking', 'just', 'really', 'exact', 'exactly', 'actually', 'precise', 'precisely', 'specifically', 'basically',
    'maybe', 'perhaps', 'check', 'confirm', 'sure', 'sorry', 'ok', 'okay', 'guys', 'folks', 'colleague', 'colleagues', 'boss', 'manager', 'something', 'anything', 'thing',
    'things', 'idea', 'info', 'information', 'details', 'detail', 'explain', 'briefly', 'short', 'please', 'im', 'ive', 'id', 'were', 'weve', 'youre', 'lot', 'bit', 'right', 'correct', 'true', 'heard', 'hear'],
  zh: ['简单说', '简单说说', '简要', '简要介绍', '你好', '您好', '大家好', '各位好', '请问', '谢谢', '感谢', '麻烦', '想问', '问一下', '再问一句', '再问一下', '再问', '顺便问一下', '顺便问', '顺便', '问一句', '一句', '问', '想知道', '了解', '一下', '确认', '具体', '到底', '到底是', '究竟', '究竟是', '其实', '大概', '老板', '同事', '领导', '告诉', '听说'],
  ru: ['объясните', 'объясни', 'поясните', 'поясни', 'штука', 'штуку', 'штуке', 'примерно', 'приблизительно', 'кратко', 'вкратце', 'коротко', 'здравствуйте', 'привет', 'добрый', 'день', 'утро', 'вечер', 'спасибо', 'благодарю', 'подскажите', 'вопрос', 'вопросы', 'быстрый', 'интересно', 'хотел', 'хотела',
    'хотели', 'хотим', 'хочу', 'узнать', 'уточнить', 'знать', 'коллеги', 'коллега', 'руководство', 'именно', 'точно', 'конкретно', 'вообще', 'просто', 'кстати', 'верно', 'правильно', 'понимаю', 'слышал', 'слышала', 'слышали', 'говорят'],
  pt: ['explica', 'explique', 'coisa', 'negocio', 'resumidamente', 'resumindo', 'resumo', 'oi', 'ola', 'bom', 'boa', 'dia', 'tarde', 'noite', 'obrigado', 'obrigada', 'valeu', 'pergunta', 'perguntas', 'rapida', 'rapidinho', 'duvida', 'queria', 'quero',
    'gostaria', 'saber', 'confirmar', 'entender', 'explicar', 'pessoal', 'gente', 'colega', 'colegas', 'chefe', 'exatamente', 'especificamente', 'certinho', 'mesmo', 'afinal', 'so', 'ai', 'la', 'agora', 'algum', 'alguma', 'certo', 'ne', 'ouvi', 'ouvimos', 'dizem', 'pediu', 'pedi', 'pediram', 'perguntou', 'perguntaram', 'to', 'ta', 'preciso', 'precisa', 'precisamos', 'vamos'],
  hi: ['संक्षेप', 'नमस्ते', 'नमस्कार', 'हाय', 'हैलो', 'धन्यवाद', 'शुक्रिया', 'सवाल', 'प्रश्न', 'जानना', 'जानकारी', 'चाहता', 'चाहती', 'चाहते', 'बताइये', 'बताओ', 'बताना', 'ज़रा', 'जरा',
    'जी', 'भाई', 'सर', 'मैडम', 'सही', 'बिल्कुल', 'असल', 'दरअसल', 'वैसे', 'एक्ज़ैक्टली', 'ठीक', 'सुना', 'सुनी', 'अच्छा', 'सुनो', 'सुनिए', 'सुनिये',
    'सुप्रभात', 'पूछ', 'पूछा', 'पूछी', 'पूछे', 'पूछना', 'पूछने', 'पूछते', 'समझा', 'समझाइए', 'समझाइये', 'दीजिए', 'दीजिये', 'बॉस', 'मैनेजर', 'कहना', 'सब'],
  ar: ['باختصار', 'مرحبا', 'اهلا', 'السلام', 'عليكم', 'صباح', 'مساء', 'الخير', 'النور', 'شكرا', 'جزيلا', 'سؤال', 'سؤالي', 'استفسار', 'اريد', 'نريد', 'اود', 'نود', 'اعرف', 'معرفه',
    'ممكن', 'لو', 'سمحت', 'تسمح', 'بالضبط', 'بالظبط', 'بالزبط', 'تحديدا', 'فعلا', 'الزملاء', 'زملائي', 'المدير', 'بسرعه', 'صحيح', 'هاي', 'هلا', 'سمعت', 'سمعنا', 'يا', 'ياريت', 'ريت', 'تقولي', 'قولي', 'معلومات', 'معلومه', 'مديري', 'مديرنا'],
  fa: ['توضیح', 'چیز', 'خلاصه', 'مختصر', 'سلام', 'درود', 'وقت', 'بخیر', 'ممنون', 'مرسی', 'سپاس', 'سوال', 'سؤال', 'یه', 'میخواستم', 'میخوام', 'میخوایم', 'بدونم', 'بپرسم', 'بگید', 'بگین', 'بفرمایید', 'دقیقا',
    'واقعا', 'همکاران', 'همکارم', 'مدیرم', 'خب', 'راستی', 'درسته', 'شنیدم', 'شنیدیم', 'خسته', 'نباشید', 'میگن', 'دیگه', 'ببخشید', 'متوجه', 'نشدم', 'میگه'],
  id: ['jelaskan', 'jelasin', 'ceritakan', 'ceritain', 'singkat', 'singkatnya', 'halo', 'hai', 'selamat', 'pagi', 'siang', 'sore', 'malam', 'terima', 'kasih', 'makasih', 'pertanyaan', 'tanya', 'bertanya', 'mau', 'ingin', 'pengen', 'tahu', 'tau',
    'mohon', 'info', 'informasi', 'pak', 'bu', 'kak', 'mas', 'mbak', 'rekan', 'atasan', 'persisnya', 'sebenarnya', 'sih', 'dong', 'ya', 'kah', 'benar', 'betul', 'dengar', 'mendengar', 'katanya', 'aja', 'gak', 'nggak', 'enggak', 'ga', 'gimana'],
  am: ['አስረዳኝ', 'አስረዱኝ', 'አብራራልኝ', 'ነገር', 'ባጭሩ', 'በአጭሩ', 'ልትነግረኝ', 'ልትነግሩኝ', 'ትችላለህ', 'ትችላላችሁ', 'ትችያለሽ', 'ሰላም', 'ጤና', 'ይስጥልኝ', 'እንደምን', 'አመሰግናለሁ', 'እናመሰግናለን', 'ጥያቄ', 'ጥያቄዬ', 'ማወቅ', 'እፈልጋለሁ', 'እንፈልጋለን', 'ንገሩኝ', 'ንገረኝ', 'በትክክል', 'እባካችሁ', 'ሰማሁ', 'ሰምቻለሁ', 'ሰምተናል', 'ማለቴ', 'ወይ', 'አለቃዬ', 'አለቃችን', 'ለመሆኑ', 'ይቅርታ'],
  zu: ['ngichazele', 'sichazele', 'ngichazela', 'into', 'nto', 'kafushane', 'ungangitshela', 'ningangitshela', 'ngitshele', 'sitshele', 'sawubona', 'sanibonani', 'ngiyabonga', 'siyabonga', 'umbuzo', 'imibuzo', 'ngifuna', 'sifuna', 'ukwazi', 'ngazi', 'ngicela', 'sicela', 'ngempela', 'ncamashi', 'nje', 'ngizwe', 'sizwe',
    'umphathi', 'imininingwane', 'ungicele', 'ungicelile', 'empeleni'],
  af: ['verduidelik', 'ding', 'dinge', 'kortliks', 'opsomming', 'hallo', 'haai', 'goeie', 'more', 'middag', 'aand', 'dag', 'dankie', 'baie', 'vraag', 'vrae', 'vinnige', 'wil', 'weet', 'graag', 'sê', 'vertel', 'presies', 'eintlik',
    'kollegas', 'kollega', 'baas', 'net', 'seker', 'reg', 'nou', 'gehoor', 'hoor', 'goeiemiddag', 'goeiemôre', 'goeiemore', 'goeiedag', 'goeienaand', 'hi'],
};

/**
 * Everyday words: a general stop-word collection's list for the language (stopwords-iso; none for Amharic).
 * Not dropped: many name a fact here too ("import", "open", "free", "high"). A passage's knowledge of such a
 * word is weak evidence that a question using it is about that passage ("We import lab chemicals; did
 * Qiantang make research samples simpler?"), so the search weighs them lightly, apart from the words of
 * the passages' titles (src/search/knowledgeIndex.ts).
 */
/**
 * Numbers from two to ten, and a million, in the languages whose everyday-word lists (stopwords-iso) count them as
 * everyday: a number the knowledge states once ("eight-hour", "5 million tons") is a fact the question names, not an
 * everyday word ("eight hours to where?" is the rail link's). One stays everyday ("one of the few regions", "one or
 * two lines"), and so does Persian نه, which is "no" as often as nine.
 */
export const NUMBER_WORDS: Partial<Record<LanguageCode, readonly string[]>> = {
  en: ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'million'],
  ru: ['два', 'три', 'четыре', 'пять', 'шесть', 'семь', 'восемь', 'девять', 'десять', 'миллион', 'миллиона', 'миллионов'],
  pt: ['dois', 'duas', 'três', 'quatro', 'cinco', 'seis', 'sete', 'oito', 'nove', 'dez', 'milhão', 'milhões'],
  fa: ['دو', 'سه', 'چهار', 'پنج', 'شش', 'هفت', 'هشت', 'ده', 'میلیون'],
  id: ['dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan', 'sepuluh', 'juta'],
  af: ['twee', 'drie', 'vier', 'vyf', 'ses', 'sewe', 'agt', 'nege', 'tien', 'miljoen'],
};

export function everydayWords(language: LanguageCode): readonly string[] {
  return (stopwordsIso ??= createRequire(import.meta.url)('stopwords-iso') as Record<string, readonly string[]>)[language] ?? [];
}
let stopwordsIso: Record<string, readonly string[]> | undefined;
