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

/**
 * Whether a tenant should be snapshotted now. `position` is where the log stands (a start replays from the earliest
 * snapshot of all tenants, so a quiet tenant's old snapshot costs as much as a busy one's), `tenantPosition` the
 * tenant's own last event.
 */
export function snapshotDue(mark: SnapshotMark, position: number, tenantPosition: number, now: number, options: SnapshotPolicyOptions): boolean {
  if (position - mark.seq >= options.everyEvents) return true;
  return tenantPosition > mark.seq && now - mark.takenAt >= options.maxAgeMs;
}
