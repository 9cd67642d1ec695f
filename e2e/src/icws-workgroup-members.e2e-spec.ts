// ICWS workgroup membership end to end (issue 15, point 3): the demo tenant's dave is a member of Support and
// InsideSales, erin of OutsideSales, sam a supervisor. One rule answers every way of asking about an interaction:
// a workgroup's queue is subscribed to, and what waits in it read and picked up, by its members and supervisors
// alone. An interaction a user may not see is answered exactly as one that does not exist (404); a queue it may not
// watch is 403, as another user's queue is.
import { describe, expect, it } from '@jest/globals';
import { expectIcwsError, IcwsSession, QUEUE_TYPE, type IcwsMessage } from './support/icws-client.js';
import { usePlatform } from './support/platform-suite.js';

const TEST_TIMEOUT_MS = 40_000;
const suite = usePlatform();
const open = (username: string): Promise<IcwsSession> => IcwsSession.open(suite.platform.baseUrl, username);

const CALLBACK = 'urn:inin.com:interactions.callback:createCallbackParameters';
const workgroup = (queueName: string) => ({ queueType: QUEUE_TYPE.workgroup, queueName });
const UNKNOWN_ID = '999999999';

const added = (id: string) => (message: IcwsMessage) =>
  (message.interactionsAdded ?? []).some((entry) => entry.interactionId === id);

/** A callback waiting in the workgroup, queued by carol (who lists no workgroups: she may queue into any). */
async function waitingCallback(carol: IcwsSession, queueName: string, target: string): Promise<string> {
  return carol.created({ __type: CALLBACK, target, targetQueue: workgroup(queueName), subject: 'Call me back' });
}

/** What the user gets for an interaction it may not see: what it gets for one that does not exist, id aside. */
async function expectNotFoundAsUnknown(
  session: IcwsSession,
  id: string,
  answer: Promise<{ status: number; body: unknown }>,
): Promise<void> {
  const denied = expectIcwsError(await answer, 404);
  const unknown = expectIcwsError(await session.attributes(UNKNOWN_ID, 'Eic_State'), 404);
  expect(denied).toEqual({ ...unknown, message: unknown.message.replace(UNKNOWN_ID, id) });
}

describe('ICWS workgroup membership', () => {
  it(
    'lets a member subscribe to its workgroup, read and pick up what waits there; a non-member gets 403 for the queue and 404 for the interaction',
    async () => {
      const [carol, dave, erin] = await Promise.all([open('carol'), open('dave'), open('erin')]);
      expect((await dave.subscribe('support', [workgroup('support')], ['Eic_State'])).status).toBe(200);
      const refused = expectIcwsError(await erin.subscribe('support', [workgroup('Support')], ['Eic_State']), 403);
      expect(refused.errorId).toBe('error.request.accessDenied');
      expect((await erin.subscribe('mine', [workgroup('OutsideSales')], ['Eic_State'])).status).toBe(200);

      const id = await waitingCallback(carol, 'Support', '+441632960101');
      const arrival = await dave.contents('support', added(id));
      expect(arrival.interactionsAdded?.find((entry) => entry.interactionId === id)?.attributes).toEqual({
        Eic_State: 'O',
      });
      await expectNotFoundAsUnknown(erin, id, erin.attributes(id, 'Eic_State'));
      await expectNotFoundAsUnknown(erin, id, erin.act(id, 'pickup'));
      expect(await dave.attributesOf(id, 'Eic_State,Eic_WorkgroupName')).toEqual({
        Eic_State: 'O',
        Eic_WorkgroupName: 'Support',
      });

      await dave.done(id, 'pickup');
      expect(await dave.attributesOf(id, 'Eic_State,Eic_UserName')).toEqual({ Eic_State: 'C', Eic_UserName: 'dave' });
      await expectNotFoundAsUnknown(erin, id, erin.attributes(id, 'Eic_State'));
      // an agent that lists no workgroups keeps the open rights it had before membership
      expect(await carol.attributesOf(id, 'Eic_UserName')).toEqual({ Eic_UserName: 'dave' });
      await dave.done(id, 'disconnect');
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'lets a supervisor subscribe to, read and pick up from any workgroup, and keeps its members’ rights to members',
    async () => {
      const [carol, dave, sam] = await Promise.all([open('carol'), open('dave'), open('sam')]);
      const queues = [workgroup('Support'), workgroup('InsideSales'), workgroup('OutsideSales')];
      expect((await sam.subscribe('all', queues, ['Eic_State'])).status).toBe(200);
      expectIcwsError(await dave.subscribe('outside', [workgroup('OutsideSales')], ['Eic_State']), 403);

      const id = await waitingCallback(carol, 'OutsideSales', '+441632960102');
      await sam.contents('all', added(id));
      expect(await sam.attributesOf(id, 'Eic_State')).toEqual({ Eic_State: 'O' });
      await expectNotFoundAsUnknown(dave, id, dave.act(id, 'pickup'));
      await sam.done(id, 'pickup');
      expect(await sam.attributesOf(id, 'Eic_State,Eic_UserName')).toEqual({ Eic_State: 'C', Eic_UserName: 'sam' });
      await expectNotFoundAsUnknown(dave, id, dave.attributes(id, 'Eic_State'));
      await sam.done(id, 'disconnect');
    },
    TEST_TIMEOUT_MS,
  );
});
