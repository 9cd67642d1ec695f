import { expect } from '@jest/globals';
import type { TenantState } from '../domain/tenant-state.js';

/** Routing's status for each phase: routing has nothing in a plan or a workbin; held and parked are connected. */
const ROUTING_STATUS = {
  'in-plan': undefined,
  'in-workbin': undefined,
  queued: 'waiting',
  offered: 'offered',
  connected: 'connected',
  held: 'connected',
  parked: 'connected',
} as const;

/** Every interaction's stored lifecycle says what the routing engine does with it: the same status, the same agent. */
export function expectLifecyclesAgreeWithRouting(state: TenantState, now: number): void {
  for (const [id, { lifecycle }] of state.interactions) {
    const routing = state.engine.interaction(id, now);
    const routed = ROUTING_STATUS[lifecycle.phase];
    expect({ id, status: routing?.status, agentId: routing?.agentId }).toEqual({
      id,
      status: routed,
      agentId: routed === undefined || routed === 'waiting' ? undefined : lifecycle.agentId,
    });
  }
}
