import { describe, expect, it } from '@jest/globals';
import { Registry } from 'prom-client';
import { EventLag } from './event-lag.js';

/** The histogram's lines of the exposition, by suffix and `le`. */
async function lines(metrics: Registry): Promise<string[]> {
  return (await metrics.metrics()).split('\n').filter((line) => line.startsWith('switchboard_statistics_event_lag'));
}

describe('the statistics event lag histogram', () => {
  const now = Date.parse('2026-12-07T10:00:00.000Z');

  it('observes the time from each event to its fold, once the reader follows the log live', async () => {
    const metrics = new Registry();
    const lag = new EventLag(metrics);
    lag.folded('2026-12-07T09:59:59.800Z', now, true);
    lag.folded('2026-12-07T09:59:58.000Z', now, true);
    const text = await lines(metrics);
    expect(text).toContain('switchboard_statistics_event_lag_seconds_bucket{le="0.25"} 1');
    expect(text).toContain('switchboard_statistics_event_lag_seconds_bucket{le="1"} 1');
    expect(text).toContain('switchboard_statistics_event_lag_seconds_bucket{le="2.5"} 2');
    expect(text).toContain('switchboard_statistics_event_lag_seconds_count 2');
    expect(text).toContain('switchboard_statistics_event_lag_seconds_sum 2.2');
  });

  it("does not observe the day's events read to rebuild it at start", async () => {
    const metrics = new Registry();
    const lag = new EventLag(metrics);
    lag.folded('2026-12-07T01:00:00.000Z', now, false);
    expect(await lines(metrics)).toContain('switchboard_statistics_event_lag_seconds_count 0');
  });
});
