import { createHash } from 'node:crypto';
import { jetstream, JetStreamApiCodes, JetStreamApiError } from '@nats-io/jetstream';
import { Kvm, type KV } from '@nats-io/kv';
import { ensureBucketReplicas, streamReplicas, type NatsConnection } from '@switchboard/bus';

export const RATE_LIMIT_BUCKET = 'rate-limits';
/** The longest one call to the bucket may take: past it the caller counts locally (see fail-open-counter.ts). */
export const BUCKET_TIMEOUT_MS = 250;
/** Writes in a row that may lose a race to another replica before this count gives up (and the caller counts locally). */
const CONFLICT_RETRIES = 5;
/** A lease takes this fraction of what is left of the window's budget (at least one request). */
const LEASE_SHARE = 1 / 4;
/** How many keys' leases a replica remembers; past it the oldest is forgotten, with what was left of its lease. */
const MAX_KEYS = 10_000;

/** What the rate-limit plugin wants back: requests counted so far in the window, and ms until the window ends. */
export interface WindowCount {
  current: number;
  ttl: number;
}

/** A key's count as the bucket holds it: requests leased in the window that began at `start`. */
interface Stored {
  start: number;
  count: number;
  /** The entry's revision, for a compare-and-set (0: no entry yet). */
  revision: number;
}

/** This replica's lease on one key's budget in one window, and what it last knew of the bucket's count. */
interface Lease extends Stored {
  /** Requests this replica may still let through without asking the bucket. */
  tokens: number;
  /** The lease being taken, which every request for the key waits on rather than racing its own. */
  taking?: Promise<void>;
}

/**
 * Requests per key per window, counted across every gateway replica in a JetStream KV bucket, so a client's budget
 * is one whichever replica its requests reach. As with the plugin's own store, a key's window begins with its first
 * request and lasts `windowMs`; the entry (the key's hash) holds the window's start and count. The bucket's max age
 * is the window, so an entry vanishes once its window is over (nats-server 2.9 knows no per-message TTL). Each write
 * is a compare-and-set on the entry's revision, tried again on a conflict, a bounded number of times.
 *
 * Asking the bucket on every request would cost a JetStream write per request, so a replica leases a quarter of
 * what is left of the budget at a time and spends it locally: a few writes per key per window, then one per request
 * only for the last few requests of a budget. Leases never add up past the budget, so all replicas together never
 * let more than `max` through; a replica that stops seeing a key's requests strands what is left of its lease (at
 * most a quarter of what was left when it took it) until the window ends. Once the bucket says the budget is spent,
 * the replica refuses the key locally until the window ends: requests over the limit cost the bucket nothing.
 * Replicas read the window's end with their own clocks: clocks a second apart disagree on it by a second.
 */
export class SharedRequestCounts {
  private readonly leases = new Map<string, Lease>();

  private constructor(
    private readonly kv: KV,
    readonly windowMs: number,
    private readonly now: () => number,
  ) {}

  /** `timeoutMs`: BUCKET_TIMEOUT_MS unless a test on a loaded machine needs slack that production must not have. */
  static async open(
    connection: NatsConnection,
    windowMs: number,
    now: () => number = Date.now,
    timeoutMs = BUCKET_TIMEOUT_MS,
  ): Promise<SharedRequestCounts> {
    // the timeout bounds every read and write of the bucket, and so the latency a slow or absent NATS adds to a request
    const kv = await new Kvm(jetstream(connection, { timeout: timeoutMs })).create(RATE_LIMIT_BUCKET, {
      history: 1,
      ttl: windowMs,
      replicas: streamReplicas(connection),
    });
    await ensureBucketReplicas(connection, `KV_${RATE_LIMIT_BUCKET}`);
    return new SharedRequestCounts(kv, windowMs, now);
  }

  /** Counts one request against `key`; rejects when the bucket cannot be reached in time. */
  async increment(key: string, max: number): Promise<WindowCount> {
    for (;;) {
      const now = this.now();
      const lease = this.leaseOf(key, now);
      const ttl = lease.start + this.windowMs - now;
      if (lease.tokens > 0) {
        lease.tokens -= 1;
        return { current: lease.count - lease.tokens, ttl };
      }
      if (lease.count >= max) return { current: max + 1, ttl };
      lease.taking ??= this.take(key, lease, max).finally(() => {
        lease.taking = undefined;
      });
      await lease.taking;
    }
  }

  private leaseOf(key: string, now: number): Lease {
    const known = this.leases.get(key);
    if (known !== undefined && now < known.start + this.windowMs) return known;
    // The entry this replica wrote last belongs to a window now over, so it stands for a count of 0: a
    // compare-and-set on its revision starts the new window without reading the bucket first.
    const lease: Lease = { start: now, count: 0, revision: known?.revision ?? 0, tokens: 0 };
    this.leases.delete(key);
    this.leases.set(key, lease);
    if (this.leases.size > MAX_KEYS) {
      const oldest = this.leases.keys().next().value;
      if (oldest !== undefined) this.leases.delete(oldest);
    }
    return lease;
  }

  /** Adds a lease to the bucket's count, or learns that the budget is spent. */
  private async take(key: string, lease: Lease, max: number): Promise<void> {
    const entry = hashOf(key);
    // what this replica wrote last is usually still current: try it before reading the bucket
    let known: Stored | undefined =
      lease.revision === 0 ? undefined : { start: lease.start, count: lease.count, revision: lease.revision };
    for (let attempt = 0; attempt < CONFLICT_RETRIES; attempt += 1) {
      known ??= await this.read(entry);
      const left = max - known.count;
      if (left <= 0) {
        Object.assign(lease, known);
        return;
      }
      const size = Math.max(1, Math.floor(left * LEASE_SHARE));
      const value = JSON.stringify({ start: known.start, count: known.count + size });
      try {
        const revision =
          known.revision === 0
            ? await this.kv.create(entry, value)
            : await this.kv.update(entry, value, known.revision);
        Object.assign(lease, { start: known.start, count: known.count + size, revision, tokens: lease.tokens + size });
        return;
      } catch (error) {
        if (!isConflict(error)) throw error;
        known = undefined;
      }
    }
    throw new Error(`rate limit: ${String(CONFLICT_RETRIES)} writes in a row lost a race for the same count`);
  }

  /** The key's count in the bucket; a window that is over counts as a new one beginning now. */
  private async read(entry: string): Promise<Stored> {
    const stored = await this.kv.get(entry);
    const now = this.now();
    if (stored === null || stored.operation !== 'PUT') return { start: now, count: 0, revision: stored?.revision ?? 0 };
    const { start, count } = stored.json<{ start: number; count: number }>();
    return start + this.windowMs > now
      ? { start, count, revision: stored.revision }
      : { start: now, count: 0, revision: stored.revision };
  }
}

/** A KV key must not hold what a client sends (`.`, `*`, `>`, any length): its hash can. */
const hashOf = (key: string): string => createHash('sha256').update(key).digest('base64url').slice(0, 32);

const isConflict = (error: unknown): boolean =>
  error instanceof JetStreamApiError &&
  (error.code === JetStreamApiCodes.StreamWrongLastSequence ||
    error.code === JetStreamApiCodes.StreamWrongLastSequenceUnknown);
