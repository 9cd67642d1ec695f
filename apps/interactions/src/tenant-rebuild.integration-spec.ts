// A failed append of a tenant's domain events leaves only that tenant's memory in doubt: it alone is rebuilt, from its
// own events, before its next command. The other tenants are neither replayed nor replaced (issue 11, point 2: a
// failure used to rebuild every tenant from the whole log).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { INestMicroservice } from '@nestjs/common';
import { BusClient, connectBus, type NatsConnection } from '@switchboard/bus';
import { startTestNats, type NatsHarness } from '@switchboard/testing';
import { TenantRegistry } from './tenant-registry.js';
import { demoTenantConfig } from './testing/demo-tenant.js';
import { refuseAppends } from './testing/refuse-appends.js';
import { startInteractionsService } from './testing/start-service.js';

describe('a failed append of domain events', () => {
  let nats: NatsHarness;
  let connection: NatsConnection;
  let bus: BusClient;
  let service: INestMicroservice;

  beforeAll(async () => {
    nats = await startTestNats();
    connection = await connectBus(nats.url, 'tenant-rebuild-test');
    bus = new BusClient(connection, undefined, 2_000);
    service = await startInteractionsService(nats.url, [
      demoTenantConfig,
      { ...demoTenantConfig, id: 'other', accountName: 'Other' },
    ]);
  });

  afterAll(async () => {
    await service.close();
    await connection.close();
    await nats.dispose();
  });

  it('rebuilds that tenant alone, before its next command; the others go on untouched', async () => {
    const registry = service.get(TenantRegistry);
    const login = (tenant: string, agentId: string): Promise<unknown> =>
      bus.request('agentChangeState', tenant, { agentId, change: 'login' });
    expect(await login('demo', '5464')).toMatchObject({ ok: true });
    expect(await login('other', '5464')).toMatchObject({ ok: true });
    const [demo, other] = [registry.get('demo'), registry.get('other')];

    await refuseAppends(connection, true);
    expect(await login('demo', '5465')).toMatchObject({ ok: false, error: { code: 'log_unavailable' } });
    await refuseAppends(connection, false);

    // the other tenant's commands do not rebuild anything
    expect(await login('other', '5465')).toMatchObject({ ok: true });
    expect(registry.get('other')).toBe(other);
    expect(registry.get('demo')).toBe(demo);
    // the failed tenant is rebuilt from its own log before its next command, which then runs as usual
    expect(await login('demo', '5465')).toMatchObject({ ok: true, agent: { loggedIn: true } });
    expect(registry.get('demo')).not.toBe(demo);
    expect(await bus.request('agentGet', 'demo', { agentId: '5464' })).toMatchObject({
      ok: true,
      agent: { loggedIn: true },
    });
    expect(registry.get('other')).toBe(other);
  });

  it('is never shown by a read: what the failed batch decided is not seen, before or after the next command', async () => {
    const agent = (agentId: string): Promise<unknown> => bus.request('agentGet', 'demo', { agentId });
    const interactions = (): Promise<unknown> => bus.request('interactionList', 'demo', {});
    const before = [await agent('5464'), await interactions()];
    expect(before[0]).toMatchObject({ ok: true, agent: { loggedIn: true } });

    await refuseAppends(connection, true);
    expect(await bus.request('agentChangeState', 'demo', { agentId: '5464', change: 'logout' })).toMatchObject({
      ok: false,
      error: { code: 'log_unavailable' },
    });
    const dispatched = await bus.request('interactionDispatch', 'demo', {
      route: 'CrmCallRouting',
      requestId: 'never-stored',
      externalId: 'NEVER-STORED',
      properties: {},
      skills: [],
    });
    expect(dispatched).toMatchObject({ ok: false, error: { code: 'log_unavailable' } });
    await refuseAppends(connection, false);

    // the memory decided them; the log refused them: the reads say what the log holds (the tenant rebuilt for them)
    expect([await agent('5464'), await interactions()]).toEqual(before);
  });
});
