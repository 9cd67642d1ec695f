// The ICWS seed (004) end to end, every example sent as the vendor wrote it — the same bytes, tabs included — to
// the demo tenant: a call on behalf of the Support workgroup, attributes by `select`, hold, mute, record,
// blind-transfer to John.Smith, the two queue subscriptions and the unsubscribe.
import { describe, expect, it } from '@jest/globals';
import { IcwsSession, QUEUE_CONTENTS } from './support/icws-client.js';
import { usePlatform } from './support/platform-suite.js';

const TEST_TIMEOUT_MS = 40_000;
const suite = usePlatform();
const open = (username: string): Promise<IcwsSession> => IcwsSession.open(suite.platform.baseUrl, username);

const CREATE_CALL = `{
	"__type": "urn:inin.com:interactions:createCallParameters",
	"target": "555-0123",
	"workgroup": "Support"
}`;
const HOLD = `{
	"on" : true
}`;
const MUTE = HOLD;
const RECORD = `{
	"on" : true,
	"supervisor" : false
}`;
const BLIND_TRANSFER = `{
	"target" : "user:John.Smith"
}`;
const INTERACTION_STATES = `{
	"queueIds": [
		{
			"queueType": 0,
			"queueName": "MyUserName"
		},
		{
			"queueType": 1,
			"queueName": "John.Smith"
		}
	],
	"attributeNames": [
		"Eic_State"
	]
}`;
const SALES_STATES_AND_TIMES = `{
	"queueIds": [
		{
			"queueType": 2,
			"queueName": "InsideSales"
		},
		{
			"queueType": 2,
			"queueName": "OutsideSales"
		}
	],
	"attributeNames": [
		"Eic_State",
		"Eic_ConnectDurationTime"
	]
}`;

const SUBSCRIPTION_PATH = '/icws/{sessionId}/messaging/subscriptions/queues/{subscriptionId}';
const ACTION_PATH = '/icws/{sessionId}/interactions/{interactionId}/';

describe('the ICWS seed examples, verbatim, on the demo tenant', () => {
  it(
    'creates the Support call to 555-0123, reads Eic_RemoteName and Eic_State, holds, mutes, records and blind-transfers it to John.Smith',
    async () => {
      const me = await open('MyUserName');
      const john = await open('John.Smith');

      const created = await me.call('POST', '/icws/{sessionId}/interactions', {}, { rawBody: CREATE_CALL });
      expect(created.status).toBe(201);
      const id = (created.body as { interactionId: string }).interactionId;

      const selected = await me.call(
        'GET',
        '/icws/{sessionId}/interactions/{interactionId}',
        { interactionId: id },
        { query: 'select=Eic_RemoteName,Eic_State' },
      );
      expect(selected.status).toBe(200);
      expect(selected.body).toMatchObject({ attributes: { Eic_State: 'C' } });
      expect(Object.keys((selected.body as { attributes: object }).attributes).sort()).toEqual([
        'Eic_RemoteName',
        'Eic_State',
      ]);
      expect(await me.attributesOf(id, 'Eic_WorkgroupName,Eic_RemoteAddress')).toEqual({
        Eic_WorkgroupName: 'Support',
        Eic_RemoteAddress: '555-0123',
      });

      for (const [action, body] of [
        ['hold', HOLD],
        ['mute', MUTE],
        ['record', RECORD],
      ] as const) {
        const response = await me.call('POST', `${ACTION_PATH}${action}`, { interactionId: id }, { rawBody: body });
        expect({ action, status: response.status }).toEqual({ action, status: 200 });
      }
      expect(await me.attributesOf(id, 'Eic_State,Eic_Muted,Eic_Recorders')).toEqual({
        Eic_State: 'H',
        Eic_Muted: '1',
        Eic_Recorders: 'MyUserName',
      });

      const transfer = await me.call(
        'POST',
        `${ACTION_PATH}blind-transfer`,
        { interactionId: id },
        { rawBody: BLIND_TRANSFER },
      );
      expect(transfer.status).toBe(200);
      // John.Smith is signed in but not ready: the call waits in his user queue, for him alone
      expect((await john.subscribe('mine', [{ queueType: 1, queueName: 'John.Smith' }], ['Eic_State'])).status).toBe(
        200,
      );
      expect((await john.contents('mine')).interactionsAdded).toEqual([
        { interactionId: id, attributes: { Eic_State: 'O' } },
      ]);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'subscribes InteractionStates and SalesInteractionStatesAndTimes as written, and unsubscribes HeldInteractions',
    async () => {
      const me = await open('MyUserName');
      const states = await me.call(
        'PUT',
        SUBSCRIPTION_PATH,
        { subscriptionId: 'InteractionStates' },
        { rawBody: INTERACTION_STATES },
      );
      expect(states.status).toBe(200);
      expect(await me.contents('InteractionStates')).toMatchObject({ __type: QUEUE_CONTENTS, isDelta: false });

      const sales = await me.call(
        'PUT',
        SUBSCRIPTION_PATH,
        { subscriptionId: 'SalesInteractionStatesAndTimes' },
        { rawBody: SALES_STATES_AND_TIMES },
      );
      expect(sales.status).toBe(200);
      expect(await me.contents('SalesInteractionStatesAndTimes')).toMatchObject({
        __type: QUEUE_CONTENTS,
        isDelta: false,
      });
      const callback = await me.created({
        __type: 'urn:inin.com:interactions.callback:createCallbackParameters',
        target: '555-0124',
        targetQueue: { queueType: 2, queueName: 'InsideSales' },
        subject: 'Call me back',
      });
      const arrival = await me.contents('SalesInteractionStatesAndTimes', (message) =>
        (message.interactionsAdded ?? []).some((entry) => entry.interactionId === callback),
      );
      expect(arrival.interactionsAdded).toEqual([
        {
          interactionId: callback,
          attributes: { Eic_State: expect.any(String), Eic_ConnectDurationTime: expect.any(String) },
        },
      ]);

      const unsubscribed = await me.call('DELETE', SUBSCRIPTION_PATH, { subscriptionId: 'HeldInteractions' });
      expect(unsubscribed.status).toBe(200);
    },
    TEST_TIMEOUT_MS,
  );
});
