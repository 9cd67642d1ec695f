import { mkdir, readdir, rename } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { pollUntil, type AppName, type Platform } from '@switchboard/testing';

const PROFILED_APPS: readonly AppName[] = ['gateway', 'interactions', 'notifier'];
const HOOK = pathToFileURL(
  path.join(path.dirname(new URL(import.meta.url).pathname), '..', 'profile', 'profile-on-signal.js'),
).href;

/** Runs a measured load, profiling the apps' CPU over it when asked to (`-- --cpu-prof <dir>`). */
export interface ProfiledWindows {
  around<T>(window: string, run: () => Promise<T>): Promise<T>;
}

export const NOT_PROFILED: ProfiledWindows = { around: (_window, run) => run() };

/** The platform environment that preloads the profiling hook into every Node process the launcher starts. */
export function profilingEnvironment(directory: string): Record<string, string> {
  return { NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import=${HOOK}`.trim(), SB_CPU_PROF_DIR: directory };
}

/**
 * Profiles `apps` (the gateway, the interactions service and the notifier unless told) over each window (SIGWINCH to
 * start, SIGWINCH to stop: profile-on-signal), and files each profile as `<directory>/<window>/<app>.cpuprofile`.
 */
export function profiledWindows(
  platform: Platform,
  directory: string,
  apps: readonly AppName[] = PROFILED_APPS,
): ProfiledWindows {
  return {
    async around(window, run) {
      const pids = await Promise.all(apps.map((app) => platform.pidOf(app)));
      const before = new Set(await readdir(directory));
      for (const pid of pids) process.kill(pid, 'SIGWINCH');
      try {
        return await run();
      } finally {
        for (const pid of pids) process.kill(pid, 'SIGWINCH');
        const target = path.join(directory, window);
        await mkdir(target, { recursive: true });
        for (const [index, pid] of pids.entries()) {
          const written = await pollUntil(
            async () =>
              (await readdir(directory)).find(
                (file) => !before.has(file) && file.includes(`-${String(pid)}-`) && file.endsWith('.cpuprofile'),
              ),
            { timeoutMs: 30_000, intervalMs: 100, what: `the CPU profile of pid ${String(pid)}` },
          );
          await rename(path.join(directory, written), path.join(target, `${apps[index] ?? String(pid)}.cpuprofile`));
        }
        console.log(`  CPU profiles of this load: ${target}/{${apps.join(',')}}.cpuprofile`);
      }
    },
  };
}
