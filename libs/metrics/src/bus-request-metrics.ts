import { Histogram, type Registry } from 'prom-client';

/** How a bus request ended: answered, no responder or timed out, or anything else (an invalid reply, a bug). */
export type BusRequestOutcome = 'ok' | 'unavailable' | 'failed';

/** Told of every bus request once it ended: its channel (the contract's name, not the per-tenant subject) and how long it took. */
export type BusRequestObserver = (channel: string, outcome: BusRequestOutcome, seconds: number) => void;

/** Bus requests are answered from memory in milliseconds; the top buckets are the timeout's neighbourhood. */
const BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/**
 * `switchboard_bus_request_duration_seconds{channel,outcome}`: the latency of the NATS requests an app makes, by
 * channel (a bounded set: the AsyncAPI contract's), for a BusClient to report to.
 */
export function busRequestMetrics(registry: Registry): BusRequestObserver {
  const histogram = new Histogram({
    name: 'switchboard_bus_request_duration_seconds',
    help: 'Time from sending a bus request (NATS request/reply) to its reply, timeout or failure, by channel and outcome.',
    labelNames: ['channel', 'outcome'] as const,
    buckets: BUCKETS,
    registers: [registry],
  });
  return (channel, outcome, seconds) => {
    histogram.observe({ channel, outcome }, seconds);
  };
}
