import type { DomainEvent } from '@switchboard/contracts';
import { assignWaitingInteractions } from '@switchboard/routing';
import { newEvent } from '../domain/domain-events.js';
import type { TenantState } from '../domain/tenant-state.js';

/** Offers waiting interactions to free agents, as the routing engine decides. Routing is a function of state. */
export function routeWaitingInteractions(state: TenantState, now: number): DomainEvent[] {
  const assignments = assignWaitingInteractions(state.waitingInteractions(), state.routableAgents(), now);
  return assignments.flatMap(({ interactionId, agentId }) => {
    const record = state.interactions.get(interactionId);
    const agent = state.agents.get(agentId);
    if (!record || !agent) return [];
    return [
      newEvent(
        'interaction.offered',
        state.tenant,
        { interaction: record.snapshot, agentId, agentUsername: agent.config.username },
        now,
      ),
    ];
  });
}
