import type { Logger } from '@switchboard/logging';
import type { RunningNatsServer } from '@switchboard/nats-server';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

// The private nats-server runs in its own process group, so it outlives a launcher that was killed outright.
// Its pid is kept beside its storage; the next start stops such an orphan before using the storage again.
const PID_FILE = 'nats-server.pid';
const STOP_TIMEOUT_MS = 10_000;

const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function commandOf(pid: number): Promise<string> {
  return readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '');
}

export async function stopOrphanedNatsServer(runDir: string, logger: Logger): Promise<void> {
  const pid = Number((await readFile(path.join(runDir, PID_FILE), 'utf8').catch(() => '')).trim());
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid) || !(await commandOf(pid)).includes('nats-server')) return;
  logger.warn({ pid }, 'stopping the private nats-server an earlier run left behind');
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + STOP_TIMEOUT_MS;
  while (isAlive(pid) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
  if (isAlive(pid)) process.kill(pid, 'SIGKILL');
}

export async function recordNatsServer(runDir: string, nats: RunningNatsServer): Promise<void> {
  await mkdir(runDir, { recursive: true });
  await writeFile(path.join(runDir, PID_FILE), `${String(nats.process.pid)}\n`);
}

export async function forgetNatsServer(runDir: string): Promise<void> {
  await rm(path.join(runDir, PID_FILE), { force: true });
}
