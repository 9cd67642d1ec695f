/** What is known of a tenant's latest snapshot. */
export interface SnapshotMark {
  /** The log position it holds the tenant up to (0: none taken). */
  seq: number;
  takenAt: number;
}

export interface SnapshotPolicyOptions {
  /** Take one once this many events would be replayed past the last: bounds what a start replays. */
  everyEvents: number;
  /** Take one at least this often when the tenant changed: bounds how long the log must keep its events. */
  maxAgeMs: number;
}

/** What the policy looks at of a tenant now. */
export interface TenantProgress {
  /**
   * Where the log stands, a stream sequence: a start replays from the earliest snapshot of all tenants, so a quiet
   * tenant's old snapshot makes it read the others' records too. Records, not events: each holds one or more.
   */
  position: number;
  /** The tenant's own events since its snapshot: what a start would replay of it. */
  eventsSinceSnapshot: number;
  /** How many interactions it holds: what a snapshot costs to encode (≈ 6 µs each) and to load (≈ 20 µs each). */
  size: number;
}

/**
 * What encoding one held interaction costs, in events replayed: ≈ 6 µs to encode against ≈ 12 µs to replay an event
 * (`npm run bench:stack`: 1,002,456 events replayed, and a command answered, 12.8 s after a SIGKILL).
 */
const ENCODE_COST_IN_EVENTS = 0.5;

/**
 * Whether a tenant should be snapshotted now. Never before the replay it spares a start costs as much as the snapshot
 * costs to encode: encoding blocks the tenant (0.6 s for 100,000 waiting interactions), so it is paid for by the
 * replay it saves, and snapshots of a big tenant stay as rare as its size makes them costly. A tenant whose line only
 * grows (every event queues one more) is still snapshotted each time its line has doubled.
 *
 * Its own events are counted as events: a group-committed record holds a whole batch, and a log of 1M events in a few
 * thousand records is still 1M events to replay. What other tenants wrote is only known in records, a lower bound.
 */
export function snapshotDue(
  mark: SnapshotMark,
  progress: TenantProgress,
  now: number,
  options: SnapshotPolicyOptions,
): boolean {
  const { position, eventsSinceSnapshot, size } = progress;
  const logGrowth = position - mark.seq;
  if (Math.max(eventsSinceSnapshot, logGrowth) < size * ENCODE_COST_IN_EVENTS) return false;
  if (eventsSinceSnapshot >= options.everyEvents || logGrowth >= options.everyEvents) return true;
  return eventsSinceSnapshot > 0 && now - mark.takenAt >= options.maxAgeMs;
}
