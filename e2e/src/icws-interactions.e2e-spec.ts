// ICWS interactions end to end (reference C8–C9, checklist 2, 6, 15–20): creating calls, callbacks and work items,
// reading and setting attributes, and the actions that change them.
import { describe, expect, it } from '@jest/globals';
import { bodyOf } from './support/contract-http.js';
import { expectIcwsError, icwsBody, IcwsSession, QUEUE_TYPE } from './support/icws-client.js';
import { usePlatform } from './support/platform-suite.js';

const TEST_TIMEOUT_MS = 40_000;
const suite = usePlatform();
const open = (username: string): Promise<IcwsSession> => IcwsSession.open(suite.platform.baseUrl, username);

const CALL = 'urn:inin.com:interactions:createCallParameters';
const CALLBACK = 'urn:inin.com:interactions.callback:createCallbackParameters';
const GENERIC = 'urn:inin.com:interactions:createGenericInteractionParameters';
const CRM_WORKGROUP = { queueType: QUEUE_TYPE.workgroup, queueName: 'CrmCallRouting' };

/** An agent's own call, connected to it. */
const call = (session: IcwsSession, target = '+441632960001'): Promise<string> =>
  session.created({ __type: CALL, target, workgroup: 'CrmCallRouting' });

describe('ICWS interactions', () => {
  it(
    'creates a call connected to the session user; GET ?select= answers exactly the selected attributes, as strings, names case-insensitive',
    async () => {
      const alice = await open('alice');
      const created = await alice.create({ __type: CALL, target: '+441632960001', workgroup: 'CrmCallRouting' });
      const { interactionId } = icwsBody(created, 201, 'InteractionCreated');
      expect(interactionId).toMatch(/^\d+$/);

      const select =
        'Eic_State,eic_remoteaddress,EIC_WORKGROUPNAME,Eic_CallDirection,Eic_UserName,Eic_ObjectType,Eic_CallStateString';
      const attributes = await alice.attributesOf(interactionId, select);
      expect(Object.keys(attributes).sort()).toEqual(select.split(',').sort());
      for (const value of Object.values(attributes)) expect(typeof value).toBe('string');
      expect(attributes).toEqual({
        Eic_State: 'C',
        eic_remoteaddress: '+441632960001',
        EIC_WORKGROUPNAME: 'CrmCallRouting',
        Eic_CallDirection: 'O',
        Eic_UserName: 'alice',
        Eic_ObjectType: 'Call',
        Eic_CallStateString: 'Connected',
      });
      // no select: the id alone, as Eic_CallId
      expect(icwsBody(await alice.attributes(interactionId), 200, 'InteractionAttributes')).toEqual({
        attributes: { Eic_CallId: interactionId },
      });
      await alice.done(interactionId, 'disconnect');
      expectIcwsError(await alice.attributes(interactionId, 'Eic_State'), 404);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'answers an unknown __type with 400 and an unknown interaction with 404, each with an errorId and a message',
    async () => {
      const bob = await open('bob');
      expectIcwsError(
        await bob.create({ __type: 'urn:inin.com:interactions:createTeleportParameters', target: 'x' }),
        400,
      );
      expectIcwsError(await bob.create({ target: '+441632960002' }), 400);
      expectIcwsError(await bob.create({ __type: CALL }), 400);
      expectIcwsError(await bob.attributes('999999999', 'Eic_State'), 404);
      expectIcwsError(await bob.act('999999999', 'hold', { on: true }), 404);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'sets custom attributes, read back under any case; appendMode appends; Eic_ attributes are the system’s',
    async () => {
      const alice = await open('alice');
      const id = await call(alice);
      expect((await alice.setAttributes(id, { attributes: { CaseNumber: 'C-1001', Tier: 'Gold' } })).status).toBe(200);
      expect(await alice.attributesOf(id, 'casenumber,TIER,Missing')).toEqual({
        casenumber: 'C-1001',
        TIER: 'Gold',
        Missing: '',
      });
      expect((await alice.setAttributes(id, { attributes: { CaseNumber: '-reopened' }, appendMode: 1 })).status).toBe(
        200,
      );
      expect(await alice.attributesOf(id, 'CaseNumber')).toEqual({ CaseNumber: 'C-1001-reopened' });
      expectIcwsError(await alice.setAttributes(id, { attributes: { Eic_State: 'X' } }), 400);
      expect(await alice.attributesOf(id, 'Eic_State')).toEqual({ Eic_State: 'C' });
      await alice.done(id, 'disconnect');
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'hold, mute, record, pause, park and pickup change Eic_State, Eic_Muted and Eic_Recorders',
    async () => {
      const carol = await open('carol');
      const id = await call(carol);
      const state = async (): Promise<string | undefined> => (await carol.attributesOf(id, 'Eic_State')).Eic_State;

      await carol.done(id, 'hold', { on: true });
      expect(await state()).toBe('H');
      await carol.done(id, 'hold', { on: false });
      expect(await state()).toBe('C');

      await carol.done(id, 'mute', { on: true });
      expect(await carol.attributesOf(id, 'Eic_Muted')).toEqual({ Eic_Muted: '1' });
      await carol.done(id, 'mute', { on: false });
      expect(await carol.attributesOf(id, 'Eic_Muted')).toEqual({ Eic_Muted: '0' });

      await carol.done(id, 'record', { on: true, supervisor: false });
      expect(await carol.attributesOf(id, 'Eic_Recorders,Eic_RecordersSupv')).toEqual({
        Eic_Recorders: 'carol',
        Eic_RecordersSupv: '',
      });
      await carol.done(id, 'pause', { on: true });
      await carol.done(id, 'pause', { on: false });
      await carol.done(id, 'record', { on: false, supervisor: false });
      expect(await carol.attributesOf(id, 'Eic_Recorders')).toEqual({ Eic_Recorders: '' });
      expect((await carol.act(id, 'pause', { on: true })).status).toBeGreaterThanOrEqual(400); // nothing is recording

      await carol.done(id, 'park');
      expect(await state()).toBe('P');
      await carol.done(id, 'pickup');
      expect(await state()).toBe('C');
      await carol.done(id, 'disconnect');
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'holds several calls as a phone does: placing a call, or picking up a held one, holds the call the user is on',
    async () => {
      const carol = await open('carol');
      const first = await call(carol, '+441632960010');
      const second = await call(carol, '+441632960011');
      const states = async (): Promise<(string | undefined)[]> =>
        Promise.all([first, second].map(async (id) => (await carol.attributesOf(id, 'Eic_State')).Eic_State));
      expect(await states()).toEqual(['H', 'C']);
      await carol.done(first, 'pickup');
      expect(await states()).toEqual(['C', 'H']);
      await carol.done(first, 'disconnect');
      await carol.done(second, 'disconnect');
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'queues a callback into a workgroup and a work item into a user queue; the right user picks each up, others may not act on them',
    async () => {
      const alice = await open('alice');
      const bob = await open('bob');
      const callback = await alice.created({
        __type: CALLBACK,
        target: '+441632960003',
        targetQueue: CRM_WORKGROUP,
        subject: 'Call me back',
      });
      expect(await alice.attributesOf(callback, 'Eic_State,Eic_ObjectType,Eic_WorkgroupName,Eic_Subject')).toEqual({
        Eic_State: 'O',
        Eic_ObjectType: 'Callback',
        Eic_WorkgroupName: 'CrmCallRouting',
        Eic_Subject: 'Call me back',
      });
      const item = await alice.created({
        __type: GENERIC,
        queueId: { queueType: QUEUE_TYPE.user, queueName: 'bob' },
        remoteName: 'Ticket 42',
      });
      expect(await bob.attributesOf(item, 'Eic_State,Eic_RemoteName')).toEqual({
        Eic_State: 'O',
        Eic_RemoteName: 'Ticket 42',
      });

      // nobody handles them yet: holding one is refused
      const refused = await bob.act(callback, 'hold', { on: true });
      expect(refused.status).toBeGreaterThanOrEqual(400);
      expect(refused.status).toBeLessThan(500);

      await alice.done(callback, 'pickup');
      expect(await alice.attributesOf(callback, 'Eic_State,Eic_UserName')).toEqual({
        Eic_State: 'C',
        Eic_UserName: 'alice',
      });
      // only bob may take what waits in bob's queue
      expect((await alice.act(item, 'pickup')).status).toBeGreaterThanOrEqual(400);
      await bob.done(item, 'pickup');
      expect(await bob.attributesOf(item, 'Eic_State,Eic_UserName')).toEqual({ Eic_State: 'C', Eic_UserName: 'bob' });
      // and one agent cannot disconnect what another handles
      expect((await alice.act(item, 'disconnect')).status).toBeGreaterThanOrEqual(400);
      await bob.done(item, 'disconnect');
      await alice.done(callback, 'disconnect');
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'applies the provider’s permitted actions (VCC Register): no hold for a provider that does not permit it',
    async () => {
      const registered = await suite.http.register({
        provider: 'NoHoldCrm',
        agentactionspermitted: { release: 1, hold: 0 },
      });
      expect(bodyOf(registered, 200, 'RegisterResponse')).toMatchObject({ provider: 'NoHoldCrm' });
      const [result] = await suite.http.invokeResults({
        provider: 'NoHoldCrm',
        requests: [{ externalid: 'ICWS-NOHOLD', route: 'CrmCallRouting' }],
      });
      const id = result?.interactionid ?? '';
      const alice = await open('alice');
      await alice.done(id, 'pickup');
      expectIcwsError(await alice.act(id, 'hold', { on: true }), 403);
      expectIcwsError(await alice.act(id, 'park'), 403);
      expect(await alice.attributesOf(id, 'Eic_State')).toEqual({ Eic_State: 'C' });
      await alice.done(id, 'disconnect'); // release is permitted
    },
    TEST_TIMEOUT_MS,
  );
});
