import type { DomainEvent, StringAttributes } from '@switchboard/contracts';
import { interactionAttributes } from '@switchboard/icws-dialect';
import { attributeSourceOf } from '../domain/attributes/attribute-source.js';
import { newEvent, type EventOf } from '../domain/domain-events.js';
import type { Projection } from '../domain/projection.js';
import type { TenantState } from '../domain/tenant-state.js';
import { mayViewInteraction } from '../domain/visibility.js';
import {
  retryOwedSnapshot,
  SESSION_SUBSCRIPTIONS_TTL_MS,
  type OwedSnapshot,
} from '../queue-subscriptions/queue-subscriptions.js';
import { watchUpdate } from './watch-update.js';

/** What a watch is, as the log says: a session's watch of one interaction's named attributes. */
export interface WatchView {
  readonly sessionId: string;
  readonly agentId: string;
  readonly interactionId: string;
  readonly attributeNames: readonly string[];
  /** When it was (last) put, epoch ms: it expires SESSION_SUBSCRIPTIONS_TTL_MS after. */
  readonly watchedAt: number;
}

interface Watch extends WatchView {
  /** The watched attributes as the client was last shown them; undefined until its first message. */
  shown: StringAttributes | undefined;
}

/** The watches as plain data, for a tenant snapshot: what they showed is not in it (a restore sends every value). */
export interface InteractionWatchesSnapshot {
  watches: WatchView[];
}

/** Why a watch ends other than by its session's DELETE or its lapse: its client is told in a last message. */
type EndReason = 'deallocated' | 'lostRights';

const interactionIdOf = (event: DomainEvent): string | undefined =>
  'interaction' in event.data ? event.data.interaction.id : undefined;

/**
 * A tenant's ICWS interaction watches: sessions → the interactions each watches → what each was shown last. Where a
 * queue subscription follows the interactions in its queues, a watch follows one interaction by id. After every
 * command, each watch of an interaction the command's events touched is told the watched attributes that changed;
 * when the interaction is no longer in the system, or its agent may no longer see it (visibility.ts, the rule of the
 * attribute read), the watch ends (a fact, so a restore does not revive it) and its client is told why
 * (deallocated, lost rights): a watch never shows more than a read would. The cost of a command is the watches of the interactions it
 * touched, never a scan of the tenant.
 *
 * Watches are folded from their facts (`session.interaction-watch-changed`, in the domain log), so a restore rebuilds
 * them; their messages (`session.interaction-changed`) are derived for one reader, published to SB_DERIVED and never
 * replayed, so after a restore each watch is sent every watched value afresh (`isDelta: false`).
 */
export class InteractionWatches implements Projection {
  private readonly sessions = new Map<string, Map<string, Watch>>();
  private readonly byInteraction = new Map<string, Set<Watch>>();
  /** In the order they were put, so the first is the next to expire. */
  private readonly byAge = new Set<Watch>();
  private readonly owed = new Map<Watch, OwedSnapshot>();

  constructor(private readonly ttlMs = SESSION_SUBSCRIPTIONS_TTL_MS) {}

  watch(sessionId: string, interactionId: string): WatchView | undefined {
    return this.sessions.get(sessionId)?.get(interactionId);
  }

  watchesOf(sessionId: string): WatchView[] {
    return [...(this.sessions.get(sessionId)?.values() ?? [])];
  }

  /** The agent a session watches for, while it has watches. */
  agentOf(sessionId: string): string | undefined {
    const [first] = this.sessions.get(sessionId)?.values() ?? [];
    return first?.agentId;
  }

  snapshot(): InteractionWatchesSnapshot {
    return {
      watches: [...this.byAge].map(({ sessionId, agentId, interactionId, attributeNames, watchedAt }) => ({
        sessionId,
        agentId,
        interactionId,
        attributeNames,
        watchedAt,
      })),
    };
  }

  /** Takes over a snapshot's watches, in place of none; `restored` then owes each of them every value. */
  restoreSnapshot(saved: InteractionWatchesSnapshot): void {
    for (const view of saved.watches) this.add({ ...view, shown: undefined });
  }

  /** Folds the watch facts and the messages as they are made; what interactions do is read from the state in `follow`. */
  apply(event: DomainEvent): void {
    if (event.type === 'session.interaction-watch-changed') {
      const { sessionId, agentId, interactionId, watching, attributeNames = [] } = event.data;
      this.remove(sessionId, interactionId);
      if (!watching) return;
      const watchedAt = Date.parse(event.occurredAt);
      this.add({ sessionId, agentId, interactionId, attributeNames, watchedAt, shown: undefined });
    } else if (event.type === 'session.interaction-changed') {
      this.show(event);
    } else if (event.type === 'session.closed') {
      for (const watch of this.watchesOf(event.data.sessionId)) this.remove(watch.sessionId, watch.interactionId);
    }
  }

  restored(_state: TenantState, now: number): void {
    for (const watch of this.byAge) this.owed.set(watch, { failures: 0, notBefore: now });
  }

  notStored(events: readonly DomainEvent[], now: number): void {
    for (const event of events) {
      if (event.type !== 'session.interaction-changed') continue;
      const watch = this.sessions.get(event.data.sessionId)?.get(event.data.interactionId);
      if (!watch) continue;
      // its client may have been told less than `shown` records: it is owed every value, which replaces its cache
      const next = retryOwedSnapshot(this.owed.get(watch), now);
      if (next) this.owed.set(watch, next);
      else this.owed.delete(watch);
    }
  }

  nextRetryAt(): number | undefined {
    let next: number | undefined;
    for (const { notBefore } of this.owed.values()) if (next === undefined || notBefore < next) next = notBefore;
    return next;
  }

  follow(state: TenantState, events: readonly DomainEvent[], now: number): DomainEvent[] {
    const expired = this.expired(now);
    const ended = expired.map((watch) => this.ended(state.tenant, watch, now));
    const due = new Set<Watch>();
    for (const [watch, { notBefore }] of this.owed) if (notBefore <= now) due.add(watch);
    const touched = new Set<Watch>(due);
    for (const interactionId of new Set(events.map(interactionIdOf))) {
      if (interactionId === undefined) continue;
      for (const watch of this.byInteraction.get(interactionId) ?? []) touched.add(watch);
    }
    for (const watch of expired) touched.delete(watch);
    return [...ended, ...this.messages(state, [...touched], due, now)];
  }

  /** Every watched value of each of the session's watches, e.g. after its client's messages were dropped unread. */
  resync(state: TenantState, sessionId: string, now: number): DomainEvent[] {
    const watches = [...(this.sessions.get(sessionId)?.values() ?? [])];
    return this.messages(state, watches, new Set(watches), now);
  }

  /** The first message of a watch just put: every watched value (or, if its interaction is gone, its end). */
  firstMessages(state: TenantState, view: Omit<WatchView, 'watchedAt'>, now: number): DomainEvent[] {
    const watch: Watch = { ...view, watchedAt: now, shown: undefined };
    return this.messages(state, [watch], new Set([watch]), now);
  }

  /** What each watch is to be told now; those in `afresh` are told every value, whatever they were shown. */
  private messages(state: TenantState, watches: readonly Watch[], afresh: ReadonlySet<Watch>, now: number) {
    const current = new Map<string, ReturnType<typeof attributeSourceOf>>();
    const events: DomainEvent[] = [];
    for (const watch of watches) {
      const { interactionId } = watch;
      if (!current.has(interactionId)) current.set(interactionId, attributeSourceOf(state, interactionId));
      const source = current.get(interactionId);
      if (source && !mayViewInteraction(state, watch.agentId, interactionId)) {
        events.push(this.ended(state.tenant, watch, now, 'lostRights'));
        continue;
      }
      const attributes = source && interactionAttributes(source, watch.attributeNames);
      const update = watchUpdate(afresh.has(watch) ? undefined : watch.shown, attributes);
      if (update === undefined) continue;
      if (update.kind === 'deallocated') {
        events.push(this.ended(state.tenant, watch, now, 'deallocated'));
        continue;
      }
      const data = {
        sessionId: watch.sessionId,
        interactionId,
        isDelta: update.kind === 'changed',
        attributes: update.attributes,
      };
      events.push(newEvent('session.interaction-changed', state.tenant, data, now));
    }
    return events;
  }

  /** The fact that ends a watch: for a reason its client is told, or (none) because it lapsed. */
  private ended(tenant: string, watch: WatchView, now: number, reason?: EndReason): DomainEvent {
    const { sessionId, agentId, interactionId } = watch;
    const data = { sessionId, agentId, interactionId, watching: false, ...(reason ? { [reason]: true } : {}) };
    return newEvent('session.interaction-watch-changed', tenant, data, now);
  }

  /** Watches put longer than the TTL ago: the first ones in put order, so this stops at the first one kept. */
  private expired(now: number): Watch[] {
    const expired: Watch[] = [];
    for (const watch of this.byAge) {
      if (now - watch.watchedAt < this.ttlMs) break;
      expired.push(watch);
    }
    return expired;
  }

  private add(watch: Watch): void {
    const session = this.sessions.get(watch.sessionId) ?? new Map<string, Watch>();
    session.set(watch.interactionId, watch);
    this.sessions.set(watch.sessionId, session);
    const watchers = this.byInteraction.get(watch.interactionId) ?? new Set<Watch>();
    watchers.add(watch);
    this.byInteraction.set(watch.interactionId, watchers);
    this.byAge.add(watch);
  }

  private remove(sessionId: string, interactionId: string): void {
    const session = this.sessions.get(sessionId);
    const watch = session?.get(interactionId);
    if (!session || !watch) return;
    session.delete(interactionId);
    if (session.size === 0) this.sessions.delete(sessionId);
    const watchers = this.byInteraction.get(interactionId);
    watchers?.delete(watch);
    if (watchers?.size === 0) this.byInteraction.delete(interactionId);
    this.byAge.delete(watch);
    this.owed.delete(watch);
  }

  /** What a message told the watch's client: the next change is computed against it. */
  private show(event: EventOf<'session.interaction-changed'>): void {
    const { sessionId, interactionId, isDelta, attributes } = event.data;
    const watch = this.sessions.get(sessionId)?.get(interactionId);
    if (!watch) return;
    if (!isDelta) this.owed.delete(watch);
    watch.shown = isDelta ? { ...watch.shown, ...attributes } : { ...attributes };
  }
}
