// Tokens of the local Direct Line endpoint: JWTs signed with a key made at
// start (HMAC-SHA256), naming the user (`dl_…`) and the one conversation they
// open. JWTs because the Direct Line client reads the user id from the token,
// as it does with the service's own tokens; a restart invalidates them all.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export interface LocalTokenClaims {
  /** The user id, `dl_` and random hex, as the Direct Line service issues. */
  user: string;
  /** The conversation this token may read and post to. */
  conv: string;
  /** Expiry, seconds since the epoch. */
  exp: number;
}

export interface LocalTokenIssuer {
  issue(claims: { user: string; conv: string }): { token: string; expiresIn: number };
  /** The claims of a valid, unexpired token, else null. */
  verify(token: string): LocalTokenClaims | null;
}

const base64url = (data: Buffer | string): string => Buffer.from(data).toString('base64url');

export function createLocalTokenIssuer(lifetimeSeconds = 3600, now: () => number = Date.now): LocalTokenIssuer {
  const key = randomBytes(32);
  const header = base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
  const sign = (body: string): Buffer => createHmac('sha256', key).update(body).digest();
  return {
    issue({ user, conv }) {
      const exp = Math.floor(now() / 1000) + lifetimeSeconds;
      const body = `${header}.${base64url(JSON.stringify({ user, conv, exp }))}`;
      return { token: `${body}.${base64url(sign(body))}`, expiresIn: lifetimeSeconds };
    },
    verify(token) {
      const parts = token.split('.');
      if (parts.length !== 3) return null;
      const [head, payload, signature] = parts as [string, string, string];
      const expected = sign(`${head}.${payload}`);
      const given = Buffer.from(signature, 'base64url');
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
      let claims: unknown;
      try {
        claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
      } catch {
        return null;
      }
      const { user, conv, exp } = (claims ?? {}) as Partial<LocalTokenClaims>;
      if (typeof user !== 'string' || typeof conv !== 'string' || typeof exp !== 'number') return null;
      return exp * 1000 > now() ? { user, conv, exp } : null;
    },
  };
}

/** A user id in the Direct Line service's form: `dl_` then random hex. */
export function newDirectLineUserId(): string {
  return `dl_${randomBytes(12).toString('hex')}`;
}
