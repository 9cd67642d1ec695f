import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DiscardPolicy, jetstreamManager, StorageType } from '@nats-io/jetstream';
import { nanos } from '@nats-io/transport-node';
import { DERIVED_STREAM, EVENTS_STREAM, type DomainEvent } from '@switchboard/contracts';
import { startTestNats, type NatsHarness } from '@switchboard/testing';
import { DERIVED_MAX_AGE_MS, lastDerivedSequence } from './derived-stream.js';
import { EventStore } from './event-store.js';
import { connectBus, type NatsConnection } from './nats-connection.js';

const meta = { tenant: 'demo', occurredAt: '2026-01-01T00:00:00.000Z' };
const fact: DomainEvent = {
  ...meta,
  id: 'fact-1',
  type: 'session.queue-subscription-changed',
  data: { sessionId: 's', agentId: '1', subscriptionId: 'q', subscribed: false },
};
const contents: DomainEvent = {
  ...meta,
  id: 'derived-1',
  type: 'session.queue-contents',
  data: { sessionId: 's', subscriptionId: 'q', isDelta: false, added: [] },
};

describe('SB_DERIVED: what is derived for one reader, beside the domain log', () => {
  let nats: NatsHarness;
  let connection: NatsConnection;

  beforeAll(async () => {
    nats = await startTestNats();
    connection = await connectBus(nats.url, 'derived-stream-test');
  });

  afterAll(async () => {
    await connection.close();
    await nats.dispose();
  });

  it('is created with the log, on disk, keeping each message minutes and dropping the oldest', async () => {
    await EventStore.open(connection);
    const { config } = await (await jetstreamManager(connection)).streams.info(DERIVED_STREAM);
    expect(config).toMatchObject({
      subjects: ['sb.v1.drv.>'],
      storage: StorageType.File,
      discard: DiscardPolicy.Old,
      max_age: nanos(DERIVED_MAX_AGE_MS),
    });
  });

  it('takes the derived events of an append, in order after the facts, and the log keeps the facts alone', async () => {
    const store = await EventStore.open(connection);
    expect(await store.publishAll([fact, contents])).toEqual([1, 0]);
    const replayed: DomainEvent[] = [];
    await store.replay((event) => replayed.push(event));
    expect(replayed.map((event) => event.id)).toEqual(['fact-1']);
    const manager = await jetstreamManager(connection);
    expect((await manager.streams.info(EVENTS_STREAM)).state.messages).toBe(1);
    expect(await lastDerivedSequence(connection)).toBe(1);
    expect((await manager.streams.getMessage(DERIVED_STREAM, { seq: 1 }))?.json()).toEqual(contents);
  });

  it('answers a derived event with 0, never with a sequence of its own stream, which would pass for the log’s position', async () => {
    const store = await EventStore.open(connection);
    const more = (id: string): DomainEvent => ({ ...contents, id });
    // the derived stream now runs ahead of the log: 4 messages to its 1
    expect(await store.publishAll([more('derived-2'), more('derived-3'), more('derived-4')])).toEqual([0, 0, 0]);
    const next: DomainEvent = { ...fact, id: 'fact-2' };
    expect(await store.publishAll([next, more('derived-5')])).toEqual([2, 0]);
  });
});
