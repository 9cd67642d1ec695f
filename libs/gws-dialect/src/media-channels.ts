import type { InteractionSnapshot } from '@switchboard/contracts';

type InteractionType = InteractionSnapshot['interactionType'];

/**
 * GWS media channels and the interaction type each one carries. Every non-live medium is one type to routing,
 * so email, work items and open media share their readiness.
 */
export const CHANNEL_TYPES: Readonly<Record<string, InteractionType>> = {
  voice: 'live',
  chat: 'chat',
  email: 'nonlive',
  workitem: 'nonlive',
  openmedia: 'nonlive',
};

/** The channels `/v2/me/channels` reports, one per interaction type. */
export const REPORTED_CHANNELS = [
  { channel: 'voice', type: 'live' },
  { channel: 'chat', type: 'chat' },
  { channel: 'workitem', type: 'nonlive' },
] as const satisfies readonly { channel: string; type: InteractionType }[];

/** The interaction type of a channel name (case-insensitive), or undefined for a channel GWS does not have. */
export function typeOfChannel(channel: string): InteractionType | undefined {
  const name = channel.toLowerCase();
  return Object.hasOwn(CHANNEL_TYPES, name) ? CHANNEL_TYPES[name] : undefined;
}
