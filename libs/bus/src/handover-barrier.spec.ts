import { describe, expect, it, jest } from '@jest/globals';
import { HandoverBarrier } from './handover-barrier.js';

describe('HandoverBarrier', () => {
  it('lets everything through at once when the predecessor left nothing in hand', () => {
    const ran: number[] = [];
    const barrier = new HandoverBarrier(10, 0, 1_000);
    barrier.admit(
      11,
      () => ran.push(11),
      () => undefined,
    );
    expect(ran).toEqual([11]);
  });

  it('holds newer events until every event the predecessor had in hand came back, then runs them in arrival order', () => {
    const ran: number[] = [];
    const barrier = new HandoverBarrier(10, 2, 60_000);
    const admit = (seq: number): void => {
      barrier.admit(
        seq,
        () => ran.push(seq),
        () => undefined,
      );
    };
    admit(11);
    admit(12);
    admit(7);
    expect(ran).toEqual([7]);
    admit(7); // delivered again meanwhile: still one of the two
    expect(ran).toEqual([7, 7]);
    admit(9);
    expect(ran).toEqual([7, 7, 9, 11, 12]);
    admit(13);
    expect(ran).toEqual([7, 7, 9, 11, 12, 13]);
  });

  it('opens after the deadline when some of them never come back (another instance still holds them)', () => {
    jest.useFakeTimers();
    try {
      const ran: number[] = [];
      const barrier = new HandoverBarrier(10, 1, 2_000);
      barrier.admit(
        11,
        () => ran.push(11),
        () => undefined,
      );
      jest.advanceTimersByTime(1_999);
      expect(ran).toEqual([]);
      jest.advanceTimersByTime(1);
      expect(ran).toEqual([11]);
    } finally {
      jest.useRealTimers();
    }
  });

  it('drops what it holds when closed, so that it is delivered again later', () => {
    const dropped: number[] = [];
    const barrier = new HandoverBarrier(10, 1, 60_000);
    barrier.admit(
      11,
      () => undefined,
      () => dropped.push(11),
    );
    barrier.close();
    expect(dropped).toEqual([11]);
  });
});
