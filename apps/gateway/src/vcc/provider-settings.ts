import type { ProviderSettings, VccApi } from '@switchboard/contracts';
import type { TenantRules } from '../auth/tenant-directory.js';

type Schemas = VccApi.components['schemas'];
type Permitted = NonNullable<Schemas['ProviderSettings']['agentactionspermitted']>;
type AgentAction = 'release' | 'hold' | 'transferToAgent' | 'transferToRoute';

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

/**
 * VCC's settings as the domain keeps them. Without `agentactionspermitted` every action is permitted (the
 * provider then only adds callbacks); with it, an action not set to 1 is not permitted.
 */
export function toProviderSettings(settings: Schemas['ProviderSettings']): ProviderSettings {
  const permitted: Permitted | undefined = settings.agentactionspermitted;
  const allows = (action: AgentAction): boolean => (permitted === undefined ? true : permitted[action] === 1);
  return {
    name: settings.provider,
    ...(settings.endpoint === undefined ? {} : { endpoint: settings.endpoint }),
    headers: settings.headers ?? {},
    agentActionsPermitted: {
      release: allows('release'),
      hold: allows('hold'),
      transferToAgent: allows('transferToAgent'),
      transferToRoute: allows('transferToRoute'),
    },
  };
}

export function permittedAsVcc(provider: ProviderSettings): Permitted & Record<AgentAction, 0 | 1> {
  const bit = (allowed: boolean): 0 | 1 => (allowed ? 1 : 0);
  const permitted = provider.agentActionsPermitted;
  return {
    release: bit(permitted.release),
    hold: bit(permitted.hold),
    transferToAgent: bit(permitted.transferToAgent),
    transferToRoute: bit(permitted.transferToRoute),
  };
}
