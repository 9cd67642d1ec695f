import { describe, expect, it } from '@jest/globals';
import { generalKey, WaitingQueues, type WaitingEntry } from './waiting-queues.js';

const entry = (interactionId: string, seq: number, overrides: Partial<WaitingEntry> = {}): WaitingEntry => ({
  interactionId,
  version: 1,
  urgent: false,
  deadline: Number.POSITIVE_INFINITY,
  priority: 3,
  queuedAt: seq,
  seq,
  ...overrides,
});

describe('WaitingQueues', () => {
  it('holds one entry per member however often a member is re-placed or leaves from the middle', () => {
    const queues = new WaitingQueues();
    const key = generalKey('nonlive', ['billing']);
    for (let i = 0; i < 100; i += 1) queues.join(key, 'nonlive', ['billing'], entry(`i${i}`, i), false);
    // Members re-placed in the same group (e.g. they became urgent) many times over …
    for (let round = 2; round < 50; round += 1) {
      for (let i = 0; i < 100; i += 1) queues.requeue(key, entry(`i${i}`, i, { version: round }));
    }
    // … and the back half leaving while the front still waits.
    for (let i = 50; i < 100; i += 1) queues.leave(key, `i${i}`);
    expect(queues.entriesIn(key)).toBe(50);
    expect(queues.head(key)?.interactionId).toBe('i0');
    expect(queues.waitingCount()).toBe(50);
  });
});
