import type { DomainEvent } from '@switchboard/contracts';
import type { TenantState } from './tenant-state.js';

/**
 * A read model kept beside a tenant's state (e.g. ICWS queue subscriptions), with events of its own: facts it
 * decides (stored in the log) and messages derived for one reader (SB_DERIVED, by their subjects; never replayed).
 * The command processor applies every committed event to it as to the state, and after each command lets it add
 * the events that follow from what changed; a restore from the log rebuilds it from the facts alone.
 */
export interface Projection {
  /** Folds one committed event (from a command, or from the log on restore). */
  apply(event: DomainEvent): void;
  /**
   * The state was just rebuilt from the log (with this projection's facts applied): catch up with it, and owe its
   * readers whatever it had derived for them, which the log does not hold.
   */
  restored(state: TenantState, now: number): void;
  /**
   * After a command: `events` are its committed events (routing's included), already applied to the state.
   * Returns the events this projection adds; the processor appends them and then applies them. Must not change
   * anything the log restores, so an append that fails leaves nothing behind but what a restore rebuilds.
   */
  follow(state: TenantState, events: readonly DomainEvent[], now: number): DomainEvent[];
  /**
   * What `follow` returned could not be stored (all of it, or its tail). The domain is intact: only this
   * projection's readers may have been told less than it thinks, so it owes them a repair on a later `follow`, after
   * a backoff, a bounded number of times. Never a reason to rebuild the tenant: that would owe the same again.
   */
  notStored(events: readonly DomainEvent[], now: number): void;
  /** When a repair it owes is next due (epoch ms), so that it is retried even if no command comes. */
  nextRetryAt(): number | undefined;
}
