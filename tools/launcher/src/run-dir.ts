import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from '@switchboard/logging';

// <dataDir>/run/<name>.pid records every process the launcher started. A launcher killed outright (SIGKILL)
// cannot stop its children; the next start in the same data directory stops them before starting anew, so the
// old gateway does not hold the port and the old nats-server does not hold the storage.
const STOP_TIMEOUT_MS = 10_000;

const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

const isNats = (name: string): boolean => name === 'nats-server' || name.startsWith('nats-server-');

/**
 * What a recorded process must still be running to be ours (a pid may have been reused since). Names are
 * nats-server, nats-server-<node>, <app> or <app>-<instance> (npm run start:cluster runs two of each app).
 */
const markerOf = (name: string): string =>
  isNats(name) ? 'nats-server' : `apps/${name.replace(/-\d+$/, '')}/dist/main.js`;

async function stopProcess(pid: number, logger: Logger, name: string): Promise<void> {
  logger.warn({ pid, process: name }, 'stopping a process an earlier run left behind');
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + STOP_TIMEOUT_MS;
  while (isAlive(pid) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
  if (isAlive(pid)) process.kill(pid, 'SIGKILL');
}

export async function stopLeftoverProcesses(runDir: string, logger: Logger): Promise<void> {
  const files = (await readdir(runDir).catch(() => [] as string[])).filter((file) => file.endsWith('.pid'));
  // Apps before the nats-server they use.
  files.sort((a, b) => Number(isNats(a.slice(0, -'.pid'.length))) - Number(isNats(b.slice(0, -'.pid'.length))));
  for (const file of files) {
    const name = file.slice(0, -'.pid'.length);
    const pid = Number((await readFile(path.join(runDir, file), 'utf8')).trim());
    const command = await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '');
    if (Number.isInteger(pid) && pid > 0 && isAlive(pid) && command.includes(markerOf(name))) {
      await stopProcess(pid, logger, name);
    }
    await rm(path.join(runDir, file), { force: true });
  }
}

export async function recordPid(runDir: string, name: string, pid: number | undefined): Promise<void> {
  if (pid === undefined) return;
  await mkdir(runDir, { recursive: true });
  // Written aside, then renamed over the old one: whoever reads the file (a restart replaces it while tests and
  // operators read it) sees the old pid or the new one, never a file truncated half way through the write.
  const file = path.join(runDir, `${name}.pid`);
  await writeFile(`${file}.tmp`, `${String(pid)}\n`);
  await rename(`${file}.tmp`, file);
}

export async function forgetPid(runDir: string, name: string): Promise<void> {
  await rm(path.join(runDir, `${name}.pid`), { force: true });
}
