// GET /: the chat page, as HTML built from plain data (pure). It carries the
// strings of every language so the picker switches without a reload; the
// browser side is web/chat.js, which drives the official Web Chat bundle.
import { DEFAULT_LANGUAGE, LANGUAGES, toSupportedLanguage, type LanguageCode } from '../i18n/languages.js';
import type { ChatLanguage } from './strings.js';

export const BOT_NAME = 'BRICS Partner Bot';

/** Where the page's static files are served (see staticFiles.ts). */
export const ASSETS_PATH = '/web';

export interface ChatPageOptions {
  language: LanguageCode;
  languages: ChatLanguage[];
  /** Inside the widget's frame: no page heading, the widget shows the title. */
  embedded: boolean;
  /** Accent colour for Web Chat (a checked #hex), or null for the default. */
  accent: string | null;
  tokenUrl: string;
}

/** The language the page opens in: `?lang=`, else the browser's Accept-Language, else English. */
export function pickPageLanguage(query: string | undefined, acceptLanguage: string | undefined): LanguageCode {
  const asked = toSupportedLanguage(query);
  if (asked) return asked;
  const ranked = (acceptLanguage ?? '')
    .split(',')
    .map((part, index) => {
      const [tag = '', ...parameters] = part.trim().split(';');
      const q = parameters.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean);
      return { tag: tag.trim(), q: q === undefined ? 1 : Number(q), index };
    })
    .filter((entry) => entry.tag !== '' && entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { tag } of ranked) {
    const language = toSupportedLanguage(tag);
    if (language) return language;
  }
  return DEFAULT_LANGUAGE;
}

/** `#abc`, `#aabbcc` or `#aabbccdd`, else null: anything else could break out of the style it lands in. */
export function checkedAccent(value: string | undefined): string | null {
  return value !== undefined && /^#(?:[0-9a-f]{3}|[0-9a-f]{6}|[0-9a-f]{8})$/i.test(value) ? value : null;
}

const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** JSON that is safe inside a <script> element. */
const scriptJson = (value: unknown): string => JSON.stringify(value).replace(/</g, '\\u003c');

export function renderChatPage(options: ChatPageOptions): string {
  const current = options.languages.find((l) => l.code === options.language) ?? options.languages[0];
  if (!current) throw new Error('renderChatPage needs at least one language');
  const choices = options.languages
    .map((l) => `<option value="${l.code}" lang="${l.code}" dir="${l.direction}"${l.code === current.code ? ' selected' : ''}>${escapeHtml(l.nativeName)}</option>`)
    .join('');
  const config = { language: current.code, languages: options.languages, embedded: options.embedded, accent: options.accent, tokenUrl: options.tokenUrl, botName: BOT_NAME };
  return `<!doctype html>
<html lang="${current.code}" dir="${LANGUAGES[current.code].direction}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(BOT_NAME)}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${ASSETS_PATH}/chat.css">
<script type="application/json" id="chat-config">${scriptJson(config)}</script>
<script src="${ASSETS_PATH}/botframework-webchat.js" defer></script>
<script src="${ASSETS_PATH}/chat.js" defer></script>
</head>
<body class="${options.embedded ? 'embedded' : 'standalone'}">
<div class="chat-page">
<header class="chat-header">
<div class="chat-heading">
<h1 id="chat-title">${escapeHtml(BOT_NAME)}</h1>
<p id="chat-subtitle">${escapeHtml(current.page.subtitle)}</p>
</div>
<div class="chat-language">
<label for="chat-language" id="chat-language-label">${escapeHtml(current.page.language)}</label>
<select id="chat-language">${choices}</select>
</div>
</header>
<main class="chat-main">
<p id="chat-status" class="chat-status" role="status">${escapeHtml(current.page.connecting)}</p>
<noscript><p class="chat-status">${escapeHtml(current.page.noScript)}</p></noscript>
<div id="webchat" class="webchat"></div>
<p id="chat-wait" class="chat-wait" role="timer" hidden></p>
<p id="chat-announce" class="visually-hidden" role="status"></p>
</main>
</div>
</body>
</html>
`;
}
