import type { AgentConfig } from '@switchboard/config';
import type { AgentView } from '@switchboard/contracts';
import { MISSED_REASON, type AgentRoutingView } from '@switchboard/routing';

/** An agent as every dialect shows it, from its configuration and its routing state: wrap-up is not ready, for wrap-up. */
export function agentViewOf(config: AgentConfig, routing: AgentRoutingView): AgentView {
  const notReadyReason = routing.status === 'wrap-up' ? 'wrap-up' : routing.notReadyReason;
  return {
    id: config.id,
    username: config.username,
    loggedIn: routing.loggedIn,
    ready: routing.loggedIn && routing.status === 'ready',
    ...(notReadyReason === undefined || routing.status === 'ready' ? {} : { notReadyReason }),
    ...(routing.loggedIn && routing.closedTypes.length > 0 ? { notReadyChannels: routing.closedTypes } : {}),
  };
}

/**
 * The changes routing itself makes to an agent's readiness, beside the agent's own: not ready (missed) after an offer
 * it let time out or rejected, wrap-up after completing an interaction that has a wrap-up time, ready again when the
 * wrap-up ends. The events that make them carry the agent's view after them, so that it reaches the agent's desktop
 * like its own changes do (GWS `/v2/me/channels`).
 */
export type RoutedReadiness = 'missed' | 'wrap-up' | 'wrap-up-ended';

/** The agent's routing state once the change is made, as the engine makes it (closed channels stay closed). */
export function routingAfter(routing: AgentRoutingView, change: RoutedReadiness): AgentRoutingView {
  switch (change) {
    case 'missed':
      return { ...routing, status: 'not-ready', notReadyReason: MISSED_REASON };
    case 'wrap-up':
      return { ...routing, status: 'wrap-up' };
    case 'wrap-up-ended':
      return { ...routing, status: 'ready' };
  }
}
