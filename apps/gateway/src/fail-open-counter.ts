import type { Logger } from '@switchboard/logging';
import { LocalWindowCounts } from './local-window-counts.js';
import type { SharedRequestCounts, WindowCount } from './shared-request-counts.js';

/** How long a replica that could not reach the bucket counts alone before it tries the bucket again. */
const RETRY_SHARED_AFTER_MS = 5_000;

/**
 * Counts requests in the bucket shared by every gateway replica, and in this replica alone while the bucket is out
 * of reach. A rate limit protects the API; it must never be what takes it down, so when NATS does not answer within
 * the bucket's timeout the request is counted locally and served (fail open: during an outage each replica lets up
 * to the limit through, so a client behind N replicas may get N times its budget), with one warning, and the bucket
 * is not tried again for a few seconds, so that a NATS outage costs requests the timeout once, not each time.
 */
export class FailOpenCounter {
  private readonly local: LocalWindowCounts;
  /** When the bucket may be tried again after a failure (0: it answers). */
  private sharedAgainAt = 0;

  constructor(
    private readonly shared: SharedRequestCounts,
    private readonly logger: Logger,
    private readonly now: () => number = Date.now,
  ) {
    this.local = new LocalWindowCounts(shared.windowMs, now);
  }

  async increment(key: string, max: number): Promise<WindowCount> {
    if (this.now() < this.sharedAgainAt) return this.local.increment(key);
    try {
      const count = await this.shared.increment(key, max);
      if (this.sharedAgainAt !== 0) {
        this.sharedAgainAt = 0;
        this.logger.info('rate limits are shared across gateway replicas again');
      }
      return count;
    } catch (error) {
      if (this.sharedAgainAt === 0) {
        this.logger.warn(
          { err: error },
          'rate limits: the shared bucket is out of reach; counting in this replica alone until it answers',
        );
      }
      this.sharedAgainAt = this.now() + RETRY_SHARED_AFTER_MS;
      return this.local.increment(key);
    }
  }
}
