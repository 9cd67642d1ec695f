import { setImmediate as nextTurn } from 'node:timers/promises';
import { describe, expect, it } from '@jest/globals';
import { AckBatch } from './ack-batch.js';

describe('AckBatch', () => {
  it('sends nothing during the turn that queued the acks, then all of them together, in order', async () => {
    const batch = new AckBatch();
    const sent: number[] = [];
    batch.add(() => sent.push(1));
    await Promise.resolve(); // later microtasks of the same turn (where each handler finishes) add to the same batch
    batch.add(() => sent.push(2));
    expect(sent).toEqual([]);
    await nextTurn();
    expect(sent).toEqual([1, 2]);
    batch.add(() => sent.push(3));
    await nextTurn();
    expect(sent).toEqual([1, 2, 3]);
  });

  it('sends what is queued at once on flush, and goes on past an ack that cannot be sent', async () => {
    const batch = new AckBatch();
    const sent: number[] = [];
    batch.add(() => {
      throw new Error('connection closed');
    });
    batch.add(() => sent.push(2));
    batch.flush();
    expect(sent).toEqual([2]);
    await nextTurn();
    expect(sent).toEqual([2]); // nothing sent twice
  });
});
