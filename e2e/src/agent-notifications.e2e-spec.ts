// Agents end to end: the GWS /api/v2/me session and readiness, and interaction notifications over CometD
// (through the gateway's port), for interactions dispatched and released with the VCC Interactions API.
// HTTP responses are validated against the OpenAPI contracts, notifications against the AsyncAPI one.
import { describe, expect, it } from '@jest/globals';
import type { GwsAgentClient } from '@switchboard/gws-client';
import { notification } from './support/agents.js';
import { agent, bodyOf, ME_PATH, type AgentCredentials, type Invocation } from './support/contract-http.js';
import { usePlatform } from './support/platform-suite.js';
import { seedExample } from './support/seed-examples.js';

const TEST_TIMEOUT_MS = 60_000;

const suite = usePlatform();

/** StartContactCenterSession, then (optionally) Ready; each must answer statusCode 0. */
async function signIn(credentials: AgentCredentials, ready: boolean): Promise<void> {
  expect(await suite.http.operateStatus(credentials, 'StartContactCenterSession')).toEqual({ statusCode: 0 });
  if (ready) expect(await suite.http.operateStatus(credentials, 'Ready')).toEqual({ statusCode: 0 });
}

/** Ends the agent's session so that it takes no part in the routing of later tests. */
async function signOut(credentials: AgentCredentials): Promise<void> {
  expect(await suite.http.operateStatus(credentials, 'EndContactCenterSession')).toEqual({ statusCode: 0 });
}

const dispatchOf = (externalid: string): Invocation => ({
  provider: 'CrmIntegration',
  requests: [
    {
      action: 'dispatch',
      requestid: `req-${externalid}`,
      externalid,
      route: 'CrmCallRouting',
      linkeddata: [{ type: 'clid', value: '+441234000000' }],
      routingdata: { interactiontype: 'nonlive' },
    },
  ],
});

const releaseOf = (externalid: string): Invocation => ({
  provider: 'CrmIntegration',
  requests: [{ action: 'release', requestid: `rel-${externalid}`, externalid }],
});

/** Dispatches (or releases) one interaction; the result must be the expected outcome. */
async function invokeOne(body: Invocation, outcome: 'dispatched' | 'released'): Promise<string> {
  const [result, ...rest] = await suite.http.invokeResults(body);
  expect(rest).toEqual([]);
  expect(result).toMatchObject({ outcome, duplicate: false, interactionid: expect.any(String) });
  const id = result?.interactionid;
  if (id === undefined) throw new Error('no interactionid');
  return id;
}

describe('the README walkthrough', () => {
  it(
    'offers seed example 2 to the ready agent and revokes it when seed example 5 releases it',
    async () => {
      const me = agent('AgentUsername');
      try {
        expect(await suite.http.operateStatus(me, 'StartContactCenterSession')).toEqual({ statusCode: 0 });
        const desktop = await suite.desktops.connected('AgentUsername');
        expect(await suite.http.operateStatus(me, 'Ready')).toEqual({ statusCode: 0 });

        const interactionid = await invokeOne(seedExample('routingNonLive'), 'dispatched');
        const invited = await notification(desktop, { state: 'Invited', externalId: 'ObjectId_001' });
        expect(invited).toMatchObject({
          messageTypeName: 'InteractionStateMessage',
          notificationType: 'StatusChange',
          id: interactionid,
          externalId: 'ObjectId_001',
          state: 'Invited',
          capabilities: ['Accept', 'Reject'],
          interactionType: 'nonlive',
          currentQueue: 'CrmCallRouting',
          userData: { clid: '+44123456789', urlLabel: 'Click me', url: 'https://developer.newvoicemedia.com' },
        });
        expect(invited.receivedDate).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d{3}[+-]\d{4}$/);

        // seed example 5 names no provider; the dispatch did, so the release adds it
        const released = await invokeOne({ ...seedExample('releasing'), provider: 'CrmIntegration' }, 'released');
        expect(released).toBe(interactionid);
        const revoked = await notification(desktop, { state: 'Revoked', id: interactionid });
        expect(revoked).toMatchObject({ externalId: 'ObjectId_001', state: 'Revoked', capabilities: [] });
        expect(revoked.eventId).not.toBe(invited.eventId);
        expect(desktop.received.map((message) => [message.state, message.id])).toEqual([
          ['Invited', interactionid],
          ['Revoked', interactionid],
        ]);
      } finally {
        await signOut(me);
      }
    },
    TEST_TIMEOUT_MS,
  );
});

describe('notifications go to the offered agent only', () => {
  it(
    "does not notify a second ready agent of the first agent's interaction",
    async () => {
      const alice = agent('alice');
      const bob = agent('bob');
      try {
        const aliceDesktop = await suite.desktops.connected('alice');
        const bobDesktop = await suite.desktops.connected('bob');
        // alice becomes ready first, so she has been idle longest and gets the first interaction
        await signIn(alice, true);
        await signIn(bob, true);

        const first = await invokeOne(dispatchOf('solo-first'), 'dispatched');
        await notification(aliceDesktop, { state: 'Invited', id: first, externalId: 'solo-first' });

        // alice holds an interaction now, so the next one goes to bob. Notifications are fanned out in log
        // order, so once bob has the second one he would already have had the first, had it been sent to him.
        const second = await invokeOne(dispatchOf('solo-second'), 'dispatched');
        await notification(bobDesktop, { state: 'Invited', id: second, externalId: 'solo-second' });
        expect(bobDesktop.received.filter((message) => message.id === first)).toEqual([]);

        await invokeOne(releaseOf('solo-first'), 'released');
        await invokeOne(releaseOf('solo-second'), 'released');
        await notification(aliceDesktop, { state: 'Revoked', id: first });
        await notification(bobDesktop, { state: 'Revoked', id: second });

        expect(aliceDesktop.received.map((message) => [message.state, message.externalId])).toEqual([
          ['Invited', 'solo-first'],
          ['Revoked', 'solo-first'],
        ]);
        expect(bobDesktop.received.map((message) => [message.state, message.externalId])).toEqual([
          ['Invited', 'solo-second'],
          ['Revoked', 'solo-second'],
        ]);
      } finally {
        await signOut(alice);
        await signOut(bob);
      }
    },
    TEST_TIMEOUT_MS,
  );
});

describe('GET and POST /api/v2/me', () => {
  it(
    'reflects the contact-center session and readiness',
    async () => {
      const carol = agent('carol');
      const user = () => suite.http.user(carol);
      expect(await user()).toEqual({
        id: '5467',
        userName: 'carol',
        roles: ['ROLE_AGENT'],
        loggedIn: false,
        ready: false,
      });
      await signIn(carol, false);
      expect(await user()).toMatchObject({ loggedIn: true, ready: false });
      expect(await suite.http.operateStatus(carol, 'Ready')).toEqual({ statusCode: 0 });
      expect(await user()).toMatchObject({ loggedIn: true, ready: true });
      expect(await suite.http.operateStatus(carol, 'NotReady')).toEqual({ statusCode: 0 });
      expect(await user()).toMatchObject({ loggedIn: true, ready: false });
      await signOut(carol);
      expect(await user()).toEqual({
        id: '5467',
        userName: 'carol',
        roles: ['ROLE_AGENT'],
        loggedIn: false,
        ready: false,
      });
      // a supervisor (role: supervisor in the tenant file) is told so, in GWS's role names: its desktop goes by it
      expect((await suite.http.user(agent('sam'))).roles).toEqual(['ROLE_AGENT', 'ROLE_SUPERVISOR']);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'reports the agent’s skills and levels with subresources=*, as the GWS Users API’s Skill objects',
    async () => {
      const withSubresources = async (username: string) =>
        bodyOf(await suite.http.gws(agent(username), 'GET', ME_PATH, `${ME_PATH}?subresources=*`), 200, 'MeResponse')
          .user;
      expect(await withSubresources('alice')).toEqual({
        id: '5465',
        userName: 'alice',
        roles: ['ROLE_AGENT'],
        loggedIn: expect.any(Boolean),
        ready: expect.any(Boolean),
        skills: [
          { id: 'skillMandatory', name: 'skillMandatory', level: 7 },
          { id: 'skillExpiring', name: 'skillExpiring', level: 3 },
        ],
      });
      expect((await withSubresources('AgentUsername')).skills).toEqual([
        { id: 'skillMandatory', name: 'skillMandatory', level: 5 },
        { id: 'skillExpiring', name: 'skillExpiring', level: 5 },
        { id: 'skillOptional', name: 'skillOptional', level: 5 },
      ]);
      expect((await withSubresources('carol')).skills).toEqual([]);
      // skills are a subresource: without asking for them, the user alone
      expect(await suite.http.user(agent('alice'))).toEqual({
        id: '5465',
        userName: 'alice',
        roles: ['ROLE_AGENT'],
        loggedIn: expect.any(Boolean),
        ready: expect.any(Boolean),
      });
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'accepts the JSESSIONID cookie a Basic sign-in sets instead of credentials',
    async () => {
      const signedIn = await suite.http.getMe(agent('carol'));
      expect(signedIn.status).toBe(200);
      const cookie = /^(JSESSIONID=[^;]+)/.exec(signedIn.headers.get('set-cookie') ?? '')?.[1];
      expect(cookie).toBeDefined();
      const bySession = await suite.http.getMe({ cookie: cookie ?? '' });
      expect(bodyOf(bySession, 200, 'MeResponse').user).toMatchObject({ id: '5467', userName: 'carol' });
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'refuses Ready and NotReady before StartContactCenterSession with statusCode 2',
    async () => {
      const carol = agent('carol');
      expect((await suite.http.user(carol)).loggedIn).toBe(false);
      for (const operation of ['Ready', 'NotReady'] as const) {
        const status = await suite.http.operateStatus(carol, operation);
        expect(status).toEqual({ statusCode: 2, statusMessage: expect.any(String) });
      }
      expect(await suite.http.user(carol)).toMatchObject({ loggedIn: false, ready: false });
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'answers an operation whose body is not JSON with statusCode 10 (415 or 400), never 500',
    async () => {
      const carol = agent('carol');
      const body = JSON.stringify({ operationName: 'NotReady' });
      const cases = [
        { status: 415, options: { headers: { 'content-type': undefined }, rawBody: new TextEncoder().encode(body) } },
        { status: 400, options: { headers: { 'content-type': 'text/plain' }, rawBody: body } },
        { status: 400, options: { headers: { 'content-type': 'application/json' }, rawBody: '{"operationName": ' } },
      ];
      for (const { status, options } of cases) {
        const response = await suite.http.operate(carol, 'NotReady', options);
        expect(bodyOf(response, status, 'StatusResponse')).toEqual({
          statusCode: 10,
          statusMessage: expect.any(String),
        });
      }
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'answers 401 with statusCode 20 without credentials or with a wrong password',
    async () => {
      for (const credentials of [undefined, agent('carol', 'wrong-password'), agent('nobody')]) {
        const get = await suite.http.getMe(credentials);
        expect(bodyOf(get, 401, 'StatusResponse')).toEqual({ statusCode: 20, statusMessage: expect.any(String) });
        const post = await suite.http.operate(credentials, 'Ready');
        expect(bodyOf(post, 401, 'StatusResponse')).toEqual({ statusCode: 20, statusMessage: expect.any(String) });
      }
    },
    TEST_TIMEOUT_MS,
  );
});

describe('CometD at /api/v2/notifications', () => {
  it(
    'refuses the handshake of an agent with a wrong password',
    async () => {
      const intruder = suite.desktops.client('carol', 'wrong-password');
      await expect(intruder.connect()).rejects.toThrow(/handshake/i);
      expect(intruder.received).toEqual([]);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'lets a connected agent subscribe to its own interactions channel only',
    async () => {
      const desktop: GwsAgentClient = await suite.desktops.connected('carol');
      expect(await desktop.trySubscribe('/v2/users')).toBe(false);
      expect(await desktop.trySubscribe('/v2/me/other')).toBe(false);
      expect(await desktop.trySubscribe('/v2/me/*')).toBe(false);
      expect(await desktop.trySubscribe('/v2/me/interactions')).toBe(true);
    },
    TEST_TIMEOUT_MS,
  );
});
