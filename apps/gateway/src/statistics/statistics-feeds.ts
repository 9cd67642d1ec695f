import { Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { BusClient } from '@switchboard/bus';
import type { StatisticsApi, TenantStatisticsView } from '@switchboard/contracts';
import { ApiError } from '../errors/api-error.js';

export type LiveStatistics = StatisticsApi.components['schemas']['LiveStatistics'];

/**
 * How often a tenant's feed reads the statistics service while someone listens: the figures reach a supervisor's
 * screen at most this long (plus one read) after the statistics service has folded the event. A read is the summary
 * and the routes, a few kilobytes whatever the number of agents: at 500 ms this period was most of the live stream's
 * lag (bench:statistics, 1,000 agents: p50 376 ms, p99 861 ms, against the service's own p99 ≤ 100 ms).
 */
export const FEED_READ_EVERY_MS = 250;
/** Listeners one gateway holds at once, per tenant and in all: each is an open connection and a share of a feed. */
export const MAX_LISTENERS_PER_TENANT = 100;
export const MAX_LISTENERS = 2_000;

export type Listener = (statistics: LiveStatistics) => void;

/** What a supervisor's screen shows live: the tenant and its routes (per agent is read on demand, /agents). */
export const liveStatisticsOf = (view: TenantStatisticsView): LiveStatistics => ({
  tenant: view.tenant,
  asOf: view.asOf,
  dayStart: view.dayStart,
  intervalStart: view.intervalStart,
  intervalSeconds: view.intervalSeconds,
  summary: view.summary,
  queues: view.queues,
});

/** One tenant's feed: one read of the statistics service per period for all its listeners, sent on when it changed. */
class TenantFeed {
  readonly listeners = new Set<Listener>();
  private last: { figures: string; statistics: LiveStatistics } | undefined;
  private reading = false;
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly tenant: string,
    private readonly bus: BusClient,
  ) {
    this.timer = setInterval(() => void this.read(), FEED_READ_EVERY_MS);
    void this.read();
  }

  add(listener: Listener): void {
    this.listeners.add(listener);
    if (this.last !== undefined) listener(this.last.statistics);
  }

  stop(): void {
    clearInterval(this.timer);
  }

  private async read(): Promise<void> {
    // a read slower than the period is not stacked: the next period reads the figures then
    if (this.reading) return;
    this.reading = true;
    try {
      const reply = await this.bus.request('statisticsGet', this.tenant, {});
      if (!reply.ok) return;
      const statistics = liveStatisticsOf(reply.statistics);
      // asOf changes on every read: only the figures decide whether there is something new to send
      const figures = JSON.stringify({ ...statistics, asOf: undefined });
      if (figures === this.last?.figures) return;
      this.last = { figures, statistics };
      for (const listener of this.listeners) listener(statistics);
    } catch {
      // no statistics service answering for now: the listeners keep what they have and hear on the next change
    } finally {
      this.reading = false;
    }
  }
}

/**
 * The gateway's live statistics: a feed per tenant while anyone listens (shared by every listener of the tenant on
 * this gateway), stopped with its last listener.
 */
@Injectable()
export class StatisticsFeeds implements OnApplicationShutdown {
  private readonly feeds = new Map<string, TenantFeed>();
  private listening = 0;

  constructor(private readonly bus: BusClient) {}

  /** Refuses a new listener past the bounds (429), before the caller starts its stream. */
  assertRoom(tenant: string): void {
    if ((this.feeds.get(tenant)?.listeners.size ?? 0) >= MAX_LISTENERS_PER_TENANT || this.listening >= MAX_LISTENERS)
      throw new ApiError('rate_limited', 'too many live statistics streams are open; close one or read the figures');
  }

  /** Starts `listener` on the tenant's figures (the latest at once when the feed has them); returns its stop. */
  listen(tenant: string, listener: Listener): () => void {
    this.assertRoom(tenant);
    const started = this.feeds.get(tenant) ?? new TenantFeed(tenant, this.bus);
    this.feeds.set(tenant, started);
    started.add(listener);
    this.listening += 1;
    let stopped = false;
    return () => {
      if (stopped) return;
      stopped = true;
      this.listening -= 1;
      started.listeners.delete(listener);
      if (started.listeners.size > 0) return;
      started.stop();
      this.feeds.delete(tenant);
    };
  }

  onApplicationShutdown(): void {
    for (const feed of this.feeds.values()) feed.stop();
    this.feeds.clear();
  }
}
