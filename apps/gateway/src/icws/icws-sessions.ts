import type { IncomingHttpHeaders } from 'node:http';
import type { IcwsSessionIdentity } from '@switchboard/auth';
import { cookieValue } from '../auth/cookies.js';
import type { DirectoryAgent, TenantDirectory } from '../auth/tenant-directory.js';
import { ApiError } from '../errors/api-error.js';
import { IcwsSessionStore } from './icws-session-store.js';
import { cookieNameOf, hashSecret, newSessionSecrets, secretMatches, type SessionSecrets } from './session-secrets.js';

export const CSRF_HEADER = 'inin-icws-csrf-token';

/** An authenticated ICWS request's session: the agent it acts as, in its tenant. */
export interface IcwsSession extends IcwsSessionIdentity {
  language: string;
}

const invalidSession = (): ApiError =>
  new ApiError('unauthorized', 'The session is not valid: sign in again at /icws/connection.');

/** Opens, checks and ends ICWS sessions: the three things every session request needs (reference C3). */
export class IcwsSessions {
  constructor(
    private readonly store: IcwsSessionStore,
    /** Who is configured now: a session holds only while its agent still is (admin API removals). */
    private readonly directory: Pick<TenantDirectory, 'agentIn'>,
  ) {}

  async open(agent: DirectoryAgent, language: string): Promise<SessionSecrets> {
    const secrets = newSessionSecrets();
    await this.store.put(secrets.sessionId, {
      tenant: agent.tenant,
      agentId: agent.id,
      username: agent.username,
      language,
      csrfHash: hashSecret(secrets.csrfToken),
      cookieHash: hashSecret(secrets.cookieSecret),
      createdAt: new Date().toISOString(),
    });
    return secrets;
  }

  /**
   * The session named in the path, when the request carries its cookie and its CSRF token; else 401. `csrfOptional`
   * is for a browser's EventSource, which cannot send headers: the token may be absent there, never wrong.
   */
  async authenticate(
    sessionId: string,
    headers: IncomingHttpHeaders,
    { csrfOptional = false } = {},
  ): Promise<IcwsSession> {
    const stored = await this.store.get(sessionId);
    if (!stored) throw invalidSession();
    if (!secretMatches(cookieValue(headers.cookie, cookieNameOf(sessionId)), stored.cookieHash)) throw invalidSession();
    const csrf = headers[CSRF_HEADER];
    const token = typeof csrf === 'string' ? csrf : undefined;
    if (!(token === undefined && csrfOptional) && !secretMatches(token, stored.csrfHash)) throw invalidSession();
    // the agent removed since (or its username given to another) signs in again, as a GWS session cookie must
    if (this.directory.agentIn(stored.tenant, stored.username)?.id !== stored.agentId) throw invalidSession();
    return {
      sessionId,
      tenant: stored.tenant,
      agentId: stored.agentId,
      username: stored.username,
      language: stored.language,
    };
  }

  async end(sessionId: string): Promise<void> {
    await this.store.delete(sessionId);
  }
}
