import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { EVENTS_STREAM, tenantEventSubjects, type DomainEvent } from '@switchboard/contracts';
import { DiscardPolicy, jetstream, jetstreamManager } from '@nats-io/jetstream';
import { startTestNats, type NatsHarness } from '@switchboard/testing';
import { connectBus, type NatsConnection } from './nats-connection.js';
import { EventStore, EventTooLargeError, MAX_EVENT_BYTES } from './event-store.js';

const agentEvent = (id: string, ready: boolean, tenant = 'demo', reason?: string): DomainEvent => ({
  id,
  type: 'agent.state-changed',
  tenant,
  occurredAt: '2026-01-01T00:00:00.000Z',
  data: {
    change: ready ? 'ready' : 'not-ready',
    agent: { id: '1', username: 'ann', loggedIn: true, ready, ...(reason === undefined ? {} : { notReadyReason: reason }) },
  },
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

  it('stores a large append whole and in order, its publishes pipelined', async () => {
    const store = await EventStore.open(connection);
    const events = Array.from({ length: 500 }, (_, i) => agentEvent(`bulk-${String(i)}`, i % 2 === 0, 'bulk'));
    await store.append(events);
    await store.append(events.slice(100, 300)); // retried: every Nats-Msg-Id already stored
    const replayed: DomainEvent[] = [];
    await store.replay((event) => replayed.push(event), tenantEventSubjects('bulk'));
    expect(replayed).toEqual(events);
  });

  it('tells, once every publish has settled, which events of an append were stored', async () => {
    const store = await EventStore.open(connection);
    const manager = await jetstreamManager(connection);
    const { config, state } = await manager.streams.info(EVENTS_STREAM);
    // the stream takes two more events, then refuses new ones
    await manager.streams.update(EVENTS_STREAM, { ...config, discard: DiscardPolicy.New, max_msgs: state.messages + 2 });
    try {
      const events = Array.from({ length: 5 }, (_, i) => agentEvent(`full-${String(i)}`, true, 'full'));
      const outcomes = await store.publishAll(events);
      expect(outcomes.map((outcome) => typeof outcome === 'number')).toEqual([true, true, false, false, false]);
      await expect(store.append([agentEvent('full-5', true, 'full')])).rejects.toThrow();
      const replayed: DomainEvent[] = [];
      await store.replay((event) => replayed.push(event), tenantEventSubjects('full'));
      expect(replayed).toEqual(events.slice(0, 2));
    } finally {
      await manager.streams.update(EVENTS_STREAM, { ...config, max_msgs: -1 });
    }
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

  it('refuses a whole append when one of its events is over the limit, before any of it is stored', async () => {
    const store = await EventStore.open(connection);
    // under NATS's 1 MB payload, over the documented limit one event may take
    const oversize = agentEvent('big-2', false, 'big', 'x'.repeat(MAX_EVENT_BYTES));
    const refused = store.append([agentEvent('big-1', true, 'big'), oversize]);
    await expect(refused).rejects.toBeInstanceOf(EventTooLargeError);
    await expect(refused).rejects.toMatchObject({ eventType: 'agent.state-changed', limit: MAX_EVENT_BYTES });
    expect(await store.replay(() => undefined, tenantEventSubjects('big'))).toBe(0);
    // the log still takes what fits
    await store.append([agentEvent('big-3', true, 'big', 'y'.repeat(MAX_EVENT_BYTES - 1_000))]);
    expect(await store.replay(() => undefined, tenantEventSubjects('big'))).toBe(1);
  });

  it('takes its limit down to what the server accepts', async () => {
    const store = await EventStore.open(connection, { maxEventBytes: 10 * 1024 * 1024 });
    const serverMax = connection.info?.max_payload ?? 0;
    expect(serverMax).toBeGreaterThan(0);
    expect(store.eventLimit()).toBeLessThan(serverMax);
    await expect(store.append([agentEvent('huge', false, 'huge', 'z'.repeat(serverMax))])).rejects.toBeInstanceOf(EventTooLargeError);
    expect(await store.replay(() => undefined, tenantEventSubjects('huge'))).toBe(0);
  });

  it('refuses to replay past an event that does not match the contract, naming its sequence', async () => {
    const js = jetstream(connection);
    const ack = await js.publish('sb.v1.evt.demo.agent.state-changed', JSON.stringify({ id: 'bad', type: 'agent.state-changed' }));
    const store = await EventStore.open(connection);
    await expect(store.replay(() => undefined)).rejects.toThrow(`at sequence ${ack.seq}`);
    expect(ack.stream).toBe(EVENTS_STREAM);
  });
});
