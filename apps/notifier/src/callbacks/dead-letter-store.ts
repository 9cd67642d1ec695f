import { Kvm, type KV } from '@nats-io/kv';
import { ensureBucketReplicas, streamReplicas, type NatsConnection } from '@switchboard/bus';
import type { DeadLetter } from '@switchboard/contracts';

const BUCKET = 'SB_CALLBACK_DEAD_LETTERS';

export interface StoredDeadLetter extends DeadLetter {
  tenant: string;
  headers: Record<string, string>;
}

/** Callbacks that failed every attempt, in a JetStream key-value bucket: durable, shared by notifier instances. */
export class DeadLetterStore {
  private constructor(private readonly kv: KV) {}

  static async open(connection: NatsConnection): Promise<DeadLetterStore> {
    const kv = await new Kvm(connection).create(BUCKET, { history: 1, replicas: streamReplicas(connection) });
    await ensureBucketReplicas(connection, `KV_${BUCKET}`);
    return new DeadLetterStore(kv);
  }

  async put(letter: StoredDeadLetter): Promise<void> {
    await this.kv.put(key(letter.tenant, letter.notificationId), JSON.stringify(letter));
  }

  async get(tenant: string, notificationId: string): Promise<StoredDeadLetter | undefined> {
    const entry = await this.kv.get(key(tenant, notificationId));
    return entry && entry.operation === 'PUT' ? entry.json<StoredDeadLetter>() : undefined;
  }

  async delete(tenant: string, notificationId: string): Promise<void> {
    await this.kv.delete(key(tenant, notificationId));
  }

  async list(tenant: string): Promise<StoredDeadLetter[]> {
    const letters: StoredDeadLetter[] = [];
    for await (const name of await this.kv.keys(`${tenant}.*`)) {
      const letter = await this.get(tenant, name.slice(tenant.length + 1));
      if (letter) letters.push(letter);
    }
    return letters.sort((a, b) => (a.failedAt < b.failedAt ? -1 : 1));
  }
}

/** KV keys allow letters, digits, `-`, `_`, `=`, `.` and `/`: tenant ids and notification ids (GUIDs) fit. */
const key = (tenant: string, notificationId: string): string => `${tenant}.${notificationId.replace(/[^-\w=/]/g, '_')}`;
