import type { ProviderSettings, WorkbinRef } from '@switchboard/contracts';
import type { RoutingEngineSnapshot } from '@switchboard/routing';
import type { InteractionLifecycle } from '../domain/interaction-lifecycle.js';
import type { DecisionRecord, InteractionRecord } from '../domain/interactions-fold.js';
import type { LedgerEntry } from '../domain/request-ledger.js';
import { unchangedRoster } from '../domain/roster.js';
import type { TenantStateSnapshot } from '../domain/tenant-state.js';

/** A record of snapshot formats 1 and 2: its lifecycle was not stored, but derived from the sets and routing's status. */
interface LegacyRecord {
  snapshot: InteractionRecord['snapshot'];
  decisions: DecisionRecord[];
  createdAt: number;
  connectedAt?: number;
}

/** The state's shape in snapshot formats 1 and 2: one object of Maps and Sets, an interaction's phase split across them. */
export interface LegacyTenantStateSnapshot {
  interactions: Map<string, LegacyRecord>;
  byExternalId: Map<string, string>;
  processedRequests: Map<string, LedgerEntry>;
  pausedInPlan: Set<string>;
  held: Set<string>;
  parked: Set<string>;
  parkedIn: Map<string, WorkbinRef>;
  parkedByWorkbin: Map<string, Set<string>>;
  workbinSubscribers: Map<string, Set<string>>;
  providerChanges: Map<string, ProviderSettings | null>;
  lastInteractionNumber: number;
  engine: RoutingEngineSnapshot;
}

type EngineView = RoutingEngineSnapshot['interactions'][number];

/**
 * An interaction's lifecycle as formats 1 and 2 derived it when read: in a workbin first, then routing's status (none:
 * in its plan), held and parked over connected. An agent gone from the configuration since is dealt with at restore,
 * as for a snapshot of this format.
 */
function legacyLifecycle(id: string, record: LegacyRecord, old: LegacyTenantStateSnapshot, routing?: EngineView) {
  const connectedAt = record.connectedAt === undefined ? {} : { connectedAt: record.connectedAt };
  const workbin = old.parkedIn.get(id);
  if (workbin) {
    const owner = workbin.ownerAgentId === undefined ? {} : { agentId: workbin.ownerAgentId };
    return { phase: 'in-workbin', workbin, ...owner, ...connectedAt } satisfies InteractionLifecycle;
  }
  if (!routing)
    return old.pausedInPlan.has(id)
      ? { phase: 'in-plan' as const, paused: true as const }
      : { phase: 'in-plan' as const };
  const agent = routing.agentId === undefined ? {} : { agentId: routing.agentId };
  switch (routing.status) {
    case 'waiting':
      return { phase: 'queued' } satisfies InteractionLifecycle;
    case 'offered':
      return {
        phase: 'offered',
        ...agent,
        ...(routing.leaseUntil === undefined ? {} : { leaseUntil: routing.leaseUntil }),
      } satisfies InteractionLifecycle;
    case 'connected': {
      const phase = old.parked.has(id) ? 'parked' : old.held.has(id) ? 'held' : 'connected';
      return { phase, ...agent, ...connectedAt } satisfies InteractionLifecycle;
    }
  }
}

/** A format 1 or 2 state, in this format's shape: each interaction's lifecycle stored, the workbins' order kept. */
export function upgradeLegacyState(old: LegacyTenantStateSnapshot): TenantStateSnapshot {
  const routing = new Map(old.engine.interactions.map((interaction) => [interaction.request.id, interaction]));
  const records = new Map<string, InteractionRecord>();
  for (const [id, record] of old.interactions) {
    const { connectedAt: _connectedAt, ...kept } = record;
    records.set(id, { ...kept, lifecycle: legacyLifecycle(id, record, old, routing.get(id)) });
  }
  return {
    interactions: { records, byExternalId: old.byExternalId, lastInteractionNumber: old.lastInteractionNumber },
    workbins: { order: old.parkedByWorkbin, subscribers: old.workbinSubscribers },
    providerChanges: old.providerChanges,
    processedRequests: old.processedRequests,
    roster: unchangedRoster(),
    engine: old.engine,
  };
}

/** The state's shape in snapshot format 3: format 4's, before agents could be configured live. */
export type Format3TenantStateSnapshot = Omit<TenantStateSnapshot, 'roster'>;

/** A format 3 state in this format's shape: no agent had been configured through the admin API. */
export const upgradeFormat3State = (old: Format3TenantStateSnapshot): TenantStateSnapshot => ({
  ...old,
  roster: unchangedRoster(),
});
