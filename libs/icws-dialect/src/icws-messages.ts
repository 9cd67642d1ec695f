import type { DomainEvent, IcwsApi } from '@switchboard/contracts';

export type IcwsMessage = IcwsApi.components['schemas']['IcwsMessage'];
export type QueueContentsMessage = IcwsApi.components['schemas']['QueueContentsMessage'];
type QueueInteraction = IcwsApi.components['schemas']['QueueInteraction'];
type ContentsData = Extract<DomainEvent, { type: 'session.queue-contents' }>['data'];
type InteractionChangedData = Extract<DomainEvent, { type: 'session.interaction-changed' }>['data'];

/** The bus types an attribute map as possibly holding undefined (an index signature); on the wire it never does. */
const stringsOf = (attributes: Record<string, string | undefined>): Record<string, string> =>
  Object.fromEntries(Object.entries(attributes).filter((entry): entry is [string, string] => entry[1] !== undefined));

const entries = (list: ContentsData['added']): QueueInteraction[] =>
  (list ?? []).map(({ interactionId, attributes }) => ({ interactionId, attributes: stringsOf(attributes) }));

/** The ICWS form of a subscription's contents; empty lists are left out, as ICWS servers do. */
export function queueContentsMessage(data: ContentsData): QueueContentsMessage {
  const added = entries(data.added);
  const changed = entries(data.changed);
  const removed = data.removed ?? [];
  return {
    __type: 'urn:inin.com:queues:queueContentsMessage',
    isDelta: data.isDelta,
    subscriptionId: data.subscriptionId,
    ...(added.length === 0 ? {} : { interactionsAdded: added }),
    ...(changed.length === 0 ? {} : { interactionsChanged: changed }),
    ...(removed.length === 0 ? {} : { interactionsRemoved: [...removed] }),
    // a snapshot says true only; a delta says when it changed, false too
    ...(data.limitExceeded === undefined ? {} : { queueResultLimitExceeded: data.limitExceeded }),
  };
}

/** The ICWS form of a watch's message (the vendor spells the id `interactionID`). */
export function interactionChangedMessage(data: InteractionChangedData): IcwsMessage {
  return {
    __type: 'urn:inin.com:interactions:interactionChangedMessage',
    isDelta: data.isDelta,
    interactionID: data.interactionId,
    attributes: stringsOf(data.attributes),
  };
}

/** The last message of a watch whose interaction ended: the watch ends with it. */
export const interactionDeallocatedMessage = (interactionId: string): IcwsMessage => ({
  __type: 'urn:inin.com:interactions:interactionDeallocatedMessage',
  isDelta: false,
  interactionID: interactionId,
});

/** The last message of a watch whose user may no longer see its interaction: the watch ends. */
export const interactionLostRightsMessage = (interactionId: string): IcwsMessage => ({
  __type: 'urn:inin.com:interactions:interactionLostRightsMessage',
  isDelta: false,
  interactionID: interactionId,
});

/**
 * The last message of a stream whose session ended (signed out, here or elsewhere): the connection is down and
 * reconnecting with the same session is pointless.
 */
export const SESSION_CLOSED_MESSAGE: IcwsMessage = {
  __type: 'urn:inin.com:connection:connectionStateChangeMessage',
  isDelta: false,
  previousConnectionState: 1,
  newConnectionState: 2,
  reason: 'The session ended.',
  shouldReconnect: false,
};
