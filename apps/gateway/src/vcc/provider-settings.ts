import { agentActionsPermittedOf, type VccAgentAction } from '@switchboard/config';
import type { ProviderSettings, VccApi } from '@switchboard/contracts';
import type { TenantRules } from '../auth/tenant-directory.js';

type Schemas = VccApi.components['schemas'];
type Permitted = NonNullable<Schemas['ProviderSettings']['agentactionspermitted']>;

/** What the contract's schema cannot say: https only (unless the tenant allows http), `Authorization: <type> <credentials>`. */
export function registerProblems(settings: Schemas['ProviderSettings'], rules: TenantRules): string[] {
  const problems: string[] = [];
  if (settings.endpoint !== undefined) {
    const protocol = URL.canParse(settings.endpoint) ? new URL(settings.endpoint).protocol : undefined;
    const allowed = rules.allowInsecureCallbacks ? ['https:', 'http:'] : ['https:'];
    if (protocol === undefined || !allowed.includes(protocol)) {
      problems.push(`endpoint must be an ${rules.allowInsecureCallbacks ? 'http or https' : 'https'} URL`);
    }
  }
  for (const [name, value] of Object.entries(settings.headers ?? {})) {
    if (name.toLowerCase() === 'authorization' && !/^\S+ \S/.test(value)) {
      problems.push(`headers.${name} must be "<type> <credentials>", e.g. "Basic dXNlcjpwYXNz"`);
    }
  }
  return problems;
}

/** VCC's settings as the domain keeps them, with the same default for permissions as a tenant file's provider. */
export function toProviderSettings(settings: Schemas['ProviderSettings']): ProviderSettings {
  return {
    name: settings.provider,
    ...(settings.endpoint === undefined ? {} : { endpoint: settings.endpoint }),
    headers: settings.headers ?? {},
    agentActionsPermitted: agentActionsPermittedOf(settings.agentactionspermitted),
  };
}

export function permittedAsVcc(provider: ProviderSettings): Permitted & Record<VccAgentAction, 0 | 1> {
  const bit = (allowed: boolean): 0 | 1 => (allowed ? 1 : 0);
  const permitted = provider.agentActionsPermitted;
  return {
    release: bit(permitted.release),
    hold: bit(permitted.hold),
    transferToAgent: bit(permitted.transferToAgent),
    transferToRoute: bit(permitted.transferToRoute),
  };
}
