// The knowledge base: every language complete and faithful in shape, and the
// check that guards it reports precise file and line.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from '@jest/globals';
import { PROJECT_ROOT } from '../src/config.js';
import { LANGUAGE_CODES, type LanguageCode } from '../src/i18n/languages.js';
import { loadKnowledge, type Passage } from '../src/knowledge/load.js';
import { ANSWER_THRESHOLD, KnowledgeIndex } from '../src/search/knowledgeIndex.js';

const KNOWLEDGE = resolve(PROJECT_ROOT, 'knowledge');
const DOCUMENT = 'brics-sez-center-qiantang';
const copies: string[] = [];

function copyKnowledge(): string {
  const dir = mkdtempSync(join(tmpdir(), 'knowledge-'));
  cpSync(KNOWLEDGE, dir, { recursive: true });
  copies.push(dir);
  return dir;
}

function edit(dir: string, file: string, change: (text: string) => string): void {
  const path = join(dir, DOCUMENT, file);
  writeFileSync(path, change(readFileSync(path, 'utf8')));
}

const persianDigits = (text: string): string => text.replace(/[0-9]/g, (digit) => String.fromCharCode(0x06f0 + Number(digit)));

afterEach(() => {
  for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the knowledge base', () => {
  const { knowledge, problems } = loadKnowledge(KNOWLEDGE);

  it('has no problems', () => {
    expect(problems).toEqual([]);
  });

  it('has every passage in all eleven languages, with the same ids and topics', () => {
    const english = knowledge.passages.en.map((p) => `${p.id}:${p.topic}`);
    expect(english.length).toBeGreaterThanOrEqual(10);
    for (const language of LANGUAGE_CODES) {
      expect(knowledge.passages[language].map((p) => `${p.id}:${p.topic}`)).toEqual(english);
    }
  });

  it('cites the article as it gives itself: Jin Yingying, Mar 21, no year added', () => {
    const [source] = knowledge.documents;
    expect(source?.author).toBe('Jin Yingying');
    expect(source?.date).toBe('Mar 21');
    for (const language of LANGUAGE_CODES) {
      for (const passage of knowledge.passages[language]) expect(`${passage.document.date} ${passage.document.title}`).not.toMatch(/20(1|2)\d/);
    }
  });

  it('keeps the numbers of the article as digits in every language (Persian ones in Persian)', () => {
    const facts: Record<string, string[]> = { 'location-airport': ['30'], 'xiasha-port': ['5'], 'plans-2027': ['2027'], 'plans-2029': ['2029'], 'high-speed-rail': ['8'] };
    // The English original is verbatim ("eight-hour"); translations use digits.
    expect(knowledge.passages.en.find((p) => p.id === 'high-speed-rail')?.text).toContain('eight-hour');
    for (const language of LANGUAGE_CODES.filter((code) => code !== 'en')) {
      for (const [id, numbers] of Object.entries(facts)) {
        const passage = knowledge.passages[language].find((p) => p.id === id);
        for (const number of numbers) expect(`${language}: ${passage?.text}`).toContain(language === 'fa' ? persianDigits(number) : number);
      }
    }
  });
});

describe('the wording the translation review asked for', () => {
  const { knowledge } = loadKnowledge(KNOWLEDGE);
  const passage = (language: LanguageCode, id: string): Passage => {
    const found = knowledge.passages[language].find((p) => p.id === id);
    if (!found) throw new Error(`no passage ${id} in ${language}`);
    return found;
  };
  /** What a reader sees: the document title and date, each passage's title, text and suggested questions. */
  const prose = (language: LanguageCode): string[] => {
    const [first] = knowledge.passages[language];
    return [first?.document.title ?? '', first?.document.date ?? '', ...knowledge.passages[language].flatMap((p) => [p.title, p.text, ...p.questions])];
  };
  const OFFICIAL_CHINESE_NAME = '金砖国家特殊经济区中国合作中心';

  it('names the Center in Chinese by its official name, and BRICS zones 特殊经济区, never 经济特区 (China’s own SEZs)', () => {
    expect(passage('zh', 'center-opening').document.title).toContain(OFFICIAL_CHINESE_NAME);
    expect(passage('zh', 'center-opening').text).toContain(OFFICIAL_CHINESE_NAME);
    expect(passage('zh', 'sharing-practices').text).toContain('金砖国家特殊经济区');
    expect(prose('zh').filter((text) => /经济特区|金砖国家特区/.test(text))).toEqual([]);
    expect(passage('zh', 'center-opening').synonyms).toEqual(expect.arrayContaining([OFFICIAL_CHINESE_NAME, '特殊经济区']));
  });

  it('finds the Center by its short name BSCC in every language, and by its official Portuguese name', async () => {
    const index = await KnowledgeIndex.build(knowledge);
    for (const language of LANGUAGE_CODES) {
      expect(passage(language, 'center-opening').synonyms).toContain('BSCC');
      const [hit] = await index.search('BSCC', language);
      expect({ language, id: hit?.passage.id }).toEqual({ language, id: 'center-opening' });
    }
    const name = 'Centro Chinês para a Cooperação no Desenvolvimento de Zonas Econômicas Especiais nos Países do BRICS';
    expect(passage('pt', 'center-opening').synonyms).toContain(name);
    const [hit] = await index.search(`O que é o ${name}?`, 'pt');
    expect(hit?.passage.id).toBe('center-opening');
    expect(hit?.confidence).toBeGreaterThanOrEqual(ANSWER_THRESHOLD);
  });

  it('gives Qiantang’s zones and the return warehouse their official Chinese names', () => {
    expect(passage('zh', 'qiantang-open-platforms').text).toContain('经济技术开发区、高新技术产业开发区、综合保税区和自由贸易试验区');
    const warehouse = passage('zh', 'import-return-warehouse');
    expect([warehouse.title, warehouse.text]).toEqual([expect.stringContaining('跨境电商进口退货中心仓'), expect.stringContaining('“跨境电商进口退货中心仓”')]);
  });

  it('uses the reviewed terms in Russian, Hindi, Amharic, Portuguese, Indonesian and isiZulu', () => {
    expect(passage('ru', 'center-significance').text).toContain('механизм сотрудничества БРИКС');
    expect(passage('ru', 'gateway-hub').text).toContain('«воротами»');
    expect(prose('ru').filter((text) => text.includes('хаб-ворот') || text.includes('хабом-ворот'))).toEqual([]);
    expect(passage('ru', 'xiasha-port').text).toContain('втором судоходном канале');
    expect(passage('hi', 'xiasha-port').text.replace(/\s+/g, ' ')).toContain('50 लाख टन');
    expect(passage('hi', 'plans-2027').text).toContain('विशेषीकृत');
    expect(passage('hi', 'import-return-warehouse').text).toContain('पहल करना');
    expect(passage('am', 'plans-2027').text).toContain('ልዩ ሙያ ባለው');
    expect(passage('pt', 'plans-2027').text.replace(/\s+/g, ' ')).toContain('entidade operacional internacional especializada');
    expect(passage('id', 'plans-2027').text).toMatch(/^Paling lambat 2027,/);
    expect(passage('zu', 'plans-2027').text).toMatch(/^Kuze kube ngu-2027,/);
  });

  it('writes Persian prose with Persian digits', () => {
    expect(prose('fa').filter((text) => /[0-9]/.test(text))).toEqual([]);
    expect(passage('fa', 'plans-2027').text).toContain('۲۰۲۷');
  });

  it('suggests only questions their passage answers: no operator of the Center, no station near it', () => {
    // The 2027 passage names an entity that supports a working mechanism, not who operates the Center;
    // the rail passage says what the station will offer, not where it is.
    const operatesTheCenter: Record<LanguageCode, RegExp> = {
      en: /\boperate\b/i, zh: /运营这个中心|由谁/, ru: /управлять/, pt: /operar/, hi: /संचालन कौन/, ar: /تشغيل المركز/,
      fa: /اداره خواهد/, id: /mengelola Pusat/, am: /የሚያንቀሳቅሰው/, zu: /ozoqhuba/, af: /Wie sal die Sentrum/,
    };
    const stationNearTheCenter: Record<LanguageCode, RegExp> = {
      en: /\bnear\b/i, zh: /附近/, ru: /рядом/, pt: /perto/, hi: /के पास/, ar: /قرب/,
      fa: /نزدیک/, id: /di dekat/, am: /አቅራቢያ/, zu: /eduze/, af: /naby/,
    };
    for (const language of LANGUAGE_CODES) {
      expect({ language, questions: passage(language, 'plans-2027').questions.filter((q) => operatesTheCenter[language].test(q)) }).toEqual({ language, questions: [] });
      expect({ language, questions: passage(language, 'high-speed-rail').questions.filter((q) => stationNearTheCenter[language].test(q)) }).toEqual({ language, questions: [] });
    }
  });
});

describe('npm run knowledge:check', () => {
  const run = (folder: string) => spawnSync(process.execPath, ['--import', 'tsx', 'src/knowledge/check.ts', folder], { cwd: PROJECT_ROOT, encoding: 'utf8' });

  it('passes on the real knowledge base', () => {
    const result = run(KNOWLEDGE);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/Knowledge OK: 1 document\(s\); passages per language: en 13/);
    expect(result.status).toBe(0);
  });

  it('fails naming the file when a passage is removed from one language', () => {
    const dir = copyKnowledge();
    edit(dir, 'ru.yaml', (text) => text.replace(/\n {2}- id: xiasha-port[\s\S]*?(?=\n {2}- id: )/, ''));
    const result = run(dir);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/ru\.yaml:1: passage "xiasha-port" is missing \(it is in en\.yaml\)/);
  });

  it('reports a duplicate id at its line', () => {
    const dir = copyKnowledge();
    edit(dir, 'pt.yaml', (text) => text.replace('id: linjiang-port', 'id: xiasha-port'));
    const { problems } = loadKnowledge(dir);
    const lines = readFileSync(join(dir, DOCUMENT, 'pt.yaml'), 'utf8').split('\n');
    const duplicate = problems.find((p) => p.message.includes('duplicate passage id "xiasha-port"'));
    expect(duplicate?.file).toMatch(/pt\.yaml$/);
    expect(lines[duplicate!.line - 1]).toMatch(/- id: xiasha-port/);
  });

  it('reports an unknown topic and an empty field at their lines', () => {
    const dir = copyKnowledge();
    edit(dir, 'pt.yaml', (text) => text.replace('topic: plans', 'topic: weather').replace('title: Planos para 2027', 'title: ""'));
    const { problems } = loadKnowledge(dir);
    const lines = readFileSync(join(dir, DOCUMENT, 'pt.yaml'), 'utf8').split('\n');
    const topic = problems.find((p) => p.message.includes('topic must be one of'));
    expect(lines[topic!.line - 1]).toMatch(/topic: weather/);
    const empty = problems.find((p) => p.message.includes('must not be empty'));
    expect(empty?.message).toMatch(/^passages\.\d+\.title/);
    expect(lines[empty!.line - 1]).toMatch(/title: ""/);
  });

  it('reports a file that is not valid YAML with its line', () => {
    const dir = copyKnowledge();
    edit(dir, 'af.yaml', (text) => text.replace('passages:', 'passages: [unclosed'));
    const result = run(dir);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/af\.yaml:\d+: not valid YAML/);
  });

  it('reports bytes that are not UTF-8, and NUL characters, with their file and line', () => {
    const dir = copyKnowledge();
    const path = (file: string) => join(dir, DOCUMENT, file);
    const lineOf = (text: string, search: string) => text.slice(0, text.indexOf(search)).split('\n').length;
    const ru = readFileSync(path('ru.yaml'), 'utf8');
    // Latin-1 bytes in the middle of a Russian title, as an editor saving in the wrong encoding leaves them.
    writeFileSync(path('ru.yaml'), Buffer.concat([Buffer.from(ru.slice(0, ru.indexOf('passages:'))), Buffer.from([0xe9, 0xe8, 0x20]), Buffer.from(ru.slice(ru.indexOf('passages:')))]));
    const pt = readFileSync(path('pt.yaml'), 'utf8');
    writeFileSync(path('pt.yaml'), pt.replace('topic: plans', 'topic: plans\u0000'));
    const source = readFileSync(path('source.en.txt'), 'utf8');
    writeFileSync(path('source.en.txt'), `${source}\n\u0000`);
    const result = run(dir);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`ru.yaml:${lineOf(ru, 'passages:')}: not valid UTF-8`);
    expect(result.stderr).toContain(`pt.yaml:${lineOf(pt, 'topic: plans')}: contains a NUL character`);
    expect(result.stderr).toMatch(/source\.en\.txt:\d+: contains a NUL character/);
  });

  it('reports an English passage that is not the article verbatim', () => {
    const dir = copyKnowledge();
    edit(dir, 'en.yaml', (text) => text.replace('approximately', 'only'));
    const { problems } = loadKnowledge(dir);
    expect(problems.map((p) => p.message).join('\n')).toMatch(/not in source\.en\.txt verbatim/);
  });

  it('needs no code change for a second document', () => {
    const dir = copyKnowledge();
    cpSync(join(dir, DOCUMENT), join(dir, 'second-document'), { recursive: true });
    for (const language of LANGUAGE_CODES) {
      const path = join(dir, 'second-document', `${language}.yaml`);
      writeFileSync(path, readFileSync(path, 'utf8').replace(`id: ${DOCUMENT}`, 'id: second-document').replace(/- id: ([a-z0-9-]+)/g, '- id: second-$1'));
    }
    const { knowledge, problems } = loadKnowledge(dir);
    expect(problems).toEqual([]);
    expect(knowledge.documents).toHaveLength(2);
    expect(knowledge.passages.zh).toHaveLength(26);
  });
});
