import { Gauge, type Registry } from 'prom-client';
import type { TenantConfig } from '@switchboard/config';
import { agentCounts, queueRealTime } from '../folds/statistics-view.js';
import type { StatisticsReadModel } from '../read-model/read-model.js';
import type { Clock } from '../tokens.js';

/** The label of every route that is not in config/: the labels stay as many as the configuration says. */
export const OTHER_LABEL = 'other';
const AGENT_STATES = ['ready', 'busy', 'wrap-up', 'not-ready'] as const;

/**
 * The real-time statistics as Prometheus gauges, computed from the read model when scraped. Label cardinality is
 * bounded by the configuration: `tenant` is a tenant of config/ (no other tenant is exported) and `route` one of its
 * named routes (anything else — a personal queue, a route since removed — is summed under "other"); agents are
 * counted by state, never labelled by agent.
 */
export function registerStatisticsGauges(
  metrics: Registry,
  model: StatisticsReadModel,
  tenants: readonly TenantConfig[],
  clock: Clock,
): void {
  const routesOf = new Map(tenants.map((tenant) => [tenant.id, new Set(tenant.routes.map((route) => route.name))]));
  /** Per configured tenant: waiting and oldest age per route label. */
  const queues = (): { tenant: string; route: string; waiting: number; oldestSeconds: number }[] => {
    const now = clock.now();
    const rows: { tenant: string; route: string; waiting: number; oldestSeconds: number }[] = [];
    for (const [tenant, routes] of routesOf) {
      const stats = model.tenant(tenant);
      if (stats === undefined) continue;
      const seen = new Set([...stats.interactions.values()].map((tracked) => tracked.route));
      const byLabel = new Map<string, { waiting: number; oldestSeconds: number }>();
      for (const route of seen) {
        const label = routes.has(route) ? route : OTHER_LABEL;
        const { waiting, oldestWaitingSeconds } = queueRealTime(stats, now, route);
        const sum = byLabel.get(label) ?? { waiting: 0, oldestSeconds: 0 };
        byLabel.set(label, {
          waiting: sum.waiting + waiting,
          oldestSeconds: Math.max(sum.oldestSeconds, waiting > 0 ? oldestWaitingSeconds : 0),
        });
      }
      for (const [route, figures] of byLabel) rows.push({ tenant, route, ...figures });
    }
    return rows;
  };
  new Gauge({
    name: 'switchboard_statistics_waiting',
    help: 'Interactions waiting for an agent now, by tenant and named route (the statistics read model).',
    labelNames: ['tenant', 'route'] as const,
    registers: [metrics],
    collect() {
      this.reset();
      for (const { tenant, route, waiting } of queues()) this.set({ tenant, route }, waiting);
    },
  });
  new Gauge({
    name: 'switchboard_statistics_oldest_waiting_seconds',
    help: 'How long the interaction waiting longest has waited, by tenant and named route (0 when none waits).',
    labelNames: ['tenant', 'route'] as const,
    registers: [metrics],
    collect() {
      this.reset();
      for (const { tenant, route, oldestSeconds } of queues()) this.set({ tenant, route }, oldestSeconds);
    },
  });
  new Gauge({
    name: 'switchboard_statistics_agents',
    help: 'Logged-in agents by state (ready, busy, wrap-up, not-ready), by tenant (the statistics read model).',
    labelNames: ['tenant', 'state'] as const,
    registers: [metrics],
    collect() {
      this.reset();
      for (const tenant of routesOf.keys()) {
        const stats = model.tenant(tenant);
        if (stats === undefined) continue;
        const counts = agentCounts(stats);
        const byState = {
          ready: counts.ready,
          busy: counts.busy,
          'wrap-up': counts.wrapUp,
          'not-ready': counts.notReady,
        };
        for (const state of AGENT_STATES) this.set({ tenant, state }, byState[state]);
      }
    },
  });
}
