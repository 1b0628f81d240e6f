// Bot Framework authentication as botbuilder does it, with two corrections: a
// token that fails its signature, expiry or format check is refused with 401
// like any other invalid token (botbuilder lets jsonwebtoken's own errors
// through, and CloudAdapter turns those into 500); and the connector clients
// it makes for replies give up on a channel that does not answer.
import { AuthenticationError, BotFrameworkAuthentication, type AuthenticateRequestResult, type ClaimsIdentity, type ConnectorFactory } from 'botframework-connector';
import { CloudAdapter, type Activity, type InvokeResponse, type TurnContext } from 'botbuilder';
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

export class StrictBotFrameworkAuthentication extends BotFrameworkAuthentication {
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
    return this.timedFactory(this.inner.createConnectorFactory(claimsIdentity));
  }

  /** CloudAdapter replies through the factory that comes with the authentication result. */
  private timed(result: AuthenticateRequestResult): AuthenticateRequestResult {
    return result.connectorFactory ? { ...result, connectorFactory: this.timedFactory(result.connectorFactory) } : result;
  }

  private timedFactory(factory: ConnectorFactory): ConnectorFactory {
    return this.channelTimeoutMs ? new TimedConnectorFactory(factory, this.channelTimeoutMs) : factory;
  }

  createUserTokenClient(claimsIdentity: ClaimsIdentity) {
    return this.inner.createUserTokenClient(claimsIdentity);
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
