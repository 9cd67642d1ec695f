import type { AgentInteractionCommand, InteractionCommandReply } from '@switchboard/contracts';
import { refuse, type Decision } from '../domain/decision.js';
import { newEvent } from '../domain/domain-events.js';
import { failure } from '../domain/domain-failure.js';
import { isRouted } from '../domain/handled-interaction.js';
import { agentWithIt, isOnHold } from '../domain/interaction-lifecycle.js';
import type { TenantState } from '../domain/tenant-state.js';
import { mayViewInteraction } from '../domain/visibility.js';
import { decideHold } from './agent-actions.js';
import { decideAgentInteraction, referenceOf } from './agent-interaction.js';
import { holdCallsOnLine, mayTakeCall } from './phone-line.js';

/**
 * ICWS pickup: whatever "answer it" means where the interaction is. Offered to the agent → accepted, as a GWS
 * Accept; held or parked by it → retrieved; waiting in a queue, offered to nobody → connected to the agent at
 * once, if it has room (and no other agent's personal queue holds it). Only an interaction the agent may see
 * (mayViewInteraction: a workgroup's only for its members); one it may not is refused as if it did not exist.
 * Anything else is refused. A call retrieved or picked up while the agent is on another holds that one first, as a
 * phone does (phone-line.ts).
 */
export function decidePickup(
  state: TenantState,
  command: AgentInteractionCommand,
  now: number,
): Decision<InteractionCommandReply> {
  const record = state.interactions.get(command.interactionId);
  if (!record || !mayViewInteraction(state, command.agentId, command.interactionId))
    return refuse(failure('interaction_not_found', `no interaction ${command.interactionId} is in the system`));
  const { lifecycle } = record;
  if (!isRouted(lifecycle))
    return refuse(
      failure('invalid_state', `interaction ${command.interactionId} is not in a queue (in a workbin, or in its plan)`),
    );
  if (lifecycle.phase !== 'queued') {
    if (agentWithIt(lifecycle) !== command.agentId) {
      return refuse(failure('not_offered_to_agent', `interaction ${command.interactionId} is with another agent`));
    }
    if (lifecycle.phase === 'offered') return decideAgentInteraction(state, command, 'accept', now);
    if (isOnHold(lifecycle)) return retrieve(state, command, now);
    return refuse(failure('invalid_state', `interaction ${command.interactionId} is already connected`));
  }
  const personalQueue = record.snapshot.personalQueue;
  // routing's index says whether the personal queue still holds it for its agent (its timeouts are routing's)
  const personalQueueActive = state.engine.interaction(command.interactionId, now)?.personalQueueActive === true;
  if (personalQueueActive && personalQueue && state.agentIdOf(personalQueue.agent) !== command.agentId) {
    return refuse(
      failure('not_offered_to_agent', `interaction ${command.interactionId} waits for ${personalQueue.agent} alone`),
    );
  }
  const type = record.snapshot.interactionType;
  const live = type === 'live';
  if (live ? !mayTakeCall(state, command.agentId) : !state.engine.hasRoomFor(command.agentId, type)) {
    return refuse(
      failure('invalid_state', 'the agent must be logged in with room for another interaction of this type'),
    );
  }
  const held = live ? holdCallsOnLine(state, command.agentId, command.interactionId, now) : [];
  if (!Array.isArray(held)) return refuse(held);
  const data = {
    interaction: record.snapshot,
    agentId: command.agentId,
    how: 'pickup' as const,
    ...referenceOf(command),
  };
  return {
    events: [...held, newEvent('interaction.connected', state.tenant, data, now)],
    reply: { ok: true, interactionId: command.interactionId, duplicate: false },
  };
}

/** Takes back a call or a parked interaction the agent holds; a call it is on meanwhile is held first. */
function retrieve(
  state: TenantState,
  command: AgentInteractionCommand,
  now: number,
): Decision<InteractionCommandReply> {
  const retrieved = decideHold(state, command, false, now);
  if (retrieved.events.length === 0) return retrieved;
  const live = state.interactions.get(command.interactionId)?.snapshot.interactionType === 'live';
  const held = live ? holdCallsOnLine(state, command.agentId, command.interactionId, now) : [];
  if (!Array.isArray(held)) return refuse(held);
  return { events: [...held, ...retrieved.events], reply: retrieved.reply };
}
