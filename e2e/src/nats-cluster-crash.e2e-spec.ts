// `npm run start:cluster`'s platform — 3 NATS nodes, two gateways — under a steady stream of VCC dispatches, Jepsen
// style (support/jepsen-dispatch.ts): the node leading the event stream is SIGKILLed. The other two elect a new
// leader and dispatches go on without it; the launcher restarts the node on its ports with its storage and it rejoins.
// Every acknowledged dispatch exists exactly once afterwards.
import { describe, expect, it } from '@jest/globals';
import { isAlive, pollUntil, type RecordedName } from '@switchboard/testing';
import { performance } from 'node:perf_hooks';
import { SwitchboardHttp } from './support/contract-http.js';
import { DispatchLoad, expectEachDispatchOnce, type Attempt } from './support/jepsen-dispatch.js';
import { streamLeader } from './support/nats-cluster.js';
import { usePlatform } from './support/platform-suite.js';

const TEST_TIMEOUT_MS = 180_000;
const DISPATCH_EVERY_MS = 150;
const EVENTS_STREAM = 'SB_EVENTS';

const suite = usePlatform(() => ({}), { cluster: true });

describe('start:cluster: the NATS node leading the event log SIGKILLed under a stream of dispatches', () => {
  it(
    'serves on both gateways; dispatches go on on the other two nodes, the node rejoins, and every acknowledged one exists exactly once',
    async () => {
      const { platform } = suite;
      expect(platform.baseUrls).toHaveLength(2);
      // the second gateway serves the same platform: a dispatch through it is answered
      const [viaSecond] = await new SwitchboardHttp(platform.baseUrls[1] ?? '').invokeResults({
        provider: 'CrmIntegration',
        requests: [{ action: 'dispatch', requestid: 'second-gateway-1', externalid: 'SECOND-GATEWAY-1', route: 'CrmCallRouting', routingdata: { interactiontype: 'nonlive' } }],
      });
      expect(viaSecond).toMatchObject({ outcome: 'dispatched', duplicate: false });

      await suite.http.accessToken(); // the token is not what this test is about
      const load = new DispatchLoad(suite, 'CLUSTER', DISPATCH_EVERY_MS);
      let killedAt = 0;
      let recovered: Attempt | undefined;
      let leader: string | undefined;
      try {
        await pollUntil(() => (load.count('ok') >= 10 ? true : undefined), { timeoutMs: 30_000, what: 'ten acknowledged dispatches before the kill' });
        leader = await pollUntil(() => streamLeader(platform, EVENTS_STREAM), { timeoutMs: 10_000, what: 'the event stream’s leader' });
        const node = `nats-server-${leader}` as RecordedName;
        const crashed = await platform.pidOf(node);
        process.kill(crashed, 'SIGKILL');
        killedAt = performance.now();
        recovered = await pollUntil(() => load.firstOkSentAfter(killedAt), { timeoutMs: 60_000, intervalMs: 20, what: 'a dispatch sent after the kill to succeed' });
        await pollUntil(
          async () => {
            const pid = await platform.pidOf(node);
            return pid !== crashed && isAlive(pid) ? pid : undefined;
          },
          { timeoutMs: 30_000, intervalMs: 50, what: 'the killed node restarted' },
        );
        const restartedAt = performance.now();
        await pollUntil(() => (load.oksSentAfter(restartedAt) >= 20 ? true : undefined), { timeoutMs: 60_000, what: 'traffic after the node is back' });
      } finally {
        await load.stop();
      }
      expect(load.defects).toEqual([]);
      console.log(
        `NATS node ${leader} (event stream leader) SIGKILLed: ${String(load.attempts.length)} dispatches — ok ${String(load.count('ok'))}, ` +
          `failed ${String(load.count('failed'))}, unknown ${String(load.count('unknown'))} ` +
          `(${String(load.attempts.filter((a) => a.outcome.kind === 'unknown' && a.outcome.detail.startsWith('500 ')).length)} of them 500s); dispatches succeed again ` +
          `${String(Math.round(recovered.answeredAt - killedAt))} ms after the kill`,
      );
      expect(load.attempts.filter((a) => a.outcome.kind === 'failed')).toEqual([]);

      const { unknownDone } = await expectEachDispatchOnce(suite, load);
      console.log(`NATS node crash on a cluster: of the ${String(load.count('unknown'))} unknown, ${String(unknownDone)} had been done`);
    },
    TEST_TIMEOUT_MS,
  );
});
