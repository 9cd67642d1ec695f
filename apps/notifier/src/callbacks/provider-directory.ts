import { lastEventSequence, readEventsThrough, type NatsConnection } from '@switchboard/bus';
import { providerSettingsOf, type TenantConfig } from '@switchboard/config';
import { allTenantsLogSubjects, type DomainEvent, type ProviderSettings } from '@switchboard/contracts';
import type { Logger } from '@switchboard/logging';

/**
 * Providers (from the tenant files, then as registered and removed), account names and agent usernames.
 *
 * Two consumers feed it — the live fan-out and the callbacks' durable consumer, each at its own position in the
 * log, and the durable one delivers again what a crashed instance had in hand. So each provider remembers the
 * stream sequence of the record that last changed it, and an event of an older record is ignored (a record's events
 * applied twice, in order, end where they ended the first time): the directory
 * is the log's state whichever consumer gets there first.
 */
export class ProviderDirectory {
  private readonly providers = new Map<string, Map<string, ProviderSettings>>();
  /** tenant → provider name → sequence of the last event applied to it (removals included). */
  private readonly appliedSeq = new Map<string, Map<string, number>>();
  /** The log position the replay at start-up covered: live readers follow from the next event. */
  replayedThrough = 0;
  private readonly accountNames = new Map<string, string>();
  private readonly usernames = new Map<string, Map<string, string>>();

  constructor(tenants: readonly TenantConfig[]) {
    for (const tenant of tenants) {
      this.accountNames.set(tenant.id, tenant.accountName);
      this.providers.set(tenant.id, new Map(tenant.providers.map((p) => [p.name, providerSettingsOf(p)])));
      this.appliedSeq.set(tenant.id, new Map());
      this.usernames.set(tenant.id, new Map(tenant.agents.map((a) => [a.id, a.username])));
    }
  }

  /**
   * The tenants' providers as they are now: the files, then every provider event in the log up to its current end
   * (`replayedThrough`). Built by an async provider, so the replay ends before any lifecycle hook runs: both
   * readers (the fan-out's capabilities and the callbacks) start on a complete directory, and keep it current.
   */
  static async replayed(
    tenants: readonly TenantConfig[],
    connection: NatsConnection,
    logger: Logger,
  ): Promise<ProviderDirectory> {
    const directory = new ProviderDirectory(tenants);
    directory.replayedThrough = await lastEventSequence(connection);
    const apply = (event: DomainEvent, seq: number): void => {
      directory.apply(event, seq);
    };
    // one event per message before records, then the tenants' provider records: all of the first come first
    await readEventsThrough(connection, directory.replayedThrough, apply, logger, 'sb.v1.evt.*.provider.>');
    await readEventsThrough(connection, directory.replayedThrough, apply, logger, allTenantsLogSubjects('providers'));
    return directory;
  }

  /** Follows provider events: one of a record older than the last applied to its provider is ignored. */
  apply(event: DomainEvent, seq: number): void {
    if (event.type !== 'provider.registered' && event.type !== 'provider.removed') return;
    const providers = this.providers.get(event.tenant);
    const applied = this.appliedSeq.get(event.tenant);
    if (!providers || !applied) return;
    const name = event.type === 'provider.registered' ? event.data.provider.name : event.data.name;
    // the events of one record share its sequence: only an older record's are ignored
    if (seq < (applied.get(name) ?? 0)) return;
    applied.set(name, seq);
    if (event.type === 'provider.registered') providers.set(name, event.data.provider);
    else providers.delete(name);
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
