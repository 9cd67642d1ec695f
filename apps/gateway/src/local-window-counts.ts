import type { WindowCount } from './shared-request-counts.js';

/** How many keys are counted at most: past it the one counted least recently is forgotten. */
const MAX_KEYS = 10_000;

/**
 * Requests per key per window (from the key's first request) in this replica alone: what a gateway counts while the
 * shared bucket is out of reach.
 */
export class LocalWindowCounts {
  private readonly counts = new Map<string, { start: number; count: number }>();

  constructor(
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  increment(key: string): WindowCount {
    const now = this.now();
    const known = this.counts.get(key);
    const current =
      known !== undefined && now < known.start + this.windowMs
        ? { start: known.start, count: known.count + 1 }
        : { start: now, count: 1 };
    // re-inserted last: the Map's order is least recently counted first
    this.counts.delete(key);
    this.counts.set(key, current);
    if (this.counts.size > MAX_KEYS) {
      const oldest = this.counts.keys().next().value;
      if (oldest !== undefined) this.counts.delete(oldest);
    }
    return { current: current.count, ttl: current.start + this.windowMs - now };
  }
}
