import type { LifecyclePhase } from '../interaction-lifecycle.js';
import type { TenantState } from '../tenant-state.js';
import type { AttributeSource, InteractionPlace } from './interaction-place.js';

/** The places ICWS tells apart, by lifecycle phase: a workbin and ICWS park are both Parked. */
const PLACES: Record<LifecyclePhase, InteractionPlace> = {
  'in-plan': 'initializing',
  queued: 'waiting',
  offered: 'offered',
  connected: 'connected',
  held: 'held',
  parked: 'parked',
  'in-workbin': 'parked',
};

/**
 * What an interaction's attributes are computed from, read from the tenant's state; undefined when it is not in the
 * system. Its place, its agent and when it connected are its lifecycle's.
 */
export function attributeSourceOf(state: TenantState, interactionId: string): AttributeSource | undefined {
  const record = state.interactions.get(interactionId);
  if (!record) return undefined;
  const { lifecycle } = record;
  // the agent it is offered to or handled by; in a workbin, the workbin's owner (none for a shared one)
  const { agentId } = lifecycle;
  const agentUsername = agentId === undefined ? undefined : state.agentConfig(agentId)?.username;
  return {
    snapshot: record.snapshot,
    place: PLACES[lifecycle.phase],
    ...(agentUsername === undefined ? {} : { agentUsername }),
    initiatedAt: record.createdAt,
    ...(lifecycle.connectedAt === undefined ? {} : { connectedAt: lifecycle.connectedAt }),
  };
}
