import type { AgentInteractionsReply } from '@switchboard/contracts';
import { lifecycleOf } from '../domain/interaction-lifecycle.js';
import { providerPermits } from '../domain/provider-permissions.js';
import type { TenantState } from '../domain/tenant-state.js';

/**
 * What an agent's desktop shows: the interactions offered to it or handled by it, with what it may do, and for an
 * offer the time it has left at `now` (a desktop that subscribed again counts the lease down from here).
 */
export function agentInteractions(state: TenantState, agentId: string, now: number): AgentInteractionsReply {
  const ids = state.engine.agent(agentId)?.interactions ?? [];
  return {
    ok: true,
    interactions: ids.flatMap((id) => {
      const record = state.interactions.get(id);
      const lifecycle = lifecycleOf(state, id);
      const phase = lifecycle?.phase;
      if (!record || (phase !== 'offered' && phase !== 'connected' && phase !== 'held' && phase !== 'parked'))
        return [];
      const leaseUntil = lifecycle?.phase === 'offered' ? lifecycle.leaseUntil : undefined;
      return [
        {
          interaction: record.snapshot,
          // GWS knows no park: an ICWS-parked interaction is held on the desktop
          status: phase === 'parked' ? ('held' as const) : phase,
          permitted: {
            release: providerPermits(state, record, 'release'),
            hold: providerPermits(state, record, 'hold'),
            transferToAgent: providerPermits(state, record, 'transferToAgent'),
            transferToRoute: providerPermits(state, record, 'transferToRoute'),
          },
          ...(leaseUntil === undefined
            ? {}
            : {
                offerLease: {
                  leaseUntil: new Date(leaseUntil).toISOString(),
                  remainingMs: Math.max(0, leaseUntil - now),
                },
              }),
        },
      ];
    }),
  };
}
