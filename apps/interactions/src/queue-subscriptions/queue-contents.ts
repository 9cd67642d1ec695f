import type { DomainEvent, InteractionAttributesEntry, StringAttributes } from '@switchboard/contracts';
import { interactionAttributes } from '@switchboard/icws-dialect';
import { attributeSourceOf } from '../domain/attributes/attribute-source.js';
import type { AttributeSource } from '../domain/attributes/interaction-place.js';
import { newEvent, type EventOf } from '../domain/domain-events.js';
import type { TenantState } from '../domain/tenant-state.js';
import type { QueueKey } from './queue-key.js';
import type { QueueMembership } from './queue-membership.js';
import { Selection, type SelectionParameters } from './subscription-selection.js';

/** What a queue subscription is, as far as its messages go. */
export interface SubscriptionView extends SelectionParameters {
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
  /** Whether more match than are shown, when that changed with this delta. */
  limitExceeded?: boolean;
}

/**
 * Each interaction's attribute source (undefined: not in the system) as read during one command: the state does
 * not change meanwhile, so subscriptions showing the same interaction share one read of it.
 */
export type AttributeSources = Map<string, AttributeSource | undefined>;

/** The interaction's attribute source, read from the state only the first time this command asks. */
export function sourceOf(
  state: TenantState,
  sources: AttributeSources,
  interactionId: string,
): AttributeSource | undefined {
  if (sources.has(interactionId)) return sources.get(interactionId);
  const source = attributeSourceOf(state, interactionId);
  sources.set(interactionId, source);
  return source;
}

/**
 * The most interactions one snapshot carries, and the greatest limitCount; without a limitCount the client is told
 * the list is cut (ICWS queueResultLimitExceeded) and learns of the rest as they change.
 */
export const SNAPSHOT_LIMIT = 1000;

/**
 * What the entries of one contents event may take, encoded. Every event must stay under the log's per-event limit
 * (MAX_EVENT_BYTES, 512 KiB) whatever the queue holds, so a snapshot or a delta larger than this is cut into several
 * events: a snapshot's first with `isDelta: false`, the rest `isDelta: true` adding the remaining interactions. One
 * entry is bounded by the contracts (attribute names, values and totals; README, Limits), so it always fits in one.
 */
export const CONTENTS_BUDGET_BYTES = 256 * 1024;

/** The items in order, cut into runs whose encoded size stays within the budget; an item over it is a run alone. */
export function chunksWithin<T>(items: readonly T[], budget: number, sizeOf: (item: T) => number): T[][] {
  const chunks: T[][] = [];
  let current: T[] = [];
  let size = 0;
  for (const item of items) {
    const bytes = sizeOf(item);
    if (current.length > 0 && size + bytes > budget) {
      chunks.push(current);
      current = [];
      size = 0;
    }
    current.push(item);
    size += bytes;
  }
  if (current.length > 0 || chunks.length === 0) chunks.push(current);
  return chunks;
}

const encodedSize = (value: unknown): number => Buffer.byteLength(JSON.stringify(value));

/** Only the attributes whose value is not what was shown; undefined when none changed. */
export function changedAttributes(shown: StringAttributes, now: StringAttributes): StringAttributes | undefined {
  const changed = Object.entries(now).filter(
    ([name, value]) => (Object.hasOwn(shown, name) ? shown[name] : undefined) !== value,
  );
  return changed.length === 0 ? undefined : Object.fromEntries(changed);
}

/**
 * The first `limit` interactions of the subscription's queues its filter keeps, in its order (queue order without
 * one), with whether more are kept. Without a filter or an order only those shown are read.
 */
function selected(
  state: TenantState,
  membership: QueueMembership,
  view: SubscriptionView,
  sources: AttributeSources,
  limit: number,
): { shown: { interactionId: string; source: AttributeSource }[]; exceeded: boolean } {
  const selection = new Selection(view);
  const members = membership.membersOf(view.keys);
  const kept: { interactionId: string; key: string; source: AttributeSource }[] = [];
  for (const [index, interactionId] of members.entries()) {
    if (!selection.reads && kept.length === limit) return { shown: kept, exceeded: index < members.length };
    const source = sourceOf(state, sources, interactionId);
    if (!source) continue;
    const { matches, key } = selection.judge(source);
    if (matches) kept.push({ interactionId, key, source });
  }
  const ordered = selection.ordered ? kept.sort(selection.compare) : kept;
  return { shown: ordered.slice(0, limit), exceeded: ordered.length > limit };
}

/**
 * Everything the subscription shows now — the interactions its filter keeps, the first limitCount of them in its
 * order — with every subscribed attribute: the client replaces its cache. Snapshots made in one command pass the
 * same `sources`, so an interaction in several of them is read once. One event unless the contents are over
 * CONTENTS_BUDGET_BYTES: then the first event (`isDelta: false`) is followed by deltas adding the rest, which the
 * client applies in order.
 */
export function snapshotEvents(
  state: TenantState,
  membership: QueueMembership,
  view: SubscriptionView,
  now: number,
  sources: AttributeSources = new Map(),
  budget = CONTENTS_BUDGET_BYTES,
): EventOf<'session.queue-contents'>[] {
  const limit = Math.min(view.resultLimit?.limitCount ?? SNAPSHOT_LIMIT, SNAPSHOT_LIMIT);
  const { shown, exceeded } = selected(state, membership, view, sources, limit);
  const added = shown.map(({ interactionId, source }) => ({
    interactionId,
    attributes: interactionAttributes(source, view.attributeNames),
  }));
  const ids = { sessionId: view.sessionId, subscriptionId: view.subscriptionId };
  const [first = [], ...rest] = chunksWithin(added, budget, encodedSize);
  const snapshot = {
    ...ids,
    isDelta: false,
    added: first,
    ...(exceeded ? { limitExceeded: true } : {}),
  };
  return [
    newEvent('session.queue-contents', state.tenant, snapshot, now),
    ...rest.map((chunk) =>
      newEvent('session.queue-contents', state.tenant, { ...ids, isDelta: true, added: chunk }, now),
    ),
  ];
}

type DeltaPart = { added: InteractionAttributesEntry } | { changed: InteractionAttributesEntry } | { removed: string };

/** One delta, or several when it is over the budget, each with its share of what came, changed and left. */
export function deltaEvents(
  tenant: string,
  view: SubscriptionView,
  delta: ContentsDelta,
  now: number,
  budget = CONTENTS_BUDGET_BYTES,
): DomainEvent[] {
  const parts: DeltaPart[] = [
    ...delta.added.map((added) => ({ added })),
    ...delta.changed.map((changed) => ({ changed })),
    ...delta.removed.map((removed) => ({ removed })),
  ];
  const chunks = chunksWithin(parts, budget, encodedSize);
  return chunks.map((chunk, index) => {
    // told with the last part: that is when it holds
    const exceeded = index === chunks.length - 1 && delta.limitExceeded !== undefined;
    const added = chunk.flatMap((part) => ('added' in part ? [part.added] : []));
    const changed = chunk.flatMap((part) => ('changed' in part ? [part.changed] : []));
    const removed = chunk.flatMap((part) => ('removed' in part ? [part.removed] : []));
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
        ...(exceeded ? { limitExceeded: delta.limitExceeded } : {}),
      },
      now,
    );
  });
}
