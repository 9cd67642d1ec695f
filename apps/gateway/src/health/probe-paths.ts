import { METRICS_PATH } from '@switchboard/metrics';

/** The process is up. */
export const LIVENESS_PATH = 'livez';
/** It can serve; /health is the name probes used before /readyz. */
export const READINESS_PATHS = ['readyz', 'health'];

// with Prometheus's scrape, which a limit must not blind either
const PROBES = new Set([...[LIVENESS_PATH, ...READINESS_PATHS].map((path) => `/${path}`), METRICS_PATH]);

/**
 * Whether a request is a health probe: probes skip the rate limit and the failed-authentication limit, or a tight
 * limit would make a healthy gateway look down.
 */
export function isProbe(url: string): boolean {
  return PROBES.has(url);
}
