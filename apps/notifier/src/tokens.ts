export const ENV = Symbol('ENV');
export const LOGGER = Symbol('LOGGER');
export const NATS_CONNECTION = Symbol('NATS_CONNECTION');
export const COMETD_SERVER = Symbol('COMETD_SERVER');
export const RETRY_POLICY = Symbol('RETRY_POLICY');
export const CLOCK = Symbol('CLOCK');
/** The notifier's metrics registry (prom-client), served at /metrics. */
/* the library's token, so that its MetricsController serves this same registry */
export { METRICS_REGISTRY as METRICS } from '@switchboard/metrics';

/** Time as the notifier sees it: injected, so tests can drive it. */
export interface Clock {
  /** Epoch milliseconds. */
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };
