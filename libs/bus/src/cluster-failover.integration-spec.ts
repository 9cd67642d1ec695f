// The event log on a 3-node JetStream cluster: every stream Switchboard opens is kept in 3 copies, and the node
// leading the event stream is SIGKILLed under a steady stream of appends, Jepsen style. Each append ends as one of:
// - ok: JetStream acknowledged it — it must be in the log afterwards, exactly once;
// - failed: refused with "no responders" — nothing heard it, so it must not be in the log;
// - unknown: a timeout or any other error — it may or may not have been stored (at most once: ids are unique).
// Appends must go on while the node is down (a majority of 2 is left), and again once it is back.
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { AckPolicy, jetstreamManager, StorageType, type JetStreamManager, type StreamInfo } from '@nats-io/jetstream';
import { RequestError } from '@nats-io/transport-node';
import { pino } from 'pino';
import {
  DERIVED_STREAM,
  EVENTS_STREAM,
  EVENTS_SUBJECTS,
  tenantEventSubjects,
  type DomainEvent,
} from '@switchboard/contracts';
import { pollUntil, startTestNatsCluster, type NatsClusterHarness } from '@switchboard/testing';
import { EventStore } from './event-store.js';
import { connectBus, type NatsConnection } from './nats-connection.js';
import { SNAPSHOTS_BUCKET, SnapshotStore } from './snapshot-store.js';
import { ensureStreamReplicas, streamReplicas } from './stream-replicas.js';

const TEST_TIMEOUT_MS = 120_000;
const WRITERS = 4;
/** Acknowledged appends to see in each phase: before the kill, with the node down, after it is back. */
const OKS_PER_PHASE = 40;

const event = (id: string): DomainEvent => ({
  id,
  type: 'agent.state-changed',
  tenant: 'cluster',
  occurredAt: '2026-01-01T00:00:00.000Z',
  data: { change: 'ready', agent: { id: '1', username: 'ann', loggedIn: true, ready: true } },
});

type Outcome = 'ok' | 'failed' | 'unknown';

/** Whether the append was refused because no server heard it (the client wraps that "no responders" in a cause). */
function nobodyHeardIt(error: unknown): boolean {
  for (let cause = error; cause instanceof Error; cause = cause.cause) {
    if (cause instanceof RequestError && cause.isNoResponders()) return true;
  }
  return false;
}

/** The stream is kept in `replicas` copies on distinct nodes: a leader and replicas - 1 followers. */
function expectReplicated(info: StreamInfo, replicas: number): void {
  expect(info.config.num_replicas).toBe(replicas);
  expect(info.cluster?.leader).toBeTruthy();
  expect(info.cluster?.replicas).toHaveLength(replicas - 1);
}

describe('the event log on a 3-node JetStream cluster', () => {
  let cluster: NatsClusterHarness;
  let connection: NatsConnection;
  let manager: JetStreamManager;

  beforeAll(async () => {
    cluster = await startTestNatsCluster();
    connection = await connectBus(cluster.url, 'cluster-test');
    manager = await jetstreamManager(connection);
  }, 60_000);

  afterAll(async () => {
    await connection.close();
    await cluster.dispose();
  });

  it('keeps every stream the stores open in 3 copies, and raises one created with fewer', async () => {
    expect(streamReplicas(connection, {})).toBe(3);
    // as a log created on a single server and carried over would be: one copy, with a durable consumer on it
    await manager.streams.add({
      name: EVENTS_STREAM,
      subjects: [EVENTS_SUBJECTS],
      storage: StorageType.File,
      num_replicas: 1,
    });
    await manager.consumers.add(EVENTS_STREAM, { durable_name: 'carried-over', ack_policy: AckPolicy.Explicit });

    await EventStore.open(connection);
    await SnapshotStore.open(connection);

    for (const stream of [EVENTS_STREAM, DERIVED_STREAM, `OBJ_${SNAPSHOTS_BUCKET}`]) {
      expectReplicated(await manager.streams.info(stream), 3);
    }
    // a durable consumer that names no replicas of its own follows its stream's
    await pollUntil(
      async () =>
        (await manager.consumers.info(EVENTS_STREAM, 'carried-over')).cluster?.replicas?.length === 2
          ? true
          : undefined,
      { timeoutMs: 10_000, intervalMs: 50, what: 'the durable consumer in 3 copies' },
    );
    await manager.consumers.delete(EVENTS_STREAM, 'carried-over');
  });

  it('keeps a stream as it is, and says why, when the cluster has fewer servers than the replicas asked', async () => {
    const info = await manager.streams.add({ name: 'FEWER', subjects: ['fewer.>'], storage: StorageType.File });
    const warnings: string[] = [];
    const logger = pino(
      { level: 'warn' },
      new Writable({
        write(chunk: Buffer, _encoding, done) {
          warnings.push(chunk.toString());
          done();
        },
      }),
    );

    const kept = await ensureStreamReplicas(manager, info, 5, logger);

    expect(kept.config.num_replicas).toBe(1);
    expect((await manager.streams.info('FEWER')).config.num_replicas).toBe(1);
    expect(warnings).toEqual([expect.stringContaining('FEWER keeps 1 replica(s): JetStream refused 5')]);
    await manager.streams.delete('FEWER');
  });

  it(
    'loses no acknowledged append when the node leading the event stream is SIGKILLed, and appends go on',
    async () => {
      const store = await EventStore.open(connection);
      const outcomes = new Map<string, Outcome>();
      const oks = (): number => [...outcomes.values()].filter((outcome) => outcome === 'ok').length;
      let writing = true;
      const writer = async (w: number): Promise<void> => {
        for (let i = 0; writing; i += 1) {
          const id = `w${String(w)}-${String(i)}`;
          try {
            await store.append([event(id)]);
            outcomes.set(id, 'ok');
          } catch (error) {
            outcomes.set(id, nobodyHeardIt(error) ? 'failed' : 'unknown');
          }
        }
      };
      const writers = Array.from({ length: WRITERS }, (_, w) => writer(w));
      const okAfter = (count: number, what: string): Promise<true> =>
        pollUntil(() => (oks() >= count ? true : undefined), { timeoutMs: 60_000, intervalMs: 20, what });

      try {
        await okAfter(OKS_PER_PHASE, 'appends before the kill');
        const leaderName = (await manager.streams.info(EVENTS_STREAM)).cluster?.leader;
        expect(leaderName).toBeDefined();
        const leader = cluster.node(leaderName ?? '');
        const pid = leader.pid;
        expect(pid).toBeDefined();
        const beforeKill = oks();
        await leader.kill('SIGKILL');

        await okAfter(beforeKill + OKS_PER_PHASE, 'appends with the old leader dead');
        const newLeader = (await manager.streams.info(EVENTS_STREAM)).cluster?.leader;
        expect(newLeader).not.toBe(leaderName);

        const beforeRestart = oks();
        await leader.restart();
        await cluster.waitUntilReady(30_000);
        expect(leader.pid).not.toBe(pid);
        await okAfter(beforeRestart + OKS_PER_PHASE, 'appends after the node is back');
      } finally {
        writing = false;
        await Promise.all(writers);
      }

      // the restarted node caught up: the stream is whole again, in 3 current copies
      await pollUntil(
        async () => {
          const info = await manager.streams.info(EVENTS_STREAM);
          return info.cluster?.replicas?.length === 2 && info.cluster.replicas.every((peer) => peer.current)
            ? true
            : undefined;
        },
        { timeoutMs: 30_000, intervalMs: 100, what: 'every replica of the event stream current' },
      );

      const stored = new Map<string, number>();
      await store.replay(
        (appended) => stored.set(appended.id, (stored.get(appended.id) ?? 0) + 1),
        tenantEventSubjects('cluster'),
      );
      const count = (kind: Outcome): number => [...outcomes.values()].filter((outcome) => outcome === kind).length;
      const lost = [...outcomes].filter(([id, outcome]) => outcome === 'ok' && stored.get(id) !== 1);
      const storedAfterFailing = [...outcomes].filter(([id, outcome]) => outcome === 'failed' && stored.has(id));
      const twice = [...stored].filter(([, times]) => times > 1);
      const unknownStored = [...outcomes].filter(([id, outcome]) => outcome === 'unknown' && stored.has(id)).length;
      console.log(
        `event log on a cluster, leader SIGKILLed: ${String(outcomes.size)} appends — ${String(count('ok'))} ok, ` +
          `${String(count('failed'))} failed, ${String(count('unknown'))} unknown (${String(unknownStored)} of them stored); ` +
          `${String(lost.length)} acknowledged lost, ${String(twice.length)} stored twice`,
      );
      expect(lost).toEqual([]);
      expect(storedAfterFailing).toEqual([]);
      expect(twice).toEqual([]);
    },
    TEST_TIMEOUT_MS,
  );
});
