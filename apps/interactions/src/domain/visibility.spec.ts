import { beforeEach, describe, expect, it } from '@jest/globals';
import type { AgentConfig, TenantConfig } from '@switchboard/config';
import type { CreateInteractionCommand, InteractionCommandReply, QueueRef } from '@switchboard/contracts';
import type { Tenant } from '../tenant-registry.js';
import { demoTenantEntry, demoTenantWithSupervisorConfig } from '../testing/demo-tenant.js';
import { runOnTenant } from '../testing/run-decision.js';
import { decideAgentStateChange } from '../use-cases/change-agent-state.js';
import { decideCreateInteraction } from '../use-cases/create-interaction.js';
import { decidePickup } from '../use-cases/pickup-interaction.js';
import { isMember, mayViewInteraction, mayViewQueue } from './visibility.js';

const T0 = Date.parse('2026-11-21T16:17:00Z');
const HASH = 'scrypt$16384$8$1$c2FsdA==$aGFzaA==';
const ALICE = '5465'; // no workgroups listed: membership not configured
const SAM = '5468'; // a supervisor
const DAVE = '5471'; // a member of CrmCallRouting
const ERIN = '5472'; // a member of no workgroup
const CRM: QueueRef = { type: 'workgroup', name: 'CrmCallRouting' };

const member = (id: string, username: string, workgroups: string[]): AgentConfig => ({
  id,
  username,
  passwordHash: HASH,
  skills: {},
  role: 'agent',
  workgroups,
});

const config: TenantConfig = {
  ...demoTenantWithSupervisorConfig,
  agents: [
    ...demoTenantWithSupervisorConfig.agents,
    member(DAVE, 'dave', ['CrmCallRouting']),
    member(ERIN, 'erin', []),
  ],
};

describe('who may see what', () => {
  let tenant: Tenant;

  const agent = (agentId: string): AgentConfig => {
    const found = tenant.state.agentConfig(agentId);
    if (!found) throw new Error(`no agent ${agentId}`);
    return found;
  };
  const idOf = (reply: InteractionCommandReply): string => {
    if (!reply.ok) throw new Error(reply.error.message);
    return reply.interactionId;
  };
  const create = (command: CreateInteractionCommand): string =>
    idOf(runOnTenant(tenant, decideCreateInteraction(tenant.state, tenant.catalog, command, T0), T0).reply);
  const logIn = (agentId: string): void => {
    runOnTenant(tenant, decideAgentStateChange(tenant.state, { agentId, change: 'login' }, T0), T0);
  };
  const viewers = (interactionId: string): string[] =>
    [ALICE, SAM, DAVE, ERIN].filter((agentId) => mayViewInteraction(tenant.state, agentId, interactionId));

  beforeEach(() => {
    tenant = demoTenantEntry(config);
  });

  it('makes an agent a member of the workgroups it lists (in any case), and of every one when it lists none', () => {
    expect(isMember(agent(DAVE), 'crmcallrouting')).toBe(true);
    expect(isMember(agent(DAVE), 'SendSMS')).toBe(false);
    expect(isMember(agent(ERIN), 'CrmCallRouting')).toBe(false);
    expect(isMember(agent(ALICE), 'SendSMS')).toBe(true);
  });

  it('lets an agent watch its own queue and its workgroups’ queues; a supervisor every queue', () => {
    expect(mayViewQueue(agent(DAVE), CRM)).toBe(true);
    expect(mayViewQueue(agent(ERIN), CRM)).toBe(false);
    expect(mayViewQueue(agent(ALICE), CRM)).toBe(true);
    expect(mayViewQueue(agent(SAM), CRM)).toBe(true);
    expect(mayViewQueue(agent(ERIN), { type: 'user', name: 'ERIN' })).toBe(true);
    expect(mayViewQueue(agent(ALICE), { type: 'user', name: 'dave' })).toBe(false);
    expect(mayViewQueue(agent(SAM), { type: 'user', name: 'dave' })).toBe(true);
  });

  it('shows what waits in a workgroup to its members, to supervisors, and to agents without configured membership', () => {
    const callback = create({ agentId: ERIN, kind: 'callback', target: '+447700900123', queue: CRM });
    expect(viewers(callback)).toEqual([ALICE, SAM, DAVE]);
  });

  it('shows an agent its own interactions, in no workgroup or in one it is not a member of', () => {
    logIn(ERIN);
    const ownCall = create({ agentId: ERIN, kind: 'call', target: '+447700900124' });
    expect(viewers(ownCall)).toEqual([ALICE, SAM, ERIN]);
    const waitingForErin = create({ agentId: DAVE, kind: 'generic', queue: { type: 'user', name: 'erin' } });
    expect(viewers(waitingForErin)).toEqual([ALICE, SAM, ERIN]);
  });

  it('keeps a picked-up interaction visible to its workgroup’s members and to the agent now handling it', () => {
    logIn(DAVE);
    logIn(SAM);
    const callback = create({ agentId: DAVE, kind: 'callback', target: '+447700900125', queue: CRM });
    const command = { agentId: SAM, interactionId: callback };
    expect(runOnTenant(tenant, decidePickup(tenant.state, command, T0), T0).reply).toMatchObject({ ok: true });
    expect(viewers(callback)).toEqual([ALICE, SAM, DAVE]);
  });

  it('shows nobody an interaction the tenant does not have', () => {
    expect(viewers('999999')).toEqual([]);
  });
});
