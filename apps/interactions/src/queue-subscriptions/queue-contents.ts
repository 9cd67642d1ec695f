import type { DomainEvent, InteractionAttributesEntry, StringAttributes } from '@switchboard/contracts';
import { attributeSourceOf } from '../domain/attributes/attribute-source.js';
import { interactionAttributes, type AttributeSource } from '../domain/attributes/interaction-attributes.js';
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

/**
 * Each interaction's attribute source (undefined: not in the system) as read during one command: the state does
 * not change meanwhile, so subscriptions showing the same interaction share one read of it.
 */
export type AttributeSources = Map<string, AttributeSource | undefined>;

/** The interaction's attribute source, read from the state only the first time this command asks. */
function sourceOf(state: TenantState, sources: AttributeSources, interactionId: string, now: number): AttributeSource | undefined {
  if (sources.has(interactionId)) return sources.get(interactionId);
  const source = attributeSourceOf(state, interactionId, now);
  sources.set(interactionId, source);
  return source;
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

/**
 * Everything the subscription shows now, every subscribed attribute of each interaction: the client replaces its
 * cache. Snapshots made in one command pass the same `sources`, so an interaction in several of them is read once.
 */
export function snapshotEvent(
  state: TenantState,
  membership: QueueMembership,
  view: SubscriptionView,
  now: number,
  sources: AttributeSources = new Map(),
): EventOf<'session.queue-contents'> {
  const members = membership.membersOf(view.keys);
  const added = members.slice(0, SNAPSHOT_LIMIT).flatMap((interactionId) => {
    const source = sourceOf(state, sources, interactionId, now);
    return source ? [{ interactionId, attributes: interactionAttributes(source, view.attributeNames) }] : [];
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
