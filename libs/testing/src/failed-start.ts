// The launcher run as `npm start` runs it, for a start that must fail: how it ended, what it printed, and whether it
// left anything running.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { access, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '@switchboard/nats-server';
import {
  commandLineOf,
  isAlive,
  LAUNCHER_ENTRY,
  launcherEnvironment,
  recordedProcesses,
  REPO_ROOT,
} from './platform.js';

export interface LauncherExit {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** Everything the launcher and its apps wrote (stdout and stderr, interleaved). */
  output: string;
  /** The processes it recorded that were still running once it had exited (they are killed). */
  leftRunning: string[];
}

/**
 * Starts the built launcher with a fresh data directory and `extraEnv`, and resolves once it has exited by itself.
 * Rejects, with its output, if it is still running after `withinMs` (it is then killed with what it started).
 */
export async function launchUntilExit(extraEnv: Record<string, string>, withinMs: number): Promise<LauncherExit> {
  await access(LAUNCHER_ENTRY).catch(() => {
    throw new Error(`${LAUNCHER_ENTRY} is missing: build first (npx nx run-many -t build)`);
  });
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'switchboard-e2e-'));
  const env = launcherEnvironment([await freePort()], dataDir, extraEnv);
  const launcher = spawn(process.execPath, [LAUNCHER_ENTRY], {
    cwd: REPO_ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  launcher.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  launcher.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  const exited = once(launcher, 'exit') as Promise<[number | null, NodeJS.Signals | null]>;
  const outcome = await Promise.race([
    exited,
    once(AbortSignal.timeout(withinMs), 'abort').then(() => 'still running' as const),
  ]);
  const recorded = await recordedProcesses(dataDir);
  const leftRunning: string[] = [];
  if (outcome === 'still running') launcher.kill('SIGKILL');
  for (const { name, pid, command } of recorded) {
    if (isAlive(pid) && (await commandLineOf(pid)).includes(command)) {
      leftRunning.push(name);
      process.kill(pid, 'SIGKILL');
    }
  }
  await rm(dataDir, { recursive: true, force: true });
  if (outcome === 'still running') {
    await exited;
    throw new Error(`the launcher was still running ${withinMs} ms after it started; its output:\n${output}`);
  }
  const [code, signal] = outcome;
  return { code, signal, output, leftRunning };
}
