import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';

export const CSRF_HEADER_NAME = 'X-CSRF-TOKEN';

/** The methods a CSRF-protected tenant's calls may make without a token (nothing changes through them). */
export const CSRF_SAFE_METHODS: ReadonlySet<string> = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * GWS CSRF tokens, stateless: a session's token is an HMAC of its session cookie, so it lives exactly as long
 * as the session, needs no store, and works on any gateway replica.
 */
export class CsrfTokens {
  private readonly key: Uint8Array;

  constructor(signingKey: string) {
    this.key = new Uint8Array(hkdfSync('sha256', signingKey, 'switchboard', 'gws-csrf', 32));
  }

  tokenFor(session: string): string {
    return createHmac('sha256', this.key).update(session).digest('base64url');
  }

  matches(session: string | undefined, token: string | undefined): boolean {
    if (session === undefined || token === undefined) return false;
    const expected = Buffer.from(this.tokenFor(session));
    const given = Buffer.from(token);
    return expected.length === given.length && timingSafeEqual(expected, given);
  }
}
