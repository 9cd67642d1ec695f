import type { InteractionRoutingView } from '@switchboard/routing';
import type { TenantState } from '../tenant-state.js';
import type { AttributeSource, InteractionPlace } from './interaction-attributes.js';

function placeOf(
  state: TenantState,
  interactionId: string,
  routing: InteractionRoutingView | undefined,
): InteractionPlace {
  if (state.workbinOf(interactionId)) return 'parked';
  switch (routing?.status) {
    case undefined:
      return 'initializing';
    case 'waiting':
      return 'waiting';
    case 'offered':
      return 'offered';
    case 'connected':
      if (state.isParked(interactionId)) return 'parked';
      return state.isHeld(interactionId) ? 'held' : 'connected';
  }
}

/**
 * What an interaction's attributes are computed from, read from the tenant's state; undefined when it is not in the
 * system. A caller that already read the engine's view of it passes that view rather than have it built again.
 */
export function attributeSourceOf(
  state: TenantState,
  interactionId: string,
  now: number,
  routing: InteractionRoutingView | undefined = state.engine.interaction(interactionId, now),
): AttributeSource | undefined {
  const record = state.interactions.get(interactionId);
  if (!record) return undefined;
  // the agent it is offered to or handled by; in a workbin, the workbin's owner (none for a shared one)
  const agentId = routing?.agentId ?? state.workbinOf(interactionId)?.ownerAgentId;
  const agentUsername = agentId === undefined ? undefined : state.agentConfig(agentId)?.username;
  return {
    snapshot: record.snapshot,
    place: placeOf(state, interactionId, routing),
    ...(agentUsername === undefined ? {} : { agentUsername }),
    initiatedAt: record.createdAt,
    ...(record.connectedAt === undefined ? {} : { connectedAt: record.connectedAt }),
  };
}
