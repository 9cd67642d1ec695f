// Issue 13, point 2: every tenant held by one interactions instance at a time (a lease), its commands reaching that
// instance only, its records written by it alone; a stopped instance hands its tenants to the other at once, with
// their state. The lease TTL is far longer than the test waits: a takeover here can only come from a handover.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { jetstream } from '@nats-io/jetstream';
import type { INestMicroservice } from '@nestjs/common';
import { BusClient, BusUnavailableError, connectBus, type NatsConnection } from '@switchboard/bus';
import type { TenantConfig } from '@switchboard/config';
import { pollUntil, startTestNats, type NatsHarness } from '@switchboard/testing';
import { demoTenantConfig } from '../testing/demo-tenant.js';
import { startInteractionsService } from '../testing/start-service.js';
import { TenantOwnership } from './tenant-ownership.js';

const tenant = (id: string): TenantConfig => ({ ...demoTenantConfig, id });
const TENANTS = [tenant('alpha'), tenant('beta')];
const LEASE_TTL_SECONDS = 60;

/** Who wrote each record of the tenant's log, oldest first. */
async function writersOf(connection: NatsConnection, tenantId: string): Promise<{ writer: string; events: number }[]> {
  const consumer = await jetstream(connection).consumers.get('SB_EVENTS', {
    filter_subjects: `sb.v1.evt.${tenantId}.log.*`,
  });
  const records: { writer: string; events: number }[] = [];
  if ((await consumer.info()).num_pending === 0) return records;
  const messages = await consumer.consume();
  for await (const message of messages) {
    const { writer, events } = message.json<{ writer: string; events: unknown[] }>();
    records.push({ writer, events: events.length });
    if (message.info.pending === 0) break;
  }
  await messages.close();
  return records;
}

describe('tenants held by lease across two interactions instances', () => {
  let nats: NatsHarness;
  let connection: NatsConnection;
  let bus: BusClient;
  let first: INestMicroservice;
  let second: INestMicroservice | undefined;

  const dispatch = (tenantId: string, requestId: string) =>
    bus.request('interactionDispatch', tenantId, {
      route: 'CrmCallRouting',
      externalId: requestId,
      requestId,
      properties: {},
      skills: [],
    });

  beforeAll(async () => {
    nats = await startTestNats();
    connection = await connectBus(nats.url, 'ownership-test');
    bus = new BusClient(connection, undefined, 5_000);
    first = await startInteractionsService(nats.url, TENANTS, {
      INSTANCE_ID: 'first',
      PREFERRED_TENANTS: 'alpha',
      LEASE_TTL_SECONDS: LEASE_TTL_SECONDS,
    });
    second = await startInteractionsService(nats.url, TENANTS, {
      INSTANCE_ID: 'second',
      PREFERRED_TENANTS: 'beta',
      LEASE_TTL_SECONDS: LEASE_TTL_SECONDS,
    });
  }, 60_000);

  afterAll(async () => {
    await second?.close();
    await first.close();
    await connection.close();
    await nats.dispose();
  });

  it('each instance holds the tenants it prefers, and only it writes their records', async () => {
    await pollUntil(() => (second?.get(TenantOwnership).held().includes('beta') ? true : undefined), {
      what: 'the second instance holding beta',
    });
    expect(first.get(TenantOwnership).held()).toEqual(['alpha']);
    expect(second?.get(TenantOwnership).held()).toEqual(['beta']);
    expect(await dispatch('alpha', 'alpha-1')).toMatchObject({ ok: true, duplicate: false });
    expect(await dispatch('beta', 'beta-1')).toMatchObject({ ok: true, duplicate: false });
    expect(new Set((await writersOf(connection, 'alpha')).map((record) => record.writer))).toEqual(new Set(['first']));
    expect(new Set((await writersOf(connection, 'beta')).map((record) => record.writer))).toEqual(new Set(['second']));
  });

  it('takes only its own requests of a tenant it holds: another service’s (the notifier’s callback redrive) find no responders here', async () => {
    const redrive = bus.request('callbackRedrive', 'alpha', { notificationId: 'nothing' });
    await expect(redrive).rejects.toMatchObject({ name: 'BusUnavailableError', reason: 'no-responders' });
  });

  it('a stopped instance hands its tenants over at once: the other serves them with their state, and writes after its claim', async () => {
    const before = await dispatch('beta', 'beta-2');
    expect(before).toMatchObject({ ok: true });
    await second?.close();
    second = undefined;
    // well inside the lease TTL: the lease was handed back, not left to expire (the first instance's scan takes it)
    const after = await pollUntil(
      async () => {
        try {
          return await dispatch('beta', 'beta-3');
        } catch (error) {
          if (error instanceof BusUnavailableError) return undefined; // nobody serves beta for a moment
          throw error;
        }
      },
      { timeoutMs: 10_000, intervalMs: 20, what: 'beta served by the first instance' },
    );
    expect(after).toMatchObject({ ok: true, duplicate: false });
    expect(first.get(TenantOwnership).held().sort()).toEqual(['alpha', 'beta']);
    // its state came with it: the request id ledger remembers what the second instance did
    expect(await dispatch('beta', 'beta-2')).toEqual({
      ...before,
      duplicate: true,
      firstRequest: { action: 'dispatch', externalId: 'beta-2' },
    });
    const records = await writersOf(connection, 'beta');
    const claim = records.findIndex((record) => record.writer === 'first' && record.events === 0);
    expect(claim).toBeGreaterThan(0);
    expect(records.slice(claim).every((record) => record.writer === 'first')).toBe(true);
  });
});
