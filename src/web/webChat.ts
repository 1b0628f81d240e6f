// Mounts the web chat on the server: the page at /, the widget at /widget.js,
// their static files, the Direct Line token endpoint, and (in local mode only)
// the bot's own Direct Line endpoint. One call from server.ts.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ActivityHandler } from 'botbuilder';
import type { QuietCloudAdapter } from '../authentication.js';
import type { i18n } from 'i18next';
import type { Request, Response, Server } from 'restify';
import type { Config } from '../config.js';
import { getAndHead } from '../http.js';
import type { Logger } from '../logger.js';
import type { Readiness } from '../server.js';
import { LOCAL_DIRECT_LINE_PATH, mountLocalDirectLine, startLocalSession } from './directLineLocal.js';
import { mountTokenEndpoint, TOKEN_PATH } from './directLineToken.js';
import { LocalConversations } from './localConversations.js';
import { createLocalTokenIssuer } from './localTokens.js';
import { ASSETS_PATH, checkedAccent, pickPageLanguage, renderChatPage } from './page.js';
import { createRateLimiter } from '../rateLimit.js';
import { loadStaticFile, sendStaticFile, WEB_CHAT_BUNDLE, WEB_DIR, type StaticFile } from './staticFiles.js';
import { chatLanguages, widgetStrings } from './strings.js';

export type WebChatConfig = Pick<
  Config,
  | 'MicrosoftAppId'
  | 'DIRECT_LINE_SECRET'
  | 'DIRECT_LINE_ENDPOINT'
  | 'DIRECT_LINE_TOKENS_PER_MINUTE'
  | 'DIRECT_LINE_MESSAGES_PER_MINUTE'
  | 'DIRECT_LINE_READS_PER_MINUTE'
  | 'TRUSTED_PROXY_HOPS'
  | 'TRUSTED_ORIGINS'
  | 'PUBLIC_URL'
>;

export interface WebChatDependencies {
  config: WebChatConfig;
  adapter: QuietCloudAdapter;
  bot: ActivityHandler;
  i18n: i18n;
  logger: Logger;
  readiness: Readiness;
}

const MINUTE_MS = 60_000;

/** The local Direct Line endpoint runs only without an app id: with one, the bot is in Azure and Direct Line is Azure's. */
export function localDirectLineEnabled(config: Pick<WebChatConfig, 'MicrosoftAppId'>): boolean {
  return config.MicrosoftAppId === '';
}

/**
 * Who may frame the page: this server and the partner sites in
 * TRUSTED_ORIGINS. Web Chat always runs in the page's own frame, so this is
 * the restriction that holds (a Direct Line token's trusted origins see only
 * the page's origin). Unset, only local mode (no MicrosoftAppId, trying the
 * widget on any test page) lets any site frame it.
 */
export function frameAncestors(config: Pick<WebChatConfig, 'TRUSTED_ORIGINS' | 'MicrosoftAppId'>): string {
  if (config.TRUSTED_ORIGINS.length > 0) return ["'self'", ...config.TRUSTED_ORIGINS].join(' ');
  return localDirectLineEnabled(config) ? '*' : "'self'";
}

/**
 * The origins a Direct Line token is issued for: the page's own (PUBLIC_URL,
 * where Web Chat runs) and the partner sites. Empty when neither is known.
 */
export function tokenTrustedOrigins(config: Pick<WebChatConfig, 'TRUSTED_ORIGINS' | 'PUBLIC_URL'>): string[] {
  const own = config.PUBLIC_URL ? [new URL(config.PUBLIC_URL).origin] : [];
  return [...new Set([...own, ...config.TRUSTED_ORIGINS])];
}

/** The page's Content-Security-Policy: nothing but this server, and the Direct Line service when it is used. */
export function pageContentSecurityPolicy(config: Pick<WebChatConfig, 'DIRECT_LINE_SECRET' | 'DIRECT_LINE_ENDPOINT' | 'TRUSTED_ORIGINS' | 'MicrosoftAppId'>): string {
  const connect = ["'self'"];
  if (config.DIRECT_LINE_SECRET !== '') {
    const service = new URL(config.DIRECT_LINE_ENDPOINT);
    connect.push(service.origin, `${service.protocol === 'https:' ? 'wss:' : 'ws:'}//${service.host}`);
  }
  return [
    "default-src 'none'",
    "script-src 'self'",
    // Web Chat and Adaptive Cards set styles at run time.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "media-src 'self' data: blob:",
    `connect-src ${connect.join(' ')}`,
    "base-uri 'none'",
    "form-action 'none'",
    // Partner sites embed the page through the widget: only those trusted.
    `frame-ancestors ${frameAncestors(config)}`,
  ].join('; ');
}

function webChatVersion(): string {
  const packageJson = JSON.parse(readFileSync(resolve(WEB_CHAT_BUNDLE, '..', '..', 'package.json'), 'utf8')) as { version?: string };
  return packageJson.version ?? 'unknown';
}

export function mountWebChat(server: Server, dependencies: WebChatDependencies): void {
  const { config, logger } = dependencies;
  // The page's strings in every language (a fifth of a second of i18n look-ups): made for the first page, not at start-up.
  let languages: ReturnType<typeof chatLanguages> | undefined;
  const contentSecurityPolicy = pageContentSecurityPolicy(config);
  const startLimiter = createRateLimiter(config.DIRECT_LINE_TOKENS_PER_MINUTE, MINUTE_MS);

  let startLocal: (() => ReturnType<typeof startLocalSession>) | null = null;
  if (localDirectLineEnabled(config)) {
    const local = {
      ...dependencies,
      tokens: createLocalTokenIssuer(),
      conversations: new LocalConversations(),
      startLimiter,
      postLimiter: createRateLimiter(config.DIRECT_LINE_MESSAGES_PER_MINUTE, MINUTE_MS),
      readLimiter: createRateLimiter(config.DIRECT_LINE_READS_PER_MINUTE, MINUTE_MS),
      trustedProxyHops: config.TRUSTED_PROXY_HOPS,
    };
    mountLocalDirectLine(server, local);
    startLocal = () => startLocalSession(local);
  }
  mountTokenEndpoint(server, {
    secret: config.DIRECT_LINE_SECRET,
    endpoint: config.DIRECT_LINE_ENDPOINT,
    trustedOrigins: tokenTrustedOrigins(config),
    startLocal,
    limiter: startLimiter,
    trustedProxyHops: config.TRUSTED_PROXY_HOPS,
    logger,
  });

  getAndHead(server, '/', async (req: Request, res: Response) => {
    const query = new URL(req.url ?? '/', 'http://page').searchParams;
    const html = renderChatPage({
      language: pickPageLanguage(query.get('lang') ?? undefined, req.headers['accept-language']),
      languages: (languages ??= chatLanguages(dependencies.i18n)),
      embedded: query.get('embed') === '1',
      accent: checkedAccent(query.get('accent') ?? undefined),
      tokenUrl: TOKEN_PATH,
    });
    res.writeHead(200, {
      'Content-Type': 'text/html; charset=utf-8',
      // Set here, not by Node, so that HEAD announces the length GET sends.
      'Content-Length': Buffer.byteLength(html),
      'Cache-Control': 'no-cache',
      'Content-Security-Policy': contentSecurityPolicy,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'same-origin',
      Vary: 'Accept-Language',
    });
    res.end(html);
  });

  // Files are read once, on first request, and kept: they change only with a new release.
  const files = new Map<string, Promise<StaticFile>>();
  const serve = (route: string, load: () => Promise<StaticFile>) => {
    server.get(route, async (req: Request, res: Response) => {
      if (!files.has(route)) files.set(route, load());
      try {
        await sendStaticFile(req, res, await (files.get(route) as Promise<StaticFile>));
      } catch (error) {
        files.delete(route);
        logger.error({ err: error, route }, 'static file could not be served');
        if (!res.headersSent) {
          res.status(500);
          res.json({ code: 'InternalError', message: 'The file could not be served.' });
        }
      }
    });
  };
  const version = webChatVersion();
  const release = `${version}-${process.pid}-${Date.now()}`;
  serve(`${ASSETS_PATH}/botframework-webchat.js`, () =>
    loadStaticFile(WEB_CHAT_BUNDLE, 'application/javascript; charset=utf-8', { etag: `webchat-${version}`, cacheControl: 'public, max-age=86400' }),
  );
  serve(`${ASSETS_PATH}/chat.js`, () => loadStaticFile(resolve(WEB_DIR, 'chat.js'), 'application/javascript; charset=utf-8', { etag: `chat-${release}`, cacheControl: 'no-cache' }));
  serve(`${ASSETS_PATH}/chat.css`, () => loadStaticFile(resolve(WEB_DIR, 'chat.css'), 'text/css; charset=utf-8', { etag: `css-${release}`, cacheControl: 'no-cache' }));
  const strings = JSON.stringify(widgetStrings(dependencies.i18n)).replace(/</g, '\\u003c');
  serve('/widget.js', () =>
    loadStaticFile(resolve(WEB_DIR, 'widget.js'), 'application/javascript; charset=utf-8', {
      etag: `widget-${release}`,
      // Partner pages load it on every visit: short caching keeps a fix quick to reach them.
      cacheControl: 'public, max-age=300',
      transform: (source) => source.replace('/*@widget-strings*/ null', strings),
    }),
  );

  logger.debug({ localDirectLine: startLocal !== null ? LOCAL_DIRECT_LINE_PATH : 'off', directLineService: config.DIRECT_LINE_SECRET !== '' }, 'web chat mounted');
}
