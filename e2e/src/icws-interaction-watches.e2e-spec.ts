// ICWS interaction watches end to end (reference C7; seed 004 contrasts them with queue watches): PUT a watch of one
// interaction, its current values first (isDelta false), then only the watched attributes that changed; DELETE stops
// them; the interaction's end is an interactionDeallocatedMessage. Who may watch is who may read the attributes, and
// what a client sends is bounded.
import { describe, expect, it } from '@jest/globals';
import * as gws from './support/gws-steps.js';
import {
  expectIcwsError,
  IcwsSession,
  INTERACTION_CHANGED,
  INTERACTION_DEALLOCATED,
  type IcwsMessage,
} from './support/icws-client.js';
import { usePlatform } from './support/platform-suite.js';

const TEST_TIMEOUT_MS = 60_000;
const suite = usePlatform();
const open = (username: string): Promise<IcwsSession> => IcwsSession.open(suite.platform.baseUrl, username);

const GENERIC = 'urn:inin.com:interactions:createGenericInteractionParameters';
/** The contract's bounds (InteractionWatchParameters) and the documented cap on watches per session. */
const MAX_ATTRIBUTE_NAMES = 200;
const MAX_WATCHES_PER_SESSION = 100;

const ofWatch = (id: string) => (message: IcwsMessage) => message.interactionID === id;

describe('ICWS interaction watches', () => {
  it(
    'tells a dispatched interaction’s watched values, then only those that changed; DELETE stops them; release deallocates it',
    async () => {
      const id = await gws.dispatchCrm(suite, 'ICWS-WATCH-1');
      const alice = await open('alice');
      const watched = await alice.watch(id, ['Eic_State', 'Eic_UserName', 'CaseNumber', 'Eic_WorkgroupName']);
      expect(watched.status).toBe(200);
      expect(await alice.watched(id)).toEqual({
        __type: INTERACTION_CHANGED,
        isDelta: false,
        interactionID: id,
        attributes: { Eic_State: 'O', Eic_UserName: '', CaseNumber: '', Eic_WorkgroupName: 'CrmCallRouting' },
      });

      // the agent picks it up: the state and the user change, the workgroup does not
      await alice.done(id, 'pickup');
      expect(await alice.watched(id)).toEqual({
        __type: INTERACTION_CHANGED,
        isDelta: true,
        interactionID: id,
        attributes: { Eic_State: 'C', Eic_UserName: 'alice' },
      });
      // a custom attribute set through ICWS, under the name as watched
      await alice.setAttributes(id, { attributes: { casenumber: 'C-42' } });
      expect(await alice.watched(id)).toMatchObject({ isDelta: true, attributes: { CaseNumber: 'C-42' } });
      // mute changes nothing watched: no message; hold does
      await alice.done(id, 'mute', { on: true });
      await alice.done(id, 'hold', { on: true });
      expect(await alice.watched(id)).toMatchObject({ isDelta: true, attributes: { Eic_State: 'H' } });
      expect(alice.received.filter(ofWatch(id))).toHaveLength(4);

      expect((await alice.unwatch(id)).status).toBe(200);
      await alice.done(id, 'hold', { on: false });
      // a watch put after the change reads the state after it: the deleted watch was told nothing of the change
      expect((await alice.watch(id, ['Eic_State'])).status).toBe(200);
      expect(await alice.watched(id)).toMatchObject({ isDelta: false, attributes: { Eic_State: 'C' } });
      expect(alice.received.filter(ofWatch(id)).map((message) => message.attributes?.Eic_State)).toEqual([
        'O',
        'C',
        undefined,
        'H',
        'C',
      ]);

      const [released] = await suite.http.invokeResults({
        requests: [{ action: 'release', externalid: 'ICWS-WATCH-1' }],
      });
      expect(released).toMatchObject({ outcome: 'released' });
      expect(await alice.watched(id, INTERACTION_DEALLOCATED)).toEqual({
        __type: INTERACTION_DEALLOCATED,
        isDelta: false,
        interactionID: id,
      });
      // the watch ended with it: watching it again is the attribute read's 404, and DELETE is harmless
      expectIcwsError(await alice.watch(id, ['Eic_State']), 404);
      expect((await alice.unwatch(id)).status).toBe(200);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'tells each session only its own watches, and refuses an interaction that does not exist as the attribute read does',
    async () => {
      const bob = await open('bob');
      const carol = await open('carol');
      const id = await bob.created({
        __type: 'urn:inin.com:interactions:createCallParameters',
        target: '+441632960030',
      });
      await bob.watch(id, ['Eic_State']);
      await bob.watched(id);
      await carol.watch(id, ['Eic_RemoteAddress']);
      expect(await carol.watched(id)).toMatchObject({
        isDelta: false,
        attributes: { Eic_RemoteAddress: '+441632960030' },
      });
      await bob.done(id, 'hold', { on: true });
      await bob.watched(id);
      await bob.done(id, 'disconnect');
      await bob.watched(id, INTERACTION_DEALLOCATED);
      await carol.watched(id, INTERACTION_DEALLOCATED);
      expect(carol.received.filter(ofWatch(id)).map((message) => message.__type)).toEqual([
        INTERACTION_CHANGED,
        INTERACTION_DEALLOCATED,
      ]);

      const read = expectIcwsError(await bob.attributes('987654321', 'Eic_State'), 404);
      const watch = expectIcwsError(await bob.watch('987654321', ['Eic_State']), 404);
      expect(watch.errorId).toBe(read.errorId);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    `bounds what a client asks: 1 to ${MAX_ATTRIBUTE_NAMES} attribute names, each named once, and ${MAX_WATCHES_PER_SESSION} watches a session`,
    async () => {
      const sam = await open('sam');
      const created = async (): Promise<string> =>
        sam.created({ __type: GENERIC, queueId: { queueType: 1, queueName: 'sam' }, remoteName: 'Bulk' });
      const id = await created();
      for (const attributeNames of [
        [],
        Array.from({ length: MAX_ATTRIBUTE_NAMES + 1 }, (_, i) => `Attribute${String(i)}`),
        ['x'.repeat(257)],
        [''],
        'Eic_State',
      ])
        expectIcwsError(await sam.watch(id, attributeNames), 400);
      expectIcwsError(
        await sam.call(
          'PUT',
          '/icws/{sessionId}/messaging/subscriptions/interactions/{interactionId}',
          { interactionId: id },
          { body: {} },
        ),
        400,
      );
      const twice = expectIcwsError(await sam.watch(id, ['Eic_State', 'EIC_STATE']), 400);
      expect(twice.message).toContain('more than once');

      const ids = [id];
      while (ids.length < MAX_WATCHES_PER_SESSION + 1) ids.push(await created());
      for (const watched of ids.slice(0, MAX_WATCHES_PER_SESSION))
        expect((await sam.watch(watched, ['Eic_State'])).status).toBe(200);
      const over = expectIcwsError(await sam.watch(ids[MAX_WATCHES_PER_SESSION] ?? '', ['Eic_State']), 400);
      expect(over.message).toContain(`at most ${String(MAX_WATCHES_PER_SESSION)}`);
      // replacing a watch is not one more, and ending one makes room
      expect((await sam.watch(id, ['Eic_RemoteName'])).status).toBe(200);
      expect((await sam.unwatch(id)).status).toBe(200);
      expect((await sam.watch(ids[MAX_WATCHES_PER_SESSION] ?? '', ['Eic_State'])).status).toBe(200);
    },
    TEST_TIMEOUT_MS,
  );
});
