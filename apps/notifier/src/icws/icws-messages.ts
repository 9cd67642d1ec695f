import type { DomainEvent, IcwsApi } from '@switchboard/contracts';

export type IcwsMessage = IcwsApi.components['schemas']['IcwsMessage'];
export type QueueContentsMessage = IcwsApi.components['schemas']['QueueContentsMessage'];
type QueueInteraction = IcwsApi.components['schemas']['QueueInteraction'];
type ContentsData = Extract<DomainEvent, { type: 'session.queue-contents' }>['data'];
type InteractionChangedData = Extract<DomainEvent, { type: 'session.interaction-changed' }>['data'];

/** An ICWS session, named as the gateway vouches for it: session ids are unique within a tenant. */
export interface SessionKey {
  tenant: string;
  sessionId: string;
}

/** One message in a session's queue; `id` (the domain event's) names it in a server-sent event. */
export interface QueuedMessage {
  id?: string;
  /** The queue subscription (its id) or interaction watch (watchKeyOf) it belongs to, if any. */
  subscriptionId?: string;
  message: IcwsMessage;
}

/** What a domain event means to one ICWS session's messages. */
export type SessionChange =
  | { kind: 'contents'; session: SessionKey; isDelta: boolean; queued: QueuedMessage & { subscriptionId: string } }
  | { kind: 'unsubscribed'; session: SessionKey; subscriptionId: string }
  | { kind: 'watch-ended'; session: SessionKey; queued: QueuedMessage & { subscriptionId: string } }
  | { kind: 'closed'; session: SessionKey };

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
    ...(data.limitExceeded === true ? { queueResultLimitExceeded: true } : {}),
  };
}

/**
 * An interaction watch's key among the session's subscriptions, which share one queue: it begins with a NUL, which no
 * client sends in a queue subscription id (and one that did would confuse only its own session).
 */
export const watchKeyOf = (interactionId: string): string => `\u0000interaction:${interactionId}`;

/** The ICWS form of a watch's message (the vendor spells the id `interactionID`). */
export function interactionChangedMessage(data: InteractionChangedData): IcwsMessage {
  return {
    __type: 'urn:inin.com:interactions:interactionChangedMessage',
    isDelta: data.isDelta,
    interactionID: data.interactionId,
    attributes: stringsOf(data.attributes),
  };
}

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

type SessionEvent = Extract<DomainEvent, { type: `session.${string}` }>;

/** The events about ICWS sessions; interactions reach sessions through them (the interactions service computes them). */
const isSessionEvent = (event: DomainEvent): event is SessionEvent => event.type.startsWith('session.');

/** What ICWS sessions see of a domain event: only the `session.*` events are addressed to them. */
export function sessionChangeOf(event: DomainEvent): SessionChange | undefined {
  if (!isSessionEvent(event)) return undefined;
  switch (event.type) {
    case 'session.queue-contents': {
      const session = { tenant: event.tenant, sessionId: event.data.sessionId };
      const queued = {
        id: event.id,
        subscriptionId: event.data.subscriptionId,
        message: queueContentsMessage(event.data),
      };
      return { kind: 'contents', session, isDelta: event.data.isDelta, queued };
    }
    case 'session.queue-subscription-changed':
      // A new or replaced subscription announces itself with its snapshot; only an ended one changes the queue.
      if (event.data.subscribed) return undefined;
      return {
        kind: 'unsubscribed',
        session: { tenant: event.tenant, sessionId: event.data.sessionId },
        subscriptionId: event.data.subscriptionId,
      };
    case 'session.closed':
      return { kind: 'closed', session: { tenant: event.tenant, sessionId: event.data.sessionId } };
    case 'session.interaction-changed': {
      const session = { tenant: event.tenant, sessionId: event.data.sessionId };
      const queued = {
        id: event.id,
        subscriptionId: watchKeyOf(event.data.interactionId),
        message: interactionChangedMessage(event.data),
      };
      return { kind: 'contents', session, isDelta: event.data.isDelta, queued };
    }
    case 'session.interaction-watch-changed': {
      // A new or replaced watch announces itself with its first message; only an ended one changes the queue.
      if (event.data.watching) return undefined;
      const session = { tenant: event.tenant, sessionId: event.data.sessionId };
      const subscriptionId = watchKeyOf(event.data.interactionId);
      // Ended by the server: the interaction ended, or the agent may no longer see it; the client is told which.
      const __type =
        event.data.deallocated === true
          ? 'urn:inin.com:interactions:interactionDeallocatedMessage'
          : event.data.lostRights === true
            ? 'urn:inin.com:interactions:interactionLostRightsMessage'
            : undefined;
      if (__type === undefined) return { kind: 'unsubscribed', session, subscriptionId };
      const message: IcwsMessage = { __type, isDelta: false, interactionID: event.data.interactionId };
      return { kind: 'watch-ended', session, queued: { id: event.id, subscriptionId, message } };
    }
  }
}
