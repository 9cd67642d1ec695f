import type { InteractionDetailsReply } from '@switchboard/contracts';
import type { TenantState } from '../domain/tenant-state.js';

/** An interaction as the service sees it: its data, where routing has it now, and why each offer was made. */
export function describeInteraction(
  state: TenantState,
  interactionId: string,
  now: number,
): InteractionDetailsReply | undefined {
  const record = state.interactions.get(interactionId);
  const routing = state.engine.interaction(interactionId, now);
  if (!record || !routing) return undefined;
  return {
    ok: true,
    interaction: record.snapshot,
    routing: {
      status: routing.status,
      ...(routing.agentId === undefined ? {} : { agentId: routing.agentId }),
      ...(routing.leaseUntil === undefined ? {} : { leaseUntil: new Date(routing.leaseUntil).toISOString() }),
      mandatorySkills: routing.mandatorySkills,
      urgent: routing.urgent,
      personalQueueActive: routing.personalQueueActive,
    },
    decisions: record.decisions,
  };
}
