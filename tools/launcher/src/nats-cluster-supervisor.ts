import type { Logger } from '@switchboard/logging';
import { clusterNodeConfig, clusterUrl, planNatsCluster, waitForJetStreamCluster } from '@switchboard/nats-server';
import { NatsSupervisor } from './nats-supervisor.js';

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
  ) {}

  static async start(dir: string, runDir: string, logger: Logger, size = 3): Promise<NatsClusterSupervisor> {
    const specs = await planNatsCluster(dir, size);
    const nodes: NatsSupervisor[] = [];
    const cluster = new NatsClusterSupervisor(clusterUrl(specs), nodes);
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
    logger.info(
      { nodes: specs.map(({ name, port, clusterPort, monitorPort }) => ({ name, port, clusterPort, monitorPort })) },
      'JetStream cluster ready',
    );
    return cluster;
  }

  async stop(): Promise<void> {
    await Promise.all(this.nodes.map((node) => node.stop()));
  }
}
