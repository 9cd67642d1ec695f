// ICWS queue subscriptions and messages end to end (reference C5–C6, checklist 7–14): the snapshot, then deltas with
// only what changed; create-or-replace and DELETE; who may see which queue; short polling, server-sent events, and a
// client that stops reading.
import { describe, expect, it } from '@jest/globals';
import { expectIcwsError, IcwsSession, QUEUE_CONTENTS, QUEUE_TYPE, type IcwsMessage } from './support/icws-client.js';
import { usePlatform } from './support/platform-suite.js';

const TEST_TIMEOUT_MS = 40_000;
/** Small, so the suite can show what happens to a client that stops reading. */
const MESSAGE_QUEUE_LIMIT = 20;
const suite = usePlatform(() => ({ ICWS_MESSAGE_QUEUE_LIMIT: String(MESSAGE_QUEUE_LIMIT) }));
const open = (username: string): Promise<IcwsSession> => IcwsSession.open(suite.platform.baseUrl, username);

const CALL = 'urn:inin.com:interactions:createCallParameters';
const CALLBACK = 'urn:inin.com:interactions.callback:createCallbackParameters';
const userQueue = (username: string) => ({ queueType: QUEUE_TYPE.user, queueName: username });
const ATTRIBUTES = ['Eic_State', 'Eic_RemoteAddress', 'Eic_Muted'];

const idsOf = (entries: { interactionId: string }[] | undefined): string[] =>
  (entries ?? []).map((entry) => entry.interactionId);
const added = (id: string) => (message: IcwsMessage) => idsOf(message.interactionsAdded).includes(id);
const changed = (id: string) => (message: IcwsMessage) => idsOf(message.interactionsChanged).includes(id);
const removed = (id: string) => (message: IcwsMessage) => (message.interactionsRemoved ?? []).includes(id);

describe('ICWS queue subscriptions', () => {
  it(
    'starts with a full snapshot (isDelta false), then deltas: added with every subscribed attribute, changed with only what changed, removed by id',
    async () => {
      const alice = await open('alice');
      const before = await alice.created({ __type: CALL, target: '+441632960010' });
      expect((await alice.subscribe('mine', [userQueue('alice')], ATTRIBUTES)).status).toBe(200);

      const snapshot = await alice.contents('mine');
      expect(snapshot).toMatchObject({ __type: QUEUE_CONTENTS, isDelta: false, subscriptionId: 'mine' });
      expect(snapshot.interactionsAdded).toEqual([
        { interactionId: before, attributes: { Eic_State: 'C', Eic_RemoteAddress: '+441632960010', Eic_Muted: '0' } },
      ]);

      const id = await alice.created({
        __type: CALLBACK,
        target: '+441632960011',
        targetQueue: userQueue('alice'),
        subject: 'Later',
      });
      const arrival = await alice.contents('mine', added(id));
      expect(arrival.isDelta).toBe(true);
      expect(arrival.interactionsAdded?.find((entry) => entry.interactionId === id)?.attributes).toEqual({
        Eic_State: 'O',
        Eic_RemoteAddress: '+441632960011',
        Eic_Muted: '0',
      });

      await alice.done(before, 'mute', { on: true });
      const muted = await alice.contents('mine', changed(before));
      expect(muted).toMatchObject({
        isDelta: true,
        interactionsChanged: [{ interactionId: before, attributes: { Eic_Muted: '1' } }],
      });

      await alice.done(before, 'hold', { on: true });
      expect((await alice.contents('mine', changed(before))).interactionsChanged).toEqual([
        { interactionId: before, attributes: { Eic_State: 'H' } },
      ]);

      await alice.done(before, 'disconnect');
      expect((await alice.contents('mine', removed(before))).interactionsRemoved).toEqual([before]);
      await alice.done(id, 'pickup');
      await alice.done(id, 'disconnect');
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'shows a custom attribute change to subscribers, under the name they subscribed with',
    async () => {
      const bob = await open('bob');
      const id = await bob.created({ __type: CALL, target: '+441632960012' });
      await bob.subscribe('attrs', [{ queueType: QUEUE_TYPE.system, queueName: 'bob' }], ['casenumber']);
      expect((await bob.contents('attrs')).interactionsAdded).toEqual([
        { interactionId: id, attributes: { casenumber: '' } },
      ]);
      await bob.setAttributes(id, { attributes: { CaseNumber: 'C-77' } });
      expect((await bob.contents('attrs', changed(id))).interactionsChanged).toEqual([
        { interactionId: id, attributes: { casenumber: 'C-77' } },
      ]);
      await bob.done(id, 'disconnect');
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'replaces a subscription PUT again under the same id (a new snapshot), and DELETE ends it',
    async () => {
      const carol = await open('carol');
      const id = await carol.created({ __type: CALL, target: '+441632960013' });
      await carol.subscribe('q', [userQueue('carol')], ['Eic_State']);
      expect((await carol.contents('q')).interactionsAdded).toEqual([
        { interactionId: id, attributes: { Eic_State: 'C' } },
      ]);
      await carol.subscribe('q', [{ queueType: QUEUE_TYPE.station, queueName: 'carol' }], ['Eic_RemoteAddress']);
      const replaced = await carol.contents('q');
      expect(replaced).toMatchObject({
        isDelta: false,
        interactionsAdded: [{ interactionId: id, attributes: { Eic_RemoteAddress: '+441632960013' } }],
      });

      const deleted = await carol.unsubscribe('q');
      expect(deleted.status).toBe(200);
      await carol.done(id, 'hold', { on: true });
      // a change after DELETE reaches a subscription that still exists, never the deleted one
      await carol.subscribe('after', [userQueue('carol')], ['Eic_State']);
      await carol.contents('after');
      expect(carol.received.filter((message) => message.subscriptionId === 'q' && changed(id)(message))).toEqual([]);
      await carol.done(id, 'disconnect');
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'lets an agent see its own queue and every workgroup, another user’s queue only as a supervisor',
    async () => {
      const bob = await open('bob');
      const refused = await bob.subscribe('spy', [userQueue('alice')], ['Eic_State']);
      expectIcwsError(refused, 403);
      expect(
        (await bob.subscribe('wg', [{ queueType: QUEUE_TYPE.workgroup, queueName: 'crmcallrouting' }], ['Eic_State']))
          .status,
      ).toBe(200);
      const unknown = await bob.subscribe(
        'none',
        [{ queueType: QUEUE_TYPE.workgroup, queueName: 'NoSuchWorkgroup' }],
        ['Eic_State'],
      );
      expectIcwsError(unknown, 404);
      const sam = await open('sam');
      expect((await sam.subscribe('team', [userQueue('alice'), userQueue('bob')], ['Eic_State'])).status).toBe(200);
      expect(await sam.contents('team')).toMatchObject({ isDelta: false });
    },
    TEST_TIMEOUT_MS,
  );
});

describe('ICWS messages', () => {
  it(
    'answers a short poll at once, [] when nothing waits, and hands each message over once, in order',
    async () => {
      const alice = await open('alice');
      expect(await alice.poll()).toEqual([]);
      await alice.subscribe('order', [userQueue('alice')], ['Eic_State']);
      const id = await alice.created({ __type: CALL, target: '+441632960020' });
      await alice.done(id, 'hold', { on: true });
      await alice.done(id, 'hold', { on: false });
      await alice.contents(
        'order',
        (message) => changed(id)(message) && message.interactionsChanged?.[0]?.attributes.Eic_State === 'C',
      );
      const states = alice.received
        .filter((message) => message.subscriptionId === 'order')
        .flatMap((message) => [...(message.interactionsAdded ?? []), ...(message.interactionsChanged ?? [])])
        .map((entry) => entry.attributes.Eic_State);
      expect(states).toEqual(['C', 'H', 'C']);
      expect(await alice.poll()).toEqual([]); // nothing twice
      await alice.done(id, 'disconnect');
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'streams the same messages as server-sent events with Accept: text/event-stream',
    async () => {
      const bob = await open('bob');
      const stream = await bob.stream(AbortSignal.timeout(20_000));
      try {
        await bob.subscribe('live', [userQueue('bob')], ['Eic_State']);
        await stream.until((message) => message.subscriptionId === 'live' && !message.isDelta);
        const id = await bob.created({ __type: CALL, target: '+441632960021' });
        const arrival = await stream.until((message) => message.subscriptionId === 'live' && added(id)(message));
        expect(arrival.interactionsAdded).toEqual([{ interactionId: id, attributes: { Eic_State: 'C' } }]);
        await bob.done(id, 'disconnect');
        await stream.until((message) => removed(id)(message));
      } finally {
        await stream.close();
      }
    },
    TEST_TIMEOUT_MS,
  );

  it(
    `drops what a client left unread past ${MESSAGE_QUEUE_LIMIT} messages, then resends a full snapshot so it recovers`,
    async () => {
      const carol = await open('carol');
      await carol.subscribe('slow', [userQueue('carol')], ['Eic_State']);
      const id = await carol.created({ __type: CALL, target: '+441632960022' });
      for (let i = 0; i < MESSAGE_QUEUE_LIMIT; i += 1) await carol.done(id, 'hold', { on: i % 2 === 0 });
      // the client reads again: what it gets next is a snapshot of now, not a stale delta
      const recovered = await carol.contents(
        'slow',
        (message) => !message.isDelta && idsOf(message.interactionsAdded).includes(id),
      );
      expect(recovered.interactionsAdded).toEqual([{ interactionId: id, attributes: { Eic_State: 'C' } }]);
      const deltasBeforeIt = carol.received
        .slice(0, carol.received.indexOf(recovered))
        .filter((message) => message.isDelta);
      expect(deltasBeforeIt.length).toBeLessThan(MESSAGE_QUEUE_LIMIT);
      await carol.done(id, 'disconnect');
    },
    TEST_TIMEOUT_MS,
  );
});
