// The web chat in a real browser (Debian's Chromium through playwright-core):
// the page at / answering in English and Arabic, right to left where it
// should be, usable with the keyboard and on a phone-sized screen, and the
// widget on a partner's page opening the chat and getting an answer.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import type { Browser, Frame, Page } from 'playwright-core';
import { PROJECT_ROOT } from '../src/config.js';
import { launchBrowser } from './support/browser.js';
import { startApp, type RunningApp } from './support/app.js';

// The callbacks handed to the browser below run there. This file compiles for
// Node, without the DOM library, so it names the little of the DOM they use.
interface DomElement {
  id: string;
  tagName: string;
  closest(selector: string): DomElement | null;
  className: string;
  textContent: string | null;
  scrollWidth: number;
  clientWidth: number;
  shadowRoot: { querySelector(selector: string): DomElement | null; elementFromPoint(x: number, y: number): DomElement | null; activeElement: DomElement | null } | null;
  getAttribute(name: string): string | null;
  childNodes: Iterable<{ nodeType: number; textContent: string | null }>;
  hasAttribute(name: string): boolean;
  getBoundingClientRect(): { left: number; top: number; width: number; height: number; bottom: number };
}
declare const document: {
  querySelectorAll(selector: string): Iterable<DomElement>;
  documentElement: { lang: string };
  activeElement: DomElement | null;
  scrollingElement: DomElement | null;
  querySelector(selector: string): DomElement | null;
  elementFromPoint(x: number, y: number): DomElement | null;
};
declare function getComputedStyle(element: unknown): { direction: string; fontFamily: string; fontSize: string; color: string; backgroundColor: string; margin: string; position: string };

const require = createRequire(import.meta.url);
const SEND_BOX = '[data-id="webchat-sendbox-input"]';
const WAIT = { timeout: 20_000 };

/** The whole transcript's text, as a person would read it. */
async function transcriptOf(scope: Page | Frame): Promise<string> {
  return (await scope.locator('#webchat').textContent()) ?? '';
}

async function waitForTranscript(scope: Page | Frame, pattern: RegExp): Promise<void> {
  await scope.waitForFunction(([source, flags]) => new RegExp(source, flags).test(document.querySelector('#webchat')?.textContent ?? ''), [pattern.source, pattern.flags] as const, WAIT);
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function ask(scope: Page | Frame, question: string): Promise<void> {
  const input = scope.locator(SEND_BOX);
  await input.fill(question);
  await input.press('Enter');
}

describe('web chat in a browser', () => {
  let running: RunningApp;
  let browser: Browser;
  const offHost: string[] = [];
  const problems: string[] = [];

  beforeAll(async () => {
    running = await startApp({ DIRECT_LINE_TOKENS_PER_MINUTE: '1000' });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await running?.stop();
  });
  beforeEach(() => {
    offHost.length = 0;
    problems.length = 0;
  });

  /** A fresh page that records any request off the bot's host and any script error or CSP violation. */
  async function openPage(path: string, viewport = { width: 1000, height: 800 }, onPost?: (activity: unknown) => void, baseUrl = running.baseUrl): Promise<Page> {
    const page = await browser.newPage({ viewport });
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(baseUrl) && !/^(blob|data):/.test(url)) offHost.push(url);
      if (onPost && request.method() === 'POST' && /\/conversations\/[^/]+\/activities$/.test(url)) onPost(request.postDataJSON());
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`);
    });
    await page.goto(`${baseUrl}${path}`);
    await page.waitForSelector(SEND_BOX, WAIT);
    return page;
  }

  it('welcomes in English and answers an English question, with everything loaded from the bot\'s own host', async () => {
    const posted: unknown[] = [];
    const page = await openPage('/?lang=en', undefined, (body) => posted.push(body));
    await waitForTranscript(page, /Hello! I am BRICS Partner Bot/);
    // The welcome was asked for with the join event the bot expects, carrying the page's language and locale.
    expect(posted[0]).toMatchObject({ type: 'event', name: 'webchat/join', value: { language: 'en' }, locale: 'en-US' });
    await ask(page, 'How long does it take to get from the airport to the Center?');
    await waitForTranscript(page, /30-minute drive from Hangzhou Xiaoshan International Airport/);
    expect(await page.getAttribute('html', 'dir')).toBe('ltr');
    expect(offHost).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('answers in Arabic, laid out right to left, with the Arabic page and Web Chat strings', async () => {
    const page = await openPage('/?lang=ar');
    await waitForTranscript(page, /مرحبًا/);
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    expect(await page.getAttribute('html', 'lang')).toBe('ar');
    expect(await page.locator(SEND_BOX).getAttribute('placeholder')).toBe('اكتب سؤالك');
    await ask(page, 'كم يستغرق الطريق من المطار إلى المركز؟');
    await waitForTranscript(page, /30 دقيقة بالسيارة/);
    // Web Chat itself is laid out right to left: its root and the send box read right to left.
    expect(await page.locator('#webchat [dir]').first().getAttribute('dir')).toBe('rtl');
    expect(await page.locator(SEND_BOX).evaluate((input) => getComputedStyle(input).direction)).toBe('rtl');
    expect(problems).toEqual([]);
    await page.close();
  });

  /** The computed direction of the answer card holding `text`, and of the person's bubble holding `question`. */
  async function directionsOf(page: Page, text: string, question: string): Promise<{ card: string; cardParagraph: string; bubbleDir: string | null; bubble: string }> {
    const card = page.locator('.ac-adaptiveCard', { hasText: text }).last();
    const bubble = page.locator('.webchat__bubble--from-user .webchat__text-content', { hasText: question }).last();
    return {
      card: await card.evaluate((element) => getComputedStyle(element).direction),
      cardParagraph: await card.locator('p', { hasText: text }).first().evaluate((element) => getComputedStyle(element).direction),
      bubbleDir: await bubble.getAttribute('dir'),
      bubble: await bubble.evaluate((element) => getComputedStyle(element).direction),
    };
  }

  it('on the Arabic page, lays an English question and its English answer out left to right, and Arabic cards right to left', async () => {
    const page = await openPage('/?lang=ar');
    await waitForTranscript(page, /مرحبًا/);
    const question = 'What is the import-return warehouse model?';
    await ask(page, question);
    await page.locator('.ac-adaptiveCard', { hasText: 'import-return warehouse' }).last().waitFor(WAIT);
    expect(await directionsOf(page, 'import-return warehouse', question)).toEqual({ card: 'ltr', cardParagraph: 'ltr', bubbleDir: 'auto', bubble: 'ltr' });
    // The Arabic welcome keeps the page's direction, and Web Chat itself stays right to left.
    expect(await page.locator('.ac-adaptiveCard', { hasText: 'مرحبًا' }).first().evaluate((element) => getComputedStyle(element).direction)).toBe('rtl');
    expect(await page.locator(SEND_BOX).evaluate((input) => getComputedStyle(input).direction)).toBe('rtl');
    // The Arabic language menu stays right to left, though most of its choices are names in other scripts.
    await ask(page, '/language');
    const menu = page.locator('.ac-adaptiveCard', { hasText: 'Afrikaans' }).last();
    await menu.waitFor(WAIT);
    expect(await menu.evaluate((element) => getComputedStyle(element).direction)).toBe('rtl');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('on the English page, lays a Persian question and its Persian answer out right to left', async () => {
    const page = await openPage('/?lang=en');
    await waitForTranscript(page, /Hello!/);
    const question = 'فاصله مرکز تا فرودگاه چقدر است؟';
    await ask(page, question);
    await page.locator('.ac-adaptiveCard', { hasText: 'فرودگاه بین‌المللی' }).last().waitFor(WAIT);
    expect(await directionsOf(page, 'فرودگاه بین‌المللی', question)).toEqual({ card: 'rtl', cardParagraph: 'rtl', bubbleDir: 'auto', bubble: 'rtl' });
    expect(await page.locator('.ac-adaptiveCard', { hasText: 'Hello!' }).first().evaluate((element) => getComputedStyle(element).direction)).toBe('ltr');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('leaves no English Web Chat string in the Amharic page\'s text or its screen-reader attributes', async () => {
    const webChatEnglish = JSON.parse(readFileSync(require.resolve('botframework-webchat-api').replace(/index\.js$/, 'localization/en-US.json'), 'utf8')) as Record<string, string>;
    const page = await openPage('/?lang=am');
    await waitForTranscript(page, /ሰላም/);
    await ask(page, 'ከአውሮፕላን ማረፊያው ወደ ማዕከሉ ለመድረስ ምን ያህል ጊዜ ይወስዳል?');
    await page.locator('.ac-adaptiveCard', { hasText: '30' }).last().waitFor(WAIT);
    // The keyboard help Web Chat shows when the transcript takes focus, and an activity's own reading.
    await page.locator('.webchat__basic-transcript__transcript').focus();
    await page.keyboard.press('ArrowUp');
    const readable = await page.evaluate(() => {
      const texts: string[] = [];
      for (const element of document.querySelectorAll('body *')) {
        for (const name of ['aria-label', 'aria-roledescription', 'aria-description', 'title', 'placeholder', 'alt', 'aria-valuetext']) {
          const value = element.getAttribute(name);
          if (value) texts.push(value);
        }
        for (const node of element.childNodes) if (node.nodeType === 3 && node.textContent?.trim()) texts.push(node.textContent.trim());
      }
      return texts;
    });
    // Web Chat's English strings, their $1-style variables matched by anything; one-word strings (Send, Bot)
    // only as a whole text, since a word can be a name in the knowledge ("BRICS Partner Bot").
    const english = Object.entries(webChatEnglish)
      .filter(([key, text]) => !key.startsWith('_') && /[A-Za-z]{2}/.test(text))
      .map(([key, text]) => {
        const pattern = text.replace(/\[([^\]]+)\]\[[A-Z_]+\]/g, '$1').split(/\$\d+/).map(escapeRegExp).join('.*?');
        return { key, text, pattern: /\s/.test(text.trim()) ? new RegExp(pattern) : new RegExp(`^${pattern}$`) };
      });
    const found = english.flatMap(({ key, pattern }) => readable.filter((text) => pattern.test(text)).map((text) => `${key}: ${text}`));
    expect(found).toEqual([]);
    await page.close();
  });

  it('lays Persian out right to left too (Web Chat does not by itself) with Persian strings from our locales', async () => {
    const page = await openPage('/?lang=fa');
    await waitForTranscript(page, /سلام/);
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    expect(await page.locator(SEND_BOX).evaluate((input) => getComputedStyle(input).direction)).toBe('rtl');
    expect(await page.locator(SEND_BOX).getAttribute('placeholder')).toBe('پرسش خود را بنویسید');
    await page.close();
  });

  it('works with the keyboard alone: pick Russian in the language list, then ask and read the answer', async () => {
    const page = await openPage('/?lang=en');
    await waitForTranscript(page, /Hello!/);
    // Tab from the top of the page reaches the language picker first.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('chat-language');
    // Down twice, past 中文（简体）, to Русский: the page acts once the choice settles, so one welcome, in Russian.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.waitForFunction(() => document.documentElement.lang === 'ru', null, WAIT);
    await waitForTranscript(page, /Здравствуйте/);
    expect(await page.textContent('#chat-language-label')).toBe('Язык');
    expect(await transcriptOf(page)).not.toMatch(/您好/);
    // Onward with Tab to the send box, as a keyboard user would.
    for (let i = 0; i < 20 && !(await page.evaluate(() => document.activeElement?.getAttribute('data-id') === 'webchat-sendbox-input')); i += 1) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-id'))).toBe('webchat-sendbox-input');
    await page.keyboard.type('Сколько ехать от аэропорта до центра?');
    await page.keyboard.press('Enter');
    await waitForTranscript(page, /30 минутах езды/);
    await page.close();
  });

  it('posts card taps back through the endpoint: a related question is answered, a rating thanked, a comment recorded', async () => {
    const english = JSON.parse(readFileSync(`${PROJECT_ROOT}/locales/en/translation.json`, 'utf8')) as { feedback: Record<string, string> };
    const page = await openPage('/?lang=en');
    await waitForTranscript(page, /Hello!/);
    await ask(page, 'How long does it take to get from the airport to the Center?');
    await waitForTranscript(page, /30-minute drive/);
    const answer = page.locator('.ac-adaptiveCard', { hasText: '30-minute drive' });
    // The compact thumbs: 👍 and 👎 on screen, "Helpful" and "Not helpful" to a screen reader, each a small target.
    const thumbsDown = answer.getByRole('button', { name: english.feedback.notHelpful ?? '', exact: true });
    const thumbsUp = answer.getByRole('button', { name: english.feedback.helpful ?? '', exact: true });
    expect([await thumbsUp.textContent(), await thumbsDown.textContent()].map((text) => text?.trim())).toEqual(['👍', '👎']);
    const cardWidth = (await answer.boundingBox())?.width ?? 0;
    for (const thumb of [thumbsUp, thumbsDown]) expect((await thumb.boundingBox())?.width ?? Infinity).toBeLessThan(cardWidth / 5);
    await thumbsDown.click();
    await waitForTranscript(page, new RegExp(escapeRegExp(english.feedback.thanks ?? '')));
    const commentCard = page.locator('.ac-adaptiveCard', { has: page.locator('textarea') });
    await commentCard.locator('textarea').fill('Please add the metro line.');
    await commentCard.getByRole('button', { name: english.feedback.send ?? '' }).click();
    await waitForTranscript(page, new RegExp(escapeRegExp(english.feedback.commentThanks ?? '')));
    // A related question under the first answer, tapped, is asked and answered.
    await answer.getByText('What will the Qiantang High-Speed Rail Station offer once it is operational?').click();
    await waitForTranscript(page, /You said:\s*What will the Qiantang High-Speed Rail Station offer once it is operational\?/);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('goes on with the same conversation after a reload, without a second welcome', async () => {
    const page = await openPage('/?lang=en');
    await waitForTranscript(page, /Hello!/);
    await ask(page, 'What is planned for 2027?');
    await waitForTranscript(page, /You said:\s*What is planned for 2027\?/);
    const before = await transcriptOf(page);
    await page.reload();
    await page.waitForSelector(SEND_BOX, WAIT);
    await waitForTranscript(page, /You said:\s*What is planned for 2027\?/);
    // Read back from the start: the whole answer is there again, and one welcome only.
    await page.waitForFunction((length) => (document.querySelector('#webchat')?.textContent ?? '').length >= length * 0.9, before.length, WAIT);
    await page.waitForTimeout(1200); // two polls: a second welcome would have arrived
    expect((await transcriptOf(page)).match(/Hello! I am BRICS Partner Bot/g)).toHaveLength(1);
    await page.close();
  });

  it('starts a new conversation, with its welcome, when the bot no longer knows the saved one', async () => {
    const page = await openPage('/?lang=en');
    await waitForTranscript(page, /Hello!/);
    await ask(page, 'What is planned for 2027?');
    await waitForTranscript(page, /You said:\s*What is planned for 2027\?/);
    // As after a restart of the bot: the saved conversation is unknown to it.
    await page.evaluate(() => {
      const storage = (globalThis as unknown as { sessionStorage: { getItem(key: string): string | null; setItem(key: string, value: string): void } }).sessionStorage;
      const saved = JSON.parse(storage.getItem('brics-partner-bot.conversation') ?? '{}');
      storage.setItem('brics-partner-bot.conversation', JSON.stringify({ ...saved, conversationId: 'forgotten-conversation' }));
    });
    await page.reload();
    await waitForTranscript(page, /Hello! I am BRICS Partner Bot/);
    expect(await transcriptOf(page)).not.toMatch(/You said:\s*What is planned for 2027/);
    await ask(page, 'How long does it take to get from the airport to the Center?');
    await waitForTranscript(page, /30-minute drive/);
    await page.close();
  });

  it('fits a phone-sized screen: no sideways scrolling, the send box in view, answers readable', async () => {
    const page = await openPage('/?lang=en', { width: 360, height: 640 });
    await waitForTranscript(page, /Hello!/);
    await ask(page, 'What is planned for 2027?');
    await waitForTranscript(page, /2027/);
    const layout = await page.evaluate(() => {
      const root = document.scrollingElement as DomElement;
      const sendBox = document.querySelector('[data-id="webchat-sendbox-input"]')?.getBoundingClientRect();
      return { overflow: root.scrollWidth - root.clientWidth, sendBoxBottom: sendBox?.bottom ?? Infinity, sendBoxWidth: sendBox?.width ?? 0 };
    });
    expect(layout.overflow).toBeLessThanOrEqual(0);
    expect(layout.sendBoxBottom).toBeLessThanOrEqual(640);
    expect(layout.sendBoxWidth).toBeGreaterThan(200);
    await page.close();
  });

  describe('past the rate limits', () => {
    const limited: RunningApp[] = [];
    afterAll(async () => {
      for (const app of limited) await app.stop();
    });
    /** Messages the page posted (not the join event). */
    const messagesIn = (posted: unknown[]) => posted.filter((activity) => (activity as { type?: string }).type === 'message');

    it('says once, in the person\'s language, how long to wait, counts it down under the send box and keeps the next message in the box', async () => {
      const app = await startApp({ DIRECT_LINE_TOKENS_PER_MINUTE: '1000', MESSAGES_PER_MINUTE: '2' });
      limited.push(app);
      const posted: unknown[] = [];
      const page = await openPage('/?lang=ru', undefined, (body) => posted.push(body), app.baseUrl);
      await waitForTranscript(page, /Здравствуйте/);
      await ask(page, 'Сколько ехать от аэропорта до центра?');
      await waitForTranscript(page, /30 минутах езды/);
      await ask(page, 'Что планируется к 2027 году?');
      await waitForTranscript(page, /Планы на 2027 год/);
      await ask(page, 'Где находится центр?');
      await waitForTranscript(page, /подождите \d+ секунд/);
      const notice = page.locator('#chat-wait');
      await notice.waitFor({ state: 'visible', ...WAIT });
      expect(await notice.getAttribute('role')).toBe('timer');
      const shown = /Отправить снова можно через (\d+) секунд/.exec((await notice.textContent()) ?? '');
      expect(Number(shown?.[1])).toBeGreaterThanOrEqual(1);
      expect(Number(shown?.[1])).toBeLessThanOrEqual(60);
      // The next message is kept, not sent into silence: it stays in the box, nothing is posted, nothing fails.
      const sentBefore = messagesIn(posted).length;
      await ask(page, 'Есть ли рядом вокзал?');
      await page.waitForTimeout(1200); // two polls: a sent message would be in the transcript by now
      expect(await page.locator(SEND_BOX).inputValue()).toBe('Есть ли рядом вокзал?');
      expect(messagesIn(posted)).toHaveLength(sentBefore);
      expect(await transcriptOf(page)).not.toContain('Есть ли рядом вокзал?');
      expect(await page.locator('#chat-announce').textContent()).toMatch(/Отправить снова можно через \d+ секунд/);
      // Said once: one notice in the transcript.
      expect(await page.locator('.webchat__text-content', { hasText: /подождите \d+ секунд/ }).count()).toBe(1);
      await page.close();
    });

    it('shows the wait the Direct Line endpoint asks for (Retry-After), not only "send failed"', async () => {
      // The endpoint's own limit comes first here: the join event and one message, then 429.
      const app = await startApp({ DIRECT_LINE_TOKENS_PER_MINUTE: '1000', DIRECT_LINE_MESSAGES_PER_MINUTE: '2' });
      limited.push(app);
      const page = await openPage('/?lang=ru', undefined, undefined, app.baseUrl);
      await waitForTranscript(page, /Здравствуйте/);
      await ask(page, 'Сколько ехать от аэропорта до центра?');
      await waitForTranscript(page, /30 минутах езды/);
      await ask(page, 'Где находится центр?');
      const notice = page.locator('#chat-wait');
      await notice.waitFor({ state: 'visible', ...WAIT });
      const shown = /Отправить снова можно через (\d+) секунд/.exec((await notice.textContent()) ?? '');
      expect(Number(shown?.[1])).toBeGreaterThanOrEqual(1);
      expect(Number(shown?.[1])).toBeLessThanOrEqual(60);
      await ask(page, 'Есть ли рядом вокзал?');
      expect(await page.locator(SEND_BOX).inputValue()).toBe('Есть ли рядом вокзал?');
      await page.close();
    });
  });

  describe('widget on a partner\'s page', () => {
    let host: Server;
    let hostUrl: string;
    beforeAll(async () => {
      // A partner site on another origin, with styles of its own that must neither reach the widget nor change.
      const html = `<!doctype html><html><head><meta name="viewport" content="width=device-width, initial-scale=1"><title>Partner SEZ</title>
<style>body { font-family: Georgia, serif; margin: 40px; } button { background: rgb(255, 0, 0); font-size: 30px; } div { border: 1px dashed rgb(0, 128, 0); } p { color: rgb(0, 0, 128); }</style>
</head><body><h1>Partner SEZ</h1><p id="content">Welcome to our zone.</p><button id="own-button">Our button</button>
<script src="${running.baseUrl}/widget.js" data-lang="ru" data-title="Вопросы о Центре" data-color="#b01c2e" defer></script>
</body></html>`;
      host = createServer((req, res) => {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        // /tag?lang=…&color=…: a bare page with the widget tag as a partner wrote it.
        const tag = new URL(req.url ?? '/', 'http://host').searchParams;
        const attribute = (text: string) => text.replace(/[&"<]/g, (c) => `&#${c.charCodeAt(0)};`);
        if (req.url?.startsWith('/tag?')) res.end(`<!doctype html><html><body><script src="${running.baseUrl}/widget.js" data-lang="${attribute(tag.get('lang') ?? '')}" data-color="${attribute(tag.get('color') ?? '')}" defer></script></body></html>`);
        else res.end(html);
      });
      await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
      hostUrl = `http://127.0.0.1:${(host.address() as AddressInfo).port}/`;
    });
    afterAll(async () => {
      await new Promise((resolve) => host.close(resolve));
    });

    it('adds one floating button that opens the chat in the page\'s language and gets an answer, leaving the page as it was', async () => {
      const page = await browser.newPage({ viewport: { width: 1100, height: 800 } });
      page.on('pageerror', (error) => problems.push(`host page error: ${error.message}`));
      await page.goto(hostUrl);
      const hostStyles = () =>
        page.evaluate(() => {
          const style = (selector: string) => {
            const s = getComputedStyle(document.querySelector(selector));
            return { font: s.fontFamily, color: s.color, background: s.backgroundColor, margin: s.margin, size: s.fontSize };
          };
          return { body: style('body'), content: style('#content'), button: style('#own-button') };
        });
      const before = await hostStyles();

      const launcher = page.getByRole('button', { name: 'Открыть чат с BRICS Partner Bot' });
      await launcher.waitFor(WAIT);
      expect(await launcher.textContent()).toContain('Вопросы о Центре');
      const look = await launcher.evaluate((button) => ({ background: getComputedStyle(button).backgroundColor, font: getComputedStyle(button).fontSize, position: getComputedStyle(button).position }));
      // Its own colour from data-color, not the host's red button style.
      expect(look).toEqual({ background: 'rgb(176, 28, 46)', font: '15px', position: 'fixed' });
      expect(await hostStyles()).toEqual(before);

      // Reached and opened with the keyboard: Tab past the page's own button, then Enter.
      const launcherFocused = () => page.evaluate(() => document.querySelector('[data-brics-partner-bot]')?.shadowRoot?.activeElement?.className === 'launcher');
      for (let i = 0; i < 10 && !(await launcherFocused()); i += 1) await page.keyboard.press('Tab');
      expect(await launcherFocused()).toBe(true);
      await page.keyboard.press('Enter');
      expect(await launcher.getAttribute('aria-expanded')).toBe('true');
      const frameElement = page.locator('[data-brics-partner-bot] >> iframe');
      await frameElement.waitFor(WAIT);
      const frame = await (await frameElement.elementHandle())?.contentFrame();
      if (!frame) throw new Error('the widget has no chat frame');
      await frame.waitForSelector(SEND_BOX, WAIT);
      await waitForTranscript(frame, /Здравствуйте/);
      // The frame's page opened the widget's language, and takes keyboard focus in its send box.
      expect(await frame.evaluate(() => document.documentElement.lang)).toBe('ru');
      await frame.waitForFunction(() => document.activeElement?.getAttribute('data-id') === 'webchat-sendbox-input', null, WAIT);
      await page.keyboard.type('Сколько ехать от аэропорта до центра?');
      await page.keyboard.press('Enter');
      await waitForTranscript(frame, /30 минутах езды/);

      // Escape in the (now empty) send box closes the widget and gives focus back to its button.
      await page.keyboard.press('Escape');
      await page.waitForFunction(() => document.querySelector('[data-brics-partner-bot]')?.shadowRoot?.querySelector('.panel')?.hasAttribute('hidden'), null, WAIT);
      expect(await launcher.getAttribute('aria-expanded')).toBe('false');
      expect(await page.evaluate(() => document.querySelector('[data-brics-partner-bot]')?.shadowRoot?.activeElement?.className)).toBe('launcher');
      expect(await hostStyles()).toEqual(before);
      expect(problems).toEqual([]);

      // On the site's next page the widget goes on with the same conversation.
      await page.goto(`${hostUrl}next-page`);
      await launcher.click();
      const nextFrame = await (await page.locator('[data-brics-partner-bot] >> iframe').elementHandle())?.contentFrame();
      if (!nextFrame) throw new Error('the widget has no chat frame on the next page');
      await nextFrame.waitForSelector(SEND_BOX, WAIT);
      await waitForTranscript(nextFrame, /30 минутах езды/);
      await page.close();
    });

    it('takes only colour syntax from data-color and only a language it has from data-lang', async () => {
      // A page on another origin whose tags try a url() inside var() and a language named after Object.prototype's keys.
      const tags = [
        ['var(--x, url(/tracking-pixel))', 'constructor', 'rgb(11, 92, 171)'],
        ['url(/tracking-pixel)', '__proto__', 'rgb(11, 92, 171)'],
        ['rgb(1, 2, 3)', 'toString', 'rgb(1, 2, 3)'],
        ['teal', 'zu', 'rgb(0, 128, 128)'],
      ] as const;
      const strings = JSON.parse(readFileSync(`${PROJECT_ROOT}/locales/en/translation.json`, 'utf8')).webchat.widget;
      const zulu = JSON.parse(readFileSync(`${PROJECT_ROOT}/locales/zu/translation.json`, 'utf8')).webchat.widget;
      for (const [color, lang, expected] of tags) {
        const page = await browser.newPage();
        const requested: string[] = [];
        page.on('request', (request) => requested.push(request.url()));
        await page.goto(`${hostUrl}tag?${new URLSearchParams({ lang, color })}`);
        const launcher = page.locator('[data-brics-partner-bot] >> .launcher');
        await launcher.waitFor(WAIT);
        const look = await launcher.evaluate((button) => ({ background: getComputedStyle(button).backgroundColor, label: button.getAttribute('aria-label'), text: button.textContent }));
        const words = lang === 'zu' ? zulu : strings;
        expect({ color, lang, ...look }).toEqual({ color, lang, background: expected, label: words.open, text: words.title });
        expect(requested.filter((url) => new URL(url).pathname === '/tracking-pixel')).toEqual([]);
        await page.close();
      }
    });

    it('on a phone, opens the chat over the whole screen', async () => {
      const page = await browser.newPage({ viewport: { width: 360, height: 640 } });
      await page.goto(hostUrl);
      const launcher = page.getByRole('button', { name: 'Открыть чат с BRICS Partner Bot' });
      await launcher.click();
      const panel = await page.evaluate(() => {
        const box = document.querySelector('[data-brics-partner-bot]')?.shadowRoot?.querySelector('.panel')?.getBoundingClientRect();
        return box && { left: box.left, top: box.top, width: box.width, height: box.height };
      });
      expect(panel).toEqual({ left: 0, top: 0, width: 360, height: 640 });
      await page.close();
    });

    it('on a phone (390×844), nothing covers the open chat: the send button is the element at its own centre, and × brings the button back', async () => {
      const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
      await page.goto(hostUrl);
      const launcher = page.getByRole('button', { name: 'Открыть чат с BRICS Partner Bot' });
      await launcher.click();
      const frameElement = page.locator('[data-brics-partner-bot] >> iframe');
      await frameElement.waitFor(WAIT);
      const frame = await (await frameElement.elementHandle())?.contentFrame();
      if (!frame) throw new Error('the widget has no chat frame');
      await frame.waitForSelector('.webchat__send-button', WAIT);
      // Inside the chat's frame: the send button itself is at its centre.
      const inFrame = await frame.evaluate(() => {
        const button = document.querySelector('.webchat__send-button') as DomElement;
        const box = button.getBoundingClientRect();
        const x = box.left + box.width / 2;
        const y = box.top + box.height / 2;
        return { x, y, sendButtonThere: document.elementFromPoint(x, y)?.closest('.webchat__send-button') === button };
      });
      expect(inFrame.sendButtonThere).toBe(true);
      // On the partner's page, at the same point of the screen: the chat's frame, not the floating button.
      const onPage = await page.evaluate(([x, y]) => {
        const root = document.querySelector('[data-brics-partner-bot]')?.shadowRoot;
        const frameBox = root?.querySelector('iframe')?.getBoundingClientRect() ?? { left: NaN, top: NaN };
        return root?.elementFromPoint(frameBox.left + x, frameBox.top + y)?.tagName ?? null;
      }, [inFrame.x, inFrame.y] as const);
      expect(onPage).toBe('IFRAME');
      // The bar's × closes the chat, and the floating button is there again to reopen it.
      await page.getByRole('button', { name: 'Закрыть чат' }).click();
      await expect(launcher.isVisible()).resolves.toBe(true);
      expect(await launcher.getAttribute('aria-expanded')).toBe('false');
      await page.close();
    });
  });
});
