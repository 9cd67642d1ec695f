import type { TenantConfig } from '@switchboard/config';
import type { DomainEvent, InteractionCommandReply } from '@switchboard/contracts';
import type { Decision } from '../domain/decision.js';
import { newTenant, type Tenant } from '../tenant.js';
import { decideHold } from '../use-cases/agent-actions.js';
import { decideAgentInteraction } from '../use-cases/agent-interaction.js';
import { decideAgentStateChange } from '../use-cases/change-agent-state.js';
import { decideDispatch } from '../use-cases/dispatch-interaction.js';
import { decidePark } from '../use-cases/park-interaction.js';
import { decideRegisterProvider } from '../use-cases/providers.js';
import { decideWorkbin } from '../use-cases/workbins.js';
import { DAY_MS, demoTenantWithSupervisorConfig } from './demo-tenant.js';
import { runOnTenant } from './run-decision.js';

/**
 * A tenant with an interaction in every phase of its life, built only through the use-cases, so that the same
 * scenario runs on the code of any snapshot format (the format 1 and 2 fixtures were written by it on the code of
 * their day). By externalid: E1 in 5464's own workbin, E2 in the shared workbin (5464 subscribed to it), E3 parked by
 * 5464, E4 held by alice, E5 connected to bob, E6 offered to carol, E7 in line, E8 in its plan waiting on a data
 * connector call; provider Extra registered through the API.
 */

export const EVERY_PHASE_AT = Date.parse('2026-06-01T09:00:00Z');

const HASH = 'scrypt$16384$8$1$c2FsdA==$aGFzaA==';

export const everyPhaseConfig: TenantConfig = {
  ...demoTenantWithSupervisorConfig,
  agents: [
    ...demoTenantWithSupervisorConfig.agents,
    { id: '5466', username: 'bob', passwordHash: HASH, skills: {}, role: 'agent' },
    { id: '5467', username: 'carol', passwordHash: HASH, skills: {}, role: 'agent' },
  ],
  routes: [...demoTenantWithSupervisorConfig.routes, { name: 'Lookup', plan: 'lookup' }],
  plans: {
    ...demoTenantWithSupervisorConfig.plans,
    lookup: {
      initial: 'call',
      applets: {
        call: {
          type: 'http-request',
          url: 'https://crm.example/lookup',
          method: 'POST',
          headers: {},
          timeoutSeconds: 5,
          store: {},
          next: 'queue',
        },
        queue: { type: 'acd', mode: 'skills-based', offerTimeoutSeconds: 30, wrapUpSeconds: 0 },
      },
    },
  },
};

/** The tenant, its events added to `log`. */
export function everyPhaseTenant(log: DomainEvent[] = []): Tenant {
  const tenant = newTenant(everyPhaseConfig, DAY_MS);
  const at = EVERY_PHASE_AT;
  const run = <R>(decide: (t: Tenant) => Decision<R>): R => runOnTenant(tenant, decide(tenant), at, log).reply;
  const idOf = (reply: InteractionCommandReply): string => {
    if (!reply.ok) throw new Error(reply.error.message);
    return reply.interactionId;
  };
  const ready = (agentId: string): void => {
    for (const change of ['login', 'ready'] as const)
      run((t) => decideAgentStateChange(t.state, { agentId, change }, at));
  };
  const dispatch = (externalId: string, route = 'CrmCallRouting'): string =>
    idOf(run((t) => decideDispatch(t.state, t.catalog, { route, externalId, properties: {}, skills: [] }, at)));
  const accepted = (externalId: string, agentId: string): string => {
    const interactionId = dispatch(externalId);
    run((t) => decideAgentInteraction(t.state, { interactionId, agentId }, 'accept', at));
    return interactionId;
  };
  const place = (interactionId: string, workbin: string): void => {
    run((t) => decideWorkbin(t.state, { agentId: '5464', operation: 'place', workbin, interactionId }, at));
  };

  ready('5464');
  place(accepted('E1', '5464'), 'FollowUp');
  place(accepted('E2', '5464'), 'CrmBacklog');
  run((t) => decideWorkbin(t.state, { agentId: '5464', operation: 'subscribe', workbin: 'CrmBacklog' }, at));
  const parked = accepted('E3', '5464');
  run((t) => decidePark(t.state, { interactionId: parked, agentId: '5464' }, at));
  ready('5465');
  const held = accepted('E4', '5465');
  run((t) => decideHold(t.state, { interactionId: held, agentId: '5465' }, true, at));
  ready('5466');
  accepted('E5', '5466');
  ready('5467');
  dispatch('E6');
  dispatch('E7');
  dispatch('E8', 'Lookup');
  const permitted = { release: false, hold: true, transferToAgent: true, transferToRoute: true };
  run((t) => decideRegisterProvider(t.state, { name: 'Extra', headers: {}, agentActionsPermitted: permitted }, at));
  return tenant;
}
