import { describe, expect, it } from '@jest/globals';
import { queueContentsMessage } from '@switchboard/icws-dialect';
import { watchKeyOf, type QueuedMessage, type SessionChange, type SessionKey } from './icws-messages.js';
import type { ResumeRefusal } from './replay-buffer.js';
import { SessionQueues, type DropReason, type MessageStream } from './session-queues.js';

const session: SessionKey = { tenant: 'demo', sessionId: 's-1' };
const other: SessionKey = { tenant: 'demo', sessionId: 's-2' };

let sequence = 0;
/** A subscription's contents message, as a `session.queue-contents` event brings it. */
function contents(subscriptionId: string, isDelta: boolean, at: SessionKey = session): SessionChange {
  sequence += 1;
  const message = queueContentsMessage({
    sessionId: at.sessionId,
    subscriptionId,
    isDelta,
    removed: [`i-${sequence}`],
  });
  return { kind: 'contents', session: at, isDelta, queued: { id: `evt-${sequence}`, subscriptionId, message } };
}

function setUp({ limit = 100, idleMs = 60_000, replay = { messages: 100, bytes: 100_000 } } = {}) {
  let now = 1_000;
  const resyncs: SessionKey[] = [];
  const drops: [string, DropReason, number][] = [];
  const counted = { queued: 0 };
  const refusals: [string, ResumeRefusal, string][] = [];
  const queues = new SessionQueues({
    limit,
    idleMs,
    replay,
    now: () => now,
    requestResync: (key) => resyncs.push(key),
    onQueued: () => (counted.queued += 1),
    onDropped: (key, reason, dropped) => drops.push([key.sessionId, reason, dropped]),
    onResumeRefused: (key, reason, lastEventId) => refusals.push([key.sessionId, reason, lastEventId]),
  });
  return { queues, resyncs, drops, counted, refusals, advance: (ms: number) => (now += ms) };
}

/** A stream that takes messages while `accepting`, as a socket does until its buffer is full. */
class FakeStream implements MessageStream {
  readonly written: QueuedMessage[] = [];
  /** The event id each message in `written` was written under. */
  readonly eventIds: string[] = [];
  accepting = true;
  ended: QueuedMessage | 'ended' | undefined;
  keepAlives = 0;
  write(queued: QueuedMessage, id: string): boolean {
    this.written.push(queued);
    this.eventIds.push(id);
    return this.accepting;
  }
  end(last?: QueuedMessage): void {
    this.ended = last ?? 'ended';
  }
  keepAlive(): void {
    this.keepAlives += 1;
  }
}

const ids = (messages: readonly QueuedMessage[]): (string | undefined)[] => messages.map((queued) => queued.id);
const idsOf = (changes: SessionChange[]): string[] =>
  changes.flatMap((c) => (c.kind === 'contents' && c.queued.id ? [c.queued.id] : []));

describe('SessionQueues: a short poll', () => {
  it('takes every waiting message in order, each once, and only its own session’s', () => {
    const { queues, resyncs } = setUp();
    const mine = [contents('q', false), contents('q', true), contents('q', true)];
    for (const change of [mine[0], contents('q', false, other), mine[1], mine[2]])
      queues.apply(change as SessionChange);
    expect(ids(queues.take(session))).toEqual(idsOf(mine));
    expect(queues.take(session)).toEqual([]);
    expect(queues.take(other)).toHaveLength(1);
    expect(resyncs).toEqual([]);
  });

  it('answers [] for a session it does not know and asks for a resync, then keeps what comes', () => {
    const { queues, resyncs } = setUp();
    expect(queues.take(session)).toEqual([]);
    expect(resyncs).toEqual([session]);
    const delta = contents('q', true); // the resync's snapshot may come after deltas already on their way
    queues.apply(delta);
    expect(ids(queues.take(session))).toEqual(idsOf([delta]));
    expect(resyncs).toHaveLength(1);
  });

  it('drops a subscription’s waiting messages when the subscription ends', () => {
    const { queues } = setUp();
    const kept = contents('b', false);
    for (const change of [contents('a', false), kept, contents('a', true)]) queues.apply(change);
    queues.apply({ kind: 'unsubscribed', session, subscriptionId: 'a' });
    expect(ids(queues.take(session))).toEqual(idsOf([kept]));
  });

  it('drops alone a delta that comes after its subscription ended, and takes the snapshot that starts it again', () => {
    const { queues, resyncs, drops } = setUp();
    queues.apply(contents('a', false));
    queues.take(session);
    queues.apply({ kind: 'unsubscribed', session, subscriptionId: 'a' });
    // sent before the end, on the other stream: late, and of no use, but no reason to drop the session's queue
    queues.apply(contents('a', true));
    expect(queues.take(session)).toEqual([]);
    const again = [contents('a', false), contents('a', true)];
    for (const change of again) queues.apply(change);
    expect(ids(queues.take(session))).toEqual(idsOf(again));
    expect(drops).toEqual([]);
    expect(resyncs).toEqual([]);
  });

  it('delivers a watch’s deallocated message after what waits of it, then nothing more of that watch', () => {
    const { queues, drops } = setUp();
    const key = watchKeyOf('100000001');
    const first = contents(key, false);
    queues.apply(first);
    const deallocated: SessionChange = {
      kind: 'watch-ended',
      session,
      queued: {
        id: 'evt-gone',
        subscriptionId: key,
        message: {
          __type: 'urn:inin.com:interactions:interactionDeallocatedMessage',
          isDelta: false,
          interactionID: '100000001',
        },
      },
    };
    queues.apply(deallocated);
    // late by the other stream: a change, or even a first message, of an interaction that ended
    queues.apply(contents(key, true));
    queues.apply(contents(key, false));
    queues.apply(deallocated);
    expect(ids(queues.take(session))).toEqual([...idsOf([first]), 'evt-gone']);
    expect(drops).toEqual([]);
  });
  it('takes a watch put again after it lost its rights: its first message starts it anew', () => {
    const { queues } = setUp();
    const key = watchKeyOf('100000002');
    queues.apply(contents(key, false));
    queues.apply({
      kind: 'watch-ended',
      session,
      queued: {
        id: 'evt-lost',
        subscriptionId: key,
        message: {
          __type: 'urn:inin.com:interactions:interactionLostRightsMessage',
          isDelta: false,
          interactionID: '100000002',
        },
      },
    });
    queues.apply(contents(key, true)); // late: dropped
    const again = [contents(key, false), contents(key, true)];
    for (const change of again) queues.apply(change);
    expect(ids(queues.take(session)).slice(1)).toEqual(['evt-lost', ...idsOf(again)]);
  });
});

describe('SessionQueues: bounded', () => {
  it('keeps at most the limit; one more drops them all and keeps nothing until the next read, which resyncs', () => {
    const { queues, resyncs, drops } = setUp({ limit: 3 });
    for (const change of [contents('q', false), contents('q', true), contents('q', true)]) queues.apply(change);
    expect(queues.waitingCount(session)).toBe(3);
    queues.apply(contents('q', true));
    queues.apply(contents('q', false));
    expect(queues.waitingCount(session)).toBe(0);
    expect(drops).toEqual([['s-1', 'overflow', 3]]);
    expect(resyncs).toEqual([]);

    expect(queues.take(session)).toEqual([]);
    expect(resyncs).toEqual([session]);
    const snapshot = contents('q', false);
    queues.apply(snapshot);
    expect(ids(queues.take(session))).toEqual(idsOf([snapshot]));
  });

  it('drops a session’s queue when a delta comes for a subscription whose snapshot it never carried', () => {
    const { queues, resyncs, drops } = setUp();
    queues.apply(contents('a', false));
    queues.apply(contents('b', true)); // after a restart, or after the queue was dropped: the client may lack b's state
    expect(drops).toEqual([['s-1', 'delta-without-snapshot', 1]]);
    expect(queues.take(session)).toEqual([]);
    expect(resyncs).toEqual([session]);
  });

  it('asks again at the next read when a resync could not be asked for', () => {
    const { queues, resyncs } = setUp();
    queues.take(session);
    queues.apply(contents('q', true));
    queues.resyncFailed(session);
    expect(queues.take(session)).toEqual([]);
    expect(resyncs).toEqual([session, session]);
  });
});

describe('SessionQueues: idle and closed sessions', () => {
  it('drops the queue of a session not read for the idle time; its next read resyncs', () => {
    const { queues, resyncs, drops, advance } = setUp({ idleMs: 10_000 });
    queues.apply(contents('q', false));
    queues.apply(contents('q', false, other));
    advance(6_000);
    queues.take(other); // read: not idle
    advance(4_000);
    expect(queues.sweepIdle()).toBe(1);
    expect(drops).toEqual([['s-1', 'idle', 1]]);
    expect(queues.waitingCount(session)).toBeUndefined();
    expect(queues.waitingCount(other)).toBe(0);

    queues.apply(contents('q', true)); // a delta to the dropped queue's client: kept as nothing
    expect(queues.take(session)).toEqual([]);
    expect(resyncs).toEqual([session]);
  });

  it('never drops a session that a stream reads', () => {
    const { queues, advance } = setUp({ idleMs: 10_000 });
    queues.take(session);
    queues.attach(session, new FakeStream());
    advance(60_000);
    expect(queues.sweepIdle()).toBe(0);
  });

  it('drops a closed session’s queue and ends its stream with a connection-down message', () => {
    const { queues } = setUp();
    queues.apply(contents('q', false, other));
    queues.take(session);
    const stream = new FakeStream();
    queues.attach(session, stream);
    queues.apply({ kind: 'closed', session });
    queues.apply({ kind: 'closed', session: other });
    expect(stream.ended).toMatchObject({
      message: { __type: 'urn:inin.com:connection:connectionStateChangeMessage', newConnectionState: 2 },
    });
    expect(queues.sessionCount).toBe(0);
  });

  it('keeps nothing that comes late for a closed session, for the idle time after it closed', () => {
    const { queues, advance } = setUp({ idleMs: 10_000 });
    queues.apply(contents('q', false));
    queues.apply({ kind: 'closed', session });
    queues.apply(contents('q', true));
    expect(queues.sessionCount).toBe(0);
    advance(10_000);
    queues.sweepIdle();
    queues.apply(contents('q', false));
    expect(queues.waitingCount(session)).toBe(1);
  });
});

describe('SessionQueues: a stream', () => {
  it('is written what waits, then each message as it comes', () => {
    const { queues, resyncs } = setUp();
    const first = [contents('q', false), contents('q', true)];
    for (const change of first) queues.apply(change);
    const stream = new FakeStream();
    queues.attach(session, stream);
    const later = contents('q', true);
    queues.apply(later);
    expect(ids(stream.written)).toEqual(idsOf([...first, later]));
    expect(queues.take(session)).toEqual([]);
    expect(resyncs).toEqual([]);
  });

  it('stops writing when the client cannot take more, and goes on where it stopped once it drained', () => {
    const { queues } = setUp();
    const stream = new FakeStream();
    queues.take(session);
    const handle = queues.attach(session, stream);
    stream.accepting = false;
    const changes = [contents('q', false), contents('q', true), contents('q', true)];
    for (const change of changes) queues.apply(change);
    expect(ids(stream.written)).toEqual(idsOf(changes.slice(0, 1)));
    expect(queues.waitingCount(session)).toBe(2);
    queues.keepAlive();
    expect(stream.keepAlives).toBe(0); // a client that is behind has data on its way
    stream.accepting = true;
    handle.drained();
    expect(ids(stream.written)).toEqual(idsOf(changes));
    queues.keepAlive();
    expect(stream.keepAlives).toBe(1);
  });

  it('treats a client that stopped taking like one that stopped reading: overflow, then a resync when it drains', () => {
    const { queues, resyncs, drops } = setUp({ limit: 2 });
    const stream = new FakeStream();
    queues.take(session);
    const handle = queues.attach(session, stream);
    stream.accepting = false;
    for (const change of [contents('q', false), contents('q', true), contents('q', true), contents('q', true)])
      queues.apply(change);
    expect(drops).toEqual([['s-1', 'overflow', 2]]);
    expect(resyncs).toEqual([session]);
    stream.accepting = true;
    handle.drained();
    expect(resyncs).toEqual([session, session]);
    const snapshot = contents('q', false);
    queues.apply(snapshot);
    expect(stream.written.at(-1)?.id).toBe(idsOf([snapshot])[0]);
  });

  it('leaves what it was not written for the next reader once the client went away, and has that read resync', () => {
    const { queues, resyncs } = setUp();
    queues.take(session);
    const handle = queues.attach(session, new FakeStream());
    handle.detach();
    const change = contents('q', true);
    queues.apply(change);
    expect(ids(queues.take(session))).toEqual(idsOf([change]));
    expect(resyncs).toEqual([session, session]); // what the stream was written last may have died with it
    queues.take(session);
    expect(resyncs).toHaveLength(2);
  });

  it('resyncs a stream that reconnects, not the first stream of a session', () => {
    const { queues, resyncs } = setUp();
    queues.apply(contents('q', false));
    queues.attach(session, new FakeStream()).detach();
    expect(resyncs).toEqual([]);
    queues.attach(session, new FakeStream());
    expect(resyncs).toEqual([session]);
  });

  it('is one per session: a second stream ends the first (and resyncs), and the first’s going away does not detach the second', () => {
    const { queues, resyncs } = setUp();
    queues.take(session);
    const first = new FakeStream();
    const firstHandle = queues.attach(session, first);
    const second = new FakeStream();
    queues.attach(session, second);
    expect(first.ended).toBe('ended');
    expect(resyncs).toEqual([session, session]);
    firstHandle.detach();
    queues.apply(contents('q', true));
    expect(second.written).toHaveLength(1);
  });

  it('resyncs at once on a delta without its snapshot when a stream keeps up, and on the next keep-alive after a failed resync', () => {
    const { queues, resyncs } = setUp();
    queues.apply(contents('a', false));
    queues.attach(session, new FakeStream());
    queues.apply(contents('b', true));
    expect(resyncs).toEqual([session]);
    queues.resyncFailed(session);
    expect(resyncs).toHaveLength(1);
    queues.keepAlive();
    expect(resyncs).toEqual([session, session]);
  });
});

describe('SessionQueues: a stream that reconnects with Last-Event-ID', () => {
  /** A session whose first stream was written a snapshot and two deltas, then went away. */
  function streamedThenGone(options: Parameters<typeof setUp>[0] = {}) {
    const fixture = setUp(options);
    const { queues } = fixture;
    queues.take(session);
    const first = new FakeStream();
    const handle = queues.attach(session, first);
    const seen = [contents('q', false), contents('q', true), contents('q', true)];
    for (const change of seen) queues.apply(change);
    handle.detach();
    return { ...fixture, first, seen, resyncsBefore: fixture.resyncs.length };
  }

  it('writes each message under an id unique and increasing within the session', () => {
    const { first } = streamedThenGone();
    const parsed = first.eventIds.map((id) => /^([0-9a-f]+)-(\d+)$/.exec(id));
    expect(new Set(parsed.map((match) => match?.[1])).size).toBe(1);
    expect(parsed.map((match) => Number(match?.[2]))).toEqual([1, 2, 3]);
  });

  it('resumes after the last message the client saw: only what it missed, in order, and no resync', () => {
    const { queues, resyncs, resyncsBefore, first, seen, refusals } = streamedThenGone();
    const missed = [contents('q', true), contents('q', true)];
    for (const change of missed) queues.apply(change);
    const again = new FakeStream();
    queues.attach(session, again, first.eventIds[2]);
    expect(ids(again.written)).toEqual(idsOf(missed));
    expect(resyncs).toHaveLength(resyncsBefore);
    expect(refusals).toEqual([]);
    // the ids go on where they were
    expect(again.eventIds.map((id) => id.split('-')[1])).toEqual(['4', '5']);
    expect(ids(first.written)).toEqual(idsOf(seen));
  });

  it('resends what was written after the client’s last message, which may have died with the connection', () => {
    const { queues, resyncs, resyncsBefore, first, seen } = streamedThenGone();
    const missed = contents('q', true);
    queues.apply(missed);
    const again = new FakeStream();
    queues.attach(session, again, first.eventIds[0]);
    expect(ids(again.written)).toEqual(idsOf([...seen.slice(1), missed]));
    expect(again.eventIds.slice(0, 2)).toEqual(first.eventIds.slice(1));
    expect(resyncs).toHaveLength(resyncsBefore);
    queues.apply(contents('q', true));
    expect(again.written).toHaveLength(4);
  });

  it('resumes a stream that replaces one still open (an EventSource reconnecting before the old close is seen)', () => {
    const { queues, resyncs } = setUp();
    queues.take(session);
    const first = new FakeStream();
    queues.attach(session, first);
    queues.apply(contents('q', false));
    const second = new FakeStream();
    queues.attach(session, second, first.eventIds[0]);
    expect(first.ended).toBe('ended');
    expect(second.written).toEqual([]);
    expect(resyncs).toEqual([session]); // the first read's only
  });

  it('resyncs, and says why, when the id is not one it holds: malformed, from another queue, or pushed out', () => {
    const cases: [string | ((first: FakeStream) => string), ResumeRefusal][] = [
      ['garbage', 'malformed'],
      ['x'.repeat(500), 'malformed'],
      ['0123456789ab-2', 'unknown'],
      [(first) => first.eventIds[0] ?? '', 'too-old'],
    ];
    for (const [lastEventId, reason] of cases) {
      const { queues, resyncs, resyncsBefore, first, refusals } = streamedThenGone({
        replay: { messages: 2, bytes: 100_000 },
      });
      const id = typeof lastEventId === 'string' ? lastEventId : lastEventId(first);
      queues.attach(session, new FakeStream(), id);
      expect(refusals).toEqual([['s-1', reason, id]]);
      expect(resyncs).toHaveLength(resyncsBefore + 1);
    }
  });

  it('resyncs a stream whose id came before a short poll or an overflow: what they took or dropped is a gap', () => {
    const polled = streamedThenGone();
    polled.queues.apply(contents('q', true));
    polled.queues.take(session);
    polled.queues.attach(session, new FakeStream(), polled.first.eventIds[2]);
    expect(polled.refusals).toEqual([['s-1', 'unknown', polled.first.eventIds[2]]]);

    const overflowed = streamedThenGone({ limit: 1 });
    overflowed.queues.apply(contents('q', true));
    overflowed.queues.apply(contents('q', true));
    expect(overflowed.drops).toEqual([['s-1', 'overflow', 1]]);
    const again = new FakeStream();
    overflowed.queues.attach(session, again, overflowed.first.eventIds[2]);
    expect(overflowed.refusals).toEqual([['s-1', 'unknown', overflowed.first.eventIds[2]]]);
    expect(again.written).toEqual([]);
    expect(overflowed.resyncs).toHaveLength(overflowed.resyncsBefore + 1);
  });

  it('does not resend an ended subscription’s messages', () => {
    const { queues, first, resyncs, resyncsBefore } = streamedThenGone();
    queues.apply(contents('other', false));
    queues.apply({ kind: 'unsubscribed', session, subscriptionId: 'q' });
    const again = new FakeStream();
    queues.attach(session, again, first.eventIds[0]);
    expect(again.written.map((queued) => queued.subscriptionId)).toEqual(['other']);
    expect(resyncs).toHaveLength(resyncsBefore);
  });
});

describe('SessionQueues: what it reports', () => {
  it('reports each message taken for a session, queued or written to its stream, and not one it refused', () => {
    const { queues, counted, drops } = setUp({ limit: 2 });
    queues.apply(contents('q', false));
    queues.apply(contents('q', true));
    expect(counted.queued).toBe(2);
    queues.apply(contents('q', true)); // over the limit: the queue is dropped, this one with it
    expect(counted.queued).toBe(2);
    expect(drops).toEqual([['s-1', 'overflow', 2]]);
    const stream = new FakeStream();
    queues.attach(other, stream);
    queues.apply(contents('q', false, other));
    expect(stream.written).toHaveLength(1);
    expect(counted.queued).toBe(3);
  });
});
