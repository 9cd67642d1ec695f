import type { AgentInteractionsReply } from '@switchboard/contracts';
import { providerPermits } from '../domain/provider-permissions.js';
import type { TenantState } from '../domain/tenant-state.js';

/** What an agent's desktop shows: the interactions offered to it or handled by it, with what it may do. */
export function agentInteractions(state: TenantState, agentId: string, now: number): AgentInteractionsReply {
  const ids = state.engine.agent(agentId)?.interactions ?? [];
  return {
    ok: true,
    interactions: ids.flatMap((id) => {
      const record = state.interactions.get(id);
      const status = state.engine.interaction(id, now)?.status;
      if (!record || (status !== 'offered' && status !== 'connected')) return [];
      return [
        {
          interaction: record.snapshot,
          status: status === 'connected' && state.isHeld(id) ? ('held' as const) : status,
          permitted: {
            release: providerPermits(state, record, 'release'),
            hold: providerPermits(state, record, 'hold'),
            transferToAgent: providerPermits(state, record, 'transferToAgent'),
            transferToRoute: providerPermits(state, record, 'transferToRoute'),
          },
        },
      ];
    }),
  };
}
