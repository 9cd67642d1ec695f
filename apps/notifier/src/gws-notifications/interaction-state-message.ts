import type {
  AgentView,
  DomainEvent,
  InteractionSnapshot,
  InteractionStateMessage,
  SwitchboardOfferLease,
} from '@switchboard/contracts';
import { interactionStateMessage, type GwsState } from '@switchboard/gws-dialect';
import { referenceOf, type AgentNotification, type PermissionsOf } from './agent-notification.js';
import { channelStateMessage } from './channel-state-message.js';
import { workbinNotificationsOf } from './workbin-messages.js';

/**
 * What agents see of a domain event: on `/v2/me/interactions` none, one, or two (a transfer: the agent it left
 * and the agent it goes to); workbin changes on `/v2/me/workbins`; readiness on `/v2/me/channels`, whether the
 * agent changed it or routing did.
 */
export function agentNotificationsOf(
  event: DomainEvent,
  permissionsOf: PermissionsOf = () => undefined,
): AgentNotification[] {
  const to = (
    agentId: string,
    interaction: InteractionSnapshot,
    state: GwsState,
    details: {
      notificationType?: InteractionStateMessage['notificationType'];
      workbin?: string;
      leaseUntil?: string;
    } = {},
  ): AgentNotification => ({
    tenant: event.tenant,
    agentId,
    channel: '/v2/me/interactions',
    message: {
      ...interactionStateMessage(
        event.id,
        interaction,
        state,
        permissionsOf(event.tenant, interaction.provider),
        details,
      ),
      ...(details.leaseUntil === undefined ? {} : { switchboardOfferLease: offerLease(details.leaseUntil, event) }),
      ...referenceOf(event.data),
    },
  });
  // The agent's readiness on `/v2/me/channels`: its own changes, and those routing makes (missed, wrap-up and its end),
  // which their events carry (an event logged before they did carries none).
  const readiness = (agent: AgentView | undefined): AgentNotification[] =>
    agent === undefined
      ? []
      : [
          {
            tenant: event.tenant,
            agentId: agent.id,
            channel: '/v2/me/channels',
            message: channelStateMessage(event.id, agent),
          },
        ];
  switch (event.type) {
    case 'interaction.offered':
      return [to(event.data.agentId, event.data.interaction, 'Invited', { leaseUntil: event.data.leaseUntil })];
    case 'interaction.accepted':
    case 'interaction.connected':
    case 'interaction.pulled-from-workbin':
      return [
        to(event.data.agentId, event.data.interaction, 'Processing'),
        ...(event.type === 'interaction.pulled-from-workbin' ? workbinNotificationsOf(event, permissionsOf) : []),
      ];
    case 'interaction.completed':
      return [to(event.data.agentId, event.data.interaction, 'Completed'), ...readiness(event.data.agent)];
    // A hold shows on the agent's desktop whichever dialect asked for it (an ICWS hold or park), and so does its end.
    case 'interaction.held':
      return [to(event.data.agentId, event.data.interaction, 'Held')];
    case 'interaction.retrieved':
      return [to(event.data.agentId, event.data.interaction, 'Processing')];
    case 'interaction.user-data-changed':
      return [to(event.data.agentId, event.data.interaction, 'Processing', { notificationType: 'PropertiesUpdated' })];
    case 'interaction.transferred':
      return [
        to(event.data.fromAgentId, event.data.interaction, 'Completed'),
        to(event.data.toAgentId, event.data.interaction, 'Invited', { leaseUntil: event.data.leaseUntil }),
      ];
    case 'interaction.route-transferred':
      return [to(event.data.fromAgentId, event.data.interaction, 'Completed')];
    case 'interaction.offer-timed-out':
    case 'interaction.rejected':
      return [to(event.data.agentId, event.data.interaction, 'Revoked'), ...readiness(event.data.agent)];
    case 'interaction.offer-revoked':
    case 'interaction.cancelled':
      return [to(event.data.agentId, event.data.interaction, 'Revoked')];
    case 'interaction.placed-in-workbin':
      return [
        to(event.data.agentId, event.data.interaction, 'InWorkbin', { workbin: event.data.workbin.name }),
        ...workbinNotificationsOf(event, permissionsOf),
      ];
    case 'agent.workbin-listed':
    case 'agent.workbin-subscription-changed':
      return workbinNotificationsOf(event, permissionsOf);
    case 'interaction.released':
      return [
        ...(event.data.agentId === undefined
          ? []
          : [
              to(
                event.data.agentId,
                event.data.interaction,
                event.data.reason === 'released-by-agent' ? 'Completed' : 'Revoked',
              ),
            ]),
        ...workbinNotificationsOf(event, permissionsOf),
      ];
    case 'agent.state-changed':
      return readiness(event.data.agent);
    case 'agent.wrap-up-ended':
      return readiness(event.data.agent);
    case 'interaction.queued':
    case 'interaction.plan-paused':
    case 'interaction.plan-step-completed':
    case 'provider.registered':
    case 'provider.removed':
    case 'agent.configured': // configuration: nothing here
    case 'agent.removed':
    case 'interaction.controlled': // mute, record: nothing a GWS desktop shows
    case 'session.queue-subscription-changed':
    case 'session.queue-contents':
    case 'session.interaction-watch-changed':
    case 'session.interaction-changed':
    case 'session.closed':
      return [];
  }
}

/**
 * Switchboard's extension on an Invited notification: when the offer ends, and how long it had left at the
 * event's own time. The remaining time is measured on the platform's clock alone (the event's time and its lease),
 * so a desktop whose clock differs counts it down from the notification's arrival instead of trusting its clock.
 */
function offerLease(leaseUntil: string, event: DomainEvent): SwitchboardOfferLease {
  const remaining = Date.parse(leaseUntil) - Date.parse(event.occurredAt);
  return { leaseUntil, remainingMs: Number.isFinite(remaining) ? Math.max(0, remaining) : 0 };
}
