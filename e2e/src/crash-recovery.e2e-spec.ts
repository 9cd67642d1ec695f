// A crash of the interactions service loses nothing that was acknowledged: its state is the fold of the
// JetStream event log, which a restarted instance replays. The launcher restarts a killed app by itself.
import { describe, expect, it } from '@jest/globals';
import { isAlive, pollUntil } from '@switchboard/testing';
import { notification } from './support/agents.js';
import { agent, bodyOf, type Invocation } from './support/contract-http.js';
import { usePlatform } from './support/platform-suite.js';

const TEST_TIMEOUT_MS = 90_000;
const RECOVERY_TIMEOUT_MS = 30_000;

const suite = usePlatform();

const dispatch = (externalid: string): Invocation => ({
  provider: 'CrmIntegration',
  requests: [
    {
      action: 'dispatch',
      requestid: `crash-${externalid}`,
      externalid,
      route: 'CrmCallRouting',
      linkeddata: [{ type: 'clid', value: '+447700900123' }],
      routingdata: { interactiontype: 'nonlive' },
    },
  ],
});

describe('a SIGKILLed interactions service', () => {
  it(
    'is restarted, and an interaction dispatched before the crash is offered to an agent after it',
    async () => {
      const { platform, desktops } = suite;
      const agentUsername = agent('AgentUsername');

      // nobody is ready: the acknowledged interaction waits in the route
      expect((await suite.http.user(agentUsername)).ready).toBe(false);
      const [dispatched] = await suite.http.invokeResults(dispatch('survivor'));
      expect(dispatched).toMatchObject({ outcome: 'dispatched', duplicate: false, interactionid: expect.any(String) });
      const interactionid = dispatched?.interactionid ?? '';

      const crashed = await platform.pidOf('interactions');
      process.kill(crashed, 'SIGKILL');

      // the launcher notices, starts a new instance and records its pid
      const restarted = await pollUntil(
        async () => {
          const pid = await platform.pidOf('interactions');
          return pid !== crashed && isAlive(pid) ? pid : undefined;
        },
        { timeoutMs: RECOVERY_TIMEOUT_MS, intervalMs: 50, what: 'a new interactions pid in the pid file' },
      );
      expect(isAlive(crashed)).toBe(false);
      expect(restarted).not.toBe(crashed);

      // the agent's desktop listens before the agent becomes ready, so the offer cannot be missed
      const desktop = await desktops.connected('AgentUsername');

      // commands answer again once the new instance has replayed the log (a 503 until then)
      const started = await pollUntil(
        async () => {
          const response = await suite.http.operate(agentUsername, 'StartContactCenterSession');
          return response.status === 200 ? bodyOf(response, 200, 'StatusResponse') : undefined;
        },
        { timeoutMs: RECOVERY_TIMEOUT_MS, intervalMs: 100, what: 'the interactions service to take commands again' },
      );
      expect(started).toEqual({ statusCode: 0 });
      expect(await suite.http.operateStatus(agentUsername, 'Ready')).toEqual({ statusCode: 0 });

      const invited = await notification(desktop, { state: 'Invited', externalId: 'survivor' });
      expect(invited).toMatchObject({
        id: interactionid,
        capabilities: ['Accept', 'Reject'],
        currentQueue: 'CrmCallRouting',
        userData: { clid: '+447700900123' },
      });

      // the restarted service remembers the requestid: the same dispatch is a duplicate of the first
      const [again] = await suite.http.invokeResults(dispatch('survivor'));
      expect(again).toEqual({
        index: 0,
        action: 'dispatch',
        requestid: 'crash-survivor',
        externalid: 'survivor',
        outcome: 'dispatched',
        duplicate: true,
        interactionid,
      });

      // and it continues the interaction numbering instead of reusing an id
      const [next] = await suite.http.invokeResults(dispatch('after-crash'));
      expect(next).toMatchObject({ outcome: 'dispatched', duplicate: false });
      expect(Number(next?.interactionid)).toBeGreaterThan(Number(interactionid));
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'answers 503 as the contracts describe while it is down, and acted on nothing it answered 503',
    async () => {
      const { platform } = suite;
      const carol = agent('carol');
      const crashed = await platform.pidOf('interactions');
      process.kill(crashed, 'SIGKILL');
      // The launcher waits at least 250 ms before it restarts an app: these requests all meet the outage
      // (no responders, or the bus timeout when NATS had not yet noticed the dead connection).
      const [invoked, operated, read] = await Promise.allSettled([
        suite.http.invoke(dispatch('during-outage')),
        suite.http.operate(carol, 'StartContactCenterSession'),
        suite.http.getMe(carol),
      ]);
      try {
        if (invoked.status === 'rejected') throw invoked.reason;
        expect(bodyOf(invoked.value, 503, 'VccError')).toEqual({
          statusCode: 503,
          error: 'Service Unavailable',
          message: expect.any(String),
        });
        if (operated.status === 'rejected') throw operated.reason;
        expect(bodyOf(operated.value, 503, 'StatusResponse')).toEqual({
          statusCode: 4,
          statusMessage: expect.any(String),
        });
      } finally {
        await pollUntil(
          async () => {
            const pid = await platform.pidOf('interactions');
            return pid !== crashed && isAlive(pid) ? pid : undefined;
          },
          { timeoutMs: RECOVERY_TIMEOUT_MS, intervalMs: 50, what: 'a new interactions pid in the pid file' },
        );
      }

      // once it is back, the dispatch that got 503 is new to it: nothing was acted on
      const [retried] = await pollUntil(
        async () => {
          const response = await suite.http.invoke(dispatch('during-outage'));
          return response.status === 200 ? bodyOf(response, 200, 'InvokeResponse').results : undefined;
        },
        { timeoutMs: RECOVERY_TIMEOUT_MS, intervalMs: 100, what: 'the interactions service to take commands again' },
      );
      expect(retried).toMatchObject({ externalid: 'during-outage', outcome: 'dispatched', duplicate: false });
      expect((await suite.http.user(carol)).loggedIn).toBe(false);

      // the read made during the outage: checked last so that the checks above run whatever it was
      if (read.status === 'rejected') throw read.reason;
      expect(bodyOf(read.value, 503, 'StatusResponse')).toEqual({ statusCode: 4, statusMessage: expect.any(String) });
    },
    TEST_TIMEOUT_MS,
  );
});
