import { Inject, Injectable } from '@nestjs/common';
import type { EventStore } from '@switchboard/bus';
import type { TenantConfig } from '@switchboard/config';
import { tenantEventSubjects } from '@switchboard/contracts';
import type { Logger } from '@switchboard/logging';
import type { Clock } from './domain/clock.js';
import type { Projection } from './domain/projection.js';
import { TenantCatalog } from './domain/tenant-catalog.js';
import { TenantState } from './domain/tenant-state.js';
import type { InteractionsEnv } from './interactions.env.js';
import { CLOCK, ENV, EVENT_STORE, LOGGER, TENANT_CONFIGS } from './infrastructure/tokens.js';
import { QueueSubscriptions } from './queue-subscriptions/queue-subscriptions.js';
import { applyToTarget } from './write-path.js';

export interface Tenant {
  catalog: TenantCatalog;
  state: TenantState;
  /** ICWS sessions' queue subscriptions (also among the projections). */
  queues: QueueSubscriptions;
  /** The read models kept beside the state, each folding the same events. */
  projections: readonly Projection[];
}

export function newTenant(config: TenantConfig, requestIdRetentionMs: number): Tenant {
  const queues = new QueueSubscriptions();
  return { catalog: new TenantCatalog(config), state: new TenantState(config, requestIdRetentionMs), queues, projections: [queues] };
}

/**
 * Every tenant's catalog, state and projections; they are rebuilt from the event log, never loaded from
 * elsewhere.
 */
@Injectable()
export class TenantRegistry {
  private tenants = new Map<string, Tenant>();

  constructor(
    @Inject(TENANT_CONFIGS) private readonly configs: TenantConfig[],
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(ENV) private readonly env: InteractionsEnv,
    @Inject(LOGGER) private readonly logger: Logger,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  get(tenant: string): Tenant | undefined {
    return this.tenants.get(tenant);
  }

  tenantIds(): string[] {
    return [...this.tenants.keys()];
  }

  /** Rebuilds every tenant's state by replaying the whole event log: once, at start. */
  async restore(): Promise<void> {
    const tenants = new Map<string, Tenant>(this.configs.map((config) => [config.id, newTenant(config, this.retentionMs())]));
    const started = Date.now();
    const count = await this.store.replay((event) => {
      const tenant = tenants.get(event.tenant);
      if (tenant) applyToTarget(tenant, event);
    });
    const now = this.clock.now();
    for (const tenant of tenants.values()) for (const projection of tenant.projections) projection.restored(tenant.state, now);
    this.tenants = tenants;
    this.logger.info({ events: count, ms: Date.now() - started, tenants: tenants.size }, 'state restored from the event log');
  }

  /**
   * Rebuilds one tenant from its own events alone, after an append of its domain events failed: the other tenants'
   * memory still matches the log, so they are neither replayed nor disturbed.
   */
  async restoreTenant(tenantId: string): Promise<void> {
    const config = this.configs.find((candidate) => candidate.id === tenantId);
    if (!config) return;
    const tenant = newTenant(config, this.retentionMs());
    const started = Date.now();
    const count = await this.store.replay((event) => {
      if (event.tenant === tenantId) applyToTarget(tenant, event);
    }, tenantEventSubjects(tenantId));
    for (const projection of tenant.projections) projection.restored(tenant.state, this.clock.now());
    this.tenants.set(tenantId, tenant);
    this.logger.warn({ tenant: tenantId, events: count, ms: Date.now() - started }, 'tenant rebuilt from the event log');
  }

  private retentionMs(): number {
    return this.env.REQUEST_ID_RETENTION_HOURS * 3_600_000;
  }
}
