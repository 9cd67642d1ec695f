import type { DomainEvent, ProviderNotification } from '@switchboard/contracts';
import type { ProviderDirectory } from './provider-directory.js';

export interface ProviderCallback {
  tenant: string;
  provider: string;
  interactionId: string;
  notification: ProviderNotification;
}

/**
 * What a provider is told of a domain event: `AssignToAgent` when an interaction it dispatched is offered (or
 * transferred) to an agent, `Release` when it leaves the system (released, or completed by its agent). Only interactions with an externalid: that is the `objectid`.
 * The event id is the `notificationid`, so every retry and redelivery carries the same one.
 */
export function providerCallbackOf(event: DomainEvent, directory: ProviderDirectory): ProviderCallback | undefined {
  if (
    event.type !== 'interaction.offered' &&
    event.type !== 'interaction.released' &&
    event.type !== 'interaction.completed' &&
    event.type !== 'interaction.transferred'
  ) {
    return undefined;
  }
  const { interaction } = event.data;
  if (interaction.provider === undefined || interaction.externalId === undefined) return undefined;
  const { externalId } = interaction;
  const base = { tenant: event.tenant, provider: interaction.provider, interactionId: interaction.id };
  const AccountName = directory.accountName(event.tenant);
  const assignedTo = (Agent: string, AgentId: string): ProviderCallback => ({
    ...base,
    notification: {
      notification: 'AssignToAgent',
      objectid: externalId,
      notificationid: event.id,
      params: { AccountName, Agent, AgentId },
    },
  });
  if (event.type === 'interaction.transferred') return assignedTo(event.data.toAgentUsername, event.data.toAgentId);
  if (event.type === 'interaction.offered') return assignedTo(event.data.agentUsername, event.data.agentId);
  const { agentId } = event.data;
  const agent = agentId === undefined ? undefined : directory.username(event.tenant, agentId);
  return {
    ...base,
    notification: {
      notification: 'Release',
      objectid: externalId,
      notificationid: event.id,
      params: {
        AccountName,
        ...(agent === undefined ? {} : { Agent: agent }),
        ...(agentId === undefined ? {} : { AgentId: agentId }),
      },
    },
  };
}
