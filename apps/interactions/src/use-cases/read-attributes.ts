import type { GetInteractionAttributesQuery, InteractionAttributesReply } from '@switchboard/contracts';
import { attributeSourceOf } from '../domain/attributes/attribute-source.js';
import { interactionAttributes } from '../domain/attributes/interaction-attributes.js';
import { failure } from '../domain/domain-failure.js';
import type { TenantState } from '../domain/tenant-state.js';

/** An interaction's ICWS attributes, for any agent of the tenant: ICWS rights are coarse here, as the queues any agent may watch show. */
export function readAttributes(
  state: TenantState,
  query: GetInteractionAttributesQuery,
  now: number,
): InteractionAttributesReply {
  if (!state.agentConfig(query.agentId)) return failure('agent_not_found', `no agent with id "${query.agentId}"`);
  const source = attributeSourceOf(state, query.interactionId, now);
  if (!source) return failure('interaction_not_found', `no interaction ${query.interactionId} is in the system`);
  return { ok: true, attributes: interactionAttributes(source, query.names) };
}
