import type { DomainEvent, TenantStatisticsView } from '@switchboard/contracts';
import { applyEvent } from '../folds/event-changes.js';
import { statisticsView, type AgentsPage } from '../folds/statistics-view.js';
import { TenantStatistics, type StatisticsSettings } from '../folds/tenant-statistics.js';

/**
 * Every tenant's statistics, folded from the event log: each instance holds all of them, so any instance answers any
 * request (they share a queue group) and there may be as many instances as wanted.
 */
export class StatisticsReadModel {
  private readonly tenants = new Map<string, TenantStatistics>();

  constructor(readonly settings: StatisticsSettings) {}

  apply(event: DomainEvent): void {
    let stats = this.tenants.get(event.tenant);
    if (stats === undefined) {
      stats = new TenantStatistics(event.tenant, this.settings);
      this.tenants.set(event.tenant, stats);
    }
    applyEvent(stats, event);
  }

  /** A tenant's statistics as of `now`: zeros for a tenant nothing happened in. */
  view(tenant: string, now: number, agentsPage?: AgentsPage): TenantStatisticsView {
    return statisticsView(this.tenants.get(tenant) ?? new TenantStatistics(tenant, this.settings), now, agentsPage);
  }

  tenant(tenant: string): TenantStatistics | undefined {
    return this.tenants.get(tenant);
  }
}
