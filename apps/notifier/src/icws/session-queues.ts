import { SESSION_CLOSED_MESSAGE, type QueuedMessage, type SessionChange, type SessionKey } from './icws-messages.js';
import { ReplayBuffer, type NumberedMessage, type ReplayLimits, type ResumeRefusal } from './replay-buffer.js';
import { formatStreamEventId, newQueueTag, parseStreamEventId } from './stream-event-ids.js';

/** A client reading a session's messages as they come (server-sent events). */
export interface MessageStream {
  /**
   * Hands the client one message under its event id; false when it cannot take more for now (it then calls `drained`
   * on its handle).
   */
  write(queued: QueuedMessage, id: string): boolean;
  /** Ends the stream, after `last` when there is one. */
  end(last?: QueuedMessage): void;
  /** Tells a client that is keeping up that the stream is alive. */
  keepAlive(): void;
}

/** A stream's link to its session's queue. */
export interface StreamHandle {
  /** The client took what was written: the queue goes on where it stopped. */
  drained(): void;
  /** The client went away; what it had not been written stays waiting. */
  detach(): void;
}

export interface SessionQueuesOptions {
  /** At most this many messages wait per session (ICWS_MESSAGE_QUEUE_LIMIT). */
  limit: number;
  /** A session not read for this long loses its queue (ICWS_SESSION_IDLE_MS). */
  idleMs: number;
  /** What each session's replay buffer holds at most (ICWS_SSE_REPLAY_MESSAGES, ICWS_SSE_REPLAY_BYTES). */
  replay: ReplayLimits;
  now: () => number;
  /** Asks for a fresh snapshot of every queue subscription of the session (bus `session.resync`). */
  requestResync: (session: SessionKey) => void;
  /** Told of each message taken for a session: queued, or written straight to its stream. */
  onQueued?: () => void;
  /** Told when a session's waiting messages are dropped, and why. */
  onDropped?: (session: SessionKey, reason: DropReason, dropped: number) => void;
  /** Told when a stream's `Last-Event-ID` could not be resumed from, so the stream began with a full resync. */
  onResumeRefused?: (session: SessionKey, reason: ResumeRefusal, lastEventId: string) => void;
}

export type DropReason = 'overflow' | 'delta-without-snapshot' | 'idle' | 'resync-failed';

interface AttachedStream {
  stream: MessageStream;
  blocked: boolean;
}

interface SessionQueue {
  session: SessionKey;
  /** This queue's part of its messages' event ids, new each time a session's queue begins (stream-event-ids.ts). */
  tag: string;
  /** The last message's number: each message taken is numbered next. */
  seq: number;
  waiting: NumberedMessage[];
  /** The last messages its streams were written, for a stream that reconnects to resume after what it saw. */
  replay: ReplayBuffer;
  /**
   * Nothing is kept: the client may hold a stale picture, and its next read asks for fresh snapshots instead of
   * returning anything.
   */
  stale: boolean;
  /**
   * A stream ended since the last read: what it was written last may have died with its connection, so the next
   * read asks for fresh snapshots too (and still returns what waits).
   */
  streamEnded: boolean;
  /** A resync was asked for since this queue began, so every subscription's snapshot is on its way. */
  resynced: boolean;
  /** Subscriptions whose snapshot passed through this queue: their deltas build on something the client was given. */
  snapshotted: Set<string>;
  /**
   * Subscriptions the client ended, until a snapshot starts one again under the same id: a delta still on its way
   * (derived messages and the facts that end them come by two streams) is of no use to anyone, so it is dropped alone.
   */
  ended: Set<string>;
  /**
   * Interaction watches whose interaction ended (their deallocated message passed through this queue): nothing of them
   * is of use any more, not even a first message that comes late by the other stream, since they cannot begin again.
   */
  deallocated: Set<string>;
  lastReadAt: number;
  attached: AttachedStream | undefined;
}

const INTERACTION_DEALLOCATED = 'urn:inin.com:interactions:interactionDeallocatedMessage';

const keyOf = ({ tenant, sessionId }: SessionKey): string => `${tenant}\u0000${sessionId}`;

/**
 * Each ICWS session's messages, in order, each delivered once: a short poll takes everything waiting; a stream
 * is written each message as it comes, and what it cannot take yet waits.
 *
 * Bounded, and never stale. ICWS's isDelta:false tells a client to replace its cache for that subscription, so
 * any message lost can be made good by a fresh snapshot (bus `session.resync`):
 * - a client that stops reading (or a stream that stops taking) while ICWS_MESSAGE_QUEUE_LIMIT messages wait
 *   has them dropped and no further ones kept; its next read (or the stream's drain) returns nothing more and
 *   asks the interactions service for a fresh snapshot of every subscription of the session;
 * - a session not read for ICWS_SESSION_IDLE_MS (a client gone without signing out) has its queue dropped, so
 *   memory stays bounded; should the client come back, its next read is of a session unknown here, which
 *   resyncs too, as does the first read after the notifier restarted;
 * - a delta for a subscription whose snapshot this queue never carried (its queue was dropped meanwhile, or
 *   the notifier restarted) drops the queue the same way, rather than hand a client a change to a state it
 *   may not have.
 * - a stream that ended (its client went away, or opened another) may have taken messages down with its
 *   connection, so the session's next read, a short poll or a new stream, asks for fresh snapshots as well —
 *   unless that read is a stream whose Last-Event-ID names a message still in the replay buffer: it is then sent
 *   what came after that message, which is all the client missed.
 *
 * Contents come from SB_DERIVED, the ends of subscriptions and sessions from the domain log: two ordered consumers,
 * so a message sent before an end may arrive after it. Such a late delta of an ended subscription is dropped alone,
 * and anything for a closed session (ids are never reused) is dropped for the idle time after it closed.
 */
export class SessionQueues {
  private readonly queues = new Map<string, SessionQueue>();
  /** Sessions that closed, and when: what still comes for them is late, for no one. Kept for the idle time. */
  private readonly closed = new Map<string, number>();

  constructor(private readonly options: SessionQueuesOptions) {}

  /** Applies what a domain event means to a session. */
  apply(change: SessionChange): void {
    const key = keyOf(change.session);
    switch (change.kind) {
      case 'contents': {
        if (this.closed.has(key)) return;
        const queue = this.queues.get(key) ?? this.begin(change.session, { stale: false });
        if (queue.stale) return;
        const subscription = change.queued.subscriptionId;
        if (queue.deallocated.has(subscription)) return;
        if (queue.ended.has(subscription)) {
          if (change.isDelta) return;
          queue.ended.delete(subscription); // a snapshot: the subscription begins again under the same id
        }
        if (!change.isDelta) queue.snapshotted.add(subscription);
        else if (!queue.resynced && !queue.snapshotted.has(subscription)) {
          this.drop(queue, 'delta-without-snapshot');
          return;
        }
        this.enqueue(queue, change.queued);
        return;
      }
      case 'unsubscribed': {
        // A client that ended a subscription is not shown its last contents afterwards.
        const queue = this.queues.get(key);
        if (!queue) return;
        queue.waiting = queue.waiting.filter(({ queued }) => queued.subscriptionId !== change.subscriptionId);
        queue.replay.forget(change.subscriptionId);
        queue.snapshotted.delete(change.subscriptionId);
        queue.ended.add(change.subscriptionId);
        return;
      }
      case 'watch-ended': {
        // Not a delta: it tells all there is to know, whatever the client was shown of the watch before.
        if (this.closed.has(key)) return;
        const queue = this.queues.get(key) ?? this.begin(change.session, { stale: false });
        const watch = change.queued.subscriptionId;
        if (queue.stale || queue.ended.has(watch) || queue.deallocated.has(watch)) return;
        queue.snapshotted.delete(watch);
        // a watch that lost its rights may be put again once they are back, and its first message then starts it
        if (change.queued.message.__type === INTERACTION_DEALLOCATED) queue.deallocated.add(watch);
        else queue.ended.add(watch);
        this.enqueue(queue, change.queued);
        return;
      }
      case 'closed': {
        this.queues.get(key)?.attached?.stream.end({ message: SESSION_CLOSED_MESSAGE });
        this.queues.delete(key);
        this.closed.delete(key); // re-added at the end: the map stays in the order they closed
        this.closed.set(key, this.options.now());
        return;
      }
    }
  }

  /** A short poll: everything waiting, which is then gone; [] when nothing is. */
  take(session: SessionKey): QueuedMessage[] {
    const queue = this.queues.get(keyOf(session)) ?? this.begin(session, { stale: true });
    queue.lastReadAt = this.options.now();
    if (queue.stale) {
      this.resync(queue);
      return [];
    }
    if (queue.streamEnded) this.resync(queue);
    // what a poll takes carries no event id: a stream's later Last-Event-ID cannot say whether the client saw it
    queue.replay.clear();
    return queue.waiting.splice(0).map(({ queued }) => queued);
  }

  /**
   * A stream takes over reading the session: what waits first, then each message as it comes. One per session.
   *
   * A client that reconnects names the last message it saw (`lastEventId`, from its Last-Event-ID header): while
   * the replay buffer still holds it, the stream resumes with what the client missed — what was written after it,
   * then what waits — and no resync. Otherwise (an id from elsewhere or from long ago, or not an id at all) it
   * begins with a full resync, since the client says it missed something this queue can no longer tell.
   */
  attach(session: SessionKey, stream: MessageStream, lastEventId?: string): StreamHandle {
    const queue = this.queues.get(keyOf(session)) ?? this.begin(session, { stale: true });
    // Two readers would each see part of the messages; the newer connection is the one the client still uses.
    if (queue.attached) {
      queue.attached.stream.end();
      queue.streamEnded = true;
    }
    const attached: AttachedStream = { stream, blocked: false };
    queue.attached = attached;
    queue.lastReadAt = this.options.now();
    const resumption = lastEventId === undefined ? undefined : this.resumption(queue, lastEventId);
    if (resumption && 'replay' in resumption) {
      queue.streamEnded = false;
      // bounded by the replay buffer's limits, so written whatever the socket's back-pressure says
      for (const { seq, queued } of resumption.replay)
        attached.blocked = !stream.write(queued, formatStreamEventId({ tag: queue.tag, seq })) || attached.blocked;
    } else if (resumption) {
      this.options.onResumeRefused?.(session, resumption.refused, lastEventId ?? '');
      this.resync(queue);
    } else if (queue.stale || queue.streamEnded) this.resync(queue);
    this.flush(queue);
    const current = (): SessionQueue | undefined => {
      const now = this.queues.get(keyOf(session));
      return now?.attached === attached ? now : undefined;
    };
    return {
      drained: () => {
        const queue = current();
        if (!queue) return;
        attached.blocked = false;
        queue.lastReadAt = this.options.now();
        if (queue.stale) this.resync(queue);
        this.flush(queue);
      },
      detach: () => {
        const queue = current();
        if (!queue) return;
        queue.attached = undefined;
        queue.streamEnded = true;
        queue.lastReadAt = this.options.now(); // idle from when the stream ended
      },
    };
  }

  /** The resync asked for did not happen: the session's next read asks again. */
  resyncFailed(session: SessionKey): void {
    const queue = this.queues.get(keyOf(session));
    if (queue) this.drop(queue, 'resync-failed');
  }

  /** Drops the queues of sessions not read for the idle time and without a stream; returns how many. */
  sweepIdle(): number {
    const now = this.options.now();
    // in the order they closed, so the first one kept ends the loop
    for (const [key, closedAt] of this.closed) {
      if (now - closedAt < this.options.idleMs) break;
      this.closed.delete(key);
    }
    let swept = 0;
    for (const [key, queue] of this.queues) {
      if (queue.attached || now - queue.lastReadAt < this.options.idleMs) continue;
      this.queues.delete(key);
      this.options.onDropped?.(queue.session, 'idle', queue.waiting.length);
      swept += 1;
    }
    return swept;
  }

  /**
   * Keeps open streams alive (those whose client is behind have data on the way anyway), and asks again for the
   * resync of a streamed session whose last one failed.
   */
  keepAlive(): void {
    for (const queue of this.queues.values()) {
      if (!queue.attached || queue.attached.blocked) continue;
      if (queue.stale) this.resync(queue);
      queue.attached.stream.keepAlive();
    }
  }

  /** Ends every stream (shutting down). */
  endStreams(): void {
    for (const queue of this.queues.values()) {
      queue.attached?.stream.end();
      queue.attached = undefined;
    }
  }

  /** How many messages wait for a session (undefined: none is known); for tests and diagnostics. */
  waitingCount(session: SessionKey): number | undefined {
    return this.queues.get(keyOf(session))?.waiting.length;
  }

  /** Whether a stream reads the session now; for tests and diagnostics. */
  isStreaming(session: SessionKey): boolean {
    return this.queues.get(keyOf(session))?.attached !== undefined;
  }

  get sessionCount(): number {
    return this.queues.size;
  }

  /** Where a stream resumes after the message its client named, if this queue can tell. */
  private resumption(queue: SessionQueue, lastEventId: string): ReturnType<ReplayBuffer['after']> {
    const id = parseStreamEventId(lastEventId);
    if (!id) return { refused: 'malformed' };
    if (id.tag !== queue.tag || queue.stale) return { refused: 'unknown' };
    return queue.replay.after(id.seq);
  }

  private begin(session: SessionKey, { stale }: { stale: boolean }): SessionQueue {
    const queue: SessionQueue = {
      session,
      tag: newQueueTag(),
      seq: 0,
      waiting: [],
      replay: new ReplayBuffer(this.options.replay),
      stale,
      streamEnded: false,
      resynced: false,
      snapshotted: new Set(),
      ended: new Set(),
      deallocated: new Set(),
      lastReadAt: this.options.now(),
      attached: undefined,
    };
    this.queues.set(keyOf(session), queue);
    return queue;
  }

  private enqueue(queue: SessionQueue, queued: QueuedMessage): void {
    const { attached } = queue;
    if (attached && !attached.blocked && queue.waiting.length === 0) {
      queue.seq += 1;
      this.write(queue, attached, { seq: queue.seq, queued });
      this.options.onQueued?.();
      return;
    }
    if (queue.waiting.length >= this.options.limit) {
      this.drop(queue, 'overflow');
      return;
    }
    queue.seq += 1;
    queue.waiting.push({ seq: queue.seq, queued });
    this.options.onQueued?.();
  }

  private flush(queue: SessionQueue): void {
    const { attached } = queue;
    if (!attached) return;
    let written = 0;
    while (written < queue.waiting.length && !attached.blocked) {
      this.write(queue, attached, queue.waiting[written] as NumberedMessage);
      written += 1;
    }
    queue.waiting.splice(0, written);
  }

  /** Written, and so kept for a resume: a write to a connection that was already dying loses the message with it. */
  private write(queue: SessionQueue, attached: AttachedStream, numbered: NumberedMessage): void {
    attached.blocked = !attached.stream.write(
      numbered.queued,
      formatStreamEventId({ tag: queue.tag, seq: numbered.seq }),
    );
    queue.replay.record(numbered);
  }

  private drop(queue: SessionQueue, reason: DropReason): void {
    const dropped = queue.waiting.length;
    queue.waiting = [];
    // what was dropped leaves a gap no resume could bridge
    queue.replay.clear();
    queue.stale = true;
    this.options.onDropped?.(queue.session, reason, dropped);
    // A stream that is keeping up is a reader right now: it need not wait for a next read to be made good. After
    // a failed resync, though, it waits for the next keep-alive, so that a bus that is down is not asked again
    // and again in a tight loop.
    if (reason !== 'resync-failed' && queue.attached && !queue.attached.blocked) this.resync(queue);
  }

  private resync(queue: SessionQueue): void {
    queue.stale = false;
    queue.streamEnded = false;
    queue.resynced = true;
    queue.snapshotted.clear();
    this.options.requestResync(queue.session);
  }
}
