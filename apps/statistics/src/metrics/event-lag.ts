import { Histogram, type Registry } from 'prom-client';

/** Seconds: the 1 s the statistics promise to stay within sits in the middle, with room on both sides of it. */
const BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

/**
 * How far behind the events the statistics are: for each event folded while following the log live, the time from the
 * event (its occurredAt) to its fold. The events read to rebuild the day at start are not observed: they are hours old
 * by design, and would say nothing of how far behind the service runs.
 */
export class EventLag {
  private readonly histogram: Histogram;

  constructor(metrics: Registry) {
    this.histogram = new Histogram({
      name: 'switchboard_statistics_event_lag_seconds',
      help: 'Seconds from an event (its occurredAt) to its fold into the statistics, for events read live (not while rebuilding the day at start).',
      buckets: BUCKETS,
      registers: [metrics],
    });
  }

  /** An event of `occurredAt` folded at `now` (epoch ms); `live`: the reader had caught up with the log. */
  folded(occurredAt: string, now: number, live: boolean): void {
    if (!live) return;
    const at = Date.parse(occurredAt);
    if (Number.isNaN(at)) return;
    this.histogram.observe(Math.max(0, (now - at) / 1000));
  }
}
