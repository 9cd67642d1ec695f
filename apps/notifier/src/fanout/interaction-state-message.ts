import type { DomainEvent, InteractionSnapshot, InteractionStateMessage } from '@switchboard/contracts';

export interface AgentNotification {
  tenant: string;
  agentId: string;
  channel: '/v2/me/interactions';
  message: InteractionStateMessage;
}

const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

/** GWS dates: `YYYY-MM-DD HH:mm:ss.SSS+ZZZZ`, here always in UTC. */
export function gwsDate(iso: string): string {
  const d = new Date(iso);
  return (
    `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ` +
    `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}.${pad(d.getUTCMilliseconds(), 3)}+0000`
  );
}

/** Interaction properties, then the linked data shown to agents under their VCC names. */
function userDataOf(interaction: InteractionSnapshot): Record<string, string> {
  return {
    ...interaction.properties,
    ...(interaction.clid === undefined ? {} : { clid: interaction.clid }),
    ...(interaction.name === undefined ? {} : { name: interaction.name }),
    ...(interaction.url === undefined ? {} : { urlLabel: interaction.url.label }),
    ...(interaction.url?.value === undefined ? {} : { url: interaction.url.value }),
  };
}

function stateMessage(
  eventId: string,
  interaction: InteractionSnapshot,
  state: InteractionStateMessage['state'],
): InteractionStateMessage {
  return {
    messageTypeName: 'InteractionStateMessage',
    notificationType: 'StatusChange',
    eventId,
    id: interaction.id,
    ...(interaction.externalId === undefined ? {} : { externalId: interaction.externalId }),
    state,
    capabilities: state === 'Invited' ? ['Accept', 'Reject'] : [],
    interactionType: interaction.interactionType,
    mediaType: interaction.mediaType,
    currentQueue: interaction.route,
    userData: userDataOf(interaction),
    receivedDate: gwsDate(interaction.queuedAt),
  };
}

/** What the agent sees of a domain event on `/v2/me/interactions`, if anything. */
export function agentNotificationOf(event: DomainEvent): AgentNotification | undefined {
  const to = (agentId: string, message: InteractionStateMessage): AgentNotification => ({
    tenant: event.tenant,
    agentId,
    channel: '/v2/me/interactions',
    message,
  });
  switch (event.type) {
    case 'interaction.offered':
      return to(event.data.agentId, stateMessage(event.id, event.data.interaction, 'Invited'));
    case 'interaction.offer-revoked':
    case 'interaction.offer-timed-out':
    case 'interaction.rejected':
      return to(event.data.agentId, stateMessage(event.id, event.data.interaction, 'Revoked'));
    case 'interaction.transferred':
      return to(event.data.toAgentId, stateMessage(event.id, event.data.interaction, 'Invited'));
    case 'interaction.released':
      return event.data.agentId === undefined
        ? undefined
        : to(event.data.agentId, stateMessage(event.id, event.data.interaction, 'Revoked'));
    // Accepted/completed interactions and agent states are pushed by the GWS agent API's notifications.
    case 'interaction.queued':
    case 'interaction.plan-paused':
    case 'interaction.plan-step-completed':
    case 'interaction.accepted':
    case 'interaction.completed':
    case 'interaction.held':
    case 'interaction.retrieved':
    case 'interaction.route-transferred':
    case 'agent.state-changed':
    case 'agent.wrap-up-ended':
    case 'provider.registered':
    case 'provider.removed':
      return undefined;
  }
}
