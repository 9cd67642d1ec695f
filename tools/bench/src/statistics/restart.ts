import { performance } from 'node:perf_hooks';
import { isAlive, pollUntil, type Platform } from '@switchboard/testing';
import { restorableFigures, summaryOf } from './statistics-api.js';

export interface RestartTimes {
  /** SIGKILL → the launcher has started a new process (its restart back-off, 250 ms the first time). */
  respawnSeconds: number;
  /** SIGKILL → the summary answers with exactly the figures it showed before the kill. */
  sameFiguresSeconds: number;
}

/**
 * Kills the statistics service by pid (SIGKILL: a crash) with nothing happening, and times until the launcher's new
 * process answers the summary with the figures it showed before: the whole of today read from the log at start-up.
 */
export async function measureRestart(platform: Platform): Promise<RestartTimes> {
  const before = await summaryOf(platform.baseUrl);
  if (before === undefined) throw new Error('the statistics summary did not answer before the kill');
  const expected = restorableFigures(before);
  const killed = await platform.pidOf('statistics');
  const start = performance.now();
  process.kill(killed, 'SIGKILL');
  await pollUntil(() => (isAlive(killed) ? undefined : true), { what: 'the killed statistics service to be gone' });
  const respawned = await pollUntil(
    async () => {
      const pid = await platform.pidOf('statistics').catch(() => killed);
      return pid !== killed && isAlive(pid) ? performance.now() : undefined;
    },
    { timeoutMs: 60_000, intervalMs: 10, what: 'the launcher to start the statistics service again' },
  );
  let last = '';
  await pollUntil(
    async () => {
      const summary = await summaryOf(platform.baseUrl).catch(() => undefined);
      if (summary !== undefined) last = restorableFigures(summary);
      return last === expected ? true : undefined;
    },
    {
      timeoutMs: 120_000,
      intervalMs: 20,
      what: `the restarted statistics service to show the figures of before the kill (${expected}; last ${last})`,
    },
  );
  const end = performance.now();
  return { respawnSeconds: (respawned - start) / 1000, sameFiguresSeconds: (end - start) / 1000 };
}
