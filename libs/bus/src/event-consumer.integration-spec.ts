import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { AckPolicy, DeliverPolicy, jetstream, jetstreamManager } from '@nats-io/jetstream';
import { nanos } from '@nats-io/transport-node';
import { EVENTS_STREAM, EVENTS_SUBJECTS, type DomainEvent } from '@switchboard/contracts';
import { createLogger } from '@switchboard/logging';
import { pollUntil, startTestNats, type NatsHarness } from '@switchboard/testing';
import { deleteDurableConsumer, DurableEventConsumer } from './event-consumer.js';
import { EventStore } from './event-store.js';
import { connectBus, type NatsConnection } from './nats-connection.js';

const logger = createLogger({ service: 'test', level: 'silent' });
const agentEvent = (id: string): DomainEvent => ({
  id,
  type: 'agent.state-changed',
  tenant: 'demo',
  occurredAt: '2026-01-01T00:00:00.000Z',
  data: { change: 'login', agent: { id: '1', username: 'ann', loggedIn: true, ready: false } },
});
/** A handler's promise that the test settles (or never does: a handler still busy when its process dies). */
const deferred = (): { promise: Promise<void>; resolve: () => void } => {
  let resolve = (): void => undefined;
  const promise = new Promise<void>((settle) => {
    resolve = settle;
  });
  return { promise, resolve };
};

describe('DurableEventConsumer on a real JetStream', () => {
  let nats: NatsHarness;
  let connection: NatsConnection;

  beforeAll(async () => {
    nats = await startTestNats();
    connection = await connectBus(nats.url, 'consumer-test');
  });

  afterAll(async () => {
    await connection.close();
    await nats.dispose();
  });

  it('delivers in order, redelivers after a handler failure, skips what the contract does not describe, and resumes', async () => {
    const store = await EventStore.open(connection);
    // one record each: a failure has its whole record delivered again
    await store.append([agentEvent('a')]);
    await store.append([agentEvent('b')]);
    await jetstream(connection).publish('sb.v1.evt.demo.agent.state-changed', '{"not":"an event"}');
    await store.append([agentEvent('c')]);

    const handled: string[] = [];
    let failOnce = true;
    const consumer = new DurableEventConsumer(connection, 'test-durable', logger);
    await consumer.start((event) => {
      if (event.id === 'b' && failOnce) {
        failOnce = false;
        return Promise.reject(new Error('receiver down'));
      }
      handled.push(event.id);
      return Promise.resolve();
    });
    await pollUntil(() => (handled.length === 3 ? handled : undefined), { what: 'three events handled' });
    expect(handled).toEqual(['a', 'b', 'c']);
    await consumer.stop();

    // A new instance of the same durable continues after what was acknowledged.
    await store.append([agentEvent('d')]);
    const resumed: string[] = [];
    const again = new DurableEventConsumer(connection, 'test-durable', logger);
    await again.start((event) => {
      resumed.push(event.id);
      return Promise.resolve();
    });
    await pollUntil(() => (resumed.length > 0 ? resumed : undefined), { what: 'the resumed delivery' });
    await again.stop();
    expect(resumed).toEqual(['d']);
  });

  it('brings an existing durable’s ack wait and in-hand limit up to date at start, and deletes one no longer read', async () => {
    const manager = await jetstreamManager(connection);
    // as an older version created it: a 30 s ack wait, one event in hand
    await manager.consumers.add(EVENTS_STREAM, {
      durable_name: 'test-old-settings',
      ack_policy: AckPolicy.Explicit,
      deliver_policy: DeliverPolicy.All,
      filter_subject: EVENTS_SUBJECTS,
      ack_wait: nanos(30_000),
      max_ack_pending: 1,
    });
    const consumer = new DurableEventConsumer(connection, 'test-old-settings', logger, {
      maxAckPending: 16,
      ackWaitMs: 2_000,
    });
    await consumer.start(() => Promise.resolve());
    await consumer.stop();
    const { config } = await manager.consumers.info(EVENTS_STREAM, 'test-old-settings');
    expect({ ack_wait: config.ack_wait, max_ack_pending: config.max_ack_pending }).toEqual({
      ack_wait: nanos(2_000),
      max_ack_pending: 16,
    });

    expect(await deleteDurableConsumer(connection, 'test-old-settings')).toBe(true);
    expect(await deleteDurableConsumer(connection, 'test-old-settings')).toBe(false);
    await expect(manager.consumers.info(EVENTS_STREAM, 'test-old-settings')).rejects.toThrow();
  });

  it('keeps an event in hand for as long as its handler takes, far beyond the ack wait, without a redelivery', async () => {
    const store = await EventStore.open(connection);
    const start = (await jetstreamManager(connection).then((m) => m.streams.info(EVENTS_STREAM))).state.last_seq;
    const calls: string[] = [];
    const consumer = new DurableEventConsumer(connection, 'test-keep-alive', logger, {
      maxAckPending: 4,
      ackWaitMs: 500,
    });
    const slow = deferred();
    await consumer.start((event, seq) => {
      if (seq <= start) return Promise.resolve();
      calls.push(event.id);
      return event.id === 'slow' ? slow.promise : Promise.resolve();
    });
    await store.append([agentEvent('slow')]);
    await pollUntil(() => (calls.includes('slow') ? true : undefined), { what: 'the slow event in hand' });
    // Events appended meanwhile still flow past the one in hand.
    for (let i = 0; i < 6; i += 1) {
      await store.append([agentEvent(`tick-${i}`)]);
      await pollUntil(() => (calls.includes(`tick-${i}`) ? true : undefined), { what: `tick ${i}` });
    }
    // The server's own clock shows six ack waits going by: a control consumer with the same ack wait that never
    // renews nor acknowledges the slow event is given it again each time one runs out.
    const manager = await jetstreamManager(connection);
    await manager.consumers.add(EVENTS_STREAM, {
      durable_name: 'test-keep-alive-control',
      ack_policy: AckPolicy.Explicit,
      ack_wait: nanos(500),
      max_ack_pending: 1,
      deliver_policy: DeliverPolicy.StartSequence,
      opt_start_seq: start + 1,
    });
    const control = await jetstream(connection).consumers.get(EVENTS_STREAM, 'test-keep-alive-control');
    await pollUntil(async () => ((await control.next({ expires: 2_000 }))?.info.deliveryCount ?? 0) >= 6 || undefined, {
      timeoutMs: 20_000,
      what: 'the control consumer given the slow event a sixth time',
    });
    await manager.consumers.delete(EVENTS_STREAM, 'test-keep-alive-control');
    expect((await manager.consumers.info(EVENTS_STREAM, 'test-keep-alive')).num_redelivered).toBe(0);
    slow.resolve();
    await consumer.stop();
    expect(calls.filter((id) => id === 'slow')).toEqual(['slow']);
  });

  it('after an instance dies with events in hand, its successor gets them back within the ack wait, before anything newer', async () => {
    const store = await EventStore.open(connection);
    const start = (await jetstreamManager(connection).then((m) => m.streams.info(EVENTS_STREAM))).state.last_seq;
    const ackWaitMs = 1_000;
    // The first instance has its own connection: closing it without acknowledging is how a SIGKILL looks to NATS.
    const doomed = await connectBus(nats.url, 'consumer-test-doomed');
    const first = new DurableEventConsumer(doomed, 'test-handover', logger, { maxAckPending: 8, ackWaitMs });
    const taken: string[] = [];
    await first.start((event, seq) => {
      if (seq <= start) return Promise.resolve();
      taken.push(event.id);
      return event.id.startsWith('stuck') ? deferred().promise : Promise.resolve();
    });
    for (const id of ['done-1', 'stuck-1', 'stuck-2']) await store.append([agentEvent(id)]);
    await pollUntil(() => (taken.length === 3 ? true : undefined), {
      what: 'three events in the first instance’s hands',
    });
    await doomed.close();

    await store.append([agentEvent('new-1'), agentEvent('new-2')]);
    const second = new DurableEventConsumer(connection, 'test-handover', logger, { maxAckPending: 8, ackWaitMs });
    const handled: { id: string; at: number }[] = [];
    const startedAt = Date.now();
    await second.start((event, seq) => {
      if (seq > start) handled.push({ id: event.id, at: Date.now() - startedAt });
      return Promise.resolve();
    });
    await pollUntil(() => (handled.length === 4 ? true : undefined), {
      what: 'the second instance to handle four events',
    });
    await second.stop();
    expect(handled.map((h) => h.id)).toEqual(['stuck-1', 'stuck-2', 'new-1', 'new-2']);
    // within about one ack wait (the first instance last renewed it just before it died), not minutes
    expect(handled[0]?.at).toBeLessThan(5 * ackWaitMs);
  });
});
