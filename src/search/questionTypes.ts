// What kind of answer a question asks for, read from its interrogative words:
// "where / где / 哪里 / कहाँ / أين / کجا / di mana / የት / kuphi / waar" ask
// for a place. A passage lists the kinds it answers (`answers` in the
// original's knowledge file), and search counts a matching kind as one more
// term of the question. Question words are stop words for the text search
// (they would match every listed question), so this is the only place they
// count.
import type { AnswerType } from '../knowledge/schema.js';
import type { LanguageCode } from '../i18n/languages.js';
import { normalizeForSearch } from './normalize.js';
import { ARABIC_AND_QUESTION_WORDS, CHATTER_WORDS } from './stopWords.js';
import { QUESTION_MARKS, SENTENCE_END, sentenceOpeners, wordSegments } from './wordSegments.js';

/**
 * The words that ask for each kind of answer, per language, as people type
 * them (colloquial forms too). A cue is one or more words; `*kuphi` matches a
 * word ending so (isiZulu attaches its concords: ikuphi, sikuphi; Amharic its prepositions: በስንት, "by how many"), `hlelo*` a
 * word beginning so (Persian clitics: "شهره" is "شهر" + "is"). Chinese cues are matched inside the text (no spaces).
 * `frame` cues say where the asker read what they ask about ("according to the article", "حسب الخبر"), or frame the
 * asking itself ("quick question", "direct question": the knowledge's high-speed train and direct access): they
 * ask for nothing, and the article named in them is not asked about (the `mention` cues inside them do not match).
 * `~~` in a cue is any one word the cue passes over and leaves to the question (`PASSED_WORD`); `**` is any one word
 * claimed with the cue ("pass its ** on": what is passed is not the subject); `~~3`, `**2` one to three, one to two
 * of them (`WORD_SPAN`).
 * `which` cues ask for nothing in particular but keep a shorter cue inside
 * them from matching (Hindi "कौन सा" is "which", "कौन" alone "who").
 * `fare` cues ask what something costs in so many words ("how much does it cost", "多少钱", "сколько стоит"): a
 * price, and the surest one (`ReadQuestion.fare`).
 * `cost` cues are words for costs ("费用", "هزینه", "biaya"): a price when an amount is asked with them ("how much
 * is the cost of …"), else words of the question (the return warehouse "reduces operational costs").
 * `figures` cues ask an amount of what the question names ("the 2029 goals in figures", "в цифрах", "ارقام"; a
 * capacity, a GDP): the amount asked (`quantity`), which a passage giving no amount cannot give (`ReadQuestion.figures`):
 * a warehouse's capacity is no fact of the article, a port's yearly capacity is Xiasha's tons.
 * Longer cues win: "how far" is a distance. A bare "how" asks for nothing in
 * particular ("how do I get a visa?"), so a method is asked by phrases only.
 */
/** What a cue claims: a kind of answer, or `which` (nothing, but a shorter cue inside it), or `near` (a distance, if…). */
type CueType = AnswerType | 'which' | 'near' | 'mention' | 'frame' | 'cost' | 'fare' | 'figures' | 'before' | 'month';

export const QUESTION_WORDS: Readonly<Record<LanguageCode, Partial<Record<CueType, readonly string[]>>>> = {
  en: {
    // "Will zones get to use the models?": a chance to do something, not a way to get there.
    which: ['get to use', 'get to know', 'get to see', 'get to learn', 'get to benefit', 'get to share', 'get to adopt', 'get to apply'],
    route: ['how to get', 'how do i get', 'how do we get', 'how can i get', 'how can we get', 'how to reach', 'how do i reach', 'how can i reach', 'how can we reach', 'get there', 'get to', 'how do i go', 'how to go', 'how can i go', 'directions to'],
    source: ['author', 'wrote', 'written', 'published', 'publication', 'source', 'newspaper', 'who wrote', 'who is the author', 'who authored', 'who reported', 'the reporter', 'the journalist', 'which reporter', 'which journalist'],
    mention: ['article'],
    frame: ['direct question', 'straight question', 'according to the article', 'according to the news', 'according to the report', 'according to the story', 'according to the text', 'as per the article', 'per the article', 'as the article says', 'the article says', 'the article mentions', 'the article talks about', 'your article says', 'your article mentions', 'the article said', 'the report says', 'the news says'],
    price: ['how much is', 'rent', 'charge', 'charges', 'ticket', 'is it free', 'free of charge', 'pay for'],
    fare: ['fare', 'fares', 'how much is a taxi', 'how much is the taxi', 'how much is a cab', 'how much is a ride', 'how much is a ticket', 'how much is the ticket', 'price', 'prices', 'fee', 'fees', 'tariff', 'tariffs', 'how much does it cost', 'how much would it cost', 'how much will it cost', 'how much do they charge', 'does it cost', 'cost to', 'how expensive', 'budget', 'budgets', 'tax', 'taxes', 'tax rate', 'tax rates', 'taxation', 'vat'],
    percentage: ['percent', 'per cent', 'percentage', 'percentages', 'what share', 'what proportion', 'what fraction'],
    comparison: ['bigger', 'larger', 'busier', 'smaller', 'which is bigger', 'which is larger', 'which is busier', 'which one is bigger', 'which one is larger', 'better than', 'greater than', 'versus', 'vs', 'handles more', 'handle more', 'which handles more', 'more cargo than', 'more throughput', 'which one handles more'],
    hours: ['how often', 'how frequently', 'how many times a week', 'how many times a day', 'opening hours', 'working hours', 'office hours', 'what time', 'open at', 'closed on', 'weekend', 'weekends', 'saturday', 'sunday', 'opening times', 'business hours', 'is it open', 'when does it open', 'when does it close', 'when is it open', 'saturdays', 'sundays', 'public holidays', 'holidays', 'is the center open', 'is the centre open', 'open today', 'open now', 'open tomorrow', 'open to the public', 'open to visitors', 'still open', 'timetable', 'timetables', 'sailing schedule', 'sailing schedules', 'ship schedule', 'shipping schedule', 'train schedule', 'departure times', 'sailings'],
    contact: ['iata', 'iata code', 'airport code', 'code', 'phone', 'telephone', 'email', 'e-mail', 'contact', 'contacts', 'website', 'whatsapp', 'fax', 'email address', 'phone number', 'how to contact', 'how can i contact', 'street address', 'street name', 'postcode', 'post code', 'postal code', 'zip code', 'postal address', 'building number', 'house number', 'street number'],
    weather: ['weather', 'temperature', 'temperatures', 'rain', 'rainy', 'raining', 'climate', 'forecast', 'humidity', 'weather forecast'],
    facilities: ['metro', 'subway', 'metro line', 'metro station', 'underground', 'mrt', 'parking', 'car park', 'parking lot', 'park the car', 'hotel', 'hotels', 'accommodation', 'place to stay', 'shuttle', 'shuttle bus', 'restaurant', 'restaurants', 'canteen', 'cafeteria', 'wifi', 'wi-fi', 'meeting room', 'meeting rooms', 'direct flight', 'direct flights', 'airline', 'airlines', 'speak english', 'speaks english', 'english-speaking', 'english speaking', 'speak russian', 'speak portuguese', 'interpreting service', 'interpretation service'],
    documents: ['visa', 'visas', 'documents', 'document', 'paperwork', 'papers', 'requirements', 'required documents', 'what documents', 'which documents'],
    place: ['where', 'whereabouts', 'wher', 'whr', 'whre', 'wheer', 'wehre', 'what is the address', 'address of', 'what location', 'which location'],
    region: ['which district', 'what district', 'which part of the city', 'what part of the city', 'which part of town', 'what part of town', 'which part', 'what part', 'which area', 'what area', 'which neighbourhood', 'which region', 'which neighborhood', 'what neighborhood', 'what neighbourhood', 'what region', 'name of the area', 'name of the district', 'name of the neighbourhood', 'area called', 'district called'],
    city: ['which city', 'what city', 'which town', 'what town'],
    time: ['wen', 'whn', 'wehn', 'whne', 'wheen', 'since when has it been operating', 'since when has it been running', 'how long has it been operating', 'how long has it been running', 'when did it start operating', 'when did it start working', 'when', 'what year', 'which year', 'since when', 'what month', 'which month', 'by when', 'how soon'],
    date: ['what date', 'which date', 'what day', 'which day', 'exact date', 'precise date', 'specific date', 'on what date', 'on which date', 'on what day', 'on which day'],
    distance: ['how far', 'how long', 'how close', 'how near', 'how many minutes', 'how many hours', 'how far away', 'what is the distance', 'distance', 'travel time', 'how many km', 'how many kilometres', 'how many miles'],
    near: ['near', 'nearby', 'close to', 'far from', 'far away'],
    before: ['before the opening', 'before the opening ceremony', 'before the official opening', 'before it opened', 'before it was opened', 'before the inauguration', 'before it was inaugurated', 'prior to the opening', 'before the launch'],
    attendance: ['attended', 'attend', 'attending', 'attendees', 'who was at', 'who were at', 'guests', 'guest list', 'speakers', 'who spoke', 'present at', 'were present', 'was present', 'who came to'],
    leadership: ['who leads', 'who will lead', 'who is leading', 'who is going to lead', 'who heads', 'who will head', 'who is heading', 'who is going to head', 'who is the head', 'who will be the head', 'head of the center', 'head of the centre', 'who is the director', 'who will be the director', 'who directs', 'who chairs', 'who is the chairman', 'who is the chair', 'who runs', 'who will run', 'led by whom', 'headed by whom', 'who manages', 'who will manage'],
    events: ['next event', 'next events', 'upcoming event', 'upcoming events', 'any events', 'events coming up', 'next forum', 'next summit', 'brics summit', 'next conference', 'next exhibition', 'next expo'],
    duration: ['how many days', 'how many working days', 'how many weeks', 'processing time', 'clearance time', 'turnaround time', 'lead time', 'how long does clearance take', 'how long does approval take', 'how long does a return take', 'how long does the return take', 'how long does customs clearance take'],
    quantity: ['how much', 'how many', 'what volume', 'what amount', 'how big', 'how large'],
    figures: ['capacity', 'storage capacity', 'in figures', 'in numbers', 'actual figures', 'concrete figures', 'exact figures', 'any figures', 'the figures', 'what figures', 'in terms of numbers', 'gdp', 'gross domestic product', 'throughput', 'tonnage', 'cargo volume', 'annual volume', 'passenger traffic', 'passenger numbers'],
    dimension: ['ship size', 'vessel size', 'maximum size', 'max size', 'biggest ship', 'largest ship', 'largest vessel', 'how deep', 'depth', 'draft', 'draught', 'what size', 'how wide', 'width', 'how high', 'how tall', 'height', 'square metres', 'square meters', 'square feet', 'sq m', 'floor area', 'floor space', 'dimensions', 'length', 'how many kilometres long', 'how many km long', 'how many square metres', 'how many square meters', 'population', 'inhabitants', 'how many people live', 'how many residents'],
    membership: ['how do we apply', 'how to apply', 'how can we apply', 'apply to join', 'apply for membership', 'how do we join', 'how can we join', 'how to join', 'want to join', 'looking to join', 'become a member', 'membership', 'become a partner', 'register', 'registration', 'sign up', 'mou', 'memorandum of understanding', 'application form'],
    items: ['which projects', 'what projects', 'which ~~2 projects', 'what ~~2 projects', 'list the projects', 'list the ~~2 projects', 'list of projects', 'list of ~~2 projects', 'which goods', 'what goods', 'which exact goods', 'which exact items', 'which exact products', 'which specific goods', 'which specific items', 'which specific products', 'what exact items', 'what specific items', 'which products', 'what products', 'which items', 'what items', 'which categories', 'what categories', 'which product categories', 'list of goods', 'list of items', 'list of products', 'which companies', 'what companies', 'which firms', 'which enterprises', 'which cities', 'what cities', 'which ~~2 cities', 'what ~~2 cities', 'which hubs', 'what hubs', 'which ~~2 hubs', 'what ~~2 hubs', 'is there a list', 'a detailed list', 'exact list', 'what exactly counts as', 'accept', 'accepts', 'accepted'],
    agent: ['who', 'whom', 'whose', 'in charge', 'which officials', 'which official', 'which leaders', 'which leader', 'which dignitaries', 'which people', 'what people', 'which person', 'which government officials', 'what officials', 'which ministers', 'which guests', 'what guests', 'which vips'],
    organization: ['which organization', 'what organization', 'which body', 'what body', 'which entity', 'what entity', 'which agency', 'what kind of organization', 'what kind of body', 'what kind of institution', 'what kind of entity', 'what type of organization', 'what type of body', 'what type of institution', 'what sort of organization', 'what sort of body', 'what sort of institution', 'which organizations', 'which institution', 'what institution', 'which authority', 'which ministry', 'which department', 'which company', 'what company'],
    plan: ['plan', 'plans', 'planned', 'future', 'next steps', 'what next', 'upcoming', 'roadmap', 'road map', 'next step', 'what\'s next', 'whats next', 'what is next', 'what comes next', 'going forward', 'in the coming years', 'coming years', 'next few years', 'years ahead', 'goals for', 'targets for', 'long-term', 'long term', 'in the long run'],
    reason: ['what difference will the ~~ make', 'what difference will this ~~ make', 'what difference does the ~~ make', 'what difference does this ~~ make', 'what difference would the ~~ make', 'why', 'how come', 'what for', 'what does it mean', 'what does this mean', 'what does that mean', 'mean for', 'means for', 'matter', 'matters', 'purpose', 'what is it for', 'what is the point', 'significance', 'importance', 'how important', 'what is the goal of', 'what is the aim of', 'how significant', 'what position', 'based on', 'on what basis', 'what is the basis'],
    role: ['what does the center do', 'what does the centre do', 'what does this center do', 'what does this centre do', 'what will the center do', 'what will the centre do', 'what does the center actually do', 'what does the centre actually do', 'what exactly does the center do', 'what exactly does the centre do', 'what does it do', 'what does it actually do', 'what will it do', 'what is the function of', 'what are the functions of', 'what is its function', 'what are its functions'],
    origin: ['who first', 'first to', 'pioneered', 'pioneer', 'pioneers', 'who came up with', 'who invented', 'originated', 'who started it', 'who started this'],
    solution: ['any solution', 'a solution', 'solution for', 'solutions for', 'is there a way', 'done anything to make it easier', 'done anything to make it simpler', 'done anything to make it cheaper', 'anything to make it easier', 'anything to make it simpler', 'anything to make it cheaper', 'any arrangement', 'special arrangement', 'a special system', 'any system for', 'a system for', 'any fix for'],
    level: ['or more of a local', 'or more of a regional', 'or more of a provincial', 'or more of a municipal', 'a local office', 'or just a local one', 'or just a local', 'or just local', 'or a local one', 'or a local', 'or local', 'or just a provincial one', 'or just a provincial', 'or just provincial', 'or a provincial one', 'or a provincial', 'or provincial', 'or regional', 'or a regional', 'or just regional', 'or municipal', 'or just municipal'],
    recipient: ['new for us', 'new for partner zones', 'new for zones like', 'what do we get', 'what do we get out of it', 'in it for us', 'what changes for us', 'zones like ours', 'zones like us', 'partners like us', 'parks like ours', 'reach us', 'get access to', 'available to us', 'available to other', 'can we use', 'could we use', 'can we get', 'could we get', 'can we learn', 'could we learn', 'can we adopt', 'pass them on', 'pass it on', 'pass on', 'passed on', 'hand over', 'handed over', 'come to us', 'to other brics zones', 'to other zones', 'with other brics zones', 'with other zones', 'with other sezs', 'with other brics sezs', 'with zones like', 'pass its ** on', 'pass their ** on', 'pass these ** on', 'pass those ** on', 'pass such ** on', 'pass the ** on'],
    method: ['through what channel', 'through which channel', 'through what channels', 'through which channels', 'via what channel', 'via which channel', 'by what channel', 'what channels', 'in what way', 'what way', 'how does it work', 'how does this work', 'how does that work', 'how do they work', 'how will it work', 'how it works', 'by what means', 'in what form', 'what form', 'in which form', 'in what shape'],
    kinds: ['which ~~2 zones', 'what ~~2 zones', 'which zones', 'what zones', 'what special zones', 'which special zones', 'what kind', 'what kinds', 'which kind', 'which kinds', 'what type', 'what types', 'which type', 'which types', 'what sort', 'how many kinds', 'how many types', 'how many sorts', 'how many different kinds', 'how many different types', 'what sorts', 'which sorts', 'what are the types', 'what are the kinds', 'different types', 'different kinds'],
    distinction: ['different from', 'differ from', 'differs from', 'different to', 'sets it apart', 'set it apart', 'sets qiantang apart', 'apart from other', 'stand out', 'stands out', 'special about', 'unique about', 'so special', 'distinguish', 'distinguishes', 'distinctive', 'unlike other', 'compared to other', 'compared with other', 'other regions', 'other districts', 'other areas', 'other parts of china', 'rest of china', 'other chinese districts', 'other chinese regions'],
    name: ['full name', 'official name', 'what is it called', 'called', 'name', 'what is the name', 'what\'s it called', 'whats it called', 'abbreviation', 'acronym', 'stand for', 'stands for', 'full official name', 'official full name'],
    definition: ['what', 'what is', 'what exactly is', 'tell me about'],
  },
  zh: {
    // "在哪些领域" (in which fields): "which", not the "在哪" (where) inside it.
    which: ['在哪些'],
    route: ['怎么去', '怎么到', '如何到达', '怎么走', '如何前往', '怎样去', '如何去', '怎样到', '怎么过去', '怎么前往', '坐什么车', '乘什么车'],
    source: ['作者', '谁写', '发表', '发布', '来源', '报纸', '作者是谁', '谁写的', '是谁写的', '出处', '哪家媒体', '哪个媒体', '记者是谁', '哪位记者', '哪个记者', '谁报道'],
    mention: ['文章', '报道'],
    frame: ['快问一下', '快速问一下', '快速问个问题', '根据文章', '根据报道', '根据这篇文章', '根据这篇报道', '据报道', '据文章', '按照文章', '按文章', '文章说', '文章里说', '文章中说', '报道说', '文章提到', '报道提到', '文中提到'],
    price: ['价格', '收费', '票价', '租金', '车费', '价钱', '要钱吗', '免费吗', '收费吗', '价位', '有费用', '要费用', '什么费用', '哪些费用', '费用是多少', '费用多少'],
    fare: ['多少钱', '几块钱', '贵不贵', '运费', '运价', '预算', '经费', '税率', '税收', '关税', '所得税', '增值税', '税费', '纳税', '交税', '缴税', '税务', '税负'],
    cost: ['费用', '成本'],
    percentage: ['百分之', '百分比', '百分点', '几成', '比例'],
    comparison: ['哪个更大', '哪个大', '谁更大', '谁大', '更大', '规模更大', '哪个更忙', '哪个更好', '比较大', '哪个更多', '谁更多', '更多货', '吞吐量更大', '哪个港口更'],
    hours: ['多久一班', '多久有一班', '一周几班', '一周有几班', '一天几班', '一天有几班', '营业时间', '工作时间', '办公时间', '几点', '周末', '周六', '周日', '星期六', '星期天', '开放时间', '上班时间', '开门时间', '几点开门', '几点关门', '节假日', '开门吗', '今天开门', '开放吗', '对外开放', '船期', '船期表', '时刻表', '班次', '发船时间', '开船时间', '班期'],
    contact: ['代码', '三字代码', '三字码', '电话', '邮箱', '电子邮件', '联系方式', '联系电话', '怎么联系', '如何联系', '联系人', '网站', '微信', '传真', '手机号', '邮箱地址', '门牌', '邮编', '邮政编码', '街道地址', '门牌号'],
    weather: ['天气', '气温', '下雨', '气候', '温度', '天气预报'],
    facilities: ['地铁', '地铁站', '地铁线', '停车', '停车场', '停车位', '酒店', '宾馆', '住宿', '摆渡车', '班车', '接驳车', '餐厅', '食堂', '会议室', '无线网', '直飞', '航空公司', '接机', '接送', '会说英语', '说英语', '讲英语', '英语服务', '翻译服务', '带翻译', '会说俄语', '懂英语'],
    documents: ['签证', '需要哪些材料', '需要什么材料', '要什么材料', '要哪些材料', '准备哪些材料', '准备什么材料', '提交哪些材料', '提交什么材料', '哪些文件', '什么文件', '证明文件', '申请材料'],
    place: ['哪里', '哪儿', '在哪', '何处', '什么地方', '哪个地方', '什么位置', '哪个位置', '地址', '啥地方'],
    region: ['哪个区', '什么区', '哪个片区', '哪一带', '城市的哪个', '哪个地区', '哪个部分'],
    city: ['哪个城市', '什么城市', '哪座城市'],
    time: ['什么时候开始运营', '什么时候投入运营', '从什么时候开始运作', '什么时候开始运作', '什么时候开始运行', '什么时候', '何时', '哪年', '哪一年', '几月', '什么日子', '多会儿', '啥时候', '哪个月', '什么时间', '几时', '何年'],
    date: ['哪天', '哪一天', '几号', '几月几号', '几月几日', '哪一日', '具体日期', '确切日期', '日期', '哪个日子'],
    distance: ['多远', '多久', '多长时间', '几分钟', '几个小时', '几小时', '多少分钟', '多少个小时', '多少小时', '远不远', '多少公里', '几公里', '车程', '路程'],
    near: ['近吗', '远吗', '近不近'],
    before: ['揭牌之前', '揭牌前', '揭牌以前', '开幕之前', '开幕前', '启用之前', '正式启用前', '开业之前'],
    attendance: ['出席', '参加了', '嘉宾', '到场', '致辞'],
    leadership: ['谁领导', '由谁领导', '谁牵头', '由谁牵头', '谁来牵头', '负责人是谁', '谁是负责人', '主任是谁', '谁是主任', '领导是谁', '谁来领导', '谁主管', '由谁主管'],
    events: ['下一场活动', '下一次活动', '下场活动', '近期活动', '有什么活动', '什么活动', '峰会', '下一届'],
    duration: ['几天', '多少天', '几个工作日', '多少个工作日', '办理时间', '审批时间', '通关时间', '清关时间', '一般要多久', '一般要多长时间'],
    quantity: ['多少', '多大'],
    figures: ['容量', '能存多少', '存储能力', '具体数字', '具体数据', '数字是多少', '量化', 'gdp', '生产总值', '吞吐量', '货运量', '货物吞吐量', '客流量'],
    dimension: ['多深', '水深', '吃水', '深度', '面积', '平方米', '多少平', '占地', '多宽', '宽度', '多高', '高度', '长度', '总长', '全长', '总长度', '人口', '常住人口', '居民人数'],
    membership: ['怎么申请', '如何申请', '申请加入', '怎么加入', '如何加入', '加入中心', '注册', '会员', '成为会员', '成为合作伙伴', '报名', '备忘录', '谅解备忘录', '申请表'],
    items: ['哪些项目', '什么项目', '具体项目', '数字化项目', '项目有哪些', '哪些品类', '什么品类', '哪些商品', '什么商品', '哪些货物', '什么货物', '哪些产品', '什么产品', '哪些物品', '什么物品', '哪些企业', '哪些公司', '哪些城市', '有没有清单', '详细清单', '具体清单', '哪些科研', '算特殊物品', '接收', '能收', '可以收', '收不收'],
    agent: ['谁', '哪位', '何人', '哪些领导', '哪位领导', '哪些人', '什么人', '哪些嘉宾', '哪位嘉宾', '哪些官员', '哪位官员', '哪些人士'],
    organization: ['哪个机构', '什么机构', '哪家', '哪个单位', '什么单位', '哪个部门', '什么组织', '哪个组织', '哪些机构', '哪些部门', '哪些单位', '什么公司', '哪个公司'],
    plan: ['目标是什么', '年目标', '年的目标', '什么目标', '哪些目标', '目标有哪些', '啥目标', '要达成什么', '要实现什么', '计划', '规划', '未来', '将来', '接下来', '打算', '下一步', '路线图', '今后', '后续', '下一阶段', '展望', '未来几年', '后面几年', '接下来几年', '今后几年', '之后几年', '长期', '长远'],
    reason: ['带来什么不同', '为什么', '为何', '为啥', '怎么会', '意味着什么', '有什么意义', '意义何在', '有何意义', '干嘛', '干吗', '目的是', '什么目的', '有什么用', '有什么作用', '有何作用', '重要性', '为何重要', '有多重要', '多重要', '多大意义', '什么地位', '定位是什么', '什么定位', '依据是什么', '根据是什么', '凭什么', '依据何在', '有什么依据', '有何依据', '根据何在'],
    role: ['中心做什么', '中心是做什么的', '中心干什么', '中心是干什么的', '中心干啥', '中心负责什么', '中心主要做什么', '中心主要干什么', '中心具体做什么', '职能是什么', '有什么职能', '主要职能'],
    origin: ['首创', '最早', '率先', '第一个推出', '谁先', '最先'],
    solution: ['解决办法', '解决方案', '有什么办法', '什么办法', '有啥办法', '创新做法', '有什么做法', '有啥做法'],
    level: ['还是区里', '还是区级', '还是县级', '还是地方', '还是省级', '还是市级'],
    recipient: ['我们能用', '我们可以用', '我们能学', '我们可以学', '我们也能', '我们也可以'],
    method: ['通过什么渠道', '什么渠道', '哪个渠道', '哪些渠道', '通过哪个渠道', '怎么运作', '如何运作', '怎样运作', '怎么操作', '怎么运行', '如何运行', '怎么实现', '如何实现', '通过什么方式', '以什么方式', '用什么方式', '如何做到', '怎么做到', '以什么形式', '什么形式', '以何种形式', '何种形式'],
    kinds: ['哪些区', '哪些园区', '哪些功能区', '哪些区域', '哪些类型', '什么类型', '哪几种', '哪几类', '哪些种类', '什么样的', '几种', '几类', '多少种', '多少类', '哪种', '哪类', '什么种类', '啥类型'],
    distinction: ['不同于', '有什么不同', '有何不同', '不一样', '区别', '特别之处', '特殊之处', '有什么特别', '有啥特别', '和其他地方比', '跟其他地方比', '与其他地方相比', '和别的地方比', '独特', '与众不同', '突出在', '特点', '其他地区', '别的地区', '其他区域', '其它地区', '其他城区', '别的区'],
    name: ['全称', '全名', '正式名称', '叫什么', '名称', '名字', '叫啥', '简称', '缩写', '官方全称', '正式全称', '完整名称', '完整的名称'],
    definition: ['什么', '是什么', '什么是', '是啥', '介绍一下', '怎么回事', '咋回事', '是怎么回事'],
  },
  ru: {
    route: ['как добраться', 'как доехать', 'как попасть', 'добраться', 'доехать', 'как проехать', 'как пройти', 'как добираться', 'добираться', 'как дойти'],
    source: ['автор', 'написал', 'написала', 'опубликована', 'опубликовали', 'источник', 'газета', 'кто написал', 'кто автор', 'кем написана', 'кем написано', 'кто опубликовал', 'откуда информация', 'кто журналист', 'какой журналист', 'кто корреспондент', 'какой корреспондент'],
    mention: ['статья', 'статью', 'статьи'],
    frame: ['прямой вопрос', 'согласно статье', 'по статье', 'судя по статье', 'по данным статьи', 'как пишут в статье', 'как сказано в статье', 'в статье сказано', 'в статье говорится', 'согласно новости', 'по словам статьи'],
    price: ['стоимость', 'аренда', 'билет', 'бесплатно ли', 'платно ли'],
    fare: ['цена', 'цены', 'тариф', 'тарифы', 'плата', 'пошлина', 'сбор', 'сколько стоит', 'сколько стоят', 'во сколько обойдется', 'во сколько обойдётся', 'почём', 'почем', 'сколько платить', 'сколько заплатить', 'бюджет*', 'налог', 'налоги', 'налога', 'налогов', 'налогам', 'налогообложение', 'ставка налога', 'налоговая ставка', 'налогов*', 'ндс'],
    percentage: ['процент*', 'какую долю', 'какая доля'],
    comparison: ['крупнее', 'больше или', 'или больше', 'какой больше', 'какой из них больше', 'что больше', 'кто больше', 'порт больше', 'загруженнее', 'больше грузов', 'больше груза', 'какой обрабатывает больше', 'кто обрабатывает больше'],
    hours: ['как часто', 'сколько раз в неделю', 'сколько раз в день', 'часы работы', 'время работы', 'график работы', 'во сколько', 'выходные', 'суббота', 'субботу', 'воскресенье', 'работает ли', 'режим работы', 'часы приёма', 'часы приема', 'до скольки', 'до какого часа', 'во сколько открывается', 'субботам', 'воскресеньям', 'праздничные дни', 'сейчас открыт', 'открыт сегодня', 'сегодня открыт', 'открыт ли', 'открыт для посетителей', 'расписание', 'расписания', 'график рейсов', 'график судов', 'график движения'],
    contact: ['iata', 'код', 'телефон', 'почта', 'email', 'e-mail', 'контакты', 'контакт', 'сайт', 'whatsapp', 'факс', 'связаться', 'как связаться', 'имейл', 'вотсап', 'ватсап', 'адрес электронной почты', 'номер телефона', 'номер дома', 'номером дома', 'почтовый индекс', 'почтовый адрес', 'улица и номер', 'название улицы'],
    weather: ['погода', 'погоды', 'погоду', 'погоде', 'температура', 'дождь', 'дожди', 'климат', 'прогноз погоды'],
    facilities: ['метро', 'станция метро', 'парковка', 'парковку', 'парковки', 'стоянка', 'гостиница', 'гостиницу', 'гостиницы', 'отель', 'отели', 'проживание', 'шаттл', 'столовая', 'ресторан', 'кафе', 'вайфай', 'wi-fi', 'переговорная', 'прямой рейс', 'прямые рейсы', 'авиакомпания', 'трансфер', 'трансфера', 'говорят по-английски', 'говорит по-английски', 'по-английски', 'англоговорящ*', 'переводчик есть', 'услуги перевода'],
    documents: ['виза', 'визу', 'визы', 'визой', 'документы', 'документов', 'документами', 'какие документы', 'бумаги', 'бумаг', 'требования'],
    place: ['где', 'гд', 'гдн', 'куда', 'откуда', 'в каком месте', 'какой адрес', 'по какому адресу'],
    region: ['в каком районе', 'какой район', 'в какой части города', 'в какой части', 'как называется район', 'название района', 'как называется местность'],
    city: ['в каком городе', 'какой город'],
    time: ['с какого времени работает', 'с каких пор работает', 'как давно работает', 'когда начал работать', 'когда заработал', 'когда', 'в каком году', 'с какого времени', 'какого года', 'в каком месяце', 'с каких пор', 'к какому году', 'к какому сроку', 'в какие сроки'],
    date: ['какого числа', 'какой даты', 'в какой день', 'точная дата', 'точную дату', 'точной даты', 'какая дата', 'какую дату', 'дата', 'дату', 'даты'],
    distance: ['как далеко', 'сколько от', 'скока от', 'сколько до', 'скока до', 'далеко ли', 'сколько ехать', 'скока ехать', 'скоко ехать', 'скока добираться', 'сколько времени', 'как долго', 'сколько минут', 'сколько часов', 'далеко', 'сколько будет ехать', 'сколько будем ехать', 'сколько нужно ехать', 'сколько едет', 'сколько идет поезд', 'сколько километров', 'какое расстояние', 'на каком расстоянии', 'сколько добираться', 'сколько по времени'],
    near: ['рядом', 'близко', 'недалеко'],
    before: ['до открытия', 'до церемонии открытия', 'до официального открытия', 'перед открытием'],
    attendance: ['присутствовал', 'присутствовали', 'присутствовало', 'был на церемонии', 'были на церемонии', 'был на открытии', 'были на открытии'],
    leadership: ['кто возглавит', 'кто возглавляет', 'кто будет возглавлять', 'кто руководит', 'кто будет руководить', 'кто директор', 'кто глава', 'кто руководитель', 'кто председатель', 'кто будет руководителем', 'под чьим руководством'],
    events: ['следующее мероприятие', 'ближайшее мероприятие', 'ближайший форум', 'следующий форум', 'мероприятия', 'саммит', 'саммита'],
    duration: ['сколько дней', 'сколько рабочих дней', 'сколько недель', 'сроки оформления', 'срок оформления', 'срок таможенного оформления'],
    quantity: ['сколько', 'какой объем', 'каков объем', 'какой объём', 'каков объём', 'какое количество', 'скока', 'скоко'],
    figures: ['вместимость', 'вместимости', 'емкость', 'емкости', 'цифры', 'цифр', 'цифрах', 'цифрами', 'в цифрах', 'ввп', 'валовой продукт', 'валовый продукт', 'грузооборот', 'грузопоток', 'пассажиропоток', 'тоннаж'],
    dimension: ['глубина', 'глубину', 'глубины', 'осадка', 'осадку', 'площадь', 'площади', 'квадратных метров', 'кв м', 'ширина', 'ширину', 'высота', 'высоту', 'какой глубины', 'насколько глубок*', 'какого размера', 'размеры', 'длина', 'длину', 'длины', 'какой длины', 'протяженность', 'протяженностью', 'население', 'населения', 'численность населения', 'сколько жителей', 'жителей'],
    membership: ['подать заявку', 'как вступить', 'вступить в', 'членство', 'членский взнос', 'зарегистрироваться', 'регистрация', 'регистрацию', 'стать партнёром', 'стать партнером', 'стать членом', 'меморандум', 'меморандума'],
    items: ['проекты', 'проектов', 'какие проекты', 'какие товары', 'какие продукты', 'какие категории', 'какие позиции', 'список товаров', 'какие компании', 'какие предприятия', 'какие фирмы', 'какие города', 'есть ли перечень', 'есть ли список', 'принимает', 'принимают', 'принимается', 'принимаются'],
    agent: ['кто', 'кем', 'чей', 'чья', 'чьё', 'чье', 'чьи', 'какие чиновники', 'какой чиновник', 'какие лица', 'какие руководители', 'какой руководитель', 'какие официальные лица'],
    organization: ['какая организация', 'какой орган', 'что за организация', 'что за учреждение', 'что за структура', 'какого рода организация', 'какого рода учреждение', 'какая структура', 'какое учреждение', 'какие организации', 'какое ведомство', 'какая компания', 'какие органы'],
    plan: ['план', 'планы', 'планируется', 'планируют', 'в будущем', 'будущее', 'что дальше', 'дальнейшие', 'запланировано', 'запланированы', 'планирует', 'перспективы', 'в перспективе', 'в дальнейшем', 'будет дальше', 'следующий шаг', 'следующие шаги', 'дорожная карта', 'в ближайшие годы', 'цели на', 'долгосрочные', 'долгосрочный', 'долгосрочная', 'в долгосрочной перспективе'],
    reason: ['что изменит', 'какую разницу', 'что это изменит', 'что ~~2 значит', 'что ~~2 означает', 'чем открытие **2 важно', 'чем открытие **2 важен', 'чем создание **2 важно', 'что открытие **2 значит', 'что открытие **2 даст', 'что открытие ** дает', 'почему', 'зачем', 'для чего', 'что значит', 'что означает', 'что даёт', 'что дает', 'какое значение', 'с какой целью', 'какова цель', 'в чём смысл', 'в чем смысл', 'отчего', 'чего ради', 'чем важен', 'чем важна', 'чем важно', 'насколько важен', 'насколько важна', 'насколько важно', 'насколько значим', 'насколько значимо', 'какое место занимает', 'какую позицию', 'какое положение', 'на чём основано', 'на чем основано', 'на чём это основано', 'на чем это основано', 'на чём основан', 'на чем основан', 'чем обосновано', 'на каком основании', 'на чём основывается', 'на чем основывается'],
    role: ['чем занимается', 'чем будет заниматься', 'чем займется', 'центр делает', 'делает центр', 'будет делать центр', 'центр будет делать', 'функции центра', 'какие функции', 'каковы функции'],
    origin: ['первым', 'впервые', 'кто придумал', 'кто первый', 'кто первым'],
    solution: ['есть ли решение', 'какое-то решение', 'какое-нибудь решение', 'решение для', 'решение проблемы', 'есть ли механизм', 'есть ли способ'],
    level: ['или районная', 'или чисто районная', 'или районный', 'или местный', 'или региональный', 'или муниципальный', 'или местная', 'или региональная', 'или чисто региональная', 'или провинциальная', 'или муниципальная'],
    recipient: ['нового для нас', 'для нас нового', 'что нам даст', 'что это даст нам', 'что мы получим', 'что изменится для нас', 'таким зонам', 'таким как наша', 'к нам', 'нам тоже', 'можем ли мы', 'сможем ли мы', 'получить доступ', 'дойдут до нас', 'у нас внедрить', 'внедрить у нас', 'другим зонам'],
    method: ['по какому каналу', 'по каким каналам', 'через какой канал', 'через какие каналы', 'как это работает', 'как это устроено', 'как это будет работать', 'каким образом', 'как работает', 'как работают', 'как устроен', 'как устроена', 'как устроено', 'как функционирует', 'каким способом', 'каким путём', 'каким путем', 'за счёт чего', 'за счет чего', 'в какой форме', 'в каком виде'],
    kinds: ['какие ~~2 зоны', 'какие зоны', 'какие особые зоны', 'какие экономические зоны', 'какие виды', 'какие типы', 'какого типа', 'какого вида', 'сколько видов', 'сколько типов', 'какие бывают', 'какого рода', 'каких типов', 'каких видов', 'какие разновидности'],
    distinction: ['отличается', 'отличает', 'отличие', 'отличия', 'выделяется', 'выделяет', 'особенного', 'особенное', 'в отличие от', 'не как другие', 'других регионов', 'других районов', 'остальных регионов', 'других регионах', 'других районах', 'остального китая'],
    name: ['полное название', 'официальное название', 'как называется', 'полностью называется', 'называется', 'как будет называться', 'будет называться', 'как назовут', 'как его назовут', 'название', 'как называют', 'как расшифровывается', 'аббревиатура', 'полное официальное название', 'официальное полное название', 'полное официальное наименование', 'полное наименование'],
    definition: ['что', 'что такое', 'что это', 'что это за', 'что за', 'что имеется в виду', 'что имеют в виду', 'что подразумевается', 'что подразумевают', 'расскажите о', 'расскажите об', 'расскажите про', 'расскажи о', 'расскажи об', 'расскажи про', 'что известно о', 'что известно про'],
  },
  pt: {
    route: ['como chegar', 'como chego', 'como chegamos', 'como ir', 'como vou', 'como faco para chegar', 'como faco pra chegar', 'como faco para ir', 'como faco pra ir', 'como se chega', 'como eu chego', 'como a gente chega'],
    source: ['autor', 'autora', 'escreveu', 'escrito', 'publicado', 'publicada', 'publicacao', 'fonte', 'jornal', 'quem escreveu', 'quem e o autor', 'quem e a autora', 'quem publicou', 'qual jornalista', 'o jornalista', 'que jornalista'],
    mention: ['artigo', 'reportagem', 'materia'],
    frame: ['pergunta direta', 'pergunta direto', 'direto ao ponto', 'segundo o artigo', 'segundo a materia', 'segundo a reportagem', 'de acordo com o artigo', 'de acordo com a materia', 'de acordo com a reportagem', 'conforme o artigo', 'conforme a materia', 'conforme a reportagem', 'pelo que diz o artigo', 'pelo que diz a materia'],
    price: ['preco', 'precos', 'custa', 'taxa', 'taxas', 'aluguel', 'passagem', 'ingresso', 'cobra', 'cobram', 'qual e o valor', 'e caro', 'e gratis', 'e gratuito', 'de graca', 'tem custo', 'algum custo', 'qual o custo', 'qual e o custo'],
    fare: ['tarifa', 'tarifas', 'quanto custa', 'quanto sai', 'quanto pago', 'qual o valor', 'orcamento', 'orcamentos', 'verba', 'imposto', 'impostos', 'tributo', 'tributos', 'tributacao', 'aliquota', 'aliquotas'],
    cost: ['custo', 'custos', 'custo de'],
    percentage: ['porcentagem', 'porcentagens', 'percentual', 'por cento', 'que proporcao', 'qual proporcao'],
    comparison: ['e maior', 'sao maiores', 'e menor', 'mais movimentado', 'versus', 'movimenta mais', 'qual movimenta mais', 'mais carga'],
    hours: ['com que frequencia', 'quantas vezes por semana', 'quantas vezes por dia', 'de quanto em quanto tempo', 'horario', 'horarios', 'que horas', 'abre', 'fecha', 'fim de semana', 'sabado', 'domingo', 'expediente', 'sabados', 'domingos', 'feriado', 'feriados', 'horario de funcionamento', 'esta aberto', 'ta aberto', 'aberto hoje', 'aberto agora', 'aberto ao publico', 'tabela de horarios', 'grade de horarios', 'cronograma de navios', 'saidas dos navios'],
    contact: ['iata', 'codigo', 'telefone', 'email', 'e-mail', 'contato', 'contatos', 'site', 'whatsapp', 'fax', 'telefones', 'celular', 'zap', 'wpp', 'endereco de email', 'endereco de e-mail', 'cep', 'rua e numero', 'nome da rua', 'numero do predio', 'endereco postal', 'com numero'],
    weather: ['clima', 'chuva', 'chove', 'temperatura', 'previsao do tempo', 'como esta o tempo', 'como e o tempo', 'faz frio', 'faz calor'],
    facilities: ['metro', 'estacao de metro', 'linha de metro', 'estacionamento', 'estacionar', 'hotel', 'hoteis', 'hospedagem', 'onde ficar', 'shuttle', 'restaurante', 'restaurantes', 'refeitorio', 'cantina', 'wifi', 'wi-fi', 'sala de reuniao', 'voo direto', 'voos diretos', 'companhia aerea', 'transfer', 'translado', 'fala ingles', 'falam ingles', 'fala portugues', 'falam portugues', 'atendimento em ingles', 'servico de traducao'],
    documents: ['visto', 'vistos', 'documentos', 'documento', 'documentacao', 'papelada', 'requisitos', 'quais documentos', 'que documentos'],
    place: ['onde', 'ond', 'ondi', 'ondee', 'aonde', 'cade', 'endereco', 'qual o endereco', 'qual e o endereco', 'em que lugar', 'em qual lugar'],
    region: ['em que parte da cidade', 'em qual parte da cidade', 'em que parte', 'em qual parte', 'em que bairro', 'em qual bairro', 'em que regiao', 'em qual regiao', 'em que distrito', 'em qual distrito', 'em que area', 'em qual area', 'qual area', 'nome da area', 'nome do bairro', 'nome da regiao', 'nome do distrito'],
    city: ['em que cidade', 'em qual cidade', 'que cidade', 'qual cidade'],
    time: ['desde quando funciona', 'desde quando ~~2 funciona', 'desde quando ~~2 esta funcionando', 'desde quando esta funcionando', 'desde quando ta funcionando', 'desde quando opera', 'desde quando esta em funcionamento', 'quando', 'em que ano', 'que ano', 'qual ano', 'desde quando', 'em qual ano', 'em que mes', 'em qual mes', 'que mes', 'qual mes', 'ate quando', 'a partir de quando'],
    date: ['que dia', 'qual dia', 'qual a data', 'qual data', 'que data', 'em que data', 'data exata', 'data certa', 'em qual data', 'data', 'dia exato'],
    distance: ['quao longe', 'qual a distancia', 'qual distancia', 'qual e a distancia', 'distancia', 'fica longe', 'e longe', 'quanto tempo', 'quantos minutos', 'quantas horas', 'quanto demora', 'demora quanto', 'quantos quilometros', 'quantos km', 'a que distancia', 'fica perto', 'e perto', 'tempo de viagem'],
    near: ['perto', 'longe', 'proximo'],
    before: ['antes da inauguracao', 'antes da abertura', 'antes de abrir', 'antes de ser inaugurado', 'antes da cerimonia'],
    attendance: ['compareceu', 'compareceram', 'foi na cerimonia', 'foram na cerimonia', 'estava na cerimonia', 'estavam na cerimonia', 'convidados', 'discursou', 'discursaram', 'presentes'],
    leadership: ['quem lidera', 'quem vai liderar', 'quem comanda', 'quem vai comandar', 'quem chefia', 'quem vai chefiar', 'quem dirige', 'quem vai dirigir', 'quem e o diretor', 'quem e a diretora', 'quem e o presidente', 'quem e o chefe', 'quem vai ser o chefe', 'quem vai presidir', 'quem preside'],
    events: ['proximo evento', 'proximos eventos', 'algum evento', 'eventos', 'cupula', 'proxima cupula'],
    duration: ['quantos dias', 'quantos dias uteis', 'quantas semanas', 'prazo de liberacao', 'tempo de liberacao', 'prazo de devolucao'],
    quantity: ['quanto', 'quanta', 'quantos', 'quantas', 'qual o volume', 'qual a quantidade'],
    figures: ['capacidade', 'em numeros', 'numeros', 'cifras', 'pib', 'produto interno bruto', 'movimentacao de carga', 'volume de carga', 'tonelagem', 'fluxo de passageiros'],
    dimension: ['calado', 'profundidade', 'qual o tamanho', 'tamanho', 'area construida', 'metros quadrados', 'm2', 'largura', 'altura', 'quao fundo', 'qual a area', 'comprimento', 'qual a extensao', 'populacao', 'habitantes', 'quantos habitantes', 'quantas pessoas moram'],
    membership: ['como aderir', 'aderir', 'adesao', 'se inscrever', 'inscricao', 'se cadastrar', 'cadastro', 'virar membro', 'ser membro', 'tornar membro', 'virar parceiro', 'se tornar parceiro', 'memorando', 'memorando de entendimento', 'como se registrar', 'registrar nossa'],
    items: ['projetos', 'quais projetos', 'que projetos', 'quais produtos', 'que produtos', 'quais mercadorias', 'que mercadorias', 'quais itens', 'que itens', 'quais categorias', 'lista de produtos', 'lista de itens', 'quais empresas', 'que empresas', 'quais cidades', 'que cidades', 'tem uma lista', 'existe uma lista', 'aceita', 'aceitam', 'aceito', 'aceitos'],
    // "pra quem vende": for whom, a relative clause, not a question about a person.
    which: ['pra quem', 'para quem'],
    agent: ['quem', 'quais autoridades', 'que autoridades', 'qual autoridade', 'quais pessoas', 'que pessoas', 'quais lideres', 'que lideres'],
    organization: ['qual organizacao', 'que organizacao', 'que tipo de instituicao', 'que tipo de orgao', 'que tipo de organizacao', 'que tipo de entidade', 'qual orgao', 'qual entidade', 'que entidade', 'que orgao', 'quais organizacoes', 'qual instituicao', 'que instituicao', 'qual empresa', 'que empresa', 'quais orgaos', 'quais entidades', 'qual agencia'],
    plan: ['deve estar pronto', 'devem estar prontos', 'deve estar pronta', 'vai estar pronto', 'deve ficar pronto', 'o que deve ser feito', 'o que vai acontecer', 'plano', 'planos', 'planejado', 'planejada', 'planejam', 'previsto', 'previstos', 'futuro', 'proximos passos', 'planeja', 'planejamento', 'planejados', 'planejadas', 'prevista', 'previstas', 'proximo passo', 'proximas etapas', 'o que vem por ai', 'o que vem a seguir', 'futuramente', 'daqui pra frente', 'daqui para frente', 'nos proximos anos', 'proximos anos', 'cronograma', 'pretende', 'pretendem', 'metas para', 'objetivos para', 'longo prazo'],
    reason: ['que diferenca ~~2 faz', 'que diferenca vai fazer', 'faz diferenca', 'fara diferenca', 'vai fazer diferenca', 'por que', 'porque', 'pra que', 'para que serve', 'o que significa', 'o que representa', 'o que ~~3 significa', 'o que ~~3 representa', 'qual a importancia', 'qual o significado', 'pq', 'por qual motivo', 'por qual razao', 'qual o motivo', 'qual a razao', 'qual o objetivo', 'qual a finalidade', 'qual o proposito', 'pra que serve', 'serve pra que', 'serve para que', 'quao importante', 'o quanto e importante', 'qual a relevancia', 'quao relevante', 'em que posicao', 'qual a posicao', 'que posicao', 'se baseia em que', 'baseia em que', 'com base em que', 'em que se baseia', 'baseado em que', 'qual a base'],
    role: ['o que o centro faz', 'o que ele faz', 'o que faz o centro', 'o que o centro vai fazer', 'funcao do centro', 'funcoes do centro'],
    origin: ['pela primeira vez', 'primeiro a', 'quem criou', 'quem inventou', 'pioneiro', 'pioneira', 'quem comecou'],
    solution: ['alguma solucao', 'uma solucao', 'solucao pra', 'solucao para', 'tem algum jeito', 'algum mecanismo', 'alguma forma de'],
    level: ['ou so um escritorio', 'escritorio da prefeitura', 'ou da prefeitura', 'ou estadual', 'ou so estadual', 'ou so municipal', 'ou municipal', 'ou so local', 'ou local', 'ou so regional', 'ou regional', 'ou provincial', 'ou so provincial'],
    recipient: ['e pra nos', 'e para nos', 'muda pra nos', 'de novo pra nos', 'de novo para nos', 'o que a gente ganha', 'ter acesso', 'teria acesso', 'chega ate a gente', 'chega ate nos', 'chegar ate nos', 'pras outras zonas', 'para outras zonas', 'podemos usar', 'podemos adotar', 'a gente pode usar', 'a gente pode adotar'],
    method: ['por qual canal', 'por que canal', 'atraves de qual canal', 'atraves de que canal', 'por meio de qual canal', 'por quais canais', 'por meio de que canal', 'como isso funciona', 'como e que funciona', 'de que forma', 'de que maneira', 'como funciona', 'como fica', 'como ficam', 'como funcionam', 'como vai funcionar', 'de que modo', 'de qual forma', 'de qual maneira', 'em que formato', 'em qual formato', 'de que jeito', 'de qual jeito'],
    kinds: ['quais zonas', 'que zonas', 'quais zonas especiais', 'que zonas especiais', 'que tipos', 'quais tipos', 'que tipo', 'qual tipo', 'que especies', 'quantos tipos', 'quantas categorias', 'quais os tipos', 'quais sao os tipos', 'que categorias', 'quais categorias'],
    distinction: ['diferente de', 'diferente das', 'diferente dos', 'diferencia', 'diferenca', 'diferencial', 'se destaca', 'destaca', 'de especial', 'tem de especial', 'distingue', 'outras regioes', 'outros distritos', 'resto da china', 'demais regioes', 'outras areas'],
    name: ['nome completo', 'nome oficial', 'como se chama', 'nome', 'como e chamado', 'como e chamada', 'como chama', 'sigla', 'nome oficial completo', 'nome completo oficial'],
    definition: ['o que', 'o que e', 'que e', 'que e isso', 'fale sobre', 'me fale sobre', 'fala sobre', 'me fala sobre', 'conte sobre', 'me conte sobre', 'me conta sobre', 'fale um pouco sobre', 'apresente'],
  },
  hi: {
    which: ['कौन सा', 'कौन सी', 'कौन से', 'कौनसा', 'कौनसी', 'कौनसे'],
    route: ['कैसे पहुंचें', 'कैसे पहुंचे', 'कैसे पहुंच', 'कैसे जाएं', 'कैसे जाये', 'कैसे जा', 'कैसे पहुंचा', 'कैसे पहुंचूं', 'कैसे पहुंचते', 'कैसे जाना', 'कैसे जाऊं', 'पहुंचने का रास्ता'],
    source: ['लेखक', 'किसने लिखा', 'प्रकाशित', 'छपा', 'स्रोत', 'अखबार', 'लेखक कौन', 'किसने लिखी', 'सोर्स', 'कौन पत्रकार', 'पत्रकार कौन', 'किस पत्रकार'],
    mention: ['लेख', 'आर्टिकल', 'खबर', 'लिखा', 'लिखी'],
    frame: ['सीधा सवाल', 'सीधा सा सवाल', 'सीधी बात', 'जल्दी सा सवाल', 'जल्दी का सवाल', 'जल्दी सवाल', 'लेख के अनुसार', 'आर्टिकल के अनुसार', 'खबर के अनुसार', 'ख़बर के अनुसार', 'लेख के हिसाब से', 'आर्टिकल के हिसाब से', 'खबर के हिसाब से', 'ख़बर के हिसाब से', 'लेख के मुताबिक', 'आर्टिकल के मुताबिक', 'खबर के मुताबिक', 'ख़बर के मुताबिक', 'पता है', 'पता हो', 'पता था', 'पता नहीं', 'पता चला', 'पता चले', 'पता करना', 'पता करें', 'पता कर'],
    price: ['कीमत', 'दाम', 'रेट', 'रेट्स', 'किराया', 'शुल्क', 'फीस', 'टिकट', 'चार्ज', 'चार्जेस', 'फ़ीस', 'भाड़ा', 'भाडा', 'क्या मुफ्त', 'मुफ्त है', 'सीमा शुल्क', 'कोई खर्च', 'खर्च लगता', 'खर्चा लगता', 'खर्च लगेगा', 'खर्चा लगेगा'],
    fare: ['कितने पैसे', 'कितने रुपये', 'लागत कितनी', 'बजट', 'टैक्स', 'कर की दर', 'कर दर', 'कर दरें', 'जीएसटी'],
    cost: ['खर्च', 'खर्चा', 'खर्चे', 'ख़र्च', 'ख़र्चा', 'लागत'],
    percentage: ['प्रतिशत', 'फीसदी', 'फ़ीसदी', 'परसेंट', 'फीसद'],
    comparison: ['से बड़ा', 'से बड़ी', 'ज़्यादा बड़ा', 'ज्यादा बड़ा', 'बड़ा है', 'कौन बड़ा', 'बनाम', 'ज़्यादा कार्गो', 'ज्यादा कार्गो', 'ज़्यादा माल', 'ज्यादा माल', 'कौन सा ज़्यादा', 'कौन सा ज्यादा'],
    hours: ['कितनी बार', 'हफ्ते में कितनी बार', 'दिन में कितनी बार', 'कितने बजे', 'समय सारणी', 'खुलता', 'बंद होता', 'खुला रहता', 'शनिवार', 'रविवार', 'वीकेंड', 'छुट्टी', 'खुलने का समय', 'काम के घंटे', 'ऑफिस टाइम', 'टाइमिंग', 'आज खुला', 'अभी खुला', 'खुला रहेगा', 'टाइमटेबल', 'टाइम टेबल', 'शेड्यूल', 'समय-सारणी'],
    contact: ['iata', 'कोड', 'फोन', 'फ़ोन', 'टेलीफोन', 'ईमेल', 'संपर्क', 'वेबसाइट', 'व्हाट्सएप', 'ई-मेल', 'मोबाइल नंबर', 'फोन नंबर', 'वॉट्सऐप', 'व्हाट्सऐप', 'वेब साइट', 'पिन कोड', 'पिनकोड', 'मकान नंबर', 'बिल्डिंग नंबर', 'पोस्टल कोड', 'गली का नाम'],
    weather: ['मौसम', 'तापमान', 'बारिश', 'जलवायु'],
    facilities: ['मेट्रो', 'मेट्रो स्टेशन', 'पार्किंग', 'होटल', 'ठहरने', 'रुकने की जगह', 'शटल', 'कैंटीन', 'रेस्टोरेंट', 'वाईफाई', 'मीटिंग रूम', 'डायरेक्ट फ्लाइट', 'सीधी फ्लाइट', 'सीधी उड़ान', 'पिकअप', 'ट्रांसफर', 'अंग्रेज़ी बोल*', 'अंग्रेजी बोल*', 'इंग्लिश बोल*'],
    documents: ['वीज़ा', 'वीजा', 'विज़ा', 'दस्तावेज़', 'दस्तावेज', 'दस्तावेजों', 'दस्तावेज़ों', 'डॉक्यूमेंट', 'डॉक्यूमेंट्स', 'कागज़ात', 'कागजात', 'कागज़', 'कागज'],
    place: ['कहां', 'किधर', 'किस जगह', 'किस स्थान', 'पता क्या', 'एड्रेस', 'ऐड्रेस', 'एड्रैस'],
    region: ['शहर के किस हिस्से', 'किस हिस्से', 'किस इलाके', 'किस क्षेत्र', 'किस जिले', 'किस जिला', 'किस भाग'],
    city: ['किस शहर', 'कौन सा शहर', 'कौन से शहर'],
    time: ['कब से चालू', 'कब से काम कर रहा', 'कब से काम कर रही', 'कब से चल रहा', 'कब से चल रही', 'कब', 'किस साल', 'किस वर्ष', 'कब से', 'किस महीने', 'कौन सा साल', 'कौन से साल', 'कौन सा वर्ष', 'कौन से वर्ष', 'कब तक'],
    date: ['किस तारीख', 'कौन सी तारीख', 'किस दिन', 'तारीख', 'तिथि', 'किस तिथि', 'कौनसी तारीख', 'डेट'],
    distance: ['कितनी दूर', 'कितना दूर', 'कितनी दूरी', 'कितना समय', 'कितना वक्त', 'कितने मिनट', 'कितने घंटे', 'कितनी देर', 'कितना टाइम', 'कितने किलोमीटर', 'कितने किमी', 'कितने समय'],
    near: ['पास', 'नज़दीक', 'दूर'],
    before: ['उद्घाटन से पहले', 'उद्घाटन के पहले', 'खुलने से पहले', 'शुरू होने से पहले'],
    attendance: ['शामिल हुए', 'शामिल हुआ', 'मौजूद थे', 'मौजूद था', 'उपस्थित थे', 'मेहमान', 'अतिथि'],
    leadership: ['नेतृत्व कौन', 'कौन नेतृत्व', 'निदेशक कौन', 'डायरेक्टर कौन', 'अध्यक्ष कौन', 'हेड कौन', 'प्रमुख कौन', 'मुखिया कौन', 'कौन प्रमुख'],
    events: ['अगला इवेंट', 'अगला कार्यक्रम', 'अगली समिट', 'अगला समिट', 'समिट', 'शिखर सम्मेलन', 'अगला सम्मेलन', 'एक्सपो'],
    duration: ['कितने दिन', 'कितने दिनों', 'कितने हफ्ते'],
    quantity: ['कितना', 'कितनी', 'कितने'],
    figures: ['क्षमता', 'कैपेसिटी', 'आंकड़े', 'आँकड़े', 'आंकड़ों', 'आँकड़ों', 'नंबर्स', 'figures', 'gdp', 'जीडीपी', 'सकल घरेलू उत्पाद', 'throughput', 'थ्रूपुट', 'कार्गो वॉल्यूम', 'टन भार'],
    dimension: ['गहराई', 'ड्राफ्ट', 'कितना गहरा', 'कितनी गहरी', 'क्षेत्रफल', 'वर्ग मीटर', 'वर्ग फुट', 'स्क्वेयर फीट', 'स्क्वायर फुट', 'चौड़ाई', 'ऊंचाई', 'ऊँचाई', 'साइज़', 'साइज', 'लंबाई', 'लम्बाई', 'आबादी', 'जनसंख्या', 'कितने लोग रहते'],
    membership: ['अप्लाई', 'आवेदन', 'रजिस्टर', 'रजिस्ट्रेशन', 'पंजीकरण', 'सदस्यता', 'मेंबरशिप', 'सदस्य बन', 'मेंबर बन', 'एमओयू', 'समझौता ज्ञापन'],
    items: ['प्रोजेक्ट्स', 'परियोजनाएं', 'परियोजनाएँ', 'परियोजनाओं', 'कौन से सामान', 'कौन-से सामान', 'कौन सा माल', 'कौन से प्रोडक्ट', 'किन उत्पादों', 'कौन से उत्पाद', 'कौन-से उत्पाद', 'किस तरह का सामान', 'कौन सी कंपनियां', 'कौन सी कंपनियाँ', 'कौन-सी कंपनियाँ', 'किन कंपनियों', 'किन शहरों', 'कोई लिस्ट', 'कोई सूची', 'accept', 'स्वीकार'],
    agent: ['कौन', 'किसने', 'किसके', 'किसकी', 'किसका', 'किन्होंने', 'कौन से अधिकारी', 'किन अधिकारियों', 'कौन से नेता', 'किन नेताओं', 'कौन लोग', 'किन लोगों'],
    organization: ['कौन सी संस्था', 'किस संस्था', 'कौनसी संस्था', 'किस संगठन', 'कौन सा संगठन', 'कौन से संगठन', 'किस एजेंसी', 'कौन सी एजेंसी', 'किस विभाग', 'कौन सा विभाग', 'किस कंपनी', 'कौन सी कंपनी', 'किस निकाय'],
    plan: ['योजना', 'योजनाएं', 'योजनाओं', 'भविष्य', 'आगे क्या', 'आगे की', 'आगामी', 'आने वाले समय', 'आने वाले सालों', 'आने वाले वर्षों', 'अगला कदम', 'अगले कदम', 'भावी', 'प्लान', 'रोडमैप', 'रोड मैप', 'आगे चलकर', 'अगले कुछ सालों', 'अगले कुछ वर्षों', 'अगले सालों', 'अगले वर्षों', 'दीर्घकालिक', 'लंबी अवधि', 'लॉन्ग टर्म'],
    reason: ['क्या फर्क पड़ेगा', 'क्या फर्क पड़ता', 'क्यों', 'किस लिए', 'किसलिए', 'क्या मतलब', 'क्या महत्व', 'क्या असर', 'क्या फायदा', 'क्या अर्थ', 'क्यूं', 'क्यो', 'किस वजह', 'किस कारण', 'क्या उद्देश्य', 'उद्देश्य क्या', 'क्या मकसद', 'मकसद क्या', 'महत्व क्या', 'क्या लाभ', 'कितना अहम', 'कितनी अहम', 'कितना महत्वपूर्ण', 'कितनी महत्वपूर्ण', 'कितना ज़रूरी', 'कितना जरूरी', 'कितनी ज़रूरी', 'कितना खास', 'क्या पोजीशन', 'क्या स्थान', 'क्या स्थिति', 'किस आधार पर', 'आधार क्या'],
    role: ['सेंटर क्या करता', 'सेंटर करता क्या', 'केंद्र क्या करता', 'केंद्र करता क्या', 'सेंटर का काम', 'केंद्र का काम', 'सेंटर क्या करेगा', 'केंद्र क्या करेगा', 'ये करता क्या', 'यह क्या करता'],
    origin: ['सबसे पहले', 'पहली बार', 'किसने शुरू', 'किसने शुरु'],
    solution: ['व्यवस्था', 'इंतज़ाम', 'इंतजाम', 'समाधान', 'कोई तरीका', 'कोई हल'],
    level: ['लोकल लेवल का', 'प्रांतीय स्तर का'],
    recipient: ['इस्तेमाल कर सकते', 'हम इस्तेमाल', 'अपना सकते', 'हमारे लिए नया', 'हमें क्या मिलेगा', 'हमें इससे क्या मिलेगा', 'हमारे लिए क्या', 'हम तक', 'हमें मिलेंगे', 'हमें भी', 'बाकी zones', 'बाकी ज़ोन', 'बाकी जोन', 'दिए जाएंगे', 'दिए जाएँगे'],
    method: ['किस चैनल', 'किन चैनलों', 'किस तरह', 'किस प्रकार', 'कैसे काम', 'किस तरीके', 'किस ढंग', 'किस माध्यम', 'किस रूप', 'किस स्वरूप'],
    kinds: ['कौन से ज़ोन', 'कौन-कौन से ज़ोन', 'कौनसे ज़ोन', 'कौन से ज़ोन्स', 'किस प्रकार के', 'किस तरह के', 'कौन से प्रकार', 'कौन-कौन से', 'कौन कौन से', 'कितने प्रकार', 'कितनी तरह', 'कितने तरह', 'कितनी किस्म', 'किस किस्म'],
    distinction: ['से अलग', 'अलग क्यों', 'खास क्यों', 'ख़ास क्यों', 'अलग बनाता', 'अलग बनाती', 'खास क्या', 'ख़ास क्या', 'खासियत', 'ख़ासियत', 'विशेषता', 'अनोखा', 'अनूठा', 'फर्क', 'फ़र्क', 'अंतर', 'बाकी इलाकों', 'दूसरे इलाकों', 'अन्य क्षेत्रों', 'बाकी क्षेत्रों', 'दूसरे क्षेत्रों'],
    name: ['पूरा नाम', 'आधिकारिक नाम', 'नाम क्या', 'नाम', 'क्या कहलाता', 'क्या कहा जाता', 'संक्षिप्त नाम', 'पूरा आधिकारिक नाम', 'आधिकारिक पूरा नाम', 'पूरा ऑफिशियल नाम', 'ऑफिशियल नाम'],
    definition: ['क्या', 'क्या है', 'के बारे में बताइए', 'के बारे में बताइये', 'के बारे में बताओ', 'के बारे में बताएं', 'के बारे में बताएँ', 'के बारे में बताना', 'के बारे में जानकारी दीजिए', 'के बारे में जानकारी दें'],
  },
  ar: {
    route: ['كيف اصل', 'كيف نصل', 'كيف الوصول', 'طريقه الوصول', 'ازاي اروح', 'كيف اذهب', 'كيف يمكن الوصول', 'كيف يمكنني الوصول', 'كيف اوصل', 'ازاي اوصل', 'كيف اروح', 'شلون اروح', 'شلون اوصل', 'كيفيه الوصول'],
    source: ['الكاتب', 'كاتب', 'المؤلف', 'كتب', 'نشر', 'نشرت', 'اتنشر', 'اتنشرت', 'جريده', 'صحيفه', 'المصدر', 'الصحيفه', 'الجريده', 'من كتب', 'من هو الكاتب', 'من الكاتب', 'من نشر', 'من الصحفي', 'اي صحفي', 'الصحفي الذي'],
    mention: ['المقال', 'مقال', 'الخبر', 'هذا الخبر'],
    frame: ['سؤال سريع', 'استفسار سريع', 'حسب الخبر', 'حسب المقال', 'بحسب الخبر', 'بحسب المقال', 'وفقا للخبر', 'وفقا للمقال', 'طبقا للخبر', 'طبقا للمقال', 'حسب ما جاء في الخبر', 'حسب ما جاء في المقال', 'كما جاء في الخبر', 'كما جاء في المقال', 'المقال يذكر', 'يذكر المقال', 'الخبر يذكر', 'المقال بيقول', 'المقال يقول', 'ما الذي يجعل', 'ماذا يجعل', 'ما الذي يجعلها', 'ما الذي يجعله', 'ايه اللي يخلي'],
    price: ['سعر', 'اسعار', 'السعر', 'رسوم', 'اجره', 'ايجار', 'تذكره', 'الاسعار', 'الرسوم', 'الاجره', 'التذكره', 'الايجار', 'الثمن', 'ما تكلفه', 'مجانا', 'مجاني', 'فيه تكلفه', 'في تكلفه', 'فيه تكاليف', 'هل توجد تكاليف', 'هل هناك تكاليف'],
    fare: ['كم يكلف', 'كم تكلف', 'بكم', 'بكام', 'بقديش', 'كم الثمن', 'كم التكلفه', 'ميزانيه', 'الميزانيه', 'ميزانيتها', 'ضريبه', 'ضرائب', 'الضرائب', 'الضريبه', 'ضريبيه', 'الضريبيه', 'الضريبي'],
    cost: ['تكلفه', 'تكاليف', 'التكاليف', 'التكلفه'],
    percentage: ['نسبه مئويه', 'النسبه المئويه', 'بالمئه', 'بالمائه', 'في المئه', 'في المائه'],
    comparison: ['ايهما اكبر', 'ايهما اصغر', 'ايهما اكثر ازدحاما', 'اكبر من', 'اصغر من', 'ايهما يتعامل', 'ايهما اكثر', 'بضائع اكثر', 'اكثر بضائع', 'ايهما يستقبل'],
    hours: ['كم مره', 'كل قد ايه', 'كم رحله اسبوعيا', 'كم رحله في الاسبوع', 'مواعيد', 'ساعات العمل', 'متى يفتح', 'يفتح', 'يغلق', 'عطله', 'السبت', 'الجمعه', 'الاحد', 'اوقات العمل', 'اوقات الدوام', 'ساعات الدوام', 'متى يغلق', 'متى يقفل', 'نهايه الاسبوع', 'مفتوح', 'مفتوح اليوم', 'مفتوح الان', 'جدول مواعيد', 'جدول المواعيد', 'جدول الرحلات', 'جدول السفن', 'مواعيد السفن', 'مواعيد الرحلات'],
    contact: ['iata', 'كود', 'هاتف', 'الهاتف', 'تلفون', 'رقم المركز', 'رقمكم', 'رقم التواصل', 'رقم للتواصل', 'البريد', 'ايميل', 'التواصل', 'الاتصال بهم', 'موقع الكتروني', 'واتساب', 'الموقع الالكتروني', 'تليفون', 'التليفون', 'جوال', 'الجوال', 'موبايل', 'الايميل', 'الواتساب', 'الرمز البريدي', 'اسم الشارع', 'رقم المبنى', 'العنوان البريدي', 'رقم الشارع'],
    weather: ['الطقس', 'طقس', 'درجة الحرارة', 'درجه الحراره', 'مطر', 'الامطار', 'المناخ', 'الجو'],
    facilities: ['مترو', 'المترو', 'موقف سيارات', 'مواقف', 'موقف', 'باركنج', 'فندق', 'فنادق', 'الفندق', 'اقامه', 'سكن', 'شاتل', 'مطعم', 'مطاعم', 'كافيتيريا', 'واي فاي', 'قاعه اجتماعات', 'رحله مباشره', 'رحلات مباشره', 'طيران مباشر', 'خطوط جويه', 'توصيل من المطار', 'ترانسفير', 'يتكلم الانجليزيه', 'يتحدث الانجليزيه', 'يتكلمون الانجليزيه', 'يتحدثون الانجليزيه', 'بيتكلموا انجليزي', 'بيتكلم انجليزي', 'خدمه الترجمه'],
    documents: ['تاشيره', 'التاشيره', 'فيزا', 'الفيزا', 'مستندات', 'المستندات', 'الاوراق', 'اوراق', 'الوثائق', 'وثائق', 'الاوراق المطلوبه', 'المستندات المطلوبه'],
    place: ['اين', 'وين', 'فين', 'لفين', 'على فين', 'لحد فين', 'في اي مكان', 'في انهي مكان', 'وينه', 'وينها', 'فينه', 'فينها', 'ما العنوان', 'ما هو العنوان'],
    region: ['في اي منطقه', 'اي منطقه', 'في اي جزء من المدينه', 'في اي جزء', 'في اي حي', 'اي حي', 'في انهي منطقه', 'انهي منطقه', 'في انهي جزء', 'في انهي حي', 'انهي حي'],
    city: ['في اي مدينه', 'اي مدينه', 'ما المدينه', 'في انهي مدينه', 'انهي مدينه'],
    time: ['من امتى شغال', 'شغال من امتى', 'منذ متى يعمل', 'متى بدا العمل', 'متى', 'امتى', 'سنه كام', 'في سنه كام', 'شهر كام', 'في شهر كام', 'في اي عام', 'في اي سنه', 'اي سنه', 'اي عام', 'ايمتى', 'اي شهر', 'في اي شهر', 'منذ متى', 'من امتى', 'الي متى', 'لحد امتى'],
    date: ['في اي تاريخ', 'اي يوم', 'ما تاريخ', 'تاريخ', 'التاريخ', 'في اي يوم', 'ما هو تاريخ'],
    distance: ['كم يبعد', 'كم تبعد', 'في قد ايه', 'في اد ايه', 'وقت قد ايه', 'المسافه', 'مسافه', 'كام ساعه لل*', 'كام ساعه بال*', 'في كام ساعه', 'في كم ساعه', 'خلال كام ساعه', 'كام ساعه من', 'كام ساعه للوصول', 'كام دقيقه', 'كام كيلو', 'بعيد قد ايه', 'بعيد اد ايه', 'بياخد قد ايه', 'ياخد قد ايه', 'هياخد قد ايه', 'بتاخد قد ايه', 'هتاخد قد ايه', 'هتاخد كام ساعه', 'هياخد كام ساعه', 'بتاخد كام ساعه', 'بياخد كام ساعه', 'تاخد كام ساعه', 'ياخد كام ساعه', 'بياخد اد ايه', 'هياخد اد ايه', 'بياخد وقت قد ايه', 'قد ايه بالعربيه', 'ما المسافه', 'كم من الوقت', 'كم دقيقه', 'كم ساعه', 'كم المسافه', 'هل هو بعيد', 'كم يستغرق', 'كم تستغرق', 'كم كيلومتر', 'كم كيلو', 'كم وقت', 'كم الوقت'],
    near: ['قريب', 'بعيد'],
    before: ['قبل الافتتاح', 'قبل افتتاح', 'قبل حفل الافتتاح', 'قبل الافتتاح الرسمي', 'قبل التدشين', 'قبل ما يفتح'],
    attendance: ['حضر', 'حضروا', 'حضرت', 'الحضور', 'الضيوف', 'حاضرين', 'القي كلمه', 'المتحدثين'],
    leadership: ['من سيرأس', 'من يرأس', 'من يترأس', 'من سيترأس', 'من سيقود', 'من يقود', 'من رئيس', 'من هو رئيس', 'من هو مدير', 'من مدير', 'مين رئيس', 'مين مدير', 'مين هيرأس', 'مين بيرأس', 'مين هيقود', 'مين بيقود'],
    events: ['فعاليات', 'الفعاليه القادمه', 'الحدث القادم', 'القمه القادمه', 'قمه بريكس', 'معارض'],
    duration: ['كم يوم', 'كام يوم', 'كم يوما', 'كم اسبوع', 'مده المعالجه', 'مده التخليص'],
    quantity: ['كم', 'ما حجم', 'ما كميه', 'كام', 'قديش', 'قد ايش', 'اد ايه', 'قد ايه', 'ما مقدار', 'ما عدد', 'شكثر'],
    figures: ['السعه', 'سعه', 'الطاقه الاستيعابيه', 'يستوعب', 'ارقام', 'الارقام', 'بالارقام', 'الناتج المحلي', 'الناتج الاجمالي', 'حجم مناوله', 'حجم البضائع', 'حجم الشحن', 'الحموله', 'عدد المسافرين'],
    dimension: ['اقصي حموله', 'الحموله القصوي', 'حموله السفن', 'اكبر سفينه', 'عمق', 'الغاطس', 'غاطس', 'مساحه', 'المساحه', 'متر مربع', 'امتار مربعه', 'ارتفاع', 'ما حجم المستودع', 'كم متر', 'كم طول', 'ما طول', 'ما هو طول', 'عدد السكان', 'السكان', 'سكان', 'تعداد'],
    membership: ['كيف نسجل', 'نسجل', 'التسجيل', 'الانضمام', 'ننضم', 'العضويه', 'عضويه', 'طلب انضمام', 'مذكره تفاهم', 'مذكرات تفاهم'],
    items: ['المشاريع', 'مشاريع', 'ما المشاريع', 'ما هي البضائع', 'اي بضائع', 'ما المنتجات', 'اي منتجات', 'ما هي المنتجات', 'ايه المنتجات', 'انهي منتجات', 'اي شركات', 'ما الشركات', 'ما هي الشركات', 'ايه الشركات', 'اي مدن', 'ما المدن', 'ما هي المدن', 'ما هي المواد', 'ما المواد', 'يقبل', 'تقبل', 'بيقبل', 'بتقبل', 'مقبوله'],
    agent: ['من هو', 'من هي', 'من سيدير', 'من يدير', 'مين', 'منو', 'من الذي', 'من يقوم', 'من سيقوم', 'اي مسؤول', 'اي مسؤولين', 'اي المسؤولين', 'من المسؤولين', 'اي شخصيات', 'من حضر', 'من افتتح', 'من دشن', 'من قام بافتتاح'],
    organization: ['اي جهه', 'ما الجهه', 'اي هيئه', 'ما الهيئه', 'اي مؤسسه', 'ما هي الجهه', 'ما هي الجهات', 'اي جهات', 'ما الجهات', 'اي منظمه', 'ما المنظمه', 'اي شركه', 'ما المؤسسه', 'ما الشركه', 'ما هي الشركه', 'انهي شركه', 'ايه الشركه'],
    plan: ['المفروض يتعمل', 'المفروض يحصل', 'هيتعمل ايه', 'هيحصل ايه', 'ماذا سيحدث', 'ما المتوقع', 'خطط', 'للسنين الجايه', 'السنين الجايه', 'السنين القادمه', 'الفتره الجايه', 'الفتره القادمه', 'خطه', 'الخطط', 'الخطه', 'المستقبل', 'مستقبلا', 'ماذا بعد', 'المخطط', 'يخطط', 'مستقبل', 'الخطوات القادمه', 'الخطوه القادمه', 'الخطوه التاليه', 'الخطوات التاليه', 'خارطه الطريق', 'خريطه الطريق', 'السنوات القادمه', 'تخطط', 'يخططون', 'تعتزم', 'يعتزم', 'تنوي', 'ينوي', 'طويله المدي', 'المدي الطويل'],
    reason: ['لازمته ايه', 'لازمتها ايه', 'لزمته ايه', 'فايدته ايه', 'فايدتها ايه', 'هيفرق ايه', 'يفرق ايه', 'هيفرق في ايه', 'ما الفرق الذي', 'لماذا', 'ليش', 'ليه', 'ما سبب', 'لم', 'ماذا يعني', 'ماذا تعني', 'ما معنى', 'معناه ايه', 'معناها ايه', 'يعني ايه', 'ايه معناه', 'ايه معنى', 'ما اهميه', 'ما دلاله', 'علاش', 'لاي سبب', 'ما السبب', 'ما الهدف', 'ما الغرض', 'ما الفائده', 'ما اهميته', 'ما اهميتها', 'ما هي اهميه', 'ما مدى اهميه', 'قد ايه مهم', 'ما مكانه', 'ما هي مكانه', 'على اي اساس', 'ما الاساس', 'مبني على ايه'],
    role: ['دور المركز', 'المركز بيعمل ايه', 'بيعمل ايه', 'ماذا يفعل المركز', 'ماذا سيفعل المركز', 'وظيفه المركز', 'مهام المركز'],
    origin: ['اول من', 'لاول مره', 'مين اخترع', 'رائد', 'رائده', 'مين بدا'],
    solution: ['فيه حل', 'في حل', 'عندهم حل', 'يوجد حل', 'هل من حل', 'حل لموضوع', 'حل لمشكله', 'حل للبضاعه', 'حل لده', 'حلول'],
    level: ['منصه محليه', 'مبادره محليه'],
    recipient: ['الجديد بالنسبه لنا', 'بالنسبه لنا', 'الجديد لنا', 'ايه الجديد لينا', 'ماذا سنستفيد', 'معانا', 'معنا', 'نستفيد', 'هنستفيد', 'نقدر نستخدم', 'يمكننا استخدام', 'هل يمكننا', 'لمناطق اخرى', 'للمناطق الاخرى'],
    method: ['عبر اي قناه', 'من خلال اي قناه', 'باي قناه', 'عن طريق اي قناه', 'ازاي', 'باي طريقه', 'كيف يعمل', 'كيف تعمل', 'كيف سيعمل', 'كيف ستعمل', 'كيف يتم', 'ما اليه', 'ما هي اليه', 'باي شكل', 'باي صيغه', 'باي صوره'],
    kinds: ['ايه المنصات', 'ما المنصات', 'ما هي المنصات', 'اي منصات', 'ما المناطق', 'ما هي المناطق', 'اي مناطق', 'ايه المناطق', 'ما انواع', 'ما نوع', 'اي نوع', 'اي انواع', 'كم نوع', 'كم نوعا', 'ما هي انواع', 'ما هي الانواع', 'ما الانواع', 'ما اشكال', 'ما هي اشكال'],
    distinction: ['يميز', 'تميز', 'يتميز', 'تتميز', 'يختلف', 'تختلف', 'مختلف عن', 'مختلفه عن', 'الفرق بين', 'ما الفرق', 'ما المميز', 'مميزات', 'مميزه عن', 'مميز عن', 'عن غيرها', 'عن غيره', 'باقي الصين', 'باقي مناطق الصين'],
    name: ['الاسم الكامل', 'الاسم الرسمي', 'ما اسم', 'اسم', 'اسمه', 'اسمها', 'ماذا يسمى', 'بماذا يسمى', 'ما الاسم', 'اختصار', 'الاسم الرسمي الكامل', 'الاسم الكامل الرسمي'],
    definition: ['ما', 'ما هو', 'ما هي', 'ماذا', 'ايه', 'شو', 'ماذا يقصد', 'ماذا يقصدون', 'ما المقصود', 'ايه المقصود', 'يقصد ايه', 'يقصدوا ايه', 'عباره عن ايه', 'عباره عن', 'حدثني عن', 'حدثنا عن', 'اخبرني عن', 'اخبرنا عن', 'عرفني على', 'عرفنا على', 'احكي لي عن', 'احكيلي عن', 'كلمني عن'],
  },
  fa: {
    // "طول می‌کشد" (it takes long): a time, not the length "طول" asks; it claims nothing of its own.
    which: ['طول میکشد', 'طول بکشد', 'طول بکشه'],
    route: ['چطور برسم', 'چطوری برسیم', 'چگونه برسیم', 'چطور بروم', 'چطور برم', 'راه رسیدن', 'چطوری برم', 'چگونه بروم', 'چگونه برسم', 'چطور بریم', 'چطوری بریم', 'چطور برسیم', 'چجوری برم', 'چه جوری برم', 'چجوری برسم', 'راه دسترسی', 'چطور میشه رفت'],
    source: ['نویسنده', 'نوشته', 'منتشر', 'چاپ', 'چاپ شده', 'منبع', 'روزنامه', 'چه کسی نوشته', 'نویسنده کیه', 'نویسندهاش کیه', 'کی نوشته', 'چه رسانهای', 'خبرنگار کیه', 'کدام خبرنگار', 'کدوم خبرنگار', 'خبرنگارش'],
    mention: ['مقاله', 'خبر'],
    frame: ['سوال سریع', 'سؤال سریع', 'تو خبر نوشته', 'توی خبر نوشته', 'در خبر نوشته', 'تو مقاله نوشته', 'توی مقاله نوشته', 'در مقاله نوشته', 'تو خبر اومده', 'توی خبر اومده', 'سریع بگید', 'سریع بگین', 'سریع بگو', 'سریع بفرمایید', 'سریع جواب بدید', 'سریع جواب بدین', 'طبق خبر', 'طبق مقاله', 'طبق گزارش', 'بر اساس خبر', 'براساس خبر', 'بر اساس مقاله', 'براساس مقاله', 'به گفته خبر', 'به گفته مقاله', 'بنا بر خبر', 'بنابر خبر'],
    price: ['قیمت', 'کرایه', 'اجاره', 'بلیط', 'بلیت', 'عوارض', 'تعرفه', 'قیمتش', 'رایگان', 'مجانی', 'هزینه داره', 'هزینه دارد', 'هزینهای داره', 'هزینهای دارد', 'هزینش'],
    fare: ['چند تومن', 'چقدر پول', 'بودجه*', 'مالیات', 'مالیاتی', 'مالیاتها'],
    cost: ['هزینه', 'هزینهاش', 'هزینهها', 'هزینههای'],
    percentage: ['درصد*'],
    comparison: ['بزرگتر*', 'کوچکتر*', 'بیشتر بار', 'بار بیشتری', 'کدوم بیشتر', 'کدام بیشتر'],
    hours: ['چند بار', 'هر چند وقت', 'ساعت کاری', 'ساعات کاری', 'ساعت چند', 'چه ساعتی', 'باز است', 'بازه', 'تعطیل', 'شنبه', 'جمعه', 'ساعت کار', 'ساعات کار', 'آخر هفته', 'تعطیله', 'پنجشنبه', 'ساعت چنده', 'برنامه حرکت', 'برنامهی حرکت', 'جدول زمانی', 'جدول حرکت', 'زمان حرکت', 'تایم‌تیبل', 'تایمتیبل'],
    contact: ['iata', 'کد', 'تلفن', 'شماره تلفن', 'شماره تماس', 'شماره موبایل', 'ایمیل', 'پست الکترونیک', 'تماس', 'وبسایت', 'سایت', 'واتساپ', 'موبایل', 'ای میل', 'وب سایت', 'راه ارتباطی', 'تلگرام', 'واتس اپ', 'آدرس ایمیل', 'کد پستی', 'کدپستی', 'پلاک', 'اسم خیابان', 'نام خیابان'],
    weather: ['آب و هوا', 'اب و هوا', 'هوای', 'دما', 'بارون', 'باران', 'اقلیم', 'پیش بینی هوا', 'هوا چطوره'],
    facilities: ['مترو', 'ایستگاه مترو', 'پارکینگ', 'جای پارک', 'هتل', 'اقامت', 'محل اقامت', 'شاتل', 'سرویس رفت و آمد', 'رستوران', 'غذاخوری', 'وای فای', 'اتاق جلسه', 'پرواز مستقیم', 'ایرلاین', 'ترانسفر', 'انگلیسی صحبت', 'انگلیسی بلد', 'انگلیسی حرف', 'خدمات ترجمه'],
    documents: ['ویزا', 'ویزای', 'روادید', 'مدارک', 'مدارکی', 'مدرک', 'مدرکی', 'اسناد', 'مدارکش'],
    place: ['کجا', 'کجاست', 'کجای', 'کجاس', 'آدرس*', 'نشانی'],
    region: ['کدام قسمت شهر', 'کدوم قسمت شهر', 'کدام قسمت*', 'کدوم قسمت*', 'کدام منطقه*', 'کدوم منطقه*', 'چه منطقهای', 'کدام محدوده*', 'کدوم محدوده*', 'چه محدودهای', 'کدام بخش', 'کدوم محله'],
    city: ['کدام شهر*', 'کدوم شهر*', 'چه شهری'],
    time: ['از کی فعاله', 'از کی کار میکنه', 'از چه زمانی فعال', 'از کی شروع به کار کرد', 'کی شروع به کار کرد', 'کی', 'چه زمانی', 'چه وقت', 'چه سالی', 'کدام سال', 'کدوم سال', 'چه ماهی', 'کدام ماه', 'کدوم ماه', 'از کی', 'تا کی', 'از چه زمانی', 'چه موقع', 'چه موقعی'],
    date: ['چه تاریخی', 'چه روزی', 'کدوم روز', 'کدام روز', 'تاریخ*'],
    distance: ['چقدر فاصله', 'چه فاصلهای', 'چقدر راه', 'چقدر طول', 'چقدر طول میکشه', 'چقد طول میکشه', 'طول میکشه', 'چند دقیقه*', 'چند ساعت*', 'چقدر دور', 'چقدر وقت', 'چند کیلومتر', 'چقدر راهه', 'چقدر دوره', 'فاصله*', 'چه مدت', 'چه مدتی', 'چقدر زمان', 'چقد طول', 'چقد راه', 'چقد راهه', 'چقد دوره', 'چقد دور', 'چقد وقت', 'فاصلش', 'فاصلهش'],
    near: ['نزدیک', 'دوره', 'نزدیکه'],
    before: ['قبل از افتتاح', 'قبل از مراسم افتتاح', 'پیش از افتتاح', 'قبل از افتتاحیه'],
    attendance: ['حضور داشتن', 'حضور داشتند', 'مهمانان', 'مهمونا', 'سخنرانی کرد', 'سخنرانان'],
    leadership: ['رئیس کیه', 'رئیسش کیه', 'مدیرش کیه', 'مدیر کیه', 'رئیس کیست', 'مدیر کیست', 'چه کسی رئیس', 'چه کسی مدیر', 'چه کسی ریاست', 'چه کسی رهبری', 'چه کسی هدایت'],
    events: ['رویداد بعدی', 'رویدادهای', 'رویداد', 'اجلاس', 'نشست بعدی', 'همایش بعدی'],
    duration: ['چند روز', 'چند روزه', 'چند هفته', 'مدت ترخیص'],
    quantity: ['چقدر', 'چند', 'چه مقدار', 'چه حجمی', 'چه تعداد', 'چقدره', 'چقد', 'چنده'],
    figures: ['ظرفیت', 'به عدد', 'به رقم', 'ارقام', 'به ارقام', 'با عدد', 'تولید ناخالص', 'جی دی پی', 'حجم بار', 'تناژ', 'حجم کالا', 'تعداد مسافر'],
    dimension: ['عمق', 'آبخور', 'مساحت', 'متراژ', 'متر مربع', 'ارتفاع', 'چند متر*', 'چقدر عمیق*', 'ابعاد', 'طول', 'طولش', 'جمعیت'],
    membership: ['ثبت نام', 'ثبتنام', 'عضویت', 'عضو شدن', 'عضو بشیم', 'عضو شویم', 'تفاهمنامه', 'تفاهم نامه', 'چطور بپیوندیم', 'پیوستن به'],
    items: ['پروژهها', 'پروژههای', 'پروژههایی', 'چه پروژههایی', 'چه کالاهایی', 'چه محصولاتی', 'چه اقلامی', 'کدام کالاها', 'کدوم کالاها', 'چه شرکتهایی', 'کدام شرکتها', 'کدوم شرکتها', 'لیستی هست', 'چه کالاهایی', 'چه اقلامی', 'قبول میکند', 'قبول میکنه', 'میپذیرد', 'میپذیره'],
    agent: ['چه کسی', 'چه کسانی', 'کیه', 'چه مقاماتی', 'کدام مقامات', 'کدوم مقامات', 'چه مقامی', 'چه افرادی', 'کدام افراد'],
    organization: ['چه نهادی', 'کدام نهاد', 'کدوم نهاد', 'چه سازمانی', 'کدام سازمان', 'کدوم سازمان', 'چه سازمانهایی', 'کدام نهادها', 'چه نهادهایی', 'کدام ارگان', 'چه ارگانی', 'کدام شرکت', 'چه شرکتی', 'کدام موسسه', 'کدام مؤسسه', 'کدوم شرکت', 'کدوم ارگان'],
    plan: ['چند سال آینده', 'چند سال بعد', 'چند سال آتی', 'برنامه', 'برنامهها', 'برنامههای', 'آینده', 'قرار است', 'قراره', 'چه برنامهای', 'نقشه راه', 'گام بعدی', 'گامهای بعدی', 'قدم بعدی', 'قدمهای بعدی', 'مرحله بعدی', 'برنامهریزی', 'برنامهریزی شده', 'آتی', 'بلندمدت', 'بلند مدت'],
    reason: ['چه فرقی ~~3 ایجاد', 'چه فرقی میکنه', 'چرا', 'برای چه', 'به چه دلیل', 'چه معنایی', 'یعنی چه', 'چه اهمیتی', 'چه تاثیری', 'چه تأثیری', 'برای چی', 'واسه چی', 'به چه علت', 'دلیلش چیه', 'علتش چیه', 'هدف از', 'هدفش چیه', 'چه هدفی', 'چه فایدهای', 'چه دلیلی', 'اهمیتش', 'چقدر مهم*', 'چه قدر مهم*', 'چقد مهم*', 'چه جایگاهی', 'جایگاهش چیه', 'بر چه اساسی', 'به چه اساسی', 'بر اساس چی'],
    role: ['مرکز چیکار میکنه', 'مرکز چکار میکنه', 'مرکز چه کار میکند', 'مرکز چه کاری انجام میدهد', 'مرکز چه کاری انجام میده', 'وظیفه مرکز', 'وظایف مرکز', 'نقش مرکز'],
    origin: ['اولین بار', 'برای اولین بار', 'نخستین بار', 'کی راه انداخت', 'پیشگام'],
    solution: ['راه حل', 'راهحل', 'راهکار', 'راه کار'],
    level: ['ملیه یا', 'یا استانی', 'یا محلی', 'پلتفرم محلیه'],
    recipient: ['استفاده کنیم', 'ما هم استفاده', 'جدیدی برای ما', 'برای ما داره', 'برای ما دارد', 'برای ما چیه', 'بهمون میرسه', 'به ما میرسه', 'ما هم میتونیم', 'میتونیم استفاده کنیم', 'ما هم می توانیم', 'به ما منتقل', 'به بقیه مناطق', 'به مناطق دیگه', 'به مناطق دیگر', 'به سایر مناطق'],
    method: ['از چه کانالی', 'از طریق چه کانالی', 'با چه کانالی', 'از چه مجرایی', 'چه جوری', 'چجوری', 'به چه شکل', 'چطور کار میکند', 'چطور کار میکنه', 'چطوری کار میکنه', 'چگونه کار میکند', 'چگونه عمل میکند', 'سازوکار', 'چه سازوکاری', 'به چه روشی', 'با چه روشی', 'به چه صورت', 'از چه راهی', 'به چه شکلی', 'چه شکلی', 'به چه صورتی', 'چه صورتی'],
    kinds: ['چه مناطقی', 'چه مناطق', 'کدام مناطق', 'کدوم مناطق', 'چه نوع', 'چه نوعی', 'چه انواعی', 'کدام نوع', 'چند نوع', 'چند جور', 'کدوم نوع', 'چه مدل', 'چه مدلی', 'چه جور'],
    distinction: ['متمایز', 'متفاوت', 'فرق', 'تفاوت', 'فرقش', 'تفاوتش', 'چه فرقی', 'چه تفاوتی', 'خاص است', 'ویژگی خاص', 'برجسته', 'جاهای دیگه'],
    name: ['اسم کامل', 'نام کامل', 'نام رسمی', 'اسم رسمی', 'اسمش چیه', 'اسم', 'نام', 'اسمش', 'نامش', 'چه نام دارد', 'مخفف', 'اسم کامل رسمی', 'نام کامل رسمی', 'نام رسمی کامل', 'اسم رسمی کامل'],
    definition: ['چیست', 'چیه', 'چی', 'چه', 'منظور از', 'منظورشون از', 'منظورشان از', 'یعنی چی', 'یعنی چه', 'به چه معناست', 'چه معنایی دارد', 'معرفی کن', 'معرفی کنید', 'معرفی کنین', 'معرفی بکن', 'معرفی بکنید'],
  },
  id: {
    route: ['bagaimana cara ke', 'cara ke', 'cara menuju', 'cara sampai', 'gimana ke', 'bagaimana ke', 'gimana cara ke', 'bagaimana caranya ke', 'gimana caranya ke', 'bagaimana menuju', 'naik apa', 'rute ke', 'cara pergi ke', 'cara mencapai'],
    source: ['penulis', 'ditulis', 'menulis', 'diterbitkan', 'terbit', 'dimuat', 'media apa', 'media mana', 'sumber', 'koran', 'siapa penulis', 'siapa yang menulis', 'siapa penulisnya', 'penulisnya', 'siapakah penulisnya', 'wartawannya', 'siapa wartawan', 'wartawan siapa'],
    mention: ['artikel', 'berita'],
    frame: ['pertanyaan cepat', 'tanya cepat', 'jawab cepat', 'tolong cepat', 'cepat ya kak', 'cepetan', 'menurut artikel', 'menurut berita', 'menurut artikelnya', 'menurut beritanya', 'berdasarkan artikel', 'berdasarkan berita', 'sesuai artikel', 'sesuai berita', 'kata artikel', 'kata artikelnya'],
    price: ['harga', 'iuran', 'iurannya', 'tarif', 'sewa', 'tiket', 'bayar', 'gratis', 'gratiskah', 'harganya', 'ada biaya', 'ada biayanya', 'ada ongkos', 'kena biaya', 'dikenakan biaya'],
    fare: ['berapa harga', 'berapa duit', 'berapaan', 'anggaran', 'anggarannya', 'pajak', 'pajaknya', 'ppn', 'tarif pajak'],
    cost: ['biaya', 'ongkos', 'biayanya', 'ongkosnya', 'mahal'],
    percentage: ['persen', 'persennya', 'persentase', 'persentasenya'],
    comparison: ['lebih besar', 'lebih kecil', 'lebih ramai', 'lebih sibuk', 'lebih banyak kargo', 'mana yang lebih banyak', 'lebih banyak muatan'],
    hours: ['berapa kali', 'seberapa sering', 'jam buka', 'jam kerja', 'jam operasional', 'jam berapa', 'buka', 'tutup', 'akhir pekan', 'sabtu', 'minggu', 'buka jam', 'jam layanan', 'jam pelayanan', 'hari libur', 'buka hari ini', 'buka sekarang', 'buka gak', 'jadwal', 'jadwalnya', 'jadwal kapal', 'jadwal keberangkatan'],
    contact: ['iata', 'kode', 'telepon', 'nomor telepon', 'email', 'e-mail', 'kontak', 'situs', 'website', 'whatsapp', 'wa', 'no hp', 'nomor hp', 'nomer hp', 'nomer telepon', 'telp', 'alamat email', 'surel', 'hubungi', 'menghubungi', 'kode pos', 'nama jalan', 'nomor gedung', 'nomor rumah', 'nomor jalan'],
    weather: ['cuaca', 'suhu', 'hujan', 'iklim', 'prakiraan cuaca'],
    facilities: ['mrt', 'metro', 'lrt', 'parkir', 'tempat parkir', 'hotel', 'penginapan', 'menginap', 'shuttle', 'bus antar jemput', 'restoran', 'kantin', 'wifi', 'ruang rapat', 'penerbangan langsung', 'maskapai', 'antar jemput', 'jemputan', 'bisa bahasa inggris', 'berbahasa inggris', 'bisa berbahasa inggris', 'layanan penerjemah'],
    documents: ['visa', 'visanya', 'dokumen', 'dokumennya', 'berkas', 'berkasnya', 'persyaratan', 'syarat', 'syaratnya'],
    place: ['di mana', 'dimana', 'ke mana', 'kemana', 'letaknya', 'di manakah', 'dimanakah', 'dmn', 'lokasinya', 'alamatnya', 'alamat'],
    region: ['bagian mana kota', 'bagian mana', 'daerah mana', 'area mana', 'kawasan mana', 'wilayah mana', 'distrik mana', 'nama kawasan', 'nama daerah', 'nama wilayah', 'nama distrik'],
    city: ['kota mana', 'kota apa', 'di kota mana'],
    time: ['sejak kapan beroperasi', 'sejak kapan ~~2 beroperasi', 'sejak kapan berjalan', 'sejak kapan buka', 'sejak kapan aktif', 'mulai kapan beroperasi', 'kapan', 'tahun berapa', 'thn berapa', 'thn brp', 'buka tahun berapa', 'dibuka tahun berapa', 'sejak kapan', 'bulan apa', 'hari apa', 'kpn', 'bulan berapa', 'mulai kapan', 'sampai kapan'],
    date: ['tanggal berapa', 'tgl berapa', 'tgl brp', 'tanggal', 'tgl', 'tanggalnya'],
    distance: ['seberapa jauh', 'berapa jauh', 'berapa lama', 'berapa menit', 'berapa jam', 'jauh tidak', 'jauhkah', 'berapa kilometer', 'berapa km', 'jaraknya', 'jarak', 'jauh gak', 'jauh nggak', 'jauh ga', 'jauh enggak', 'seberapa dekat', 'makan waktu berapa', 'butuh waktu berapa', 'brp lama', 'brp jauh', 'brp km', 'brp menit', 'brp jam'],
    near: ['dekat', 'jauh'],
    before: ['sebelum peresmian', 'sebelum diresmikan', 'sebelum dibuka', 'sebelum pembukaan', 'sebelum acara peresmian'],
    attendance: ['menghadiri', 'yang hadir', 'siapa saja yang hadir', 'tamu', 'tamu undangan', 'pembicara', 'berpidato'],
    leadership: ['siapa yang memimpin', 'siapa pemimpin', 'siapa pemimpinnya', 'siapa kepala', 'siapa kepalanya', 'siapa direktur', 'siapa direkturnya', 'siapa ketua', 'siapa ketuanya', 'dipimpin siapa', 'dipimpin oleh siapa', 'siapa yang akan memimpin', 'siapa pimpinan', 'siapa pimpinannya', 'siapa yang mengepalai'],
    events: ['acara berikutnya', 'event berikutnya', 'acara atau pameran', 'ktt', 'acara terdekat', 'pameran berikutnya'],
    duration: ['berapa hari', 'berapa minggu', 'lama proses', 'berapa lama prosesnya'],
    quantity: ['berapa', 'seberapa besar', 'seberapa banyak', 'brp', 'per tahun berapa', 'setahun berapa'],
    figures: ['kapasitas', 'kapasitasnya', 'daya tampung', 'dalam angka', 'angkanya', 'angka', 'pdb', 'produk domestik bruto', 'gdp', 'volume kargo', 'throughput', 'tonase', 'jumlah penumpang'],
    dimension: ['kedalaman', 'kedalamannya', 'seberapa dalam', 'luasnya', 'luas gudang', 'luas lahan', 'luas bangunan', 'meter persegi', 'lebar', 'lebarnya', 'ukuran', 'ukurannya', 'berapa meter', 'berapa panjang', 'panjangnya', 'panjang', 'penduduk', 'populasi', 'jumlah penduduk', 'berapa orang tinggal'],
    membership: ['mendaftar', 'pendaftaran', 'cara daftar', 'keanggotaan', 'jadi anggota', 'menjadi anggota', 'bergabung dengan', 'cara bergabung', 'mau bergabung', 'gabung', 'nota kesepahaman', 'mengajukan diri', 'cara apply'],
    items: ['proyek apa', 'proyek apa saja', 'proyek-proyek', 'barang apa saja', 'produk apa saja', 'kategori apa', 'daftar barang', 'daftar produk', 'jenis barang apa', 'perusahaan apa saja', 'perusahaan mana saja', 'kota mana saja', 'kota apa saja', 'ada daftar', 'barang apa saja', 'menerima', 'diterima', 'bisa terima', 'mau terima'],
    agent: ['siapa', 'siapakah', 'pejabat mana', 'pejabat siapa', 'tokoh siapa', 'siapa saja'],
    organization: ['lembaga apa', 'badan apa', 'jenis lembaga apa', 'lembaga macam apa', 'lembaga seperti apa', 'pihak mana', 'instansi apa', 'organisasi apa', 'lembaga mana', 'instansi mana', 'perusahaan apa', 'perusahaan mana', 'badan mana', 'organisasi mana'],
    plan: ['rencana', 'rencananya', 'direncanakan', 'ke depan', 'masa depan', 'langkah selanjutnya', 'berencana', 'merencanakan', 'mendatang', 'akan datang', 'langkah berikutnya', 'peta jalan', 'roadmap', 'ke depannya', 'kedepannya', 'kedepan', 'beberapa tahun ke depan', 'jangka panjang', 'jangka panjangnya'],
    reason: ['bedanya ~~2 bagi', 'bedanya bagi', 'mengapa', 'kenapa', 'untuk apa', 'apa arti', 'apa artinya', 'apa makna', 'apa pentingnya', 'apa dampak', 'knp', 'apa alasan', 'alasannya', 'apa tujuan', 'apa tujuannya', 'tujuannya apa', 'buat apa', 'apa gunanya', 'apa manfaat', 'apa manfaatnya', 'seberapa penting', 'seberapa besar arti', 'posisi apa', 'bagaimana posisi', 'kedudukan apa', 'atas dasar apa', 'dasarnya apa', 'apa dasarnya', 'berdasarkan apa'],
    role: ['fungsi pusat', 'fungsi center', 'fungsi sentra', 'tugas pusat', 'ngapain'],
    origin: ['pertama kali', 'siapa yang pertama', 'pelopor', 'mempelopori', 'yang memulai'],
    solution: ['ada solusi', 'solusi untuk', 'solusinya', 'cara khusus', 'ada cara'],
    level: ['tingkat nasional atau', 'atau tingkat nasional', 'tingkat daerah', 'proyek pemda'],
    recipient: ['boleh kami pakai', 'boleh kami gunakan', 'bisa kami gunakan', 'kami pakai', 'kami gunakan', 'baru buat kami', 'baru bagi kami', 'baru untuk kami', 'apa untungnya', 'manfaatnya buat kami', 'bisa nggak kami', 'kami ikut', 'bisa kami pakai', 'sampai ke kami', 'kami juga bisa', 'bisakah kami'],
    method: ['lewat saluran apa', 'melalui saluran apa', 'saluran apa', 'lewat kanal apa', 'melalui kanal apa', 'dengan cara apa', 'caranya', 'cara kerja', 'cara kerjanya', 'melalui cara apa', 'lewat cara apa', 'bagaimana prosesnya', 'gimana prosesnya', 'dalam bentuk apa', 'bentuknya apa', 'bentuknya seperti apa'],
    kinds: ['platform apa saja', 'platform apa', 'zona apa saja', 'kawasan apa saja', 'jenis apa', 'jenis apa saja', 'macam apa', 'apa saja jenis', 'berapa jenis', 'berapa macam', 'jenisnya apa', 'apa jenisnya', 'apa saja jenisnya', 'tipe apa', 'kategori apa'],
    distinction: ['beda dari', 'berbeda dari', 'beda dengan', 'berbeda dengan', 'bedanya', 'perbedaan', 'membedakan', 'istimewa', 'keistimewaan', 'unik', 'keunikan', 'menonjol', 'daerah lain', 'wilayah lain', 'distrik lain'],
    name: ['nama lengkap', 'nama resmi', 'namanya apa', 'nama', 'apa namanya', 'disebut apa', 'singkatan', 'kepanjangan', 'kepanjangannya', 'nama resmi lengkap', 'nama lengkap resmi', 'nama resminya', 'nama lengkapnya'],
    definition: ['apa', 'apa itu', 'apa sih', 'ceritakan tentang', 'jelaskan tentang', 'ceritain tentang', 'jelasin tentang', 'perkenalkan'],
  },
  am: {
    route: ['እንዴት መድረስ', 'እንዴት መሄድ', 'እንዴት ይደረሳል', 'እንዴት መጓዝ', 'እንዴት እደርሳለሁ', 'እንዴት ልሂድ', 'እንዴት መምጣት'],
    source: ['ጸሐፊ', 'ፀሐፊ', 'የጻፈው', 'የታተመው', 'ታተመ', 'ምንጭ', 'ጋዜጣ', 'ማን ጻፈው', 'ጸሐፊው ማን', 'ፀሐፊው ማን', 'ጋዜጠኛው'],
    mention: ['ጽሑፉ', 'ጽሁፉ', 'ጽሑፍ', 'ዜና', 'ዜናው', 'ዜናውን'],
    frame: ['ፈጣን ጥያቄ', 'በጽሑፉ መሰረት', 'በጽሁፉ መሰረት', 'በዜናው መሰረት', 'በጽሑፉ መሠረት', 'በጽሁፉ መሠረት', 'በዜናው መሠረት', 'እንደ ጽሑፉ', 'እንደ ጽሁፉ', 'እንደ ዜናው', 'ጽሑፉ እንደሚለው', 'ዜናው እንደሚለው'],
    price: ['ዋጋ', 'ዋጋው', 'ክፍያ', 'ክፍያው', 'የሚያስከፍሉት', 'ያስከፍላሉ', 'ያስከፍላል', 'የሚከፈለው', 'ይከፈላል', 'ታሪፍ', 'ኪራይ', 'ቲኬት', 'ትኬት', 'በነጻ', 'በነፃ'],
    fare: ['*ስንት ብር', 'ስንት ያስከፍላል', '*በጀት', 'በጀቱ', 'ግብር', 'ታክስ', 'ቀረጥ', 'የግብር'],
    percentage: ['ፐርሰንት', '*ፐርሰንት', 'በመቶ', 'መቶኛ', 'በመቶኛ'],
    comparison: ['ይበልጣል', 'ይበልጣሉ', 'የሚበልጠው', 'የበለጠ ጭነት', 'ብዙ ጭነት የሚያስተናግደው'],
    hours: ['በየስንት ጊዜ', 'በሳምንት ስንት ጊዜ', 'በቀን ስንት ጊዜ', 'የሥራ ሰዓት', 'የስራ ሰዓት', 'ስንት ሰዓት ይከፈታል', 'ይከፈታል', 'ይዘጋል', 'ቅዳሜ', 'እሁድ', 'የሥራ ቀናት', 'የስራ ቀናት', 'ክፍት ነው', 'ዛሬ ክፍት', 'ክፍት ነዉ', 'የጉዞ ፕሮግራም', 'የጉዞ መርሐ ግብር', 'የጉዞ መርሃ ግብር', 'መርሐ ግብር', 'መርሃ ግብር', 'የጊዜ ሰሌዳ'],
    contact: ['iata', 'ኮድ', 'ስልክ', 'ኢሜይል', 'ኢሜል', 'አድራሻ ኢሜይል', 'ድረ ገጽ', 'ዌብሳይት', 'ዋትስአፕ', 'ስልክ ቁጥር', 'የፖስታ ኮድ', 'ፖስታ ኮድ', 'የመንገድ አድራሻ', 'የቤት ቁጥር', 'የመንገድ ስም'],
    weather: ['የአየር ሁኔታ', 'አየር ሁኔታ', 'ሙቀት', 'ዝናብ'],
    facilities: ['ሜትሮ', 'መኪና ማቆሚያ', 'ማቆሚያ', 'ፓርኪንግ', 'ሆቴል', 'ሆቴሎች', 'መኝታ', 'ሻትል', 'ምግብ ቤት', 'ካፌ', 'ዋይፋይ', 'ቀጥታ በረራ', 'አየር መንገድ', 'እንግሊዝኛ የሚናገሩ', 'እንግሊዝኛ ይናገራሉ', 'እንግሊዝኛ የሚችሉ'],
    documents: ['ቪዛ', 'ሰነድ', 'ሰነዶች', 'ሰነዶቹ', 'ሰነዶችን', 'መስፈርት', 'መስፈርቶች', 'መስፈርቱ'],
    place: ['የት', 'የትነው', 'በየት', 'ከየት', 'ወዴት', 'አድራሻው'],
    region: ['በየትኛው ክፍለ ከተማ', 'የትኛው ክፍለ ከተማ', 'ክፍለ ከተማ', 'በከተማው የትኛው ክፍል', 'የትኛው ክፍል', 'የትኛው አካባቢ', 'በየትኛው አካባቢ', 'የት አካባቢ', 'በየትኛው ወረዳ', 'የሚገኝበት አካባቢ', 'ያለበት አካባቢ'],
    city: ['በየትኛው ከተማ', 'የትኛው ከተማ'],
    time: ['መቼና', 'መችና', 'ከመቼ ጀምሮ ይሰራል', 'ከመቼ ጀምሮ ሥራ ጀመረ', 'መቼ', 'በየትኛው ዓመት', 'በስንት ዓመተ ምህረት', 'የትኛው ዓመት', 'በየትኛው ወር', 'በየትኛው አመት', 'የትኛው አመት', 'በስንት ዓመት', 'በስንት አመት', 'ከመቼ ጀምሮ', 'እስከ መቼ'],
    date: ['በየትኛው ቀን', 'በምን ቀን', 'የትኛው ቀን', 'ትክክለኛው ቀን', 'ትክክለኛ ቀን', 'ቀኑ'],
    distance: ['ምን ያህል ይርቃል', 'ምን ያህል ርቀት', 'ምን ያህል ጊዜ', '*ስንት ደቂቃ', '*ስንት ሰዓት', 'ምን ያህል ይወስዳል', 'ምን ያህል ይፈጃል', '*ስንት ኪሎ ሜትር', '*ስንት ኪሜ', 'ርቀቱ'],
    near: ['ሩቅ'],
    before: ['ከምረቃው በፊት', 'ከመመረቁ በፊት', 'ከመከፈቱ በፊት', 'ከምረቃ በፊት'],
    attendance: ['የተገኙት', 'ተገኝተው', 'የተገኙ', 'እንግዶች', 'እንግዶቹ'],
    leadership: ['ማን ይመራዋል', 'ማን ይመራል', 'የሚመራው ማን', 'መሪው ማን', 'ዳይሬክተሩ ማን', 'ኃላፊው ማን', 'ሊቀመንበሩ ማን', 'ማን ነው የሚመራው'],
    events: ['ቀጣይ ዝግጅት', 'ቀጣዩ ዝግጅት', 'ቀጣይ ስብሰባ', 'ቀጣዩ ጉባኤ', 'ጉባኤ'],
    duration: ['*ስንት ቀን', '*ስንት ሳምንት'],
    quantity: ['*ስንት', 'ምን ያህል', 'መጠኑ'],
    figures: ['የመያዝ አቅም', 'በቁጥር', 'በአሃዝ', 'gdp', 'ጠቅላላ የሀገር ውስጥ ምርት', 'ጠቅላላ ምርት', 'የጭነት መጠን', 'የመንገደኞች ብዛት'],
    dimension: ['ጥልቀት', 'ጥልቀቱ', 'ስፋት', 'ስፋቱ', 'ካሬ ሜትር', 'ቁመት', 'ቁመቱ', 'ስንት ሜትር', 'ርዝመት', 'ርዝመቱ', 'ርዝማኔ', 'የህዝብ ብዛት', 'ህዝብ ብዛት', 'የሕዝብ ብዛት', 'ሕዝብ ብዛት', 'ነዋሪዎች'],
    membership: ['እንዴት መመዝገብ', 'መመዝገብ', 'ምዝገባ', 'አባል መሆን', 'አባል ለመሆን', 'አባልነት', 'የመግባቢያ ሰነድ', 'ማመልከት', 'ማመልከቻ'],
    items: ['ፕሮጀክቶች', 'ፕሮጀክቶቹ', 'ምን ምን ዕቃዎች', 'የትኞቹ ዕቃዎች', 'የትኞቹ ምርቶች', 'የትኞቹ ኩባንያዎች', 'የትኞቹ ድርጅቶች', 'የትኞቹ ከተሞች', 'ዝርዝር አለ', 'ይቀበላል', 'ይቀበላሉ', 'ትቀበላለች'],
    agent: ['ማን', 'ማነው', 'ማን ነው', 'እነማን', 'በማን', 'የትኞቹ ባለስልጣናት', 'የትኞቹ ሰዎች', 'እነማን ናቸው'],
    organization: ['የትኛው ተቋም', 'የትኛው አካል', 'ምን ዓይነት ተቋም', 'የትኛው ድርጅት', 'የትኞቹ ተቋማት', 'የትኛው መሥሪያ ቤት', 'የትኛው መስሪያ ቤት', 'የትኛው ኩባንያ'],
    plan: ['ዕቅድ', 'እቅድ', 'ዕቅዶች', 'እቅዶች', 'ወደፊት', 'የወደፊት', 'ታቅዷል', 'የታቀደው', 'ቀጣይ እርምጃ', 'ቀጣዩ እርምጃ', 'ቀጣይ እርምጃዎች', 'ፍኖተ ካርታ', 'በመጪዎቹ ዓመታት', '*ሚቀጥሉት ዓመታት', '*ቀጣዮቹ ዓመታት', '*ቀጣይ ዓመታት', '*ሚመጡት ዓመታት', 'የረጅም ጊዜ', 'አቅዷል', 'አቅደዋል', 'እቅዳ*', 'ዕቅዳ*'],
    reason: ['ልዩነት ያመጣል', 'ምን ልዩነት ያመጣል', 'ለምን', 'ለምንድን', 'ለምንድነው', 'ምን ማለት', 'ምን ማለቱ', 'ምን ትርጉም', 'ምን ፋይዳ', 'ፋይዳው', 'ዓላማው', 'አላማው', 'ምክንያቱ', 'ምን ጥቅም', 'ጥቅሙ', 'ጠቀሜታው', 'ምን ያህል አስፈላጊ', 'ምን ያህል ጠቃሚ', 'ምን ቦታ ላይ', 'ምን አይነት ቦታ', 'ምን ዓይነት ቦታ', 'ምን ሚና', 'በምን መሰረት', 'በምን መሠረት', 'መሰረቱ ምንድነው', 'መሠረቱ ምንድነው'],
    role: ['ምን ይሰራል', 'ምን ይሠራል', 'ምን ያደርጋል', 'ሥራው ምንድነው', 'ስራው ምንድነው', 'ተግባሩ', 'ተግባሩ ምንድነው'],
    origin: ['ለመጀመሪያ ጊዜ', 'ፈር ቀዳጅ', 'ማን ጀመረ', 'ማን ነው የጀመረው'],
    solution: ['መፍትሄ', 'መፍትሔ', 'የሚያቀል አሰራር', 'አሰራር አለው', 'አሰራር አላቸው'],
    level: ['የአካባቢ ደረጃ', 'የክልል መድረክ', 'ክልል መድረክ ብቻ'],
    recipient: ['ለእኛ ምን', 'ያካፍለናል', 'እኛም', 'ለኛም', 'ልንጠቀምባቸው', 'ማግኘት እንችላለን', 'ይደርሱናል', 'የሚደርሱን', 'ያጋራናል', 'ለሌሎች ሃገራት', 'ለሌሎች አገሮች'],
    method: ['እንዴት ነው የሚሰራው', 'እንዴት ነው የሚሠራው', 'እንዴት ነው የሚሰሩት', 'እንዴት ይሰራሉ', 'አሰራሩ እንዴት ነው', 'በምን መንገድ', 'በምን ሁኔታ', 'እንዴት ይሰራል', 'እንዴት ይሠራል', 'በምን ዘዴ', 'በምን መልኩ'],
    kinds: ['ምን ምን መድረኮች', 'ምን ምን መድረኮችን', 'የትኞቹ መድረኮች', 'የትኞቹን መድረኮች', 'የትኞቹ ዞኖች', 'ምን ምን ዞኖች', 'ምን ዓይነት', 'ምን አይነት', 'ምን ዓይነቶች', 'የትኞቹ ዓይነቶች', 'ስንት ዓይነት', 'ስንት አይነት', 'ምን አይነቶች', 'የትኞቹ አይነቶች'],
    distinction: ['የሚለየው', 'የሚለያት', 'የሚለዩት', 'ልዩ የሚያደርገው', 'ልዩ የሚያደርጋት', 'ልዩነት', 'ልዩነቱ', 'ከሌሎች', 'ከሌሎች አካባቢዎች', 'ከሌሎች ክልሎች', 'ሌሎች አካባቢዎች'],
    name: ['ሙሉ ስሙ ማን', 'ሙሉ ስም ማን', 'ስም ማን', 'ሙሉ ስሙ', 'ሙሉ ስም', 'ይፋዊ ስሙ', 'ስሙ ማን', 'ስሙ', 'ስም', 'ምን ይባላል', 'ምህጻረ ቃል', 'ማን ይባላል', 'ስሙ ማን ይባላል', 'ሙሉ ይፋዊ ስሙ', 'ይፋዊ ሙሉ ስሙ', 'ሙሉ መጠሪያ'],
    definition: ['ምንድን', 'ምንድነው', 'ምን', 'ንገረኝ', 'ንገሩኝ', 'ንገሩን', 'አስረዳኝ', 'አስረዱኝ', 'አብራራልኝ', 'አብራሩልኝ'],
  },
  zu: {
    // "ukutshala imali" is investing money (a word of the 2029 goals), not a price.
    which: ['ukutshala imali', 'kutshala imali', 'sitshala imali', 'ukutshala izimali'],
    route: ['ngifika kanjani', 'sifika kanjani', 'ngiya kanjani', 'siya kanjani', 'ukufika', '*fika kanjani'],
    source: ['umbhali', 'obhale', 'ubhale', '*bhalwe', '*bhalwa', 'lombhali', '*shicilelwa', '*shicilelwe', 'umthombo', 'iphephandaba', 'ubani obhale', 'ngubani umbhali', 'ubani umbhali', '*bhalile', 'yintatheli', 'intatheli ebhale', 'lolu daba', 'le ndaba', 'lendaba'],
    mention: ['indatshana', 'ndatshana', 'isihloko', 'sihloko', 'le ndaba', 'lendaba'],
    frame: ['umbuzo osheshayo', 'umbuzo nje osheshayo', 'ngokwendatshana', 'ngokusho kwendatshana', 'ngokombiko', 'ngokwendaba', 'ngokusho kwendaba'],
    price: ['intengo', 'inani', 'imali', 'imali yokugibela', 'irenti', 'ithikithi', 'inkokhelo', 'mahhala'],
    fare: ['*malini', '*biza', '*sabelomali', '*ntela'],
    percentage: ['*phesenti', 'iphesenti', 'amaphesenti'],
    comparison: ['elikhulu', 'ephatha impahla eningi', 'yiliphi eliphatha okuningi'],
    hours: ['ngasiphi isikhathi', 'ngasikhathi sini', '*valwa nini', '*valwe nini', '*vala nini', 'amahora okusebenza', 'isikhathi sokuvula', 'ivula nini', 'sivala nini', 'ivala nini', 'isikhathi sokuvala', '*vulwa ngesonto', 'ngempelasonto', 'ngomgqibelo', 'ngesonto', 'sivulekile', 'ivulekile', 'uhlelo lwezikhathi', 'isheduli', 'ishejuli', 'izikhathi zemikhumbi', 'izikhathi zokuhamba'],
    contact: ['iata', 'ikhodi', 'khodi', '*cingo', 'inombolo yocingo', 'inombolo yefoni', 'i-email', 'email', 'imeyili', 'i-imeyili', 'ikheli le-imeyili', 'ikheli le-email', 'ukuxhumana', 'iwebhusayithi', 'whatsapp', 'ikhodi yeposi', 'ikheli lomgwaqo', 'igama lomgwaqo', 'inombolo yesakhiwo', 'inombolo yendlu'],
    weather: ['isimo sezulu', 'imvula', 'izinga lokushisa', 'isimo sezulu sinjani'],
    facilities: ['imetro', 'i-metro', 'metro', '*paka', 'indawo yokupaka', '*hhotela', 'indawo yokuhlala', 'irestorenti', 'i-wifi', 'wifi', 'indiza ngqo', 'bakhuluma isingisi', 'ukhuluma isingisi', 'bayakwazi ukukhuluma isingisi'],
    documents: ['*visa', 'amaphepha', 'amaphepha adingekayo', 'imibhalo', 'amadokhumenti', 'izidingo'],
    place: ['*kuphi ngqo', '*kuphi', 'indawo ephi', 'endaweni ephi', 'kuyiphi indawo'],
    region: ['*kuyiphi ingxenye', '*kweyiphi ingxenye', 'ikuphi ingxenye yedolobha', 'ingxenye yedolobha', 'ingxenye ephi', 'kweyiphi ingxenye ngqo', 'kweyiphi ingxenye', 'kuyiphi ingxenye ngqo', 'kuyiphi ingxenye', 'ikuphi ingxenye ngqo', 'ikuphi ingxenye', 'kusiphi isifunda', 'isiphi isifunda'],
    city: ['yiliphi idolobha', 'iliphi idolobha', 'kuliphi idolobha', '*dolobheni eliphi', '*dolobheni elithini', 'idolobha elithini', 'yidolobha elithini'],
    time: ['sisebenza kusukela nini', 'kusukela nini sisebenza', 'saqala nini ukusebenza', 'saqala ukusebenza nini', '*nini', 'nin', 'ngonyaka muphi', 'unyaka muphi', 'ngonyaka ophi', 'unyaka ophi', '*uphi unyaka', '*uphi inyanga', 'unyaka muni', 'ngonyaka muni', 'ngasiphi isikhathi', 'unyaka bani', 'ngonyaka bani', 'ngowaphi unyaka'],
    date: ['*uphi usuku', 'ngaluphi usuku', 'usuku luni', 'usuku', 'ngosuku luni', 'mhla bani', 'ngomhla bani', 'ngomhla muni'],
    distance: ['kude kangakanani', 'kukude kangakanani', 'ibanga elingakanani', 'isikhathi esingakanani', 'imizuzu emingaki', 'amahora amangaki', '*mahora amangaki', '*kude kangakanani', '*mizuzu emingaki', 'kuthatha isikhathi esingakanani', 'kude yini', 'kukude yini'],
    near: ['siseduze', 'useduze', 'iseduze', 'kuseduze', 'liseduze', 'sikude', 'ukude', 'ikude', 'likude'],
    before: ['ngaphambi kokuvulwa', 'ngaphambi kokuba sivulwe', 'ngaphambi kokuthi sivulwe'],
    attendance: ['ababekhona', 'abebekhona', 'babekhona', 'izivakashi', 'abakhulumi'],
    leadership: ['ubani oholayo', 'ubani ozohola', 'ubani ophethe', 'ubani umqondisi', 'ngubani umqondisi', 'ngubani umholi', 'ubani umholi', 'ngubani ozohola', 'ngubani oholayo', 'ngubani ophethe', 'ubani ozophatha', 'ngubani ozophatha'],
    events: ['umcimbi olandelayo', 'imicimbi ezayo', 'ingqungquthela'],
    duration: ['izinsuku ezingaki', 'amaviki amangaki'],
    quantity: ['*ngaki', 'kangakanani', 'esingakanani', 'elingakanani'],
    figures: ['umthamo', 'ngezinombolo', 'izinombolo', 'ngamanani', 'gdp', 'i-gdp', 'inani lempahla', 'inani labagibeli'],
    dimension: ['ukujula', 'kujula', '*jule', 'ububanzi', 'amamitha-skwele', 'amamitha skwele', 'amamitha amangaki', 'ubude', 'ubude bawo', 'mude kangakanani', 'mude', 'inani labantu', 'isibalo sabantu', 'abantu abahlala', 'izakhamuzi'],
    membership: ['*bhalisa', '*bhalise', 'ubulungu', 'ukujoyina', 'sijoyine', 'ukufaka isicelo', 'sifake isicelo'],
    items: ['amaphrojekthi', 'yimaphi amaphrojekthi', 'yiziphi izimpahla', 'iziphi izimpahla', 'yimiphi imikhiqizo', 'imiphi imikhiqizo', 'uhlu lwezimpahla', 'yiziphi izinkampani', 'iziphi izinkampani', 'yimaphi amadolobha', 'amaphi amadolobha', 'ikhona uhlu', '*amukela'],
    agent: ['ubani', 'ngubani', 'kubani', 'yibaphi', 'yiziphi izikhulu', 'yisiphi isikhulu', 'obani', 'bobani', 'ngobani', 'kwakukhona obani'],
    organization: ['iyiphi inhlangano', 'yisiphi isikhungo', 'yiliphi ibhizinisi', 'yiziphi izinhlangano', 'iyiphi inkampani'],
    plan: ['izinhlelo*', 'zinhlelo*', '*hlelwe', '*hlelwa', '*hleliwe', 'ikusasa', 'esikhathini esizayo', 'esizayo', 'eminyakeni ezayo', 'iminyaka ezayo', 'isinyathelo esilandelayo', 'izinyathelo ezilandelayo', 'kuzokwenzekani'],
    reason: ['umehluko muni', 'mehluko muni', 'kungani', 'ngani', 'isizathu', 'kusho ukuthini', '*sho ukuthini', 'kuchaza ukuthini', 'isho ukuthini', 'kubaluleke ngani', 'inhloso', 'injongo', 'ngenxa yani', 'kubaluleke kangakanani', 'isiphi isikhundla', 'siphi isikhundla', 'kusekelwe kuphi', 'kususelwa kuphi', 'kusekelwe phezu kwani'],
    role: ['senzani', 'sizokwenzani', 'siyenzani', 'umsebenzi wesikhungo'],
    origin: ['okokuqala', 'owaqala', 'ubani owaqala', 'wokuqala'],
    solution: ['indlela ekhethekile', 'uhlelo olusiza', 'isixazululo', 'uhlelo olwenza'],
    level: ['sesifundazwe nje', 'isikhungo sesifundazwe', 'akusona esikazwelonke', 'ezingeni lendawo', 'ezingeni lesifundazwe'],
    recipient: ['okusha kithina', 'kithina', 'singazisebenzisa', 'singazithola', 'nathi', 'kuma-zone ethu', 'ezindaweni zethu'],
    method: ['ngayiphi indlela', 'ngaluphi uhlobo', '*sebenza kanjani', 'kwenziwa kanjani'],
    kinds: ['zinhlobo zini', 'uhlobo luni', 'hlobo luni', 'yiziphi izinhlobo', 'izinhlobo ziphi'],
    distinction: ['ihluke', 'yihluke', 'ehlukile', 'yehlukile', 'ihlukile', 'ahlukile', 'umehluko', 'ehlukanisa', 'ihlukanisa', 'ikhethekile', 'okukhethekile', 'iyingqayizivele', 'kunezinye izifunda', 'kunezinye izindawo', 'ezinye izifunda', 'ezinye izindawo'],
    name: ['ngubani igama eligcwele', 'ngubani igama eliphelele', 'ngubani igama', 'igama ngubani', 'igama ~~ ngubani', 'igama eligcwele', 'ngegama eliphelele', 'ngegama', 'igama eliphelele', 'igama elisemthethweni', 'ibizwa ngokuthini', 'igama', '*bizwa ngokuthini', '*bizwa ngokuthi yini', '*bizwa ngokuthi ini', 'igama eliphelele elisemthethweni', 'igama elisemthethweni eliphelele'],
    definition: ['yini', 'ini', '*yini', 'ngitshele', 'sitshele', 'ngichazele', 'sichazele', 'ngitshele kabanzi'],
  },
  af: {
    // "Is dit waar?" is "is it true?": "waar" is also "where".
    which: ['is dit waar', 'is dit regtig waar', 'dis waar', 'is dit nie waar', 'is dit so'],
    route: ['hoe kom ek', 'hoe kom ons', 'hoe kom mens', 'hoe bereik', 'hoe kry ek', 'hoe kry ons', 'hoe gaan ek', 'hoe ry ek', 'hoe kan ek by', 'hoe kan ons by', 'om daar te kom'],
    source: ['skrywer', 'outeur', 'geskryf', 'gepubliseer', 'publikasie', 'bron', 'koerant', 'wie het geskryf', 'wie is die skrywer', 'wie het dit geskryf', 'die joernalis', 'watter joernalis'],
    mention: ['artikel', 'berig'],
    frame: ['volgens die artikel', 'volgens die berig', 'volgens die nuus', 'volgens die verslag', 'volgens die teks', 'die artikel se', 'soos die artikel se'],
    price: [ 'huur', 'kaartjie', 'betaal', 'gratis'],
    fare: ['prys', 'pryse', '*tarief', '*tariewe', 'fooi', 'fooie', 'hoeveel kos', 'kos dit', 'hoe duur', 'hoeveel betaal', 'koste om', 'begroting*', '*belasting*', 'btw'],
    percentage: ['persent', 'persentasie', 'persentasies', 'watter deel'],
    comparison: ['groter', 'kleiner', 'besiger', 'beter as', 'meer vrag', 'watter hanteer meer', 'hanteer meer'],
    hours: ['hoe gereeld', 'hoeveel keer', 'hoeveel maal', 'se ure', 'watter ure', 'openingsure', 'openingstye', 'werksure', 'kantoorure', 'hoe laat', 'oop op', 'naweek', 'naweke', 'saterdag', 'sondag', 'besigheidsure', 'is dit oop', 'wanneer is dit oop', 'vakansiedae', 'saterdae', 'sondae', 'vandag oop', 'nou oop', 'oop vir besoekers', 'oop vir die publiek', 'rooster', 'skeepsrooster', 'vaarrooster', 'treinrooster', 'vertrektye'],
    contact: ['iata', 'kode', 'telefoon', 'foon', 'e-pos', 'epos', 'email', 'kontak', 'webwerf', 'whatsapp', 'selfoon', 'foonnommer', 'telefoonnommer', 'kontakbesonderhede', 'e-posadres', 'eposadres', 'webtuiste', 'straatadres', 'poskode', 'posadres', 'huisnommer', 'straatnaam', 'geboutnommer', 'straatnommer'],
    weather: ['die weer', 'hoe is die weer', 'weerberig', 'weervoorspelling', 'temperatuur', 'reën', 'klimaat'],
    facilities: ['metro', 'moltrein', 'parkering', 'parkeer', 'parkeerplek', 'parkeerterrein', 'hotel', 'hotelle', 'verblyf', 'akkommodasie', 'pendelbus', 'restaurant', 'kantien', 'wifi', 'vergaderlokaal', 'direkte vlug', 'lugredery', 'oplaai', 'praat engels', 'engelssprekende', 'praat hulle engels'],
    documents: ['visum', 'visa', 'dokumente', 'dokument', 'papierwerk', 'vereistes', 'watter dokumente'],
    place: ['waar', 'waarheen', 'adres', 'wat is die adres', 'watter plek', 'op watter plek'],
    region: ['in watter deel van die stad', 'watter deel van die stad', 'watter deel', 'in watter deel', 'watter gebied', 'watter area', 'watter distrik', 'watter omgewing', 'watter buurt', 'naam van die gebied', 'naam van die area', 'naam van die distrik', 'naam van die omgewing'],
    city: ['watter stad', 'in watter stad', 'watter dorp'],
    time: ['sedert wanneer werk', 'van wanneer af werk', 'wanneer het dit begin werk', 'wanneer', 'watter jaar', 'in watter jaar', 'sedert wanneer', 'watter maand', 'in watter maand', 'tot wanneer', 'vanaf wanneer', 'teen wanneer'],
    date: ['watter datum', 'watter dag', 'op watter datum', 'op watter dag', 'datum', 'presiese datum'],
    distance: ['hoe ver', 'hoever', 'hoe lank', 'hoeveel minute', 'hoeveel ure', 'hoeveel uur', 'hoeveel minuut', 'hoe naby', 'hoeveel kilometer', 'hoeveel km', 'is dit ver', 'watter afstand', 'wat is die afstand', 'reistyd'],
    near: ['naby', 'ver', 'naaby'],
    before: ['voor die opening', 'voor die amptelike opening', 'voordat dit geopen', 'voor die inhuldiging'],
    attendance: ['bygewoon', 'teenwoordig', 'gaste', 'sprekers', 'wie was by'],
    leadership: ['wie lei', 'wie gaan lei', 'wie sal lei', 'wie is die direkteur', 'wie is die hoof', 'wie is die voorsitter', 'onder leiding van wie', 'wie staan aan die hoof', 'wie bestuur', 'wie gaan die hoof wees'],
    events: ['volgende geleentheid', 'volgende geleenthede', 'geleenthede', 'beraad', 'spitsberaad'],
    duration: ['hoeveel dae', 'hoeveel werksdae', 'hoeveel weke', 'verwerkingstyd'],
    quantity: ['hoeveel', 'hoe groot', 'hoe baie'],
    figures: ['kapasiteit', 'in syfers', 'syfers', 'getalle', 'bbp', 'bruto binnelandse produk', 'gdp', 'deurset', 'tonnemaat', 'vragvolume', 'passasiersgetalle'],
    dimension: ['hoe diep', 'diepte', 'diep genoeg', 'oppervlakte', 'vierkante meter', 'hoe wyd', 'breedte', 'hoe hoog', 'hoogte', 'grootte', 'hoeveel meter', 'lengte', 'hoe lank is die kanaal', 'bevolking', 'inwoners', 'inwonertal', 'hoeveel mense woon'],
    membership: ['aansoek doen', 'aansoek', 'registreer', 'registrasie', 'lidmaatskap', 'lid word', 'inskryf', 'memorandum van verstandhouding'],
    items: ['projekte', 'watter projekte', 'watter goedere', 'watter produkte', 'watter items', 'watter kategoriee', 'watter maatskappye', 'watter firmas', 'watter stede', "is daar 'n lys", 'watter goedere', 'watter items', 'aanvaar', 'aanvaarde'],
    agent: ['wie', 'watter amptenaar', 'watter amptenare', 'watter leiers', 'watter mense', 'watter persoon'],
    organization: ['watter organisasie', 'watter liggaam', 'watter instansie', 'watter entiteit', 'watter soort organisasie', 'watter soort instelling', 'watter soort liggaam', 'watter tipe organisasie', 'watter tipe instelling', 'watter organisasies', 'watter maatskappy', 'watter instelling', 'watter departement', 'watter owerheid', 'watter agentskap'],
    plan: ['plan', 'planne', '*plan', '*planne', 'beplan', 'beplanning', 'toekoms', 'wat volgende', 'volgende stappe', 'beplande', 'toekomstige', 'volgende stap', 'wat is volgende', 'wat kom volgende', 'padkaart', 'komende jare', 'volgende paar jaar', 'die volgende jare', 'beoog', 'doelwitte vir', 'langtermyn'],
    reason: ['watter verskil maak', 'watter verskil ~~3 maak', 'verskil maak', 'watter verskil sal', 'waarom', 'hoekom', 'wat beteken', 'wat is die betekenis', 'hoekom is dit belangrik', 'wat is die belang', 'waarvoor', 'wat is die doel', 'met watter doel', 'wat is die nut', 'hoe belangrik', 'wat is die rede', 'om watter rede', 'hoe beduidend', 'watter posisie', 'gebaseer op', 'waarop is dit gebaseer', 'op grond waarvan', 'waarop berus'],
    role: ['wat doen die sentrum', 'wat gaan die sentrum doen', 'wat doen dit', 'wat gaan dit doen', 'wat is die funksie', 'wat is die sentrum se funksie', 'funksie van die sentrum'],
    origin: ['eerste keer', 'wie het begin', 'baanbreker', 'wie was eerste', 'eerste om'],
    solution: ['oplossing', 'n oplossing', 'stelsel vir', 'reeling'],
    level: ['plaaslike inisiatief', 'provinsiale inisiatief', 'of net provinsiaal', 'of provinsiaal', 'of plaaslik'],
    recipient: ['kan ons ~~4 gebruik', 'nuut vir ons', 'wat is nuut vir', 'kry ons toegang', 'by ons uitkom', 'vir ons ook', 'ons ook', 'self te gebruik', 'na ander sones'],
    method: ['deur watter kanaal', 'via watter kanaal', 'watter kanale', 'op watter manier', 'hoe werk', 'hoe sal dit werk', 'op watter wyse', 'hoe funksioneer', 'in watter vorm', 'watter vorm'],
    kinds: ['watter ~~2 sones', 'watter sones', 'watter spesiale sones', 'watter ekonomiese sones', 'watter soort', 'watter soorte', 'watter tipe', 'watter tipes', 'wat vir soort', 'hoeveel soorte', 'hoeveel tipes', 'watse', 'wat se soort'],
    distinction: ['anders as', 'verskil', 'verskil van', 'onderskei', 'uniek', 'spesiaal aan', 'so spesiaal', 'uitstaan', 'staan uit', 'uitsonderlik', 'ander streke', 'ander gebiede', 'ander distrikte', 'res van china'],
    name: ['volle naam', 'amptelike naam', 'wat is die naam', 'heet', 'naam', 'hoe heet', 'waarvoor staan', 'afkorting', 'genoem', 'volle amptelike naam', 'amptelike volle naam', 'volledige naam', 'volledige amptelike naam'],
    definition: ['wat', 'wat is', 'vertel my van', 'vertel my meer van', 'vertel my oor', 'vertel my meer oor', 'vertel ons van', 'vertel ons oor', 'vertel ons meer oor'],
  },
};

/**
 * Words asking for an exact value ("exactly", "точно", "具体", "persisnya"): with "when", they ask for a date
 * (a day), which a year or "once it is operational" does not give. Most are chatter words too: they do not
 * break a cue, and carry no topic.
 */
export const PRECISE_WORDS: Readonly<Record<LanguageCode, readonly string[]>> = {
  en: ['exactly', 'exact', 'precisely', 'precise', 'specifically', 'specific'],
  zh: ['具体', '确切', '准确', '精确'],
  ru: ['точно', 'именно', 'конкретно', 'точная', 'точную', 'точный'],
  pt: ['exatamente', 'exato', 'exata', 'certinho', 'precisamente', 'especificamente'],
  hi: ['ठीक', 'एक्ज़ैक्टली', 'सटीक', 'निश्चित'],
  ar: ['بالضبط', 'بالظبط', 'بالزبط', 'تحديدا', 'بالتحديد', 'بدقه'],
  fa: ['دقیقا', 'دقیق', 'مشخصا'],
  id: ['persisnya', 'tepatnya', 'pastinya', 'persis', 'tepat', 'pasti'],
  am: ['በትክክል', 'ትክክለኛ', 'ትክክለኛው', 'በእርግጠኝነት'],
  zu: ['ncamashi', 'ngqo', 'ngokuqondile'],
  af: ['presies', 'presiese', 'juis', 'spesifiek'],
};

/**
 * Words joining a clause to the one before it ("…, and how many hours would it take?"): a last clause beginning
 * with one goes on from the sentence, whose subject it shares, and is not read alone.
 */
export const JOINING_WORDS: Readonly<Record<LanguageCode, readonly string[]>> = {
  en: ['and', 'or', 'also', 'plus'],
  zh: ['和', '并且', '而且', '以及', '还有', '或者', '另外', '同时'],
  ru: ['и', 'или', 'а', 'также'],
  pt: ['e', 'ou', 'tambem'],
  hi: ['और', 'या', 'तथा', 'एवं', 'साथ'],
  ar: ['و', 'او', 'ثم', ...ARABIC_AND_QUESTION_WORDS],
  fa: ['و', 'یا', 'همچنین'],
  id: ['dan', 'atau', 'serta', 'juga'],
  am: ['እና', 'እንዲሁም', 'ወይም'],
  zu: ['futhi', 'noma'],
  af: ['en', 'of', 'ook'],
};

/**
 * Relative pronouns, where they are not also question words: a clause they open qualifies the clause before it
 * ("Как будет называться компания, которую создадут к 2027 году?": "which will be set up by 2027" is no question).
 */
const RELATIVE_WORDS: WordTable = {
  ru: ['который', 'которая', 'которое', 'которые', 'которую', 'которого', 'которой', 'которому', 'которым', 'котором', 'которых', 'которыми'],
  hi: ['जो', 'जिसे', 'जिसका', 'जिसकी', 'जिसके', 'जिसमें', 'जिससे', 'जिन्हें'],
  ar: ['الذي', 'التي', 'الذين', 'اللي', 'اللذين', 'اللتين'],
  fa: ['که'],
  id: ['yang'],
};

/** Whether a clause opens with a relative pronoun (`RELATIVE_WORDS`): it is not a question alone. */
export function qualifies(clause: string, language: LanguageCode): boolean {
  return opensWith(RELATIVE_WORDS, clause, language);
}

/**
 * How a message turns to a new subject ("We know about the airport. What about the train?"): a sentence opening so
 * (or, in `TURNING_CLOSINGS`, closing so) asks about what it names, and the sentences before it are context, however
 * well they match a passage themselves. None for Amharic.
 */
const TURNING_OPENINGS: WordTable = {
  en: ['what about', 'how about', 'and what about', 'what of', 'and how about'],
  ru: ['а что с', 'а что со', 'что с', 'что со', 'а как насчет', 'как насчет', 'а что насчет', 'что насчет', 'а как с', 'а как же'],
  pt: ['e quanto a', 'e quanto ao', 'e quanto aos', 'e quanto as', 'quanto ao', 'quanto a', 'e sobre', 'e o que dizer'],
  ar: ['وماذا عن', 'ماذا عن', 'وايه عن', 'وبالنسبه ل', 'بالنسبه ل', 'طب و', 'طيب و'],
  fa: ['در مورد', 'درباره'],
  id: ['bagaimana dengan', 'gimana dengan', 'kalau', 'kalo', 'lalu bagaimana dengan', 'terus gimana dengan'],
  zu: ['kuthiwani', 'kuthiwani nge', 'kunjani nge', 'kanti'],
  af: ['wat van', 'en wat van', 'wat omtrent', 'en wat omtrent', 'hoe lyk dit met', 'hoe gaan dit met'],
};

/** Where a language puts the turn last ("那高铁呢", "ट्रेन का क्या?", "قطار چی؟"). */
const TURNING_CLOSINGS: WordTable = {
  zh: ['呢'],
  hi: ['का क्या', 'के बारे में क्या', 'का क्या हाल', 'की क्या'],
  fa: ['چی', 'چطور'],
};

/** Whether a sentence turns to a subject of its own (`TURNING_OPENINGS`, `TURNING_CLOSINGS`): it is the question, read alone. */
export function turnsTo(sentence: string, language: LanguageCode): boolean {
  const text = normalizeForSearch(sentence, language).replace(/[\p{P}\s]+$/u, '').trim();
  const starts = (phrase: string) => text === phrase || text.startsWith(`${phrase} `) || (UNSPACED.has(language) && text.startsWith(phrase));
  const ends = (phrase: string) => text === phrase || text.endsWith(UNSPACED.has(language) ? phrase : ` ${phrase}`);
  for (const phrase of normalizedWords(TURNING_OPENINGS, language)) if (starts(phrase)) return true;
  for (const phrase of normalizedWords(TURNING_CLOSINGS, language)) if (ends(phrase)) return true;
  return false;
}

/** Languages whose cues are matched inside the text rather than word by word. */
const UNSPACED: ReadonlySet<LanguageCode> = new Set(['zh']);

/**
 * Words between "how many" and the thing counted, which say only that it is counted: Persian's "چند تا شرکت"
 * (how many [units] companies), Indonesian's "berapa banyak perusahaan", Chinese measure words ("多少家企业",
 * "多少艘船"). The counted thing is the word after them.
 */
export const COUNTER_WORDS: WordTable = {
  zh: ['家', '个', '种', '艘', '条', '位', '名', '座', '只', '件', '台', '辆', '批', '项'],
  fa: ['تا', 'عدد', 'دانه', 'دونه'],
  id: ['banyak', 'buah'],
};

interface Cue {
  type: CueType;
  /** Each word: exact, or with `*` at its start (a word ending so) or end (a word beginning so). */
  words: string[];
  /** The words written together, as a cue is looked for in unspaced text (Chinese). */
  unspaced: string;
}

interface Cues {
  /** Longest first: the order in which cues claim words. */
  all: Cue[];
  /** The cues whose first word is written out, by that word: only these are tried at a word. */
  byFirstWord: Map<string, number[]>;
  /** The cues whose first word is a word's ending (`*kuphi`), by that ending; and the endings' lengths. */
  byFirstEnding: Map<string, number[]>;
  endingLengths: number[];
  /** The cues whose first word is a word's beginning (`hlelo*`), by that beginning; and the beginnings' lengths. */
  byFirstBeginning: Map<string, number[]>;
  beginningLengths: number[];
  /** The cues whose first word is a part inside a word (`*x*`), tried at every word. */
  insideFirst: number[];
}

const cueCache = new Map<LanguageCode, Cues>();

/**
 * The months, as a date is checked with them ("did it open in April?", "听说是4月份开的"): a month named asks when
 * (`time`), not a word the knowledge lacks. Words that are also everyday words are left out or kept in a phrase
 * (English "may", Portuguese "março" is "marco", a landmark; Persian "مه" is fog, "تیر" an arrow, "مهر" a seal).
 */
const MONTHS: Readonly<Record<LanguageCode, readonly string[]>> = {
  en: ['january', 'february', 'march', 'april', 'in may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'],
  zh: ['一月', '二月', '三月', '四月', '五月', '六月', '七月', '八月', '九月', '十月', '十一月', '十二月', '1月', '2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月', '月份'],
  ru: ['январ*', 'феврал*', 'марта', 'марте', 'апрел*', 'мая', 'мае', 'июн*', 'июл*', 'августа', 'августе', 'сентябр*', 'октябр*', 'ноябр*', 'декабр*'],
  pt: ['janeiro', 'fevereiro', 'em marco', 'de marco', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'],
  hi: ['जनवरी', 'फरवरी', 'फ़रवरी', 'मार्च', 'अप्रैल', 'मई', 'जून', 'जुलाई', 'अगस्त', 'सितंबर', 'सितम्बर', 'अक्टूबर', 'नवंबर', 'नवम्बर', 'दिसंबर', 'दिसम्बर'],
  ar: ['يناير', 'فبراير', 'مارس', 'ابريل', 'مايو', 'يونيو', 'يوليو', 'اغسطس', 'سبتمبر', 'اكتوبر', 'نوفمبر', 'ديسمبر', 'شباط', 'اذار', 'نيسان', 'ايار', 'حزيران', 'تموز', 'ايلول'],
  fa: ['ژانویه', 'فوریه', 'مارس', 'اوریل', 'ژوئن', 'ژوئیه', 'اوت', 'سپتامبر', 'اکتبر', 'نوامبر', 'دسامبر', 'فروردین', 'اردیبهشت', 'خرداد', 'مرداد', 'شهریور', 'ابان', 'بهمن', 'اسفند'],
  id: ['januari', 'februari', 'maret', 'april', 'mei', 'juni', 'juli', 'agustus', 'september', 'oktober', 'november', 'desember'],
  am: ['*ጃንዋሪ', '*ፌብሩዋሪ', '*ማርች', '*ኤፕሪል', '*ሜይ', '*ጁን', '*ጁላይ', '*ኦገስት', '*ሴፕቴምበር', '*ኦክቶበር', '*ኖቬምበር', '*ዲሴምበር', '*መጋቢት', '*ሚያዝያ', '*ግንቦት', '*ሐምሌ', '*ነሐሴ', '*መስከረም', '*ጥቅምት', '*ኅዳር', '*ታኅሣሥ', '*የካቲት'],
  zu: ['*januwari', '*febhuwari', '*mashi', '*ephreli', '*meyi', '*juni', '*julayi', '*agasti', '*septhemba', '*okthoba', '*novemba', '*disemba'],
  af: ['januarie', 'februarie', 'maart', 'april', 'mei', 'junie', 'julie', 'augustus', 'september', 'oktober', 'november', 'desember'],
};

/** Units of a distance, after a number ("50 km", "50 كم"); word by word, so none for Chinese, read unspaced. */
const DISTANCE_UNITS: Readonly<Record<LanguageCode, readonly string[]>> = {
  en: ['km', 'kms', 'kilometres', 'kilometers', 'miles'],
  zh: [],
  ru: ['км', 'километров', 'километра', 'километр'],
  pt: ['km', 'quilometros', 'quilometro'],
  hi: ['km', 'किमी', 'किलोमीटर'],
  ar: ['كم', 'كيلو', 'كيلومتر', 'كيلومترات', 'km'],
  fa: ['کیلومتر', 'کیلومتری', 'کیلومتره', 'km'],
  id: ['km', 'kilometer', 'kilo'],
  am: ['ኪሜ', 'ኪሎ', 'ኪሎሜትር', 'km'],
  zu: ['km', 'amakhilomitha'],
  af: ['km', 'kilometer'],
};

/** Whether `phrase` is written in `text` with a digit just before or after it ("3月21日": a day of the month). */
function nextToDigit(text: string, phrase: string): boolean {
  for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
    if (/\d/.test(text[at - 1] ?? '') || /\d/.test(text[at + phrase.length] ?? '')) return true;
  }
  return false;
}

/**
 * Whether the word at `index` of `text` is in a sentence stating something, before one asking a kind of its own: a
 * month there dates the asker's own plans ("Our directors will visit the Center in May. Where exactly is it?"), not
 * the question. Before a sentence asking nothing of its own ("I heard it opened in April. Is that right?") the
 * statement is what is asked.
 */
function statedBeforeAsking(text: string, index: number, language: LanguageCode): boolean {
  const after = text.slice(index);
  const end = after.search(SENTENCE_END);
  if (end < 0 || QUESTION_MARKS.test(after[end]!)) return false;
  const rest = after.slice(end + 1);
  return QUESTION_MARKS.test(rest) && readQuestion(rest, language).types.size > 0;
}

/** A number as written before a unit ("50", "1.5", "2,5"). */
const A_NUMBER = /^\d+(?:[.,]\d+)?$/u;

/** A day of a month, as written next to the month ("21 March", "March 21st", "21 марта"). */
const DAY_NUMBER = /^\d{1,2}(?:st|nd|rd|th|ste|de|e)?$/u;

/** The language's cues, normalised like the text they are looked for in, longest first. */
function cuesFor(language: LanguageCode): Cues {
  let cues = cueCache.get(language);
  if (cues) return cues;
  const all: Cue[] = [];
  for (const [type, phrases] of [...Object.entries(QUESTION_WORDS[language]), ['month', MONTHS[language]]] as [CueType, readonly string[]][]) {
    // A hyphen is not part of a word for the segmenter ("e-mail" is "e", "mail"), so a cue splits there too.
    for (const phrase of phrases) {
      for (const words of withSpans(normalizeForSearch(phrase, language).split(/[\s-]+/).filter(Boolean))) all.push({ type, words, unspaced: words.join('') });
    }
  }
  const length = (cue: Cue) => cue.words.join(' ').length;
  all.sort((a, b) => b.words.length - a.words.length || length(b) - length(a));
  const byFirstWord = new Map<string, number[]>();
  const byFirstEnding = new Map<string, number[]>();
  const byFirstBeginning = new Map<string, number[]>();
  const insideFirst: number[] = [];
  const add = (map: Map<string, number[]>, key: string, i: number) => map.set(key, [...(map.get(key) ?? []), i]);
  all.forEach((cue, i) => {
    const first = cue.words[0]!;
    const ending = first.startsWith('*');
    const beginning = first.endsWith('*');
    if (ending && beginning) insideFirst.push(i);
    else if (ending) add(byFirstEnding, first.slice(1), i);
    else if (beginning) add(byFirstBeginning, first.slice(0, -1), i);
    else add(byFirstWord, first, i);
  });
  const lengths = (map: Map<string, number[]>) => [...new Set([...map.keys()].map((part) => part.length))];
  cues = { all, byFirstWord, byFirstEnding, endingLengths: lengths(byFirstEnding), byFirstBeginning, beginningLengths: lengths(byFirstBeginning), insideFirst };
  cueCache.set(language, cues);
  return cues;
}

/**
 * English and Afrikaans run a question word into "is" or "are" with an
 * apostrophe ("where's", "what're", "waar's"); the word segmenter keeps that
 * as one word, so the cue is looked for in the part before the apostrophe.
 */
const CONTRACTED = /^(\p{L}+)'(?:s|re|d|ll|ve|m)$/u;
const CONTRACTING: ReadonlySet<LanguageCode> = new Set(['en', 'af']);

function cueWord(segment: string, language: LanguageCode): string {
  return CONTRACTING.has(language) ? (CONTRACTED.exec(segment)?.[1] ?? segment) : segment;
}

/**
 * In a cue, any one word that the cue passes over and leaves to the question ("desde quando ~~ ~~ funciona": since
 * when does the Center work): what it names is asked about. `**` (any word that holds `''`) is claimed with the cue.
 */
const PASSED_WORD = '~~';
/**
 * In a cue, a span of one to N any words: passed over (`~~N`, "kan ons ~~4 gebruik": can we use … ?, up to four
 * words between) or claimed with the cue (`**N`, "чем открытие **2 важно").
 */
const WORD_SPAN = /^(~~|\*\*)([2-9])$/;

/** A cue's words, or with a `~~N` or `**N` span each of its lengths. */
function withSpans(words: string[]): string[][] {
  const at = words.findIndex((word) => WORD_SPAN.test(word));
  if (at < 0) return [words];
  const [, word, most] = WORD_SPAN.exec(words[at]!)!;
  return Array.from({ length: Number(most) }, (_, n) => [...words.slice(0, at), ...Array<string>(n + 1).fill(word!), ...words.slice(at + 1)]);
}

function wordMatches(pattern: string, word: string): boolean {
  if (pattern === PASSED_WORD) return true;
  if (pattern.startsWith('*') && pattern.endsWith('*')) return word.includes(pattern.slice(1, -1));
  if (pattern.startsWith('*')) return word.endsWith(pattern.slice(1));
  if (pattern.endsWith('*')) return word.startsWith(pattern.slice(0, -1));
  return word === pattern;
}

const segmenters = new Map<LanguageCode, Intl.Segmenter>();

function segmenterFor(language: LanguageCode): Intl.Segmenter {
  let segmenter = segmenters.get(language);
  if (!segmenter) segmenters.set(language, (segmenter = new Intl.Segmenter(language, { granularity: 'word' })));
  return segmenter;
}

const chatterWords = new Map<LanguageCode, Set<string>>();

/** The language's chatter words (src/search/stopWords.ts), normalised as the question is, but for the words of its cues ("que dia"). */
function chatterOf(language: LanguageCode): Set<string> {
  let chatter = chatterWords.get(language);
  if (!chatter) {
    const cueWords = new Set(cuesFor(language).all.flatMap((cue) => cue.words));
    chatter = new Set((CHATTER_WORDS[language] ?? []).map((word) => normalizeForSearch(word, language)).filter((word) => !cueWords.has(word)));
    chatterWords.set(language, chatter);
  }
  return chatter;
}

export interface ReadQuestion {
  /** The kinds of answer it asks for (none when it has no question word). */
  types: Set<AnswerType>;
  /** Whether it asks what something costs in so many words (`fare` cues, or a word for costs with an amount). */
  fare: boolean;
  /** The question without its question words: what it is about. */
  topic: string;
  /**
   * Whether it says "near" or "far" (`near` cues): "Is the Center near the airport?" asks a distance, but "a hotel
   * near the Center" asks for a hotel. The search reads it as a distance only when it knows every other word.
   */
  near: boolean;
  /**
   * When it asks an amount, the word after its "how many" and any counter words ("how many ships", "چند تا شرکت"):
   * the thing counted. In Chinese, only after a measure word ("多少家企业").
   */
  counted?: string;
  /** Whether it asks "in figures" (`figures` cues): an amount, which a passage giving none cannot give. */
  figures: boolean;
}

/**
 * A message opening by setting a thing aside ("Not the airport — how do ships reach the sea?", "Bukan bandara ya —
 * …", "एयरपोर्ट नहीं — …"): what is set aside is no word of the question. Only at the message's start, up to a dash,
 * comma or stop within a few words; matched in the text as typed.
 */
const SET_ASIDE: Readonly<Record<LanguageCode, RegExp>> = {
  en: /^(?:no,?\s+)?not\s+(?:the\s+|a\s+|an\s+|by\s+|via\s+)?[^—–,.;:!?\n]{1,40}?\s*(?:—|–|\s-\s|[,.;:!])\s*/iu,
  zh: /^不是(?:问)?[^，,。！!？?—\n]{1,10}[，,。—！!]\s*/u,
  ru: /^не\s+(?:про\s+|об?\s+)?[^—–,.;:!?\n]{1,40}?\s*(?:—|–|\s-\s|[,.;:!])\s*/iu,
  pt: /^n[ãa]o\s+(?:[ée]\s+)?(?:o|a|os|as|pelo|pela|do|da|sobre\s+o|sobre\s+a)?\s*[^—–,.;:!?\n]{1,40}?\s*(?:—|–|\s-\s|[,.;:!])\s*/iu,
  hi: /^[^—–,.;:!?।\n]{1,40}?\s+नहीं(?:\s+(?:भाई|जी))?\s*(?:—|–|\s-\s|[,.;:!।])\s*/u,
  ar: /^(?:مش|مو|ليس|لا\s+اقصد|لا\s+أقصد|مش\s+قصدي)\s+[^—–،,.;:!؟?\n]{1,40}?\s*(?:—|–|\s-\s|[،,.;:!])\s*/u,
  fa: /^[^—–،,.;:!؟?\n]{1,40}?\s+(?:نه|نه،)\s*(?:—|–|\s-\s|[،,.;:!])\s*/u,
  id: /^bukan\s+[^—–,.;:!?\n]{1,40}?(?:\s+ya)?\s*(?:—|–|\s-\s|[,.;:!])\s*/iu,
  am: /^[^—–፣።,.;:!?\n]{1,40}?\s+(?:አይደለም|ሳይሆን)\s*(?:—|–|\s-\s|[፣።,.;:!])\s*/u,
  zu: /^hhayi\s+[^—–,.;:!?\n]{1,40}?\s*(?:—|–|\s-\s|[,.;:!])\s*/iu,
  af: /^nie\s+[^—–,.;:!?\n]{1,40}?\s+nie\s*(?:—|–|\s-\s|[,.;:!])\s*/iu,
};

/** `text` without a thing it sets aside at its start (`SET_ASIDE`), or as it is when it sets nothing aside or that is all of it. */
export function withoutSetAside(text: string, language: LanguageCode): string {
  const rest = text.replace(SET_ASIDE[language], '');
  return rest.trim() === '' ? text : rest;
}

/**
 * Splits a question into the kinds of answer it asks for and what it is
 * about. The words of a cue ("which part", "what year", "how long") say what
 * is asked, not about what: left in, "part" or "year" would count as words the
 * knowledge lacks.
 */
export function readQuestion(question: string, language: LanguageCode): ReadQuestion {
  const text = normalizeForSearch(question, language);
  const types = new Set<AnswerType>();
  let near = false;
  let before = false;
  let mention = false;
  let fare = false;
  let figures = false;
  const claim = (type: CueType) => {
    if (type === 'figures') {
      figures = true;
      types.add('quantity');
      return;
    }
    if (type === 'month') {
      types.add('time');
      return;
    }
    if (type === 'fare' || type === 'cost') {
      fare = true;
      types.add('price');
      return;
    }
    if (type === 'near') near = true;
    else if (type === 'before') before = true;
    else if (type === 'mention') mention = true;
    else if (type !== 'which' && type !== 'frame') types.add(type);
  };
  // The article named with nothing asked ("Article?") or with "who" ("who is behind this article?") asks about the
  // article itself. Named with another kind ("in the article, what does 'gateway hub' mean?", "why does the
  // article call it a gateway?"), it is only where the asker read what they ask about.
  const asked = () => {
    if (mention && (types.size === 0 || types.has('agent'))) types.add('source');
    // A price named with an amount asked ("how much are the fees?", "收费多少") asks it in so many words.
    if (types.has('price') && types.has('quantity')) fare = true;
    return types;
  };
  if (UNSPACED.has(language)) {
    let rest = text;
    const { all } = cuesFor(language);
    const amountAsked = all.some((cue) => cue.type === 'quantity' && text.includes(cue.unspaced));
    const saving = saves(text, language);
    for (const cue of all) {
      const phrase = cue.unspaced;
      if (cue.type === 'cost' && (!amountAsked || saving)) continue;
      if (rest.includes(phrase)) {
        if (cue.type === 'month' && (nextToDigit(rest, phrase) || statedBeforeAsking(text, text.indexOf(phrase), language))) continue;
        claim(cue.type);
        rest = rest.split(phrase).join(' ');
      }
    }
    return { types: aboutTheSource(settleKinds(asked(), { precise: PRECISE_WORDS[language].some((word) => text.includes(word)), before, says: (table) => (table[language] ?? []).some((word) => text.includes(word)) }, text, language)), topic: rest, near, counted: types.has('quantity') ? unspacedCounted(text, language) : undefined, fare, figures };
  }
  const segments = wordSegments(segmenterFor(language), text);
  // Words said for emphasis or politeness do not break a cue ("в какой именно части", "which part exactly").
  const chatter = chatterOf(language);
  const words = segments.filter((s) => s.isWordLike && !chatter.has(s.segment));
  const keys = words.map((word) => cueWord(word.segment, language));
  const particles = normalizedWords(YES_NO_PARTICLES, language);
  const openingWhat = normalizedWords(OPENING_WHAT, language);
  const opening = particles.size > 0 || openingWhat.size > 0 ? sentenceOpeners(segments, (segment) => segment.isWordLike && !chatter.has(segment.segment)) : undefined;
  // Every place a cue matches, then claimed in the cues' order (longest first), each word once.
  const { all, byFirstWord, byFirstEnding, endingLengths, byFirstBeginning, beginningLengths, insideFirst } = cuesFor(language);
  const found: Array<{ cue: number; at: number }> = [];
  const tryCues = (candidates: readonly number[] | undefined, at: number) => {
    for (const cue of candidates ?? []) {
      const { words: cueWords } = all[cue]!;
      if (at + cueWords.length > words.length) continue;
      if (cueWords.every((pattern, j) => wordMatches(pattern, keys[at + j]!))) found.push({ cue, at });
    }
  };
  // The cues that may begin at a word: those beginning with it, or with one of its endings or beginnings (looked up
  // by length: a cue list has hundreds of words, and patterns tried one by one at every word had cost a tenth of a search).
  keys.forEach((key, at) => {
    tryCues(byFirstWord.get(key), at);
    for (const length of endingLengths) if (key.length >= length) tryCues(byFirstEnding.get(key.slice(key.length - length)), at);
    for (const length of beginningLengths) if (key.length >= length) tryCues(byFirstBeginning.get(key.slice(0, length)), at);
    tryCues(insideFirst, at);
  });
  found.sort((a, b) => a.cue - b.cue || a.at - b.at);
  const used = new Array<boolean>(words.length).fill(false);
  const amountAsked = found.some(({ cue }) => all[cue]!.type === 'quantity');
  const counters = normalizedWords(COUNTER_WORDS, language);
  let counted: string | undefined;
  let saving: boolean | undefined;
  // A distance stated ("50 km from the airport?"): the unit after a number asks how far (Arabic "كم" is "km" there, not "how many").
  const units = normalizedWords(DISTANCE_UNITS, language);
  keys.forEach((key, at) => {
    if (at > 0 && units.has(key) && A_NUMBER.test(keys[at - 1]!)) {
      used[at] = true;
      claim('distance');
    }
  });
  for (const { cue, at } of found) {
    const { type, words: cueWords } = all[cue]!;
    if (cueWords.some((pattern, j) => pattern !== PASSED_WORD && used[at + j])) continue;
    if (type === 'cost' && (!amountAsked || (saving ??= saves(text, language, words.map((word) => word.segment))))) continue;
    // "क्या भारत में भी ऐसा सेंटर खुलेगा?" (will one open in India too?): opening a sentence, the word is no "what".
    if (cueWords.length === 1 && opening?.has(words[at]!) && particles.has(keys[at]!)) continue;
    // "On 21 March" gives a date, which names an event ("who attended on 21 March?"): only a month alone asks when.
    if (type === 'month' && (DAY_NUMBER.test(keys[at - 1] ?? '') || DAY_NUMBER.test(keys[at + cueWords.length] ?? '') || statedBeforeAsking(text, words[at]!.index, language))) continue;
    if (type === 'quantity' && counted === undefined) {
      let next = at + cueWords.length;
      while (next < words.length && counters.has(words[next]!.segment)) next += 1;
      counted = words[next]?.segment;
    }
    claim(type);
    for (let j = 0; j < cueWords.length; j += 1) if (cueWords[j] !== PASSED_WORD) used[at + j] = true;
  }
  if (types.size === 0 && words.some((word, at) => opening?.has(word) && openingWhat.has(keys[at]!))) claim('definition');
  const dropped = new Set(words.filter((_, i) => used[i]));
  const precise = normalizedWords(PRECISE_WORDS, language);
  const topic = segments.map((s) => (dropped.has(s) ? ' ' : s.segment)).join('');
  const past = normalizedWords(PAST_WORDS, language);
  const says = (table: WordTable) => {
    const listed = normalizedWords(table, language);
    return words.some((word) => listed.has(word.segment));
  };
  return { types: aboutTheSource(settleKinds(asked(), { precise: segments.some((s) => s.isWordLike && (precise.has(s.segment) || past.has(s.segment))), before, says }, text, language)), topic, near, counted, fare, figures };
}

/**
 * In unspaced text, the thing an amount question counts: the word after its "how many" cue (多少) and a measure
 * word ("多少家企业" counts 企业). Without a measure word 多少 asks how much of something ("省多少运营费用", how
 * much operating cost it saves), which a passage may say without a number: nothing is counted.
 */
function unspacedCounted(text: string, language: LanguageCode): string | undefined {
  const counters = normalizedWords(COUNTER_WORDS, language);
  for (const cue of cuesFor(language).all) {
    if (cue.type !== 'quantity') continue;
    const phrase = cue.unspaced;
    const at = text.indexOf(phrase);
    if (at < 0) continue;
    const after = [...text.slice(at + phrase.length)];
    if (!counters.has(after[0] ?? '')) return undefined;
    while (after.length > 0 && counters.has(after[0]!)) after.shift();
    const first = wordSegments(segmenterFor(language), after.join(''))[0];
    return first?.isWordLike ? first.segment : undefined;
  }
  return undefined;
}

/**
 * Words for a part of a city or country, which a question of a name asks the name of (`settleKinds`): not "zone",
 * which names Qiantang's platforms. Written as questions are read (normalised: "एरिया" is "क्षेत्र", "المنطقة" "المنطقه").
 */
const AREA_WORDS: WordTable = {
  en: ['area', 'district', 'neighbourhood', 'neighborhood', 'locality', 'quarter'],
  zh: ['片区', '区域', '地区', '街区', '地段', '一带'],
  ru: ['район', 'района', 'районе', 'местность', 'местности', 'квартал', 'квартала'],
  pt: ['area', 'regiao', 'bairro', 'distrito', 'localidade'],
  hi: ['इलाका', 'इलाके', 'क्षेत्र', 'जिला'],
  ar: ['المنطقه', 'منطقه', 'الحي', 'حي'],
  fa: ['منطقه', 'منطقهای', 'محله', 'ناحیه', 'محدوده'],
  id: ['kawasan', 'daerah', 'wilayah', 'area', 'distrik'],
  am: ['አካባቢ', 'አካባቢው', 'ሰፈር', 'ሰፈሩ', 'ወረዳ', 'ወረዳው'],
  zu: ['indawo', 'endaweni', 'sisendaweni', 'isendaweni', 'kusendaweni', 'lendawo', 'isifunda', 'esifundeni'],
  af: ['gebied', 'area', 'omgewing', 'distrik', 'buurt', 'woonbuurt'],
};

/**
 * The verbs and nouns of opening the Center, which a "who" turns into a question of who opened it (`settleKinds`).
 */
const OPENED_WORDS: WordTable = {
  en: ['opened', 'inaugurated', 'launched', 'unveiled', 'opening', 'inauguration'],
  zh: ['揭牌', '揭的牌', '开幕', '剪彩', '启用', '开业'],
  ru: ['открыл', 'открыли', 'открывал', 'открывали', 'открытие', 'открытии', 'запустил', 'запустили'],
  pt: ['inaugurou', 'inauguraram', 'abriu', 'abriram', 'inauguracao', 'lancou'],
  hi: ['उद्घाटन', 'खोला', 'लॉन्च'],
  ar: ['افتتح', 'افتتاح', 'دشن', 'افتتحه', 'افتتحوا'],
  fa: ['افتتاح', 'گشایش', 'راه‌اندازی'],
  id: ['meresmikan', 'membuka', 'diresmikan', 'dibuka', 'peresmian', 'meluncurkan'],
  am: ['የመረቀው', 'የከፈተው', 'መረቀ', 'ከፈተ', 'ምረቃ', 'የመረቁት', 'የከፈቱት'],
  zu: ['owavula', 'wavula', 'ovule', 'yavula', 'ukuvulwa', 'owethula', 'bavula'],
  af: ['geopen', 'ingewy', 'opening', 'inwyding', 'oopgemaak'],
};

/**
 * Words that, opening a sentence, only make it a yes/no question, and elsewhere ask "what": Hindi "क्या" ("क्या यह
 * खुल गया है?", has it opened?, but "यह सेंटर क्या है?", what is this Center?).
 */
const YES_NO_PARTICLES: WordTable = {
  hi: ['क्या'],
};

/**
 * Words asking "what" only when they open a sentence and no other kind is asked: Portuguese "que" ("Que centro é
 * esse?", what centre is this?) is "that" or "which" of a clause anywhere else ("acho que", "algo que deixa").
 */
const OPENING_WHAT: WordTable = {
  pt: ['que'],
};

const normalizedTables = new WeakMap<WordTable, Map<LanguageCode, Set<string>>>();

/** A word table's words of one language, normalised as questions are, once. */
/** Words per language, as the tables of this file list them. */
type WordTable = Readonly<Partial<Record<LanguageCode, readonly string[]>>>;

function normalizedWords(table: WordTable, language: LanguageCode): Set<string> {
  let byLanguage = normalizedTables.get(table);
  if (!byLanguage) normalizedTables.set(table, (byLanguage = new Map()));
  let words = byLanguage.get(language);
  if (!words) byLanguage.set(language, (words = new Set((table[language] ?? []).map((word) => normalizeForSearch(word, language)))));
  return words;
}

/**
 * Of a sentence asking two things joined by "and" ("When did it open and in which district is it?", "सेंटर कब
 * खुला और किस इलाके में है?"), the first ask: the part before a joining word, when it and the part after it each ask
 * a kind. Read alone, the first ask is not held back by the kind of the second, which another passage answers. A
 * bare "what" or a year named is no ask of its own ("What are the 2029 trade and investment targets in figures?").
 */
export function firstOfTwoAsks(sentence: string, language: LanguageCode): string | undefined {
  if (UNSPACED.has(language)) return undefined;
  const joining = normalizedWords(JOINING_WORDS, language);
  const parts = sentence.split(/(\s+)/);
  for (let i = 2; i < parts.length - 2; i += 2) {
    if (!joining.has(normalizeForSearch(parts[i]!.replace(/^\p{P}+|\p{P}+$/gu, ''), language))) continue;
    const before = parts.slice(0, i).join('').trim();
    const after = parts.slice(i + 1).join('').trim();
    if ([...readQuestion(before.replace(YEARS, ' '), language).types].some((kind) => kind !== 'definition') && readQuestion(after, language).types.size > 0) return before;
  }
  return undefined;
}

/** Whether a clause begins with a word joining it to the clause before (`JOINING_WORDS`: "and how long…"): it is not a question alone. */
export function joinsOn(clause: string, language: LanguageCode): boolean {
  return opensWith(JOINING_WORDS, clause, language);
}

/** Whether `clause` begins with a word of `table` in `language` (in unspaced text, with one of its words). */
function opensWith(table: WordTable, clause: string, language: LanguageCode): boolean {
  const words = normalizedWords(table, language);
  const text = normalizeForSearch(clause, language);
  if (UNSPACED.has(language)) return [...words].some((word) => text.startsWith(word));
  const first = /^[\p{L}\p{M}]+/u.exec(text)?.[0];
  return first !== undefined && words.has(first);
}

/** A year: four digits from 1900 to 2099 standing alone (not part of a longer number). */
const A_YEAR = /(?<![0-9])(?:19|20)[0-9]{2}(?![0-9])/;
const YEARS = new RegExp(A_YEAR.source, 'g');

/**
 * Auxiliaries of the past ("when was it opened?", "когда был создан?", "quando foi criado?"): "when" of a past event
 * asks its date, which a plan's year ("by 2027", whose passage also "creates" something) does not give. Where the
 * past is in the verb itself ("когда построили", "lakhiwa nini", "መቼ ተገነባ", "wanneer is dit gebou"), the verbs of
 * building, founding and opening say it.
 */
const PAST_WORDS: WordTable = {
  en: ['was', 'were', 'did'],
  ru: ['был', 'была', 'было', 'были', 'построили', 'построен', 'построена', 'построено', 'открыли', 'открылся', 'открылась', 'создали', 'основали', 'основан', 'основана', 'запустили'],
  pt: ['foi', 'foram'],
  hi: ['था', 'थी', 'थे', 'हुआ', 'हुई', 'हुए'],
  ar: ['تم', 'كان', 'كانت'],
  fa: ['بود', 'شد', 'شده'],
  am: ['ነበር', 'ተገነባ', 'የተገነባው', 'ተመሰረተ', 'የተመሰረተው', 'ተከፈተ', 'የተከፈተው'],
  zu: ['lakhiwa', 'yakhiwa', 'sakhiwa', 'lasungulwa', 'yasungulwa', 'sasungulwa', 'yavulwa', 'savulwa', 'lavulwa'],
  af: ['was', 'gebou', 'gestig', 'opgerig'],
};

/**
 * Words of saving or cutting costs: with one, a word for costs is what the question is about ("how much does it cut
 * operating costs?", "省多少运营费用": the return warehouse "reduces operational costs"), not a price asked. Money
 * asked in so many words ("how much money does it save?", `fare` cues) is still a price.
 */
const SAVING_WORDS: Readonly<Record<LanguageCode, readonly string[]>> = {
  en: ['save', 'saves', 'saving', 'savings', 'saved', 'reduce', 'reduces', 'reduced', 'reduction', 'cut', 'cuts', 'lower', 'lowers', 'cheaper'],
  zh: ['省', '节省', '节约', '降低', '减少', '降', '便宜', '压缩', '削减', '下降', '少花'],
  ru: ['экономит', 'экономия', 'экономят', 'сэкономить', 'сокращает', 'сократить', 'снижает', 'снизить', 'снижение', 'сокращение', 'дешевле'],
  pt: ['economiza', 'economizam', 'economizar', 'economia', 'reduz', 'reduzir', 'reducao', 'diminui', 'diminuir', 'corta', 'baixa', 'mais barato'],
  hi: ['बचत', 'बचाता', 'बचाती', 'बचा', 'कम', 'घटाता', 'घटाती', 'सस्ता'],
  ar: ['توفير', 'يوفر', 'توفر', 'تقليل', 'يقلل', 'تقلل', 'خفض', 'يخفض', 'تخفيض', 'ارخص'],
  fa: ['صرفهجویی', 'صرفه', 'کاهش', 'کم', 'کمتر', 'پایین', 'ارزانتر', 'ارزونتر'],
  id: ['hemat', 'menghemat', 'penghematan', 'mengurangi', 'pengurangan', 'menurunkan', 'memangkas', 'lebih murah'],
  am: ['ይቀንሳል', 'መቀነስ', 'ቅናሽ', 'ይቆጥባል', 'መቆጠብ', 'ርካሽ'],
  zu: ['yehlisa', 'ukwehlisa', 'yehlise', 'onga', 'ukonga', 'ishibhile'],
  af: ['bespaar', 'besparing', 'besparings', 'verminder', 'vermindering', 'verlaag', 'goedkoper', 'sny'],
};

/** Whether the normalised `text` (its words, in a spaced language) says saving or cutting costs (`SAVING_WORDS`). */
function saves(text: string, language: LanguageCode, words: readonly string[] = []): boolean {
  const spoken = UNSPACED.has(language) ? text : ` ${words.join(' ')} `;
  for (const word of normalizedWords(SAVING_WORDS, language)) if (spoken.includes(UNSPACED.has(language) ? word : ` ${word} `)) return true;
  return false;
}

/**
 * A yes/no question whether the Center is in a place ("Is the Center in Hangzhou?", "Isn't the centre in Shanghai?",
 * "Центр в Шанхае?", "中心不是在上海吗"): the Center's word, then a word of being somewhere, then a place. It asks
 * which city the Center is in, which the opening's passage says ("in Qiantang district, Hangzhou"). Only a question
 * asking no other kind ("When did the center in Hangzhou open?" asks a time). Matched in the normalised text.
 */
const LOCATION_CHECKS: Readonly<Record<LanguageCode, RegExp>> = {
  en: /\b(?:(?:is|isn't|isnt|is not)\s+(?:the\s+|this\s+)?(?:cent(?:er|re)|it)|(?:cent(?:er|re)|it)\s+is)\s+(?:really\s+|actually\s+|located\s+|based\s+|situated\s+)?in\s+(?!the\s+(?:future|coming|next)|which|what|\d)\S/u,
  zh: /中心(?:不是|是不是)(?:位于|设在|在)|中心(?:是|就)?(?:位于|设在|在)[^？?。，,哪]{1,12}(?:吗|吧|么|嘛)/u,
  ru: /(?:^|[?.!,:;]\s*|ли\s+|что\s+)(?:этот\s+)?центр\s+(?:же\s+|ведь\s+|ли\s+|находится\s+|расположен\s+)?(?:прямо\s+)?во?\s+(?!как|котор|\d)\S/u,
  pt: /(?:^|[?.!,:;]\s*|que\s+)(?:o|esse|este)\s+centro\s+(?:nao\s+)?(?:fica|e|esta)\s+(?:mesmo\s+)?(?:em|no|na)\s+(?!qual|que|\d)\S/u,
  hi: /(?:^|[?।.!,:;]\s*|क्या\s+|कि\s+)(?:(?:ये|यह)\s+)?(?:सेंटर|केंद्र)\s+\S+\s+में\s+(?:है|हैं|स्थित)/u,
  ar: /(?:^|[؟?.!،,:;]\s*|هل\s+|ان\s+)(?:هذا\s+)?المركز\s+في\s+(?!اي|أي|انهي|\d)\S/u,
  fa: /(?:^|[؟?.!،,:;]\s*|[آا]یا\s+|شنیدم\s+|میگه\s+|میگن\s+|که\s+)(?:این\s+)?مرکز\s+(?:تو|توی|در)\s+(?!کدوم|کدام|چه|سطح|\d)\S/u,
  id: /(?:^|[?.!,:;]\s*|apakah\s+|bahwa\s+|dengar\s+)pusat(?:nya)?\s+(?:ini\s+|itu\s+)?(?:ada\s+|berada\s+|terletak\s+)?di\s+(?!mana|\d)\S/u,
  am: /(?:^|[፣።?!,:;]\s*)ማ[ዕእ]ከሉ\s+\S+\s+ውስጥ/u,
  zu: /isikhungo\s+(?:sise-|asikho\s+e|sikhona\s+e)\S/u,
  af: /\b(?:is\s+(?:die\s+)?sentrum|(?:die\s+)?sentrum\s+is)\s+(?:nie\s+)?in\s+(?!watter|\d)\S/u,
};

/**
 * A yes/no question whether the Center (or "it", "this") is national ("Is it a national-level platform?", "它算国家级
 * 平台吗", "É uma plataforma de nível nacional?"): the Center's word or a pronoun, then the national level within a
 * few words. It asks the Center's level, which why-it-matters' passage gives ("this national-level international
 * cooperation platform"); Qiantang's platforms, national-level too, are no answer to it. Only a question asking no
 * other kind ("Which national-level platforms does Qiantang combine?" asks the kinds). Matched in the normalised text.
 */
const LEVEL_CHECKS: Readonly<Record<LanguageCode, RegExp>> = {
  en: /\b(?:is|isn't|isnt|is not)\s+(?:it|this|that|the\s+center|this\s+center)\s+(?:really\s+|actually\s+|officially\s+|truly\s+)?(?:an?\s+)?national\b/u,
  zh: /(?:它|中心|这个中心|该中心|这个平台|这)(?:算|是|属于)(?:不是)?(?:一个)?(?:真正的)?国家级/u,
  ru: /(?:^|\s)(?:это|центр|он)\s+(?:\S+\s+){0,2}?(?:национального|федерального|общенационального|государственного)\s+уровня/u,
  pt: /(?:^|\s)(?:e|seria|ele e|o centro e)\s+(?:mesmo\s+|realmente\s+)?(?:uma?\s+)?(?:plataforma|iniciativa|orgao|centro|entidade|instituicao)\s+(?:de\s+)?(?:nivel|ambito|escala|carater)\s+nacional/u,
  hi: /(?:केंद्र|ये|यह)\s+(?:\S+\s+){0,2}?राष्ट्रि?य\s+स्तर/u,
  ar: /(?:المركز|هو)\s+(?:ده\s+|دا\s+|هذا\s+)?(?:\S+\s+){0,2}?(?:علي\s+)?(?:مستوي\s+(?:الدوله|وطني|قومي)|المستوي\s+(?:الوطني|القومي))/u,
  fa: /(?:مرکز|این)\s+(?:\S+\s+){0,2}?(?:سطح\s+)?ملی(?:ه|ست|\s+است|\s+هست)(?=\s|$|[؟?،,.])/u,
  id: /(?:pusat|ini|itu|lembaga)\s+(?:\S+\s+){0,2}?(?:tingkat|skala|level)\s+nasional/u,
  am: /(?:ማዕከሉ|ማእከሉ|ይህ)\s+(?:\S+\s+){0,2}?ብሄራዊ/u,
  zu: /isikhungo\s+(?:\S+\s+){0,2}?\S*kazwelonke/u,
  af: /\b(?:is\s+(?:dit|die\s+sentrum|hierdie\s+sentrum)|die\s+sentrum\s+is)\s+(?:\S+\s+){0,2}?(?:'n\s+)?nasiona(?:le|al)\b/u,
};

/** The yes/no checks of a fact about the Center, each with the kind it asks: where it is, at what level. */
const YES_NO_CHECKS: ReadonlyArray<readonly [AnswerType, Readonly<Record<LanguageCode, RegExp>>]> = [
  ['city', LOCATION_CHECKS],
  ['level', LEVEL_CHECKS],
];

/**
 * Settles the kinds read from cues. A date is a time too ("on what date" is answered by a passage saying when, if
 * only by its year), and "when exactly" asks for a date: a passage giving only a year ("by 2027") or none ("once it
 * is operational") lacks it. A bare "what" (`definition`) is the frame of a question asking another kind. A question
 * naming a year and asking no kind but "what" ("it opened in 2024, right?", "what will there be by 2029?") asks
 * about a time: the year is what it checks or narrows to, unless it checks where the Center is or its level
 * (`YES_NO_CHECKS`). A time asked "before the opening" (`before`) asks what no passage gives, the `history`.
 */
function settleKinds(types: Set<AnswerType>, { precise, before, says }: { precise: boolean; before: boolean; says: (table: WordTable) => boolean }, text: string, language: LanguageCode): Set<AnswerType> {
  // "What is the area around the Center called?" asks the name of a part of the city, which the location's passage
  // gives (Jiang Hai Zhi Cheng): a region, not the Center's or a port's own name.
  // Asked beside a region ("its full name, and in which district did it open?") the name is the Center's.
  if (types.has('name') && !types.has('region') && says(AREA_WORDS)) types.delete('name'), types.add('region');
  // "Who officially opened the Center on 21 March?" asks who was there to open it, which the article does not say:
  // the opening's passage holds every other word of it.
  if (types.has('agent') && !types.has('source') && says(OPENED_WORDS)) types.add('attendance');
  if ([...types].every((type) => type === 'definition')) {
    const checked = YES_NO_CHECKS.find(([, patterns]) => patterns[language].test(text))?.[0];
    if (checked) types.delete('definition'), types.add(checked);
    else if (A_YEAR.test(text)) types.add('time');
  }
  if (types.has('date')) types.add('time');
  else if (precise && types.has('time')) types.add('date');
  // "When was it set up, before the opening?" (`before` cues) asks a time before the one the opening's passage gives.
  if (before && types.has('time')) types.delete('time'), types.delete('date'), types.add('history');
  // "What" asks what something is only when it asks nothing else ("what is the address" asks for a place).
  if (types.size > 1) types.delete('definition');
  // "Why is Qiantang different from other regions?" asks what sets it apart: the "why" is the asking's frame.
  // And "how is it different from other zones?" is no question of what reaches other zones.
  if (types.has('distinction')) types.delete('reason'), types.delete('recipient');
  // "Who first started the return warehouse?" asks where it began, which is no person; "when did it first open?" a time.
  if (types.has('origin')) {
    if (types.has('time') || types.has('date')) types.delete('origin');
    else types.delete('agent');
  }
  // "What will it do by 2029 / in the next few years?" asks what is planned, not what the Center is there for.
  if (types.has('role') && (types.has('plan') || A_YEAR.test(text))) types.delete('role'), types.add('plan');
  return types;
}

/**
 * A question about the article itself asks "who" and "where" of it: who wrote it, where it was published
 * ("مين كاتب المقال ده وفي أي جريدة اتنشر؟"). The source answers those; as a person and a place they would ask
 * what no passage gives (a person) or the Center's location.
 */
function aboutTheSource(types: Set<AnswerType>): Set<AnswerType> {
  if (types.has('source')) {
    types.delete('agent');
    types.delete('place');
  }
  return types;
}
