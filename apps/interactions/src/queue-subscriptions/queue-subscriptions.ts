import type { DomainEvent, StringAttributes } from '@switchboard/contracts';
import { interactionAttributes } from '@switchboard/icws-dialect';
import { attributeSourceOf } from '../domain/attributes/attribute-source.js';
import type { AttributeSource } from '../domain/attributes/interaction-place.js';
import { newEvent, type EventOf } from '../domain/domain-events.js';
import type { Projection } from '../domain/projection.js';
import type { TenantState } from '../domain/tenant-state.js';
import {
  changedAttributes,
  deltaEvents,
  SNAPSHOT_LIMIT,
  snapshotEvents,
  sourceOf,
  type AttributeSources,
  type ContentsDelta,
  type SubscriptionView,
} from './queue-contents.js';
import { queueKeyOf, queuesOf, type QueueKey } from './queue-key.js';
import { QueueMembership } from './queue-membership.js';
import { ResultRanking } from './result-window.js';
import { Selection } from './subscription-selection.js';

/**
 * How long a session's subscriptions outlive its last subscribe: the gateway ends an ICWS session 12 hours after
 * sign-in, so by then a client that went away without DELETE is surely gone.
 */
export const SESSION_SUBSCRIPTIONS_TTL_MS = 12 * 3_600_000;

/** The first retry of a snapshot that could not be stored waits this long; each next one twice as long. */
export const SNAPSHOT_RETRY_BASE_MS = 1_000;
const SNAPSHOT_RETRY_MAX_MS = 60_000;
/**
 * How many times a subscription's owed snapshot is tried after it could not be stored. Then it is given up: the
 * subscription goes on with deltas, its client's cache possibly short of what was lost (a resync or new PUT repairs
 * it), rather than cost its tenant an attempt for ever.
 */
export const SNAPSHOT_ATTEMPTS = 8;

/** A snapshot owed to a subscription (or a watch): how many stores of it failed, and when it may next be tried (epoch ms). */
export interface OwedSnapshot {
  failures: number;
  notBefore: number;
}

/**
 * After one more failed store of an owed snapshot: when to try it next (each wait twice the last, at most a minute),
 * or undefined once SNAPSHOT_ATTEMPTS have failed and it is given up. Queue subscriptions and interaction watches alike.
 */
export function retryOwedSnapshot(owed: OwedSnapshot | undefined, now: number): OwedSnapshot | undefined {
  const failures = (owed?.failures ?? 0) + 1;
  if (failures >= SNAPSHOT_ATTEMPTS) return undefined;
  return { failures, notBefore: now + Math.min(SNAPSHOT_RETRY_BASE_MS * 2 ** (failures - 1), SNAPSHOT_RETRY_MAX_MS) };
}

export interface Subscription extends SubscriptionView {
  /** What each interaction in it last showed: its subscribed attributes, under the names as subscribed. */
  readonly shown: Map<string, StringAttributes>;
  /** Its filter and order, ready to judge an interaction. */
  readonly selection: Selection;
  /** Whether its client was last told that more match than it shows (queueResultLimitExceeded). */
  exceeded: boolean;
  /**
   * With a limitCount: every interaction its filter keeps, in its order, of which the first limitCount are shown.
   * Built from its queues at the first delta after a snapshot, then kept by each delta.
   */
  ranking?: ResultRanking;
}

/** A subscription with nothing shown yet. */
function newSubscription(view: SubscriptionView): Subscription {
  return { ...view, shown: new Map(), selection: new Selection(view), exceeded: false };
}

/** The subscription's queue interactions this command touched: the queues each is in now and its source. */
type Touched = Map<string, TouchedInteraction>;
interface TouchedInteraction {
  readonly queues: readonly QueueKey[];
  readonly source: AttributeSource | undefined;
}

/** The subscriptions as plain data, for a tenant snapshot: what they showed is not in it (a restore sends snapshots). */
export interface QueueSubscriptionsSnapshot {
  sessions: { sessionId: string; agentId: string; lastSubscribedAt: number; subscriptions: SubscriptionView[] }[];
}

interface Session {
  readonly agentId: string;
  lastSubscribedAt: number;
  readonly subscriptions: Map<string, Subscription>;
}

/** The interaction an event is about, if it is about one. */
function interactionIdOf(event: DomainEvent): string | undefined {
  return 'interaction' in event.data ? event.data.interaction.id : undefined;
}

/**
 * A tenant's ICWS queue subscriptions: sessions → subscriptions → what each showed last. A subscription's first
 * message is a snapshot; after every command, each subscription watching an interaction the command's events
 * touched gets one delta — interactions that came into its queues, only the subscribed attributes that changed,
 * and the ids that left. The cost of a command is the touched interactions times the subscriptions watching
 * their queues, never a scan of the tenant.
 *
 * Subscriptions are folded from their events (facts, in the domain log), so a restore rebuilds them. What they showed
 * is not in the log: the contents messages are derived for one reader and published to SB_DERIVED, never replayed. So
 * after a restore each subscription is sent a fresh snapshot computed from the facts, which tells the client to
 * replace its cache. Contents messages are folded here only as they are made (`show`), to compute the next delta.
 */
export class QueueSubscriptions implements Projection {
  /** In the order they last subscribed, so the first is the next to expire. */
  private readonly sessions = new Map<string, Session>();
  private readonly watchers = new Map<QueueKey, Set<Subscription>>();
  private readonly owedSnapshot = new Map<Subscription, OwedSnapshot>();
  readonly membership = new QueueMembership();

  constructor(private readonly ttlMs = SESSION_SUBSCRIPTIONS_TTL_MS) {}

  subscription(sessionId: string, subscriptionId: string): Subscription | undefined {
    return this.sessions.get(sessionId)?.subscriptions.get(subscriptionId);
  }

  subscriptionsOf(sessionId: string): Subscription[] {
    return [...(this.sessions.get(sessionId)?.subscriptions.values() ?? [])];
  }

  /** The agent a session subscribed for, while it has subscriptions. */
  agentOf(sessionId: string): string | undefined {
    return this.sessions.get(sessionId)?.agentId;
  }

  snapshot(): QueueSubscriptionsSnapshot {
    return {
      sessions: [...this.sessions].map(([sessionId, { agentId, lastSubscribedAt, subscriptions }]) => ({
        sessionId,
        agentId,
        lastSubscribedAt,
        subscriptions: [...subscriptions.values()].map(
          ({ subscriptionId, keys, attributeNames, resultLimit, attributeFilter }) => ({
            sessionId,
            subscriptionId,
            keys,
            attributeNames,
            ...(resultLimit ? { resultLimit } : {}),
            ...(attributeFilter ? { attributeFilter } : {}),
          }),
        ),
      })),
    };
  }

  /** Takes over a snapshot's subscriptions, in place of none; `restored` then owes each of them a snapshot message. */
  restoreSnapshot(saved: QueueSubscriptionsSnapshot): void {
    for (const { sessionId, agentId, lastSubscribedAt, subscriptions } of saved.sessions) {
      const session: Session = { agentId, lastSubscribedAt, subscriptions: new Map() };
      this.sessions.set(sessionId, session);
      for (const view of subscriptions) this.watch(newSubscription(view));
    }
  }

  /** Folds the session events; what interactions do is read from the state in `follow`. */
  apply(event: DomainEvent): void {
    if (event.type === 'session.queue-subscription-changed') {
      if (event.data.subscribed) this.subscribe(event, Date.parse(event.occurredAt));
      else this.unsubscribe(event.data.sessionId, event.data.subscriptionId);
    } else if (event.type === 'session.queue-contents') {
      this.show(event);
    } else if (event.type === 'session.closed') {
      for (const subscription of this.subscriptionsOf(event.data.sessionId))
        this.unsubscribe(subscription.sessionId, subscription.subscriptionId);
    }
  }

  restored(state: TenantState, now: number): void {
    this.membership.clear();
    for (const id of state.interactions.keys()) this.membership.move(id, queuesOf(state, id));
    for (const session of this.sessions.values()) {
      for (const subscription of session.subscriptions.values())
        this.owedSnapshot.set(subscription, { failures: 0, notBefore: now });
    }
  }

  notStored(events: readonly DomainEvent[], now: number): void {
    const told = new Set<Subscription>();
    for (const event of events) {
      if (event.type !== 'session.queue-contents') continue;
      const subscription = this.subscription(event.data.sessionId, event.data.subscriptionId);
      if (subscription) told.add(subscription);
    }
    // each subscription that may have been told less than `shown` records is owed a snapshot, which replaces its cache
    for (const subscription of told) {
      const next = retryOwedSnapshot(this.owedSnapshot.get(subscription), now);
      if (next) this.owedSnapshot.set(subscription, next);
      else this.owedSnapshot.delete(subscription);
    }
  }

  nextRetryAt(): number | undefined {
    let next: number | undefined;
    for (const { notBefore } of this.owedSnapshot.values())
      if (next === undefined || notBefore < next) next = notBefore;
    return next;
  }

  follow(state: TenantState, events: readonly DomainEvent[], now: number): DomainEvent[] {
    const expired = new Set(this.expiredSessions(now));
    const closed = [...expired].map((sessionId) => newEvent('session.closed', state.tenant, { sessionId }, now));
    // Each touched interaction's attributes are read from the state once, however many subscriptions watch it: the
    // source is shared with the snapshots below.
    const sources: AttributeSources = new Map();
    // Every queue moves first: a snapshot owed since a restore must show the state after this command, so it needs
    // no delta of it (and an interaction this command moved out is neither in it nor left in the client's cache).
    const moves = [...new Set(events.map(interactionIdOf))].flatMap((interactionId) => {
      if (interactionId === undefined) return [];
      const queues = queuesOf(state, interactionId);
      // read only when a subscription can show it: one watching a queue it is in now
      if (queues.some((key) => this.watchers.has(key)))
        sources.set(interactionId, attributeSourceOf(state, interactionId));
      return [{ interactionId, queues, before: this.membership.move(interactionId, queues) }];
    });
    const snapshots = [...this.owedSnapshot]
      .filter(([subscription, { notBefore }]) => notBefore <= now && !expired.has(subscription.sessionId))
      .flatMap(([subscription]) => snapshotEvents(state, this.membership, subscription, now, sources));
    const deltas = new Map<Subscription, ContentsDelta>();
    const windowed = new Map<Subscription, Touched>();
    for (const { interactionId, queues, before } of moves) {
      const source = sources.get(interactionId);
      for (const subscription of this.watching([...before, ...queues])) {
        if (this.owedSnapshot.has(subscription) || expired.has(subscription.sessionId)) continue;
        if (subscription.selection.limit !== undefined) {
          const touched = windowed.get(subscription) ?? new Map<string, TouchedInteraction>();
          windowed.set(subscription, touched.set(interactionId, { queues, source }));
          continue;
        }
        const delta = deltas.get(subscription) ?? { added: [], changed: [], removed: [] };
        if (this.record(subscription, interactionId, queues, source, delta)) deltas.set(subscription, delta);
      }
    }
    for (const [subscription, touched] of windowed) {
      const delta = this.moveWindow(state, subscription, touched, sources);
      if (delta) deltas.set(subscription, delta);
    }
    return [
      ...closed,
      ...snapshots,
      ...[...deltas].flatMap(([subscription, delta]) => deltaEvents(state.tenant, subscription, delta, now)),
    ];
  }

  /**
   * Adds to the delta what the subscription should be told of the interaction, given the queues it is in now and
   * its attribute source (undefined: no longer in the system); whether there is anything.
   */
  private record(
    subscription: Subscription,
    interactionId: string,
    queues: readonly QueueKey[],
    source: AttributeSource | undefined,
    delta: ContentsDelta,
  ): boolean {
    const shown = subscription.shown.get(interactionId);
    const inView = source !== undefined && this.keeps(subscription, queues, source);
    const attributes = inView ? interactionAttributes(source, subscription.attributeNames) : undefined;
    if (!attributes) {
      if (!shown) return false;
      delta.removed.push(interactionId);
      return true;
    }
    if (!shown) {
      delta.added.push({ interactionId, attributes });
      return true;
    }
    const changed = changedAttributes(shown, attributes);
    if (!changed) return false;
    delta.changed.push({ interactionId, attributes: changed });
    return true;
  }

  /** Whether the subscription shows an interaction in these queues with this source, its limit aside. */
  private keeps(subscription: Subscription, queues: readonly QueueKey[], source: AttributeSource): boolean {
    return subscription.keys.some((key) => queues.includes(key)) && subscription.selection.judge(source).matches;
  }

  /**
   * The delta of a subscription with a limitCount after the command touched these of its interactions: its
   * ranking follows them, and the client's window is compared with the first limitCount — one that comes into
   * them is added with every attribute (whether this command touched it or one ahead of it left), one pushed
   * out or gone is removed, one that stays and was touched shows what changed. Undefined when nothing did.
   */
  private moveWindow(
    state: TenantState,
    subscription: Subscription,
    touched: Touched,
    sources: AttributeSources,
  ): ContentsDelta | undefined {
    const { selection, shown } = subscription;
    const ranking = subscription.ranking ?? this.rank(state, subscription, sources);
    if (subscription.ranking === ranking) {
      for (const [interactionId, { queues, source }] of touched) {
        const judged =
          source && subscription.keys.some((key) => queues.includes(key)) ? selection.judge(source) : undefined;
        if (judged?.matches === true) ranking.set(interactionId, judged.key);
        else ranking.delete(interactionId);
      }
    }
    subscription.ranking = ranking;
    const window = ranking.first(selection.limit ?? SNAPSHOT_LIMIT);
    const inWindow = new Set(window);
    const delta: ContentsDelta = { added: [], changed: [], removed: [] };
    for (const interactionId of shown.keys()) if (!inWindow.has(interactionId)) delta.removed.push(interactionId);
    for (const interactionId of window) {
      const before = shown.get(interactionId);
      if (before && !touched.has(interactionId)) continue;
      const source = touched.get(interactionId)?.source ?? sourceOf(state, sources, interactionId);
      if (!source) continue;
      const attributes = interactionAttributes(source, subscription.attributeNames);
      if (!before) delta.added.push({ interactionId, attributes });
      else {
        const changed = changedAttributes(before, attributes);
        if (changed) delta.changed.push({ interactionId, attributes: changed });
      }
    }
    const exceeded = ranking.size > window.length;
    if (exceeded !== subscription.exceeded) delta.limitExceeded = exceeded;
    const any = delta.added.length + delta.changed.length + delta.removed.length > 0;
    return any || delta.limitExceeded !== undefined ? delta : undefined;
  }

  /** Every interaction of the subscription's queues its filter keeps, ranked in its order. */
  private rank(state: TenantState, subscription: Subscription, sources: AttributeSources): ResultRanking {
    const ranking = new ResultRanking(subscription.resultLimit?.descending === true);
    for (const interactionId of this.membership.membersOf(subscription.keys)) {
      const source = sourceOf(state, sources, interactionId);
      const judged = source ? subscription.selection.judge(source) : undefined;
      if (judged?.matches === true) ranking.set(interactionId, judged.key);
    }
    return ranking;
  }

  private watching(keys: readonly QueueKey[]): Set<Subscription> {
    const subscriptions = new Set<Subscription>();
    for (const key of keys) for (const subscription of this.watchers.get(key) ?? []) subscriptions.add(subscription);
    return subscriptions;
  }

  /** Sessions whose last subscribe is older than the TTL: the first ones in the map, so this stops at the first one kept. */
  private expiredSessions(now: number): string[] {
    const expired: string[] = [];
    for (const [sessionId, session] of this.sessions) {
      if (now - session.lastSubscribedAt < this.ttlMs) break;
      expired.push(sessionId);
    }
    return expired;
  }

  private subscribe(event: EventOf<'session.queue-subscription-changed'>, at: number): void {
    const {
      sessionId,
      agentId,
      subscriptionId,
      queues = [],
      attributeNames = [],
      resultLimit,
      attributeFilter,
    } = event.data;
    this.unsubscribe(sessionId, subscriptionId);
    const session = this.sessions.get(sessionId) ?? {
      agentId,
      lastSubscribedAt: at,
      subscriptions: new Map<string, Subscription>(),
    };
    session.lastSubscribedAt = at;
    // moved to the end: the map stays in the order of the last subscribe
    this.sessions.delete(sessionId);
    this.sessions.set(sessionId, session);
    this.watch(
      newSubscription({
        sessionId,
        subscriptionId,
        keys: queues.map(queueKeyOf),
        attributeNames,
        ...(resultLimit ? { resultLimit } : {}),
        ...(attributeFilter ? { attributeFilter } : {}),
      }),
    );
  }

  /** Files a subscription under its session (which must exist) and the queues it watches. */
  private watch(subscription: Subscription): void {
    this.sessions.get(subscription.sessionId)?.subscriptions.set(subscription.subscriptionId, subscription);
    for (const key of subscription.keys) {
      const watchers = this.watchers.get(key) ?? new Set<Subscription>();
      watchers.add(subscription);
      this.watchers.set(key, watchers);
    }
  }

  private unsubscribe(sessionId: string, subscriptionId: string): void {
    const session = this.sessions.get(sessionId);
    const subscription = session?.subscriptions.get(subscriptionId);
    if (!session || !subscription) return;
    session.subscriptions.delete(subscriptionId);
    if (session.subscriptions.size === 0) this.sessions.delete(sessionId);
    this.owedSnapshot.delete(subscription);
    for (const key of subscription.keys) {
      const watchers = this.watchers.get(key);
      watchers?.delete(subscription);
      if (watchers?.size === 0) this.watchers.delete(key);
    }
  }

  /** What a message told the subscription's client: the next delta is computed against it. */
  private show(event: EventOf<'session.queue-contents'>): void {
    const { sessionId, subscriptionId, isDelta, added = [], changed = [], removed = [], limitExceeded } = event.data;
    const subscription = this.subscription(sessionId, subscriptionId);
    if (!subscription) return;
    if (!isDelta) {
      subscription.shown.clear();
      this.owedSnapshot.delete(subscription);
      // ranked again from the queues at its next delta: deltas were not kept while a snapshot was owed
      delete subscription.ranking;
      subscription.exceeded = limitExceeded === true;
    } else if (limitExceeded !== undefined) {
      subscription.exceeded = limitExceeded;
    }
    for (const { interactionId, attributes } of added) subscription.shown.set(interactionId, attributes);
    for (const { interactionId, attributes } of changed) {
      subscription.shown.set(interactionId, { ...subscription.shown.get(interactionId), ...attributes });
    }
    for (const interactionId of removed) subscription.shown.delete(interactionId);
  }
}
