import type {
  ChannelStateChangeMessageV2,
  InteractionStateMessage,
  MeWorkbinsPayload,
  ProviderSettings,
} from '@switchboard/contracts';

/** A message on one of an agent's `/v2/me/...` channels. */
export type ChannelMessage =
  | { channel: '/v2/me/interactions'; message: InteractionStateMessage }
  | { channel: '/v2/me/workbins'; message: MeWorkbinsPayload }
  | { channel: '/v2/me/channels'; message: ChannelStateChangeMessageV2 };

/** One message for one agent's CometD sessions. */
export type AgentNotification = { tenant: string; agentId: string } & ChannelMessage;

/** The provider's permitted actions, for the capabilities shown (enforcement itself is in the domain). */
export type PermissionsOf = (
  tenant: string,
  provider: string | undefined,
) => ProviderSettings['agentActionsPermitted'] | undefined;

/** The request that caused an event, so a desktop can match the notification to its operation. */
export const referenceOf = (data: object): { referenceId?: number } =>
  'referenceId' in data && typeof data.referenceId === 'number' ? { referenceId: data.referenceId } : {};
