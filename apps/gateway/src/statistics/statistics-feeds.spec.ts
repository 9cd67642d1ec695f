import { afterEach, describe, expect, it, jest } from '@jest/globals';
import type { BusClient } from '@switchboard/bus';
import type { TenantStatisticsView } from '@switchboard/contracts';
import { ApiError } from '../errors/api-error.js';
import {
  FEED_READ_EVERY_MS,
  MAX_LISTENERS_PER_TENANT,
  StatisticsFeeds,
  type LiveStatistics,
} from './statistics-feeds.js';

/** The statistics service's answer with `entered` today, as of `asOf`. */
const view = (tenant: string, entered: number, asOf: string): TenantStatisticsView =>
  ({
    tenant,
    asOf,
    dayStart: '2026-12-07T00:00:00.000Z',
    intervalStart: '2026-12-07T10:00:00.000Z',
    intervalSeconds: 900,
    summary: { today: { entered } },
    queues: [],
    agents: [{ agentId: 'a1' }],
  }) as unknown as TenantStatisticsView;

/** A bus answering every statistics read from `figures` (by tenant), counting the reads. */
function fakeBus(figures: Map<string, number>): { bus: BusClient; reads: string[] } {
  const reads: string[] = [];
  let clock = 0;
  const bus = {
    request: (channel: string, tenant: string) => {
      reads.push(`${channel}:${tenant}`);
      clock += 1;
      return Promise.resolve({ ok: true, statistics: view(tenant, figures.get(tenant) ?? 0, `t${String(clock)}`) });
    },
  } as unknown as BusClient;
  return { bus, reads };
}

const settle = async (): Promise<void> => {
  for (let turn = 0; turn < 5; turn += 1) await Promise.resolve();
};

describe('StatisticsFeeds', () => {
  afterEach(() => {
    jest.useRealTimers();
  });

  it('reads once per period for all of a tenant’s listeners, and sends only when the figures changed', async () => {
    jest.useFakeTimers();
    const figures = new Map([['demo', 1]]);
    const { bus, reads } = fakeBus(figures);
    const feeds = new StatisticsFeeds(bus);
    const first: LiveStatistics[] = [];
    const second: LiveStatistics[] = [];
    const stopFirst = feeds.listen('demo', (statistics) => first.push(statistics));
    await settle();
    feeds.listen('demo', (statistics) => second.push(statistics));
    expect(first.map((each) => each.summary.today.entered)).toEqual([1]);
    // the second listener gets the latest at once, without a read of its own; no per-agent list is sent
    expect(second).toHaveLength(1);
    expect(second[0]).not.toHaveProperty('agents');
    await jest.advanceTimersByTimeAsync(FEED_READ_EVERY_MS * 3);
    expect(first).toHaveLength(1); // asOf moved, the figures did not
    figures.set('demo', 2);
    await jest.advanceTimersByTimeAsync(FEED_READ_EVERY_MS);
    expect(first.map((each) => each.summary.today.entered)).toEqual([1, 2]);
    expect(second.map((each) => each.summary.today.entered)).toEqual([1, 2]);
    expect(reads).toHaveLength(5);
    stopFirst();
    feeds.onApplicationShutdown();
  });

  it('stops reading with the tenant’s last listener', async () => {
    jest.useFakeTimers();
    const { bus, reads } = fakeBus(new Map());
    const feeds = new StatisticsFeeds(bus);
    const stop = feeds.listen('demo', () => undefined);
    await settle();
    stop();
    stop(); // twice is once
    const readsAtStop = reads.length;
    await jest.advanceTimersByTimeAsync(FEED_READ_EVERY_MS * 4);
    expect(reads).toHaveLength(readsAtStop);
  });

  it('refuses a listener past the tenant’s bound with 429, and takes one again when one stops', () => {
    jest.useFakeTimers();
    const feeds = new StatisticsFeeds(fakeBus(new Map()).bus);
    const stops = Array.from({ length: MAX_LISTENERS_PER_TENANT }, () => feeds.listen('demo', () => undefined));
    expect(() => feeds.listen('demo', () => undefined)).toThrow(ApiError);
    expect(() => {
      feeds.assertRoom('demo');
    }).toThrow('too many live statistics streams');
    // another tenant is not held back by this one's
    expect(() => feeds.listen('acme', () => undefined)).not.toThrow();
    stops[0]?.();
    expect(() => feeds.listen('demo', () => undefined)).not.toThrow();
    feeds.onApplicationShutdown();
  });
});
