import { jetstreamManager, type JetStreamManager, type StreamConfig, type StreamInfo } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import { createLogger, type Logger } from '@switchboard/logging';

/** Replicas JetStream allows a stream (an odd count, so that a majority outlives a node). */
const ALLOWED_REPLICAS = [1, 3, 5] as const;
/** What a stream gets on a cluster when NATS_REPLICAS says nothing: one node of three may die. */
const CLUSTER_DEFAULT_REPLICAS = 3;

/**
 * How many copies every stream, KV bucket and object store Switchboard creates is kept in: the one place that
 * decides it. NATS_REPLICAS (1, 3 or 5) when set; otherwise 3 when the server connected to is part of a cluster
 * (its INFO names the cluster) and 1 on a single server, where nothing else could hold a copy.
 */
export function streamReplicas(connection: NatsConnection, env: NodeJS.ProcessEnv = process.env): number {
  const configured = env.NATS_REPLICAS;
  if (configured !== undefined && configured.trim() !== '') {
    const replicas = Number(configured);
    if (!(ALLOWED_REPLICAS as readonly number[]).includes(replicas)) {
      throw new Error(
        `NATS_REPLICAS must be one of ${ALLOWED_REPLICAS.join(', ')} (got ${JSON.stringify(configured)})`,
      );
    }
    return replicas;
  }
  return connection.info?.cluster === undefined ? 1 : CLUSTER_DEFAULT_REPLICAS;
}

const LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
let warnings: Logger | undefined;
/** Created on first use (most processes never need it), at the service's LOG_LEVEL and LOG_FORMAT. */
function warningLogger(): Logger {
  const level = LEVELS.find((candidate) => candidate === process.env.LOG_LEVEL) ?? 'info';
  warnings ??= createLogger({ service: 'bus', level, format: process.env.LOG_FORMAT === 'pretty' ? 'pretty' : 'json' });
  return warnings;
}

/**
 * Brings an existing stream up to `replicas` copies (JetStream applies num_replicas only at creation otherwise, so a
 * log created on one server would stay a single copy after moving to a cluster). Never lowers it: fewer copies than
 * an operator gave a stream by hand is not this code's call. When the cluster cannot take it (too few servers), the
 * stream keeps its copies and a warning says why: the service still works, with the durability it had.
 */
export async function ensureStreamReplicas(
  manager: JetStreamManager,
  info: StreamInfo,
  replicas: number,
  logger: Logger = warningLogger(),
): Promise<StreamInfo> {
  const current = info.config.num_replicas;
  if (current >= replicas) return info;
  if (info.cluster === undefined) {
    // a server outside any cluster takes any num_replicas and keeps one copy all the same
    logger.warn(
      { stream: info.config.name, replicas: current, wanted: replicas },
      `stream ${info.config.name} keeps ${String(current)} replica(s): the server is not part of a cluster, so there is nowhere to put ${String(replicas)}`,
    );
    return info;
  }
  try {
    await manager.streams.update(info.config.name, { ...info.config, num_replicas: replicas });
  } catch (error) {
    logger.warn(
      { stream: info.config.name, replicas: current, wanted: replicas, err: error },
      `stream ${info.config.name} keeps ${String(current)} replica(s): JetStream refused ${String(replicas)} (a cluster of fewer servers, or a server without clustering?)`,
    );
    return info;
  }
  logger.info({ stream: info.config.name, from: current, to: replicas }, 'raised the stream’s replicas');
  return placed(manager, info.config.name, replicas, logger);
}

/** How long a stream whose replicas were raised may take to elect its leader again and copy itself over. */
const PLACEMENT_TIMEOUT_MS = 15_000;

/**
 * The stream's info once it has a leader and every new copy is current: its Raft group is formed anew when its
 * replicas change, and it takes no append until then, so the store that raised it waits rather than fail its first.
 */
async function placed(
  manager: JetStreamManager,
  stream: string,
  replicas: number,
  logger: Logger,
): Promise<StreamInfo> {
  const deadline = Date.now() + PLACEMENT_TIMEOUT_MS;
  for (;;) {
    const info = await manager.streams.info(stream);
    const followers = info.cluster?.replicas ?? [];
    const ready =
      info.cluster?.leader !== undefined &&
      followers.length === replicas - 1 &&
      followers.every((peer) => peer.current);
    if (ready) return info;
    if (Date.now() > deadline) {
      logger.warn({ stream, replicas }, `stream ${stream} has not placed its ${String(replicas)} copies yet; going on`);
      return info;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Creates the stream with Switchboard's replicas when it does not exist yet, or raises an existing one's to them;
 * the rest of an existing stream's config is left as it is.
 */
export async function ensureStream(
  connection: NatsConnection,
  config: Partial<StreamConfig> & Pick<StreamConfig, 'name'>,
): Promise<StreamInfo> {
  const manager = await jetstreamManager(connection);
  const replicas = streamReplicas(connection);
  let info: StreamInfo;
  try {
    info = await manager.streams.info(config.name);
  } catch {
    return manager.streams.add({ ...config, num_replicas: replicas });
  }
  return ensureStreamReplicas(manager, info, replicas);
}

/**
 * Raises the stream behind a KV bucket or object store (KV_<bucket>, OBJ_<bucket>) to Switchboard's replicas: their
 * `create` passes replicas to a new bucket only, and leaves an existing one's stream as it is.
 */
export async function ensureBucketReplicas(connection: NatsConnection, stream: string): Promise<void> {
  const manager = await jetstreamManager(connection);
  await ensureStreamReplicas(manager, await manager.streams.info(stream), streamReplicas(connection));
}
