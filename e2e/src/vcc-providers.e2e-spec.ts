// VCC Register, providers in Invoke, the admin API for providers, and keys in any case — through real HTTP,
// every response validated against the contracts (VCC Interactions and admin).
import { describe, expect, it } from '@jest/globals';
import { bodyOf, DEMO_ADMIN, REGISTER_PATH } from './support/contract-http.js';
import { usePlatform } from './support/platform-suite.js';

const TEST_TIMEOUT_MS = 60_000;
const suite = usePlatform();

const adminToken = (): Promise<string> => suite.http.tokenFor(DEMO_ADMIN);
const providersPath = '/admin/providers';
const providerPath = '/admin/providers/{provider}';

async function listed(name: string): Promise<unknown> {
  const providers = bodyOf(
    await suite.http.admin('GET', providersPath, providersPath, await adminToken()),
    200,
    'Providers',
  ).providers;
  return providers.find((p) => p.provider === name);
}

describe('POST /interactions/Register', () => {
  it(
    'registers a provider, and registering again replaces every setting',
    async () => {
      const first = await suite.http.register({
        provider: 'Helpdesk',
        endpoint: 'https://helpdesk.example/vcc',
        headers: { Authorization: 'Basic dXNlcjpwYXNz', 'x-tenant': 'acme' },
        agentactionspermitted: { release: 1, hold: 1 },
      });
      expect(bodyOf(first, 200, 'RegisterResponse')).toEqual({
        provider: 'Helpdesk',
        endpoint: 'https://helpdesk.example/vcc',
        agentactionspermitted: { release: 1, hold: 1, transferToAgent: 0, transferToRoute: 0 },
      });
      const again = await suite.http.register(
        { provider: 'Helpdesk', agentactionspermitted: { transferToRoute: 1 } },
        { path: '/interactions/register' },
      );
      expect(bodyOf(again, 200, 'RegisterResponse')).toEqual({
        provider: 'Helpdesk',
        agentactionspermitted: { release: 0, hold: 0, transferToAgent: 0, transferToRoute: 1 },
      });
      expect(await listed('Helpdesk')).toEqual({
        provider: 'Helpdesk',
        headerNames: [],
        agentactionspermitted: { release: 0, hold: 0, transferToAgent: 0, transferToRoute: 1 },
      });
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'permits every agent action when agentactionspermitted is omitted',
    async () => {
      expect(
        bodyOf(
          await suite.http.register({ provider: 'CallbacksOnly', endpoint: 'http://127.0.0.1:9/cb' }),
          200,
          'RegisterResponse',
        ),
      ).toEqual({
        provider: 'CallbacksOnly',
        endpoint: 'http://127.0.0.1:9/cb',
        agentactionspermitted: { release: 1, hold: 1, transferToAgent: 1, transferToRoute: 1 },
      });
    },
    TEST_TIMEOUT_MS,
  );

  it.each([
    ['no provider', { endpoint: 'https://x.example' }, /provider is required/],
    ['an endpoint that is not a URL', { provider: 'P', endpoint: 'not a url' }, /endpoint/],
    [
      'an endpoint that is not http(s)',
      { provider: 'P', endpoint: 'ftp://x.example/cb' },
      /endpoint must be an http or https URL/,
    ],
    [
      'an Authorization header without a type',
      { provider: 'P', headers: { Authorization: 'dXNlcjpwYXNz' } },
      /<type> <credentials>/,
    ],
    ['headers that are not a map of strings', { provider: 'P', headers: [{ name: 'a', value: 'b' }] }, /headers/],
    ['an unknown agent action', { provider: 'P', agentactionspermitted: { park: 1 } }, /unknown property 'park'/],
    [
      'a permission other than 0 or 1',
      { provider: 'P', agentactionspermitted: { release: 2 } },
      /release must be one of 0, 1/,
    ],
  ])('refuses %s with 400 and registers nothing', async (_case, body, message) => {
    const response = await suite.http.register(body);
    expect(response.status).toBe(400);
    expect(bodyOf(response, 400, 'VccError').message).toMatch(message);
    expect(await listed('P')).toBeUndefined();
  });
});

describe('providers in Invoke', () => {
  it(
    'refuses a dispatch naming an unregistered provider, and accepts it once registered',
    async () => {
      const dispatch = {
        provider: 'Newcomer',
        requests: [{ requestid: 'nc-1', externalid: 'NC-1', route: 'CrmCallRouting' }],
      };
      expect(await suite.http.invokeResults(dispatch)).toEqual([
        expect.objectContaining({
          outcome: 'rejected',
          error: { code: 'provider_not_registered', message: expect.stringContaining('Newcomer') },
        }),
      ]);
      expect(bodyOf(await suite.http.register({ provider: 'Newcomer' }), 200, 'RegisterResponse').provider).toBe(
        'Newcomer',
      );
      expect(await suite.http.invokeResults(dispatch)).toEqual([
        expect.objectContaining({ outcome: 'dispatched', duplicate: false }),
      ]);
      const release = { provider: 'Newcomer', requests: [{ action: 'release' as const, externalid: 'NC-1' }] };
      expect(await suite.http.invokeResults(release)).toEqual([expect.objectContaining({ outcome: 'released' })]);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'takes the bearer scheme in any case, as the vendor examples write it',
    async () => {
      const token = await suite.http.accessToken();
      for (const scheme of ['bearer', 'BEARER']) {
        const response = await suite.http.invoke(
          { requests: [{ route: 'CrmCallRouting' }] },
          { headers: { authorization: `${scheme} ${token}` } },
        );
        expect(response.status).toBe(200);
      }
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'reads requestId and externalId in the camelCase of the vendor prose',
    async () => {
      const results = await suite.http.invokeResults({
        requests: [{ requestId: 'camel-1', externalId: 'CAMEL-1', route: 'CrmCallRouting' }],
      } as never);
      expect(results).toEqual([
        expect.objectContaining({ requestid: 'camel-1', externalid: 'CAMEL-1', outcome: 'dispatched' }),
      ]);
      const twice = await suite.http.invoke({
        requests: [{ requestid: 'a', requestId: 'b', route: 'CrmCallRouting' }],
      });
      expect(bodyOf(twice, 400, 'VccError').message).toContain('"requestid" twice');
    },
    TEST_TIMEOUT_MS,
  );
});

describe('the admin API for providers', () => {
  it(
    'lists and removes providers, and a removed provider can no longer be named',
    async () => {
      await suite.http.register({ provider: 'Temporary' });
      const token = await adminToken();
      const removed = await suite.http.admin('DELETE', '/admin/providers/Temporary', providerPath, token);
      expect(bodyOf(removed, 200, 'Provider').provider).toBe('Temporary');
      expect(await listed('Temporary')).toBeUndefined();
      expect((await suite.http.admin('DELETE', '/admin/providers/Temporary', providerPath, token)).status).toBe(404);
      const dispatch = { provider: 'Temporary', requests: [{ route: 'CrmCallRouting' }] };
      expect(await suite.http.invokeResults(dispatch)).toEqual([expect.objectContaining({ outcome: 'rejected' })]);
      expect(await listed('CrmIntegration')).toMatchObject({
        agentactionspermitted: { release: 1, hold: 1, transferToAgent: 1, transferToRoute: 1 },
      });
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'needs a token with the admin scope: 401 without one, 403 with only interactions:write',
    async () => {
      expect((await suite.http.admin('GET', providersPath, providersPath, undefined)).status).toBe(401);
      const forbidden = await suite.http.admin('GET', providersPath, providersPath, await suite.http.accessToken());
      expect(forbidden.status).toBe(403);
      expect(bodyOf(forbidden, 403, 'AdminError').message).toContain('admin');
      // and an admin token is no Interactions API token
      const invoke = await suite.http.invoke(
        { requests: [{ route: 'CrmCallRouting' }] },
        { headers: { authorization: `Bearer ${await adminToken()}` } },
      );
      expect(invoke.status).toBe(403);
      expect(REGISTER_PATH).toBe('/interactions/Register');
    },
    TEST_TIMEOUT_MS,
  );
});
