// Bot Framework authentication as botbuilder does it, with one correction: a
// token that fails its signature, expiry or format check is refused with 401
// like any other invalid token (botbuilder lets jsonwebtoken's own errors
// through, and CloudAdapter turns those into 500).
import { AuthenticationError, BotFrameworkAuthentication, type AuthenticateRequestResult, type ClaimsIdentity } from 'botframework-connector';
import { CloudAdapter, type Activity, type InvokeResponse, type TurnContext } from 'botbuilder';
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
  constructor(private readonly inner: BotFrameworkAuthentication) {
    super();
  }

  authenticateRequest(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    return refuseInvalidTokens(this.inner.authenticateRequest(activity, authHeader));
  }

  authenticateStreamingRequest(authHeader: string, channelIdHeader: string): Promise<AuthenticateRequestResult> {
    return refuseInvalidTokens(this.inner.authenticateStreamingRequest(authHeader, channelIdHeader));
  }

  override authenticateChannelRequest(authHeader: string): Promise<ClaimsIdentity> {
    return refuseInvalidTokens(this.inner.authenticateChannelRequest(authHeader));
  }

  createConnectorFactory(claimsIdentity: ClaimsIdentity) {
    return this.inner.createConnectorFactory(claimsIdentity);
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
