import { Kvm, type KV } from '@nats-io/kv';
import type { NatsConnection } from '@nats-io/transport-node';

/**
 * The live notifier instances: key = instance id, value = the URL gateways reach it at. Each notifier keeps its
 * key as a lease (LeaseBucket with this bucket name), so a notifier that dies drops out when its lease expires.
 */
export const NOTIFIERS_BUCKET = 'SB_NOTIFIERS';

/** A registered notifier: its URL, and the key revision its last registration or renewal wrote. */
export interface RegisteredNotifier {
  url: string;
  revision: number;
}

/** Reads SB_NOTIFIERS without creating it: the notifiers create it with their lease ttl. */
export class NotifierRegistryReader {
  private constructor(private readonly kv: KV) {}

  static async open(connection: NatsConnection): Promise<NotifierRegistryReader> {
    return new NotifierRegistryReader(await new Kvm(connection).open(NOTIFIERS_BUCKET));
  }

  /** Every live registration: one request for the keys, one per key (a handful of notifiers). */
  async live(): Promise<Map<string, RegisteredNotifier>> {
    const keys: string[] = [];
    for await (const key of await this.kv.keys()) keys.push(key);
    const notifiers = new Map<string, RegisteredNotifier>();
    for (const key of keys) {
      const entry = await this.kv.get(key);
      if (entry?.operation === 'PUT') notifiers.set(key, { url: entry.string(), revision: entry.revision });
    }
    return notifiers;
  }
}
