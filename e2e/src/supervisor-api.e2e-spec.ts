// Issue 16, point 3 (its API): the Supervisor API through the gateway, on the platform `npm start` runs. A VCC
// dispatch waits with nobody ready; a supervisor reads its routing (waiting, no decision); an agent gets ready and
// the supervisor reads the decision that offered it, explained, with the agents' names. A supervisor releases a
// waiting interaction (its provider is called back, GWS no longer lists it, the statistics count it abandoned) and
// an offered one (its agent sees it revoked); a connected one is refused. Who may do it is the Statistics API's rule.
// Every answer is checked against contracts/openapi/supervisor.openapi.yaml.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import YAML from 'yaml';
import {
  OpenApiValidator,
  supervisorDocument,
  type ProviderNotification,
  type StatisticsApi,
  type SupervisorApi,
} from '@switchboard/contracts';
import type { GwsAgentClient } from '@switchboard/gws-client';
import { pollUntil, REPO_ROOT } from '@switchboard/testing';
import { notification } from './support/agents.js';
import { agent, bodyOf, DEMO_ADMIN, DEMO_PASSWORD, type AgentCredentials } from './support/contract-http.js';
import { ACCEPTED, dispatchCrm, operationStatus, readyDesktop } from './support/gws-steps.js';
import { useHttpReceiver } from './support/http-receiver.js';
import { usePlatform } from './support/platform-suite.js';

const TEST_TIMEOUT_MS = 60_000;
const contract = new OpenApiValidator(supervisorDocument, 'supervisor');

type History = SupervisorApi.components['schemas']['InteractionRoutingHistory'];
type Caller = AgentCredentials | { token: string } | undefined;

/** An admin client of the acme tenant (demo-admin's secret): another tenant's administrator. */
const ACME_ADMIN = { clientId: 'acme-admin', clientSecret: 'demo-admin-secret', scope: 'admin' } as const;

/** config/ with an admin client and a supervisor added to the acme tenant: written before the platform starts. */
let configDir: string | undefined;
beforeAll(async () => {
  configDir = await mkdtemp(path.join(os.tmpdir(), 'switchboard-supervisor-'));
  await cp(path.join(REPO_ROOT, 'config'), configDir, { recursive: true });
  const demo = YAML.parse(await readFile(path.join(configDir, 'tenants', 'demo.yaml'), 'utf8')) as {
    integrationClients: { clientId: string; secretHash: string }[];
  };
  const demoAdmin = demo.integrationClients.find(({ clientId }) => clientId === DEMO_ADMIN.clientId);
  const file = path.join(configDir, 'tenants', 'acme.yaml');
  const acme = YAML.parse(await readFile(file, 'utf8')) as Record<string, unknown> & { agents: unknown[] };
  const [acmeAgent] = acme.agents as Record<string, unknown>[];
  acme.agents.push({ ...acmeAgent, id: '7002', username: 'acme-supervisor', role: 'supervisor' });
  acme.integrationClients = [{ ...demoAdmin, clientId: ACME_ADMIN.clientId }];
  await writeFile(file, YAML.stringify(acme));
});
afterAll(async () => {
  if (configDir !== undefined) await rm(configDir, { recursive: true, force: true });
});

/** The CRM the released interactions were dispatched for: it takes every callback. */
const crm = useHttpReceiver<ProviderNotification[]>(() => ({ status: 200 }));

const suite = usePlatform(() => ({ SWITCHBOARD_CONFIG_DIR: configDir ?? '' }));

function headersOf(who: Caller): Record<string, string> {
  if (who === undefined) return {};
  if ('token' in who) return { authorization: `Bearer ${who.token}` };
  if ('username' in who)
    return { authorization: `Basic ${Buffer.from(`${who.username}:${who.password}`).toString('base64')}` };
  return { cookie: who.cookie };
}

/** A call of the Supervisor API as `who`; its body is checked against the contract's answer for its status. */
async function call(
  method: 'GET' | 'POST',
  urlPath: string,
  who: Caller,
  contractPath: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${suite.platform.baseUrl}${urlPath}`, {
    method,
    headers: { ...headersOf(who), ...headers },
  });
  const body: unknown = await response.json();
  const validate = contract.response(method, contractPath, response.status);
  if (validate === undefined)
    throw new Error(`the contract describes no ${String(response.status)} for ${method} ${contractPath}`);
  expect({ status: response.status, valid: validate(body), errors: validate.errors }).toMatchObject({
    status: response.status,
    valid: true,
  });
  return { status: response.status, body };
}

const sam = agent('sam');
const ROUTE = 'CrmCallRouting';
const PROVIDER = 'SupervisedCrm';
/** bob's desktop, signed in by the first test (and left not ready). */
let bob: { credentials: AgentCredentials; desktop: GwsAgentClient } | undefined;

/** GET an interaction's routing history; `who` undefined: no credentials at all. */
const routingOf = (id: string, who: Caller) =>
  call('GET', `/supervisor/v1/interactions/${id}/routing`, who, '/supervisor/v1/interactions/{id}/routing');

/** POST a release as `who` (with `headers`: a CSRF token). */
const releaseOf = (id: string, who: Caller, headers: Record<string, string> = {}) =>
  call('POST', `/supervisor/v1/interactions/${id}/release`, who, '/supervisor/v1/interactions/{id}/release', headers);

/** A GWS session of a CSRF-protected tenant's agent and its CSRF token, as GWS hands them out on a GET. */
async function csrfSession(username: string): Promise<{ cookie: string; csrf: Record<string, string> }> {
  const response = await fetch(`${suite.platform.baseUrl}/api/v2/me`, { headers: headersOf(agent(username)) });
  expect(response.status).toBe(200);
  const cookie = /JSESSIONID=[^;]+/.exec(response.headers.get('set-cookie') ?? '')?.[0];
  const token = response.headers.get('x-csrf-token');
  if (cookie === undefined || token === null) throw new Error(`GWS handed ${username} no session or CSRF token`);
  return { cookie, csrf: { 'x-csrf-token': token } };
}

/** The route's statistics today, as the Statistics API answers them to the supervisor. */
async function routeFiguresNow(): Promise<StatisticsApi.components['schemas']['QueueStatistics'] | undefined> {
  const response = await fetch(`${suite.platform.baseUrl}/statistics/v1/queues`, { headers: headersOf(sam) });
  if (response.status !== 200) return undefined; // the statistics service is still starting
  const { queues } = (await response.json()) as { queues: StatisticsApi.components['schemas']['QueueStatistics'][] };
  return queues.find((queue) => queue.route === ROUTE);
}

/** The ids GWS lists to a supervisor as the tenant's active interactions. */
async function gwsListed(): Promise<string[]> {
  const response = await fetch(`${suite.platform.baseUrl}/api/v2/interactions?limit=100`, {
    headers: headersOf(sam),
  });
  expect(response.status).toBe(200);
  const { interactions } = (await response.json()) as { interactions: { id: string }[] };
  return interactions.map(({ id }) => id);
}

describe('the Supervisor API: an interaction’s routing history', () => {
  it(
    'shows a waiting interaction with no decision, then the decision that offered it, explained, with agents’ names',
    async () => {
      const id = await dispatchCrm(suite, 'SUPERVISOR-1');
      const waiting = await routingOf(id, sam);
      expect(waiting).toEqual({
        status: 200,
        body: {
          id,
          externalId: 'SUPERVISOR-1',
          route: 'CrmCallRouting',
          routing: expect.objectContaining({ status: 'waiting' }) as unknown,
          decisions: [],
          agentNames: {},
        },
      });

      bob = await readyDesktop(suite, 'bob');
      const { desktop } = bob;
      await notification(desktop, { state: 'Invited', id });
      const offered = (await routingOf(id, sam)).body as History;
      expect(offered.routing).toMatchObject({ status: 'offered', agentId: '5466', leaseUntil: expect.any(String) });
      expect(offered.decisions).toHaveLength(1);
      const [decision] = offered.decisions;
      expect(decision).toMatchObject({ agentId: '5466', explanation: { chosen: { agentId: '5466' } } });
      expect(offered.agentNames['5466']).toBe('bob');
      // every agent the answer names is named
      const named = [
        offered.routing.agentId,
        ...offered.decisions.flatMap(({ agentId, explanation }) => [
          agentId,
          explanation.chosen.agentId,
          ...explanation.runnersUp.map((runnerUp) => runnerUp.agentId),
          ...explanation.passedOver.map((passed) => passed.agentId),
        ]),
      ].filter((agentId): agentId is string => agentId !== undefined);
      for (const agentId of named) expect(offered.agentNames).toHaveProperty(agentId);

      // an administrator of the tenant reads the same
      const token = await suite.http.tokenFor(DEMO_ADMIN);
      expect((await routingOf(id, { token })).body).toEqual(offered);
      await suite.http.invokeResults({ requests: [{ action: 'release', externalid: 'SUPERVISOR-1' }] });
      await pollUntil(async () => ((await routingOf(id, sam)).status === 404 ? true : undefined), {
        what: 'the released interaction to be gone',
      });
      // nobody ready again: what is dispatched next waits
      expect(await suite.http.operateStatus(bob.credentials, 'NotReady')).toEqual({ statusCode: 0 });
    },
    TEST_TIMEOUT_MS,
  );

  it('answers 404 for an unknown interaction and 400 for an id that is not one', async () => {
    expect((await routingOf('999999999999', sam)).status).toBe(404);
    expect((await routingOf('not-an-id', sam)).status).toBe(400);
    expect((await routingOf('1'.repeat(21), sam)).status).toBe(400);
  });

  it('refuses an agent (403) and a caller without credentials (401); another tenant finds nothing (404)', async () => {
    const id = await dispatchCrm(suite, 'SUPERVISOR-AUTH');
    expect((await routingOf(id, agent('alice'))).status).toBe(403);
    expect((await routingOf(id, undefined)).status).toBe(401);
    expect((await routingOf(id, agent('sam', 'wrong-password'))).status).toBe(401);
    expect((await routingOf(id, agent('acme-supervisor', DEMO_PASSWORD))).status).toBe(404);
    expect((await routingOf(id, { token: await suite.http.tokenFor(ACME_ADMIN) })).status).toBe(404);
    expect((await routingOf(id, sam)).status).toBe(200);
    await suite.http.invokeResults({ requests: [{ action: 'release', externalid: 'SUPERVISOR-AUTH' }] });
  });
});

describe('the Supervisor API: releasing an interaction', () => {
  it(
    'releases a waiting interaction: its provider is called back, GWS lists it no more, the statistics count it abandoned',
    async () => {
      expect(
        bodyOf(await suite.http.register({ provider: PROVIDER, endpoint: crm.url('/crm') }), 200, 'RegisterResponse'),
      ).toMatchObject({ provider: PROVIDER });
      // every earlier interaction of the route has left the statistics' view: its abandoned count is settled
      const before = await pollUntil(
        async () => {
          const route = await routeFiguresNow();
          return route !== undefined && route.realTime.waiting === 0 && route.realTime.offered === 0
            ? route
            : undefined;
        },
        { timeoutMs: 30_000, what: 'the statistics to show nothing waiting in the route' },
      );
      const id = await dispatchCrm(suite, 'SUPERVISOR-WAITING', { provider: PROVIDER });
      expect((await routingOf(id, sam)).body).toMatchObject({ routing: { status: 'waiting' }, decisions: [] });
      expect(await gwsListed()).toContain(id);
      await pollUntil(async () => ((await routeFiguresNow())?.realTime.waiting === 1 ? true : undefined), {
        what: 'the statistics to see it wait',
      });

      expect(await releaseOf(id, sam)).toEqual({ status: 200, body: { id, released: true } });
      expect((await routingOf(id, sam)).status).toBe(404);
      expect(await gwsListed()).not.toContain(id);
      // a repeat of the release answers the same, and nothing is released twice
      expect(await releaseOf(id, sam)).toEqual({ status: 200, body: { id, released: true } });

      const released = await pollUntil(
        () =>
          crm.requests.find(
            ({ body }) => body[0]?.notification === 'Release' && body[0].objectid === 'SUPERVISOR-WAITING',
          ),
        { what: 'the provider’s Release callback' },
      );
      expect(released.body).toEqual([
        {
          notification: 'Release',
          objectid: 'SUPERVISOR-WAITING',
          notificationid: expect.any(String) as unknown,
          params: { AccountName: 'Switchboard Demo' },
        },
      ]);
      const after = await pollUntil(
        async () => {
          const route = await routeFiguresNow();
          return route?.today.abandoned === before.today.abandoned + 1 ? route : undefined;
        },
        { what: 'the release to be counted abandoned' },
      );
      expect(after.realTime.waiting).toBe(0);
      expect(crm.requests.filter(({ body }) => body[0]?.objectid === 'SUPERVISOR-WAITING')).toHaveLength(1);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'withdraws an offer its agent has not accepted (the agent sees it revoked) and refuses a connected one (409)',
    async () => {
      if (bob === undefined) throw new Error('bob was not signed in by the first test');
      const { credentials, desktop } = bob;
      expect(await suite.http.operateStatus(credentials, 'Ready')).toEqual({ statusCode: 0 });
      const token = await suite.http.tokenFor(DEMO_ADMIN);

      const offered = await dispatchCrm(suite, 'SUPERVISOR-OFFERED');
      await notification(desktop, { state: 'Invited', id: offered });
      expect(await releaseOf(offered, { token })).toEqual({ status: 200, body: { id: offered, released: true } });
      await notification(desktop, { state: 'Revoked', id: offered });

      const connected = await dispatchCrm(suite, 'SUPERVISOR-CONNECTED');
      await notification(desktop, { state: 'Invited', id: connected });
      expect(await operationStatus(suite, credentials, connected, { operationName: 'Accept' })).toMatchObject(ACCEPTED);
      await notification(desktop, { state: 'Processing', id: connected });
      const refused = await releaseOf(connected, sam);
      expect(refused).toEqual({
        status: 409,
        body: { statusCode: 409, error: 'Conflict', message: expect.stringContaining('connected to bob') as unknown },
      });
      expect((await routingOf(connected, sam)).body).toMatchObject({
        routing: { status: 'connected', agentId: '5466' },
      });

      // the same rule as the routing history: agents 403, nobody 401, another tenant finds nothing
      expect((await releaseOf(connected, agent('alice'))).status).toBe(403);
      expect((await releaseOf(connected, undefined)).status).toBe(401);
      expect((await releaseOf(connected, { token: await suite.http.tokenFor(ACME_ADMIN) })).status).toBe(404);
      // acme protects GWS changes from CSRF: its supervisor's change needs its session's token, as GWS asks
      expect((await releaseOf(connected, agent('acme-supervisor', DEMO_PASSWORD))).body).toMatchObject({
        statusCode: 403,
        message: 'Missing or invalid Csrf token',
      });
      const acme = await csrfSession('acme-supervisor');
      expect((await releaseOf(connected, { cookie: acme.cookie }, acme.csrf)).status).toBe(404);
      expect((await releaseOf('not-an-id', sam)).status).toBe(400);
      expect((await releaseOf('999999999999', sam)).status).toBe(404);
      expect(await operationStatus(suite, credentials, connected, { operationName: 'Complete' })).toMatchObject(
        ACCEPTED,
      );
    },
    TEST_TIMEOUT_MS,
  );
});
