export const ENV = Symbol('ENV');
export const LOGGER = Symbol('LOGGER');
export const NATS_CONNECTION = Symbol('NATS_CONNECTION');
export const CLOCK = Symbol('CLOCK');
/** The statistics service's metrics registry (prom-client), served at /metrics. */
/* the library's token, so that its MetricsController serves this same registry */
export { METRICS_REGISTRY as METRICS } from '@switchboard/metrics';
/** The tenants of config/: what bounds the labels of the gauges. */
export const TENANTS = Symbol('TENANTS');

/** Time as the statistics service sees it: injected, so tests can drive it. */
export interface Clock {
  /** Epoch milliseconds. */
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };
