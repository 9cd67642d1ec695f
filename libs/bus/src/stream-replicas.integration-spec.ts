import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { jetstreamManager, StorageType } from '@nats-io/jetstream';
import { pino } from 'pino';
import { startTestNats, type NatsHarness } from '@switchboard/testing';
import { connectBus, type NatsConnection } from './nats-connection.js';
import { ensureStreamReplicas } from './stream-replicas.js';

describe('raising a stream’s replicas on a server outside any cluster', () => {
  let nats: NatsHarness;
  let connection: NatsConnection;

  beforeAll(async () => {
    nats = await startTestNats();
    connection = await connectBus(nats.url, 'stream-replicas-test');
  });

  afterAll(async () => {
    await connection.close();
    await nats.dispose();
  });

  it('keeps the stream as it is and says why, rather than fail the service', async () => {
    const manager = await jetstreamManager(connection);
    const info = await manager.streams.add({ name: 'SOLO', subjects: ['solo.>'], storage: StorageType.File });
    const lines: { level: number; msg: string }[] = [];
    const logger = pino(
      new Writable({
        write(chunk: Buffer, _encoding, done) {
          lines.push(JSON.parse(chunk.toString()) as { level: number; msg: string });
          done();
        },
      }),
    );

    const kept = await ensureStreamReplicas(manager, info, 3, logger);

    expect(kept.config.num_replicas).toBe(1);
    expect((await manager.streams.info('SOLO')).config.num_replicas).toBe(1);
    expect(lines).toEqual([
      expect.objectContaining({
        level: 40,
        msg: expect.stringContaining('SOLO keeps 1 replica(s): the server is not part of a cluster'),
      }),
    ]);
  });
});
