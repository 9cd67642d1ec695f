import type { Registry } from 'prom-client';

/** The path every app serves its metrics at, on its HTTP port. */
export const METRICS_PATH = '/metrics';

export interface Exposition {
  contentType: string;
  body: string;
}

/** The registry in Prometheus's text format, as a scrape is answered. */
export async function exposition(registry: Registry): Promise<Exposition> {
  return { contentType: registry.contentType, body: await registry.metrics() };
}
