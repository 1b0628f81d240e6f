// Bot Framework authentication as botbuilder does it, with one correction: a
// token that fails its signature, expiry or format check is refused with 401
// like any other invalid token (botbuilder lets jsonwebtoken's own errors
// through, and CloudAdapter turns those into 500).
import { AuthenticationError, BotFrameworkAuthentication, type AuthenticateRequestResult, type ClaimsIdentity } from 'botframework-connector';
import type { Activity } from 'botbuilder';

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
