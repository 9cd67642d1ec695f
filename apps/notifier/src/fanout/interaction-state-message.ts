import type { DomainEvent, InteractionSnapshot, InteractionStateMessage, ProviderSettings } from '@switchboard/contracts';
import { interactionStateMessage, type GwsState } from '@switchboard/gws-dialect';

export interface AgentNotification {
  tenant: string;
  agentId: string;
  channel: '/v2/me/interactions';
  message: InteractionStateMessage;
}

/** The provider's permitted actions, for the capabilities shown (enforcement itself is in the domain). */
export type PermissionsOf = (tenant: string, provider: string | undefined) => ProviderSettings['agentActionsPermitted'] | undefined;

/** What agents see of a domain event on `/v2/me/interactions`: none, one, or two (a transfer). */
export function agentNotificationsOf(event: DomainEvent, permissionsOf: PermissionsOf = () => undefined): AgentNotification[] {
  const to = (
    agentId: string,
    interaction: InteractionSnapshot,
    state: GwsState,
    notificationType: InteractionStateMessage['notificationType'] = 'StatusChange',
  ): AgentNotification => ({
    tenant: event.tenant,
    agentId,
    channel: '/v2/me/interactions',
    message: {
      ...interactionStateMessage(event.id, interaction, state, permissionsOf(event.tenant, interaction.provider), notificationType),
      // The request that caused it, so a desktop can match the notification to its operation.
      ...('referenceId' in event.data && event.data.referenceId !== undefined ? { referenceId: event.data.referenceId } : {}),
    },
  });
  switch (event.type) {
    case 'interaction.offered':
      return [to(event.data.agentId, event.data.interaction, 'Invited')];
    case 'interaction.accepted':
      return [to(event.data.agentId, event.data.interaction, 'Processing')];
    case 'interaction.completed':
      return [to(event.data.agentId, event.data.interaction, 'Completed')];
    case 'interaction.user-data-changed':
      return [to(event.data.agentId, event.data.interaction, 'Processing', 'PropertiesUpdated')];
    case 'interaction.transferred':
      return [
        to(event.data.fromAgentId, event.data.interaction, 'Completed'),
        to(event.data.toAgentId, event.data.interaction, 'Invited'),
      ];
    case 'interaction.route-transferred':
      return [to(event.data.fromAgentId, event.data.interaction, 'Completed')];
    case 'interaction.offer-revoked':
    case 'interaction.offer-timed-out':
    case 'interaction.rejected':
      return [to(event.data.agentId, event.data.interaction, 'Revoked')];
    case 'interaction.released':
      if (event.data.agentId === undefined) return [];
      return [to(event.data.agentId, event.data.interaction, event.data.reason === 'released-by-agent' ? 'Completed' : 'Revoked')];
    case 'interaction.queued':
    case 'interaction.plan-paused':
    case 'interaction.plan-step-completed':
    case 'interaction.held':
    case 'interaction.retrieved':
    case 'agent.state-changed':
    case 'agent.wrap-up-ended':
    case 'provider.registered':
    case 'provider.removed':
      return [];
  }
}
