import type { AgentInteractionsReply } from '@switchboard/contracts';
import type { TenantState } from '../domain/tenant-state.js';
import { isPermitted } from './agent-actions.js';

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
            release: isPermitted(state, record, 'release'),
            hold: isPermitted(state, record, 'hold'),
            transferToAgent: isPermitted(state, record, 'transferToAgent'),
            transferToRoute: isPermitted(state, record, 'transferToRoute'),
          },
        },
      ];
    }),
  };
}
