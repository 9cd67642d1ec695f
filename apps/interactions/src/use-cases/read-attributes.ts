import type { GetInteractionAttributesQuery, InteractionAttributesReply } from '@switchboard/contracts';
import { attributeSourceOf } from '../domain/attributes/attribute-source.js';
import { interactionAttributes } from '../domain/attributes/interaction-attributes.js';
import { failure } from '../domain/domain-failure.js';
import type { TenantState } from '../domain/tenant-state.js';
import { mayViewInteraction } from '../domain/visibility.js';

/**
 * An interaction's ICWS attributes, for an agent that may see it (mayViewInteraction). One it may not see is
 * refused exactly as one that does not exist: ids are sequential, and a different answer would tell them apart.
 */
export function readAttributes(
  state: TenantState,
  query: GetInteractionAttributesQuery,
  now: number,
): InteractionAttributesReply {
  if (!state.agentConfig(query.agentId)) return failure('agent_not_found', `no agent with id "${query.agentId}"`);
  const notFound = failure('interaction_not_found', `no interaction ${query.interactionId} is in the system`);
  const routing = state.engine.interaction(query.interactionId, now);
  if (!mayViewInteraction(state, query.agentId, query.interactionId, now, routing)) return notFound;
  const source = attributeSourceOf(state, query.interactionId, now, routing);
  if (!source) return notFound;
  return { ok: true, attributes: interactionAttributes(source, query.names) };
}
