import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { jetstreamManager, StorageType } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import { createLogger } from '@switchboard/logging';
import { isAlive, pollUntil } from '@switchboard/testing';
import { NatsClusterSupervisor } from './nats-cluster-supervisor.js';

const logger = createLogger({ service: 'test', level: 'silent' });

describe('NatsClusterSupervisor', () => {
  let dataDir: string;

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'switchboard-launcher-cluster-'));
  });
  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('runs 3 JetStream nodes, restarts a killed one into the cluster, and stops them all', async () => {
    const runDir = path.join(dataDir, 'run');
    const pidOf = async (node: string): Promise<number> =>
      Number((await readFile(path.join(runDir, `nats-server-${node}.pid`), 'utf8')).trim());
    const cluster = await NatsClusterSupervisor.start(path.join(dataDir, 'cluster'), runDir, logger);
    const connection = await connect({
      servers: cluster.url.split(','),
      maxReconnectAttempts: -1,
      reconnectTimeWait: 100,
    });
    try {
      expect(cluster.url.split(',')).toHaveLength(3);
      const pids = await Promise.all(['n1', 'n2', 'n3'].map(pidOf));
      expect(pids.every(isAlive)).toBe(true);

      const killed = pids[1] ?? 0;
      process.kill(killed, 'SIGKILL');
      const restarted = await pollUntil(
        async () => {
          const pid = await pidOf('n2');
          return pid > 0 && pid !== killed && isAlive(pid) ? pid : undefined;
        },
        { timeoutMs: 20_000, intervalMs: 50, what: 'a new pid for n2' },
      );
      expect(restarted).not.toBe(killed);

      // a stream in 3 copies needs every node: the restarted one is back in the cluster
      // (the manager too: its first JetStream API call times out while the cluster has no meta leader)
      const info = await pollUntil(
        async () =>
          (await jetstreamManager(connection)).streams.add({
            name: 'THREE',
            subjects: ['three.>'],
            storage: StorageType.File,
            num_replicas: 3,
          }),
        { timeoutMs: 30_000, intervalMs: 200, what: 'an R3 stream placed on the cluster' },
      );
      expect(info.cluster?.replicas).toHaveLength(2);
    } finally {
      await connection.close();
      await cluster.stop();
    }
    expect((await readdir(runDir)).filter((file) => file.startsWith('nats-server'))).toEqual([]);
  }, 90_000);
});
