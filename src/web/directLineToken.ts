// POST /api/directline/token: what the page calls to connect. With a Direct
// Line secret configured, the server exchanges it with the Direct Line service
// for a short-lived token bound to a fresh `dl_` user (the secret never leaves
// the server); without one, in local mode, it opens a conversation on the
// bot's own local Direct Line endpoint.
import type { Request, Response, Server } from 'restify';
import type { Logger } from '../logger.js';
import { clientAddress, isObject, sendError } from '../http.js';
import { LOCAL_DIRECT_LINE_PATH, type LocalSession } from './directLineLocal.js';
import { newDirectLineUserId } from './localTokens.js';
import type { RateLimiter } from '../rateLimit.js';

export const TOKEN_PATH = '/api/directline/token';

/** What the page gets: enough to call `createDirectLine({ domain, token, webSocket })`. */
export interface ChatConnection {
  token: string;
  conversationId: string;
  userId: string;
  expiresIn: number;
  /** Direct Line base URL: the service's, or this server's local endpoint (a path on the same origin). */
  domain: string;
  /** The service streams over WebSocket; the local endpoint is polled. */
  webSocket: boolean;
}

export type DirectLineFailure = 'unreachable' | 'rejected' | 'unexpected';

export class DirectLineServiceError extends Error {
  constructor(
    readonly failure: DirectLineFailure,
    readonly status: number | null,
  ) {
    super(`Direct Line token service: ${failure}${status === null ? '' : ` (HTTP ${status})`}`);
    this.name = 'DirectLineServiceError';
  }
}

export interface ServiceTokenRequest {
  /** Origin of the Direct Line service, e.g. https://directline.botframework.com. */
  endpoint: string;
  secret: string;
  userId: string;
  /**
   * Direct Line enhanced authentication: the origins the token may be used
   * from (`trustedOrigins` in the generate request). Omitted when empty: the
   * Direct Line site's own list then applies.
   */
  trustedOrigins?: readonly string[];
  timeoutMs?: number;
}

/**
 * Asks the Direct Line service for a token (`POST /v3/directline/tokens/generate`
 * with the secret as bearer). Throws DirectLineServiceError saying what failed.
 */
export async function generateServiceToken({ endpoint, secret, userId, trustedOrigins = [], timeoutMs = 10_000 }: ServiceTokenRequest): Promise<Omit<ChatConnection, 'domain' | 'webSocket'>> {
  let response: globalThis.Response;
  try {
    response = await fetch(`${serviceBase(endpoint)}/tokens/generate`, {
      method: 'POST',
      headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ user: { id: userId }, ...(trustedOrigins.length > 0 ? { trustedOrigins } : {}) }),
      signal: AbortSignal.timeout(timeoutMs),
      redirect: 'error',
    });
  } catch {
    throw new DirectLineServiceError('unreachable', null);
  }
  if (response.status === 401 || response.status === 403) throw new DirectLineServiceError('rejected', response.status);
  if (!response.ok) throw new DirectLineServiceError('unreachable', response.status);
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    throw new DirectLineServiceError('unexpected', response.status);
  }
  if (!isObject(body) || typeof body.token !== 'string' || body.token === '' || typeof body.conversationId !== 'string') {
    throw new DirectLineServiceError('unexpected', response.status);
  }
  const expiresIn = typeof body.expires_in === 'number' && body.expires_in > 0 ? body.expires_in : 1800;
  return { token: body.token, conversationId: body.conversationId, userId, expiresIn };
}

/** `https://host/` → `https://host/v3/directline`. */
export function serviceBase(endpoint: string): string {
  return `${endpoint.replace(/\/+$/, '')}/v3/directline`;
}

export interface TokenEndpointDependencies {
  secret: string;
  endpoint: string;
  /** Sent with each token request (see ServiceTokenRequest.trustedOrigins). */
  trustedOrigins: readonly string[];
  /** Opens a local conversation, or null when the local endpoint is disabled. */
  startLocal: (() => LocalSession) | null;
  limiter: RateLimiter;
  trustedProxyHops: number;
  logger: Logger;
}

export function mountTokenEndpoint(server: Server, dependencies: TokenEndpointDependencies): void {
  const { secret, endpoint, trustedOrigins, startLocal, limiter, logger } = dependencies;

  server.post(TOKEN_PATH, async (req: Request, res: Response) => {
    res.header('Cache-Control', 'no-store');
    const decision = limiter.take(clientAddress(req, dependencies.trustedProxyHops));
    if (!decision.allowed) {
      return sendError(res, 429, 'TooManyRequests', 'Too many chat sessions started from this address; try again later.', { 'Retry-After': String(decision.retryAfterSeconds) });
    }
    if (secret !== '') {
      try {
        const session = await generateServiceToken({ endpoint, secret, userId: newDirectLineUserId(), trustedOrigins });
        const connection: ChatConnection = { ...session, domain: serviceBase(endpoint), webSocket: true };
        res.json(connection);
      } catch (error) {
        const failure = error instanceof DirectLineServiceError ? error : new DirectLineServiceError('unexpected', null);
        // Logged once here with what an operator needs; the page gets no detail of the service or the secret.
        logger.error({ failure: failure.failure, status: failure.status, endpoint }, 'Direct Line token exchange failed');
        const message =
          failure.failure === 'rejected'
            ? 'The chat service refused the bot\'s Direct Line secret; the site\'s operator needs to check it.'
            : 'The chat service could not be reached; try again in a moment.';
        sendError(res, 502, failure.failure === 'rejected' ? 'DirectLineRejected' : 'DirectLineUnavailable', message);
      }
      return;
    }
    if (startLocal) {
      const connection: ChatConnection = { ...startLocal(), domain: LOCAL_DIRECT_LINE_PATH, webSocket: false };
      res.json(connection);
      return;
    }
    sendError(res, 503, 'WebChatNotConfigured', 'Web chat is not configured on this server (DIRECT_LINE_SECRET is needed when MicrosoftAppId is set).');
  });
}
