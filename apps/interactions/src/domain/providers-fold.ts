import { providerSettingsOf, type ProviderConfig } from '@switchboard/config';
import type { ProviderSettings } from '@switchboard/contracts';

/**
 * The tenant's providers by name: the tenant file's, with the changes made through the API (Register, removal) laid
 * over them. Only the changes are the events' to fold; the file's come from the configuration.
 */
export class ProvidersFold {
  /** The providers in force, by name. */
  readonly byName = new Map<string, ProviderSettings>();
  /** Registered (settings) or removed (null) through the API, by name. */
  private readonly changes = new Map<string, ProviderSettings | null>();

  constructor(configured: readonly ProviderConfig[]) {
    for (const provider of configured) this.byName.set(provider.name, providerSettingsOf(provider));
  }

  /** The changes as plain data for v8's serializer; it shares the fold's Map. */
  snapshot(): Map<string, ProviderSettings | null> {
    return this.changes;
  }

  restore(changes: ReadonlyMap<string, ProviderSettings | null>): void {
    for (const [name, provider] of changes) this.change(name, provider);
  }

  change(name: string, provider: ProviderSettings | null): void {
    this.changes.set(name, provider);
    if (provider) this.byName.set(name, provider);
    else this.byName.delete(name);
  }
}
