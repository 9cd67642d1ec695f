/** What is known of a tenant's latest snapshot. */
export interface SnapshotMark {
  /** The log position it holds the tenant up to (0: none taken). */
  seq: number;
  takenAt: number;
}

export interface SnapshotPolicyOptions {
  /** Take one once the log has grown this much past the last: bounds what a start replays. */
  everyEvents: number;
  /** Take one at least this often when the tenant changed: bounds how long the log must keep its events. */
  maxAgeMs: number;
}

/** What the policy looks at of a tenant now. */
export interface TenantProgress {
  /** Where the log stands: a start replays from the earliest snapshot of all tenants, so a quiet one's counts too. */
  position: number;
  /** The tenant's own last event. */
  tenantPosition: number;
  /** How many interactions it holds: what a snapshot costs to encode (≈ 6 µs each) and to load (≈ 20 µs each). */
  size: number;
}

/**
 * What encoding one held interaction costs, in events replayed: ≈ 6 µs to encode against ≈ 12 µs to replay an event
 * (`npm run bench:stack`: 1,002,456 events replayed, and a command answered, 12.8 s after a SIGKILL).
 */
const ENCODE_COST_IN_EVENTS = 0.5;

/**
 * Whether a tenant should be snapshotted now. Never before the events it spares a start from replaying cost as much
 * to replay as the snapshot costs to encode: encoding blocks the tenant (0.6 s for 100,000 waiting interactions), so
 * it is paid for by the replay it saves, and snapshots of a big tenant stay as rare as its size makes them costly.
 * A tenant whose line only grows (every event queues one more) is still snapshotted each time its line has doubled:
 * a gate of one event per interaction held would never open again after the first snapshot.
 */
export function snapshotDue(mark: SnapshotMark, progress: TenantProgress, now: number, options: SnapshotPolicyOptions): boolean {
  const { position, tenantPosition, size } = progress;
  const spared = position - mark.seq;
  if (spared < size * ENCODE_COST_IN_EVENTS) return false;
  if (spared >= options.everyEvents) return true;
  return tenantPosition > mark.seq && now - mark.takenAt >= options.maxAgeMs;
}
