// The interactions service SIGKILLed three times under a steady stream of VCC dispatches, Jepsen style
// (support/jepsen-dispatch.ts: every request ends ok, failed or unknown), with its snapshots and the log's retention
// running hot: a snapshot every 25 events, a retention window of two seconds, housekeeping four times a second. So the
// kills land while snapshots are being taken and the log is being trimmed, and each restart starts from a snapshot
// whose earlier events are gone. Nothing acknowledged may be lost, and nothing done twice.
import { describe, expect, it } from '@jest/globals';
import { isAlive, pollUntil } from '@switchboard/testing';
import { DispatchLoad, expectEachDispatchOnce } from './support/jepsen-dispatch.js';
import { usePlatform } from './support/platform-suite.js';

const TEST_TIMEOUT_MS = 240_000;
const DISPATCH_EVERY_MS = 40;
const KILLS = 3;

const suite = usePlatform(() => ({
  SNAPSHOT_EVERY_EVENTS: '25',
  SNAPSHOT_MAX_AGE_SECONDS: '0.5',
  EVENT_RETENTION_SECONDS: '2',
  LOG_MAINTENANCE_SECONDS: '0.25',
}));

describe('a SIGKILLed interactions service, with snapshots taken and the log trimmed as it runs', () => {
  it(
    'loses nothing acknowledged and does nothing twice over three kills; dispatches succeed again after each',
    async () => {
      const { platform } = suite;
      await suite.http.accessToken(); // the token is not what this test is about
      const load = new DispatchLoad(suite, 'SNAPKILL', DISPATCH_EVERY_MS);
      try {
        for (let kill = 1; kill <= KILLS; kill += 1) {
          const since = performance.now();
          // enough traffic since the last kill that snapshots were taken and the log trimmed past earlier ones
          await pollUntil(() => (load.oksSentAfter(since) >= 60 ? true : undefined), {
            timeoutMs: 60_000,
            what: `traffic before kill ${kill}`,
          });
          const crashed = await platform.pidOf('interactions');
          process.kill(crashed, 'SIGKILL');
          const killedAt = performance.now();
          await pollUntil(
            async () => {
              const pid = await platform.pidOf('interactions');
              return pid !== crashed && isAlive(pid) ? pid : undefined;
            },
            { timeoutMs: 30_000, intervalMs: 50, what: `a new interactions service after kill ${kill}` },
          );
          const recovered = await pollUntil(() => load.firstOkSentAfter(killedAt), {
            timeoutMs: 60_000,
            intervalMs: 20,
            what: `a dispatch to succeed after kill ${kill}`,
          });
          console.log(
            `interactions kill ${kill}: dispatches succeed again ${Math.round(recovered.answeredAt - killedAt)} ms after the kill`,
          );
        }
      } finally {
        await load.stop();
      }
      expect(load.defects).toEqual([]);
      console.log(
        `interactions kills with snapshots and retention: ${load.attempts.length} dispatches — ok ${load.count('ok')}, failed ${load.count('failed')}, unknown ${load.count('unknown')}`,
      );
      expect(load.attempts.filter((a) => a.outcome.kind === 'failed')).toEqual([]);
      const { unknownDone } = await expectEachDispatchOnce(suite, load);
      console.log(`of the ${load.count('unknown')} unknown, ${unknownDone} had been done (the retry was a duplicate)`);
    },
    TEST_TIMEOUT_MS,
  );
});
