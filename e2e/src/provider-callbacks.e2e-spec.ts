// Provider callbacks end to end: a real receiver on loopback that fails twice before taking a callback, and one
// that is down until the admin re-drives the dead letter. Retries are made quick through the notifier's env.
import { describe, expect, it } from '@jest/globals';
import type { ProviderNotification } from '@switchboard/contracts';
import { pollUntil } from '@switchboard/testing';
import { notification } from './support/agents.js';
import { agent, bodyOf, DEMO_ADMIN } from './support/contract-http.js';
import { useHttpReceiver, type ReceivedRequest } from './support/http-receiver.js';
import { usePlatform } from './support/platform-suite.js';

const TEST_TIMEOUT_MS = 60_000;

/** How each path answers: flaky fails its first two calls; down fails until it is brought up. */
const failuresLeft = new Map<string, number>([['/flaky', 2]]);
let downIsUp = false;
const receiver = useHttpReceiver<ProviderNotification[]>(({ path }) => {
  const left = failuresLeft.get(path) ?? 0;
  if (left > 0) failuresLeft.set(path, left - 1);
  const fail = path === '/down' ? !downIsUp : left > 0;
  return { status: fail ? 503 : 200 };
});

const suite = usePlatform(() => ({
  CALLBACK_MAX_ATTEMPTS: '3',
  CALLBACK_RETRY_BASE_MS: '50',
  CALLBACK_RETRY_MAX_MS: '200',
}));
/** The callbacks delivered to `path` whose (first) notification is `kind`. */
const callsTo = (path: string, kind: ProviderNotification['notification']): ReceivedRequest<ProviderNotification[]>[] =>
  receiver.requests.filter((r) => r.path === path && r.body[0]?.notification === kind);

describe('provider callbacks', () => {
  it(
    'retries a failing AssignToAgent with the same notificationid until it is taken, with the registered headers, then sends Release in order',
    async () => {
      expect(
        bodyOf(
          await suite.http.register({
            provider: 'Flaky',
            endpoint: receiver.url('/flaky'),
            headers: { Authorization: 'Bearer crm-secret', 'x-crm-tenant': 'acme' },
          }),
          200,
          'RegisterResponse',
        ).provider,
      ).toBe('Flaky');
      const bob = agent('bob');
      expect(await suite.http.operateStatus(bob, 'StartContactCenterSession')).toEqual({ statusCode: 0 });
      const desktop = await suite.desktops.connected('bob');
      expect(await suite.http.operateStatus(bob, 'Ready')).toEqual({ statusCode: 0 });

      const [dispatched] = await suite.http.invokeResults({
        provider: 'Flaky',
        requests: [{ externalid: 'FLAKY-1', route: 'CrmCallRouting' }],
      });
      await notification(desktop, { state: 'Invited', externalId: 'FLAKY-1' });
      const assigned = await pollUntil(
        () => {
          const calls = callsTo('/flaky', 'AssignToAgent');
          return calls.some((c) => c.answered === 200) ? calls : undefined;
        },
        { what: 'AssignToAgent to be taken' },
      );
      expect(assigned.map((c) => c.answered)).toEqual([503, 503, 200]);
      expect(new Set(assigned.map((c) => c.body[0]?.notificationid)).size).toBe(1);
      expect(assigned[0]?.body).toEqual([
        {
          notification: 'AssignToAgent',
          objectid: 'FLAKY-1',
          notificationid: expect.stringMatching(/^[0-9a-f-]{36}$/),
          params: { AccountName: 'Switchboard Demo', Agent: 'bob', AgentId: '5466' },
        },
      ]);
      expect(assigned[0]?.headers).toMatchObject({
        authorization: 'Bearer crm-secret',
        'x-crm-tenant': 'acme',
        'content-type': 'application/json',
      });

      await suite.http.invokeResults({ provider: 'Flaky', requests: [{ action: 'release', externalid: 'FLAKY-1' }] });
      const released = await pollUntil(() => callsTo('/flaky', 'Release')[0], { what: 'the Release callback' });
      expect(released.body[0]).toMatchObject({
        objectid: 'FLAKY-1',
        params: { AccountName: 'Switchboard Demo', AgentId: '5466' },
      });
      const order = receiver.requests
        .filter((r) => r.path === '/flaky' && r.answered === 200)
        .map((r) => r.body[0]?.notification);
      expect(order).toEqual(['AssignToAgent', 'Release']);
      expect(dispatched?.interactionid).toBeDefined();
      expect(await suite.http.operateStatus(bob, 'NotReady')).toEqual({ statusCode: 0 });
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'dead-letters a callback after the last attempt, lists it for the admin, and re-drives it once the provider is back',
    async () => {
      bodyOf(await suite.http.register({ provider: 'Down', endpoint: receiver.url('/down') }), 200, 'RegisterResponse');
      await suite.http.invokeResults({
        provider: 'Down',
        requests: [{ externalid: 'DOWN-1', route: 'CrmCallRouting' }],
      });
      await suite.http.invokeResults({ provider: 'Down', requests: [{ action: 'release', externalid: 'DOWN-1' }] });

      const token = await suite.http.tokenFor(DEMO_ADMIN);
      const list = async (): Promise<{ notificationid: string; provider: string; attempts: number }[]> =>
        (
          await suite.http
            .admin('GET', '/admin/callbacks/dead-letters', '/admin/callbacks/dead-letters', token)
            .then((r) => {
              expect(r.status).toBe(200);
              return r.body as { deadLetters: { notificationid: string; provider: string; attempts: number }[] };
            })
        ).deadLetters;
      const [letter] = await pollUntil(
        async () => {
          const letters = (await list()).filter((l) => l.provider === 'Down');
          return letters.length > 0 ? letters : undefined;
        },
        { what: 'the Release callback to be dead-lettered' },
      );
      expect(letter).toMatchObject({
        provider: 'Down',
        attempts: 3,
        endpoint: receiver.url('/down'),
        lastError: 'HTTP 503',
      });
      expect(callsTo('/down', 'Release')).toHaveLength(3);

      const redrivePath = `/admin/callbacks/dead-letters/${letter?.notificationid ?? ''}/redrive`;
      const contractPath = '/admin/callbacks/dead-letters/{notificationid}/redrive';
      expect((await suite.http.admin('POST', redrivePath, contractPath, token)).status).toBe(502);
      downIsUp = true;
      const redriven = await suite.http.admin('POST', redrivePath, contractPath, token);
      expect(redriven.status).toBe(200);
      expect(redriven.body).toEqual({ notificationid: letter?.notificationid, delivered: true });
      expect((await list()).filter((l) => l.provider === 'Down')).toEqual([]);
      expect(callsTo('/down', 'Release').at(-1)?.answered).toBe(200);
      expect((await suite.http.admin('POST', redrivePath, contractPath, token)).status).toBe(404);
    },
    TEST_TIMEOUT_MS,
  );
});
