// The chat page and the widget script as the server sends them: language from
// the address or the browser, every native name in the picker, Web Chat's
// strings from our locales, and nothing loaded from another host.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from '@jest/globals';
import { createI18n } from '../src/i18n/i18n.js';
import { LANGUAGE_CODES, LANGUAGES } from '../src/i18n/languages.js';
import { pickPageLanguage } from '../src/web/page.js';
import { chatLanguages, SUPPLIED_WEB_CHAT_KEYS } from '../src/web/strings.js';
import { appForTests } from './support/app.js';

const require = createRequire(import.meta.url);
// Web Chat's own English strings (its package exports no path to them, so from beside its entry point).
const webChatEnglish = JSON.parse(readFileSync(require.resolve('botframework-webchat-api').replace(/index\.js$/, 'localization/en-US.json'), 'utf8')) as Record<string, string>;
const WEB_CHAT_BUNDLE = require.resolve('botframework-webchat').replace(/lib[/\\]index\.js$/, 'dist/webchat.js');

function pageConfig(html: string): { language: string; languages: Array<{ code: string; direction: string; locale: string; webChat: Record<string, string> }> } {
  const json = /<script type="application\/json" id="chat-config">(.*?)<\/script>/s.exec(html)?.[1];
  if (!json) throw new Error('no chat-config in the page');
  return JSON.parse(json);
}

describe('chat page', () => {
  const app = appForTests();

  it('opens in the language the address asks for, laid out right to left for Persian and Arabic', async () => {
    for (const [lang, dir] of [['fa', 'rtl'], ['ar', 'rtl'], ['ru', 'ltr']] as const) {
      const html = await (await fetch(`${app().baseUrl}/?lang=${lang}`)).text();
      expect(html).toContain(`<html lang="${lang}" dir="${dir}">`);
      expect(pageConfig(html).language).toBe(lang);
    }
  });

  it('otherwise follows the browser\'s Accept-Language, reduced to a language the bot speaks', async () => {
    const html = await (await fetch(`${app().baseUrl}/`, { headers: { 'accept-language': 'de-DE,pt-BR;q=0.8,en;q=0.5' } })).text();
    expect(html).toContain('<html lang="pt" dir="ltr">');
    expect(pickPageLanguage(undefined, 'fr, zh-Hans-CN;q=0.9')).toBe('zh');
    expect(pickPageLanguage(undefined, 'en;q=0, af;q=0.1')).toBe('af');
    expect(pickPageLanguage('xx', undefined)).toBe('en');
  });

  it('offers every language by its native name', async () => {
    const html = await (await fetch(`${app().baseUrl}/?lang=en`)).text();
    for (const code of LANGUAGE_CODES) expect(html).toContain(`<option value="${code}" lang="${code}" dir="${LANGUAGES[code].direction}"`);
    for (const code of LANGUAGE_CODES) expect(html).toContain(`>${LANGUAGES[code].nativeName}</option>`);
  });

  it('loads nothing from another host, and says so in its Content-Security-Policy', async () => {
    const response = await fetch(`${app().baseUrl}/`);
    const html = await response.text();
    const sources = [...html.matchAll(/\b(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
    expect(sources.length).toBeGreaterThan(0);
    for (const source of sources) expect(source).toMatch(/^(\/|data:)/);
    const policy = response.headers.get('content-security-policy') ?? '';
    expect(policy).toContain("default-src 'none'");
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("connect-src 'self';");
  });

  it('serves the Web Chat bundle from the botframework-webchat package, compressed and cacheable', async () => {
    const response = await fetch(`${app().baseUrl}/web/botframework-webchat.js`, { headers: { 'accept-encoding': 'gzip' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/javascript/);
    const bundle = readFileSync(WEB_CHAT_BUNDLE);
    // fetch decompresses; the length on the wire is the compressed one.
    const body = Buffer.from(await response.arrayBuffer());
    expect(body.equals(bundle)).toBe(true);
    expect(Number(response.headers.get('content-length'))).toBeLessThan(bundle.length / 2);
    const etag = response.headers.get('etag') ?? '';
    const again = await fetch(`${app().baseUrl}/web/botframework-webchat.js`, { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
  });

  it('serves the page\'s own script and styles', async () => {
    for (const [path, type] of [['/web/chat.js', /javascript/], ['/web/chat.css', /text\/css/]] as const) {
      const response = await fetch(`${app().baseUrl}${path}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(type);
    }
    expect((await fetch(`${app().baseUrl}/web/nothing-here.js`)).status).toBe(404);
  });

  it('serves /widget.js with every language\'s button words filled in', async () => {
    const response = await fetch(`${app().baseUrl}/widget.js`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/javascript/);
    const source = await response.text();
    expect(source).not.toContain('/*@widget-strings*/');
    const i18n = await createI18n();
    for (const code of LANGUAGE_CODES) expect(source).toContain(JSON.stringify(i18n.getFixedT(code)('webchat.widget.open')).slice(1, -1));
  });
});

describe('Web Chat strings from our locales', () => {
  it('supplies only keys Web Chat has, in every language, keeping its $1 placeholders and its retry link', async () => {
    const languages = chatLanguages(await createI18n());
    expect(languages.map((l) => l.code)).toEqual([...LANGUAGE_CODES]);
    const bundle = readFileSync(WEB_CHAT_BUNDLE, 'utf8');
    for (const key of SUPPLIED_WEB_CHAT_KEYS) {
      expect(Object.keys(webChatEnglish)).toContain(key);
      expect(bundle).toContain(key);
    }
    for (const language of languages) {
      expect(Object.keys(language.webChat).sort()).toEqual([...SUPPLIED_WEB_CHAT_KEYS].sort());
      for (const key of SUPPLIED_WEB_CHAT_KEYS) {
        const text = language.webChat[key] ?? '';
        // A plural form names its count even where Web Chat's English writes "1 attachment": in Russian the ONE form is also 21.
        const plural = /_(ONE|TWO|FEW|MANY|OTHER)(_ALT)?$/.test(key);
        expect({ language: language.code, key, placeholder: text.includes('$1') }).toEqual({ language: language.code, key, placeholder: plural || (webChatEnglish[key] ?? '').includes('$1') });
      }
      expect(language.webChat.ACTIVITY_STATUS_SEND_FAILED_RETRY).toMatch(/\[[^\]]+\]\[RETRY\]/);
    }
  });

  it('gives Persian, Amharic, isiZulu and Afrikaans (which Web Chat lacks) their own words, not English', async () => {
    const languages = chatLanguages(await createI18n());
    const english = languages.find((l) => l.code === 'en');
    for (const code of ['fa', 'am', 'zu', 'af']) {
      const language = languages.find((l) => l.code === code);
      expect(language?.webChat.TEXT_INPUT_PLACEHOLDER).not.toBe(english?.webChat.TEXT_INPUT_PLACEHOLDER);
      expect(language?.webChat.TEXT_INPUT_SEND_BUTTON_ALT).not.toBe(english?.webChat.TEXT_INPUT_SEND_BUTTON_ALT);
    }
  });
});
