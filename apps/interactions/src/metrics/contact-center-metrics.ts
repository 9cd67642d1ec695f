import { Inject, Injectable } from '@nestjs/common';
import { Counter, Gauge, type Registry } from 'prom-client';
import type { TenantConfig } from '@switchboard/config';
import type { DomainEvent } from '@switchboard/contracts';
import type { Clock } from '../domain/clock.js';
import { CLOCK, METRICS, TENANT_CONFIGS } from '../infrastructure/tokens.js';
import { TenantRegistry } from '../tenant-registry.js';
import { contactCenterCountOf, type ContactCenterCounter } from './contact-center-counts.js';
import { AGENT_GAUGE_STATES, agentsByState, waitingByRoute } from './contact-center-gauges.js';

const COUNTERS: Record<ContactCenterCounter, { name: string; help: string }> = {
  queued: { name: 'switchboard_interactions_queued_total', help: 'Interactions queued in a route for an agent.' },
  offers: { name: 'switchboard_offers_total', help: 'Offers made to agents: by routing, or a transfer to an agent.' },
  accepts: { name: 'switchboard_offers_accepted_total', help: 'Offers accepted by their agent.' },
  rejects: { name: 'switchboard_offers_rejected_total', help: 'Offers rejected by their agent.' },
  timeouts: { name: 'switchboard_offers_timed_out_total', help: 'Offers that timed out unanswered.' },
};

/**
 * The contact-center metrics of the tenants this instance holds, per tenant and route. The counters count domain
 * events once the log stored them (`counted`), so they move exactly with what happened, never with a replay; the
 * gauges are read from each tenant's state at the scrape, and state is the fold of the same events.
 */
@Injectable()
export class ContactCenterMetrics {
  private readonly counters: Record<ContactCenterCounter, Counter<'tenant' | 'route'>>;

  constructor(
    @Inject(METRICS) metrics: Registry,
    @Inject(TENANT_CONFIGS) configs: TenantConfig[],
    tenants: TenantRegistry,
    @Inject(CLOCK) clock: Clock,
  ) {
    const counter = (which: ContactCenterCounter): Counter<'tenant' | 'route'> =>
      new Counter({ ...COUNTERS[which], labelNames: ['tenant', 'route'] as const, registers: [metrics] });
    this.counters = {
      queued: counter('queued'),
      offers: counter('offers'),
      accepts: counter('accepts'),
      rejects: counter('rejects'),
      timeouts: counter('timeouts'),
    };
    // every configured route from 0, so that a first event is an increase rather than a new series
    for (const config of configs) {
      for (const { name } of config.routes)
        for (const each of Object.values(this.counters)) each.inc({ tenant: config.id, route: name }, 0);
    }
    const held = () => tenants.tenantIds().flatMap((id) => tenants.get(id) ?? []);
    new Gauge({
      name: 'switchboard_interactions_waiting',
      help: 'Interactions in routing no agent has taken yet (waiting, or offered and not accepted), by tenant and route.',
      labelNames: ['tenant', 'route'] as const,
      registers: [metrics],
      collect() {
        this.reset();
        for (const tenant of held()) {
          for (const [route, { waiting }] of waitingByRoute(tenant))
            this.set({ tenant: tenant.state.tenant, route }, waiting);
        }
      },
    });
    new Gauge({
      name: 'switchboard_interactions_oldest_waiting_age_seconds',
      help: 'How long the interaction waiting longest has been queued, by tenant and route (absent when none waits).',
      labelNames: ['tenant', 'route'] as const,
      registers: [metrics],
      collect() {
        this.reset();
        const now = clock.now();
        for (const tenant of held()) {
          for (const [route, { oldestQueuedAt }] of waitingByRoute(tenant))
            this.set({ tenant: tenant.state.tenant, route }, (now - oldestQueuedAt) / 1000);
        }
      },
    });
    new Gauge({
      name: 'switchboard_agents',
      help: 'Configured agents by state (logged-out, ready, not-ready, wrap-up), by tenant.',
      labelNames: ['tenant', 'state'] as const,
      registers: [metrics],
      collect() {
        this.reset();
        for (const tenant of held()) {
          const counts = agentsByState(tenant);
          for (const state of AGENT_GAUGE_STATES) this.set({ tenant: tenant.state.tenant, state }, counts[state]);
        }
      },
    });
  }

  /** Domain events the log stored: what they add to the counters. */
  counted(events: readonly DomainEvent[]): void {
    for (const event of events) {
      const count = contactCenterCountOf(event);
      if (count) this.counters[count.counter].inc({ tenant: count.tenant, route: count.route });
    }
  }
}
