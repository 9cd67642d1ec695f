import { Kvm, type KV } from '@nats-io/kv';
import type { NatsConnection } from '@nats-io/transport-node';
import { ensureBucketReplicas, streamReplicas } from './stream-replicas.js';

/**
 * Agents configured through the admin API, as the gateways need them to check sign-ins: key = the username (lower
 * case, base64url: a KV key cannot hold every character a username may), value = AgentCredential; a delete marker for an
 * agent removed (a tenant file's too, so a gateway drops it). The interactions service writes it from its tenants'
 * logs; every gateway watches it and lays it over the tenant files' agents (docs/runtime-configuration.md).
 */
export const AGENT_CREDENTIALS_BUCKET = 'SB_AGENT_CREDENTIALS';

/** What a gateway needs of an agent: who it is, its tenant, the hash its password must match, its role. */
export interface AgentCredential {
  tenant: string;
  id: string;
  username: string;
  passwordHash: string;
  role: 'agent' | 'supervisor';
  workgroups?: string[];
}

export type AgentCredentialChange =
  { kind: 'configured'; credential: AgentCredential } | { kind: 'removed'; username: string };

const keyOf = (username: string): string => Buffer.from(username.toLowerCase(), 'utf8').toString('base64url');
const usernameOfKey = (key: string): string => Buffer.from(key, 'base64url').toString('utf8');

export class AgentCredentials {
  private constructor(private readonly kv: KV) {}

  static async open(connection: NatsConnection): Promise<AgentCredentials> {
    const kv = await new Kvm(connection).create(AGENT_CREDENTIALS_BUCKET, {
      history: 1,
      replicas: streamReplicas(connection),
    });
    await ensureBucketReplicas(connection, `KV_${AGENT_CREDENTIALS_BUCKET}`);
    return new AgentCredentials(kv);
  }

  async put(credential: AgentCredential): Promise<void> {
    await this.kv.put(keyOf(credential.username), JSON.stringify(credential));
  }

  async remove(username: string): Promise<void> {
    await this.kv.delete(keyOf(username));
  }

  /**
   * Calls `onChange` for every agent in the bucket, then for each change as it is made; resolves once the bucket's
   * current contents are delivered, so a gateway knows every agent before it answers a sign-in.
   */
  async watch(onChange: (change: AgentCredentialChange) => void): Promise<{ stop: () => void }> {
    const initial = (await this.kv.status()).values;
    const entries = await this.kv.watch();
    let caughtUp!: () => void;
    const delivered = new Promise<void>((resolve) => (caughtUp = resolve));
    if (initial === 0) caughtUp();
    void (async () => {
      for await (const entry of entries) {
        if (entry.operation === 'PUT') onChange({ kind: 'configured', credential: entry.json<AgentCredential>() });
        else onChange({ kind: 'removed', username: usernameOfKey(entry.key) });
        if (entry.delta === 0 || entry.isUpdate) caughtUp();
      }
    })();
    await delivered;
    return {
      stop: () => {
        entries.stop();
      },
    };
  }
}
