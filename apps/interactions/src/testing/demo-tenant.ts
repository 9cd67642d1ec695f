import type { TenantConfig } from '@switchboard/config';
import { TenantCatalog } from '../domain/tenant-catalog.js';
import { TenantState } from '../domain/tenant-state.js';
import { newTenant, type Tenant } from '../tenant-registry.js';

const HASH = 'scrypt$16384$8$1$c2FsdA==$aGFzaA==';

/** A tenant shaped like the demo one, for unit tests of the domain. */
export const demoTenantConfig: TenantConfig = {
  id: 'demo',
  accountName: 'Demo',
  capacity: { live: 100, chat: 100, nonlive: 100 },
  allowInsecureCallbacks: false,
  gwsCsrfProtection: false,
  skills: ['skillOptional', 'skillExpiring', 'skillMandatory'],
  agents: [
    {
      id: '5464',
      username: 'AgentUsername',
      passwordHash: HASH,
      skills: { skillMandatory: 5, skillExpiring: 5 },
      role: 'agent',
    },
    { id: '5465', username: 'alice', passwordHash: HASH, skills: {}, role: 'agent' },
  ],
  integrationClients: [],
  providers: [
    {
      name: 'CrmIntegration',
      headers: {},
      agentactionspermitted: { release: 1, hold: 1, transferToAgent: 1, transferToRoute: 1 },
    },
  ],
  routes: [
    { name: 'CrmCallRouting', plan: 'acd' },
    { name: 'SendSMS', plan: 'release' },
  ],
  plans: {
    acd: {
      initial: 'route',
      applets: { route: { type: 'acd', mode: 'skills-based', offerTimeoutSeconds: 30, wrapUpSeconds: 0 } },
    },
    release: { initial: 'done', applets: { done: { type: 'release' } } },
  },
  workbins: [
    { name: 'FollowUp', scope: 'agent' },
    { name: 'CrmBacklog', scope: 'queue', queue: 'CrmCallRouting' },
  ],
};

export const DAY_MS = 24 * 3_600_000;

export function demoTenant(): { state: TenantState; catalog: TenantCatalog } {
  return {
    state: new TenantState(demoTenantConfig, DAY_MS),
    catalog: new TenantCatalog(demoTenantConfig),
  };
}

/** The demo tenant with a supervisor (sam), as config/tenants/demo.yaml has. */
export const demoTenantWithSupervisorConfig: TenantConfig = {
  ...demoTenantConfig,
  agents: [
    ...demoTenantConfig.agents,
    { id: '5468', username: 'sam', passwordHash: HASH, skills: {}, role: 'supervisor' },
  ],
};

/** A whole tenant as the service keeps it — catalog, state and projections — for use-case tests that watch queues. */
export function demoTenantEntry(config: TenantConfig = demoTenantWithSupervisorConfig): Tenant {
  return newTenant(config, DAY_MS);
}
