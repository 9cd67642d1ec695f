/** "m:ss" for a duration in milliseconds (negative durations read as 0:00). */
export function minutesSeconds(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const seconds = total % 60;
  return `${Math.floor(total / 60)}:${seconds < 10 ? '0' : ''}${seconds}`;
}

/** When an invitation arrived on the page (the page's monotonic clock), and how long its offer had left then. */
export interface OfferTiming {
  arrivedAt: number;
  /** From the notification's `switchboardOfferLease`; absent on an invitation sent when the page subscribed. */
  remainingMs?: number;
}

/**
 * What the offer's clock shows at `now` (same clock as `arrivedAt`). The platform says how long the offer had left
 * at the notification's own time, measured on its clock alone. The browser's clock may be minutes off the
 * platform's, so the page never compares `leaseUntil` with `Date.now()`: it counts the remaining time down from
 * the notification's arrival, on `performance.now()` (which the agent changing the computer's time does not move).
 * Delivery takes milliseconds, by which the shown time is over-generous. Rounded up, so that 0:00 means it is over.
 * An invitation without a lease shows how long it has been waiting instead.
 */
export function offerClockText(timing: OfferTiming, now: number): string {
  const elapsed = now - timing.arrivedAt;
  if (timing.remainingMs === undefined) return `offered ${minutesSeconds(elapsed)} ago`;
  const left = timing.remainingMs - elapsed;
  return left <= 0 ? 'offer ending' : `taken back in ${minutesSeconds(Math.ceil(left / 1000) * 1000)}`;
}
