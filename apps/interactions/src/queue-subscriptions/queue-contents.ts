import type { DomainEvent, InteractionAttributesEntry, StringAttributes } from '@switchboard/contracts';
import { attributeSourceOf } from '../domain/attributes/attribute-source.js';
import { interactionAttributes } from '../domain/attributes/interaction-attributes.js';
import { newEvent, type EventOf } from '../domain/domain-events.js';
import type { TenantState } from '../domain/tenant-state.js';
import type { QueueKey } from './queue-key.js';
import type { QueueMembership } from './queue-membership.js';

/** What a queue subscription is, as far as its messages go. */
export interface SubscriptionView {
  readonly sessionId: string;
  readonly subscriptionId: string;
  readonly keys: readonly QueueKey[];
  readonly attributeNames: readonly string[];
}

/** What changed of a subscription's view, to be told in one delta message. */
export interface ContentsDelta {
  added: InteractionAttributesEntry[];
  changed: InteractionAttributesEntry[];
  removed: string[];
}

/** The subscribed attributes of an interaction now; undefined when it is no longer in the system. */
export function subscribedAttributes(state: TenantState, interactionId: string, names: readonly string[], now: number): StringAttributes | undefined {
  const source = attributeSourceOf(state, interactionId, now);
  return source ? interactionAttributes(source, names) : undefined;
}

/**
 * The most interactions one snapshot carries. A snapshot is one event in the log, and an event must stay well under
 * NATS's 1 MB message limit whatever the queue holds (a failed append would fail the tenant's every command); the
 * client is told the list is cut (ICWS queueResultLimitExceeded) and learns of the rest as they change.
 */
export const SNAPSHOT_LIMIT = 1000;

/** Only the attributes whose value is not what was shown; undefined when none changed. */
export function changedAttributes(shown: StringAttributes, now: StringAttributes): StringAttributes | undefined {
  const changed = Object.entries(now).filter(([name, value]) => (Object.hasOwn(shown, name) ? shown[name] : undefined) !== value);
  return changed.length === 0 ? undefined : Object.fromEntries(changed);
}

/** Everything the subscription shows now, every subscribed attribute of each interaction: the client replaces its cache. */
export function snapshotEvent(state: TenantState, membership: QueueMembership, view: SubscriptionView, now: number): EventOf<'session.queue-contents'> {
  const members = membership.membersOf(view.keys);
  const added = members.slice(0, SNAPSHOT_LIMIT).flatMap((interactionId) => {
    const attributes = subscribedAttributes(state, interactionId, view.attributeNames, now);
    return attributes ? [{ interactionId, attributes }] : [];
  });
  const data = { sessionId: view.sessionId, subscriptionId: view.subscriptionId, isDelta: false, added };
  return newEvent('session.queue-contents', state.tenant, members.length > SNAPSHOT_LIMIT ? { ...data, limitExceeded: true } : data, now);
}

export function deltaEvent(tenant: string, view: SubscriptionView, delta: ContentsDelta, now: number): DomainEvent {
  const { added, changed, removed } = delta;
  return newEvent(
    'session.queue-contents',
    tenant,
    {
      sessionId: view.sessionId,
      subscriptionId: view.subscriptionId,
      isDelta: true,
      ...(added.length === 0 ? {} : { added }),
      ...(changed.length === 0 ? {} : { changed }),
      ...(removed.length === 0 ? {} : { removed }),
    },
    now,
  );
}
