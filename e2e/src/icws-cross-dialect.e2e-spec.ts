// One domain under three dialects: what a VCC dispatch, a GWS desktop and an ICWS client each see of the same
// interactions (issue 6 acceptance).
import { describe, expect, it } from '@jest/globals';
import { notification } from './support/agents.js';
import * as gws from './support/gws-steps.js';
import { ACCEPTED } from './support/gws-steps.js';
import { IcwsSession, QUEUE_TYPE, type IcwsMessage } from './support/icws-client.js';
import { usePlatform } from './support/platform-suite.js';

const TEST_TIMEOUT_MS = 60_000;
const suite = usePlatform();
const open = (username: string): Promise<IcwsSession> => IcwsSession.open(suite.platform.baseUrl, username);
const CRM_WORKGROUP = { queueType: QUEUE_TYPE.workgroup, queueName: 'CrmCallRouting' };

const addedIds = (message: IcwsMessage): string[] =>
  (message.interactionsAdded ?? []).map((entry) => entry.interactionId);

describe('ICWS with VCC and GWS', () => {
  it(
    'shows an interaction dispatched through the VCC API in an ICWS workgroup subscription, waiting, then alerting and connected',
    async () => {
      const sam = await open('sam');
      await sam.subscribe('crm', [CRM_WORKGROUP], ['Eic_State', 'Eic_WorkgroupName', 'Eic_UserName']);
      await sam.contents('crm');
      const id = await gws.dispatchCrm(suite, 'ICWS-WG-1');
      const arrival = await sam.contents('crm', (message) => addedIds(message).includes(id));
      expect(arrival.interactionsAdded?.find((entry) => entry.interactionId === id)?.attributes).toEqual({
        Eic_State: 'O',
        Eic_WorkgroupName: 'CrmCallRouting',
        Eic_UserName: '',
      });

      const { credentials, desktop } = await gws.readyDesktop(suite, 'alice');
      await notification(desktop, { state: 'Invited', id });
      const changeOf = (message: IcwsMessage) =>
        message.interactionsChanged?.find((entry) => entry.interactionId === id)?.attributes;
      const alerting = await sam.contents('crm', (message) => changeOf(message)?.Eic_State === 'A');
      expect(changeOf(alerting)).toEqual({ Eic_State: 'A', Eic_UserName: 'alice' });
      expect(await gws.operationStatus(suite, credentials, id, { operationName: 'Accept' })).toEqual(ACCEPTED);
      const connected = await sam.contents('crm', (message) => changeOf(message)?.Eic_State === 'C');
      expect(changeOf(connected)).toEqual({ Eic_State: 'C' }); // only what changed

      // an ICWS hold by the agent shows on its GWS desktop, live and when it reads its interactions; GWS Retrieve
      // takes it back, and an ICWS pickup after a second hold too
      const alice = await open('alice');
      expect(await suite.http.user(credentials)).toMatchObject({ ready: true }); // an ICWS sign-in leaves the GWS agent ready
      await alice.done(id, 'hold', { on: true });
      expect(await notification(desktop, { state: 'Held', id })).toMatchObject({ capabilities: ['Retrieve'] });
      const listed = await suite.http.myInteractions(credentials, '*');
      expect(listed.body).toMatchObject({
        statusCode: 0,
        interactions: [{ id, state: 'Held', capabilities: ['Retrieve'] }],
      });
      expect(await gws.operationStatus(suite, credentials, id, { operationName: 'Retrieve' })).toEqual(ACCEPTED);
      await notification(desktop, { state: 'Processing', id });
      expect(await alice.attributesOf(id, 'Eic_State')).toEqual({ Eic_State: 'C' });
      await alice.done(id, 'hold', { on: true });
      await notification(desktop, { state: 'Held', id });
      await alice.done(id, 'pickup');
      await desktop.waitFor(
        (message) =>
          message.id === id &&
          message.state === 'Processing' &&
          desktop.received.indexOf(message) > desktop.received.findLastIndex((m) => m.state === 'Held'),
      );
      await alice.done(id, 'disconnect');
      await notification(desktop, { state: 'Completed', id });
      await sam.contents('crm', (message) => (message.interactionsRemoved ?? []).includes(id));
      expect(await suite.http.operateStatus(credentials, 'NotReady')).toEqual({ statusCode: 0 });
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'delivers an ICWS blind-transfer to a user queue to that agent’s GWS desktop, and to its ICWS user queue',
    async () => {
      const carol = await open('carol');
      const bobIcws = await open('bob');
      await bobIcws.subscribe(
        'mine',
        [{ queueType: QUEUE_TYPE.user, queueName: 'bob' }],
        ['Eic_State', 'Eic_RemoteAddress'],
      );
      await bobIcws.contents('mine');
      const { credentials, desktop } = await gws.readyDesktop(suite, 'bob');

      const byQueue = await carol.created({
        __type: 'urn:inin.com:interactions:createCallParameters',
        target: '+441632960030',
      });
      await carol.done(byQueue, 'blind-transfer', { queueID: { queueType: QUEUE_TYPE.user, queueName: 'bob' } });
      await notification(desktop, { state: 'Invited', id: byQueue });
      const alerting = await bobIcws.contents('mine', (message) => addedIds(message).includes(byQueue));
      expect(alerting.interactionsAdded?.find((entry) => entry.interactionId === byQueue)?.attributes).toEqual({
        Eic_State: 'A',
        Eic_RemoteAddress: '+441632960030',
      });
      await bobIcws.done(byQueue, 'pickup');
      await notification(desktop, { state: 'Processing', id: byQueue });
      await bobIcws.done(byQueue, 'disconnect');

      // the target's other spelling: user:<name>
      const byTarget = await carol.created({
        __type: 'urn:inin.com:interactions:createCallParameters',
        target: '+441632960031',
      });
      await carol.done(byTarget, 'blind-transfer', { target: 'user:bob' });
      await notification(desktop, { state: 'Invited', id: byTarget });
      expect(await carol.attributesOf(byTarget, 'Eic_State,Eic_UserName')).toEqual({
        Eic_State: 'A',
        Eic_UserName: 'bob',
      });
      await bobIcws.done(byTarget, 'pickup');
      await bobIcws.done(byTarget, 'disconnect');
      expect(await suite.http.operateStatus(credentials, 'NotReady')).toEqual({ statusCode: 0 });

      // bob not ready: it waits in bob's queue, for bob alone, and reaches him when he is ready
      const waiting = await carol.created({
        __type: 'urn:inin.com:interactions:createCallParameters',
        target: '+441632960032',
      });
      await carol.done(waiting, 'blind-transfer', { queueID: { queueType: QUEUE_TYPE.user, queueName: 'bob' } });
      expect(await carol.attributesOf(waiting, 'Eic_State,Eic_UserName')).toEqual({ Eic_State: 'O', Eic_UserName: '' });
      const queued = await bobIcws.contents('mine', (message) => addedIds(message).includes(waiting));
      expect(queued.interactionsAdded?.find((entry) => entry.interactionId === waiting)?.attributes).toMatchObject({
        Eic_State: 'O',
      });
      expect(await suite.http.operateStatus(credentials, 'Ready')).toEqual({ statusCode: 0 });
      await notification(desktop, { state: 'Invited', id: waiting });
      await bobIcws.done(waiting, 'pickup');
      await bobIcws.done(waiting, 'disconnect');
      expect(await suite.http.operateStatus(credentials, 'NotReady')).toEqual({ statusCode: 0 });
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'shows ICWS custom attributes to the GWS agent as user data',
    async () => {
      const { desktop } = await gws.readyDesktop(suite, 'AgentUsername');
      const icws = await open('AgentUsername');
      const id = await gws.dispatchCrm(suite, 'ICWS-UD-1');
      await notification(desktop, { state: 'Invited', id });
      await icws.done(id, 'pickup');
      await notification(desktop, { state: 'Processing', id });
      await icws.setAttributes(id, { attributes: { CaseNumber: 'C-3003' } });
      const updated = await desktop.waitFor(
        (message) => message.id === id && message.notificationType === 'PropertiesUpdated',
      );
      expect(updated.userData).toMatchObject({ CaseNumber: 'C-3003' });
      await icws.done(id, 'disconnect');
    },
    TEST_TIMEOUT_MS,
  );
});
