import { providerSettingsOf, type TenantConfig } from '@switchboard/config';
import { EventStore, type NatsConnection } from '@switchboard/bus';
import type { DomainEvent, ProviderSettings } from '@switchboard/contracts';

/** Providers (from the tenant files, then as registered and removed), account names and agent usernames. */
export class ProviderDirectory {
  private readonly providers = new Map<string, Map<string, ProviderSettings>>();
  private readonly accountNames = new Map<string, string>();
  private readonly usernames = new Map<string, Map<string, string>>();

  constructor(tenants: readonly TenantConfig[]) {
    for (const tenant of tenants) {
      this.accountNames.set(tenant.id, tenant.accountName);
      this.providers.set(tenant.id, new Map(tenant.providers.map((p) => [p.name, providerSettingsOf(p)])));
      this.usernames.set(tenant.id, new Map(tenant.agents.map((a) => [a.id, a.username])));
    }
  }

  /**
   * The tenants' providers as they are now: the files, then every provider event in the log. Built by an async
   * provider, so the replay ends before any lifecycle hook runs: both readers (the fan-out's capabilities and the
   * callbacks) start on a complete directory; events after the replay reach it through CallbackDispatcher.
   */
  static async replayed(tenants: readonly TenantConfig[], connection: NatsConnection): Promise<ProviderDirectory> {
    const directory = new ProviderDirectory(tenants);
    await (await EventStore.open(connection)).replay((event) => {
      directory.apply(event);
    }, 'sb.v1.evt.*.provider.>');
    return directory;
  }

  /** Follows provider events; others are ignored. */
  apply(event: DomainEvent): void {
    const providers = this.providers.get(event.tenant);
    if (!providers) return;
    if (event.type === 'provider.registered') providers.set(event.data.provider.name, event.data.provider);
    if (event.type === 'provider.removed') providers.delete(event.data.name);
  }

  provider(tenant: string, name: string): ProviderSettings | undefined {
    return this.providers.get(tenant)?.get(name);
  }

  accountName(tenant: string): string {
    return this.accountNames.get(tenant) ?? tenant;
  }

  username(tenant: string, agentId: string): string | undefined {
    return this.usernames.get(tenant)?.get(agentId);
  }
}
