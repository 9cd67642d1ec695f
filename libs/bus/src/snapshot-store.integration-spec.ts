// A tenant's snapshot is one object, replaced by the next one taken — never by one that holds less of its log: an
// instance paused past its lease may still put the snapshot of the memory it had over its successor's newer one.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestNats, type NatsHarness } from '@switchboard/testing';
import { connectBus, type NatsConnection } from './nats-connection.js';
import { SnapshotStore } from './snapshot-store.js';

describe('SnapshotStore on a real JetStream', () => {
  let nats: NatsHarness;
  let connection: NatsConnection;

  beforeAll(async () => {
    nats = await startTestNats();
    connection = await connectBus(nats.url, 'snapshot-store-test');
  });

  afterAll(async () => {
    await connection.close();
    await nats.dispose();
  });

  it('replaces a tenant’s snapshot with a newer one, and keeps it when an older one is put after it', async () => {
    const store = await SnapshotStore.open(connection);
    const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
    expect(await store.put({ tenant: 't', seq: 10, takenAt: 1 }, bytes('at 10'))).toBe(true);
    expect(await store.put({ tenant: 't', seq: 30, takenAt: 2 }, bytes('at 30'))).toBe(true);
    expect(await store.put({ tenant: 't', seq: 20, takenAt: 3 }, bytes('at 20, from a paused instance'))).toBe(false);
    expect(new TextDecoder().decode(await store.get('t'))).toBe('at 30');
  });
});
