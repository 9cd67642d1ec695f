import { performance } from 'node:perf_hooks';
import { JetStreamApiCodes, JetStreamApiError } from '@nats-io/jetstream';
import { Kvm, type KV } from '@nats-io/kv';
import type { NatsConnection } from '@nats-io/transport-node';
import { ensureBucketReplicas, streamReplicas } from './stream-replicas.js';

/** The JetStream KV bucket of tenant leases: key = tenant id, value = the owning instance's id. */
export const LEASES_BUCKET = 'SB_LEASES';

/** Who holds a lease, and the key's revision their last acquire or renew wrote. */
export interface LeaseHolder {
  owner: string;
  revision: number;
}

export interface LeaseBucketOptions {
  /** The KV bucket's name: LEASES_BUCKET (tenant leases) when omitted; other kinds of lease keep their own bucket. */
  bucket?: string;
  /**
   * How long a lease outlives its last acquire or renew: the bucket's max_age, so JetStream removes the key that
   * long after its last write (nats-server 2.9 has no per-message TTL; 2.11's would be silently ignored there).
   */
  ttlMs: number;
  /**
   * Taken off a lease's validity so that this process stops acting as holder before the server can expire the key:
   * covers clock-rate drift and a new stream leader whose clock runs ahead. ttl / 10 when omitted.
   */
  safetyMarginMs?: number;
  /** The clock validUntil is counted on: monotonic by default, as wall-clock steps must not stretch a lease. */
  now?: () => number;
}

/** The bucket exists with another ttl than this process was configured with. */
export class LeaseBucketTtlMismatchError extends Error {
  constructor(
    readonly bucketTtlMs: number,
    readonly configuredTtlMs: number,
    readonly bucket: string = LEASES_BUCKET,
  ) {
    super(
      `KV bucket ${bucket} expires leases after ${String(bucketTtlMs)} ms but this instance is configured for ${String(configuredTtlMs)} ms: ` +
        `run every instance with the same lease ttl, or delete the bucket (holders lose their leases and take them again) to change it`,
    );
    this.name = 'LeaseBucketTtlMismatchError';
  }
}

/** The server refused a revision-checked write: the key's last revision is not the one expected. */
function revisionMoved(error: unknown): boolean {
  return (
    error instanceof JetStreamApiError &&
    (error.code === JetStreamApiCodes.StreamWrongLastSequence ||
      error.code === JetStreamApiCodes.StreamWrongLastSequenceUnknown)
  );
}

/** LeaseBucket.freeAmong: how many keys are read one by one rather than from a listing of the bucket. */
const READ_ONE_BY_ONE_UP_TO = 4;

/** The bucket's expiry terms, which every lease counts its validity by. */
interface LeaseTerms {
  readonly ttlMs: number;
  readonly safetyMarginMs: number;
  now(): number;
}

/**
 * Until when a write whose request left at `startedAt` lets its writer act as holder: the server stamped the write
 * after that, so it cannot expire the key before startedAt + ttl (by its clock: hence the margin).
 */
const validUntil = (terms: LeaseTerms, startedAt: number): number => startedAt + terms.ttlMs - terms.safetyMarginMs;

/**
 * Leases on tenants in a JetStream KV bucket, so that one interactions instance at a time owns each tenant. Every
 * write is revision-checked (acquire expects no live value, renew and release the holder's last revision), and the
 * bucket's max_age frees a key its holder stopped renewing.
 */
export class LeaseBucket implements LeaseTerms {
  private constructor(
    private readonly kv: KV,
    readonly ttlMs: number,
    readonly safetyMarginMs: number,
    readonly now: () => number,
  ) {}

  /**
   * Creates the bucket (history 1, max_age = ttl, Switchboard's replicas) or opens the existing one. An existing
   * bucket with another ttl is refused (LeaseBucketTtlMismatchError) rather than adopted or changed: instances on two
   * ttls would renew on one cadence and expire on the other, so a mixed fleet must not start. A rolling deploy that
   * changes the ttl stops at its first new instance while the old ones keep their tenants.
   */
  static async open(connection: NatsConnection, options: LeaseBucketOptions): Promise<LeaseBucket> {
    const name = options.bucket ?? LEASES_BUCKET;
    const kv = await new Kvm(connection).create(name, {
      history: 1,
      ttl: options.ttlMs,
      replicas: streamReplicas(connection),
    });
    await ensureBucketReplicas(connection, `KV_${name}`);
    const { ttl } = await kv.status();
    if (ttl !== options.ttlMs) throw new LeaseBucketTtlMismatchError(ttl, options.ttlMs, name);
    return new LeaseBucket(
      kv,
      options.ttlMs,
      options.safetyMarginMs ?? options.ttlMs / 10,
      options.now ?? (() => performance.now()),
    );
  }

  /**
   * The lease on `key` for `owner`, or undefined when another holder's lease is live. A key whose lease expired
   * (removed by max_age) or was released (a delete marker) is free to take.
   */
  async tryAcquire(key: string, owner: string): Promise<Lease | undefined> {
    const startedAt = this.now();
    try {
      const revision = await this.kv.create(key, owner);
      return new Lease(this.kv, this, key, owner, revision, validUntil(this, startedAt));
    } catch (error) {
      if (revisionMoved(error)) return undefined;
      throw error;
    }
  }

  /**
   * The lease on `key` when it is held under `owner`'s own name: a process restarted under the name of one that died
   * holding it takes it back at once, instead of waiting out the TTL (names must be unique among live processes).
   * Revision-checked like a renew, so it fails when the lease changed hands meanwhile. Undefined when held by another.
   */
  async resume(key: string, owner: string): Promise<Lease | undefined> {
    const startedAt = this.now();
    const held = await this.holder(key);
    if (held?.owner !== owner) return undefined;
    try {
      const revision = await this.kv.update(key, owner, held.revision);
      return new Lease(this.kv, this, key, owner, revision, validUntil(this, startedAt));
    } catch (error) {
      if (revisionMoved(error)) return undefined;
      throw error;
    }
  }

  /**
   * Lists the keys whose lease is live now: one request however many there are. The listing is a consumer that ends
   * at the bucket's last key or at a heartbeat; one whose stream lost its leader meanwhile may never end, and a
   * periodic caller waiting on it would never look again: it gives up after a TTL (the caller asks again later).
   */
  async heldKeys(): Promise<Set<string>> {
    const keys = new Set<string>();
    const listing = await this.kv.keys();
    const deadline = setTimeout(() => {
      listing.stop(new Error(`listing the leases took over ${String(this.ttlMs)} ms`));
    }, this.ttlMs);
    try {
      for await (const key of listing) keys.add(key);
    } finally {
      clearTimeout(deadline);
    }
    return keys;
  }

  /**
   * Which of `keys` no live lease holds. Up to READ_ONE_BY_ONE_UP_TO keys are read one by one, a request each; more
   * from one listing (heldKeys), which costs the same however many there are but makes and removes a consumer on the
   * server: several requests and the server's work, every time. An instance that looks every second for the one
   * tenant it does not hold pays for the listing far more than for a read.
   */
  async freeAmong(keys: readonly string[]): Promise<Set<string>> {
    if (keys.length > READ_ONE_BY_ONE_UP_TO) {
      const held = await this.heldKeys();
      return new Set(keys.filter((key) => !held.has(key)));
    }
    const holders = await Promise.all(keys.map(async (key) => ({ key, holder: await this.holder(key) })));
    return new Set(holders.filter(({ holder }) => holder === undefined).map(({ key }) => key));
  }

  async holder(key: string): Promise<LeaseHolder | undefined> {
    const entry = await this.kv.get(key);
    return entry?.operation === 'PUT' ? { owner: entry.string(), revision: entry.revision } : undefined;
  }
}

/** held: ours until validUntil; lost: someone else's or gone (or not renewed in time); released: given up by us. */
export type LeaseState = 'held' | 'lost' | 'released';

/** One process's lease on one key, made by LeaseBucket.tryAcquire. */
export class Lease {
  private current: LeaseState = 'held';
  private renewing: Promise<boolean> | undefined;

  /** @internal */
  constructor(
    private readonly kv: KV,
    private readonly terms: LeaseTerms,
    readonly key: string,
    readonly owner: string,
    /** The key's revision our last acquire or renew wrote: the next renew or release expects it. */
    public revision: number,
    /**
     * The time (on the bucket's clock) until which this process may act as holder: the start of the last successful
     * acquire or renew request + ttl - the safety margin.
     */
    public validUntil: number,
  ) {}

  get state(): LeaseState {
    return this.current;
  }

  /** Held, and not past validUntil: whether this process may act as the key's holder now. */
  get valid(): boolean {
    return this.current === 'held' && this.terms.now() < this.validUntil;
  }

  /**
   * Writes the lease again over its last revision, which restarts the key's max_age. False, and the lease is lost,
   * when the revision moved (another holder took the key after it expired, or it was released) or the key is gone;
   * a transport failure (timeout, no responders) rejects and leaves the lease as it was, to be retried. (A renew
   * that timed out yet was stored moves the revision too, so the next one finds the lease lost: the safe side.)
   * A renew asked for while one is out joins it: two writes over the same revision would lose the lease to itself.
   */
  renew(): Promise<boolean> {
    this.renewing ??= this.write().finally(() => {
      this.renewing = undefined;
    });
    return this.renewing;
  }

  private async write(): Promise<boolean> {
    if (this.current !== 'held') return false;
    const startedAt = this.terms.now();
    try {
      this.revision = await this.kv.update(this.key, this.owner, this.revision);
    } catch (error) {
      if (!revisionMoved(error)) throw error;
      this.markLost();
      return false;
    }
    // released or declared lost while the request was out: its outcome no longer makes the lease ours
    if (this.state !== 'held') return false;
    this.validUntil = validUntil(this.terms, startedAt);
    return true;
  }

  /**
   * Deletes the key if it is still ours, so another instance can take it at once rather than after the ttl. Waits for
   * a renew that is out, so as to delete over the revision it wrote.
   */
  async release(): Promise<void> {
    if (this.current !== 'held') return;
    this.current = 'released';
    await this.renewing?.catch(() => undefined);
    try {
      await this.kv.delete(this.key, { previousSeq: this.revision });
    } catch (error) {
      // taken over since: the key is its new holder's to keep
      if (!revisionMoved(error)) throw error;
    }
  }

  /** @internal the keeper gave up on it: no renew succeeded before validUntil */
  markLost(): void {
    if (this.current === 'held') this.current = 'lost';
  }
}

export interface LeaseKeeperOptions {
  /** How often each lease is renewed: ttl / 3 when omitted, so two renews may fail before the lease runs out. */
  renewEveryMs?: number;
  /** Called once per lease that could not be kept: its revision moved, its key is gone, or validUntil passed. */
  onLost(key: string): void;
}

interface Kept {
  lease: Lease;
  renewTimer: NodeJS.Timeout;
  expiryTimer: NodeJS.Timeout;
  renewing: boolean;
}

/**
 * Keeps a set of leases alive: renews each every renewEveryMs (one request at a time per lease), and reports a lease
 * lost once — when a renew finds it taken or gone, or when validUntil passes without a successful renew (the server
 * is unreachable: the key may expire at any moment, so the process must stop acting as holder).
 */
export class LeaseKeeper {
  private readonly kept = new Map<string, Kept>();
  private readonly renewEveryMs: number;

  constructor(
    private readonly bucket: LeaseBucket,
    private readonly options: LeaseKeeperOptions,
  ) {
    this.renewEveryMs = options.renewEveryMs ?? bucket.ttlMs / 3;
  }

  /** Keeps `lease` from now on (replacing any lease kept on the same key). */
  hold(lease: Lease): void {
    this.drop(lease.key);
    const kept: Kept = {
      lease,
      renewTimer: setInterval(() => {
        void this.renew(kept);
      }, this.renewEveryMs),
      expiryTimer: this.expiryTimer(lease),
      renewing: false,
    };
    this.kept.set(lease.key, kept);
  }

  /** Stops keeping the lease on `key` (to release it, or because its tenant is no longer served). */
  drop(key: string): void {
    const kept = this.kept.get(key);
    if (kept === undefined) return;
    clearInterval(kept.renewTimer);
    clearTimeout(kept.expiryTimer);
    this.kept.delete(key);
  }

  stop(): void {
    for (const key of [...this.kept.keys()]) this.drop(key);
  }

  private async renew(kept: Kept): Promise<void> {
    if (kept.renewing) return;
    kept.renewing = true;
    let renewed: boolean;
    try {
      renewed = await kept.lease.renew();
    } catch {
      // unreachable server or timeout: retried at the next beat, and reported lost by the expiry timer if none succeeds
      return;
    } finally {
      kept.renewing = false;
    }
    if (this.kept.get(kept.lease.key) !== kept) return;
    if (renewed) {
      clearTimeout(kept.expiryTimer);
      kept.expiryTimer = this.expiryTimer(kept.lease);
    } else {
      this.lost(kept);
    }
  }

  private expiryTimer(lease: Lease): NodeJS.Timeout {
    return setTimeout(
      () => {
        const kept = this.kept.get(lease.key);
        if (kept?.lease !== lease) return;
        // Node counts timers from the event loop's cached time, so one may fire a little before validUntil
        if (this.bucket.now() < lease.validUntil) {
          kept.expiryTimer = this.expiryTimer(lease);
          return;
        }
        lease.markLost();
        this.lost(kept);
      },
      Math.max(0, lease.validUntil - this.bucket.now()),
    );
  }

  private lost(kept: Kept): void {
    this.drop(kept.lease.key);
    // a released lease was given up on purpose: not a loss to report
    if (kept.lease.state !== 'released') this.options.onLost(kept.lease.key);
  }
}
