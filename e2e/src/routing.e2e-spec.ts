// Routing end to end through the VCC API: the seed examples' skills and personal queue, a skill that expires,
// a personal queue that times out, and seed example 1's SMS posted by the SendSMS plan's HTTP Request applet.
// No timing assertions: where time matters, the order in which an agent is offered interactions shows it.
import { describe, expect, it } from '@jest/globals';
import type { GwsAgentClient } from '@switchboard/gws-client';
import { pollUntil } from '@switchboard/testing';
import { notification } from './support/agents.js';
import { agent, type Invocation } from './support/contract-http.js';
import { useHttpReceiver } from './support/http-receiver.js';
import { usePlatform } from './support/platform-suite.js';
import { seedExample } from './support/seed-examples.js';

const TEST_TIMEOUT_MS = 60_000;

/** The SMS provider the SendSMS route's HTTP Request applet posts to. */
const smsProvider = useHttpReceiver((_, index) => ({ status: 201, body: { id: `sms-${index + 1}` } }));
const suite = usePlatform(() => ({ SWITCHBOARD_SMS_URL: smsProvider.url('/sms') }));

async function ready(username: string): Promise<GwsAgentClient> {
  const credentials = agent(username);
  expect(await suite.http.operateStatus(credentials, 'StartContactCenterSession')).toEqual({ statusCode: 0 });
  const desktop = await suite.desktops.connected(username);
  expect(await suite.http.operateStatus(credentials, 'Ready')).toEqual({ statusCode: 0 });
  return desktop;
}

async function notReady(username: string): Promise<void> {
  expect(await suite.http.operateStatus(agent(username), 'NotReady')).toEqual({ statusCode: 0 });
}

async function dispatched(body: Invocation): Promise<string> {
  const [result] = await suite.http.invokeResults(body);
  expect(result).toMatchObject({ outcome: 'dispatched' });
  return result?.interactionid ?? '';
}

const crm = (
  externalid: string,
  routingdata: NonNullable<Invocation['requests'][number]['routingdata']>,
): Invocation => ({
  provider: 'CrmIntegration',
  requests: [
    {
      action: 'dispatch',
      externalid,
      route: 'CrmCallRouting',
      routingdata: { interactiontype: 'nonlive', ...routingdata },
    },
  ],
});

const release = async (externalid: string): Promise<void> => {
  const [result] = await suite.http.invokeResults({
    provider: 'CrmIntegration',
    requests: [{ action: 'release', externalid }],
  });
  expect(result).toMatchObject({ outcome: 'released' });
};

describe('skills and personal queues through the VCC API', () => {
  it(
    'routes seed example 3 to the agent with skillMandatory and skillExpiring (and skillOptional), not to idler agents without them',
    async () => {
      // bob (skillMandatory only) and carol (no skills) have waited longest; alice has the mandatory and the
      // expiring skill; AgentUsername has those and the optional one too.
      const desktops = {
        bob: await ready('bob'),
        carol: await ready('carol'),
        alice: await ready('alice'),
        me: await ready('AgentUsername'),
      };
      const id = await dispatched(seedExample('routingNonLiveWithSkills'));
      await notification(desktops.me, { state: 'Invited', id, externalId: 'ObjectId_001' });
      await release('ObjectId_001');
      await notification(desktops.me, { state: 'Revoked', id });
      for (const other of [desktops.bob, desktops.carol, desktops.alice])
        expect(other.received.filter((m) => m.id === id)).toEqual([]);
      for (const username of ['bob', 'carol', 'alice', 'AgentUsername']) await notReady(username);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'holds back an interaction with an expiring skill until it expires, then gives it to an agent without the skill',
    async () => {
      const carol = await ready('carol');
      const expiring = await dispatched(crm('expiring-1', { skills: [{ name: 'skillExpiring', expiryafter: 2 }] }));
      const plain = await dispatched(crm('plain-1', {}));
      // carol lacks skillExpiring: she gets the younger interaction first, and the older one once its skill expired.
      await notification(carol, { state: 'Invited', id: plain });
      await notification(carol, { state: 'Invited', id: expiring });
      expect(carol.received.filter((m) => m.state === 'Invited').map((m) => m.id)).toEqual([plain, expiring]);
      await release('expiring-1');
      await release('plain-1');
      await notReady('carol');
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'routes seed example 4 to AgentUsername, its personal queue, although alice has waited longer',
    async () => {
      const alice = await ready('alice');
      const me = await ready('AgentUsername');
      const example = seedExample('routingNonLiveWithPersonalQueue');
      const id = await dispatched({
        ...example,
        requests: example.requests.map((r) => ({ ...r, requestid: 'pq-seed-4', externalid: 'pq-seed-4' })),
      });
      await notification(me, { state: 'Invited', id });
      expect(alice.received.filter((m) => m.id === id)).toEqual([]);
      await release('pq-seed-4');
      await notReady('alice');
      await notReady('AgentUsername');
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'gives a personal-queue interaction to another agent once its logged-in timeout ran out',
    async () => {
      // AgentUsername is logged in but not ready: its personal queue holds the interaction for 2 s.
      expect(await suite.http.operateStatus(agent('AgentUsername'), 'StartContactCenterSession')).toEqual({
        statusCode: 0,
      });
      const bob = await ready('bob');
      const personal = await dispatched(
        crm('pq-timeout', { personalqueue: { agent: 'AgentUsername', loggedintimeout: 2, loggedouttimeout: 60 } }),
      );
      const anyone = await dispatched(crm('pq-anyone', {}));
      await notification(bob, { state: 'Invited', id: anyone });
      await notification(bob, { state: 'Invited', id: personal });
      expect(bob.received.filter((m) => m.state === 'Invited').map((m) => m.id)).toEqual([anyone, personal]);
      await release('pq-timeout');
      await release('pq-anyone');
      await notReady('bob');
    },
    TEST_TIMEOUT_MS,
  );
});

describe('plans through the VCC API', () => {
  it(
    'posts seed example 1’s ToNum, FromNum and Message to the SMS endpoint configured for SendSMS',
    async () => {
      await dispatched(seedExample('routingSms'));
      const sms = await pollUntil(() => smsProvider.requests[0], {
        what: 'the SMS endpoint to be called',
        timeoutMs: 15_000,
      });
      expect(sms.path).toBe('/sms');
      expect(sms.body).toEqual({ ToNum: '07700936658', FromNum: '0654321', Message: 'Hello!' });
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'refuses a dispatch naming a skill or a personal-queue agent the tenant does not have, acting on nothing',
    async () => {
      const response = await suite.http.invoke({
        requests: [
          { route: 'CrmCallRouting', externalid: 'typo-ok' },
          { route: 'CrmCallRouting', externalid: 'typo-bad', routingdata: { skills: [{ name: 'skilMandatory' }] } },
        ],
      });
      expect(response.status).toBe(400);
      expect(JSON.stringify(response.body)).toContain('no skill named \\"skilMandatory\\"');
      // the valid first request was not acted on either: its externalid is still free
      expect(await dispatched({ requests: [{ route: 'CrmCallRouting', externalid: 'typo-ok' }] })).not.toBe('');
      const [released] = await suite.http.invokeResults({ requests: [{ action: 'release', externalid: 'typo-ok' }] });
      expect(released).toMatchObject({ outcome: 'released' });
    },
    TEST_TIMEOUT_MS,
  );
});
