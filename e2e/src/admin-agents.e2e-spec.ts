// Agents changed live through the admin API (issue 17), with no restart anywhere: an agent created signs in over
// GWS and receives the next dispatch; a skill level raised changes who gets the next one; a stale ETag is 412; a
// removed agent's offer is revoked (and goes to another agent) and it can no longer sign in, not even with a session
// cookie it had. Every response is validated against contracts/openapi/admin.openapi.yaml (and GWS, VCC).
import { describe, expect, it } from '@jest/globals';
import { adminDocument, OpenApiValidator, type AdminApi } from '@switchboard/contracts';
import type { GwsAgentClient } from '@switchboard/gws-client';
import { isAlive, pollUntil } from '@switchboard/testing';
import { notification } from './support/agents.js';
import {
  agent,
  bodyOf,
  DEMO_ADMIN,
  DEMO_CLIENT,
  exchange,
  type ContractResponse,
  type Invocation,
} from './support/contract-http.js';
import { usePlatform } from './support/platform-suite.js';

const TEST_TIMEOUT_MS = 60_000;
const suite = usePlatform();
const adminContract = new OpenApiValidator(adminDocument, 'admin');

type Agent = AdminApi.components['schemas']['Agent'];
type AgentsPath = '/admin/agents' | '/admin/agents/{username}';

async function call(
  method: 'GET' | 'POST' | 'PUT' | 'DELETE',
  contractPath: AgentsPath,
  urlPath: string,
  options: { body?: unknown; ifMatch?: string; token?: string | null } = {},
): Promise<ContractResponse> {
  const token = options.token === undefined ? await suite.http.tokenFor(DEMO_ADMIN) : options.token;
  return exchange(suite.platform.baseUrl, {
    contract: adminContract,
    contractName: 'admin',
    contractPath,
    urlPath,
    method,
    headers: {
      ...(token === null ? {} : { authorization: `Bearer ${token}` }),
      ...(options.body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(options.ifMatch === undefined ? {} : { 'if-match': options.ifMatch }),
    },
    ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
  });
}

const agentPath = (username: string): string => `/admin/agents/${encodeURIComponent(username)}`;
const PASSWORD = 'new-hire-password';

async function create(body: Record<string, unknown>): Promise<{ agent: Agent; etag: string | null }> {
  const response = await call('POST', '/admin/agents', '/admin/agents', { body: { password: PASSWORD, ...body } });
  expect(response.status).toBe(201);
  return { agent: response.body as Agent, etag: response.headers.get('etag') };
}

/** Signs the agent in over GWS with its password, connects its desktop and makes it ready. */
async function readyDesktop(username: string): Promise<GwsAgentClient> {
  const credentials = agent(username, PASSWORD);
  expect(await suite.http.operateStatus(credentials, 'StartContactCenterSession')).toEqual({ statusCode: 0 });
  const desktop = await suite.desktops.connected(username, PASSWORD);
  expect(await suite.http.operateStatus(credentials, 'Ready')).toEqual({ statusCode: 0 });
  return desktop;
}

const dispatch = async (externalid: string, skills: { name: string }[] = []): Promise<string> => {
  const body: Invocation = {
    provider: 'CrmIntegration',
    requests: [
      {
        action: 'dispatch',
        externalid,
        route: 'CrmCallRouting',
        routingdata: { interactiontype: 'nonlive', skills },
      },
    ],
  };
  const [result] = await suite.http.invokeResults(body);
  expect(result).toMatchObject({ outcome: 'dispatched' });
  return result?.interactionid ?? '';
};

const release = async (externalid: string): Promise<void> => {
  const [result] = await suite.http.invokeResults({
    provider: 'CrmIntegration',
    requests: [{ action: 'release', externalid }],
  });
  expect(result).toMatchObject({ outcome: 'released' });
};

describe('agents created, changed and removed through the admin API, live', () => {
  it(
    'creates an agent that signs in over GWS and receives the next dispatch',
    async () => {
      const { agent: created, etag } = await create({ id: '7101', username: 'newhire', skills: { skillOptional: 4 } });
      expect(created).toEqual({
        id: '7101',
        username: 'newhire',
        skills: { skillOptional: 4 },
        role: 'agent',
        etag: expect.stringMatching(/^"\d+"$/) as unknown,
      });
      expect(etag).toBe(created.etag);
      const read = await call('GET', '/admin/agents/{username}', agentPath('NEWHIRE'));
      expect(read.status).toBe(200);
      expect(read.body).toEqual(created);
      expect(read.headers.get('etag')).toBe(created.etag);

      const desktop = await readyDesktop('newhire');
      const id = await dispatch('admin-agents-1');
      await notification(desktop, { state: 'Invited', id });
      await release('admin-agents-1');
      expect(await suite.http.operateStatus(agent('newhire', PASSWORD), 'NotReady')).toEqual({ statusCode: 0 });
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'refuses a bad agent with the tenant file’s messages, a taken username, and callers without the admin scope',
    async () => {
      const unknownSkill = await call('POST', '/admin/agents', '/admin/agents', {
        body: { id: '7199', username: 'typo', password: PASSWORD, skills: { cooking: 3 } },
      });
      expect(unknownSkill.status).toBe(400);
      expect(bodyOf(unknownSkill, 400, 'AdminError').message).toBe('skills: unknown skill "cooking"');
      const taken = await call('POST', '/admin/agents', '/admin/agents', {
        body: { id: '7198', username: 'AgentUsername', password: PASSWORD },
      });
      expect(taken.status).toBe(409);
      const noToken = await call('GET', '/admin/agents', '/admin/agents', { token: null });
      expect(noToken.status).toBe(401);
      const integration = await call('GET', '/admin/agents', '/admin/agents', {
        token: await suite.http.tokenFor(DEMO_CLIENT),
      });
      expect(integration.status).toBe(403);
      const missing = await call('GET', '/admin/agents/{username}', agentPath('nobody'));
      expect(missing.status).toBe(404);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'raises a skill level that decides the next dispatch; a stale ETag is 412; a removed agent’s offer goes to another',
    async () => {
      await create({ id: '7102', username: 'senior', skills: { skillMandatory: 6 } });
      const junior = await create({ id: '7103', username: 'junior', skills: { skillMandatory: 2 } });
      const seniorDesk = await readyDesktop('senior'); // idle longest, and the higher level: it wins for now
      const juniorDesk = await readyDesktop('junior');
      const first = await dispatch('admin-agents-2', [{ name: 'skillMandatory' }]);
      await notification(seniorDesk, { state: 'Invited', id: first });
      await release('admin-agents-2');
      expect(await suite.http.operateStatus(agent('senior', PASSWORD), 'Ready')).toEqual({ statusCode: 0 });

      const raised = await call('PUT', '/admin/agents/{username}', agentPath('junior'), {
        body: { skills: { skillMandatory: 9 } },
        ifMatch: junior.etag ?? '',
      });
      expect(raised.status).toBe(200);
      const raisedAgent = raised.body as Agent;
      expect(raisedAgent).toMatchObject({ username: 'junior', skills: { skillMandatory: 9 } });
      expect(raisedAgent.etag).not.toBe(junior.etag);
      const stale = await call('PUT', '/admin/agents/{username}', agentPath('junior'), {
        body: { skills: { skillMandatory: 1 } },
        ifMatch: junior.etag ?? '',
      });
      expect(stale.status).toBe(412);

      const second = await dispatch('admin-agents-3', [{ name: 'skillMandatory' }]);
      await notification(juniorDesk, { state: 'Invited', id: second });

      // a session cookie junior signed in for, before the removal
      const signedIn = await suite.http.getMe(agent('junior', PASSWORD));
      const session = signedIn.headers.get('set-cookie')?.split(';')[0] ?? '';
      expect(session).toMatch(/^JSESSIONID=/);
      expect((await suite.http.getMe({ cookie: session })).status).toBe(200);

      const staleDelete = await call('DELETE', '/admin/agents/{username}', agentPath('junior'), {
        ifMatch: junior.etag ?? '',
      });
      expect(staleDelete.status).toBe(412);
      const removed = await call('DELETE', '/admin/agents/{username}', agentPath('junior'), {
        ifMatch: raisedAgent.etag,
      });
      expect(removed.status).toBe(200);
      await notification(juniorDesk, { state: 'Revoked', id: second });
      await notification(seniorDesk, { state: 'Invited', id: second });
      expect((await suite.http.getMe(agent('junior', PASSWORD))).status).toBe(401);
      expect((await suite.http.getMe({ cookie: session })).status).toBe(401);
      expect((await call('GET', '/admin/agents/{username}', agentPath('junior'))).status).toBe(404);
      await release('admin-agents-3');
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'lists the agents a page at a time, by username',
    async () => {
      const page = await call('GET', '/admin/agents', '/admin/agents?offset=0&limit=2');
      expect(page.status).toBe(200);
      const body = page.body as { agents: Agent[]; total: number; offset: number; limit: number };
      expect(body.agents).toHaveLength(2);
      expect(body).toMatchObject({ offset: 0, limit: 2 });
      const all = await call('GET', '/admin/agents', `/admin/agents?limit=500`);
      const everyone = (all.body as { agents: Agent[]; total: number }).agents.map((a) => a.username);
      expect(everyone).toEqual(expect.arrayContaining(['AgentUsername', 'newhire', 'senior']));
      expect(everyone).not.toContain('junior');
      expect((all.body as { total: number }).total).toBe(everyone.length);
      expect((await call('GET', '/admin/agents', '/admin/agents?limit=501')).status).toBe(400);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'keeps every change across a crash of the interactions service: the agents, their ETags, and the removal',
    async () => {
      const before = await call('GET', '/admin/agents', '/admin/agents?limit=500');
      expect(before.status).toBe(200);
      const crashed = await suite.platform.pidOf('interactions');
      process.kill(crashed, 'SIGKILL');
      await pollUntil(
        async () => {
          const pid = await suite.platform.pidOf('interactions');
          return pid !== crashed && isAlive(pid) ? pid : undefined;
        },
        { timeoutMs: 30_000, intervalMs: 50, what: 'a new interactions service' },
      );
      const after = await pollUntil(
        async () => {
          const listed = await call('GET', '/admin/agents', '/admin/agents?limit=500');
          return listed.status === 200 ? listed : undefined;
        },
        { timeoutMs: 30_000, intervalMs: 100, what: 'the agents listed again' },
      );
      expect(after.body).toEqual(before.body);
      expect((await call('GET', '/admin/agents/{username}', agentPath('junior'))).status).toBe(404);
      // the restarted service routes to an agent created live: it signs in again and is offered the next dispatch
      const desktop = await readyDesktop('newhire');
      const id = await dispatch('admin-agents-4', [{ name: 'skillOptional' }]); // newhire's alone
      await notification(desktop, { state: 'Invited', id });
      await release('admin-agents-4');
    },
    TEST_TIMEOUT_MS,
  );
});
