// `npm run start:cluster`'s two interactions services, each holding its tenants by a lease, under a steady stream of
// VCC dispatches, Jepsen style (support/jepsen-dispatch.ts). The holder of the tenant dispatched to is SIGKILLed
// (the launcher restarts it under its name, and it takes its lease back, or the other instance takes the tenant once the
// lease runs out); then the new holder is SIGSTOPped past its lease — the other instance takes the tenant over — and
// resumed. Nothing acknowledged is lost, nothing is done twice, and the resumed old holder writes nothing: the log
// refuses its records (the claim's fence).
import { describe, expect, it } from '@jest/globals';
import { pollUntil, type RecordedName } from '@switchboard/testing';
import { performance } from 'node:perf_hooks';
import { DispatchLoad, expectEachDispatchOnce } from './support/jepsen-dispatch.js';
import { usePlatform } from './support/platform-suite.js';
import { leaseHolder, recordsAfterLosingTheClaim, tenantRecords } from './support/tenant-log.js';

const TEST_TIMEOUT_MS = 240_000;
const DISPATCH_EVERY_MS = 100;
const LEASE_TTL_SECONDS = 2;
/** The tenant the load's client dispatches to. */
const TENANT = 'demo';

const suite = usePlatform(() => ({ LEASE_TTL_SECONDS: String(LEASE_TTL_SECONDS) }), { cluster: true });

/** The instance holding the tenant, once one does and it differs from `not` (when given). */
async function holder(not?: string): Promise<string> {
  return pollUntil(
    async () => {
      const name = await leaseHolder(suite.platform, TENANT);
      return name !== undefined && name !== not ? name : undefined;
    },
    { timeoutMs: 30_000, intervalMs: 100, what: `an interactions instance holding ${TENANT}${not === undefined ? '' : ` other than ${not}`}` },
  );
}

describe('start:cluster: the interactions instance holding a tenant killed, then paused past its lease', () => {
  it(
    'another instance serves the tenant within the lease TTL and a few seconds; nothing acknowledged is lost or done twice; the paused one writes nothing after it resumes',
    async () => {
      const { platform } = suite;
      await suite.http.accessToken(); // the token is not what this test is about
      const load = new DispatchLoad(suite, 'FAILOVER', DISPATCH_EVERY_MS);
      const windows: string[] = [];
      let paused = '';
      try {
        await pollUntil(() => (load.count('ok') >= 10 ? true : undefined), { timeoutMs: 30_000, what: 'ten acknowledged dispatches' });

        // 1. SIGKILL the holder
        const killed = await holder();
        process.kill(await platform.pidOf(killed as RecordedName), 'SIGKILL');
        const killedAt = performance.now();
        const afterKill = await pollUntil(() => load.firstOkSentAfter(killedAt), { timeoutMs: 60_000, intervalMs: 20, what: 'a dispatch to succeed after the kill' });
        windows.push(`SIGKILL ${killed}: dispatches to ${TENANT} succeed again ${String(Math.round(afterKill.answeredAt - killedAt))} ms after the kill`);

        // 2. SIGSTOP the holder past its lease; the other instance takes the tenant over; resume the old one
        paused = await holder();
        const pausedPid = await platform.pidOf(paused as RecordedName);
        process.kill(pausedPid, 'SIGSTOP');
        const pausedAt = performance.now();
        try {
          const successor = await holder(paused);
          const afterPause = await pollUntil(() => load.firstOkSentAfter(pausedAt), { timeoutMs: 60_000, intervalMs: 20, what: 'a dispatch to succeed with the holder paused' });
          windows.push(
            `SIGSTOP ${paused}: ${successor} took ${TENANT} over; dispatches succeed again ${String(Math.round(afterPause.answeredAt - pausedAt))} ms after the pause`,
          );
        } finally {
          process.kill(pausedPid, 'SIGCONT');
        }
        const resumedAt = performance.now();
        await pollUntil(() => (load.oksSentAfter(resumedAt) >= 20 ? true : undefined), { timeoutMs: 60_000, what: 'traffic after the old holder resumed' });
      } finally {
        await load.stop();
      }
      for (const window of windows) console.log(window);
      expect(load.defects).toEqual([]);
      console.log(
        `tenant failover: ${String(load.attempts.length)} dispatches — ok ${String(load.count('ok'))}, failed ${String(load.count('failed'))}, unknown ${String(load.count('unknown'))}`,
      );
      expect(load.attempts.filter((a) => a.outcome.kind === 'failed')).toEqual([]);
      const { unknownDone } = await expectEachDispatchOnce(suite, load);
      console.log(`of the ${String(load.count('unknown'))} unknown, ${String(unknownDone)} had been done (the retry was a duplicate)`);

      const records = await tenantRecords(platform, TENANT);
      const intruders = recordsAfterLosingTheClaim(records);
      console.log(
        `${TENANT}'s log: ${String(records.length)} records, ${String(records.filter((r) => r.events === 0).length)} claims; ` +
          `records stored by an instance after another claimed the tenant: ${String(intruders.length)}`,
      );
      expect(intruders).toEqual([]);
      // the paused instance did hold the tenant before the pause, and wrote there
      expect(records.some((record) => record.writer === paused && record.events > 0)).toBe(true);
    },
    TEST_TIMEOUT_MS,
  );
});
