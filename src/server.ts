// The HTTP edge (restify): the Bot Framework endpoint, health probes, body
// limits and the bookkeeping a graceful shutdown needs.
import restify, { type Request, type Response, type Server, type ServerOptions } from 'restify';
import type { ActivityHandler, Response as BotFrameworkResponse } from 'botbuilder';
import type { QuietCloudAdapter } from './authentication.js';
import type { i18n } from 'i18next';
import type { Config } from './config.js';
import { getAndHead, readJsonBody, sendError, sendJson } from './http.js';
import { checkIncomingActivity, checkUnauthenticatedReplyAddress } from './incomingActivity.js';
import type { Logger } from './logger.js';
import { mountWebChat, type WebChatConfig } from './web/webChat.js';

export interface Readiness {
  /** True once everything the bot needs (strings, knowledge index, state) is loaded. */
  isReady(): boolean;
  /** Whether the state store takes writes (it may try one); absent: always. /readyz is 503 while it does not. */
  storageAvailable?(): Promise<boolean>;
}

export interface ServerDependencies {
  config: Pick<Config, 'MAX_BODY_BYTES'> & WebChatConfig;
  adapter: QuietCloudAdapter;
  bot: ActivityHandler;
  /** UI strings, for the web chat page. */
  i18n: i18n;
  logger: Logger;
  readiness: Readiness;
}

export interface BotServer {
  server: Server;
  /** Stops accepting connections and waits (bounded) for requests in flight. */
  drain(timeoutMs: number): Promise<boolean>;
}

/**
 * The response as CloudAdapter writes it, except its errors: it answers a
 * failed authentication or an internal failure with the error's own message
 * as plain text (a library's internals, a host name); the client gets our
 * short JSON error instead.
 */
function withJsonErrors(res: Response): BotFrameworkResponse {
  let status = 200;
  let answered = false;
  const answer = (body?: unknown) => {
    if (answered) return;
    answered = true;
    if (status === 401) return sendError(res, 401, 'Unauthorized', 'The request does not carry a valid Bot Framework token.');
    if (status >= 500) return sendError(res, status, 'InternalError', 'The activity could not be processed.');
    res.status(status);
    if (body === undefined) res.end();
    else res.send(body);
  };
  return {
    socket: res.socket,
    header: (name: string, value: unknown) => res.header(name, value as string),
    status: (code: number) => {
      status = code;
    },
    send: (body?: unknown) => answer(body),
    end: () => answer(),
  };
}

/**
 * The logger restify writes its own records with (a response it could not
 * format, traces): ours, with the request and response reduced to method, URL
 * and status. restify hands it the whole request object, raw headers and
 * bearer tokens included. (restify 11 logs through pino; its types still say bunyan.)
 */
export function restifyLogger(logger: Logger): Logger {
  return logger.child({ component: 'restify' }, {
    serializers: {
      req: (req: Request) => ({ method: req.method, url: req.url }),
      res: (res: Response) => ({ statusCode: res.statusCode }),
    },
  });
}

/** No Content-Encoding, or only `identity`. */
export function isIdentityEncoding(header: string | string[] | undefined): boolean {
  const values = Array.isArray(header) ? header.join(',') : (header ?? '');
  return values.split(',').every((value) => ['', 'identity'].includes(value.trim().toLowerCase()));
}

export function createServer({ config, adapter, bot, i18n, logger, readiness }: ServerDependencies): BotServer {
  const server = restify.createServer({ name: 'brics-partner-bot', handleUncaughtExceptions: false, log: restifyLogger(logger) as unknown as ServerOptions['log'] });
  let inFlight = 0;
  const idleWaiters: Array<() => void> = [];

  // A request is in flight until its response is written or its connection dies:
  // `req` 'close' fires as soon as the body is read (Node 16+), long before the turn ends.
  server.pre((_req: Request, res: Response, next) => {
    inFlight += 1;
    let finished = false;
    const done = () => {
      if (finished) return;
      finished = true;
      inFlight -= 1;
      if (inFlight === 0) idleWaiters.splice(0).forEach((resolve) => resolve());
    };
    res.once('finish', done);
    res.once('close', done);
    next();
  });
  // restify's body reader inflates compressed bodies and counts only the compressed bytes
  // against maxBodySize, before any route or authentication runs. No channel compresses
  // what it posts: refuse any encoding before a byte of the body is read.
  server.pre((req: Request, res: Response, next) => {
    if (isIdentityEncoding(req.headers['content-encoding'])) {
      // The body reader knows only gzip and deflate and refuses even `identity`: it reads the body as it is.
      delete req.headers['content-encoding'];
      return next();
    }
    res.header('Connection', 'close');
    sendError(res, 415, 'UnsupportedMediaType', 'Send the body without Content-Encoding (identity).');
    return next(false);
  });
  server.use(restify.plugins.bodyReader({ maxBodySize: config.MAX_BODY_BYTES }));

  getAndHead(server, '/healthz', async (_req: Request, res: Response) => {
    sendJson(res, 200, { status: 'ok' });
  });

  getAndHead(server, '/readyz', async (_req: Request, res: Response) => {
    if (!readiness.isReady()) return sendJson(res, 503, { status: 'starting' });
    const available = (await readiness.storageAvailable?.()) ?? true;
    sendJson(res, available ? 200 : 503, { status: available ? 'ready' : 'storageUnavailable' });
  });

  server.post('/api/messages', async (req: Request, res: Response) => {
    if (!readiness.isReady()) return sendError(res, 503, 'NotReady', 'The bot is starting; try again in a moment.', { 'Retry-After': '1' });
    // Every channel posts JSON; anything else is refused before it is read as an activity.
    if (!/^application\/json\s*(;|$)/i.test(req.header('content-type') ?? '')) {
      return sendError(res, 415, 'UnsupportedMediaType', 'Send the activity as application/json.');
    }
    const body = readJsonBody(req);
    if (!body.ok) return sendError(res, 400, 'InvalidJson', 'The body is not valid JSON.');
    const check = checkIncomingActivity(body.value);
    if (!check.ok) return sendError(res, 400, 'InvalidActivity', check.message);
    const replyAddress = config.MicrosoftAppId ? null : checkUnauthenticatedReplyAddress(check.activity);
    if (replyAddress && !replyAddress.ok) return sendError(res, 400, 'ServiceUrlNotAllowed', replyAddress.message);
    req.body = check.activity;
    try {
      const response = await adapter.processCheckedActivity(req.header('authorization') ?? '', check.activity, (context) => bot.run(context));
      // As CloudAdapter.process ends it: the invoke response's status and body, else 200.
      const answer = withJsonErrors(res);
      answer.status(response?.status ?? 200);
      if (response?.body) answer.send(response.body);
      else answer.end();
    } catch (error) {
      logger.error({ err: error, activityId: check.activity.id }, 'activity could not be processed');
      if (!res.headersSent) sendError(res, 500, 'InternalError', 'The activity could not be processed.');
    }
  });

  // The chat page, the widget, Direct Line tokens and the local Direct Line endpoint (src/web/).
  mountWebChat(server, { config, adapter, bot, i18n, logger, readiness });

  server.on('restifyError', (req: Request, res: Response, error: Error & { statusCode?: number }, callback: () => void) => {
    if ((error.statusCode ?? 500) >= 500) logger.error({ err: error, url: req.url }, 'request failed');
    callback();
  });

  function drain(timeoutMs: number): Promise<boolean> {
    server.server.close();
    server.server.closeIdleConnections?.();
    if (inFlight === 0) return Promise.resolve(true);
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(false), timeoutMs);
      idleWaiters.push(() => {
        clearTimeout(timer);
        resolve(true);
      });
    });
  }

  return { server, drain };
}
