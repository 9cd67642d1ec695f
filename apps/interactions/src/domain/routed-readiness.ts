import type { AgentView } from '@switchboard/contracts';
import type { RoutedReadiness } from './agent-view.js';
import type { TenantState } from './tenant-state.js';

/** What an event by which routing changes the agent's readiness carries of it: the agent's view after it. */
export function readinessChange(state: TenantState, agentId: string, change: RoutedReadiness): { agent?: AgentView } {
  const agent = state.agentViewAfter(agentId, change);
  return agent ? { agent } : {};
}

/**
 * A completion changes the agent's readiness when routing puts the agent in wrap-up (its rule: the interaction has a
 * wrap-up time and the agent did not make itself not ready); an agent already in wrap-up only stays there longer.
 */
export function readinessOnCompletion(
  state: TenantState,
  interactionId: string,
  agentId: string,
): { agent?: AgentView } {
  const alreadyWrappingUp = state.engine.agent(agentId)?.status === 'wrap-up';
  return state.engine.wrapsUpOnCompletion(interactionId) && !alreadyWrappingUp
    ? readinessChange(state, agentId, 'wrap-up')
    : {};
}
