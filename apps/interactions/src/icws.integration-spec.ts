import { describe, expect, it } from '@jest/globals';
import { jetstreamManager } from '@nats-io/jetstream';
import { DERIVED_STREAM, EVENTS_STREAM, type DomainEvent } from '@switchboard/contracts';
import { pollUntil } from '@switchboard/testing';
import { CommandProcessor } from './command-processor.js';
import type { EventOf } from './domain/domain-events.js';
import { demoTenantWithSupervisorConfig } from './testing/demo-tenant.js';
import { useInteractionsService } from './testing/use-interactions-service.js';

type Contents = EventOf<'session.queue-contents'>['data'];

describe('ICWS over a real NATS: queue subscriptions, create, attributes, and a restart', () => {
  const suite = useInteractionsService(() => demoTenantWithSupervisorConfig);
  /** The queue contents messages of one subscription, oldest first (SB_DERIVED): what the notifier delivers to the session. */
  const messages = async (subscriptionId: string): Promise<Contents[]> =>
    (await suite.derived()).flatMap((event: DomainEvent) =>
      event.type === 'session.queue-contents' && event.data.subscriptionId === subscriptionId ? [event.data] : [],
    );
  const dispatch = async (externalId: string): Promise<string> => {
    const reply = await suite.bus.request('interactionDispatch', 'demo', {
      route: 'CrmCallRouting',
      externalId,
      name: externalId,
      properties: {},
      skills: [],
    });
    if (!reply.ok) throw new Error(reply.error.message);
    return reply.interactionId;
  };

  it('shows a VCC dispatch into a route in a workgroup subscription: a snapshot first, then the interaction added', async () => {
    const subscribed = await suite.bus.request('sessionSubscribeQueues', 'demo', {
      agentId: '5465',
      sessionId: 'session-a',
      subscriptionId: 'crm',
      queues: [{ type: 'workgroup', name: 'crmcallrouting' }],
      attributeNames: ['Eic_State', 'Eic_RemoteName', 'Eic_WorkgroupName'],
    });
    expect(subscribed).toEqual({ ok: true });
    const id = await dispatch('VCC-1');
    expect(await messages('crm')).toEqual([
      { sessionId: 'session-a', subscriptionId: 'crm', isDelta: false, added: [] },
      {
        sessionId: 'session-a',
        subscriptionId: 'crm',
        isDelta: true,
        added: [
          {
            interactionId: id,
            attributes: { Eic_State: 'O', Eic_RemoteName: 'VCC-1', Eic_WorkgroupName: 'CrmCallRouting' },
          },
        ],
      },
    ]);
  });

  it('keeps the domain log to facts: the subscription is in it, what it shows is not', async () => {
    const log = await suite.log();
    expect(
      log.filter((event) => event.type === 'session.queue-subscription-changed').map((event) => event.data),
    ).toMatchObject([{ sessionId: 'session-a', subscriptionId: 'crm', subscribed: true }]);
    expect(log.filter((event) => event.type === 'session.queue-contents')).toEqual([]);
    expect((await messages('crm')).length).toBeGreaterThan(0);
  });

  it('keeps the log position of the facts alone, however far the derived messages run ahead of them', async () => {
    // a resync is a command whose only events are derived: many of them move the derived stream far past the log
    for (let i = 0; i < 20; i += 1)
      expect(await suite.bus.request('sessionResync', 'demo', { sessionId: 'session-a' })).toEqual({ ok: true });
    const manager = await jetstreamManager(suite.connection);
    const logEnd = (await manager.streams.info(EVENTS_STREAM)).state.last_seq;
    expect((await manager.streams.info(DERIVED_STREAM)).state.last_seq).toBeGreaterThan(logEnd);
    // the position snapshots record and retention trims by
    expect(suite.app.get(CommandProcessor).position).toBe(logEnd);
  });

  it('refuses another user’s queue to an agent, not to a supervisor', async () => {
    const subscribe = (agentId: string): Promise<unknown> =>
      suite.bus.request('sessionSubscribeQueues', 'demo', {
        agentId,
        sessionId: `session-${agentId}`,
        subscriptionId: 'theirs',
        queues: [{ type: 'user', name: 'alice' }],
        attributeNames: ['Eic_State'],
      });
    expect(await subscribe('5464')).toMatchObject({ ok: false, error: { code: 'queue_not_visible' } });
    expect(await subscribe('5468')).toEqual({ ok: true });
  });

  it('creates an agent’s own call, connected at once, and answers its attributes as strings', async () => {
    await suite.bus.request('agentChangeState', 'demo', { agentId: '5464', change: 'login' });
    const created = await suite.bus.request('interactionCreate', 'demo', {
      agentId: '5464',
      kind: 'call',
      target: '+441234567890',
      attributes: { Tier: 'Gold' },
    });
    if (!created.ok) throw new Error(created.error.message);
    const attributes = await suite.bus.request('interactionAttributes', 'demo', {
      agentId: '5465',
      interactionId: created.interactionId,
      names: ['eic_state', 'Eic_RemoteAddress', 'Eic_CallDirection', 'tier'],
    });
    expect(attributes).toEqual({
      ok: true,
      attributes: { eic_state: 'C', Eic_RemoteAddress: '+441234567890', Eic_CallDirection: 'O', tier: 'Gold' },
    });
    expect(
      await suite.bus.request('interactionHold', 'demo', { agentId: '5464', interactionId: created.interactionId }),
    ).toMatchObject({ ok: true });
    expect(
      await suite.bus.request('interactionAttributes', 'demo', {
        agentId: '5464',
        interactionId: created.interactionId,
        names: ['Eic_State'],
      }),
    ).toEqual({
      ok: true,
      attributes: { Eic_State: 'H' },
    });
  });

  it('sends every subscription a fresh snapshot after a restart, computed from the facts alone, then deltas again', async () => {
    // nothing derived survives to be read back: the snapshot can only come from the log's facts
    await suite.restart(() => suite.purgeDerived());
    const snapshot = await pollUntil(async () => (await messages('crm')).find((message) => !message.isDelta), {
      what: 'a fresh snapshot',
    });
    expect(snapshot.added?.map((entry) => entry.attributes)).toEqual([
      { Eic_State: 'O', Eic_RemoteName: 'VCC-1', Eic_WorkgroupName: 'CrmCallRouting' },
    ]);
    const id = await dispatch('VCC-2');
    expect((await messages('crm')).at(-1)).toEqual({
      sessionId: 'session-a',
      subscriptionId: 'crm',
      isDelta: true,
      added: [
        {
          interactionId: id,
          attributes: { Eic_State: 'O', Eic_RemoteName: 'VCC-2', Eic_WorkgroupName: 'CrmCallRouting' },
        },
      ],
    });
    expect(await suite.bus.request('sessionClose', 'demo', { sessionId: 'session-a' })).toEqual({ ok: true });
    await dispatch('VCC-3');
    expect((await messages('crm')).at(-1)?.added?.[0]?.interactionId).toBe(id);
  });
});
