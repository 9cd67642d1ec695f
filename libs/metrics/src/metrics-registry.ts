import { collectDefaultMetrics, Registry } from 'prom-client';

/**
 * An app's own registry, with the process and event-loop metrics every app exposes (prom-client's defaults: CPU,
 * memory, open files, event-loop lag, GC), under their usual names so that standard dashboards read them. One per
 * app rather than prom-client's global one, so that tests (and several apps in one test process) stay apart.
 */
export function createMetricsRegistry(): Registry {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  return registry;
}

export type { Registry };
