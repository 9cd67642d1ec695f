// Issue 12, point 5: no per-command scans of every tenant. A command re-reads the timers of its own tenant alone, and a
// due timer runs routing for its own tenant alone, so a command costs the same with 1 tenant or 1,000. (The service
// used to read every tenant's timers after every command, and run a routing command for every tenant when the one
// timer fired.)
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { INestMicroservice } from '@nestjs/common';
import { BusClient, connectBus, EventStore, type NatsConnection } from '@switchboard/bus';
import type { TenantConfig } from '@switchboard/config';
import type { DomainEvent } from '@switchboard/contracts';
import { pollUntil, startTestNats, type NatsHarness } from '@switchboard/testing';
import { CommandProcessor } from './command-processor.js';
import { TenantRegistry } from './tenant-registry.js';
import { demoTenantConfig } from './testing/demo-tenant.js';
import { refuseAppends } from './testing/refuse-appends.js';
import { startInteractionsService } from './testing/start-service.js';

const TENANTS = 1_000;

/** The demo tenant with one-second offers on CrmCallRouting, three-second ones on Slow, and a minute on Patient. */
const tenantConfig = (id: string): TenantConfig => ({
  ...demoTenantConfig,
  id,
  routes: [...demoTenantConfig.routes, { name: 'Patient', plan: 'patient' }, { name: 'Slow', plan: 'slow' }],
  plans: {
    ...demoTenantConfig.plans,
    acd: {
      initial: 'route',
      applets: { route: { type: 'acd', mode: 'skills-based', offerTimeoutSeconds: 1, wrapUpSeconds: 0 } },
    },
    patient: {
      initial: 'route',
      applets: { route: { type: 'acd', mode: 'skills-based', offerTimeoutSeconds: 60, wrapUpSeconds: 0 } },
    },
    // long enough for the test to make the log refuse appends before the lease is due
    slow: {
      initial: 'route',
      applets: { route: { type: 'acd', mode: 'skills-based', offerTimeoutSeconds: 3, wrapUpSeconds: 0 } },
    },
  },
});
const tenantIds = Array.from({ length: TENANTS }, (_, i) => `tenant-${String(i).padStart(4, '0')}`);
const [A = '', B = '', C = '', D = ''] = [tenantIds[0], tenantIds[1], tenantIds[TENANTS / 2], tenantIds[2]];

describe(`timers of ${String(TENANTS)} tenants`, () => {
  let nats: NatsHarness;
  let connection: NatsConnection;
  let bus: BusClient;
  let service: INestMicroservice;

  beforeAll(async () => {
    nats = await startTestNats();
    connection = await connectBus(nats.url, 'tenant-timers-test');
    bus = new BusClient(connection, undefined, 5_000);
    service = await startInteractionsService(nats.url, tenantIds.map(tenantConfig));
  }, 60_000);

  afterAll(async () => {
    jest.restoreAllMocks();
    await service.close();
    await connection.close();
    await nats.dispose();
  });

  const makeReady = async (tenant: string, agentId: string): Promise<void> => {
    await bus.request('agentChangeState', tenant, { agentId, change: 'login' });
    expect(await bus.request('agentChangeState', tenant, { agentId, change: 'ready' })).toMatchObject({ ok: true });
  };
  const dispatch = async (tenant: string, externalId: string, route: string): Promise<string> => {
    const reply = await bus.request('interactionDispatch', tenant, { route, externalId, properties: {}, skills: [] });
    if (!reply.ok) throw new Error(reply.error.message);
    return reply.interactionId;
  };
  const eventsOf = async (tenant: string, type: DomainEvent['type'], interactionId: string): Promise<DomainEvent[]> => {
    const events: DomainEvent[] = [];
    await (
      await EventStore.open(connection)
    ).replay((event) => {
      if (
        event.tenant === tenant &&
        event.type === type &&
        'interaction' in event.data &&
        event.data.interaction.id === interactionId
      )
        events.push(event);
    });
    return events;
  };

  it('re-reads the timers and paused plans of the commanded tenant alone after a command', async () => {
    const registry = service.get(TenantRegistry);
    const reads = tenantIds.map((tenant) => {
      const state = registry.get(tenant)?.state;
      if (!state) throw new Error(`no tenant ${tenant}`);
      return {
        tenant,
        timers: jest.spyOn(state.engine, 'nextTimerAt'),
        plans: jest.spyOn(state, 'pausedInteractions'),
      };
    });
    await makeReady(C, '5464');
    expect(reads.filter(({ timers }) => timers.mock.calls.length > 0).map(({ tenant }) => tenant)).toEqual([C]);
    expect(reads.filter(({ plans }) => plans.mock.calls.length > 0).map(({ tenant }) => tenant)).toEqual([C]);
    for (const { timers, plans } of reads) {
      timers.mockRestore();
      plans.mockRestore();
    }
  });

  it('times a lease out in its tenant on time, and runs no routing command in any other tenant', async () => {
    await makeReady(A, '5464');
    await makeReady(B, '5464');
    // B has a timer too (a minute-long lease), not due while the test runs
    const patient = await dispatch(B, 'B-PATIENT', 'Patient');
    expect(await eventsOf(B, 'interaction.offered', patient)).toHaveLength(1);

    const processor = service.get(CommandProcessor);
    const executed = jest.spyOn(processor, 'execute');
    const id = await dispatch(A, 'A-LEASE', 'CrmCallRouting');
    const [offered] = await eventsOf(A, 'interaction.offered', id);
    if (offered?.type !== 'interaction.offered') throw new Error('not offered');
    const timedOut = await pollUntil(async () => (await eventsOf(A, 'interaction.offer-timed-out', id))[0], {
      what: 'the lease in tenant A to time out',
    });
    expect(Date.parse(timedOut.occurredAt)).toBeGreaterThanOrEqual(Date.parse(offered.data.leaseUntil));

    // the dispatch, then the routing the lease's timer ran: all of it in A
    const commandedTenants = new Set(executed.mock.calls.map(([tenant]) => tenant));
    expect([...commandedTenants]).toEqual([A]);
    expect(executed.mock.calls.length).toBeGreaterThanOrEqual(2);
    executed.mockRestore();
    expect(await bus.request('interactionGet', B, { interactionId: patient })).toMatchObject({
      ok: true,
      routing: { status: 'offered', agentId: '5464' },
    });
  }, 30_000);

  it('retries routing on a timer that the log refused, without waiting for a command of the tenant', async () => {
    await makeReady(D, '5464');
    const id = await dispatch(D, 'D-REFUSED', 'Slow');
    expect(await eventsOf(D, 'interaction.offered', id)).toHaveLength(1);
    const processor = service.get(CommandProcessor);
    const execute = processor.execute.bind(processor);
    const failedIn: string[] = [];
    const executed = jest.spyOn(processor, 'execute').mockImplementation((tenant, decide) => {
      const running = execute(tenant, decide);
      running.catch(() => failedIn.push(tenant));
      return running;
    });
    await refuseAppends(connection, true);
    try {
      await pollUntil(() => (failedIn.includes(D) ? true : undefined), {
        what: 'routing on the lease’s timer to fail',
        timeoutMs: 20_000,
      });
    } finally {
      await refuseAppends(connection, false);
    }
    await pollUntil(async () => (await eventsOf(D, 'interaction.offer-timed-out', id))[0], {
      what: 'the refused lease time-out to be retried',
      timeoutMs: 20_000,
    });
    expect(new Set(executed.mock.calls.map(([tenant]) => tenant))).toEqual(new Set([D]));
    executed.mockRestore();
  }, 30_000);
});
