import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { jetstreamManager } from '@nats-io/jetstream';
import { connectBus, type NatsConnection } from '@switchboard/bus';
import { startTestNatsCluster, type NatsClusterHarness } from '@switchboard/testing';
import { DeadLetterStore } from './dead-letter-store.js';

describe('the dead-letter bucket on a 3-node JetStream cluster', () => {
  let cluster: NatsClusterHarness;
  let connection: NatsConnection;

  beforeAll(async () => {
    cluster = await startTestNatsCluster();
    connection = await connectBus(cluster.url, 'dead-letters-cluster-test');
  }, 60_000);

  afterAll(async () => {
    await connection.close();
    await cluster.dispose();
  });

  it('is created in 3 copies', async () => {
    await DeadLetterStore.open(connection);

    const info = await (await jetstreamManager(connection)).streams.info('KV_SB_CALLBACK_DEAD_LETTERS');
    expect(info.config.num_replicas).toBe(3);
    expect(info.cluster?.leader).toBeTruthy();
    expect(info.cluster?.replicas).toHaveLength(2);
  });
});
