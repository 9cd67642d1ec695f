import type {
  QueueRef,
  SessionCommand,
  SessionCommandReply,
  SubscribeQueuesCommand,
  UnsubscribeQueuesCommand,
} from '@switchboard/contracts';
import { refuse, type Decision } from '../domain/decision.js';
import { newEvent } from '../domain/domain-events.js';
import { failure } from '../domain/domain-failure.js';
import type { TenantCatalog } from '../domain/tenant-catalog.js';
import type { TenantState } from '../domain/tenant-state.js';
import { mayViewQueue } from '../domain/visibility.js';
import { filterSizeProblem } from './attribute-filter.js';
import { snapshotEvents, type AttributeSources } from './queue-contents.js';
import { queueKeyOf, resolveQueue } from './queue-key.js';
import type { QueueSubscriptions } from './queue-subscriptions.js';

/** Bounds what one session costs every command of its tenant (a desktop needs a handful). */
export const MAX_SUBSCRIPTIONS_PER_SESSION = 20;

/** Each queue as configured, when the agent may see them all; or the first reason why not. */
function visibleQueues(
  state: TenantState,
  catalog: TenantCatalog,
  agentId: string,
  refs: readonly QueueRef[],
): QueueRef[] | SessionCommandReply {
  const agent = state.agentConfig(agentId);
  const queues: QueueRef[] = [];
  for (const ref of refs) {
    const queue = resolveQueue(state, catalog, ref);
    if (!queue) return failure('queue_not_found', `no ${ref.type} queue "${ref.name}"`);
    if (!agent || !mayViewQueue(agent, queue))
      return failure('queue_not_visible', `the ${queue.type} queue "${queue.name}" is not this agent's to see`);
    queues.push(queue);
  }
  return queues;
}

/**
 * A name subscribed (or watched) twice when case is ignored, if any. Each name shows its attribute's value, so repeating one (in
 * two spellings) would repeat the value in every message: the contracts' bounds on an interaction would not hold.
 */
export function repeatedName(attributeNames: readonly string[]): string | undefined {
  const seen = new Set<string>();
  for (const name of attributeNames) {
    const lower = name.toLowerCase();
    if (seen.has(lower)) return name;
    seen.add(lower);
  }
  return undefined;
}

/** A session is its agent's: another agent naming it is refused. */
function sessionOfOtherAgent(queues: QueueSubscriptions, sessionId: string, agentId: string): boolean {
  const owner = queues.agentOf(sessionId);
  return owner !== undefined && owner !== agentId;
}

/**
 * A session subscribes to queues (create or replace under the client's subscription id): the subscription, then
 * its first message — what its queues hold now that its filter keeps, up to its limit, with every subscribed
 * attribute. A filter past its bounds (MAX_FILTER_DEPTH, MAX_FILTER_ITEMS) is refused.
 */
export function decideSubscribeQueues(
  state: TenantState,
  catalog: TenantCatalog,
  subscriptions: QueueSubscriptions,
  command: SubscribeQueuesCommand,
  now: number,
): Decision<SessionCommandReply> {
  const { agentId, sessionId, subscriptionId, attributeNames, resultLimit, attributeFilter } = command;
  if (!state.agentConfig(agentId)) return refuse(failure('agent_not_found', `no agent with id "${agentId}"`));
  if (sessionOfOtherAgent(subscriptions, sessionId, agentId))
    return refuse(failure('invalid_command', 'the session belongs to another agent'));
  const isNew = subscriptions.subscription(sessionId, subscriptionId) === undefined;
  if (isNew && subscriptions.subscriptionsOf(sessionId).length >= MAX_SUBSCRIPTIONS_PER_SESSION) {
    return refuse(
      failure(
        'invalid_command',
        `a session holds at most ${String(MAX_SUBSCRIPTIONS_PER_SESSION)} queue subscriptions`,
      ),
    );
  }
  const repeated = repeatedName(attributeNames);
  if (repeated !== undefined)
    return refuse(
      failure('invalid_command', `attributeNames names "${repeated}" more than once (names are case-insensitive)`),
    );
  const tooLarge = attributeFilter ? filterSizeProblem(attributeFilter) : undefined;
  if (tooLarge !== undefined) return refuse(failure('invalid_command', tooLarge));
  const queues = visibleQueues(state, catalog, agentId, command.queues);
  if (!Array.isArray(queues)) return refuse(queues);
  const selection = { ...(resultLimit ? { resultLimit } : {}), ...(attributeFilter ? { attributeFilter } : {}) };
  const changed = newEvent(
    'session.queue-subscription-changed',
    state.tenant,
    { sessionId, agentId, subscriptionId, subscribed: true, queues, attributeNames, ...selection },
    now,
  );
  const snapshot = snapshotEvents(
    state,
    subscriptions.membership,
    { sessionId, subscriptionId, keys: queues.map(queueKeyOf), attributeNames, ...selection },
    now,
  );
  return { events: [changed, ...snapshot], reply: { ok: true } };
}

/** Ends a subscription; one that does not exist (any more) is already ended. */
export function decideUnsubscribeQueues(
  state: TenantState,
  subscriptions: QueueSubscriptions,
  command: UnsubscribeQueuesCommand,
  now: number,
): Decision<SessionCommandReply> {
  const { agentId, sessionId, subscriptionId } = command;
  if (sessionOfOtherAgent(subscriptions, sessionId, agentId))
    return refuse(failure('invalid_command', 'the session belongs to another agent'));
  if (!subscriptions.subscription(sessionId, subscriptionId)) return refuse({ ok: true });
  const data = { sessionId, agentId, subscriptionId, subscribed: false };
  return { events: [newEvent('session.queue-subscription-changed', state.tenant, data, now)], reply: { ok: true } };
}

/** A fresh snapshot for every subscription of the session, e.g. after its client's messages were dropped unread. */
export function decideResync(
  state: TenantState,
  subscriptions: QueueSubscriptions,
  command: SessionCommand,
  now: number,
): Decision<SessionCommandReply> {
  const sources: AttributeSources = new Map();
  const events = subscriptions
    .subscriptionsOf(command.sessionId)
    .flatMap((subscription) => snapshotEvents(state, subscriptions.membership, subscription, now, sources));
  return { events, reply: { ok: true } };
}

/** The session ended: its subscriptions end with it, and the notifier can drop its messages. */
export function decideCloseSession(
  state: TenantState,
  command: SessionCommand,
  now: number,
): Decision<SessionCommandReply> {
  return {
    events: [newEvent('session.closed', state.tenant, { sessionId: command.sessionId }, now)],
    reply: { ok: true },
  };
}
