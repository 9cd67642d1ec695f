import type { InteractionListReply } from '@switchboard/contracts';
import type { TenantState } from '../domain/tenant-state.js';

type Listed = Extract<InteractionListReply, { ok: true }>['interactions'][number];

/**
 * Every active interaction of the tenant and where it is — a supervisor's view. Oldest first (interaction ids
 * grow with time). An interaction that is neither routed nor parked is between the steps of its plan.
 */
export function listInteractions(state: TenantState, now: number): InteractionListReply {
  const interactions = [...state.interactions.values()].map(({ snapshot }): Listed => {
    const workbin = state.workbinOf(snapshot.id);
    if (workbin) return { interaction: snapshot, status: 'in-workbin', workbin };
    const routing = state.engine.interaction(snapshot.id, now);
    if (!routing) return { interaction: snapshot, status: 'in-plan' };
    return { interaction: snapshot, status: routing.status, ...(routing.agentId === undefined ? {} : { agentId: routing.agentId }) };
  });
  interactions.sort((a, b) => Number(a.interaction.id) - Number(b.interaction.id));
  return { ok: true, interactions };
}
