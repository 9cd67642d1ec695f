import type { TenantConfig } from '@switchboard/config';
import type { Projection } from './domain/projection.js';
import { TenantCatalog } from './domain/tenant-catalog.js';
import { TenantState, type TenantStateSnapshot } from './domain/tenant-state.js';
import { InteractionWatches, type InteractionWatchesSnapshot } from './interaction-watches/interaction-watches.js';
import { QueueSubscriptions, type QueueSubscriptionsSnapshot } from './queue-subscriptions/queue-subscriptions.js';

export interface Tenant {
  catalog: TenantCatalog;
  state: TenantState;
  /** ICWS sessions' queue subscriptions (also among the projections). */
  queues: QueueSubscriptions;
  /** ICWS sessions' interaction watches (also among the projections). */
  watches: InteractionWatches;
  /** The read models kept beside the state, each folding the same events. */
  projections: readonly Projection[];
  /** The stream sequence of the tenant's last event the state holds (0: none); the write path moves it on. */
  position: number;
  /**
   * The tenant's domain events the state holds past its latest snapshot (the one it was restored from, or taken
   * since): what a start would replay of it. Counted in events, not in stream sequences: a record holds a whole
   * group-committed batch, so 150,000 events may sit in 400 records.
   */
  eventsSinceSnapshot: number;
}

/** What a tenant snapshot holds of a tenant: everything its events folded. */
export interface TenantContents {
  state: TenantStateSnapshot;
  queues: QueueSubscriptionsSnapshot;
  /** Absent from snapshots taken before interaction watches existed: none is restored from those. */
  watches?: InteractionWatchesSnapshot;
}

/** A tenant before any event; or, with `saved`, as a snapshot taken at `at` left it, for today's configuration. */
export function newTenant(
  config: TenantConfig,
  requestIdRetentionMs: number,
  saved?: { contents: TenantContents; at: number },
): Tenant {
  const queues = new QueueSubscriptions();
  if (saved) queues.restoreSnapshot(saved.contents.queues);
  const watches = new InteractionWatches();
  if (saved?.contents.watches) watches.restoreSnapshot(saved.contents.watches);
  const state = new TenantState(
    config,
    requestIdRetentionMs,
    saved && { snapshot: saved.contents.state, at: saved.at },
  );
  return {
    catalog: new TenantCatalog(config),
    state,
    queues,
    watches,
    projections: [queues, watches],
    position: 0,
    eventsSinceSnapshot: 0,
  };
}

/** The tenant's contents as plain data; shares the tenant's objects, so serialize it before the tenant changes. */
export function contentsOf(tenant: Tenant): TenantContents {
  return { state: tenant.state.snapshot(), queues: tenant.queues.snapshot(), watches: tenant.watches.snapshot() };
}
