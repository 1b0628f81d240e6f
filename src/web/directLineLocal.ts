// A Direct Line 3.0-compatible endpoint served by the bot itself, so the page
// runs with the standard Direct Line client and no Azure account: start a
// conversation, post activities, read them back from a watermark (polling; no
// WebSocket). Only in local mode: it is never mounted when MicrosoftAppId is set.
//
// Each posted activity goes through the app's own CloudAdapter and bot with
// deliveryMode "expectReplies": the replies come back from the turn itself,
// so no connector routes (and no loopback call back into this server) are needed,
// and the adapter's middleware and turn-error handling apply as on /api/messages.
import type { Activity, ActivityHandler, InvokeResponse } from 'botbuilder';
import type { QuietCloudAdapter } from '../authentication.js';
import type { Request, Response, Server } from 'restify';
import { checkIncomingActivity } from '../incomingActivity.js';
import type { Logger } from '../logger.js';
import type { Readiness } from '../server.js';
import { bearerToken, clientAddress, isObject, readJsonBody, sendError } from '../http.js';
import { boundedClientActivity, type LocalConversations } from './localConversations.js';
import { newDirectLineUserId, type LocalTokenIssuer } from './localTokens.js';
import type { RateLimiter } from '../rateLimit.js';

export const LOCAL_DIRECT_LINE_PATH = '/v3/directline';

/** The bot as this endpoint presents it in every conversation. */
export const LOCAL_BOT_ACCOUNT = Object.freeze({ id: 'brics-partner-bot', name: 'BRICS Partner Bot', role: 'bot' });

/** Channel id given to the bot: the same as Azure's Web Chat channel, so it renders for Web Chat. */
const CHANNEL_ID = 'webchat';

/** What the client may send; Web Chat posts messages and events (the join event among them). */
const ACCEPTED_TYPES = new Set(['message', 'event']);

/** Fields of a posted activity passed on to the bot; the endpoint sets the rest (ids, accounts, timestamps). */
const CLIENT_FIELDS = ['type', 'text', 'textFormat', 'locale', 'localTimestamp', 'localTimezone', 'name', 'value', 'channelData', 'entities', 'attachments', 'attachmentLayout'] as const;

export interface LocalDirectLineDependencies {
  adapter: QuietCloudAdapter;
  bot: ActivityHandler;
  logger: Logger;
  readiness: Readiness;
  tokens: LocalTokenIssuer;
  conversations: LocalConversations;
  /** Conversations (tokens) a client address may start. */
  startLimiter: RateLimiter;
  /** Activities a conversation may post. */
  postLimiter: RateLimiter;
  /** Reads of a conversation's activities. */
  readLimiter: RateLimiter;
  trustedProxyHops: number;
}

export interface LocalSession {
  conversationId: string;
  token: string;
  expiresIn: number;
  userId: string;
}

/** Opens a conversation for a new `dl_` user and signs a token for it. */
export function startLocalSession(dependencies: Pick<LocalDirectLineDependencies, 'tokens' | 'conversations'>): LocalSession {
  const userId = newDirectLineUserId();
  const conversation = dependencies.conversations.create(userId);
  const { token, expiresIn } = dependencies.tokens.issue({ user: userId, conv: conversation.id });
  return { conversationId: conversation.id, token, expiresIn, userId };
}

/** The service's wire shape for a conversation or a token. */
function conversationBody(session: Pick<LocalSession, 'conversationId' | 'token' | 'expiresIn'>): Record<string, unknown> {
  return { conversationId: session.conversationId, token: session.token, expires_in: session.expiresIn };
}

type Handler = (req: Request, res: Response) => Promise<void>;

export function mountLocalDirectLine(server: Server, dependencies: LocalDirectLineDependencies): void {
  const { adapter, bot, logger, readiness, tokens, conversations } = dependencies;
  const base = LOCAL_DIRECT_LINE_PATH;

  /** Counts a new conversation against the client's allowance; answers 429 and returns false when spent. */
  const mayStart = (req: Request, res: Response): boolean => {
    const decision = dependencies.startLimiter.take(clientAddress(req, dependencies.trustedProxyHops));
    if (!decision.allowed) sendError(res, 429, 'TooManyRequests', 'Too many conversations started from this address; try again later.', { 'Retry-After': String(decision.retryAfterSeconds) });
    return decision.allowed;
  };

  /** The conversation named in the path, if the bearer token opens it; otherwise the answer is sent. */
  const authorize = (req: Request, res: Response): { conversationId: string; userId: string; token: string; exp: number } | null => {
    const conversationId = String(req.params?.conversationId ?? '');
    const conversation = conversations.get(conversationId);
    if (!conversation) {
      sendError(res, 404, 'ConversationNotFound', 'There is no such conversation (it may have expired); start a new one.');
      return null;
    }
    const token = bearerToken(req);
    const claims = token ? tokens.verify(token) : null;
    if (!token || !claims) {
      sendError(res, token ? 403 : 401, token ? 'TokenInvalid' : 'TokenMissing', token ? 'The token is invalid or has expired.' : 'An "Authorization: Bearer <token>" header is required.');
      return null;
    }
    if (claims.conv !== conversation.id) {
      sendError(res, 403, 'TokenInvalid', 'The token does not open this conversation.');
      return null;
    }
    return { conversationId: conversation.id, userId: claims.user, token, exp: claims.exp };
  };

  const generateToken: Handler = async (req, res) => {
    if (!mayStart(req, res)) return;
    res.json(conversationBody(startLocalSession(dependencies)));
  };

  const refreshToken: Handler = async (req, res) => {
    const token = bearerToken(req);
    const claims = token ? tokens.verify(token) : null;
    if (!claims || !conversations.get(claims.conv)) return sendError(res, 403, 'TokenInvalid', 'The token is invalid or has expired.');
    const fresh = tokens.issue({ user: claims.user, conv: claims.conv });
    res.json(conversationBody({ conversationId: claims.conv, ...fresh }));
  };

  const startConversation: Handler = async (req, res) => {
    const token = bearerToken(req);
    if (token === null) {
      // No token: a new user and conversation, as the service does for a secret.
      if (!mayStart(req, res)) return;
      res.status(201);
      res.json(conversationBody(startLocalSession(dependencies)));
      return;
    }
    const claims = tokens.verify(token);
    if (!claims) return sendError(res, 403, 'TokenInvalid', 'The token is invalid or has expired.');
    if (!conversations.get(claims.conv)) return sendError(res, 404, 'ConversationNotFound', 'The conversation of this token has expired; start a new one.');
    res.status(201);
    res.json(conversationBody({ conversationId: claims.conv, token, expiresIn: secondsUntil(claims.exp) }));
  };

  const reconnect: Handler = async (req, res) => {
    const access = authorize(req, res);
    if (!access) return;
    res.json(conversationBody({ conversationId: access.conversationId, token: access.token, expiresIn: secondsUntil(access.exp) }));
  };

  const getActivities: Handler = async (req, res) => {
    const access = authorize(req, res);
    if (!access) return;
    // Web Chat polls twice a second; a read limit keeps a client from making the server copy transcripts in a loop.
    const decision = dependencies.readLimiter.take(access.conversationId);
    if (!decision.allowed) return sendError(res, 429, 'TooManyRequests', 'Too many reads of this conversation; wait a moment.', { 'Retry-After': String(decision.retryAfterSeconds) });
    const given = new URL(req.url ?? '', 'http://local').searchParams.getAll('watermark');
    if (given.length > 1) return sendError(res, 400, 'BadArgument', 'Give one "watermark".');
    const text = given[0]?.trim() ?? '';
    if (text !== '' && !/^\d{1,9}$/.test(text)) return sendError(res, 400, 'BadArgument', '"watermark" must be a whole number, as returned by the previous read.');
    const page = conversations.read(access.conversationId, text === '' ? null : Number(text));
    if (!page) return sendError(res, 404, 'ConversationNotFound', 'There is no such conversation (it may have expired); start a new one.');
    res.header('Cache-Control', 'no-store');
    res.json(page);
  };

  const postActivity: Handler = async (req, res) => {
    if (!readiness.isReady()) return sendError(res, 503, 'NotReady', 'The bot is starting; try again in a moment.', { 'Retry-After': '1' });
    const access = authorize(req, res);
    if (!access) return;
    const body = readJsonBody(req);
    if (!body.ok) return sendError(res, 400, 'InvalidJson', 'The body is not valid JSON.');
    if (!isObject(body.value)) return sendError(res, 400, 'InvalidActivity', 'The body must be a JSON object (an activity).');
    const posted = body.value;
    if (typeof posted.type !== 'string' || !ACCEPTED_TYPES.has(posted.type)) return sendError(res, 400, 'InvalidActivity', 'The activity "type" must be "message" or "event".');
    const decision = dependencies.postLimiter.take(access.conversationId);
    if (!decision.allowed) return sendError(res, 429, 'TooManyRequests', 'Too many messages in this conversation; wait a moment.', { 'Retry-After': String(decision.retryAfterSeconds) });

    const fromName = isObject(posted.from) && typeof posted.from.name === 'string' ? posted.from.name.slice(0, 100) : undefined;
    const incoming: Record<string, unknown> = {};
    for (const field of CLIENT_FIELDS) if (posted[field] !== undefined) incoming[field] = posted[field];
    Object.assign(incoming, {
      channelId: CHANNEL_ID,
      timestamp: new Date().toISOString(),
      // The user id comes from the token, never from the body, as with the service.
      from: { id: access.userId, ...(fromName ? { name: fromName } : {}), role: 'user' },
      recipient: { ...LOCAL_BOT_ACCOUNT },
      conversation: { id: access.conversationId },
    });
    // Checked as the bot will get it: with the replies asked for in the turn's response.
    const delivery = { serviceUrl: localServiceUrl(req), deliveryMode: 'expectReplies' };
    const check = checkIncomingActivity({ ...incoming, ...delivery });
    if (!check.ok) return sendError(res, 400, 'InvalidActivity', check.message);

    // In the transcript first, as the service does: the client sees its own activity echoed
    // (bounded in size there; the bot gets the whole activity).
    const stored = conversations.append(access.conversationId, boundedClientActivity(incoming));
    const turn = await runTurn({ ...incoming, id: stored.id, ...delivery } as unknown as Activity);
    if (turn.status >= 400 || !turn.replies) {
      logger.error({ status: turn.status, conversationId: access.conversationId, activityId: stored.id }, 'local Direct Line: the bot did not accept the activity');
      return sendError(res, 502, 'BotError', 'The bot could not process the activity.');
    }
    for (const reply of turn.replies) {
      if (reply.type === 'trace' || reply.type === 'invokeResponse') continue;
      // Forgotten during the turn (the least recently used give way when the transcripts are full).
      if (!conversations.get(access.conversationId)) break;
      conversations.append(access.conversationId, {
        ...reply,
        channelId: CHANNEL_ID,
        timestamp: new Date().toISOString(),
        from: { ...LOCAL_BOT_ACCOUNT },
        recipient: { id: access.userId, role: 'user' },
        conversation: { id: access.conversationId },
        replyToId: typeof reply.replyToId === 'string' ? reply.replyToId : stored.id,
        serviceUrl: undefined,
      });
    }
    res.json({ id: stored.id });
  };

  /** One turn of the real adapter and bot, replies collected from the expectReplies body. */
  async function runTurn(activity: Activity): Promise<{ status: number; replies: Record<string, unknown>[] | null }> {
    let response: InvokeResponse | undefined;
    try {
      response = await adapter.processCheckedActivity('', activity, (context) => bot.run(context));
    } catch (error) {
      logger.error({ err: error, activityId: activity.id }, 'local Direct Line: turn failed');
      return { status: 500, replies: null };
    }
    const status = response?.status ?? 200;
    const body: unknown = response?.body;
    const replies = isObject(body) && Array.isArray(body.activities) ? body.activities.filter(isObject) : status < 400 ? [] : null;
    return { status, replies };
  }

  server.post(`${base}/tokens/generate`, generateToken);
  server.post(`${base}/tokens/refresh`, refreshToken);
  server.post(`${base}/conversations`, startConversation);
  server.get(`${base}/conversations/:conversationId`, reconnect);
  server.get(`${base}/conversations/:conversationId/activities`, getActivities);
  server.post(`${base}/conversations/:conversationId/activities`, postActivity);
}

/** Seconds from now until `exp` (seconds since the epoch), never negative. */
function secondsUntil(exp: number): number {
  return Math.max(0, exp - Math.floor(Date.now() / 1000));
}

/**
 * The serviceUrl the bot is given. With expectReplies the adapter never calls
 * it; it names this endpoint on loopback so a stray call could not leave the machine.
 */
function localServiceUrl(req: Request): string {
  const port = req.socket?.localPort;
  return `http://127.0.0.1${port ? `:${port}` : ''}${LOCAL_DIRECT_LINE_PATH}/`;
}
