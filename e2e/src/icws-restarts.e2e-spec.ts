// An ICWS queue subscriber across a crash of either service (issue 12, point 4). What a subscription shows is derived
// for its one reader and never stored in the domain log (SB_EVENTS): a SIGKILLed interactions service rebuilds the
// subscription itself from the log's facts and sends it a fresh snapshot computed from them; a SIGKILLed notifier
// holds no session, so the client's next read asks for fresh snapshots. Either way the client is shown the snapshot
// first (isDelta false, it replaces its cache), then each later change once.
import { describe, expect, it } from '@jest/globals';
import { isAlive, pollUntil } from '@switchboard/testing';
import { IcwsSession, QUEUE_CONTENTS, QUEUE_TYPE, type IcwsMessage } from './support/icws-client.js';
import { usePlatform } from './support/platform-suite.js';

const TEST_TIMEOUT_MS = 90_000;
const RECOVERY_TIMEOUT_MS = 30_000;
const CALL = 'urn:inin.com:interactions:createCallParameters';
const CALLBACK = 'urn:inin.com:interactions.callback:createCallbackParameters';
const ATTRIBUTES = ['Eic_State', 'Eic_RemoteAddress'];

const suite = usePlatform();
const open = (username: string): Promise<IcwsSession> => IcwsSession.open(suite.platform.baseUrl, username);
const userQueue = (username: string) => ({ queueType: QUEUE_TYPE.user, queueName: username });
const idsOf = (entries: { interactionId: string }[] | undefined): string[] =>
  (entries ?? []).map((entry) => entry.interactionId);
const added = (id: string) => (message: IcwsMessage) => idsOf(message.interactionsAdded).includes(id);
const snapshot = (message: IcwsMessage): boolean => !message.isDelta;

/** SIGKILLs one app and resolves once the launcher has started another instance of it. */
async function kill(app: 'interactions' | 'notifier'): Promise<void> {
  const crashed = await suite.platform.pidOf(app);
  process.kill(crashed, 'SIGKILL');
  await pollUntil(
    async () => {
      const pid = await suite.platform.pidOf(app);
      return pid !== crashed && isAlive(pid) ? pid : undefined;
    },
    { timeoutMs: RECOVERY_TIMEOUT_MS, intervalMs: 50, what: `a new ${app} pid in the pid file` },
  );
}

/** A callback into the agent's own queue, where it waits for that agent. */
const callback = (session: IcwsSession, target: string) => ({
  __type: CALLBACK,
  target,
  targetQueue: userQueue(session.username),
  subject: 'Later',
});

/** Creates a callback once the interactions service takes commands again (a 503 until it has replayed the log). */
const createdOnceUp = (session: IcwsSession, target: string): Promise<string> =>
  pollUntil(
    async () => {
      const response = await session.create(callback(session, target));
      return response.status === 201 ? (response.body as { interactionId: string }).interactionId : undefined;
    },
    { timeoutMs: RECOVERY_TIMEOUT_MS, intervalMs: 100, what: 'the interactions service to take commands again' },
  );

/** Every queue contents message of the subscription received since `from`. */
const contentsSince = (session: IcwsSession, subscriptionId: string, from: number): IcwsMessage[] =>
  session.received
    .slice(from)
    .filter((message) => message.__type === QUEUE_CONTENTS && message.subscriptionId === subscriptionId);

describe('an ICWS queue subscriber across crashes', () => {
  it(
    'is sent a fresh snapshot computed from the facts after the interactions service is SIGKILLed, then each change once',
    async () => {
      const alice = await open('alice');
      const before = await alice.created({ __type: CALL, target: '+441632960101' });
      expect((await alice.subscribe('mine', [userQueue('alice')], ATTRIBUTES)).status).toBe(200);
      expect(idsOf((await alice.contents('mine', snapshot)).interactionsAdded)).toEqual([before]);
      const from = alice.received.length;

      await kill('interactions');

      const fresh = await alice.contents('mine', snapshot);
      expect(fresh.interactionsAdded).toEqual([
        { interactionId: before, attributes: { Eic_State: 'C', Eic_RemoteAddress: '+441632960101' } },
      ]);
      const after = await createdOnceUp(alice, '+441632960102');
      expect((await alice.contents('mine', added(after))).isDelta).toBe(true);
      // the snapshot came before any delta, and the new call was told once
      const since = contentsSince(alice, 'mine', from);
      expect(since[0]?.isDelta).toBe(false);
      expect(since.filter(added(after))).toHaveLength(1);
      for (const [id, action] of [
        [before, 'disconnect'],
        [after, 'pickup'],
        [after, 'disconnect'],
      ] as const)
        await alice.done(id, action);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'is sent a fresh snapshot at its next read after the notifier is SIGKILLed, then each change once',
    async () => {
      const bob = await open('bob');
      const before = await bob.created({ __type: CALL, target: '+441632960103' });
      expect((await bob.subscribe('mine', [userQueue('bob')], ATTRIBUTES)).status).toBe(200);
      expect(idsOf((await bob.contents('mine', snapshot)).interactionsAdded)).toEqual([before]);
      const from = bob.received.length;

      await kill('notifier');

      // reads fail until the new notifier answers; its first read of the session resyncs
      const fresh = await bob.contents('mine', snapshot);
      expect(fresh.interactionsAdded).toEqual([
        { interactionId: before, attributes: { Eic_State: 'C', Eic_RemoteAddress: '+441632960103' } },
      ]);
      const after = await bob.created(callback(bob, '+441632960104'));
      expect((await bob.contents('mine', added(after))).isDelta).toBe(true);
      const since = contentsSince(bob, 'mine', from);
      expect(since[0]?.isDelta).toBe(false);
      expect(since.filter(added(after))).toHaveLength(1);
      for (const [id, action] of [
        [before, 'disconnect'],
        [after, 'pickup'],
        [after, 'disconnect'],
      ] as const)
        await bob.done(id, action);
    },
    TEST_TIMEOUT_MS,
  );
});
