/** How many source addresses are remembered at most: past it the least recently failing one is forgotten. */
const MAX_ADDRESSES = 10_000;
const WINDOW_MS = 60_000;

/**
 * Failed authentications per source address over the last minute (a wrong password, an unknown user, client or
 * ICWS session, a forged token). Past the limit, the address is answered 429 before anything is verified, so
 * rotating user names, passwords or session ids gains nothing and no wrong password costs an scrypt any more.
 * Successful sign-ins never count: a thousand agents behind one address sign in freely.
 * Concurrent attempts are checked before any of them fails, so a burst may overshoot the limit by its own size.
 */
export class AuthFailures {
  /** address → times of its failures in the window, oldest first (at most `limit` of them). */
  private readonly failures = new Map<string, number[]>();

  constructor(
    readonly limit: number,
    private readonly now: () => number = Date.now,
  ) {}

  record(address: string): void {
    const now = this.now();
    const times = this.recent(address, now);
    times.push(now);
    if (times.length > this.limit) times.shift();
    // re-inserted last: the Map's order is least recently failing first
    this.failures.delete(address);
    this.failures.set(address, times);
    if (this.failures.size > MAX_ADDRESSES) {
      const oldest = this.failures.keys().next().value;
      if (oldest !== undefined) this.failures.delete(oldest);
    }
  }

  /** Seconds until the address may try again, or undefined when it may now. */
  retryAfterSeconds(address: string): number | undefined {
    const now = this.now();
    const times = this.recent(address, now);
    if (times.length === 0) this.failures.delete(address);
    if (times.length < this.limit) return undefined;
    return Math.max(1, Math.ceil(((times[0] ?? now) + WINDOW_MS - now) / 1000));
  }

  private recent(address: string, now: number): number[] {
    const times = this.failures.get(address) ?? [];
    while (times.length > 0 && (times[0] ?? now) <= now - WINDOW_MS) times.shift();
    return times;
  }
}
