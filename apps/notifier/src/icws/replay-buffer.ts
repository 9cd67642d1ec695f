import type { QueuedMessage } from './icws-messages.js';

/** A message as a session's queue numbers it: `seq` increases within the queue (see stream-event-ids.ts). */
export interface NumberedMessage {
  seq: number;
  queued: QueuedMessage;
}

/** How much a session's replay buffer holds at most: messages, and their size as JSON (ICWS_SSE_REPLAY_*). */
export interface ReplayLimits {
  messages: number;
  bytes: number;
}

/** Why a stream could not resume where its client says it stopped. */
export type ResumeRefusal = 'malformed' | 'unknown' | 'too-old';

/** What a stream that resumes after a message is sent: the messages after it, or why that cannot be done. */
export type Resumption = { replay: NumberedMessage[] } | { refused: ResumeRefusal };

interface Held {
  seq: number;
  /** Undefined once its subscription ended: its place is kept, so that a client that saw it can still resume. */
  queued: QueuedMessage | undefined;
  bytes: number;
}

/**
 * The last messages a session's streams were written, so that a client that reconnects with `Last-Event-ID` is sent
 * only what came after it instead of a full resync: a message written to a socket that was already dying is lost
 * with it, and the client's id says which ones it did see. Bounded by count and by size, oldest out first.
 *
 * It must hold every message written after the oldest it holds, or a resume would skip some: so it is cleared
 * whenever messages reach the client otherwise (a short poll) or are dropped unwritten (an overflow).
 */
export class ReplayBuffer {
  private held: Held[] = [];
  private bytes = 0;
  /** The newest message recorded since the last clear (0: none): a client that saw it missed nothing. */
  private newest = 0;
  /** The newest message pushed out by the limits since the last clear (0: none): ids up to it are too old. */
  private evictedThrough = 0;

  constructor(private readonly limits: ReplayLimits) {}

  /** A message was written to the session's stream. */
  record({ seq, queued }: NumberedMessage): void {
    const bytes = JSON.stringify(queued.message).length;
    this.held.push({ seq, queued, bytes });
    this.bytes += bytes;
    this.newest = seq;
    while (this.held.length > this.limits.messages || this.bytes > this.limits.bytes) {
      const oldest = this.held.shift();
      if (!oldest) break;
      this.bytes -= oldest.bytes;
      this.evictedThrough = oldest.seq;
    }
  }

  /** The client ended a subscription: its messages are not shown again. */
  forget(subscriptionId: string): void {
    for (const entry of this.held) {
      if (entry.queued?.subscriptionId !== subscriptionId) continue;
      this.bytes -= entry.bytes;
      entry.queued = undefined;
      entry.bytes = 0;
    }
  }

  clear(): void {
    this.held = [];
    this.bytes = 0;
    this.newest = 0;
    this.evictedThrough = 0;
  }

  /** What follows the message `seq` (the client's last), in order, when this buffer can tell. */
  after(seq: number): Resumption {
    if (this.newest !== 0 && seq === this.newest) return { replay: [] };
    const index = this.held.findIndex((entry) => entry.seq === seq);
    if (index < 0) return { refused: seq <= this.evictedThrough ? 'too-old' : 'unknown' };
    return {
      replay: this.held
        .slice(index + 1)
        .flatMap(({ seq: next, queued }) => (queued === undefined ? [] : [{ seq: next, queued }])),
    };
  }

  /** How many messages are held (ended subscriptions' places included); for tests and diagnostics. */
  get size(): number {
    return this.held.length;
  }

  /** Their size as JSON; for tests and diagnostics. */
  get heldBytes(): number {
    return this.bytes;
  }
}
