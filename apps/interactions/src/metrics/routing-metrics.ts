import { Histogram, type Registry } from 'prom-client';

/** Told how long one routing decision took, in seconds. */
export type RoutingDecisionTimer = (seconds: number) => void;

/** Routing decides in memory: microseconds, unless a large queue makes it look far. */
const BUCKETS = [0.00001, 0.000025, 0.00005, 0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.1];

/** `switchboard_routing_decision_duration_seconds`: how long the routing engine takes to make each decision. */
export function routingDecisionTimer(registry: Registry): RoutingDecisionTimer {
  const duration = new Histogram({
    name: 'switchboard_routing_decision_duration_seconds',
    help: 'Time the routing engine took to make one decision (an offer, an offer timing out, a wrap-up ending) and apply it.',
    buckets: BUCKETS,
    registers: [registry],
  });
  return (seconds) => {
    duration.observe(seconds);
  };
}
