import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { EVENTS_STREAM, type DomainEvent } from '@switchboard/contracts';
import { jetstream } from '@nats-io/jetstream';
import { startTestNats, type NatsHarness } from '@switchboard/testing';
import { connectBus, type NatsConnection } from './nats-connection.js';
import { EventStore } from './event-store.js';

const agentEvent = (id: string, ready: boolean): DomainEvent => ({
  id,
  type: 'agent.state-changed',
  tenant: 'demo',
  occurredAt: '2026-01-01T00:00:00.000Z',
  data: { change: ready ? 'ready' : 'not-ready', agent: { id: '1', username: 'ann', loggedIn: true, ready } },
});

describe('EventStore on a real JetStream', () => {
  let nats: NatsHarness;
  let connection: NatsConnection;

  beforeAll(async () => {
    nats = await startTestNats();
    connection = await connectBus(nats.url, 'event-store-test');
  });

  afterAll(async () => {
    await connection.close();
    await nats.dispose();
  });

  it('replays nothing from an empty log', async () => {
    const store = await EventStore.open(connection);
    expect(await store.replay(() => undefined)).toBe(0);
  });

  it('replays appended events in order, and stores a retried append once', async () => {
    const store = await EventStore.open(connection);
    const events = [agentEvent('e1', true), agentEvent('e2', false), agentEvent('e3', true)];
    await store.append(events);
    await store.append([events[2] as DomainEvent]); // a retry of the last append: same Nats-Msg-Id
    const replayed: DomainEvent[] = [];
    await store.replay((event) => replayed.push(event));
    expect(replayed).toEqual(events);
  });

  it('replays only the events on a subject filter', async () => {
    const store = await EventStore.open(connection);
    const providerEvent: DomainEvent = {
      id: 'p1',
      type: 'provider.removed',
      tenant: 'demo',
      occurredAt: '2026-01-01T00:00:00.000Z',
      data: { name: 'Old' },
    };
    await store.append([providerEvent]);
    const replayed: DomainEvent[] = [];
    expect(await store.replay((event) => replayed.push(event), 'sb.v1.evt.*.provider.>')).toBe(1);
    expect(replayed).toEqual([providerEvent]);
    expect(await store.replay(() => undefined, 'sb.v1.evt.*.nothing.>')).toBe(0);
  });

  it('refuses to replay past an event that does not match the contract, naming its sequence', async () => {
    const js = jetstream(connection);
    const ack = await js.publish('sb.v1.evt.demo.agent.state-changed', JSON.stringify({ id: 'bad', type: 'agent.state-changed' }));
    const store = await EventStore.open(connection);
    await expect(store.replay(() => undefined)).rejects.toThrow(`at sequence ${ack.seq}`);
    expect(ack.stream).toBe(EVENTS_STREAM);
  });
});
