import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { jetstreamManager } from '@nats-io/jetstream';
import { Kvm } from '@nats-io/kv';
import { connectBus, type NatsConnection } from '@switchboard/bus';
import { startTestNatsCluster, type NatsClusterHarness } from '@switchboard/testing';
import { IcwsSessionStore, SESSION_BUCKET } from './icws-session-store.js';

describe('the ICWS session bucket on a 3-node JetStream cluster', () => {
  let cluster: NatsClusterHarness;
  let connection: NatsConnection;

  beforeAll(async () => {
    cluster = await startTestNatsCluster();
    connection = await connectBus(cluster.url, 'icws-sessions-cluster-test');
  }, 60_000);

  afterAll(async () => {
    await connection.close();
    await cluster.dispose();
  });

  it('is kept in 3 copies, even when it was created with one', async () => {
    // a bucket created by a gateway on a single server, carried over to the cluster
    await new Kvm(connection).create(SESSION_BUCKET, { history: 1, replicas: 1 });

    await IcwsSessionStore.open(connection);

    const info = await (await jetstreamManager(connection)).streams.info(`KV_${SESSION_BUCKET}`);
    expect(info.config.num_replicas).toBe(3);
    expect(info.cluster?.leader).toBeTruthy();
    expect(info.cluster?.replicas).toHaveLength(2);
  });
});
