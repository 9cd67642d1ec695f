// The whole platform, started the way `npm start` starts it: the BUILT launcher (tools/launcher/dist/main.js),
// which starts a private nats-server and the three apps from their dist/. Run the build first. Shared by the e2e
// specs and the whole-stack benchmark (tools/bench), which must start the platform the same way.
import { freePort } from '@switchboard/nats-server';
import { spawn, type ChildProcess } from 'node:child_process';
import { access, mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { once } from 'node:events';
import { pollUntil } from './poll-until.js';

/** The repository root: libs/testing/src/ (or dist/) → ../../.. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

export const LAUNCHER_ENTRY = path.join(REPO_ROOT, 'tools', 'launcher', 'dist', 'main.js');

export type AppName = 'gateway' | 'interactions' | 'notifier';

/** The pid files the launcher keeps in <dataDir>/run, and what the command line of each process contains. */
const RECORDED_PROCESSES: ReadonlyArray<[AppName | 'nats-server', string]> = [
  ['gateway', path.join('apps', 'gateway', 'dist', 'main.js')],
  ['interactions', path.join('apps', 'interactions', 'dist', 'main.js')],
  ['notifier', path.join('apps', 'notifier', 'dist', 'main.js')],
  ['nats-server', 'nats-server'],
];
const READY_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 15_000;

export interface Platform {
  /** e.g. http://127.0.0.1:41234 */
  readonly baseUrl: string;
  readonly dataDir: string;
  /** The launcher's own process id. */
  readonly launcherPid: number;
  /** The pid the launcher recorded for an app (or its private nats-server) in <dataDir>/run/<name>.pid. */
  pidOf(app: AppName | 'nats-server'): Promise<number>;
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

async function readPid(dataDir: string, name: AppName | 'nats-server'): Promise<number> {
  const file = path.join(dataDir, 'run', `${name}.pid`);
  const text = await readFile(file, 'utf8');
  const pid = Number.parseInt(text.trim(), 10);
  if (!Number.isInteger(pid) || pid <= 0) throw new Error(`${file} does not hold a pid: ${JSON.stringify(text)}`);
  return pid;
}

interface RecordedProcess {
  name: AppName | 'nats-server';
  pid: number;
  command: string;
}

/** The processes the launcher recorded in <dataDir>/run right now. */
async function recordedProcesses(dataDir: string): Promise<RecordedProcess[]> {
  const found: RecordedProcess[] = [];
  for (const [name, command] of RECORDED_PROCESSES) {
    const pid = await readPid(dataDir, name).catch(() => undefined);
    if (pid !== undefined) found.push({ name, pid, command });
  }
  return found;
}

/** The process's command line (Linux /proc), or '' when it cannot be read. */
function commandLineOf(pid: number): Promise<string> {
  return readFile(`/proc/${pid}/cmdline`, 'utf8').then(
    (text) => text.replaceAll('\0', ' '),
    () => '',
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
 * Starts the launcher on a free port with a fresh data directory and resolves once GET /health answers 200.
 * The launcher's output is captured and printed when it fails to start.
 */
export async function startPlatform(extraEnv: Record<string, string> = {}): Promise<Platform> {
  await access(LAUNCHER_ENTRY).catch(() => {
    throw new Error(`${LAUNCHER_ENTRY} is missing: build first (npx nx run-many -t build)`);
  });
  const port = await freePort();
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'switchboard-e2e-'));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    SWITCHBOARD_DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
    LOG_FORMAT: 'json',
  };
  // A private nats-server per platform: never join a NATS the caller's shell points at.
  delete env.NATS_URL;
  delete env.SWITCHBOARD_SIGNING_KEY;
  delete env.SWITCHBOARD_CONFIG_DIR;
  delete env.SWITCHBOARD_SMS_URL;
  Object.assign(env, extraEnv);

  const launcher = spawn(process.execPath, [LAUNCHER_ENTRY], { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let captured = '';
  launcher.stdout.setEncoding('utf8').on('data', (chunk: string) => (captured += chunk));
  launcher.stderr.setEncoding('utf8').on('data', (chunk: string) => (captured += chunk));
  const exited = exitOf(launcher);
  const launcherPid = launcher.pid;

  const baseUrl = `http://127.0.0.1:${port}`;
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
          problems.push(`the launcher exited with code ${String(outcome.code)}, signal ${String(outcome.signal)} on SIGTERM`);
        }
      }
      // The launcher stops its apps and its nats-server; whatever it left behind (or everything, when it had to
      // be killed) is ended here. Only processes it recorded for this platform, still running the same command.
      for (const { name, pid, command } of recorded) {
        if (isAlive(pid) && (await commandLineOf(pid)).includes(command)) {
          if (launcher.signalCode !== 'SIGKILL') problems.push(`${name} (pid ${pid}) was still running after the launcher exited`);
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
        const response = await fetch(`${baseUrl}/health`);
        await response.arrayBuffer();
        return response.status === 200 ? ('ready' as const) : undefined;
      },
      { timeoutMs: READY_TIMEOUT_MS, intervalMs: 100, what: `GET ${baseUrl}/health to answer 200` },
    );
    if (state === 'exited') {
      throw new Error(
        `the launcher exited during start-up (code ${String(launcher.exitCode)}, signal ${String(launcher.signalCode)})`,
      );
    }
  } catch (error) {
    const stopProblem = await stop().then(
      () => '',
      (stopError: unknown) => `\n(and stopping it: ${stopError instanceof Error ? stopError.message.split('\n')[0] ?? '' : String(stopError)})`,
    );
    process.stderr.write(`switchboard failed to start; its output:\n${captured}${stopProblem}\n`);
    throw error;
  }

  return {
    baseUrl,
    dataDir,
    launcherPid,
    pidOf: (app) => readPid(dataDir, app),
    output: () => captured,
    stop,
  };
}
