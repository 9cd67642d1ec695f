import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { DomainEvent } from '@switchboard/contracts';
import { jetstream } from '@nats-io/jetstream';
import { createLogger } from '@switchboard/logging';
import { pollUntil, startTestNats, type NatsHarness } from '@switchboard/testing';
import { DurableEventConsumer } from './event-consumer.js';
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
    await store.append([agentEvent('a'), agentEvent('b')]);
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
});
