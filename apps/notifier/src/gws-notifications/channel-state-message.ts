import type { AgentView, ChannelStateChangeMessageV2 } from '@switchboard/contracts';
import { REPORTED_CHANNELS } from '@switchboard/gws-dialect';

type UserState = ChannelStateChangeMessageV2['channels'][number]['userState'];

/**
 * The agent's readiness as GWS 8.5.2 shows it on `/v2/me/channels`: each channel is NotReady when the agent as a
 * whole is, or when that channel was set not ready on its own; LoggedOut outside a contact-center session.
 */
export function channelStateMessage(eventId: string, agent: AgentView): ChannelStateChangeMessageV2 {
  const closed = new Set(agent.notReadyChannels ?? []);
  const stateOf = (type: (typeof REPORTED_CHANNELS)[number]['type']): UserState => {
    if (!agent.loggedIn) return { state: 'LoggedOut' };
    if (!agent.ready)
      return { state: 'NotReady', ...(agent.notReadyReason === undefined ? {} : { reason: agent.notReadyReason }) };
    return closed.has(type) ? { state: 'NotReady' } : { state: 'Ready' };
  };
  return {
    messageType: 'ChannelStateChangeMessageV2',
    eventId,
    channels: REPORTED_CHANNELS.map(({ channel, type }) => ({ channel, userState: stateOf(type) })),
  };
}
