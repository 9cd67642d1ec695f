import type { DomainEvent, InteractionStateMessage, MeWorkbinsPayload } from '@switchboard/contracts';
import { interactionStateMessage } from '@switchboard/gws-dialect';
import { referenceOf, type AgentNotification, type PermissionsOf } from './agent-notification.js';

type WorkbinEvent = Extract<
  DomainEvent,
  {
    type:
      | 'interaction.placed-in-workbin'
      | 'interaction.pulled-from-workbin'
      | 'interaction.released'
      | 'agent.workbin-listed'
      | 'agent.workbin-subscription-changed';
  }
>;

/**
 * What agents see of workbin events on `/v2/me/workbins` (GWS 8.5.2): the subscription's state to the agent
 * that (un)subscribed, the content to the agent that asked for it, and ItemAdded / ItemRemoved to every agent
 * subscribed to the workbin when the item came or went (pulled out, or released from it). The workbin id is its name.
 */
export function workbinNotificationsOf(event: WorkbinEvent, permissionsOf: PermissionsOf): AgentNotification[] {
  const to = (agentId: string, message: MeWorkbinsPayload): AgentNotification => ({
    tenant: event.tenant,
    agentId,
    channel: '/v2/me/workbins',
    message,
  });
  const inWorkbin = (
    interaction: Parameters<typeof interactionStateMessage>[1],
    workbin: string,
  ): InteractionStateMessage =>
    interactionStateMessage(event.id, interaction, 'InWorkbin', permissionsOf(event.tenant, interaction.provider), {
      workbin,
    });
  const reference = referenceOf(event.data);
  switch (event.type) {
    case 'agent.workbin-subscription-changed':
      return [
        to(event.data.agentId, {
          messageType: 'WorkbinSubscriptionStateChangeMessage',
          eventId: event.id,
          ...reference,
          stateResource: event.data.subscribed ? 'Subscribed' : 'Unsubscribed',
          id: event.data.workbin.name,
        }),
      ];
    case 'agent.workbin-listed':
      return [
        to(event.data.agentId, {
          messageType: 'WorkbinContentMessage',
          eventId: event.id,
          ...reference,
          workbinId: event.data.workbin.name,
          interactions: event.data.interactions.map((interaction) => inWorkbin(interaction, event.data.workbin.name)),
        }),
      ];
    case 'interaction.placed-in-workbin':
    case 'interaction.pulled-from-workbin':
    case 'interaction.released': {
      const { interaction, workbin, subscribers = [] } = event.data;
      if (workbin === undefined) return []; // released from anywhere but a workbin
      const action = event.type === 'interaction.placed-in-workbin' ? 'ItemAdded' : 'ItemRemoved';
      // The same for every subscriber: built once and shared (deliveries only serialise it, none changes it).
      const item = inWorkbin(interaction, workbin.name);
      return subscribers.map((agentId) =>
        to(agentId, {
          messageType: 'WorkbinStateChangeMessage',
          eventId: event.id,
          ...reference,
          action,
          workbinId: workbin.name,
          interaction: item,
        }),
      );
    }
  }
}
