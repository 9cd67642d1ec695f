import type { CommandFailure, GetInteractionAttributesQuery, InteractionAttributesReply } from '@switchboard/contracts';
import { interactionAttributes } from '@switchboard/icws-dialect';
import { attributeSourceOf } from '../domain/attributes/attribute-source.js';
import type { AttributeSource } from '../domain/attributes/interaction-place.js';
import { failure } from '../domain/domain-failure.js';
import type { TenantState } from '../domain/tenant-state.js';
import { mayViewInteraction } from '../domain/visibility.js';

/**
 * What the agent may read an interaction's attributes from, or why not: the one rule for reading them however they
 * are asked for (a GET, an interaction watch), for an agent that may see it (mayViewInteraction). One it may not see
 * is refused exactly as one that does not exist: ids are sequential, and a different answer would tell them apart.
 */
export function readableSource(
  state: TenantState,
  agentId: string,
  interactionId: string,
): AttributeSource | CommandFailure {
  if (!state.agentConfig(agentId)) return failure('agent_not_found', `no agent with id "${agentId}"`);
  const notFound = failure('interaction_not_found', `no interaction ${interactionId} is in the system`);
  if (!mayViewInteraction(state, agentId, interactionId)) return notFound;
  return attributeSourceOf(state, interactionId) ?? notFound;
}

/** An interaction's ICWS attributes, to an agent that may read them. */
export function readAttributes(state: TenantState, query: GetInteractionAttributesQuery): InteractionAttributesReply {
  const source = readableSource(state, query.agentId, query.interactionId);
  if ('ok' in source) return source;
  return { ok: true, attributes: interactionAttributes(source, query.names) };
}
