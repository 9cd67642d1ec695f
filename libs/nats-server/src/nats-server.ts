import { spawn, type ChildProcess } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { freePort, waitForPort } from './free-port.js';

export const NATS_INSTALL_HINT = 'install it with: sudo apt-get install -y nats-server (or see https://docs.nats.io)';

export class NatsServerNotFoundError extends Error {
  constructor() {
    super(`nats-server was not found on the PATH nor in /usr/sbin; ${NATS_INSTALL_HINT}`);
    this.name = 'NatsServerNotFoundError';
  }
}

/** Where packages install it, though often not on a user's PATH (Debian's is /usr/sbin). */
const WELL_KNOWN_DIRS = ['/usr/sbin', '/usr/local/bin'];

/** The nats-server binary: $NATS_SERVER_BIN, else the PATH, else the well-known directories. */
export function findNatsServerBinary(env: NodeJS.ProcessEnv = process.env, wellKnownDirs = WELL_KNOWN_DIRS): string {
  const candidates = [
    env.NATS_SERVER_BIN,
    ...[...(env.PATH ?? '').split(path.delimiter).filter(Boolean), ...wellKnownDirs].map((dir) =>
      path.join(dir, 'nats-server'),
    ),
  ].filter((candidate): candidate is string => Boolean(candidate));
  for (const candidate of candidates) {
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not this one
    }
  }
  throw new NatsServerNotFoundError();
}

export interface NatsServerOptions {
  /** JetStream storage directory; created when missing. */
  storeDir: string;
  /** Port to listen on; a free one when omitted. */
  port?: number;
  /**
   * Run it in its own process group, so that a terminal's Ctrl-C reaches only its owner, which can then stop
   * the services that use it first and the server last.
   */
  detached?: boolean;
  /** Where the server's own log lines go; discarded when omitted. */
  onLog?: (line: string) => void;
  startTimeoutMs?: number;
  /** The server's max_payload (NATS's default is 1 MB): tests of what a smaller one refuses. */
  maxPayloadBytes?: number;
  /**
   * More configuration, in nats-server's configuration-file syntax (a cluster node's server_name, cluster block,
   * monitoring port): written to <storeDir>/nats-server.conf with max_payload. Listen address, port and JetStream
   * storage stay command-line flags, which win over the file.
   */
  config?: string;
}

export interface RunningNatsServer {
  readonly url: string;
  readonly port: number;
  readonly storeDir: string;
  readonly process: ChildProcess;
  /** Stops the server gracefully (SIGTERM) and waits for it to exit. */
  stop(): Promise<void>;
}

/** Starts a private nats-server with JetStream on 127.0.0.1 and resolves once it accepts connections. */
export async function startNatsServer(options: NatsServerOptions): Promise<RunningNatsServer> {
  const binary = findNatsServerBinary();
  const port = options.port ?? (await freePort());
  await mkdir(options.storeDir, { recursive: true });
  const args = ['-a', '127.0.0.1', '-p', String(port), '-js', '-sd', options.storeDir];
  const config = [
    // max_payload has no command-line flag: only a configuration file sets it
    ...(options.maxPayloadBytes === undefined ? [] : [`max_payload: ${String(options.maxPayloadBytes)}`]),
    ...(options.config === undefined ? [] : [options.config]),
  ];
  if (config.length > 0) {
    const file = path.join(options.storeDir, 'nats-server.conf');
    await writeFile(file, `${config.join('\n')}\n`);
    args.push('-c', file);
  }
  const child = spawn(binary, args, {
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: options.detached ?? false,
  });
  const forward = (chunk: Buffer): void => {
    for (const line of chunk.toString().split('\n').filter(Boolean)) options.onLog?.(line);
  };
  child.stdout.on('data', forward);
  child.stderr.on('data', forward);
  const exited = new Promise<void>((resolve) => {
    child.once('exit', () => {
      resolve();
    });
  });
  const failedEarly = exited.then(() => {
    throw new Error(`nats-server exited during start (port ${port}, store ${options.storeDir})`);
  });
  try {
    await Promise.race([waitForPort(port, options.startTimeoutMs ?? 10_000), failedEarly]);
  } catch (error) {
    // a server that never accepted connections in time must not outlive the failed start
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    throw error;
  } finally {
    failedEarly.catch(() => undefined);
  }
  return {
    url: `nats://127.0.0.1:${port}`,
    port,
    storeDir: options.storeDir,
    process: child,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
