import path from 'node:path';
import { freePort } from './free-port.js';
import { startNatsServer, type RunningNatsServer } from './nats-server.js';

/** One node of a cluster on this machine: its ports and storage never change across its restarts. */
export interface NatsClusterNodeSpec {
  /** Its server_name: JetStream's Raft groups know a node by it, so a restarted node rejoins as itself. */
  name: string;
  /** Client port. */
  port: number;
  /** Route port, where the other nodes connect. */
  clusterPort: number;
  /** HTTP monitoring port: /healthz and /jsz tell when JetStream is ready and who leads it. */
  monitorPort: number;
  storeDir: string;
}

const DEFAULT_CLUSTER_NAME = 'switchboard';

/** `size` nodes n1…nN on free loopback ports (found now), each with its own storage under baseDir. */
export async function planNatsCluster(baseDir: string, size = 3): Promise<NatsClusterNodeSpec[]> {
  const taken = new Set<number>();
  // each port was free a moment ago; the OS may hand the same one out twice in a row, so none is taken twice
  const distinctPort = async (): Promise<number> => {
    for (;;) {
      const port = await freePort();
      if (!taken.has(port)) {
        taken.add(port);
        return port;
      }
    }
  };
  const nodes: NatsClusterNodeSpec[] = [];
  for (let index = 1; index <= size; index += 1) {
    const name = `n${String(index)}`;
    nodes.push({
      name,
      port: await distinctPort(),
      clusterPort: await distinctPort(),
      monitorPort: await distinctPort(),
      storeDir: path.join(baseDir, name),
    });
  }
  return nodes;
}

/**
 * A node's configuration, in the file syntax of nats-server 2.9 (Debian's): a named server in a named cluster
 * with routes to every node (itself included: a server ignores the route to itself, and one list serves all),
 * and JetStream clustered over those routes with no domain. Client port and storage are command-line flags.
 */
export function clusterNodeConfig(
  node: NatsClusterNodeSpec,
  nodes: readonly NatsClusterNodeSpec[],
  clusterName = DEFAULT_CLUSTER_NAME,
): string {
  const routes = nodes.map((peer) => `nats-route://127.0.0.1:${String(peer.clusterPort)}`);
  return [
    `server_name: ${node.name}`,
    `http: 127.0.0.1:${String(node.monitorPort)}`,
    'cluster {',
    `  name: ${clusterName}`,
    `  listen: 127.0.0.1:${String(node.clusterPort)}`,
    `  routes: [${routes.join(', ')}]`,
    '}',
  ].join('\n');
}

/** Starts one node of the cluster (again, after a kill: same ports, same storage). */
export function startClusterNode(
  node: NatsClusterNodeSpec,
  nodes: readonly NatsClusterNodeSpec[],
  options: { detached?: boolean; onLog?: (line: string) => void; clusterName?: string } = {},
): Promise<RunningNatsServer> {
  return startNatsServer({
    storeDir: node.storeDir,
    port: node.port,
    config: clusterNodeConfig(node, nodes, options.clusterName),
    ...(options.detached === undefined ? {} : { detached: options.detached }),
    ...(options.onLog === undefined ? {} : { onLog: options.onLog }),
  });
}

/** The node's /healthz: ok once its JetStream is in contact with a meta leader and current. */
async function healthy(node: Pick<NatsClusterNodeSpec, 'monitorPort'>): Promise<boolean> {
  try {
    const response = await fetch(`http://127.0.0.1:${String(node.monitorPort)}/healthz`);
    return response.ok && ((await response.json()) as { status?: string }).status === 'ok';
  } catch {
    return false;
  }
}

/**
 * Resolves once every given node reports JetStream healthy — a meta leader elected and every node current with
 * it, so a stream of as many replicas as nodes can be placed — or rejects after the deadline.
 */
export async function waitForJetStreamCluster(
  nodes: readonly Pick<NatsClusterNodeSpec, 'monitorPort' | 'name'>[],
  timeoutMs = 30_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const states = await Promise.all(nodes.map((node) => healthy(node)));
    if (states.every(Boolean)) return;
    if (Date.now() > deadline) {
      const waiting = nodes.filter((_, index) => !states[index]).map((node) => node.name);
      throw new Error(`JetStream is not ready on ${waiting.join(', ')} after ${String(timeoutMs)} ms`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The server_name of the JetStream meta leader as the node sees it, or undefined while there is none. */
export async function jetStreamMetaLeader(node: Pick<NatsClusterNodeSpec, 'monitorPort'>): Promise<string | undefined> {
  try {
    const response = await fetch(`http://127.0.0.1:${String(node.monitorPort)}/jsz`);
    return ((await response.json()) as { meta_cluster?: { leader?: string } }).meta_cluster?.leader;
  } catch {
    return undefined;
  }
}

/** The NATS_URL of a cluster: every node's client URL, comma-separated (connectBus splits it). */
export function clusterUrl(nodes: readonly Pick<NatsClusterNodeSpec, 'port'>[]): string {
  return nodes.map((node) => `nats://127.0.0.1:${String(node.port)}`).join(',');
}

/** A node of a running cluster, which a test may kill (by pid) and start again. */
export interface NatsClusterNode extends NatsClusterNodeSpec {
  readonly url: string;
  /** The pid of its current process; undefined while it is down. */
  readonly pid: number | undefined;
  /** Sends the signal (SIGKILL by default) to its process and waits for it to exit. */
  kill(signal?: NodeJS.Signals): Promise<void>;
  /** Starts it again on the same ports with the same storage (it must be down). */
  restart(): Promise<void>;
}

export interface RunningNatsCluster {
  readonly nodes: readonly NatsClusterNode[];
  /** Every node's client URL, comma-separated: a NATS_URL. */
  readonly url: string;
  readonly servers: string[];
  node(name: string): NatsClusterNode;
  /** Waits until every running node's JetStream is healthy (see waitForJetStreamCluster). */
  waitUntilReady(timeoutMs?: number): Promise<void>;
  /** Stops every running node (SIGTERM) and waits for them to exit. */
  stop(): Promise<void>;
}

export interface NatsClusterOptions {
  /** Each node's storage is <baseDir>/<name>. */
  baseDir: string;
  size?: number;
  clusterName?: string;
  onLog?: (node: string, line: string) => void;
  readyTimeoutMs?: number;
}

/** Starts a JetStream cluster of `size` (3) nodes on loopback and resolves once it is ready (waitUntilReady). */
export async function startNatsCluster(options: NatsClusterOptions): Promise<RunningNatsCluster> {
  const specs = await planNatsCluster(options.baseDir, options.size);
  const running = new Map<string, RunningNatsServer>();
  const launch = async (spec: NatsClusterNodeSpec): Promise<void> => {
    const onLog = options.onLog;
    const server = await startClusterNode(spec, specs, {
      ...(options.clusterName === undefined ? {} : { clusterName: options.clusterName }),
      ...(onLog === undefined
        ? {}
        : {
            onLog: (line: string) => {
              onLog(spec.name, line);
            },
          }),
    });
    running.set(spec.name, server);
    server.process.once('exit', () => {
      if (running.get(spec.name) === server) running.delete(spec.name);
    });
  };
  const stop = async (): Promise<void> => {
    await Promise.all([...running.values()].map((server) => server.stop()));
  };
  const nodes = specs.map((spec): NatsClusterNode => ({
    ...spec,
    url: `nats://127.0.0.1:${String(spec.port)}`,
    get pid() {
      return running.get(spec.name)?.process.pid;
    },
    async kill(signal: NodeJS.Signals = 'SIGKILL') {
      const server = running.get(spec.name);
      if (server === undefined) return;
      const exited = new Promise<void>((resolve) =>
        server.process.once('exit', () => {
          resolve();
        }),
      );
      if (server.process.pid !== undefined) process.kill(server.process.pid, signal);
      await exited;
    },
    async restart() {
      if (running.has(spec.name)) throw new Error(`node ${spec.name} is still running`);
      await launch(spec);
    },
  }));
  const cluster: RunningNatsCluster = {
    nodes,
    url: clusterUrl(specs),
    servers: nodes.map((node) => node.url),
    node(name) {
      const found = nodes.find((node) => node.name === name);
      if (found === undefined) throw new Error(`no node ${name} in the cluster`);
      return found;
    },
    waitUntilReady(timeoutMs = options.readyTimeoutMs) {
      return waitForJetStreamCluster(
        specs.filter((spec) => running.has(spec.name)),
        timeoutMs,
      );
    },
    stop,
  };
  try {
    for (const spec of specs) await launch(spec);
    await cluster.waitUntilReady();
  } catch (error) {
    await stop();
    throw error;
  }
  return cluster;
}
