// Issue 16: killing the statistics service mid-run and restarting it loses none of today's counts. Under a steady
// load of VCC dispatches, each released while it waits (entered, then abandoned), the statistics service is
// SIGKILLed by pid; the launcher starts it again, it rebuilds today from the event log, and the supervisor's figures
// for the route then equal what the clients were told, counted Jepsen-style: a dispatch or release acknowledged
// (ok), refused (failed), or unanswered (unknown, it may or may not have happened).
import { describe, expect, it } from '@jest/globals';
import type { StatisticsApi } from '@switchboard/contracts';
import { isAlive, pollUntil } from '@switchboard/testing';
import { usePlatform, type PlatformSuite } from './support/platform-suite.js';

const TEST_TIMEOUT_MS = 120_000;
const ROUTE = 'CrmCallRouting';
/** Dispatch-and-release loops running at once. */
const WORKERS = 2;
/** Acknowledged dispatches before the kill, and again after the restarted service answers. */
const BEFORE_KILL = 20;
const AFTER_RESTART = 20;
const SAM = `Basic ${Buffer.from('sam:demo-password').toString('base64')}`;

type QueueStatistics = StatisticsApi.components['schemas']['QueueStatistics'];

interface Tally {
  ok: number;
  failed: number;
  unknown: number;
}
const tally = (): Tally => ({ ok: 0, failed: 0, unknown: 0 });

/** What the route's figures are read as until the route has seen an interaction (it is not listed before). */
interface RouteCounts {
  entered: number;
  abandoned: number;
  waiting: number;
}

/** The route's counts as the supervisor reads them; undefined while the service does not answer. */
async function routeCounts(suite: PlatformSuite): Promise<RouteCounts | undefined> {
  const response = await fetch(`${suite.platform.baseUrl}/statistics/v1/queues`, { headers: { authorization: SAM } });
  if (response.status !== 200) return undefined;
  const body = (await response.json()) as { queues: QueueStatistics[] };
  const route = body.queues.find((queue) => queue.route === ROUTE);
  return {
    entered: route?.today.entered ?? 0,
    abandoned: route?.today.abandoned ?? 0,
    waiting: route?.realTime.waiting ?? 0,
  };
}

/** Dispatches into the route and releases each dispatch while it waits, until stopped; counts every answer. */
class WaitThenAbandonLoad {
  readonly dispatches = tally();
  readonly releases = tally();
  private stopped = false;
  private readonly workers: Promise<void>[];
  private next = 0;

  constructor(private readonly suite: PlatformSuite) {
    this.workers = Array.from({ length: WORKERS }, () => this.work());
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await Promise.all(this.workers);
  }

  private async work(): Promise<void> {
    while (!this.stopped) {
      const externalid = `STATS-CRASH-${String(this.next++)}`;
      if (await this.invoke(this.dispatches, { externalid, route: ROUTE }, 'dispatched'))
        await this.invoke(this.releases, { action: 'release', externalid }, 'released');
    }
  }

  /** One Invoke of one request: ok when its outcome is `outcome`, failed on any other answer, unknown on none. */
  private async invoke(counts: Tally, request: Record<string, unknown>, outcome: string): Promise<boolean> {
    try {
      const [result] = await this.suite.http.invokeResults({ requests: [request] });
      if (result?.outcome === outcome) {
        counts.ok += 1;
        return true;
      }
      counts.failed += 1;
    } catch {
      counts.unknown += 1;
    }
    return false;
  }
}

const suite = usePlatform();

describe('the statistics service killed mid-run', () => {
  it(
    "is restarted and rebuilds today's counts: every acknowledged dispatch entered, every acknowledged release abandoned",
    async () => {
      const before = await pollUntil(() => routeCounts(suite), {
        timeoutMs: 30_000,
        what: 'the statistics service to answer',
      });
      const load = new WaitThenAbandonLoad(suite);
      try {
        await pollUntil(() => (load.dispatches.ok >= BEFORE_KILL ? true : undefined), {
          timeoutMs: 60_000,
          what: `${String(BEFORE_KILL)} acknowledged dispatches`,
        });
        const killed = await suite.platform.pidOf('statistics');
        process.kill(killed, 'SIGKILL');
        const acknowledgedAtKill = load.dispatches.ok;
        await pollUntil(() => (isAlive(killed) ? undefined : true), { what: 'the killed process to be gone' });
        await pollUntil(
          async () => {
            const pid = await suite.platform.pidOf('statistics').catch(() => killed);
            return pid !== killed && (await routeCounts(suite)) !== undefined ? true : undefined;
          },
          { timeoutMs: 60_000, intervalMs: 100, what: 'the restarted statistics service to answer' },
        );
        await pollUntil(() => (load.dispatches.ok >= acknowledgedAtKill + AFTER_RESTART ? true : undefined), {
          timeoutMs: 60_000,
          what: `${String(AFTER_RESTART)} more acknowledged dispatches after the restart`,
        });
      } finally {
        await load.stop();
      }
      const { dispatches, releases } = load;
      console.log(
        `statistics crash: dispatches ${JSON.stringify(dispatches)}, releases ${JSON.stringify(releases)} (ok / failed / unknown)`,
      );
      // the kill touched no command path: every request had its answer
      expect({ dispatches, releases }).toEqual({
        dispatches: { ok: dispatches.ok, failed: 0, unknown: 0 },
        releases: { ok: releases.ok, failed: 0, unknown: 0 },
      });
      const expected: RouteCounts = {
        entered: before.entered + dispatches.ok,
        abandoned: before.abandoned + releases.ok,
        waiting: before.waiting,
      };
      const after = await pollUntil(
        async () => {
          const counts = await routeCounts(suite);
          // caught up with the log; counted twice would be over, and is caught by the comparison below
          return counts !== undefined && counts.entered >= expected.entered && counts.abandoned >= expected.abandoned
            ? counts
            : undefined;
        },
        { timeoutMs: 30_000, what: `today's figures to reach ${JSON.stringify(expected)}` },
      );
      expect(after).toEqual(expected);
    },
    TEST_TIMEOUT_MS,
  );
});
