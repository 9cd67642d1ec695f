// Issue 16, point 1: the statistics service is fed by the event log alone — events appended the way the interactions
// service appends them (EventStore records) are read back over NATS, followed live, and rebuilt by a restarted
// instance with the same figures for today.
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { BusClient, connectBus, EventStore, type NatsConnection } from '@switchboard/bus';
import { loadTenantConfigs, parseEnv, type TenantConfig } from '@switchboard/config';
import type { AgentView, DomainEvent, InteractionSnapshot, TenantStatisticsView } from '@switchboard/contracts';
import { createLogger } from '@switchboard/logging';
import { pollUntil, REPO_ROOT, startTestNats, type NatsHarness } from '@switchboard/testing';
import { createStatisticsApp } from './statistics-app.js';
import { statisticsEnvSchema } from './statistics.env.js';

const ROUTE = 'CrmCallRouting';

const snapshot = (id: string, queuedAt: string): InteractionSnapshot => ({
  id,
  route: ROUTE,
  interactionType: 'nonlive',
  mediaType: 'API Object',
  properties: {},
  skills: [],
  priority: 3,
  slaSeconds: 60,
  queuedAt,
});

const event = (
  tenant: string,
  type: DomainEvent['type'],
  occurredAt: number,
  data: Record<string, unknown>,
): DomainEvent =>
  ({ id: randomUUID(), type, tenant, occurredAt: new Date(occurredAt).toISOString(), data }) as unknown as DomainEvent;

const agent = (id: string, ready: boolean): AgentView => ({ id, username: `user-${id}`, loggedIn: true, ready });

async function startStatistics(
  natsUrl: string,
  tenants: TenantConfig[],
): Promise<{ app: NestFastifyApplication; url: string }> {
  const env = parseEnv(statisticsEnvSchema, { NATS_URL: natsUrl, LOG_LEVEL: 'silent' });
  const app = await createStatisticsApp(env, createLogger({ service: 'statistics', level: 'silent' }), tenants);
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  return { app, url: `http://127.0.0.1:${String(port)}` };
}

describe('the statistics service on a real JetStream', () => {
  let nats: NatsHarness;
  let connection: NatsConnection;
  let store: EventStore;
  let bus: BusClient;
  let tenants: TenantConfig[];
  let running: { app: NestFastifyApplication; url: string } | undefined;
  const start = Date.now();

  beforeAll(async () => {
    nats = await startTestNats();
    connection = await connectBus(nats.url, 'statistics-test');
    store = await EventStore.open(connection);
    bus = new BusClient(connection);
    // the demo tenants, for the gauges' route labels (their SMS route's URL is not used here)
    tenants = await loadTenantConfigs(path.join(REPO_ROOT, 'config'), {
      ...process.env,
      SWITCHBOARD_SMS_URL: 'http://127.0.0.1:9/sms',
    });
  }, 30_000);

  afterAll(async () => {
    await running?.app.close();
    await connection.close();
    await nats.dispose();
  });

  const statistics = async (tenant: string): Promise<TenantStatisticsView> => {
    const reply = await bus.request('statisticsGet', tenant, {});
    if (!reply.ok) throw new Error(reply.error.message);
    return reply.statistics;
  };
  const todayOf = async (tenant: string) => {
    const view = await statistics(tenant);
    return { summary: view.summary, queue: view.queues.find((queue) => queue.route === ROUTE) };
  };

  it('rebuilds today from the log at start, follows it live, and a restarted instance has the same figures', async () => {
    const queuedAt = new Date(start).toISOString();
    await store.append([
      event('demo', 'agent.state-changed', start, { change: 'ready', agent: agent('a1', true) }),
      event('demo', 'interaction.queued', start, { interaction: snapshot('i1', queuedAt) }),
      event('demo', 'interaction.queued', start + 1, { interaction: snapshot('i2', queuedAt) }),
    ]);
    await store.append([
      event('demo', 'interaction.offered', start + 1_000, {
        interaction: snapshot('i1', queuedAt),
        agentId: 'a1',
        agentUsername: 'user-a1',
        leaseUntil: new Date(start + 31_000).toISOString(),
        explanation: {
          trigger: 'interaction-routable',
          chosen: { agentId: 'a1', optionalMatches: 0, skillLevel: 0, idleSince: 0 },
          runnersUp: [],
          passedOver: [],
          mandatorySkills: [],
          optionalSkills: [],
          queue: { urgent: false, priority: 3, waitedMs: 1_000 },
        },
      }),
      event('demo', 'interaction.accepted', start + 2_000, { interaction: snapshot('i1', queuedAt), agentId: 'a1' }),
      event('acme', 'interaction.queued', start, { interaction: snapshot('x1', queuedAt) }),
    ]);

    running = await startStatistics(nats.url, tenants);
    const first = await todayOf('demo');
    expect(first.summary.today).toMatchObject({ entered: 2, offered: 1, accepted: 1, acceptedWithinSla: 1 });
    expect(first.summary.realTime).toMatchObject({ waiting: 1, waitingByPriority: [{ priority: 3, waiting: 1 }] });
    expect(first.summary.realTime.agents).toMatchObject({ loggedIn: 1, busy: 1 });
    expect(first.queue?.today.entered).toBe(2);
    // another tenant's figures are its own
    expect((await todayOf('acme')).summary.today.entered).toBe(1);

    // followed live: the caller of i2 hangs up
    await store.append([
      event('demo', 'interaction.released', start + 3_000, {
        interaction: snapshot('i2', queuedAt),
        reason: 'released-by-api',
      }),
    ]);
    await pollUntil(async () => ((await todayOf('demo')).summary.today.abandoned === 1 ? true : undefined), {
      what: 'the release to be counted as abandoned',
    });

    const metrics = await (await fetch(`${running.url}/metrics`)).text();
    expect(metrics).toContain(`switchboard_statistics_agents{tenant="demo",state="busy"} 1`);
    expect(metrics).toContain(`switchboard_statistics_waiting{tenant="demo",route="${ROUTE}"} 0`);
    expect((await fetch(`${running.url}/readyz`)).status).toBe(200);

    const before = await todayOf('demo');
    await running.app.close();
    running = await startStatistics(nats.url, tenants);
    const after = await todayOf('demo');
    expect(after.summary.today).toEqual(before.summary.today);
    expect(after.queue?.today).toEqual(before.queue?.today);
    expect(after.summary.realTime.agents).toEqual(before.summary.realTime.agents);
  }, 60_000);
});
