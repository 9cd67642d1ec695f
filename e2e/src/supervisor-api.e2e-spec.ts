// Issue 16, point 3 (its API): the Supervisor API through the gateway, on the platform `npm start` runs. A VCC
// dispatch waits with nobody ready; a supervisor reads its routing (waiting, no decision); an agent gets ready and
// the supervisor reads the decision that offered it, explained, with the agents' names. Who may read it is the
// Statistics API's rule. Every answer is checked against contracts/openapi/supervisor.openapi.yaml.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import YAML from 'yaml';
import { OpenApiValidator, supervisorDocument, type SupervisorApi } from '@switchboard/contracts';
import { pollUntil, REPO_ROOT } from '@switchboard/testing';
import { notification } from './support/agents.js';
import { agent, DEMO_ADMIN, DEMO_PASSWORD, type AgentCredentials } from './support/contract-http.js';
import { dispatchCrm, readyDesktop } from './support/gws-steps.js';
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
): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${suite.platform.baseUrl}${urlPath}`, { method, headers: headersOf(who) });
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

/** GET an interaction's routing history; `who` undefined: no credentials at all. */
const routingOf = (id: string, who: Caller) =>
  call('GET', `/supervisor/v1/interactions/${id}/routing`, who, '/supervisor/v1/interactions/{id}/routing');

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

      const { desktop } = await readyDesktop(suite, 'bob');
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
