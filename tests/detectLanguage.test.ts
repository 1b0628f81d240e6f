// Which language a message is in, when the message makes it clear.
import { describe, expect, it } from '@jest/globals';
import { detectLanguage, resolveReplyLanguage } from '../src/i18n/detectLanguage.js';
import { toSupportedLanguage } from '../src/i18n/languages.js';
import { channelLanguageHint } from '../src/i18n/channelHint.js';
import { readFileSync } from 'node:fs';
import { PROJECT_ROOT } from '../src/config.js';

describe('detectLanguage', () => {
  it.each([
    ['How far is the Center from the airport?', 'en'],
    ['中心离机场多远', 'zh'],
    ['港口', 'zh'],
    ['Как добраться до центра из аэропорта?', 'ru'],
    ['Порт?', 'ru'],
    ['Quanto tempo leva do aeroporto até o Centro?', 'pt'],
    ['हवाई अड्डे से केंद्र कितनी दूर है?', 'hi'],
    ['बंदरगाह', 'hi'],
    ['كم يبعد المركز عن المطار؟', 'ar'],
    ['فاصله مرکز تا فرودگاه چقدر است؟', 'fa'],
    ['Berapa jauh pusat dari bandara?', 'id'],
    ['ማዕከሉ ከአየር ማረፊያ ምን ያህል ይርቃል?', 'am'],
    ['ወደብ', 'am'],
    ['Isikhungo sikude kangakanani nesikhumulo sezindiza?', 'zu'],
    ['Hoe ver is die sentrum van die lughawe?', 'af'],
  ])('"%s" is %s', (text, language) => {
    expect(detectLanguage(text)).toBe(language);
  });

  // tinyld has no isiZulu model and read these as Indonesian or English (issue 15).
  it.each([
    ['Savulwa nini isikhungo?', 'zu'],
    ['Isikhungo savulwa nini eQiantang?', 'zu'],
    ['Ichweba laseLinjiang likuphi?', 'zu'],
    ['Ngicela ungitshele ukuthi ichweba lixhumana kanjani nolwandle', 'zu'],
    ['Zingaki izinkundla zikazwelonke ezihlanganiswe lapho?', 'zu'],
    ['Ingabe isitimela esinejubane sizofika eHangzhou ngo-2027?', 'zu'],
    ['Ubani ozophatha umsebenzi wansuku zonke wesikhungo', 'zu'],
    ['Sawubona, sithengisa izimpahla online. Uma umthengi ebuyisela impahla, kukhona indawo yokugcina?', 'zu'],
    // A capitalised concord at the start (I-Linjiang), "ngo" (at, in: ngo 2029) and the "-phi" of which.
    ['I-Linjiang iyichweba lolwandle?', 'zu'],
    ['Kuhlelweni ngo 2029 kwiBRICS?', 'zu'],
    ['I-Xiasha ingakanani imithwalo?', 'zu'],
    ['Di mana lokasi pusat kerja sama ini?', 'id'],
    ['Berapa lama perjalanan dari bandara ke pusat?', 'id'],
    ['Apakah Qiantang punya kawasan perdagangan bebas?', 'id'],
  ])('"%s" is %s, not the other', (text, language) => {
    expect(detectLanguage(text)).toBe(language);
  });

  it('reads Hindi and Amharic mixed with many English words as Hindi and Amharic (two words of their script)', () => {
    expect(detectLanguage('Qiantang के cross-border e-commerce import-return warehouse model का फायदा क्या है?')).toBe('hi');
    expect(detectLanguage('ስለ China Center for Cooperation on Special Economic Zones in BRICS Countries ንገረኝ')).toBe('am');
    // One word is a name in an English sentence.
    expect(detectLanguage('How do you write Qiantang in Hindi, क्यांतांग, and how far is it from the airport?')).toBe('en');
  });

  it('keeps the language of the sentence when a Latin place name is inside it', () => {
    expect(detectLanguage('Сколько тонн проходит через Xiasha Port?')).toBe('ru');
    expect(detectLanguage('下沙港 Xiasha 的吞吐量')).toBe('zh');
  });

  it.each(['ok', 'Xiasha?', 'SEZ', '2029', '🙂', '', '   '])('does not claim to know the language of "%s"', (text) => {
    expect(detectLanguage(text)).toBeNull();
  });
});

describe('resolveReplyLanguage', () => {
  it('prefers the message, then the choice, then the channel, then English', () => {
    expect(resolveReplyLanguage({ text: 'Как добраться до центра?', chosen: 'hi', channelHint: 'en' })).toBe('ru');
    expect(resolveReplyLanguage({ text: 'ok', chosen: 'hi', channelHint: 'en' })).toBe('hi');
    expect(resolveReplyLanguage({ text: 'ok', chosen: null, channelHint: 'pt' })).toBe('pt');
    expect(resolveReplyLanguage({ text: 'ok', chosen: null, channelHint: null })).toBe('en');
  });

  it('puts a weak sign from the words (a one-word greeting) below the choice and above the channel', () => {
    expect(resolveReplyLanguage({ text: 'olá', chosen: null, textHint: 'pt', channelHint: 'en' })).toBe('pt');
    expect(resolveReplyLanguage({ text: 'olá', chosen: 'hi', textHint: 'pt', channelHint: 'en' })).toBe('hi');
  });
});

describe('channel hints', () => {
  it('reduces locales to supported languages', () => {
    expect(toSupportedLanguage('pt-BR')).toBe('pt');
    expect(toSupportedLanguage('zh-Hans')).toBe('zh');
    expect(toSupportedLanguage('pt_br')).toBe('pt');
    expect(toSupportedLanguage('fr-FR')).toBeNull();
    expect(toSupportedLanguage(42)).toBeNull();
  });

  const fixture = (name: string) => JSON.parse(readFileSync(`${PROJECT_ROOT}/tests/fixtures/${name}`, 'utf8'));
  it('reads Telegram language_code, Teams clientInfo and the activity locale from the real payload shapes', () => {
    expect(channelLanguageHint(fixture('telegram-start.json'))).toBe('ru');
    expect(channelLanguageHint(fixture('teams-personal-message.json'))).toBe('pt');
    expect(channelLanguageHint(fixture('teams-compose-extension-query.json'))).toBe('zh');
    expect(channelLanguageHint(fixture('webchat-conversation-update.json'))).toBeNull();
  });
});
