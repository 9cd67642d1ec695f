import { Kvm, type KV } from '@nats-io/kv';
import { ensureBucketReplicas, streamReplicas, type NatsConnection } from '@switchboard/bus';

export const SESSION_BUCKET = 'icws-sessions';
export const SESSION_TTL_MS = 12 * 3600_000;

/** An open ICWS session as stored: who it acts as, and hashes of its two secrets, never the secrets. */
export interface StoredIcwsSession {
  tenant: string;
  agentId: string;
  username: string;
  /** Accept-Language at sign-in; fixed for the session's life (reference C2). */
  language: string;
  csrfHash: string;
  cookieHash: string;
  createdAt: string;
}

/**
 * ICWS sessions in a JetStream key-value bucket, so every gateway replica serves every session and a restart
 * keeps them. The bucket's max age ends a session 12 hours after sign-in.
 */
export class IcwsSessionStore {
  private constructor(private readonly kv: KV) {}

  static async open(connection: NatsConnection, ttlMs = SESSION_TTL_MS): Promise<IcwsSessionStore> {
    const kv = await new Kvm(connection).create(SESSION_BUCKET, {
      history: 1,
      ttl: ttlMs,
      replicas: streamReplicas(connection),
    });
    await ensureBucketReplicas(connection, `KV_${SESSION_BUCKET}`);
    return new IcwsSessionStore(kv);
  }

  async put(sessionId: string, session: StoredIcwsSession): Promise<void> {
    await this.kv.put(sessionId, JSON.stringify(session));
  }

  async get(sessionId: string): Promise<StoredIcwsSession | undefined> {
    // A client puts anything in the path; only a well-formed id can be a key (and a malformed one no session).
    if (!isSessionId(sessionId)) return undefined;
    const entry = await this.kv.get(sessionId);
    return entry && entry.operation === 'PUT' ? entry.json<StoredIcwsSession>() : undefined;
  }

  async delete(sessionId: string): Promise<void> {
    if (isSessionId(sessionId)) await this.kv.delete(sessionId);
  }
}

/** Session ids are base64url (see session-secrets.ts); a KV key must not hold `.`, `*` or `>` from a client. */
const isSessionId = (value: string): boolean => /^[\w-]{1,64}$/.test(value);
