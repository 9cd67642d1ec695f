import type { InteractionDetailsReply } from '@switchboard/contracts';
import { agentWithIt, type LifecyclePhase } from '../domain/interaction-lifecycle.js';
import type { TenantState } from '../domain/tenant-state.js';

/** Routing's status by lifecycle phase: held and parked are connected to their agent; the rest routing does not have. */
const ROUTING_STATUS: Record<LifecyclePhase, 'waiting' | 'offered' | 'connected'> = {
  'in-plan': 'waiting',
  queued: 'waiting',
  offered: 'offered',
  connected: 'connected',
  held: 'connected',
  parked: 'connected',
  'in-workbin': 'waiting',
};

/**
 * An interaction as the service sees it: its data, where routing has it now (its lifecycle's status and agent, the
 * routing engine's view of its skills and line), and why each offer was made.
 */
export function describeInteraction(
  state: TenantState,
  interactionId: string,
  now: number,
): InteractionDetailsReply | undefined {
  const record = state.interactions.get(interactionId);
  const routing = state.engine.interaction(interactionId, now);
  if (!record || !routing) return undefined;
  const { lifecycle } = record;
  const agentId = agentWithIt(lifecycle);
  const { leaseUntil } = lifecycle;
  return {
    ok: true,
    interaction: record.snapshot,
    routing: {
      status: ROUTING_STATUS[lifecycle.phase],
      ...(agentId === undefined ? {} : { agentId }),
      ...(leaseUntil === undefined ? {} : { leaseUntil: new Date(leaseUntil).toISOString() }),
      mandatorySkills: routing.mandatorySkills,
      urgent: routing.urgent,
      personalQueueActive: routing.personalQueueActive,
    },
    decisions: [...record.decisions],
  };
}
