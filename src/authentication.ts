// Bot Framework authentication as botbuilder does it, with two corrections and
// one saving: a token that fails its signature, expiry or format check is
// refused with 401 like any other invalid token (botbuilder lets jsonwebtoken's
// own errors through, and CloudAdapter turns those into 500); the connector
// clients it makes for replies give up on a channel that does not answer; and
// those clients (and the user-token client) are made once and reused across turns.
import {
  AuthenticationConstants,
  AuthenticationError,
  BotFrameworkAuthentication,
  ConnectorFactory,
  type AuthenticateRequestResult,
  type ClaimsIdentity,
  type ConnectorClient,
  type UserTokenClient,
} from 'botframework-connector';
import { CloudAdapter, type Activity, type InvokeResponse, type TurnContext } from 'botbuilder';
import { validateAndFixActivity } from 'botbuilder/lib/activityValidator.js';
import { LRUCache } from 'lru-cache';
import { TimedConnectorFactory } from './channelTimeout.js';
import type { Logger } from './logger.js';

/** jsonwebtoken's errors for a token that is not valid (TokenExpiredError and NotBeforeError extend JsonWebTokenError). */
const INVALID_TOKEN_ERRORS = new Set(['JsonWebTokenError', 'TokenExpiredError', 'NotBeforeError']);

function refuseInvalidTokens<T>(check: Promise<T>): Promise<T> {
  return check.catch((error: unknown) => {
    if (error instanceof Error && INVALID_TOKEN_ERRORS.has(error.name)) throw new AuthenticationError(`Unauthorized: ${error.message}`, 401);
    throw error;
  });
}

/** Distinct (app id, service URL, audience) clients kept at once: channels have a few service URLs each. */
export const MAX_REUSED_CLIENTS = 64;

/**
 * Clients by key, the least recently used dropped past `limit`. A promise is
 * kept, so turns that arrive together share the first one's client; a
 * failed creation is forgotten and tried again by the next turn.
 */
class ClientPool<T> {
  private readonly entries: LRUCache<string, Promise<T>>;

  constructor(limit: number) {
    this.entries = new LRUCache({ max: limit });
  }

  get(key: string, create: () => Promise<T>): Promise<T> {
    const found = this.entries.get(key);
    if (found) return found;
    const created = create();
    this.entries.set(key, created);
    created.catch(() => {
      if (this.entries.peek(key) === created) this.entries.delete(key);
    });
    return created;
  }
}

/**
 * The bot's app id a claims identity is for, as botbuilder reads it to make
 * the connector factory and the user-token client: the token's audience (a
 * channel), else its appid claim (the Emulator); none when authentication is off.
 */
function appIdOf(claimsIdentity: ClaimsIdentity): string {
  return claimsIdentity.getClaimValue(AuthenticationConstants.AudienceClaim) ?? claimsIdentity.getClaimValue(AuthenticationConstants.AppIdClaim) ?? '';
}

/**
 * botbuilder's factory makes a new ConnectorClient (credentials, HTTP
 * pipeline) for every turn; this one hands out the client already made for
 * the same app id, service URL and audience. botbuilder's factory depends on
 * nothing else (the rest is fixed configuration), and a ConnectorClient holds
 * no per-turn state: its token comes from botbuilder's process-wide cache.
 */
class ReusingConnectorFactory extends ConnectorFactory {
  constructor(private readonly inner: ConnectorFactory, private readonly appId: string, private readonly pool: ClientPool<ConnectorClient>) {
    super();
  }

  create(serviceUrl: string, audience?: string): Promise<ConnectorClient> {
    return this.pool.get(JSON.stringify([this.appId, serviceUrl, audience ?? null]), () => this.inner.create(serviceUrl, audience));
  }
}

export class StrictBotFrameworkAuthentication extends BotFrameworkAuthentication {
  private readonly connectorClients = new ClientPool<ConnectorClient>(MAX_REUSED_CLIENTS);
  private readonly userTokenClients = new ClientPool<UserTokenClient>(MAX_REUSED_CLIENTS);

  /** `channelTimeoutMs`: the longest one outbound call to a channel may take. */
  constructor(private readonly inner: BotFrameworkAuthentication, private readonly channelTimeoutMs?: number) {
    super();
  }

  async authenticateRequest(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    return this.timed(await refuseInvalidTokens(this.inner.authenticateRequest(activity, authHeader)));
  }

  async authenticateStreamingRequest(authHeader: string, channelIdHeader: string): Promise<AuthenticateRequestResult> {
    return this.timed(await refuseInvalidTokens(this.inner.authenticateStreamingRequest(authHeader, channelIdHeader)));
  }

  override authenticateChannelRequest(authHeader: string): Promise<ClaimsIdentity> {
    return refuseInvalidTokens(this.inner.authenticateChannelRequest(authHeader));
  }

  createConnectorFactory(claimsIdentity: ClaimsIdentity): ConnectorFactory {
    return this.reusedFactory(this.inner.createConnectorFactory(claimsIdentity), claimsIdentity);
  }

  /** CloudAdapter replies through the factory that comes with the authentication result. */
  private timed(result: AuthenticateRequestResult): AuthenticateRequestResult {
    return result.connectorFactory ? { ...result, connectorFactory: this.reusedFactory(result.connectorFactory, result.claimsIdentity) } : result;
  }

  /** Bounded (the timeout policy is added once, when a client is made), then shared. */
  private reusedFactory(factory: ConnectorFactory, claimsIdentity: ClaimsIdentity): ConnectorFactory {
    const timed = this.channelTimeoutMs ? new TimedConnectorFactory(factory, this.channelTimeoutMs) : factory;
    return new ReusingConnectorFactory(timed, appIdOf(claimsIdentity), this.connectorClients);
  }

  /** One per app id: botbuilder's depends on nothing else, and CloudAdapter asks for one every turn. */
  createUserTokenClient(claimsIdentity: ClaimsIdentity): Promise<UserTokenClient> {
    return this.userTokenClients.get(appIdOf(claimsIdentity), () => this.inner.createUserTokenClient(claimsIdentity));
  }

  override createBotFrameworkClient() {
    return this.inner.createBotFrameworkClient();
  }

  override getOriginatingAudience(): string {
    return this.inner.getOriginatingAudience();
  }
}

/**
 * CloudAdapter, except for a refused request: CloudAdapter prints each one
 * with console.error, a multi-line stack on every request without a valid
 * token (routine on a public endpoint). It is logged through pino at debug
 * instead and answered 401 as before.
 */
export class QuietCloudAdapter extends CloudAdapter {
  constructor(authentication: BotFrameworkAuthentication, private readonly logger: Logger) {
    super(authentication);
  }

  /**
   * The turn for an activity the server has read and checked itself
   * (src/incomingActivity.ts), as `process` runs it once its own checks pass.
   * `process` re-checks the request, the response object and the body with zod
   * schemas it builds anew on every request: 4–5 % of the bot's CPU under load
   * (a profile of the bench's load), for checks already made.
   */
  async processCheckedActivity(authorization: string, activity: Activity, logic: (context: TurnContext) => Promise<void>): Promise<InvokeResponse | undefined> {
    return this.processActivity(authorization, validateAndFixActivity(activity), logic);
  }

  protected override async processActivity(authorization: string | AuthenticateRequestResult, activity: Activity, logic: (context: TurnContext) => Promise<void>): Promise<InvokeResponse | undefined> {
    try {
      return await super.processActivity(authorization as string, activity, logic);
    } catch (error) {
      if (!(error instanceof AuthenticationError)) throw error;
      this.logger.debug({ err: error, activityId: activity?.id }, 'request refused: authentication failed');
      return { status: 401 };
    }
  }
}
