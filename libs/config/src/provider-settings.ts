import type { ProviderSettings } from '@switchboard/contracts';
import type { ProviderConfig } from './tenant-config.schema.js';

/** The agent actions a VCC provider permits or not (Register's `agentactionspermitted`, 1 permitted, 0 not). */
export type VccAgentAction = keyof ProviderSettings['agentActionsPermitted'];

/**
 * The one default for a provider's permissions, whether it comes from a tenant file or from `POST /Register`.
 * Without `agentactionspermitted` every action is permitted: the vendor's own example of a provider registered for
 * its callbacks names none, and a provider must not lock agents out of what they may do on an interaction with no
 * provider at all. With it, only an action set to 1 is permitted (the vendor's "1 allowed, 0 not"; its
 * release-only example names release alone): an empty object permits nothing.
 */
export function agentActionsPermittedOf(
  permitted: Partial<Record<VccAgentAction, 0 | 1>> | undefined,
): ProviderSettings['agentActionsPermitted'] {
  const allows = (action: VccAgentAction): boolean => (permitted === undefined ? true : permitted[action] === 1);
  return {
    release: allows('release'),
    hold: allows('hold'),
    transferToAgent: allows('transferToAgent'),
    transferToRoute: allows('transferToRoute'),
  };
}

/** A provider from a tenant file, as if it had been registered with these settings. */
export function providerSettingsOf(provider: ProviderConfig): ProviderSettings {
  return {
    name: provider.name,
    ...(provider.endpoint === undefined ? {} : { endpoint: provider.endpoint }),
    headers: provider.headers,
    agentActionsPermitted: agentActionsPermittedOf(provider.agentactionspermitted),
  };
}
