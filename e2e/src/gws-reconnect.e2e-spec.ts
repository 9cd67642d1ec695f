// An agent's notifications across a lost connection, end to end. The agent's CometD client reaches the gateway
// through a TCP relay the test cuts; its HTTP operations go to the gateway directly. Back within its session's
// lifetime, the client gets what the outage swallowed (CometD's ack extension): every notification exactly
// once, in order. Back after the session expired, it handshakes again and is sent the current state.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { InteractionStateMessage } from '@switchboard/contracts';
import type { GwsAgentClient } from '@switchboard/gws-client';
import { pollUntil } from '@switchboard/testing';
import { assertReceivedContract, notification } from './support/agents.js';
import { type AgentCredentials } from './support/contract-http.js';
import * as gws from './support/gws-steps.js';
import { ACCEPTED } from './support/gws-steps.js';
import { usePlatform } from './support/platform-suite.js';
import { TcpRelay } from './support/tcp-relay.js';

const TEST_TIMEOUT_MS = 90_000;
/** The session lifetime after the last poll. The first test's outage must stay well within it. */
const SESSION_LIFETIME_MS = 10_000;

// The notifier logs a session's expiry at info: the second test waits for that line.
const suite = usePlatform(() => ({ LOG_LEVEL: 'info', COMETD_MAX_INTERVAL_MS: String(SESSION_LIFETIME_MS) }));
let relay: TcpRelay;
beforeAll(async () => {
  relay = await TcpRelay.start(suite.platform.baseUrl);
});
afterAll(() => relay.close());

/** Signs the agent in, connects its desktop through the relay, and makes it ready. */
const readyThroughRelay = (username: string) =>
  gws.readyDesktop(suite, username, (name) => suite.desktops.clientThrough(relay.url, name));

/** Dispatches an interaction that the (only) ready agent is offered, and has the agent accept it. */
async function acceptedInteraction(
  credentials: AgentCredentials,
  desktop: GwsAgentClient,
  externalid: string,
): Promise<string> {
  const id = await gws.dispatchCrm(suite, externalid);
  await notification(desktop, { state: 'Invited', id });
  expect(await operate(credentials, id, { operationName: 'Accept' })).toMatchObject(ACCEPTED);
  await notification(desktop, { state: 'Processing', id });
  return id;
}

const operate = async (credentials: AgentCredentials, id: string, body: unknown): Promise<{ referenceId?: number }> =>
  (await gws.operationStatus(suite, credentials, id, body)) as { referenceId?: number };

/** Waits until the client's long poll failed: the outage has reached it. */
const outageNoticed = (desktop: GwsAgentClient): Promise<boolean> =>
  pollUntil(() => (desktop.connected ? undefined : true), { what: 'the client to notice the outage' });

/** Whether the notifier logged that this CometD session expired. */
const sessionExpired = (sessionId: string): boolean =>
  suite.platform
    .output()
    .split('\n')
    .some((line) => line.includes(`"session":"${sessionId}"`) && line.includes('"msg":"agent session expired"'));

const signOut = async (credentials: AgentCredentials): Promise<void> => {
  expect(await suite.http.operateStatus(credentials, 'EndContactCenterSession')).toEqual({ statusCode: 0 });
};

describe('an agent whose connection drops', () => {
  it(
    'receives every notification exactly once and in order when it comes back within its session’s lifetime',
    async () => {
      const { credentials, desktop } = await readyThroughRelay('alice');
      try {
        const id = await acceptedInteraction(credentials, desktop, 'RECONNECT-1');
        // The platform's sequence: each UpdateUserData is answered once its event is in the log, so awaiting
        // them one by one orders the events; each one's PropertiesUpdated echoes its referenceId.
        const produced: { referenceId: number | undefined; Seq: number }[] = [];
        const update = async (): Promise<void> => {
          const Seq = produced.length + 1;
          const reply = await operate(credentials, id, { operationName: 'UpdateUserData', userData: { Seq } });
          expect(reply).toMatchObject(ACCEPTED);
          produced.push({ referenceId: reply.referenceId, Seq });
        };

        for (let i = 0; i < 10; i += 1) await update();
        // Mid-burst, the outage hits a long poll's answer on its way, with the notifications it carries.
        const cutting = relay.cutOnNextAnswer();
        for (let i = 0; i < 20; i += 1) await update();
        await cutting;
        await outageNoticed(desktop);
        // Stay cut while the client tries to come back, twice (counted from here: the relay may have refused before).
        const refusedBefore = relay.refused;
        await pollUntil(() => (relay.refused >= refusedBefore + 2 ? true : undefined), {
          timeoutMs: 20_000,
          what: 'two refused reconnections',
        });
        relay.restore();
        for (let i = 0; i < 10; i += 1) await update();
        // Completing ends the sequence: once Completed arrives, everything before it has.
        expect(await operate(credentials, id, { operationName: 'Complete' })).toMatchObject(ACCEPTED);
        await notification(desktop, { state: 'Completed', id }, 30_000);

        const received = desktop.received.filter((message) => message.id === id);
        assertReceivedContract(desktop);
        const states = ['Invited', 'Processing', ...produced.map(() => 'Processing'), 'Completed'];
        expect(received.map((message) => message.state)).toEqual(states);
        const updates = received.filter((message) => message.notificationType === 'PropertiesUpdated');
        expect(updates.map(({ referenceId, userData }) => ({ referenceId, Seq: userData.Seq }))).toEqual(produced);
        expect(new Set(received.map((message) => message.eventId)).size).toBe(received.length);
        // One session throughout: nothing was recovered by handshaking again.
        expect(desktop.sessions).toHaveLength(1);
      } finally {
        relay.restore();
        await signOut(credentials);
      }
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'handshakes again when it comes back after its session expired, and is sent the current state',
    async () => {
      const { credentials, desktop } = await readyThroughRelay('bob');
      try {
        const id = await acceptedInteraction(credentials, desktop, 'RECONNECT-2');
        expect(
          await operate(credentials, id, { operationName: 'UpdateUserData', userData: { Note: 'before' } }),
        ).toMatchObject(ACCEPTED);
        await desktop.waitFor((message) => message.id === id && message.userData.Note === 'before');
        const [expiring] = desktop.sessions;
        if (expiring === undefined) throw new Error('the client has no session');

        relay.cut();
        await outageNoticed(desktop);
        const whileAway = { operationName: 'UpdateUserData', userData: { Note: 'while away' } };
        expect(await operate(credentials, id, whileAway)).toMatchObject(ACCEPTED);
        await pollUntil(() => (sessionExpired(expiring) ? true : undefined), {
          timeoutMs: SESSION_LIFETIME_MS + 30_000,
          intervalMs: 250,
          what: `the notifier to expire session ${expiring}`,
        });
        relay.restore();

        const isCurrentState = (message: InteractionStateMessage): boolean =>
          message.id === id && message.eventId.startsWith('snapshot-');
        const current = await desktop.waitFor(isCurrentState, 60_000);
        assertReceivedContract(desktop);
        expect(desktop.sessions).toHaveLength(2);
        expect(current).toMatchObject({
          notificationType: 'StatusChange',
          state: 'Processing',
          externalId: 'RECONNECT-2',
          capabilities: [
            'Complete',
            'Cancel',
            'AttachUserData',
            'UpdateUserData',
            'DeleteUserData',
            'PlaceInQueue',
            'PlaceInWorkbin',
            'SingleStepTransfer',
          ],
          userData: { Note: 'while away' },
        });
        // The change made while it was away never reached it live (its session expired with it queued): the
        // current state is how it learns of it, once.
        expect(desktop.received.filter((message) => message.userData.Note === 'while away')).toEqual([current]);

        expect(await operate(credentials, id, { operationName: 'Complete' })).toMatchObject(ACCEPTED);
        await notification(desktop, { state: 'Completed', id });
      } finally {
        relay.restore();
        await signOut(credentials);
      }
    },
    TEST_TIMEOUT_MS,
  );
});
