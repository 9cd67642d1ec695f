import { describe, expect, it } from '@jest/globals';
import { cpuSecondsBetween, cpuSecondsPerThousand, scaleOutRatio } from './per-thousand.js';

describe('scale-out arithmetic', () => {
  it('gives CPU seconds per 1,000 dispatches, and no figure when nothing was dispatched', () => {
    expect(cpuSecondsPerThousand(3, 12_000)).toBeCloseTo(0.25);
    expect(cpuSecondsPerThousand(3, 0)).toBeNaN();
  });

  it('sums what each process used between its two readings', () => {
    expect(cpuSecondsBetween([10, 2], [13.5, 4])).toBeCloseTo(5.5);
    expect(cpuSecondsBetween([1], [1.25])).toBeCloseTo(0.25);
  });

  it('refuses readings of different process sets', () => {
    expect(() => cpuSecondsBetween([1, 2], [3])).toThrow('2 readings before but 1 after');
  });

  it('divides the two-instance cost by the one-instance cost', () => {
    expect(scaleOutRatio(0.2, 0.21)).toBeCloseTo(1.05);
    expect(scaleOutRatio(0, 0.21)).toBeNaN();
  });
});
