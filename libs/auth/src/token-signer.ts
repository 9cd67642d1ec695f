import { hkdfSync } from 'node:crypto';
import { jwtVerify, SignJWT, type JWTPayload } from 'jose';

const ISSUER = 'switchboard';

/** What a token is for; each purpose signs with its own key derived from the master key. */
export type TokenPurpose = 'vcc-access-token' | 'gws-session' | 'notifier-identity' | 'icws-messaging';

/** A VCC integration client's bearer token. */
export interface AccessTokenClaims {
  tenant: string;
  clientId: string;
  scopes: string[];
}

/** A signed-in agent: its GWS session cookie, and the identity the gateway vouches for to the notifier. */
export interface AgentIdentity {
  tenant: string;
  agentId: string;
  username: string;
}

/** An agent's ICWS session, as the gateway vouches for it to the notifier, which holds the session's messages. */
export interface IcwsSessionIdentity extends AgentIdentity {
  sessionId: string;
}

interface ClaimsByPurpose {
  'vcc-access-token': AccessTokenClaims;
  'gws-session': AgentIdentity;
  'notifier-identity': AgentIdentity;
  'icws-messaging': IcwsSessionIdentity;
}

const isString = (value: unknown): value is string => typeof value === 'string';

function readClaims<P extends TokenPurpose>(purpose: P, payload: JWTPayload): ClaimsByPurpose[P] | undefined {
  const { tenant } = payload;
  if (!isString(tenant) || !isString(payload.sub)) return undefined;
  if (purpose === 'vcc-access-token') {
    const scope = payload.scope;
    if (!isString(scope)) return undefined;
    return { tenant, clientId: payload.sub, scopes: scope.split(' ').filter(Boolean) } as ClaimsByPurpose[P];
  }
  const { username } = payload;
  if (!isString(username)) return undefined;
  const agent = { tenant, agentId: payload.sub, username };
  if (purpose !== 'icws-messaging') return agent as ClaimsByPurpose[P];
  const { sessionId } = payload;
  return isString(sessionId) ? ({ ...agent, sessionId } as ClaimsByPurpose[P]) : undefined;
}

/** Signs and verifies HS256 JWTs; verification fails (undefined) when forged, expired or for another purpose. */
export class TokenSigner {
  private readonly keys: Record<TokenPurpose, Uint8Array>;

  constructor(masterKey: string) {
    const derive = (purpose: TokenPurpose): Uint8Array =>
      new Uint8Array(hkdfSync('sha256', masterKey, 'switchboard', purpose, 32));
    this.keys = {
      'vcc-access-token': derive('vcc-access-token'),
      'gws-session': derive('gws-session'),
      'notifier-identity': derive('notifier-identity'),
      'icws-messaging': derive('icws-messaging'),
    };
  }

  async sign<P extends TokenPurpose>(purpose: P, claims: ClaimsByPurpose[P], ttlSeconds: number): Promise<string> {
    const { sub, extra } =
      'clientId' in claims
        ? { sub: claims.clientId, extra: { tenant: claims.tenant, scope: claims.scopes.join(' ') } }
        : {
            sub: claims.agentId,
            extra: { tenant: claims.tenant, username: claims.username, ...('sessionId' in claims ? { sessionId: claims.sessionId } : {}) },
          };
    return new SignJWT(extra)
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer(ISSUER)
      .setAudience(purpose)
      .setSubject(sub)
      .setIssuedAt()
      .setExpirationTime(Math.floor(Date.now() / 1000) + ttlSeconds)
      .sign(this.keys[purpose]);
  }

  async verify<P extends TokenPurpose>(purpose: P, token: string): Promise<ClaimsByPurpose[P] | undefined> {
    try {
      const { payload } = await jwtVerify(token, this.keys[purpose], {
        issuer: ISSUER,
        audience: purpose,
        algorithms: ['HS256'],
      });
      return readClaims(purpose, payload);
    } catch {
      return undefined;
    }
  }
}
