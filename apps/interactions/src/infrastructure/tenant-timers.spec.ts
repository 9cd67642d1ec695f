import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { currentRequestId, runWithRequestId } from '@switchboard/logging';
import { TenantTimers } from './tenant-timers.js';

const T0 = Date.parse('2026-01-01T09:00:00Z');

describe('per-tenant timers', () => {
  let fired: string[];
  let timers: TenantTimers;

  beforeEach(() => {
    jest.useFakeTimers({ now: T0 });
    fired = [];
    timers = new TenantTimers({ now: () => Date.now() }, (tenant) => fired.push(tenant));
  });

  afterEach(() => {
    timers.stop();
    jest.useRealTimers();
  });

  it('runs each tenant when its own time comes, earliest first, and only the tenants due', () => {
    timers.schedule('b', T0 + 2_000);
    timers.schedule('a', T0 + 1_000);
    timers.schedule('c', T0 + 3_000);
    jest.advanceTimersByTime(1_000);
    expect(fired).toEqual(['a']);
    jest.advanceTimersByTime(1_000);
    expect(fired).toEqual(['a', 'b']);
    expect(timers.size).toBe(1);
    jest.advanceTimersByTime(1_000);
    expect(fired).toEqual(['a', 'b', 'c']);
    expect(timers.size).toBe(0);
  });

  it('replaces a tenant’s due time: moved later, the earlier time runs nothing; cleared, nothing runs', () => {
    timers.schedule('a', T0 + 1_000);
    timers.schedule('a', T0 + 5_000);
    timers.schedule('b', T0 + 1_000);
    timers.schedule('b', undefined);
    jest.advanceTimersByTime(4_999);
    expect(fired).toEqual([]);
    jest.advanceTimersByTime(1);
    expect(fired).toEqual(['a']);
  });

  it('runs a tenant due in the past at once, and each due tenant once however often it was scheduled', () => {
    timers.schedule('a', T0 + 1_000);
    timers.schedule('a', T0 + 3_000);
    timers.schedule('a', T0 + 1_000);
    timers.schedule('b', T0 - 10);
    jest.advanceTimersByTime(0);
    expect(fired).toEqual(['b']);
    jest.advanceTimersByTime(10_000);
    expect(fired).toEqual(['b', 'a']);
  });

  it('lets a due tenant schedule itself again from its callback', () => {
    const again = new TenantTimers({ now: () => Date.now() }, (tenant) => {
      fired.push(tenant);
      if (fired.length < 3) again.schedule(tenant, Date.now() + 1_000);
    });
    again.schedule('a', T0 + 1_000);
    jest.advanceTimersByTime(10_000);
    expect(fired).toEqual(['a', 'a', 'a']);
    again.stop();
  });

  it('keeps one real timer, however many tenants and however often their times move', () => {
    for (let round = 0; round < 100; round += 1) {
      for (let tenant = 0; tenant < 100; tenant += 1)
        timers.schedule(`t${String(tenant)}`, T0 + 60_000 + round * 100 + tenant);
    }
    expect(jest.getTimerCount()).toBe(1);
    expect(timers.size).toBe(100);
    jest.advanceTimersByTime(60_000 + 99 * 100 + 99);
    expect(fired).toHaveLength(100);
    expect(jest.getTimerCount()).toBe(0);
  });

  it('runs nothing once stopped', () => {
    timers.schedule('a', T0 + 1_000);
    timers.stop();
    timers.schedule('b', T0 + 1_000);
    jest.advanceTimersByTime(2_000);
    expect(fired).toEqual([]);
    expect(jest.getTimerCount()).toBe(0);
  });
});

describe('per-tenant timers and requests', () => {
  it('runs a tenant as part of no request, though a request scheduled it: its routing is every due tenant’s', async () => {
    let ranIn: (tenant: string) => void = () => undefined;
    const ran = new Promise<string | undefined>((resolve) => {
      ranIn = () => {
        resolve(currentRequestId());
      };
    });
    const timers = new TenantTimers({ now: () => Date.now() }, (tenant) => {
      ranIn(tenant);
    });
    try {
      runWithRequestId('req-1', () => {
        timers.schedule('a', Date.now());
      });
      expect(await ran).toBeUndefined();
    } finally {
      timers.stop();
    }
  });
});
