import type { ProviderReply, ProviderSettings, ProvidersReply } from '@switchboard/contracts';
import type { Decision } from '../domain/decision.js';
import { newEvent } from '../domain/domain-events.js';
import { failure } from '../domain/domain-failure.js';
import type { TenantState } from '../domain/tenant-state.js';

/** VCC Register: an upsert — registering again replaces every setting. */
export function decideRegisterProvider(
  state: TenantState,
  provider: ProviderSettings,
  now: number,
): Decision<ProviderReply> {
  return { events: [newEvent('provider.registered', state.tenant, { provider }, now)], reply: { ok: true, provider } };
}

/** Interactions already dispatched for it keep its name (a release must still name it); new ones cannot use it. */
export function decideRemoveProvider(state: TenantState, name: string, now: number): Decision<ProviderReply> {
  const provider = state.providers.get(name);
  if (!provider) return { events: [], reply: failure('provider_not_found', `no provider named "${name}"`) };
  return { events: [newEvent('provider.removed', state.tenant, { name }, now)], reply: { ok: true, provider } };
}

export function listProviders(state: TenantState): ProvidersReply {
  return { ok: true, providers: [...state.providers.values()].sort((a, b) => (a.name < b.name ? -1 : 1)) };
}
