import rateLimit from '@fastify/rate-limit';
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import Fastify, { type FastifyInstance } from 'fastify';
import { closeBus, connectBus, type NatsConnection } from '@switchboard/bus';
import { createLogger } from '@switchboard/logging';
import { startTestNats, type NatsHarness } from '@switchboard/testing';
import { FailOpenCounter } from './fail-open-counter.js';
import { sharedRateLimitStore } from './rate-limit-store.js';
import { SharedRequestCounts } from './shared-request-counts.js';

const WINDOW_MS = 60_000;
const MAX = 10;
/**
 * Far above production's 250 ms: on a loaded CI machine a bucket write can take longer, and a timeout here would fail
 * open (count locally) and make the sharing tests fail for the wrong reason.
 */
const TEST_BUCKET_TIMEOUT_MS = 3_000;

/** One gateway replica's rate limit: its own NATS connection and counts, on a Fastify server of its own. */
interface Replica {
  server: FastifyInstance;
  connection: NatsConnection;
}

describe('the rate limit shared by two gateway replicas through one nats-server', () => {
  let nats: NatsHarness;
  let replicas: Replica[];
  /** Each replica's calls to the bucket. */
  const bucketCalls: { mock: { calls: unknown[] } }[] = [];
  // one clock for both replicas, moved by the tests: windows roll over without waiting a minute
  let clock = Date.UTC(2026, 0, 1);
  const now = (): number => clock;

  async function startReplica(): Promise<Replica> {
    const connection = await connectBus(nats.url, 'rate-limit-test');
    const counts = await SharedRequestCounts.open(connection, WINDOW_MS, now, TEST_BUCKET_TIMEOUT_MS);
    bucketCalls.push(jest.spyOn(counts, 'increment'));
    const counter = new FailOpenCounter(counts, createLogger({ service: 'rate-limit-test', level: 'silent' }), now);
    const server = Fastify();
    await server.register(rateLimit, {
      max: MAX,
      timeWindow: WINDOW_MS,
      store: sharedRateLimitStore(counter),
      keyGenerator: (request) => String(request.headers['x-client']),
    });
    server.get('/ping', () => ({ ok: true }));
    await server.ready();
    return { server, connection };
  }

  function replicaAt(index: number): Replica {
    const replica = replicas[index % replicas.length];
    if (replica === undefined) throw new Error('no replica');
    return replica;
  }

  /** Sends `count` requests as `client`, alternating between the replicas; resolves with their statuses in order. */
  async function alternate(client: string, count: number): Promise<number[]> {
    const statuses: number[] = [];
    for (let index = 0; index < count; index += 1) {
      const response = await replicaAt(index).server.inject({
        method: 'GET',
        url: '/ping',
        headers: { 'x-client': client },
      });
      statuses.push(response.statusCode);
    }
    return statuses;
  }

  beforeAll(async () => {
    nats = await startTestNats();
    replicas = [await startReplica(), await startReplica()];
  }, 30_000);

  afterAll(async () => {
    for (const replica of replicas) {
      await replica.server.close();
      await closeBus(replica.connection);
    }
    await nats.dispose();
  });

  it('lets a client through the shared budget once, not once per replica', async () => {
    const statuses = await alternate('client-a', 2 * MAX);

    expect(statuses.filter((status) => status === 200)).toHaveLength(MAX);
    // the budget is spent on both replicas
    expect(statuses.slice(-2)).toEqual([429, 429]);
  });

  it('holds concurrent requests on both replicas to the shared budget', async () => {
    const responses = await Promise.all(
      Array.from({ length: 3 * MAX }, (_, index) =>
        replicaAt(index).server.inject({ method: 'GET', url: '/ping', headers: { 'x-client': 'client-e' } }),
      ),
    );

    expect(responses.filter((response) => response.statusCode === 200)).toHaveLength(MAX);
  });

  it('gives each client a budget of its own', async () => {
    const statuses = await alternate('client-b', MAX);

    expect(statuses.every((status) => status === 200)).toBe(true);
  });

  it('starts a new budget when the window rolls over', async () => {
    expect(await alternate('client-c', 2 * MAX)).toContain(429);

    clock += WINDOW_MS;

    const statuses = await alternate('client-c', 2 * MAX);
    expect(statuses.filter((status) => status === 200)).toHaveLength(MAX);
  });

  it('still serves requests, each replica counting alone, when NATS is out of reach', async () => {
    await nats.stop();

    const callsBefore = bucketCalls.map((calls) => calls.mock.calls.length);
    const statuses = await alternate('client-d', 2 * MAX);

    expect(statuses.every((status) => status === 200)).toBe(true);
    // one bucket timeout per replica, not one per request: after a failure the replica counts alone for a while
    expect(bucketCalls.map((calls, index) => calls.mock.calls.length - (callsBefore[index] ?? 0))).toEqual([1, 1]);
    // and each replica still holds the client to the limit on its own
    expect(await alternate('client-d', 2)).toEqual([429, 429]);
  }, 20_000); // each replica waits out one bucket timeout
});
