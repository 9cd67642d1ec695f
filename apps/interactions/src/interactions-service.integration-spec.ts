import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { INestMicroservice } from '@nestjs/common';
import { BusClient, connectBus, EventStore, type NatsConnection } from '@switchboard/bus';
import type { DomainEvent } from '@switchboard/contracts';
import { startTestNats, type NatsHarness } from '@switchboard/testing';
import { startInteractionsService } from './testing/start-service.js';

describe('the interactions service over a real NATS', () => {
  let nats: NatsHarness;
  let connection: NatsConnection;
  let bus: BusClient;
  let service: INestMicroservice | undefined;

  beforeAll(async () => {
    nats = await startTestNats();
    connection = await connectBus(nats.url, 'interactions-test-client');
    bus = new BusClient(connection, undefined, 2_000);
    service = await startInteractionsService(nats.url);
  });

  afterAll(async () => {
    await service?.close();
    await connection.close();
    await nats.dispose();
  });

  const loggedEvents = async (): Promise<DomainEvent[]> => {
    const events: DomainEvent[] = [];
    await (await EventStore.open(connection)).replay((event) => events.push(event));
    return events;
  };

  it('has the dispatch in the event log by the time it answers', async () => {
    const reply = await bus.request('interactionDispatch', 'demo', {
      route: 'CrmCallRouting',
      requestId: 'req-1',
      externalId: 'EXT-1',
      properties: {},
      skills: [],
    });
    expect(reply).toEqual({ ok: true, interactionId: '100000001', duplicate: false });
    const queued = (await loggedEvents()).find((e) => e.type === 'interaction.queued');
    expect(queued?.type === 'interaction.queued' && queued.data.interaction.externalId).toBe('EXT-1');
  });

  it('answers a payload that breaks the bus contract with invalid_command, not silence', async () => {
    const raw = await connection.request('sb.v1.cmd.demo.interaction.dispatch', '{"route": 7}', { timeout: 2_000 });
    expect(raw.json()).toMatchObject({ ok: false, error: { code: 'invalid_command' } });
  });

  it('refuses an unknown tenant', async () => {
    const reply = await bus.request('interactionDispatch', 'nobody', { route: 'CrmCallRouting', properties: {}, skills: [] });
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid_command' } });
  });

  it('restores its state from the log after a restart, and then routes what waited', async () => {
    await service?.close();
    service = await startInteractionsService(nats.url);
    const again = await bus.request('interactionDispatch', 'demo', {
      route: 'CrmCallRouting',
      requestId: 'req-1',
      properties: {},
      skills: [],
    });
    expect(again).toEqual({ ok: true, interactionId: '100000001', duplicate: true });

    await bus.request('agentChangeState', 'demo', { agentId: '5465', change: 'login' });
    const ready = await bus.request('agentChangeState', 'demo', { agentId: '5465', change: 'ready' });
    expect(ready).toMatchObject({ ok: true, agent: { ready: true } });
    const offered = (await loggedEvents()).find((e) => e.type === 'interaction.offered');
    expect(offered?.type === 'interaction.offered' && [offered.data.interaction.id, offered.data.agentId]).toEqual([
      '100000001',
      '5465',
    ]);
  });
});
