// Two notifiers on one NATS: every provider callback is sent by one of them (the holder of the callback sender's
// lease), so an interaction's callbacks reach the provider in order however long the first one is retried. With a
// durable consumer shared by both, the events were split between them, and an interaction's Release, sent by one
// instance, overtook its AssignToAgent, refused and retried by the other (found by the chaos suite).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import nock from 'nock';
import { connectBus, EventStore, type NatsConnection } from '@switchboard/bus';
import type { TenantConfig } from '@switchboard/config';
import type { DomainEvent, InteractionSnapshot, ProviderNotification } from '@switchboard/contracts';
import { pollUntil, startTestNats, type NatsHarness } from '@switchboard/testing';
import { snapshotOf } from '../testing/interaction-snapshot.js';
import { offeredTo5464 } from '../testing/routing-explanation.js';
import { startNotifier, type RunningNotifier } from '../testing/start-notifier.js';

const CRM = 'http://crm.test';
const INTERACTIONS = 12;
/** How many times the CRM refuses each AssignToAgent before taking it: its Release is ready long before. */
const REFUSALS = 2;

/** The tenant as the notifier knows it from its file: its account name and agents (providers come from the log). */
const demo = {
  id: 'demo',
  accountName: 'Demo',
  agents: [{ id: '5464', username: 'AgentUsername', passwordHash: 'x', skills: {} }],
  providers: [],
} as unknown as TenantConfig;
const meta = (id: string) => ({ id, tenant: 'demo', occurredAt: '2026-01-01T00:00:00.000Z' });
const interaction = (n: number): InteractionSnapshot => ({
  ...snapshotOf(String(100000000 + n)),
  externalId: `CRM-${String(n)}`,
  provider: 'CrmIntegration',
});
const offered = (n: number): DomainEvent => ({
  ...meta(`00000000-0000-4000-8000-${String(n).padStart(12, '0')}`),
  type: 'interaction.offered',
  data: {
    interaction: interaction(n),
    agentId: '5464',
    agentUsername: 'AgentUsername',
    leaseUntil: '2026-01-01T00:00:30.000Z',
    explanation: offeredTo5464,
  },
});
const released = (n: number): DomainEvent => ({
  ...meta(`00000000-0000-4000-9000-${String(n).padStart(12, '0')}`),
  type: 'interaction.released',
  data: { interaction: interaction(n), agentId: '5464', reason: 'released-by-api' },
});

describe('provider callbacks with two notifiers', () => {
  let nats: NatsHarness;
  let connection: NatsConnection;
  const notifiers: RunningNotifier[] = [];
  /** What the CRM took, in the order it took it: objectid and notification, each notificationid once. */
  const taken: string[] = [];
  const refused = new Map<string, number>();

  beforeAll(async () => {
    nats = await startTestNats();
    connection = await connectBus(nats.url, 'callback-order-test');
    nock(CRM)
      .persist()
      .post('/cb')
      .reply(async (request: Request) => {
        const [notification] = (await request.json()) as ProviderNotification[];
        if (!notification) return [400];
        const times = refused.get(notification.notificationid) ?? 0;
        if (notification.notification === 'AssignToAgent' && times < REFUSALS) {
          refused.set(notification.notificationid, times + 1);
          return [503];
        }
        const line = `${notification.objectid} ${notification.notification}`;
        if (!taken.includes(line)) taken.push(line);
        return [200];
      });
    const env = {
      CALLBACK_MAX_ATTEMPTS: '10',
      CALLBACK_RETRY_BASE_MS: '100',
      CALLBACK_RETRY_MAX_MS: '200',
      NOTIFIER_LEASE_TTL_SECONDS: '2',
    };
    for (let i = 0; i < 2; i += 1)
      notifiers.push(await startNotifier(nats.url, 'callback-order-signing-key-of-32-bytes!!', env, [demo]));
  });

  afterAll(async () => {
    for (const notifier of notifiers) await notifier.app.close();
    nock.cleanAll();
    await connection.close();
    await nats.dispose();
  });

  it('reach the provider in order per interaction, each AssignToAgent before its Release', async () => {
    const store = await EventStore.open(connection, { writer: 'test' });
    await store.append([
      {
        ...meta('00000000-0000-4000-a000-000000000001'),
        type: 'provider.registered',
        data: {
          provider: {
            name: 'CrmIntegration',
            endpoint: `${CRM}/cb`,
            headers: {},
            agentActionsPermitted: { release: true, hold: true, transferToAgent: true, transferToRoute: true },
          },
        },
      },
    ]);
    // one record each, so that each is a message of its own, and each interaction's two one after the other: a
    // consumer shared by both notifiers hands consecutive messages to one then the other
    for (let n = 1; n <= INTERACTIONS; n += 1) {
      await store.append([offered(n)]);
      await store.append([released(n)]);
    }

    await pollUntil(() => (taken.length === 2 * INTERACTIONS ? true : undefined), {
      timeoutMs: 20_000,
      intervalMs: 50,
      what: 'every callback taken',
    });
    for (let n = 1; n <= INTERACTIONS; n += 1) {
      const ofOne = taken.filter((line) => line.startsWith(`CRM-${String(n)} `));
      expect(ofOne).toEqual([`CRM-${String(n)} AssignToAgent`, `CRM-${String(n)} Release`]);
    }
  }, 30_000);
});
