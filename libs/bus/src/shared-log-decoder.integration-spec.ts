// The notifier's two readers of the domain log (its live fan-out and its callbacks consumer), sharing one decoder on a
// real nats-server 2.9: each record is decoded once for both, and nothing is left waiting once both have read it.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { BusValidator, type DomainEvent } from '@switchboard/contracts';
import { createLogger } from '@switchboard/logging';
import { pollUntil, startTestNats, type NatsHarness } from '@switchboard/testing';
import { DurableEventConsumer } from './event-consumer.js';
import { EventFollower } from './event-follower.js';
import { EventStore } from './event-store.js';
import { connectBus, type NatsConnection } from './nats-connection.js';
import { SharedLogDecoder } from './shared-log-decoder.js';

const logger = createLogger({ service: 'test', level: 'silent' });
const agentEvent = (id: string): DomainEvent => ({
  id,
  type: 'agent.state-changed',
  tenant: 'demo',
  occurredAt: '2026-01-01T00:00:00.000Z',
  data: { change: 'login', agent: { id: '1', username: 'ann', loggedIn: true, ready: false } },
});

describe('a follower and a durable consumer of the log sharing a decoder', () => {
  let nats: NatsHarness;
  let connection: NatsConnection;

  beforeAll(async () => {
    nats = await startTestNats();
    connection = await connectBus(nats.url, 'shared-decoder-test');
  });

  afterAll(async () => {
    await connection.close();
    await nats.dispose();
  });

  it('hands both the same events of each record, decoded once', async () => {
    const store = await EventStore.open(connection);
    const decoder = new SharedLogDecoder(new BusValidator());
    const followed: DomainEvent[] = [];
    const consumed: DomainEvent[] = [];
    const follower = new EventFollower(connection, logger, decoder);
    const consumer = new DurableEventConsumer(connection, 'shared-decoder-durable', logger, {
      maxAckPending: 16,
      decoder,
    });
    await follower.start(1, (event) => {
      followed.push(event);
    });
    await consumer.start((event) => {
      consumed.push(event);
      return Promise.resolve();
    });

    await store.append([agentEvent('a'), agentEvent('b')]);
    await store.append([agentEvent('c')]);
    await pollUntil(() => (followed.length === 3 && consumed.length === 3 ? true : undefined), {
      what: 'both readers to have every event',
    });

    expect(followed.map((event) => event.id)).toEqual(['a', 'b', 'c']);
    // the very objects: one decode, shared
    expect(consumed).toHaveLength(3);
    consumed.forEach((event, index) => {
      expect(event).toBe(followed[index]);
    });
    expect(decoder.waitingCount).toBe(0);
    await consumer.stop();
    await follower.stop();
  });
});
