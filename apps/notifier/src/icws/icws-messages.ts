import type { DomainEvent } from '@switchboard/contracts';
import {
  interactionChangedMessage,
  interactionDeallocatedMessage,
  interactionLostRightsMessage,
  queueContentsMessage,
  type IcwsMessage,
} from '@switchboard/icws-dialect';

// the session queues end a stream with it (the message itself is the dialect's)
export { SESSION_CLOSED_MESSAGE } from '@switchboard/icws-dialect';

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

/**
 * An interaction watch's key among the session's subscriptions, which share one queue: it begins with a NUL, which no
 * client sends in a queue subscription id (and one that did would confuse only its own session).
 */
export const watchKeyOf = (interactionId: string): string => `\u0000interaction:${interactionId}`;

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
      const ended =
        event.data.deallocated === true
          ? interactionDeallocatedMessage
          : event.data.lostRights === true
            ? interactionLostRightsMessage
            : undefined;
      if (ended === undefined) return { kind: 'unsubscribed', session, subscriptionId };
      const message = ended(event.data.interactionId);
      return { kind: 'watch-ended', session, queued: { id: event.id, subscriptionId, message } };
    }
  }
}
