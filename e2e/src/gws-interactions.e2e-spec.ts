// The GWS agent's operations on interactions, end to end: the HTTP answer, then the CometD notification that
// follows; and a VCC dispatch accepted and completed by a GWS agent producing the provider's callbacks.
import { describe, expect, it } from '@jest/globals';
import type { ProviderNotification } from '@switchboard/contracts';
import { pollUntil } from '@switchboard/testing';
import { notification } from './support/agents.js';
import { agent, bodyOf, type AgentCredentials } from './support/contract-http.js';
import * as gws from './support/gws-steps.js';
import { ACCEPTED } from './support/gws-steps.js';
import { useHttpReceiver } from './support/http-receiver.js';
import { usePlatform } from './support/platform-suite.js';

const TEST_TIMEOUT_MS = 60_000;
/** The Desk provider's callback endpoint. */
const desk = useHttpReceiver<ProviderNotification[]>(() => ({ status: 204 }));
const callbacks = (): ProviderNotification[] => desk.requests.flatMap((request) => request.body);

const suite = usePlatform();
const readyDesktop = (username: string) => gws.readyDesktop(suite, username);
const dispatch = (externalid: string, provider?: string): Promise<string> =>
  gws.dispatchCrm(suite, externalid, provider === undefined ? {} : { provider });
const status = (credentials: AgentCredentials, id: string, body: unknown): Promise<unknown> =>
  gws.operationStatus(suite, credentials, id, body);

describe('GWS resources', () => {
  it(
    'serves an agent its own interaction at /api/v2/interactions/{id}, and nobody else’s',
    async () => {
      const { credentials, desktop } = await readyDesktop('alice');
      const id = await dispatch('GWS-READ');
      await notification(desktop, { state: 'Invited', id });
      const mine = await suite.http.interaction(credentials, id);
      expect(mine.status).toBe(200);
      expect(mine.body).toMatchObject({ statusCode: 0, interaction: { id, externalId: 'GWS-READ', state: 'Invited' } });
      const theirs = await suite.http.interaction(agent('bob'), id);
      expect(theirs.status).toBe(404);
      expect(bodyOf(theirs, 404, 'StatusResponse')).toMatchObject({ statusCode: 6 });
      const [released] = await suite.http.invokeResults({ requests: [{ action: 'release', externalid: 'GWS-READ' }] });
      expect(released).toMatchObject({ outcome: 'released' });
      expect(await suite.http.operateStatus(credentials, 'NotReady')).toEqual({ statusCode: 0 });
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'sets readiness per channel at /api/v2/me/channels/{channel}, shown on /v2/me/channels, over CometD at the alias /genesys/cometd',
    async () => {
      const credentials = agent('AgentUsername');
      expect(await suite.http.operateStatus(credentials, 'StartContactCenterSession')).toEqual({ statusCode: 0 });
      const viaAlias = suite.desktops.client('AgentUsername', undefined, '/genesys/cometd');
      await viaAlias.connect();
      const onChannel = async (channel: string, operationName: 'Ready' | 'NotReady') =>
        bodyOf(await suite.http.operateOnChannel(credentials, channel, { operationName }), 200, 'StatusResponse');

      expect(await onChannel('chat', 'Ready')).toEqual({ statusCode: 0 }); // ready on chat alone
      expect(await suite.http.user(credentials)).toMatchObject({ ready: true });
      const states = (m: { channels: { channel: string; userState: { state: string } }[] }) =>
        m.channels.map((c) => `${c.channel}:${c.userState.state}`);
      const chatOnly = ['voice:NotReady', 'chat:Ready', 'workitem:NotReady'];
      await viaAlias.waitForChannelMessage((m) => states(m).join() === chatOnly.join());

      // dispatched first, but its channel is not ready: the chat dispatched after it is the one offered
      const mail = await dispatch('GWS-ALIAS');
      const chat = await gws.dispatchCrm(suite, 'GWS-CHAT', { request: { routingdata: { interactiontype: 'chat' } } });
      await notification(viaAlias, { state: 'Invited', id: chat });
      expect(viaAlias.received.filter((m) => m.id === mail)).toEqual([]);

      expect(await onChannel('workitem', 'Ready')).toEqual({ statusCode: 0 });
      await notification(viaAlias, { state: 'Invited', id: mail });
      await viaAlias.waitForChannelMessage((m) => states(m).join() === 'voice:NotReady,chat:Ready,workitem:Ready');

      const unknown = await suite.http.operateOnChannel(credentials, 'carrier-pigeon', { operationName: 'Ready' });
      expect(bodyOf(unknown, 404, 'StatusResponse')).toMatchObject({ statusCode: 6 });
      expect(await onChannel('chat', 'NotReady')).toEqual({ statusCode: 0 });
      expect(await onChannel('workitem', 'NotReady')).toEqual({ statusCode: 0 }); // its last open channel: not ready
      expect(await suite.http.user(credentials)).toMatchObject({ ready: false });
      await viaAlias.waitForChannelMessage((m) => m.channels.every((c) => c.userState.state === 'NotReady'));
      const released = await suite.http.invokeResults({
        requests: [
          { action: 'release', externalid: 'GWS-ALIAS' },
          { action: 'release', externalid: 'GWS-CHAT' },
        ],
      });
      expect(released.map((r) => r.outcome)).toEqual(['released', 'released']);
    },
    TEST_TIMEOUT_MS,
  );
});

describe('GWS operations on interactions', () => {
  it(
    'accepts and completes a VCC dispatch: Processing then Completed, and the provider hears AssignToAgent then Release',
    async () => {
      bodyOf(await suite.http.register({ provider: 'Desk', endpoint: desk.url('/cb') }), 200, 'RegisterResponse');
      const { credentials, desktop } = await readyDesktop('bob');
      const id = await dispatch('GWS-1', 'Desk');
      await notification(desktop, { state: 'Invited', id });

      const uris = bodyOf(await suite.http.myInteractions(credentials), 200, 'StatusResponse') as unknown as {
        uris: string[];
      };
      expect(uris.uris).toEqual([expect.stringMatching(new RegExp(`/api/v2/interactions/${id}$`))]);
      const listed = (await suite.http.myInteractions(credentials, '*')).body as {
        interactions: { id: string; state: string; capabilities: string[] }[];
      };
      expect(listed.interactions).toEqual([
        expect.objectContaining({ id, externalId: 'GWS-1', state: 'Invited', capabilities: ['Accept', 'Reject'] }),
      ]);

      const accepted = (await status(credentials, id, { operationName: 'Accept' })) as { referenceId?: number };
      expect(accepted).toMatchObject(ACCEPTED);
      const processing = await notification(desktop, { state: 'Processing', id });
      expect(processing.referenceId).toBe(accepted.referenceId);
      expect(desktop.received.find((m) => m.id === id && m.state === 'Processing')?.capabilities).toEqual([
        'Complete',
        'Cancel',
        'AttachUserData',
        'UpdateUserData',
        'DeleteUserData',
        'PlaceInQueue',
        'PlaceInWorkbin',
        'SingleStepTransfer',
      ]);
      expect(await status(credentials, id, { operationName: 'Accept' })).toMatchObject({ statusCode: 2 });

      expect(await status(credentials, id, { operationName: 'Complete' })).toMatchObject(ACCEPTED);
      await notification(desktop, { state: 'Completed', id });
      const heard = await pollUntil(
        () => {
          const forThisInteraction = callbacks().filter((c) => c.objectid === 'GWS-1');
          return forThisInteraction.length >= 2 ? forThisInteraction : undefined;
        },
        { what: 'AssignToAgent and Release' },
      );
      expect(heard.map((c) => [c.notification, c.params.Agent])).toEqual([
        ['AssignToAgent', 'bob'],
        ['Release', 'bob'],
      ]);
      expect(await suite.http.operateStatus(credentials, 'NotReady')).toEqual({ statusCode: 0 });
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'attaches, updates and deletes user data, nested values kept, each change notified as PropertiesUpdated',
    async () => {
      const { credentials, desktop } = await readyDesktop('carol');
      const id = await dispatch('GWS-DATA');
      await notification(desktop, { state: 'Invited', id });
      expect(await status(credentials, id, { operationName: 'Accept' })).toMatchObject(ACCEPTED);
      const updates = (): unknown[] =>
        desktop.received
          .filter((m) => m.id === id && m.notificationType === 'PropertiesUpdated')
          .map((m) => m.userData);

      expect(
        await status(credentials, id, {
          operationName: 'AttachUserData',
          userData: { Case: { Id: 42, Tags: ['vip'] }, Note: 'first' },
        }),
      ).toMatchObject(ACCEPTED);
      await pollUntil(() => (updates().length === 1 ? true : undefined), { what: 'the first PropertiesUpdated' });
      expect(updates()[0]).toMatchObject({ Case: { Id: 42, Tags: ['vip'] }, Note: 'first' });

      expect(
        await status(credentials, id, { operationName: 'UpdateUserData', userData: { Note: 'second' } }),
      ).toMatchObject(ACCEPTED);
      expect(await status(credentials, id, { operationName: 'DeleteUserData', userData: { Case: '' } })).toMatchObject(
        ACCEPTED,
      );
      await pollUntil(() => (updates().length === 3 ? true : undefined), { what: 'three PropertiesUpdated' });
      expect(updates()[1]).toMatchObject({ Case: { Id: 42 }, Note: 'second' });
      expect(updates()[2]).toMatchObject({ Note: 'second' });
      expect(updates()[2]).not.toHaveProperty('Case');

      const listed = (await suite.http.myInteractions(credentials, '*')).body as {
        interactions: { userData: Record<string, unknown> }[];
      };
      expect(listed.interactions[0]?.userData).toMatchObject({ Note: 'second' });
      const missing = await suite.http.operateOn(credentials, id, { operationName: 'AttachUserData' });
      expect(missing.status).toBe(400);
      expect(bodyOf(missing, 400, 'StatusResponse')).toMatchObject({ statusCode: 1 });
      expect(await status(credentials, id, { operationName: 'Complete' })).toMatchObject(ACCEPTED);
      expect(await suite.http.operateStatus(credentials, 'NotReady')).toEqual({ statusCode: 0 });
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'rejects an invitation (Revoked), and refuses what is not the agent’s, an unknown operation, and anyone unauthenticated',
    async () => {
      const carol = await readyDesktop('carol');
      const id = await dispatch('GWS-2');
      await notification(carol.desktop, { state: 'Invited', id });
      expect(await status(agent('alice'), id, { operationName: 'Accept' })).toMatchObject({ statusCode: 6 });
      const unknown = await suite.http.operateOn(carol.credentials, id, { operationName: 'Juggle' });
      expect(unknown.status).toBe(400);
      expect(bodyOf(unknown, 400, 'StatusResponse')).toMatchObject({ statusCode: 10 });
      const anonymous = await suite.http.operateOn({ username: 'carol', password: 'wrong' }, id, {
        operationName: 'Accept',
      });
      expect(anonymous.status).toBe(401);
      expect(bodyOf(anonymous, 401, 'StatusResponse')).toMatchObject({ statusCode: 20 });

      expect(await status(carol.credentials, id, { operationName: 'Reject' })).toMatchObject(ACCEPTED);
      await notification(carol.desktop, { state: 'Revoked', id });
      expect(await suite.http.user(carol.credentials)).toMatchObject({ ready: false });
      const [released] = await suite.http.invokeResults({ requests: [{ action: 'release', externalid: 'GWS-2' }] });
      expect(released).toMatchObject({ outcome: 'released' });
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'transfers to another agent in one step: Completed for the sender, Invited for the receiver; refused (3) where the provider forbids it',
    async () => {
      const alice = await readyDesktop('alice');
      const id = await dispatch('GWS-3');
      await notification(alice.desktop, { state: 'Invited', id });
      expect(await status(alice.credentials, id, { operationName: 'Accept' })).toMatchObject(ACCEPTED);
      const me = await readyDesktop('AgentUsername');
      expect(
        await status(alice.credentials, id, { operationName: 'SingleStepTransfer', userId: 'AgentUsername' }),
      ).toMatchObject(ACCEPTED);
      await notification(alice.desktop, { state: 'Completed', id });
      await notification(me.desktop, { state: 'Invited', id });

      // Both agents' idle clocks restarted with the transfer: keep AgentUsername out of the next offer.
      expect(await suite.http.operateStatus(me.credentials, 'NotReady')).toEqual({ statusCode: 0 });
      bodyOf(
        await suite.http.register({ provider: 'NoTransfer', agentactionspermitted: { release: 1, hold: 1 } }),
        200,
        'RegisterResponse',
      );
      const strict = await dispatch('GWS-4', 'NoTransfer');
      await notification(alice.desktop, { state: 'Invited', id: strict });
      expect(await status(alice.credentials, strict, { operationName: 'Accept' })).toMatchObject(ACCEPTED);
      const processing = await notification(alice.desktop, { state: 'Processing', id: strict });
      expect(processing.capabilities).toEqual([
        'Complete',
        'Cancel',
        'AttachUserData',
        'UpdateUserData',
        'DeleteUserData',
        'PlaceInWorkbin',
      ]);
      expect(
        await status(alice.credentials, strict, { operationName: 'SingleStepTransfer', userId: 'AgentUsername' }),
      ).toMatchObject({ statusCode: 3 });
    },
    TEST_TIMEOUT_MS,
  );
});
