import { performance } from 'node:perf_hooks';
import { Histogram, type Registry } from 'prom-client';
import type { PublishAll } from '../group-commit.js';

/** An append waits for JetStream's acks (milliseconds; a replicated stream waits for its quorum). */
const DURATION_BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];
/** Group commit batches the commands decided while the previous append was in flight. */
const SIZE_BUCKETS = [1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024];

/**
 * The group commit's appends, measured and otherwise untouched: `switchboard_jetstream_append_duration_seconds{outcome}`
 * (from the first publish to the last ack, or the failure) and `switchboard_jetstream_append_events` (events per append).
 */
export function timedAppends(publish: PublishAll, registry: Registry): PublishAll {
  const duration = new Histogram({
    name: 'switchboard_jetstream_append_duration_seconds',
    help: 'Time one group-committed append to the event log took, from its first publish to its last ack, by outcome (failed: any event not stored).',
    labelNames: ['outcome'] as const,
    buckets: DURATION_BUCKETS,
    registers: [registry],
  });
  const size = new Histogram({
    name: 'switchboard_jetstream_append_events',
    help: 'Events per group-committed append to the event log.',
    buckets: SIZE_BUCKETS,
    registers: [registry],
  });
  return async (events, holding) => {
    const started = performance.now();
    let outcome = 'failed';
    try {
      const outcomes = await publish(events, holding);
      if (!outcomes.some((each) => each instanceof Error)) outcome = 'ok';
      return outcomes;
    } finally {
      duration.observe({ outcome }, (performance.now() - started) / 1000);
      size.observe(events.length);
    }
  };
}
