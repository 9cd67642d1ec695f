import type { AgentView, ChannelStateChangeMessageV2 } from '@switchboard/contracts';

/** The GWS media channels an agent has: one per interaction type (live → voice, non-live → workitem). */
const CHANNELS = ['voice', 'chat', 'workitem'] as const;

/**
 * The agent's readiness as GWS 8.5.2 shows it on `/v2/me/channels`. Readiness is the agent's as a whole, so
 * every channel shows the same state.
 */
export function channelStateMessage(eventId: string, agent: AgentView): ChannelStateChangeMessageV2 {
  const userState: ChannelStateChangeMessageV2['channels'][number]['userState'] = !agent.loggedIn
    ? { state: 'LoggedOut' }
    : agent.ready
      ? { state: 'Ready' }
      : { state: 'NotReady', ...(agent.notReadyReason === undefined ? {} : { reason: agent.notReadyReason }) };
  return { messageType: 'ChannelStateChangeMessageV2', eventId, channels: CHANNELS.map((channel) => ({ channel, userState })) };
}
