import { hkdfSync } from 'node:crypto';
import { jwtVerify, SignJWT, type JWTPayload, type JWTVerifyOptions } from 'jose';
import { ExpiringLru } from './expiring-lru.js';

const ISSUER = 'switchboard';

/** How many verified tokens, and how many reused signed ones, a signer remembers (each an LRU of its own). */
export const REMEMBERED_TOKENS = 50_000;
/** A verified token is verified again after this long, however long it is valid: a bound on trusting memory. */
const REVERIFY_AFTER_MS = 5 * 60_000;

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

/** jose's `jwtVerify` as the signer calls it; tests pass a spy. */
export type JwtVerifier = (
  token: string,
  key: Uint8Array,
  options: JWTVerifyOptions,
) => Promise<{ payload: JWTPayload }>;

export interface TokenSignerOptions {
  /** The clock, in milliseconds since the epoch: both for signing and for checking expiry. */
  now?: () => number;
  verifyJwt?: JwtVerifier;
  /** How many tokens each of the signer's two memories holds. */
  maxTokens?: number;
}

type AnyClaims = ClaimsByPurpose[TokenPurpose];

/**
 * Signs and verifies HS256 JWTs; verification fails (undefined) when forged, expired or for another purpose.
 * A token verified once is remembered until it expires (or for a few minutes at most), so a session cookie or
 * identity presented on every request and every CometD poll costs one HMAC verification, not one per request:
 * WebCrypto verification was 28–55 % of the gateway's and the notifier's busy time under load. Only successful
 * verifications are remembered, keyed by the whole token and its purpose, so a forged, altered or expired token
 * still goes to jose and is refused.
 */
export class TokenSigner {
  private readonly keys: Record<TokenPurpose, Uint8Array>;
  private readonly now: () => number;
  private readonly verifyJwt: JwtVerifier;
  private readonly verified: ExpiringLru<AnyClaims>;
  private readonly reused: ExpiringLru<string>;

  constructor(
    masterKey: string,
    { now = Date.now, verifyJwt = jwtVerify, maxTokens = REMEMBERED_TOKENS }: TokenSignerOptions = {},
  ) {
    this.now = now;
    this.verifyJwt = verifyJwt;
    this.verified = new ExpiringLru(maxTokens, now);
    this.reused = new ExpiringLru(maxTokens, now);
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
    const issuedAt = Math.floor(this.now() / 1000);
    const { sub, extra } =
      'clientId' in claims
        ? { sub: claims.clientId, extra: { tenant: claims.tenant, scope: claims.scopes.join(' ') } }
        : {
            sub: claims.agentId,
            extra: {
              tenant: claims.tenant,
              username: claims.username,
              ...('sessionId' in claims ? { sessionId: claims.sessionId } : {}),
            },
          };
    return new SignJWT(extra)
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer(ISSUER)
      .setAudience(purpose)
      .setSubject(sub)
      .setIssuedAt(issuedAt)
      .setExpirationTime(issuedAt + ttlSeconds)
      .sign(this.keys[purpose]);
  }

  /**
   * A token for these claims, the same one while more than half its lifetime remains: for an identity vouched for
   * on every request (the gateway's to the notifier, on each CometD poll), signed once per half lifetime rather
   * than per request. What receives it still has at least half the lifetime left.
   */
  async signReused<P extends TokenPurpose>(
    purpose: P,
    claims: ClaimsByPurpose[P],
    ttlSeconds: number,
  ): Promise<string> {
    const key = `${purpose} ${JSON.stringify(claims)}`;
    const remembered = this.reused.get(key);
    if (remembered !== undefined) return remembered;
    const signedAt = this.now();
    const token = await this.sign(purpose, claims, ttlSeconds);
    this.reused.set(key, token, signedAt + (ttlSeconds * 1000) / 2);
    return token;
  }

  async verify<P extends TokenPurpose>(purpose: P, token: string): Promise<ClaimsByPurpose[P] | undefined> {
    const key = `${purpose} ${token}`;
    // the key holds the purpose, so what is remembered under it was read for that purpose
    const remembered = this.verified.get(key) as ClaimsByPurpose[P] | undefined;
    if (remembered !== undefined) return remembered;
    let payload: JWTPayload;
    try {
      ({ payload } = await this.verifyJwt(token, this.keys[purpose], {
        issuer: ISSUER,
        audience: purpose,
        algorithms: ['HS256'],
        currentDate: new Date(this.now()),
      }));
    } catch {
      return undefined;
    }
    const claims = readClaims(purpose, payload);
    // jose takes a token as expired from the second of its exp on; every token signed here has one
    if (claims !== undefined && payload.exp !== undefined) {
      // shared by every caller from now on: frozen, so that none can change what the others are answered
      const shared: AnyClaims = claims;
      if ('scopes' in shared) Object.freeze(shared.scopes);
      this.verified.set(key, Object.freeze(shared), Math.min(payload.exp * 1000, this.now() + REVERIFY_AFTER_MS));
    }
    return claims;
  }
}
