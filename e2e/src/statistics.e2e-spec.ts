// Issue 16, point 1: the Statistics API through the gateway, on the platform `npm start` runs. A VCC dispatch waits,
// a GWS agent gets it and accepts it, and the supervisor sees entered, waiting and accepted move; an agent is
// refused, and another tenant's supervisor sees nothing of this tenant. Every answer is checked against
// contracts/openapi/statistics.openapi.yaml.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import YAML from 'yaml';
import { OpenApiValidator, statisticsDocument, type StatisticsApi } from '@switchboard/contracts';
import { environmentOf, pollUntil, REPO_ROOT, ServerSentEventReader } from '@switchboard/testing';
import { notification } from './support/agents.js';
import { agent, DEMO_ADMIN, DEMO_PASSWORD, type AgentCredentials } from './support/contract-http.js';
import { ACCEPTED, dispatchCrm, operationStatus, readyDesktop } from './support/gws-steps.js';
import { usePlatform } from './support/platform-suite.js';

const TEST_TIMEOUT_MS = 60_000;
const ROUTE = 'CrmCallRouting';
const contract = new OpenApiValidator(statisticsDocument, 'statistics');

type Schemas = StatisticsApi.components['schemas'];
type Summary = Schemas['Periods'] & {
  realTime: Schemas['QueueRealTime'] & { agents: Schemas['AgentCounts'] };
  interval: Schemas['Figures'];
  today: Schemas['Figures'];
};
type Queues = Schemas['Periods'] & { queues: Schemas['QueueStatistics'][] };
type Agents = StatisticsApi.paths['/statistics/v1/agents']['get']['responses']['200']['content']['application/json'];
type Live = Schemas['Periods'] & { summary: Summary; queues: Schemas['QueueStatistics'][] };

/** config/ with a supervisor added to the acme tenant (same password as its agent): written before the platform starts. */
let configDir: string | undefined;
beforeAll(async () => {
  configDir = await mkdtemp(path.join(os.tmpdir(), 'switchboard-statistics-'));
  await cp(path.join(REPO_ROOT, 'config'), configDir, { recursive: true });
  const file = path.join(configDir, 'tenants', 'acme.yaml');
  const acme = YAML.parse(await readFile(file, 'utf8')) as { agents: Record<string, unknown>[] };
  const [acmeAgent] = acme.agents;
  acme.agents.push({ ...acmeAgent, id: '7002', username: 'acme-supervisor', role: 'supervisor' });
  await writeFile(file, YAML.stringify(acme));
});
afterAll(async () => {
  if (configDir !== undefined) await rm(configDir, { recursive: true, force: true });
});

const suite = usePlatform(() => ({ SWITCHBOARD_CONFIG_DIR: configDir ?? '' }));

/** GET a Statistics API path as `who` (Basic credentials, a bearer token, or nobody); its body is checked against the contract. */
async function get(
  urlPath: string,
  who: AgentCredentials | { token: string } | undefined,
): Promise<{ status: number; body: unknown }> {
  const headers: Record<string, string> = {};
  if (who !== undefined && 'token' in who) headers.authorization = `Bearer ${who.token}`;
  else if (who !== undefined && 'username' in who)
    headers.authorization = `Basic ${Buffer.from(`${who.username}:${who.password}`).toString('base64')}`;
  const response = await fetch(`${suite.platform.baseUrl}${urlPath}`, { headers });
  const body: unknown = await response.json();
  const validate = contract.response('GET', new URL(urlPath, 'http://x').pathname, response.status);
  if (validate === undefined)
    throw new Error(`the contract describes no ${String(response.status)} for GET ${urlPath}`);
  expect({ status: response.status, valid: validate(body), errors: validate.errors }).toMatchObject({
    status: response.status,
    valid: true,
  });
  return { status: response.status, body };
}

/** The statistics service's own /metrics (its port is in its environment, as the launcher started it). */
async function statisticsMetrics(): Promise<string> {
  const port = (await environmentOf(await suite.platform.pidOf('statistics'))).STATISTICS_PORT;
  return (await fetch(`http://127.0.0.1:${String(port)}/metrics`)).text();
}

const sam = agent('sam');
const summaryOf = async (who: AgentCredentials = sam): Promise<Summary> => {
  const { status, body } = await get('/statistics/v1/summary', who);
  expect(status).toBe(200);
  return body as Summary;
};
const routeOf = async (
  who: AgentCredentials | { token: string } = sam,
): Promise<Schemas['QueueStatistics'] | undefined> => {
  const { status, body } = await get('/statistics/v1/queues', who);
  expect(status).toBe(200);
  return (body as Queues).queues.find((queue) => queue.route === ROUTE);
};

describe('the Statistics API', () => {
  it(
    'shows a supervisor a dispatch entering, waiting, and accepted by an agent',
    async () => {
      // the statistics service starts beside the gateway: wait until it answers
      const before = await pollUntil(
        async () => ((await get('/statistics/v1/summary', sam)).status === 200 ? summaryOf() : undefined),
        {
          timeoutMs: 30_000,
          what: 'the statistics service to answer',
        },
      );
      expect(before).toMatchObject({ tenant: 'demo', intervalSeconds: 900 });
      expect(before.dayStart).toMatch(/T00:00:00\.000Z$/);

      // nobody is ready yet: it waits
      const id = await dispatchCrm(suite, 'STATS-1');
      const waiting = await pollUntil(
        async () => {
          const queue = await routeOf();
          return queue !== undefined && queue.realTime.waiting === 1 ? queue : undefined;
        },
        { what: 'the dispatch to wait in its route' },
      );
      expect(waiting.today.entered).toBe(1);
      expect((await summaryOf()).realTime.waiting).toBe(before.realTime.waiting + 1);
      expect(await statisticsMetrics()).toContain(`switchboard_statistics_waiting{tenant="demo",route="${ROUTE}"} 1`);

      const { credentials, desktop } = await readyDesktop(suite, 'bob');
      await notification(desktop, { state: 'Invited', id });
      expect(await operationStatus(suite, credentials, id, { operationName: 'Accept' })).toMatchObject(ACCEPTED);
      await notification(desktop, { state: 'Processing', id });

      const answered = await pollUntil(
        async () => {
          const queue = await routeOf();
          return queue?.today.accepted === 1 ? queue : undefined;
        },
        { what: 'the acceptance to be counted' },
      );
      expect(answered.realTime.waiting).toBe(0);
      expect(answered.today).toMatchObject({ entered: 1, offered: 1, accepted: 1 });
      const summary = await summaryOf();
      expect(summary.today.accepted).toBe(before.today.accepted + 1);
      expect(summary.realTime.agents.busy).toBeGreaterThanOrEqual(1);
      const { body } = await get('/statistics/v1/agents', sam);
      expect((body as Agents).agents).toEqual(
        expect.arrayContaining([
          // a VCC dispatch with no interactiontype is nonlive
          expect.objectContaining({
            username: 'bob',
            state: 'busy',
            interactions: 1,
            load: { live: 0, chat: 0, nonlive: 1 },
          }),
        ]),
      );
      const gauges = await statisticsMetrics();
      expect(gauges).toContain(`switchboard_statistics_waiting{tenant="demo",route="${ROUTE}"} 0`);
      expect(gauges).toMatch(/switchboard_statistics_agents\{tenant="demo",state="busy"\} [1-9]/);
      // an administrator of the tenant reads the same
      const token = await suite.http.tokenFor(DEMO_ADMIN);
      expect((await routeOf({ token }))?.today.accepted).toBe(1);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'pushes the tenant and its routes live to a supervisor, as server-sent events',
    async () => {
      const response = await fetch(`${suite.platform.baseUrl}/statistics/v1/stream`, {
        headers: { authorization: `Basic ${Buffer.from(`sam:${DEMO_PASSWORD}`).toString('base64')}` },
      });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
      if (response.body === null) throw new Error('the stream has no body');
      const events = new ServerSentEventReader(response.body);
      try {
        const next = async (): Promise<Live> => {
          const event = await events.nextEvent();
          if (event === 'end') throw new Error('the stream ended');
          return event.message as Live;
        };
        const first = await next();
        expect(first).toMatchObject({ tenant: 'demo', intervalSeconds: 900, summary: { realTime: { agents: {} } } });
        const enteredOf = (live: Live): number =>
          live.queues.find((queue) => queue.route === ROUTE)?.today.entered ?? 0;
        const before = enteredOf(first);
        // nothing is sent again until the figures change: the next event is the dispatch's
        await dispatchCrm(suite, 'STATS-LIVE');
        let live = await next();
        while (enteredOf(live) === before) live = await next();
        expect(enteredOf(live)).toBe(before + 1);
        expect(live.summary.today.entered).toBe(first.summary.today.entered + 1);
        await suite.http.invokeResults({ requests: [{ action: 'release', externalid: 'STATS-LIVE' }] });
      } finally {
        await events.cancel();
      }
      const bob = await fetch(`${suite.platform.baseUrl}/statistics/v1/stream`, {
        headers: { authorization: `Basic ${Buffer.from(`bob:${DEMO_PASSWORD}`).toString('base64')}` },
      });
      expect(bob.status).toBe(403);
      expect((await fetch(`${suite.platform.baseUrl}/statistics/v1/stream`)).status).toBe(401);
    },
    TEST_TIMEOUT_MS,
  );

  it('pages the agents in id order, says how many there are in all, and refuses a page past its bounds (400)', async () => {
    const all = (await get('/statistics/v1/agents?limit=500', sam)).body as Agents;
    expect(all).toMatchObject({ offset: 0, limit: 500, totalCount: all.agents.length });
    expect(all.totalCount).toBeGreaterThanOrEqual(1);
    const ids = all.agents.map((each) => each.agentId);
    expect(ids).toEqual([...ids].sort());
    const page = (await get('/statistics/v1/agents?offset=1&limit=2', sam)).body as Agents;
    expect(page).toMatchObject({ offset: 1, limit: 2, totalCount: all.totalCount });
    expect(page.agents.map((each) => each.agentId)).toEqual(ids.slice(1, 3));
    const tooMany = await get('/statistics/v1/agents?limit=501', sam);
    expect(tooMany).toEqual({
      status: 400,
      body: expect.objectContaining({ message: "Parameter 'limit' must be an integer from 1 to 500" }),
    });
  });

  it('refuses an agent (403) and a caller without credentials (401)', async () => {
    expect((await get('/statistics/v1/summary', agent('bob'))).status).toBe(403);
    expect((await get('/statistics/v1/queues', agent('bob'))).status).toBe(403);
    expect((await get('/statistics/v1/agents', undefined)).status).toBe(401);
    expect((await get('/statistics/v1/summary', agent('sam', 'wrong-password'))).status).toBe(401);
  });

  it('shows another tenant’s supervisor its own tenant only', async () => {
    const acme = await summaryOf(agent('acme-supervisor', DEMO_PASSWORD));
    expect(acme).toMatchObject({ tenant: 'acme', today: { entered: 0, accepted: 0 }, realTime: { waiting: 0 } });
    const { body } = await get('/statistics/v1/queues', agent('acme-supervisor', DEMO_PASSWORD));
    expect((body as Queues).queues).toEqual([]);
    const agents = (await get('/statistics/v1/agents', agent('acme-supervisor', DEMO_PASSWORD))).body as Agents;
    expect(agents.agents.map((each) => each.username)).not.toContain('bob');
  });
});
