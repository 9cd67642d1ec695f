import type { Tenant } from '../tenant.js';

/** An agent as the gauges count it: signed out, or signed in and in one of routing's states. */
export type AgentGaugeState = 'logged-out' | 'ready' | 'not-ready' | 'wrap-up';

export const AGENT_GAUGE_STATES: readonly AgentGaugeState[] = ['logged-out', 'ready', 'not-ready', 'wrap-up'];

export interface RouteWaiting {
  /** Interactions in routing that no agent has taken yet: waiting for one, or offered and not yet accepted. */
  waiting: number;
  /** When the one waiting longest was queued (epoch ms). */
  oldestQueuedAt: number;
}

/**
 * The interactions waiting in each route of a tenant, read from its state — the fold of its domain events, each
 * interaction's lifecycle — so they are exactly what the service would route on; routes with none waiting are absent.
 */
export function waitingByRoute(tenant: Pick<Tenant, 'state'>): Map<string, RouteWaiting> {
  const byRoute = new Map<string, RouteWaiting>();
  for (const record of tenant.state.interactions.values()) {
    // in line or offered: what routing still has to place (its lifecycle says where it is)
    const { phase } = record.lifecycle;
    if (phase !== 'queued' && phase !== 'offered') continue;
    const { route, queuedAt } = record.snapshot;
    const queuedAtMs = Date.parse(queuedAt);
    const seen = byRoute.get(route);
    byRoute.set(route, {
      waiting: (seen?.waiting ?? 0) + 1,
      oldestQueuedAt: Math.min(seen?.oldestQueuedAt ?? queuedAtMs, queuedAtMs),
    });
  }
  return byRoute;
}

/** The tenant's agents as configured now (the file's and the admin API's) by state, every state present (0 when none is in it). */
export function agentsByState(tenant: Pick<Tenant, 'state' | 'catalog'>): Record<AgentGaugeState, number> {
  const counts: Record<AgentGaugeState, number> = { 'logged-out': 0, ready: 0, 'not-ready': 0, 'wrap-up': 0 };
  for (const { id } of tenant.state.agentConfigs()) {
    const routing = tenant.state.engine.agent(id);
    counts[routing?.loggedIn === true ? routing.status : 'logged-out'] += 1;
  }
  return counts;
}
