// GWS workbins, Cancel, Complete into a queue, and the supervisor's list, end to end: each operation's HTTP
// answer, then the CometD notification that follows; every response checked against the OpenAPI contract and
// every notification against the AsyncAPI one.
import { describe, expect, it } from '@jest/globals';
import type { GwsAgentClient } from '@switchboard/gws-client';
import { assertReceivedContract, notification } from './support/agents.js';
import { agent, bodyOf, type AgentCredentials, type GwsSchemas } from './support/contract-http.js';
import * as gws from './support/gws-steps.js';
import { ACCEPTED } from './support/gws-steps.js';
import { usePlatform } from './support/platform-suite.js';

const TEST_TIMEOUT_MS = 60_000;

const suite = usePlatform();
const referenceOf = (status: unknown): number | undefined => (status as { referenceId?: number }).referenceId;
const readyDesktop = (username: string) => gws.readyDesktop(suite, username);
const dispatch = (externalid: string, request: Record<string, unknown> = {}): Promise<string> =>
  gws.dispatchCrm(suite, externalid, { request });
const operate = (credentials: AgentCredentials, id: string, body: unknown): Promise<GwsSchemas['StatusResponse']> =>
  gws.operationStatus(suite, credentials, id, body);

/** The agent accepts the interaction it was invited to; resolves with the Processing notification. */
async function accepted(credentials: AgentCredentials, desktop: GwsAgentClient, id: string) {
  await notification(desktop, { state: 'Invited', id });
  expect(await operate(credentials, id, { operationName: 'Accept' })).toEqual(ACCEPTED);
  return notification(desktop, { state: 'Processing', id });
}

async function workitems(credentials: AgentCredentials, workbin: string): Promise<GwsSchemas['Interaction'][]> {
  const response = await suite.http.gws(
    credentials,
    'GET',
    '/api/v2/workbins/{id}/workitems',
    `/api/v2/workbins/${workbin}/workitems?fields=*`,
  );
  expect(response.status).toBe(200);
  return (response.body as { workitems: GwsSchemas['Interaction'][] }).workitems;
}

const workbinOperation = async (credentials: AgentCredentials, workbin: string, body: unknown): Promise<unknown> =>
  bodyOf(
    await suite.http.gws(credentials, 'POST', '/api/v2/workbins/{id}', `/api/v2/workbins/${workbin}`, body),
    200,
    'StatusResponse',
  );

const release = async (externalid: string): Promise<void> => {
  const [released] = await suite.http.invokeResults({ requests: [{ action: 'release', externalid }] });
  expect(released).toMatchObject({ outcome: 'released' });
};

describe('GWS workbins', () => {
  it(
    'parks an accepted interaction in the agent’s own workbin, data kept, and gives it back on a pull',
    async () => {
      const { credentials, desktop } = await readyDesktop('AgentUsername');
      const id = await dispatch('WB-OWN');
      const processing = await accepted(credentials, desktop, id);
      expect(processing.capabilities).toEqual(expect.arrayContaining(['Cancel', 'PlaceInWorkbin']));
      expect(
        await operate(credentials, id, { operationName: 'AttachUserData', userData: { note: { step: 1 } } }),
      ).toEqual(ACCEPTED);
      await desktop.waitFor((m) => m.id === id && m.notificationType === 'PropertiesUpdated');

      const subscribe = await suite.http.gws(
        credentials,
        'POST',
        '/api/v2/me/workbins/{id}',
        '/api/v2/me/workbins/FollowUp',
        { operationName: 'Subscribe' },
      );
      const subscribed = bodyOf(subscribe, 200, 'StatusResponse');
      expect(subscribed).toEqual(ACCEPTED);
      await desktop.waitForWorkbinMessage(
        (m) =>
          m.messageType === 'WorkbinSubscriptionStateChangeMessage' &&
          m.stateResource === 'Subscribed' &&
          m.referenceId === referenceOf(subscribed),
      );

      const placed = await operate(credentials, id, { operationName: 'PlaceInWorkbin', workbin: 'FollowUp' });
      expect(placed).toEqual(ACCEPTED);
      const parked = await notification(desktop, { state: 'InWorkbin', id });
      expect(parked).toMatchObject({ capabilities: [], workbin: 'FollowUp', referenceId: referenceOf(placed) });
      const added = await desktop.waitForWorkbinMessage(
        (m) => m.messageType === 'WorkbinStateChangeMessage' && m.action === 'ItemAdded',
      );
      expect(added).toMatchObject({
        workbinId: 'FollowUp',
        referenceId: referenceOf(placed),
        interaction: { id, state: 'InWorkbin' },
      });

      const asked = await operate(credentials, id, { operationName: 'GetWorkbinContent', workbin: 'FollowUp' });
      expect(asked).toEqual(ACCEPTED);
      const content = await desktop.waitForWorkbinMessage(
        (m) => m.messageType === 'WorkbinContentMessage' && m.referenceId === referenceOf(asked),
      );
      expect(content).toMatchObject({ workbinId: 'FollowUp', interactions: [{ id, userData: { note: { step: 1 } } }] });
      const viaCollection = await suite.http.gws(
        credentials,
        'POST',
        '/api/v2/me/interactions',
        '/api/v2/me/interactions',
        {
          operationName: 'GetWorkbinContent',
          workbin: 'CrmBacklog',
        },
      );
      const askedQueue = bodyOf(viaCollection, 200, 'StatusResponse');
      expect(
        await desktop.waitForWorkbinMessage(
          (m) => m.messageType === 'WorkbinContentMessage' && m.referenceId === referenceOf(askedQueue),
        ),
      ).toMatchObject({
        workbinId: 'CrmBacklog',
        interactions: [],
      });
      expect(await workitems(credentials, 'FollowUp')).toMatchObject([
        { id, state: 'InWorkbin', userData: { note: { step: 1 } } },
      ]);
      expect(await workitems(agent('alice'), 'FollowUp')).toEqual([]); // alice's FollowUp is her own
      const mine = bodyOf(await suite.http.myInteractions(credentials), 200, 'StatusResponse') as { uris?: string[] };
      expect(mine.uris).toEqual([]); // parked: no longer the agent's to handle

      const list = await suite.http.gws(credentials, 'GET', '/api/v2/me/workbins', '/api/v2/me/workbins?fields=*');
      expect(list.body).toEqual({
        statusCode: 0,
        workbins: [
          { id: 'FollowUp', workbinName: 'FollowUp', workbinType: 'agent' },
          { id: 'CrmBacklog', workbinName: 'CrmBacklog', workbinType: 'queue', queue: 'CrmCallRouting' },
        ],
      });

      expect(await workbinOperation(credentials, 'FollowUp', { operationName: 'PullInteraction', id })).toEqual(
        ACCEPTED,
      );
      const back = await desktop.waitFor(
        (m) => m.id === id && m.state === 'Processing' && m.eventId !== processing.eventId,
      );
      expect(back.userData).toMatchObject({ note: { step: 1 } });
      await desktop.waitForWorkbinMessage(
        (m) => m.messageType === 'WorkbinStateChangeMessage' && m.action === 'ItemRemoved' && m.interaction.id === id,
      );
      expect(await workitems(credentials, 'FollowUp')).toEqual([]);
      expect(await operate(credentials, id, { operationName: 'Complete' })).toEqual(ACCEPTED);
      await notification(desktop, { state: 'Completed', id });
      expect(await suite.http.operateStatus(credentials, 'NotReady')).toEqual({ statusCode: 0 });
      // readiness shows on /v2/me/channels, every channel alike: the wrap-up routing starts on the completion (the
      // route has a wrap-up time), then the agent's own NotReady
      await desktop.waitForChannelMessage((m) =>
        m.channels.every(
          (channel) => channel.userState.state === 'NotReady' && channel.userState.reason === 'not ready',
        ),
      );
      expect(desktop.channelMessages.map((m) => m.channels[0]?.userState)).toEqual([
        { state: 'Ready' },
        { state: 'NotReady', reason: 'wrap-up' },
        { state: 'NotReady', reason: 'not ready' },
      ]);
      assertReceivedContract(desktop);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'shares a queue workbin: one agent parks an interaction, another pulls it out and works on it',
    async () => {
      const owner = await readyDesktop('bob');
      const id = await dispatch('WB-QUEUE');
      await accepted(owner.credentials, owner.desktop, id);
      expect(await operate(owner.credentials, id, { operationName: 'PlaceInWorkbin', workbin: 'CrmBacklog' })).toEqual(
        ACCEPTED,
      );
      await notification(owner.desktop, { state: 'InWorkbin', id });
      expect(await suite.http.operateStatus(owner.credentials, 'NotReady')).toEqual({ statusCode: 0 });

      const other = await readyDesktop('carol');
      expect(await suite.http.operateStatus(other.credentials, 'NotReady')).toEqual({ statusCode: 0 }); // pulling needs room, not readiness
      expect((await workitems(other.credentials, 'CrmBacklog')).map((item) => item.id)).toEqual([id]);
      expect(await workbinOperation(other.credentials, 'CrmBacklog', { operationName: 'PullWorkitem', id })).toEqual(
        ACCEPTED,
      );
      await notification(other.desktop, { state: 'Processing', id });
      // taken: a second pull finds nothing
      expect(
        await workbinOperation(owner.credentials, 'CrmBacklog', { operationName: 'PullInteraction', id }),
      ).toMatchObject({ statusCode: 6 });
      await release('WB-QUEUE');
      await notification(other.desktop, { state: 'Revoked', id });
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'refuses what a workbin cannot do: an unknown workbin (6), no workbin named (1), an interaction not yet accepted (2)',
    async () => {
      const { credentials, desktop } = await readyDesktop('alice');
      const id = await dispatch('WB-REFUSED');
      await notification(desktop, { state: 'Invited', id });
      expect(await operate(credentials, id, { operationName: 'PlaceInWorkbin', workbin: 'FollowUp' })).toMatchObject({
        statusCode: 2,
      });
      expect(await operate(credentials, id, { operationName: 'Cancel' })).toMatchObject({ statusCode: 2 });
      expect(await operate(credentials, id, { operationName: 'Accept' })).toEqual(ACCEPTED);
      await notification(desktop, { state: 'Processing', id });
      expect(await operate(credentials, id, { operationName: 'PlaceInWorkbin', workbin: 'Nowhere' })).toMatchObject({
        statusCode: 6,
      });
      const noWorkbin = await suite.http.operateOn(credentials, id, { operationName: 'PlaceInWorkbin' });
      expect(bodyOf(noWorkbin, 400, 'StatusResponse')).toEqual({
        statusCode: 1,
        statusMessage: "Parameter 'workbin' is missing",
      });
      const unknownWorkbin = await suite.http.gws(
        credentials,
        'GET',
        '/api/v2/workbins/{id}/workitems',
        '/api/v2/workbins/Nowhere/workitems',
      );
      expect(bodyOf(unknownWorkbin, 404, 'StatusResponse')).toMatchObject({ statusCode: 6 });
      await release('WB-REFUSED');
      expect(await suite.http.operateStatus(credentials, 'NotReady')).toEqual({ statusCode: 0 });
    },
    TEST_TIMEOUT_MS,
  );
});

describe('GWS workbins and VCC release', () => {
  it(
    'tells the workbin’s subscribers when an interaction parked in it is released: ItemRemoved, and the workbin is empty',
    async () => {
      // a subscriber that is no agent of the interaction: it only watches the shared workbin
      const watcher = agent('John.Smith');
      const watching = await suite.desktops.connected('John.Smith');
      const subscribe = await suite.http.gws(
        watcher,
        'POST',
        '/api/v2/me/workbins/{id}',
        '/api/v2/me/workbins/CrmBacklog',
        { operationName: 'Subscribe' },
      );
      const subscribed = bodyOf(subscribe, 200, 'StatusResponse');
      await watching.waitForWorkbinMessage(
        (m) => m.messageType === 'WorkbinSubscriptionStateChangeMessage' && m.referenceId === referenceOf(subscribed),
      );

      const { credentials, desktop } = await readyDesktop('alice');
      const id = await dispatch('WB-RELEASED');
      await accepted(credentials, desktop, id);
      expect(await suite.http.operateStatus(credentials, 'NotReady')).toEqual({ statusCode: 0 });
      expect(await operate(credentials, id, { operationName: 'PlaceInWorkbin', workbin: 'CrmBacklog' })).toEqual(
        ACCEPTED,
      );
      await watching.waitForWorkbinMessage(
        (m) => m.messageType === 'WorkbinStateChangeMessage' && m.action === 'ItemAdded' && m.interaction.id === id,
      );
      expect((await workitems(watcher, 'CrmBacklog')).map((item) => item.id)).toEqual([id]);

      await release('WB-RELEASED');
      const removed = await watching.waitForWorkbinMessage(
        (m) => m.messageType === 'WorkbinStateChangeMessage' && m.action === 'ItemRemoved',
      );
      expect(removed).toMatchObject({
        workbinId: 'CrmBacklog',
        interaction: { id, externalId: 'WB-RELEASED', state: 'InWorkbin' },
      });
      expect(await workitems(watcher, 'CrmBacklog')).toEqual([]);
      assertReceivedContract(watching);
      expect(watching.received).toEqual([]); // nothing on /v2/me/interactions: it was never John.Smith's
    },
    TEST_TIMEOUT_MS,
  );
});

describe('GWS Cancel and Complete into a queue', () => {
  it(
    'Cancel gives accepted work up: Revoked for the agent, and the interaction is offered again',
    async () => {
      const { credentials, desktop } = await readyDesktop('AgentUsername');
      const id = await dispatch('CANCEL-1');
      const processing = await accepted(credentials, desktop, id);
      const cancelled = await operate(credentials, id, { operationName: 'Cancel' });
      expect(cancelled).toEqual(ACCEPTED);
      expect(await notification(desktop, { state: 'Revoked', id })).toMatchObject({
        capabilities: [],
        referenceId: (cancelled as { referenceId: number }).referenceId,
      });
      // the agent stays ready, so the interaction comes back to it as a new invitation
      const again = await desktop.waitFor(
        (m) => m.id === id && m.state === 'Invited' && m.receivedDate === processing.receivedDate,
      );
      expect(again.capabilities).toEqual(['Accept', 'Reject']);
      await release('CANCEL-1');
      expect(await suite.http.operateStatus(credentials, 'NotReady')).toEqual({ statusCode: 0 });
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'Complete with a queueName ends the agent’s work (Completed) and the interaction goes on through that queue',
    async () => {
      const { credentials, desktop } = await readyDesktop('alice');
      const id = await dispatch('COMPLETE-Q');
      await accepted(credentials, desktop, id);
      expect(await suite.http.operateStatus(credentials, 'NotReady')).toEqual({ statusCode: 0 });
      expect(await operate(credentials, id, { operationName: 'Complete', queueName: 'CrmCallRouting' })).toEqual(
        ACCEPTED,
      );
      await notification(desktop, { state: 'Completed', id });
      const sam = agent('sam');
      const all = bodyOf(
        await suite.http.gws(sam, 'GET', '/api/v2/interactions'),
        200,
        'StatusResponse',
      ) as unknown as {
        interactions: GwsSchemas['Interaction'][];
      };
      expect(all.interactions.find((interaction) => interaction.id === id)).toMatchObject({
        state: 'Queued',
        currentQueue: 'CrmCallRouting',
      });
      await release('COMPLETE-Q');
    },
    TEST_TIMEOUT_MS,
  );
});

describe('GWS PlaceInQueue, Transfer and StopProcessing', () => {
  it(
    'PlaceInQueue hands the work to the queue (Completed here, Invited there); Transfer is SingleStepTransfer; StopProcessing completes',
    async () => {
      const carol = await readyDesktop('carol');
      const id = await dispatch('HAND-ON');
      await accepted(carol.credentials, carol.desktop, id);
      expect(await suite.http.operateStatus(carol.credentials, 'NotReady')).toEqual({ statusCode: 0 });
      const bob = await readyDesktop('bob');

      const placed = await operate(carol.credentials, id, {
        operationName: 'PlaceInQueue',
        queueName: 'CrmCallRouting',
      });
      expect(placed).toEqual(ACCEPTED);
      expect(await notification(carol.desktop, { state: 'Completed', id })).toMatchObject({
        capabilities: [],
        referenceId: referenceOf(placed),
      });
      await accepted(bob.credentials, bob.desktop, id);

      // carol's notifications for the interaction, in order: the wait is for the n-th
      const carolSaw = (): string[] => carol.desktop.received.filter((m) => m.id === id).map((m) => m.state);
      const carolHasSeen = (count: number) => carol.desktop.waitFor(() => carolSaw().length >= count);
      expect(await suite.http.operateStatus(carol.credentials, 'Ready')).toEqual({ statusCode: 0 });
      expect(await operate(bob.credentials, id, { operationName: 'Transfer', userId: 'carol' })).toEqual(ACCEPTED);
      await notification(bob.desktop, { state: 'Completed', id });
      await carolHasSeen(4);
      expect(await operate(carol.credentials, id, { operationName: 'Accept' })).toEqual(ACCEPTED);
      await carolHasSeen(5);
      expect(await operate(carol.credentials, id, { operationName: 'StopProcessing' })).toEqual(ACCEPTED);
      await carolHasSeen(6);
      expect(carolSaw()).toEqual(['Invited', 'Processing', 'Completed', 'Invited', 'Processing', 'Completed']);
      for (const { credentials } of [carol, bob])
        expect(await suite.http.operateStatus(credentials, 'NotReady')).toEqual({ statusCode: 0 });
    },
    TEST_TIMEOUT_MS,
  );
});

describe('GWS supervisor list', () => {
  it(
    'lists every active interaction of the contact center for a supervisor, with state and agent; an agent gets 5',
    async () => {
      const { credentials, desktop } = await readyDesktop('bob');
      const handled = await dispatch('SUP-HANDLED');
      await accepted(credentials, desktop, handled);
      expect(await suite.http.operateStatus(credentials, 'NotReady')).toEqual({ statusCode: 0 });
      const waiting = await dispatch('SUP-WAITING', {
        routingdata: { skills: [{ name: 'skillOptional', expiryafter: 0 }] },
      });

      const response = await suite.http.gws(agent('sam'), 'GET', '/api/v2/interactions');
      expect(response.status).toBe(200);
      const { interactions } = response.body as { interactions: GwsSchemas['Interaction'][] };
      expect(interactions.find((i) => i.id === handled)).toMatchObject({
        state: 'Processing',
        agentId: '5466',
        externalId: 'SUP-HANDLED',
        capabilities: [],
      });
      expect(interactions.find((i) => i.id === waiting)).toMatchObject({ state: 'Queued', externalId: 'SUP-WAITING' });

      const refused = await suite.http.gws(credentials, 'GET', '/api/v2/interactions');
      expect(bodyOf(refused, 403, 'StatusResponse')).toMatchObject({ statusCode: 5 });
      const anonymous = await suite.http.gws(undefined, 'GET', '/api/v2/interactions');
      expect(bodyOf(anonymous, 401, 'StatusResponse')).toMatchObject({ statusCode: 20 });
      await release('SUP-HANDLED');
      await release('SUP-WAITING');
    },
    TEST_TIMEOUT_MS,
  );
});
