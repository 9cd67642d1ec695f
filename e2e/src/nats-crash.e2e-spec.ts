// The private nats-server SIGKILLed under a steady stream of VCC dispatches, Jepsen style (support/jepsen-dispatch.ts:
// every request ends ok, failed or unknown). The launcher restarts it on the same port with the same storage and the
// apps reconnect by themselves.
// Measured: how long after the kill (and after the new nats-server is up) dispatches succeed again. Afterwards the
// notifier delivers again too: an agent who gets ready is invited over CometD.
import { performance } from 'node:perf_hooks';
import { describe, expect, it } from '@jest/globals';
import { isAlive, pollUntil } from '@switchboard/testing';
import { notification } from './support/agents.js';
import * as gws from './support/gws-steps.js';
import { DispatchLoad, expectEachDispatchOnce, type Attempt } from './support/jepsen-dispatch.js';
import { usePlatform } from './support/platform-suite.js';

const TEST_TIMEOUT_MS = 180_000;
const DISPATCH_EVERY_MS = 150;
/** What the issue asks for ("within seconds"), asserted generously. */
const MAX_RECOVERY_AFTER_RESTART_MS = 15_000;

const suite = usePlatform();

describe('a SIGKILLed nats-server under a stream of dispatches', () => {
  it(
    'is restarted with its storage; dispatches succeed again within seconds, and every acknowledged one exists exactly once',
    async () => {
      const { platform } = suite;
      await suite.http.accessToken(); // the token is not what this test is about
      const load = new DispatchLoad(suite, 'JEPSEN', DISPATCH_EVERY_MS);
      let killedAt = 0;
      let restartedAt = 0;
      let recovered: Attempt | undefined;
      try {
        await pollUntil(() => (load.attempts.filter((a) => a.outcome.kind === 'ok').length >= 10 ? true : undefined), {
          timeoutMs: 30_000,
          what: 'ten acknowledged dispatches before the kill',
        });
        const crashed = await platform.pidOf('nats-server');
        process.kill(crashed, 'SIGKILL');
        killedAt = performance.now();
        await pollUntil(
          async () => {
            const pid = await platform.pidOf('nats-server');
            return pid !== crashed && isAlive(pid) ? pid : undefined;
          },
          { timeoutMs: 30_000, intervalMs: 50, what: 'a new nats-server pid in the pid file' },
        );
        restartedAt = performance.now();
        recovered = await pollUntil(() => load.firstOkSentAfter(killedAt), {
          timeoutMs: 60_000,
          intervalMs: 20,
          what: 'a dispatch sent after the kill to succeed',
        });
        // a few more seconds of steady traffic after the recovery
        await pollUntil(
          () =>
            load.attempts.filter((a) => a.sentAt > (recovered?.answeredAt ?? Infinity)).length >= 20 ? true : undefined,
          {
            timeoutMs: 30_000,
            what: 'traffic after the recovery',
          },
        );
      } finally {
        await load.stop();
      }
      expect(load.defects).toEqual([]);

      const count = (kind: Attempt['outcome']['kind']): number => load.count(kind);
      const recoveryMs = Math.round(recovered.answeredAt - killedAt);
      const afterRestartMs = Math.round(recovered.answeredAt - restartedAt);
      console.log(
        `nats-server crash: ${load.attempts.length} dispatches — ok ${count('ok')}, failed ${count('failed')}, unknown ${count('unknown')}; ` +
          `nats-server back ${Math.round(restartedAt - killedAt)} ms after the kill; dispatches succeed again ${recoveryMs} ms after the kill ` +
          `(${afterRestartMs} ms after the restart)`,
      );
      expect(afterRestartMs).toBeLessThanOrEqual(MAX_RECOVERY_AFTER_RESTART_MS);
      expect(load.attempts.filter((a) => a.outcome.kind === 'failed')).toEqual([]);

      const { unknownDone } = await expectEachDispatchOnce(suite, load);
      console.log(
        `nats-server crash: of the ${count('unknown')} unknown, ${unknownDone} had been done (the retry was a duplicate)`,
      );

      // The notifier came back too: an agent who gets ready now is invited to the oldest waiting dispatch, over CometD.
      const { desktop } = await gws.readyDesktop(suite, 'bob');
      const invited = await notification(desktop, { state: 'Invited' });
      expect(invited.externalId).toMatch(/^JEPSEN-/);
    },
    TEST_TIMEOUT_MS,
  );
});
