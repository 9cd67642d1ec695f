import type { DomainEvent, InteractionReleasedEvent } from '@switchboard/contracts';
import type { TenantStatistics } from './tenant-statistics.js';

/**
 * Whether a release while waiting counts as abandoned, by reason: every release of a waiting interaction does but its
 * route's plan's own (the plan ended it by design). A supervisor's release of a waiting (or offered) interaction is
 * abandoned like a VCC release. A new reason fails typecheck here until it is decided.
 */
const ABANDONS_WHILE_WAITING: Record<InteractionReleasedEvent['data']['reason'], boolean> = {
  'released-by-api': true,
  'released-by-plan': false,
  'released-by-agent': true,
  'released-by-supervisor': true,
};

/**
 * What each domain event changes in its tenant's statistics, at the event's own time. Every event type is listed: a
 * new one fails typecheck here until it is mapped or explicitly ignored.
 */
export function applyEvent(stats: TenantStatistics, event: DomainEvent): void {
  const at = Date.parse(event.occurredAt);
  switch (event.type) {
    case 'interaction.queued':
      stats.entered(event.data.interaction, at);
      return;
    case 'interaction.plan-paused':
      stats.inPlan(event.data.interaction);
      return;
    case 'interaction.offered':
      stats.offered(event.data.interaction, event.data.agentId, at, event.data.agentUsername);
      return;
    case 'interaction.rejected':
      stats.offerEnded(event.data.interaction, event.data.agentId, at, 'rejected', event.data.agent);
      return;
    case 'interaction.offer-timed-out':
      stats.offerEnded(event.data.interaction, event.data.agentId, at, 'offerTimeouts', event.data.agent);
      return;
    case 'interaction.offer-revoked':
      // the agent logged out with the offer pending: it waits again, counted neither as rejected nor timed out
      stats.offerEnded(event.data.interaction, event.data.agentId, at, undefined);
      return;
    case 'interaction.accepted':
      stats.accepted(event.data.interaction, event.data.agentId, at);
      return;
    case 'interaction.connected':
    case 'interaction.pulled-from-workbin':
      stats.connected(event.data.interaction, event.data.agentId, at);
      return;
    case 'interaction.completed':
      stats.completed(event.data.interaction, event.data.agentId, at, event.data.agent);
      return;
    case 'interaction.cancelled':
      stats.cancelled(event.data.interaction, at);
      return;
    case 'interaction.transferred':
      stats.transferredToAgent(event.data.interaction, event.data.fromAgentId, event.data.toAgentId, at);
      return;
    case 'interaction.route-transferred':
      stats.transferredToRoute(event.data.interaction, event.data.fromAgentId, at);
      return;
    case 'interaction.placed-in-workbin':
      stats.parked(event.data.interaction, at);
      return;
    case 'interaction.released':
      stats.released(event.data.interaction, !ABANDONS_WHILE_WAITING[event.data.reason], at);
      return;
    case 'agent.state-changed':
      stats.agentViewed(event.data.agent, at);
      return;
    case 'agent.wrap-up-ended':
      stats.wrapUpEnded(event.data.agentId, at, event.data.agent);
      return;
    // nothing the statistics count: plan steps (the queued or released event that follows is), holds and retrieves
    // (the interaction stays with its agent), user data and controls, workbin listings, providers, ICWS sessions
    case 'interaction.plan-step-completed':
    case 'interaction.held':
    case 'interaction.retrieved':
    case 'interaction.user-data-changed':
    case 'interaction.controlled':
    case 'agent.workbin-listed':
    case 'agent.workbin-subscription-changed':
    case 'provider.registered':
    case 'provider.removed':
    case 'agent.configured': // configuration: nothing here
    case 'agent.removed':
    case 'session.queue-subscription-changed':
    case 'session.queue-contents':
    case 'session.interaction-watch-changed':
    case 'session.interaction-changed':
    case 'session.closed':
      return;
  }
}
