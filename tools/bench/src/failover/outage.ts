import { percentile } from '../stack/percentile.js';

/** One dispatch of the load: when it was sent, when its answer (or its failure) came, and whether it succeeded. */
export interface Attempt {
  sentAt: number;
  answeredAt: number;
  ok: boolean;
}

/** How long a tenant went unanswered after an instance was stopped, as the load saw it. */
export interface Outage {
  /** From the stop until the answer of the first dispatch sent at or after it that succeeded. */
  ms: number;
  /** The dispatches sent at or after the stop that failed (no responders, timeouts, failure replies) before that answer. */
  failedAttempts: number;
}

/**
 * The outage that began at `from`, read from the load's attempts (in any order); undefined while no dispatch sent at
 * or after `from` has succeeded. Only dispatches sent after it count: one sent before and answered just after was
 * answered by the instance being stopped, and says nothing about when the next holder serves.
 */
export function outageAfter(attempts: readonly Attempt[], from: number): Outage | undefined {
  let firstOk: number | undefined;
  for (const attempt of attempts) {
    if (attempt.ok && attempt.sentAt >= from && (firstOk === undefined || attempt.answeredAt < firstOk))
      firstOk = attempt.answeredAt;
  }
  if (firstOk === undefined) return undefined;
  const end = firstOk;
  const failedAttempts = attempts.filter(
    (attempt) => !attempt.ok && attempt.sentAt >= from && attempt.answeredAt <= end,
  ).length;
  return { ms: end - from, failedAttempts };
}

export interface Spread {
  count: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

/** Nearest-rank percentiles of `values` (NaN of none). */
export function spreadOf(values: readonly number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    count: sorted.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: percentile(sorted, 100),
  };
}

/** Issue 13's bound on a tenant's unavailability after its holder is killed: the lease TTL plus 2 s. */
export const goalMs = (leaseTtlSeconds: number): number => (leaseTtlSeconds + 2) * 1000;

/** The p99 outage as a share of the goal: at most 1 meets it. */
export const ratioToGoal = (p99Ms: number, leaseTtlSeconds: number): number => p99Ms / goalMs(leaseTtlSeconds);

export type StopKind = 'kill' | 'graceful';

/**
 * The order of the run's stops: `kills` SIGKILLs with the `gracefulStops` SIGTERMs spread evenly among them (each after
 * its share of kills), so that whatever else loads the machine weighs on both alike.
 */
export function stopOrder(kills: number, gracefulStops: number): StopKind[] {
  const order: StopKind[] = [];
  let placed = 0;
  const placeDue = (killed: number): void => {
    while (placed < gracefulStops && (placed + 1) * kills <= killed * gracefulStops) {
      order.push('graceful');
      placed += 1;
    }
  };
  for (let killed = 1; killed <= kills; killed += 1) {
    order.push('kill');
    placeDue(killed);
  }
  for (; placed < gracefulStops; placed += 1) order.push('graceful');
  return order;
}
