import type { Logger } from '@switchboard/logging';
import { LeaseKeeper, type Lease, type LeaseBucket } from './tenant-leases.js';

/** What runs on one instance at a time: started when this instance takes the lease, stopped when it loses it. */
export interface ActiveWork {
  start(): Promise<void>;
  /** Stops promptly: what it had in hand must be left for the next holder (unacknowledged), not finished. */
  stop(): Promise<void>;
}

/**
 * Runs `work` on exactly one of the instances that share `key` in a lease bucket: the one holding the lease. The
 * others try to take it every third of its TTL, so the work moves within a TTL of its holder's death, at once when the
 * holder stops (it hands the lease back), and at once to a process restarted under the holder's name.
 *
 * nats-server 2.11's consumer priority groups ("pinned client") would give one consumer this without a lease; the
 * servers Switchboard supports (2.9) do not have them.
 */
export class SingleActive {
  private readonly keeper: LeaseKeeper;
  private lease: Lease | undefined;
  private scan: NodeJS.Timeout | undefined;
  private trying = false;
  private ended = false;
  /** Starts and stops one after another: a lease lost while the work is starting stops it once it has started. */
  private transitions: Promise<void> = Promise.resolve();

  constructor(
    private readonly bucket: LeaseBucket,
    private readonly key: string,
    private readonly owner: string,
    private readonly work: ActiveWork,
    private readonly logger: Logger,
  ) {
    this.keeper = new LeaseKeeper(bucket, {
      onLost: () => {
        void this.standDown('its lease could not be renewed');
      },
    });
  }

  /** Whether the work runs here now. */
  get active(): boolean {
    return this.lease !== undefined;
  }

  /** Takes the lease if it is free (or was this owner's), then keeps trying while another instance holds it. */
  async begin(): Promise<void> {
    await this.tryToTake();
    this.scan = setInterval(() => {
      void this.tryToTake();
    }, this.bucket.ttlMs / 3);
    this.scan.unref();
  }

  /** Stops the work and hands the lease back, so another instance takes it now instead of after its TTL. */
  async end(): Promise<void> {
    this.ended = true;
    clearInterval(this.scan);
    const lease = this.lease;
    await this.standDown('this instance stops');
    this.keeper.stop();
    await lease?.release().catch((error: unknown) => {
      this.logger.warn({ err: error, key: this.key }, 'a lease could not be handed back; it lapses after its ttl');
    });
  }

  private async tryToTake(): Promise<void> {
    if (this.trying || this.lease || this.ended) return;
    this.trying = true;
    try {
      const lease =
        (await this.bucket.resume(this.key, this.owner)) ?? (await this.bucket.tryAcquire(this.key, this.owner));
      if (!lease) return;
      this.lease = lease;
      this.keeper.hold(lease);
      await this.transition(() => this.work.start());
      this.logger.info({ key: this.key, owner: this.owner }, 'this instance holds the lease: its work runs here');
    } catch (error) {
      this.logger.warn(
        { err: error, key: this.key },
        'taking the lease or starting its work failed; tried again shortly',
      );
      const lease = this.lease;
      await this.standDown('its work did not start');
      await lease?.release().catch(() => undefined);
    } finally {
      this.trying = false;
    }
  }

  private async standDown(why: string): Promise<void> {
    if (!this.lease) return;
    this.lease = undefined;
    this.keeper.drop(this.key);
    await this.transition(() => this.work.stop());
    this.logger.warn({ key: this.key, owner: this.owner, why }, 'the lease is no longer held here: its work stopped');
  }

  private transition(step: () => Promise<void>): Promise<void> {
    const next = this.transitions.then(step);
    this.transitions = next.catch(() => undefined);
    return next;
  }
}
