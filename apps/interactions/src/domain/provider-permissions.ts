import type { VccAgentAction } from '@switchboard/config';
import type { InteractionRecord, TenantState } from './tenant-state.js';

/**
 * Whether the provider that dispatched the interaction permits the action. No provider (or one removed since,
 * whose restrictions are gone with it): permitted. A provider's settings already hold the one default for
 * permissions it did not name (agentActionsPermittedOf), whether it came from the tenant file or from Register.
 * Enforced here, in the domain, so every API dialect obeys it.
 */
export function providerPermits(state: TenantState, record: InteractionRecord, action: VccAgentAction): boolean {
  const name = record.snapshot.provider;
  return name === undefined ? true : (state.providers.get(name)?.agentActionsPermitted[action] ?? true);
}
