import { describe, expect, it } from '@jest/globals';
import { queueContentsMessage } from '@switchboard/icws-dialect';
import type { QueuedMessage } from './icws-messages.js';
import { ReplayBuffer, type NumberedMessage } from './replay-buffer.js';
import { formatStreamEventId, MAX_LAST_EVENT_ID_LENGTH, parseStreamEventId } from './stream-event-ids.js';

/** Message `seq` of subscription `subscriptionId`; its JSON grows with `padding`. */
function numbered(seq: number, subscriptionId = 'q', padding = 0): NumberedMessage {
  const message = queueContentsMessage({
    sessionId: 's-1',
    subscriptionId,
    isDelta: true,
    removed: [`i-${String(seq)}${'x'.repeat(padding)}`],
  });
  const queued: QueuedMessage = { id: `evt-${String(seq)}`, subscriptionId, message };
  return { seq, queued };
}

const seqsOf = (resumption: ReturnType<ReplayBuffer['after']>): number[] | string =>
  'replay' in resumption ? resumption.replay.map(({ seq }) => seq) : resumption.refused;

const filled = (limits: { messages: number; bytes: number }, seqs: number[], padding = 0): ReplayBuffer => {
  const buffer = new ReplayBuffer(limits);
  for (const seq of seqs) buffer.record(numbered(seq, 'q', padding));
  return buffer;
};

describe('ReplayBuffer', () => {
  it('answers what was recorded after a held message, in order; nothing after the newest', () => {
    const buffer = filled({ messages: 10, bytes: 100_000 }, [1, 2, 3, 4]);
    expect(seqsOf(buffer.after(1))).toEqual([2, 3, 4]);
    expect(seqsOf(buffer.after(3))).toEqual([4]);
    expect(seqsOf(buffer.after(4))).toEqual([]);
  });

  it('keeps at most its count: an id pushed out is too old, one never recorded is unknown', () => {
    const buffer = filled({ messages: 3, bytes: 100_000 }, [1, 2, 3, 4, 5]);
    expect(buffer.size).toBe(3);
    expect(seqsOf(buffer.after(3))).toEqual([4, 5]);
    expect(seqsOf(buffer.after(2))).toBe('too-old');
    expect(seqsOf(buffer.after(1))).toBe('too-old');
    expect(seqsOf(buffer.after(9))).toBe('unknown');
  });

  it('keeps at most its size in JSON, oldest out first', () => {
    const one = JSON.stringify(numbered(1, 'q', 200).queued.message).length;
    const buffer = filled({ messages: 100, bytes: one * 2 + 10 }, [1, 2, 3, 4], 200);
    expect(buffer.size).toBe(2);
    expect(buffer.heldBytes).toBeLessThanOrEqual(one * 2 + 10);
    expect(seqsOf(buffer.after(2))).toBe('too-old');
    expect(seqsOf(buffer.after(3))).toEqual([4]);
  });

  it('still resumes a client that saw the newest message even when that one alone is over the size', () => {
    const buffer = filled({ messages: 100, bytes: 10 }, [1, 2], 50);
    expect(buffer.size).toBe(0);
    expect(seqsOf(buffer.after(2))).toEqual([]);
    expect(seqsOf(buffer.after(1))).toBe('too-old');
  });

  it('leaves out an ended subscription’s messages but keeps their places, so a client that saw one still resumes', () => {
    const buffer = new ReplayBuffer({ messages: 10, bytes: 100_000 });
    for (const message of [numbered(1, 'a'), numbered(2, 'b'), numbered(3, 'a'), numbered(4, 'b')])
      buffer.record(message);
    buffer.forget('b');
    expect(seqsOf(buffer.after(1))).toEqual([3]);
    expect(seqsOf(buffer.after(2))).toEqual([3]);
    expect(seqsOf(buffer.after(4))).toEqual([]);
  });

  it('forgets everything when cleared: any id is then unknown', () => {
    const buffer = filled({ messages: 2, bytes: 100_000 }, [1, 2, 3]);
    buffer.clear();
    expect(buffer.size).toBe(0);
    expect(buffer.heldBytes).toBe(0);
    expect(seqsOf(buffer.after(1))).toBe('unknown');
    expect(seqsOf(buffer.after(3))).toBe('unknown');
    buffer.record(numbered(4));
    expect(seqsOf(buffer.after(4))).toEqual([]);
  });
});

describe('stream event ids', () => {
  it('reads back the ids it writes', () => {
    expect(parseStreamEventId(formatStreamEventId({ tag: '0a1b2c3d4e5f', seq: 42 }))).toEqual({
      tag: '0a1b2c3d4e5f',
      seq: 42,
    });
  });

  it('refuses what it could not have written, long input unread', () => {
    for (const garbage of ['', '42', 'abc', 'abc-', 'abc-0', 'abc-01', 'ABC-1', 'abc-1-2', 'a b-1', 'abc-1.5'])
      expect(parseStreamEventId(garbage)).toBeUndefined();
    expect(parseStreamEventId(`${'a'.repeat(MAX_LAST_EVENT_ID_LENGTH)}-1`)).toBeUndefined();
    expect(parseStreamEventId(`abc-${'9'.repeat(16)}`)).toBeUndefined();
  });
});
