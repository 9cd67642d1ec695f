import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {
  startNatsCluster,
  startNatsServer,
  type RunningNatsCluster,
  type RunningNatsServer,
} from '@switchboard/nats-server';

export interface NatsHarness extends RunningNatsServer {
  /** Stops the server and deletes its storage. */
  dispose(): Promise<void>;
}

/**
 * A real nats-server with JetStream for one test suite: its own free port and its own storage directory;
 * `maxPayloadBytes` sets its max_payload (NATS's default is 1 MB).
 */
export async function startTestNats(options: { maxPayloadBytes?: number } = {}): Promise<NatsHarness> {
  const storeDir = await mkdtemp(path.join(os.tmpdir(), 'switchboard-nats-'));
  const server = await startNatsServer({ storeDir, ...options });
  return {
    ...server,
    async dispose() {
      await server.stop();
      await rm(storeDir, { recursive: true, force: true });
    },
  };
}

export interface NatsClusterHarness extends RunningNatsCluster {
  /** Stops every node and deletes their storage. */
  dispose(): Promise<void>;
}

/**
 * A real 3-node nats-server cluster with JetStream for one test suite, on free loopback ports, each node with its
 * own storage under one temporary directory; resolves once JetStream is ready on every node. Its nodes can be
 * killed by pid and restarted on the same ports with the same storage.
 */
export async function startTestNatsCluster(options: { size?: number } = {}): Promise<NatsClusterHarness> {
  const baseDir = await mkdtemp(path.join(os.tmpdir(), 'switchboard-nats-cluster-'));
  try {
    const cluster = await startNatsCluster({ baseDir, ...options });
    return Object.assign(cluster, {
      async dispose() {
        await cluster.stop();
        await rm(baseDir, { recursive: true, force: true });
      },
    });
  } catch (error) {
    await rm(baseDir, { recursive: true, force: true });
    throw error;
  }
}
