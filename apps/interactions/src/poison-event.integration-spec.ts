// Issue 11, point 2: an event the log cannot take must never wedge a tenant. A command whose own events are too large
// is refused with nothing stored; a queue subscription message too large is the subscription's problem, retried with
// a backoff, never a rebuild of the tenant (which would owe the same message again, for ever).
import { describe, expect, it } from '@jest/globals';
import type { DomainEvent } from '@switchboard/contracts';
import { TenantRegistry } from './tenant-registry.js';
import { demoTenantWithSupervisorConfig } from './testing/demo-tenant.js';
import { useInteractionsService } from './testing/use-interactions-service.js';

/**
 * A NATS whose max_payload is 54 KiB, so that events of a few tens of KiB play the part of the 1 MB ones (the log then
 * takes events up to 50 KiB: max_payload less the headers' share).
 */
const MAX_PAYLOAD_BYTES = 54 * 1024;
const CRM = { type: 'workgroup', name: 'CrmCallRouting' } as const;
/** `count` distinct attribute names of the longest legal length, 256 characters. */
const longNames = (count: number): [string, ...string[]] =>
  Array.from({ length: count }, (_, i) => `Name${String(i)}-`.padEnd(256, 'x')) as [string, ...string[]];

describe('an event the log cannot take', () => {
  const suite = useInteractionsService(() => demoTenantWithSupervisorConfig, { maxPayloadBytes: MAX_PAYLOAD_BYTES });
  const contentsOf = async (subscriptionId: string): Promise<DomainEvent[]> =>
    (await suite.derived()).filter(
      (event) => event.type === 'session.queue-contents' && event.data.subscriptionId === subscriptionId,
    );
  const subscribe = (subscriptionId: string, attributeNames: [string, ...string[]]): Promise<unknown> =>
    suite.bus.request('sessionSubscribeQueues', 'demo', {
      agentId: '5465',
      sessionId: 's-big',
      subscriptionId,
      queues: [CRM],
      attributeNames,
    });

  it('refuses the command whose own event is too large, storing nothing of it and rebuilding nothing', async () => {
    const tenant = suite.app.get(TenantRegistry).get('demo');
    // the largest legal subscription: a command NATS still carries, whose event is over what this log may take
    const refused = await subscribe('too-big', longNames(200));
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'invalid_command', message: expect.stringContaining('too large') },
    });
    expect(
      [...(await suite.log()), ...(await suite.derived())].filter((event) => event.type.startsWith('session.')),
    ).toEqual([]);
    expect(suite.app.get(TenantRegistry).get('demo')).toBe(tenant);
  });

  it('owes a subscription message it could not store, without rebuilding the tenant, and commands go on', async () => {
    const tenant = suite.app.get(TenantRegistry).get('demo');
    // the names fit in the subscription's event; an interaction's entry, names and values together, does not
    const names = longNames(150);
    expect(await subscribe('big', names)).toEqual({ ok: true });
    const created = await suite.bus.request('interactionCreate', 'demo', {
      agentId: '5465',
      kind: 'generic',
      queue: CRM,
      attributes: { [names[0]]: 'v'.repeat(20_000) },
    });
    expect(created).toMatchObject({ ok: true });
    // the delta that could not be stored was not published; only the (empty) snapshot of the subscribe was
    expect(
      (await contentsOf('big')).map((event) => event.type === 'session.queue-contents' && event.data.isDelta),
    ).toEqual([false]);
    // every later command answers, the tenant is the same one in memory: no rebuild, no replay of the log
    for (let i = 0; i < 3; i += 1) {
      const dispatched = await suite.bus.request('interactionDispatch', 'demo', {
        route: 'CrmCallRouting',
        externalId: `after-${String(i)}`,
        properties: {},
        skills: [],
      });
      expect(dispatched).toMatchObject({ ok: true, duplicate: false });
    }
    expect(suite.app.get(TenantRegistry).get('demo')).toBe(tenant);
    // a subscription that stores fine is not held back by the one that does not
    expect(await subscribe('small', ['Eic_State'])).toEqual({ ok: true });
    expect(await contentsOf('small')).toHaveLength(1);
  });
});
