import { describe, expect, it } from '@jest/globals';
import { goalMs, outageAfter, ratioToGoal, spreadOf, stopOrder, type Attempt } from './outage.js';

const attempt = (sentAt: number, answeredAt: number, ok: boolean): Attempt => ({ sentAt, answeredAt, ok });

describe('the outage after a stop, from the load timeline', () => {
  it('ends at the answer of the first dispatch sent after the stop that succeeded, counting the failures before it', () => {
    const timeline = [
      attempt(90, 95, true),
      attempt(101, 101, false), // no responders
      attempt(99, 1_099, false), // in flight at the stop: timed out
      attempt(130, 130, false),
      attempt(5_200, 5_260, true),
      attempt(5_230, 5_240, true), // sent later, answered first: the outage ends here
      attempt(5_250, 5_300, false),
    ];
    expect(outageAfter(timeline, 100)).toEqual({ ms: 5_140, failedAttempts: 2 });
  });

  it('ignores a success sent before the stop and answered after it (the stopped instance answered it)', () => {
    expect(outageAfter([attempt(98, 102, true), attempt(101, 101, false)], 100)).toBeUndefined();
  });

  it('counts a dispatch sent at the very stop, and is zero when it succeeds at once', () => {
    expect(outageAfter([attempt(100, 100, true)], 100)).toEqual({ ms: 0, failedAttempts: 0 });
  });

  it('is undefined while nothing sent after the stop has succeeded', () => {
    expect(outageAfter([], 100)).toBeUndefined();
    expect(outageAfter([attempt(150, 150, false)], 100)).toBeUndefined();
  });
});

describe('spread of outages', () => {
  it('gives nearest-rank percentiles and the max, whatever the order', () => {
    const values = Array.from({ length: 100 }, (_, index) => 100 - index);
    expect(spreadOf(values)).toEqual({ count: 100, p50: 50, p95: 95, p99: 99, max: 100 });
    expect(spreadOf([7_000, 5_000])).toEqual({ count: 2, p50: 5_000, p95: 7_000, p99: 7_000, max: 7_000 });
  });

  it('is NaN of nothing', () => {
    const empty = spreadOf([]);
    expect(empty.count).toBe(0);
    expect(empty.p99).toBeNaN();
  });
});

describe('the goal', () => {
  it('is the lease TTL plus 2 s, and the p99 is read as a share of it', () => {
    expect(goalMs(5)).toBe(7_000);
    expect(ratioToGoal(6_300, 5)).toBeCloseTo(0.9);
    expect(ratioToGoal(8_400, 5)).toBeCloseTo(1.2);
  });
});

describe('order of the stops', () => {
  it('spreads the graceful stops evenly among the kills, each after its share', () => {
    const order = stopOrder(20, 5);
    expect(order).toHaveLength(25);
    expect(order.map((kind, index) => (kind === 'graceful' ? index : -1)).filter((index) => index >= 0)).toEqual([
      4, 9, 14, 19, 24,
    ]);
    expect(stopOrder(5, 2)).toEqual(['kill', 'kill', 'kill', 'graceful', 'kill', 'kill', 'graceful']);
  });

  it('runs only kills, or only graceful stops, when the other count is zero', () => {
    expect(stopOrder(3, 0)).toEqual(['kill', 'kill', 'kill']);
    expect(stopOrder(0, 2)).toEqual(['graceful', 'graceful']);
  });
});
