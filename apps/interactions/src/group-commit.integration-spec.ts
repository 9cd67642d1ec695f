// Issue 12, point 1: a tenant's commands are decided one after another in memory, and their events stored in batches
// (one pipelined append while the next commands are decided). A reply still comes only once its events are in the
// log, and a batch that fails takes every command in it (and those decided on top of it) down and rebuilds the tenant.
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { INestMicroservice } from '@nestjs/common';
import { BusClient, connectBus, type EventStore, type NatsConnection } from '@switchboard/bus';
import type { DomainEvent } from '@switchboard/contracts';
import { startTestNats, type NatsHarness } from '@switchboard/testing';
import { EVENT_STORE } from './infrastructure/tokens.js';
import { TenantRegistry } from './tenant-registry.js';
import { demoTenantConfig } from './testing/demo-tenant.js';
import { refuseAppends } from './testing/refuse-appends.js';
import { startInteractionsService } from './testing/start-service.js';

const COMMANDS = 50;

interface DispatchReply {
  ok: boolean;
  interactionId?: string;
  error?: { code: string };
}

describe('group commit of a tenant’s events', () => {
  let nats: NatsHarness;
  let connection: NatsConnection;
  let bus: BusClient;
  let service: INestMicroservice;
  let store: EventStore;
  /** Each append the service made, as the ids of its events, in the order they were stored. */
  const appends: string[][] = [];
  /** The interactions whose events are stored (an append of theirs resolved without failure). */
  const storedInteractions = new Set<string>();

  beforeAll(async () => {
    nats = await startTestNats();
    connection = await connectBus(nats.url, 'group-commit-test');
    bus = new BusClient(connection, undefined, 5_000);
    service = await startInteractionsService(nats.url, demoTenantConfig);
    store = service.get<EventStore>(EVENT_STORE);
    // counts the real appends (to the real JetStream) and notes what each stored, before the service goes on
    const publishAll = store.publishAll.bind(store);
    jest.spyOn(store, 'publishAll').mockImplementation(async (events) => {
      const outcomes = await publishAll(events);
      appends.push(events.map(({ id }) => id));
      events.forEach((event, i) => {
        if (typeof outcomes[i] === 'number' && event.type === 'interaction.queued')
          storedInteractions.add(event.data.interaction.id);
      });
      return outcomes;
    });
  });

  afterAll(async () => {
    await service.close();
    await connection.close();
    await nats.dispose();
  });

  const dispatch = (externalId: string): Promise<DispatchReply> =>
    bus.request('interactionDispatch', 'demo', { route: 'CrmCallRouting', externalId, properties: {}, skills: [] });

  const log = async (): Promise<DomainEvent[]> => {
    const events: DomainEvent[] = [];
    await store.replay((event) => events.push(event));
    return events;
  };

  it(`stores ${String(COMMANDS)} concurrent commands of one tenant in fewer appends, and answers each only once its events are stored`, async () => {
    const before = appends.length;
    const storedAtReply: boolean[] = [];
    const replies = await Promise.all(
      Array.from({ length: COMMANDS }, (_, i) =>
        dispatch(`burst-${String(i)}`).then((reply) => {
          // the service runs in this process: what it had stored when this reply arrived is known here
          storedAtReply.push(reply.interactionId !== undefined && storedInteractions.has(reply.interactionId));
          return reply;
        }),
      ),
    );
    expect(replies.every((reply) => reply.ok)).toBe(true);
    expect(storedAtReply).toEqual(replies.map(() => true));
    const used = appends.length - before;
    expect(used).toBeGreaterThan(0);
    expect(used).toBeLessThan(COMMANDS);
    // and the stream holds every answered interaction, once
    const queued = (await log()).flatMap((event) =>
      event.type === 'interaction.queued' ? [event.data.interaction.id] : [],
    );
    expect([...queued].sort()).toEqual(replies.map((reply) => reply.interactionId).sort());
  });

  it('fails every command of a batch that could not be stored, and rebuilds the tenant from the log before its next command', async () => {
    const registry = service.get(TenantRegistry);
    const tenant = registry.get('demo');
    await refuseAppends(connection, true);
    const failed = await Promise.all(Array.from({ length: 10 }, (_, i) => dispatch(`lost-${String(i)}`)));
    await refuseAppends(connection, false);
    expect(failed).toEqual(
      failed.map(() =>
        expect.objectContaining({ ok: false, error: expect.objectContaining({ code: 'log_unavailable' }) }),
      ),
    );
    expect(
      (await log()).filter(
        (event) => event.type === 'interaction.queued' && event.data.interaction.externalId?.startsWith('lost-'),
      ),
    ).toEqual([]);

    // memory had these interactions ahead of the log; rebuilt from the log, the tenant takes the same external ids anew
    const again = await dispatch('lost-0');
    expect(again).toMatchObject({ ok: true });
    expect(registry.get('demo')).not.toBe(tenant);
    const replies = await Promise.all(Array.from({ length: 9 }, (_, i) => dispatch(`lost-${String(i + 1)}`)));
    expect(replies.every((reply) => reply.ok)).toBe(true);
  });

  it('decides an Invoke of many requests in one turn and stores it in one append, each request with its own outcome, in order', async () => {
    const before = appends.length;
    const items = [
      ...Array.from({ length: 48 }, (_, i) => ({
        dispatch: {
          route: 'CrmCallRouting',
          requestId: `inv-${String(i)}`,
          externalId: `inv-${String(i)}`,
          properties: {},
          skills: [],
        },
      })),
      // a repeat inside the same Invoke is the first outcome; an unknown route fails alone
      { dispatch: { route: 'CrmCallRouting', requestId: 'inv-0', externalId: 'inv-0', properties: {}, skills: [] } },
      { dispatch: { route: 'NoSuchRoute', externalId: 'inv-bad', properties: {}, skills: [] } },
    ];
    const reply = await bus.request('interactionInvoke', 'demo', {
      items: [items[0], ...items.slice(1)] as [(typeof items)[number], ...typeof items],
    });
    expect(reply.ok).toBe(true);
    const results = reply.ok ? reply.results : [];
    expect(results).toHaveLength(50);
    expect(results.slice(0, 48).every((result) => result.ok && !result.duplicate)).toBe(true);
    const first = results[0];
    expect(results[48]).toEqual({
      ok: true,
      interactionId: first?.ok ? first.interactionId : 'none',
      duplicate: true,
      firstRequest: { action: 'dispatch', externalId: 'inv-0' },
    });
    expect(results[49]).toMatchObject({ ok: false });
    expect(appends.length - before).toBe(1);
    const queued = (await log()).flatMap((event) =>
      event.type === 'interaction.queued' && event.data.interaction.externalId?.startsWith('inv-')
        ? [event.data.interaction.externalId]
        : [],
    );
    expect(queued).toEqual(items.slice(0, 48).map((item) => item.dispatch.externalId));
  });
});
