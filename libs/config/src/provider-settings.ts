import type { ProviderSettings } from '@switchboard/contracts';
import type { ProviderConfig } from './tenant-config.schema.js';

/** A provider from a tenant file, as if it had been registered with these settings. */
export function providerSettingsOf(provider: ProviderConfig): ProviderSettings {
  const permitted = provider.agentactionspermitted;
  return {
    name: provider.name,
    ...(provider.endpoint === undefined ? {} : { endpoint: provider.endpoint }),
    headers: provider.headers,
    agentActionsPermitted: {
      release: permitted.release === 1,
      hold: permitted.hold === 1,
      transferToAgent: permitted.transferToAgent === 1,
      transferToRoute: permitted.transferToRoute === 1,
    },
  };
}
