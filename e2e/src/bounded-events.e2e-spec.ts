// Issue 11, point 2: a poison event must not wedge the service. The sequence — an agent subscribes an ICWS
// queue with one attribute name of 99,000 characters, 12 work items arrive, a second subscription is put — made a
// snapshot event over NATS's 1 MB payload; the failed append marked state stale, the rebuild owed the snapshot again,
// and from then on every command of every tenant replayed the whole log, even after kill -9. Now every field that
// reaches an event is bounded (each dialect's 400), a big but legal snapshot is split, and nothing rebuilds.
import { describe, expect, it } from '@jest/globals';
import { isAlive, pollUntil } from '@switchboard/testing';
import { agent, bodyOf } from './support/contract-http.js';
import { expectIcwsError, IcwsSession, QUEUE_TYPE, type IcwsMessage } from './support/icws-client.js';
import { usePlatform } from './support/platform-suite.js';

const TEST_TIMEOUT_MS = 120_000;
const RECOVERY_TIMEOUT_MS = 30_000;
const suite = usePlatform();

const GENERIC = 'urn:inin.com:interactions:createGenericInteractionParameters';
const WORKGROUP = { queueType: QUEUE_TYPE.workgroup, queueName: 'CrmCallRouting' };
const WORK_ITEMS = 12;
/** The largest custom attributes an interaction may hold (64 KiB in all), in two values under the per-value limit. */
const NOTES = { CaseNotes: 'n'.repeat(32_000), CaseHistory: 'h'.repeat(32_000) };
/** The largest legal subscription: 200 names of up to 256 characters, two of them the work items' attributes. */
const ATTRIBUTES = [
  'Eic_State',
  'CaseNotes',
  'CaseHistory',
  ...Array.from({ length: 197 }, (_, i) => `Custom_${String(i)}_`.padEnd(256, 'x')),
];

/** Failure-driven rebuilds of state the interactions service logged (warn): the cost the issue saw on every command. */
const rebuildsIn = (output: string): string[] => output.split('\n').filter((line) => /"msg":"[^"]*rebuil/i.test(line));

/** The interactions a subscription's snapshot showed: its isDelta:false message and the isDelta:true ones adding to it. */
async function snapshotOf(
  session: IcwsSession,
  subscriptionId: string,
  expected: number,
): Promise<{ messages: IcwsMessage[]; ids: string[] }> {
  const first = await session.contents(subscriptionId, (message) => !message.isDelta);
  const messages = [first];
  const ids = (): string[] =>
    messages.flatMap((message) => (message.interactionsAdded ?? []).map((entry) => entry.interactionId));
  while (ids().length < expected)
    messages.push(
      await session.contents(
        subscriptionId,
        (message) => message.isDelta && (message.interactionsAdded ?? []).length > 0,
      ),
    );
  for (const message of messages) {
    for (const entry of message.interactionsAdded ?? [])
      expect(entry.attributes).toMatchObject({ Eic_State: 'O', ...NOTES });
  }
  return { messages, ids: ids() };
}

describe('an event too large for the log', () => {
  it(
    'is refused at the edge in each dialect’s format; a big but legal snapshot is delivered split; nothing rebuilds, not even after kill -9',
    async () => {
      const { platform } = suite;
      const alice = await IcwsSession.open(platform.baseUrl, 'alice');

      // the poison: one attribute name of 99,000 characters — now ICWS's 400, naming the property
      const poison = await alice.subscribe('poison', [WORKGROUP], ['Eic_State', 'N'.repeat(99_000)]);
      const refused = expectIcwsError(poison, 400);
      expect(refused).toMatchObject({
        errorId: 'error.request.invalidRepresentation.invalidProperty',
        propertyName: 'attributeNames.1',
      });
      expect(refused.message).toContain('must NOT have more than 256 characters');
      // the same bounds in GWS and VCC: their own 400s
      const gws = await suite.http.operateOn(agent('alice'), '100000001', {
        operationName: 'AttachUserData',
        userData: Object.fromEntries(Array.from({ length: 101 }, (_, i) => [`key${String(i)}`, 'v'])),
      });
      expect(bodyOf(gws, 400, 'StatusResponse')).toMatchObject({
        statusMessage: expect.stringContaining('userData must NOT have more than 100 properties'),
      });
      const vcc = await suite.http.invoke({
        requests: [
          { route: 'CrmCallRouting', linkeddata: [{ type: 'interactionproperty', key: 'k'.repeat(257), value: 'v' }] },
        ],
      });
      expect(bodyOf(vcc, 400, 'VccError').message).toContain('must NOT have more than 256 characters');

      // the largest legal subscription, then 12 work items each holding the most custom attributes it may
      expect((await alice.subscribe('first', [WORKGROUP], ATTRIBUTES)).status).toBe(200);
      await snapshotOf(alice, 'first', 0);
      const items: string[] = [];
      for (let i = 0; i < WORK_ITEMS; i += 1) {
        items.push(
          await alice.created({
            __type: GENERIC,
            queueId: WORKGROUP,
            remoteName: `Case ${String(i)}`,
            additionalAttributes: NOTES,
          }),
        );
      }

      // a second subscription: its snapshot (≈ 1.4 MB, over NATS's 1 MB) arrives, cut into several messages
      expect((await alice.subscribe('second', [WORKGROUP], ATTRIBUTES)).status).toBe(200);
      const second = await snapshotOf(alice, 'second', WORK_ITEMS);
      expect(second.ids).toEqual(items);
      expect(second.messages.length).toBeGreaterThan(1);
      expect(second.messages.map((message) => message.isDelta)).toEqual([
        false,
        ...second.messages.slice(1).map(() => true),
      ]);

      // commands stay at normal cost: none rebuilt state from the log
      expect(await alice.attributesOf(items[0] ?? '', 'Eic_State,CaseNotes')).toEqual({
        Eic_State: 'O',
        CaseNotes: NOTES.CaseNotes,
      });
      expect(rebuildsIn(platform.output())).toEqual([]);

      // kill -9, and the next start is an ordinary one: every subscription gets its (split) snapshot again
      const crashed = await platform.pidOf('interactions');
      process.kill(crashed, 'SIGKILL');
      await pollUntil(
        async () => {
          const pid = await platform.pidOf('interactions');
          return pid !== crashed && isAlive(pid) ? pid : undefined;
        },
        { timeoutMs: RECOVERY_TIMEOUT_MS, intervalMs: 50, what: 'a new interactions pid in the pid file' },
      );
      const after = await pollUntil(
        async () => {
          const response = await alice.create({ __type: GENERIC, queueId: WORKGROUP, remoteName: 'After the crash' });
          return response.status === 201 ? response : undefined;
        },
        { timeoutMs: RECOVERY_TIMEOUT_MS, intervalMs: 100, what: 'the interactions service to take commands again' },
      );
      expect(after.status).toBe(201);
      const resent = await snapshotOf(alice, 'first', WORK_ITEMS);
      expect(resent.ids.slice(0, WORK_ITEMS)).toEqual(items);
      expect((await alice.subscribe('third', [WORKGROUP], ['Eic_State'])).status).toBe(200);
      expect((await alice.contents('third', (message) => !message.isDelta)).interactionsAdded).toHaveLength(
        WORK_ITEMS + 1,
      );
      expect(rebuildsIn(platform.output())).toEqual([]);
    },
    TEST_TIMEOUT_MS,
  );
});
