import type { IncomingHttpHeaders } from 'node:http';
import { Injectable } from '@nestjs/common';
import { TokenSigner, type AgentIdentity } from '@switchboard/auth';
import { cookieValue } from './cookies.js';
import { SecretVerifier } from './secret-verifier.js';
import { TenantDirectory } from './tenant-directory.js';

/** GWS's session cookie: issued on a successful Basic sign-in, accepted instead of Basic afterwards. */
export const SESSION_COOKIE = 'JSESSIONID';
export const SESSION_TTL_SECONDS = 12 * 3600;

export interface AgentAuthentication {
  identity: AgentIdentity;
  /** Set when the agent signed in with Basic credentials: the session cookie to hand back. */
  newSession?: string;
  /** The session cookie the request came with, if any (whatever authenticated it). */
  presentedSession?: string;
}

/** Basic credentials from an Authorization header, when it carries them. */
export function basicCredentials(header: string | undefined): { username: string; password: string } | undefined {
  const match = /^Basic\s+(\S+)$/i.exec(header ?? '');
  if (!match?.[1]) return undefined;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return undefined;
  return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

/** Authenticates an agent from Basic credentials, or else from its session cookie. */
@Injectable()
export class AgentAuthenticator {
  constructor(
    private readonly directory: TenantDirectory,
    private readonly verifier: SecretVerifier,
    private readonly signer: TokenSigner,
  ) {}

  /**
   * A Basic sign-in is handed a new session only when it did not present a valid one of its own (a desktop
   * that sends both on every call, CometD polls included, is not re-issued a token each time); `issueSession:
   * false` where no answer will carry the cookie.
   */
  async authenticate(
    headers: IncomingHttpHeaders,
    { issueSession = true } = {},
  ): Promise<AgentAuthentication | undefined> {
    const session = cookieValue(headers.cookie, SESSION_COOKIE);
    const presented = session === undefined ? {} : { presentedSession: session };
    // verified only where its answer is used: not on a Basic request that will not be issued a session (CometD polls)
    const sessionIdentity = async () =>
      session === undefined ? undefined : this.stillConfigured(await this.signer.verify('gws-session', session));
    const basic = basicCredentials(headers.authorization);
    if (basic) {
      const agent = this.directory.agent(basic.username);
      if (!agent || !(await this.verifier.verify(basic.password, agent.passwordHash))) return undefined;
      const identity = { tenant: agent.tenant, agentId: agent.id, username: agent.username };
      if (!issueSession) return { identity, ...presented };
      const own = await sessionIdentity();
      if (own?.tenant === identity.tenant && own.agentId === identity.agentId) return { identity, ...presented };
      return {
        identity,
        newSession: await this.signer.sign('gws-session', identity, SESSION_TTL_SECONDS),
        ...presented,
      };
    }
    const identity = await sessionIdentity();
    return identity ? { identity, ...presented } : undefined;
  }

  /**
   * A session names an agent as it was at sign-in: it holds only while the directory still has that agent under that
   * username — an agent removed through the admin API (or renamed, or its username given to another) signs in again.
   */
  private stillConfigured(identity: AgentIdentity | undefined): AgentIdentity | undefined {
    if (identity === undefined) return undefined;
    return this.directory.agentIn(identity.tenant, identity.username)?.id === identity.agentId ? identity : undefined;
  }

  sessionCookie(token: string): string {
    return `${SESSION_COOKIE}=${token}; Path=/; HttpOnly; SameSite=Lax; Max-Age=${SESSION_TTL_SECONDS}`;
  }
}
