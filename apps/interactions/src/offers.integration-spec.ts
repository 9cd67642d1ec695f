import { describe, expect, it } from '@jest/globals';
import type { TenantConfig } from '@switchboard/config';
import type { DomainEvent } from '@switchboard/contracts';
import { pollUntil } from '@switchboard/testing';
import { demoTenantConfig } from './testing/demo-tenant.js';
import { useInteractionsService } from './testing/use-interactions-service.js';

/**
 * The demo tenant with one-second offers on CrmCallRouting, so that leases run out while the test watches, and
 * a Patient route whose offers last a minute, for the tests that must accept or reject in time even on a busy
 * machine.
 */
const quickOffers: TenantConfig = {
  ...demoTenantConfig,
  routes: [...demoTenantConfig.routes, { name: 'Patient', plan: 'patient' }],
  plans: {
    ...demoTenantConfig.plans,
    acd: {
      initial: 'route',
      applets: { route: { type: 'acd', mode: 'skills-based', offerTimeoutSeconds: 1, wrapUpSeconds: 1 } },
    },
    patient: {
      initial: 'route',
      applets: { route: { type: 'acd', mode: 'skills-based', offerTimeoutSeconds: 60, wrapUpSeconds: 1 } },
    },
  },
};

describe('offers over a real NATS: accept, reject, lease, wrap-up, and timers across a restart', () => {
  const suite = useInteractionsService(() => quickOffers);
  const log = (): Promise<DomainEvent[]> => suite.log();
  const eventsOf = async (type: DomainEvent['type'], interactionId: string): Promise<DomainEvent[]> =>
    (await log()).filter((e) => e.type === type && 'interaction' in e.data && e.data.interaction.id === interactionId);
  const makeReady = async (agentId: string): Promise<void> => {
    await suite.bus.request('agentChangeState', 'demo', { agentId, change: 'login' });
    expect(await suite.bus.request('agentChangeState', 'demo', { agentId, change: 'ready' })).toMatchObject({
      ok: true,
    });
  };
  const dispatch = async (externalId: string, route = 'CrmCallRouting'): Promise<string> => {
    const reply = await suite.bus.request('interactionDispatch', 'demo', {
      route,
      externalId,
      properties: {},
      skills: [],
    });
    if (!reply.ok) throw new Error(reply.error.message);
    return reply.interactionId;
  };

  it('connects on accept, refuses a second accept and another agent, and wraps the agent up after completion', async () => {
    await makeReady('5464');
    const id = await dispatch('ACCEPT-1', 'Patient');
    const offer = await suite.bus.request('interactionGet', 'demo', { interactionId: id });
    expect(offer).toMatchObject({ ok: true, routing: { status: 'offered', agentId: '5464' } });
    expect(offer.ok && offer.decisions[0]?.explanation.chosen.agentId).toBe('5464');

    expect(await suite.bus.request('interactionAccept', 'demo', { interactionId: id, agentId: '5465' })).toMatchObject({
      ok: false,
      error: { code: 'not_offered_to_agent' },
    });
    expect(await suite.bus.request('interactionAccept', 'demo', { interactionId: id, agentId: '5464' })).toMatchObject({
      ok: true,
    });
    expect(await suite.bus.request('interactionAccept', 'demo', { interactionId: id, agentId: '5464' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_state' },
    });
    expect(
      await suite.bus.request('interactionComplete', 'demo', { interactionId: id, agentId: '5464' }),
    ).toMatchObject({ ok: true });
    expect(await suite.bus.request('agentGet', 'demo', { agentId: '5464' })).toMatchObject({
      ok: true,
      agent: { ready: false, notReadyReason: 'wrap-up' },
    });
    await pollUntil(async () => ((await log()).some((e) => e.type === 'agent.wrap-up-ended') ? true : undefined), {
      what: 'the wrap-up to end on its timer',
    });
    expect(await suite.bus.request('agentGet', 'demo', { agentId: '5464' })).toMatchObject({
      ok: true,
      agent: { ready: true },
    });
  });

  it('times an unanswered offer out on its lease: the agent is not ready (missed) and a late accept is refused', async () => {
    const id = await dispatch('LEASE-1');
    const [offered] = await eventsOf('interaction.offered', id);
    const agentId = offered?.type === 'interaction.offered' ? offered.data.agentId : '';
    await pollUntil(async () => ((await eventsOf('interaction.offer-timed-out', id)).length > 0 ? true : undefined), {
      what: 'the offer to time out',
    });
    expect(await suite.bus.request('agentGet', 'demo', { agentId })).toMatchObject({
      ok: true,
      agent: { ready: false, notReadyReason: 'missed' },
    });
    expect(await suite.bus.request('interactionAccept', 'demo', { interactionId: id, agentId })).toMatchObject({
      ok: false,
    });
    await suite.bus.request('interactionRelease', 'demo', { externalId: 'LEASE-1' });
  });

  it('puts a rejected interaction back with its age and offers it to the next agent', async () => {
    await makeReady('5464');
    await makeReady('5465');
    const id = await dispatch('REJECT-1', 'Patient');
    const first = await suite.bus.request('interactionGet', 'demo', { interactionId: id });
    const firstAgent = first.ok ? (first.routing.agentId ?? '') : '';
    expect(
      await suite.bus.request('interactionReject', 'demo', { interactionId: id, agentId: firstAgent }),
    ).toMatchObject({ ok: true });
    const again = await suite.bus.request('interactionGet', 'demo', { interactionId: id });
    expect(again).toMatchObject({ ok: true, routing: { status: 'offered' } });
    expect(again.ok && again.routing.agentId).not.toBe(firstAgent);
    expect(again.ok && again.interaction.queuedAt).toBe(first.ok && first.interaction.queuedAt);
    expect(again.ok && again.decisions.length).toBe(2);
    await suite.bus.request('interactionRelease', 'demo', { externalId: 'REJECT-1' });
  });

  it('restores a pending lease from the log after a restart and times it out then', async () => {
    await makeReady('5464');
    const id = await dispatch('RESTART-1');
    expect((await eventsOf('interaction.offered', id)).length).toBe(1);
    await suite.restart();
    await pollUntil(async () => ((await eventsOf('interaction.offer-timed-out', id)).length > 0 ? true : undefined), {
      what: 'the restored lease to time out',
    });
  });
});
