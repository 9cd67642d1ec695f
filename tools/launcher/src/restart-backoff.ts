/** Waits before restarting a process that died: quick at first, slower while it keeps dying. */
const RESTART_DELAYS_MS = [250, 500, 1_000, 2_000, 5_000];
/** A process that ran this long before it died is not in a crash loop: its next restart is quick again. */
export const STABLE_AFTER_MS = 30_000;

export class RestartBackoff {
  private failures = 0;
  private startedAt = 0;

  /** Call when the process has started. */
  started(now: number = Date.now()): void {
    this.startedAt = now;
  }

  /** Call when it exited: how long to wait before starting it again. */
  delayAfterExit(now: number = Date.now()): number {
    if (now - this.startedAt >= STABLE_AFTER_MS) this.failures = 0;
    return this.nextDelay();
  }

  /** Call when starting it failed: how long to wait before the next try. */
  delayAfterFailedStart(): number {
    return this.nextDelay();
  }

  private nextDelay(): number {
    const delay = RESTART_DELAYS_MS[Math.min(this.failures, RESTART_DELAYS_MS.length - 1)] ?? 5_000;
    this.failures += 1;
    return delay;
  }
}
