import { Inject, Injectable } from '@nestjs/common';
import type { EventStore } from '@switchboard/bus';
import type { TenantConfig } from '@switchboard/config';
import type { Logger } from '@switchboard/logging';
import { TenantCatalog } from './domain/tenant-catalog.js';
import { TenantState } from './domain/tenant-state.js';
import type { InteractionsEnv } from './interactions.env.js';
import { ENV, EVENT_STORE, LOGGER, TENANT_CONFIGS } from './infrastructure/tokens.js';

interface Tenant {
  catalog: TenantCatalog;
  state: TenantState;
}

/** Every tenant's catalog and state; the state is rebuilt from the event log, never loaded from elsewhere. */
@Injectable()
export class TenantRegistry {
  private tenants = new Map<string, Tenant>();

  constructor(
    @Inject(TENANT_CONFIGS) private readonly configs: TenantConfig[],
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(ENV) private readonly env: InteractionsEnv,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  get(tenant: string): Tenant | undefined {
    return this.tenants.get(tenant);
  }

  tenantIds(): string[] {
    return [...this.tenants.keys()];
  }

  /** Rebuilds every tenant's state by replaying the whole event log. */
  async restore(): Promise<void> {
    const retentionMs = this.env.REQUEST_ID_RETENTION_HOURS * 3_600_000;
    const tenants = new Map<string, Tenant>(
      this.configs.map((config) => [
        config.id,
        { catalog: new TenantCatalog(config), state: new TenantState(config, retentionMs) },
      ]),
    );
    const started = Date.now();
    const count = await this.store.replay((event) => tenants.get(event.tenant)?.state.apply(event));
    this.tenants = tenants;
    this.logger.info({ events: count, ms: Date.now() - started, tenants: tenants.size }, 'state restored from the event log');
  }
}
