import { beforeEach, describe, expect, it } from '@jest/globals';
import type { TenantConfig } from '@switchboard/config';
import type { InteractionCommandReply, QueueRef } from '@switchboard/contracts';
import type { Decision } from '../domain/decision.js';
import { decideSubscribeQueues } from '../queue-subscriptions/session-commands.js';
import type { Tenant } from '../tenant-registry.js';
import { demoTenantEntry, demoTenantWithSupervisorConfig } from '../testing/demo-tenant.js';
import { runOnTenant } from '../testing/run-decision.js';
import { decideAgentStateChange } from './change-agent-state.js';
import { decideCreateInteraction } from './create-interaction.js';
import { decidePickup } from './pickup-interaction.js';
import { readAttributes } from './read-attributes.js';

const T0 = Date.parse('2026-11-21T16:17:00Z');
const HASH = 'scrypt$16384$8$1$c2FsdA==$aGFzaA==';
const SAM = '5468'; // a supervisor
const DAVE = '5471'; // a member of CrmCallRouting
const ERIN = '5472'; // a member of SendSMS only
const CRM: QueueRef = { type: 'workgroup', name: 'CrmCallRouting' };

const config: TenantConfig = {
  ...demoTenantWithSupervisorConfig,
  agents: [
    ...demoTenantWithSupervisorConfig.agents,
    { id: DAVE, username: 'dave', passwordHash: HASH, skills: {}, role: 'agent', workgroups: ['CrmCallRouting'] },
    { id: ERIN, username: 'erin', passwordHash: HASH, skills: {}, role: 'agent', workgroups: ['SendSMS'] },
  ],
};

/** The one rule asked each way ICWS asks it: pickup, attribute read, workgroup queue subscription. */
describe('workgroup membership, however it is asked', () => {
  let tenant: Tenant;
  let callback: string;

  const run = <R>(decision: Decision<R>): R => runOnTenant(tenant, decision, T0).reply;
  const pickup = (agentId: string, interactionId = callback): InteractionCommandReply =>
    run(decidePickup(tenant.state, { agentId, interactionId }, T0));
  const read = (agentId: string, interactionId = callback) =>
    readAttributes(tenant.state, { agentId, interactionId, names: ['Eic_State'] });
  const subscribe = (agentId: string, queue: QueueRef) =>
    run(
      decideSubscribeQueues(
        tenant.state,
        tenant.catalog,
        tenant.queues,
        { agentId, sessionId: `s-${agentId}`, subscriptionId: 'wg', queues: [queue], attributeNames: ['Eic_State'] },
        T0,
      ),
    );

  beforeEach(() => {
    tenant = demoTenantEntry(config);
    for (const agentId of [SAM, DAVE, ERIN])
      run(decideAgentStateChange(tenant.state, { agentId, change: 'login' }, T0));
    const created = run(
      decideCreateInteraction(
        tenant.state,
        tenant.catalog,
        { agentId: ERIN, kind: 'callback', target: '+447700900123', queue: CRM },
        T0,
      ),
    );
    if (!created.ok) throw new Error(created.error.message);
    callback = created.interactionId;
  });

  it('refuses a non-member each way: pickup and read as if the interaction did not exist, the queue as not its to see', () => {
    const unknown = { ok: false, error: { code: 'interaction_not_found', message: expect.stringContaining('999') } };
    expect(pickup(ERIN, '999')).toMatchObject(unknown);
    expect(read(ERIN, '999')).toMatchObject(unknown);
    // the same answer, naming the id asked for: nothing tells an existing interaction from a missing one
    const notFound = {
      ok: false,
      error: { code: 'interaction_not_found', message: `no interaction ${callback} is in the system` },
    };
    expect(pickup(ERIN)).toEqual(notFound);
    expect(read(ERIN)).toEqual(notFound);
    expect(subscribe(ERIN, CRM)).toMatchObject({ ok: false, error: { code: 'queue_not_visible' } });
    expect(subscribe(ERIN, { type: 'workgroup', name: 'sendsms' })).toEqual({ ok: true });
  });

  it('lets a member read, subscribe to and pick up what waits in its workgroup', () => {
    expect(read(DAVE)).toEqual({ ok: true, attributes: { Eic_State: 'O' } });
    expect(subscribe(DAVE, { type: 'workgroup', name: 'crmcallrouting' })).toEqual({ ok: true });
    expect(pickup(DAVE)).toMatchObject({ ok: true, interactionId: callback });
    expect(read(DAVE)).toEqual({ ok: true, attributes: { Eic_State: 'C' } });
  });

  it('lets a supervisor do all three in any workgroup', () => {
    expect(subscribe(SAM, CRM)).toEqual({ ok: true });
    expect(read(SAM)).toEqual({ ok: true, attributes: { Eic_State: 'O' } });
    expect(pickup(SAM)).toMatchObject({ ok: true, interactionId: callback });
  });
});
