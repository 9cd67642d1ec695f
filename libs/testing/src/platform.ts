// The whole platform, started the way `npm start` starts it: the BUILT launcher (tools/launcher/dist/main.js),
// which starts a private nats-server and the apps from their dist/. Run the build first. Shared by the e2e
// specs and the whole-stack benchmark (tools/bench), which must start the platform the same way.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { access, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '@switchboard/nats-server';
import { pollUntil } from './poll-until.js';

/** The repository root: libs/testing/src/ (or dist/) → ../../.. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

export const LAUNCHER_ENTRY = path.join(REPO_ROOT, 'tools', 'launcher', 'dist', 'main.js');

export type AppName = 'gateway' | 'interactions' | 'notifier' | 'statistics';

/**
 * A process the launcher records in <dataDir>/run/<name>.pid: an app or the private nats-server under `npm start`;
 * under `--cluster` (`npm run start:cluster`) an app instance (gateway-2) or a node of the cluster (nats-server-n1).
 */
export type RecordedName = AppName | 'nats-server' | `${AppName}-${number}` | `nats-server-n${number}`;

/** What the command line of a recorded process contains (a pid may have been reused since it was recorded). */
function commandMarkerOf(name: string): string {
  return name.startsWith('nats-server')
    ? 'nats-server'
    : path.join('apps', name.replace(/-\d+$/, ''), 'dist', 'main.js');
}
const READY_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 15_000;

export interface Platform {
  /** e.g. http://127.0.0.1:41234 (under --cluster: the first gateway's) */
  readonly baseUrl: string;
  /** Every gateway's: one, or two under --cluster. */
  readonly baseUrls: readonly string[];
  readonly dataDir: string;
  /** The launcher's own process id. */
  readonly launcherPid: number;
  /** Resolves once the launcher has exited, by itself or stopped. */
  exited(): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** The pid the launcher recorded for an app (or its private nats-server) in <dataDir>/run/<name>.pid. */
  pidOf(app: RecordedName): Promise<number>;
  /** Everything the launcher and its apps wrote so far (stdout and stderr, interleaved). */
  output(): string;
  /**
   * SIGTERM, wait for the launcher to exit (SIGKILL after 15 s), end anything it left running, delete the data
   * directory; rejects afterwards when the stop was not clean (exit code, SIGKILL needed, processes left).
   */
  stop(): Promise<void>;
}

function exitOf(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  if (child.exitCode !== null || child.signalCode !== null) {
    return Promise.resolve({ code: child.exitCode, signal: child.signalCode });
  }
  return new Promise((resolve) => {
    child.once('exit', (code, signal) => {
      resolve({ code, signal });
    });
  });
}

async function readPid(dataDir: string, name: RecordedName): Promise<number> {
  const file = path.join(dataDir, 'run', `${name}.pid`);
  const text = await readFile(file, 'utf8');
  const pid = Number.parseInt(text.trim(), 10);
  if (!Number.isInteger(pid) || pid <= 0) throw new Error(`${file} does not hold a pid: ${JSON.stringify(text)}`);
  return pid;
}

export interface RecordedProcess {
  name: string;
  pid: number;
  command: string;
}

/** The processes the launcher recorded in <dataDir>/run right now. */
export async function recordedProcesses(dataDir: string): Promise<RecordedProcess[]> {
  const files = await readdir(path.join(dataDir, 'run')).catch(() => [] as string[]);
  const found: RecordedProcess[] = [];
  for (const name of files.filter((file) => file.endsWith('.pid')).map((file) => file.slice(0, -'.pid'.length))) {
    const pid = await readPid(dataDir, name as RecordedName).catch(() => undefined);
    if (pid !== undefined) found.push({ name, pid, command: commandMarkerOf(name) });
  }
  return found;
}

/** The process's command line (Linux /proc), or '' when it cannot be read. */
export function commandLineOf(pid: number): Promise<string> {
  return readFile(`/proc/${pid}/cmdline`, 'utf8').then(
    (text) => text.replaceAll('\0', ' '),
    () => '',
  );
}

/** A process's environment (Linux /proc): e.g. the port the launcher gave an app. */
export async function environmentOf(pid: number): Promise<Record<string, string>> {
  const text = await readFile(`/proc/${pid}/environ`, 'utf8');
  return Object.fromEntries(
    text
      .split('\0')
      .filter((entry) => entry.includes('='))
      .map((entry) => [entry.slice(0, entry.indexOf('=')), entry.slice(entry.indexOf('=') + 1)]),
  );
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Resolves with a timeout marker once `ms` have passed: the bound on a wait in stop(). */
function deadline(ms: number): Promise<'timeout'> {
  return once(AbortSignal.timeout(ms), 'abort').then(() => 'timeout' as const);
}

/**
 * The launcher's environment for a platform of its own: the gateways on `ports`, its data under `dataDir`, a private
 * nats-server (never a NATS the caller's shell points at), the demo tenants unless `extraEnv` says otherwise.
 */
export function launcherEnvironment(
  ports: readonly number[],
  dataDir: string,
  extraEnv: Record<string, string> = {},
): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(ports[0] ?? 0),
    HOST: '127.0.0.1',
    SWITCHBOARD_DATA_DIR: dataDir,
    ...(ports[1] === undefined ? {} : { SECOND_GATEWAY_PORT: String(ports[1]) }),
    LOG_LEVEL: 'warn',
    LOG_FORMAT: 'json',
  };
  delete env.NATS_URL;
  delete env.SWITCHBOARD_SIGNING_KEY;
  delete env.SWITCHBOARD_CONFIG_DIR;
  delete env.SWITCHBOARD_SMS_URL;
  return Object.assign(env, extraEnv);
}

export interface PlatformOptions {
  /**
   * Start it as `npm run start:cluster` does: a private 3-node JetStream cluster, two gateways (each on a free
   * port, each with its own notifier), and the interactions services of CLUSTER_INTERACTIONS.
   */
  cluster?: boolean;
}

/**
 * Starts the launcher on a free port with a fresh data directory and resolves once GET /health answers 200 (on
 * every gateway). The launcher's output is captured and printed when it fails to start.
 */
export async function startPlatform(
  extraEnv: Record<string, string> = {},
  options: PlatformOptions = {},
): Promise<Platform> {
  await access(LAUNCHER_ENTRY).catch(() => {
    throw new Error(`${LAUNCHER_ENTRY} is missing: build first (npx nx run-many -t build)`);
  });
  const ports = options.cluster === true ? [await freePort(), await freePort()] : [await freePort()];
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'switchboard-e2e-'));
  const env = launcherEnvironment(ports, dataDir, extraEnv);

  const args = options.cluster === true ? [LAUNCHER_ENTRY, '--cluster'] : [LAUNCHER_ENTRY];
  const launcher = spawn(process.execPath, args, { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let captured = '';
  launcher.stdout.setEncoding('utf8').on('data', (chunk: string) => (captured += chunk));
  launcher.stderr.setEncoding('utf8').on('data', (chunk: string) => (captured += chunk));
  const exited = exitOf(launcher);
  const launcherPid = launcher.pid;

  const baseUrls = ports.map((each) => `http://127.0.0.1:${String(each)}`);
  const baseUrl = baseUrls[0] ?? '';
  let stopping: Promise<void> | undefined;

  const stop = (): Promise<void> =>
    (stopping ??= (async () => {
      const problems: string[] = [];
      const recorded = await recordedProcesses(dataDir);
      if (launcher.exitCode === null && launcher.signalCode === null) {
        launcher.kill('SIGTERM');
        const outcome = await Promise.race([exited, deadline(STOP_TIMEOUT_MS)]);
        if (outcome === 'timeout') {
          problems.push(`the launcher did not exit within ${STOP_TIMEOUT_MS} ms of SIGTERM; it was killed`);
          launcher.kill('SIGKILL');
          await exited;
        } else if (outcome.code !== 0) {
          problems.push(
            `the launcher exited with code ${String(outcome.code)}, signal ${String(outcome.signal)} on SIGTERM`,
          );
        }
      }
      // The launcher stops its apps and its nats-server; whatever it left behind (or everything, when it had to
      // be killed) is ended here. Only processes it recorded for this platform, still running the same command.
      for (const { name, pid, command } of recorded) {
        if (isAlive(pid) && (await commandLineOf(pid)).includes(command)) {
          if (launcher.signalCode !== 'SIGKILL')
            problems.push(`${name} (pid ${pid}) was still running after the launcher exited`);
          process.kill(pid, 'SIGKILL');
        }
      }
      await rm(dataDir, { recursive: true, force: true });
      if (problems.length > 0) {
        throw new Error(`Switchboard did not stop cleanly: ${problems.join('; ')}\nits output:\n${captured}`);
      }
    })());

  try {
    if (launcherPid === undefined) throw new Error('the launcher could not be spawned');
    const state = await pollUntil(
      async () => {
        if (launcher.exitCode !== null || launcher.signalCode !== null) return 'exited' as const;
        const statuses = await Promise.all(
          baseUrls.map(async (base) => {
            const response = await fetch(`${base}/health`);
            await response.arrayBuffer();
            return response.status;
          }),
        );
        return statuses.every((status) => status === 200) ? ('ready' as const) : undefined;
      },
      { timeoutMs: READY_TIMEOUT_MS, intervalMs: 100, what: `GET /health to answer 200 on ${baseUrls.join(' and ')}` },
    );
    if (state === 'exited') {
      throw new Error(
        `the launcher exited during start-up (code ${String(launcher.exitCode)}, signal ${String(launcher.signalCode)})`,
      );
    }
  } catch (error) {
    const stopProblem = await stop().then(
      () => '',
      (stopError: unknown) =>
        `\n(and stopping it: ${stopError instanceof Error ? (stopError.message.split('\n')[0] ?? '') : String(stopError)})`,
    );
    process.stderr.write(`switchboard failed to start; its output:\n${captured}${stopProblem}\n`);
    throw error;
  }

  return {
    baseUrl,
    baseUrls,
    dataDir,
    launcherPid,
    exited: () => exited,
    pidOf: (app) => readPid(dataDir, app),
    output: () => captured,
    stop,
  };
}
