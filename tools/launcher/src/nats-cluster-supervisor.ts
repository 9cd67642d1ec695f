import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from '@switchboard/logging';
import { clusterNodeConfig, clusterUrl, planNatsCluster, waitForJetStreamCluster } from '@switchboard/nats-server';
import { NatsSupervisor } from './nats-supervisor.js';

/** Where the nodes' ports are written for operators and tests: <runDir>/nats-cluster.json. */
export const CLUSTER_FILE = 'nats-cluster.json';

/** The first start of a cluster elects its meta leader in a few seconds; a slow disk may take longer. */
const CLUSTER_READY_TIMEOUT_MS = 60_000;

/**
 * `npm run start:cluster`'s NATS: a JetStream cluster of `size` nodes on this machine (loopback ports found now,
 * storage under <dir>/<node>, kept across runs), each node supervised like `npm start`'s single server —
 * restarted on its ports with its storage when it dies, pid in <runDir>/nats-server-<node>.pid.
 */
export class NatsClusterSupervisor {
  private constructor(
    readonly url: string,
    private readonly nodes: readonly NatsSupervisor[],
    private readonly runDir: string,
  ) {}

  static async start(dir: string, runDir: string, logger: Logger, size = 3): Promise<NatsClusterSupervisor> {
    const specs = await planNatsCluster(dir, size);
    const nodes: NatsSupervisor[] = [];
    const cluster = new NatsClusterSupervisor(clusterUrl(specs), nodes, runDir);
    // the ports are found anew at each start: whoever needs a node's monitoring port (/jsz) reads them here
    const ports = specs.map(({ name, port, clusterPort, monitorPort }) => ({ name, port, clusterPort, monitorPort }));
    await mkdir(runDir, { recursive: true });
    await writeFile(path.join(runDir, CLUSTER_FILE), `${JSON.stringify({ nodes: ports }, null, 2)}\n`);
    try {
      for (const spec of specs) {
        nodes.push(
          await NatsSupervisor.start(spec.storeDir, runDir, logger, {
            pidName: `nats-server-${spec.name}`,
            port: spec.port,
            config: clusterNodeConfig(spec, specs),
          }),
        );
      }
      await waitForJetStreamCluster(specs, CLUSTER_READY_TIMEOUT_MS);
    } catch (error) {
      await cluster.stop();
      throw error;
    }
    logger.info({ nodes: ports }, 'JetStream cluster ready');
    return cluster;
  }

  async stop(): Promise<void> {
    await Promise.all(this.nodes.map((node) => node.stop()));
    await rm(path.join(this.runDir, CLUSTER_FILE), { force: true });
  }
}
