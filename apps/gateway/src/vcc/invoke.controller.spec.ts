// The edge of POST /interactions/Invoke as a VCC client sees it: statuses, VCC's error body and headers, with the bus
// faked at the controller's boundary (testing/controller-edge.ts).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { TokenSigner } from '@switchboard/auth';
import { BusUnavailableError } from '@switchboard/bus';
import { tenantConfigSchema } from '@switchboard/config';
import { TenantDirectory } from '../auth/tenant-directory.js';
import { controllerEdge, FakeBus } from '../testing/controller-edge.js';
import { VCC_MEDIA_TYPE } from './accept-version.js';
import { InvokeController } from './invoke.controller.js';

const signer = new TokenSigner('controller-edge-test-signing-key-0123456789');
const tenant = tenantConfigSchema.parse({ id: 'demo', accountName: 'Demo', skills: ['spanish'] });
const release = { provider: 'CrmIntegration', requests: [{ action: 'release', requestid: 'r-1', externalid: 'E-1' }] };

describe('InvokeController at the HTTP edge (VCC)', () => {
  let app: NestFastifyApplication;
  const bus = new FakeBus();
  let token: string;

  beforeAll(async () => {
    app = await controllerEdge(
      [InvokeController],
      [
        bus.provider(),
        { provide: TokenSigner, useValue: signer },
        { provide: TenantDirectory, useValue: new TenantDirectory([tenant]) },
      ],
    );
    token = await signer.sign(
      'vcc-access-token',
      { tenant: 'demo', clientId: 'crm', scopes: ['interactions:write'] },
      60,
    );
  });

  afterAll(async () => {
    await app.close();
  });

  beforeEach(() => {
    bus.requests.length = 0;
  });

  const invoke = (body: unknown, headers: Record<string, string> = {}) =>
    app.inject({
      method: 'POST',
      url: '/interactions/Invoke',
      headers: {
        authorization: `Bearer ${token}`,
        accept: VCC_MEDIA_TYPE,
        'content-type': 'application/json',
        ...headers,
      },
      payload: JSON.stringify(body),
    });

  it('answers 200 with each request’s outcome, sending the bus one command for the tenant', async () => {
    bus.answer = () =>
      Promise.resolve({ ok: true, results: [{ ok: true, interactionId: '100000007', duplicate: false }] });
    const response = await invoke(release);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(response.json()).toEqual({
      results: [
        {
          index: 0,
          action: 'release',
          requestid: 'r-1',
          externalid: 'E-1',
          outcome: 'released',
          duplicate: false,
          interactionid: '100000007',
        },
      ],
    });
    expect(bus.requests).toEqual([
      {
        channel: 'interactionInvoke',
        tenant: 'demo',
        payload: { items: [{ release: { externalId: 'E-1', requestId: 'r-1', provider: 'CrmIntegration' } }] },
      },
    ]);
  });

  it('renders a refusal of the whole command as VCC’s error: the status, its reason phrase and the message', async () => {
    bus.answer = () =>
      Promise.resolve({ ok: false, error: { code: 'log_unavailable', message: 'the log did not confirm it' } });
    const response = await invoke(release);
    expect(response.statusCode).toBe(503);
    expect(response.json()).toEqual({
      statusCode: 503,
      error: 'Service Unavailable',
      message: 'the log did not confirm it',
    });
  });

  it('answers a bus that does not answer with 503, in VCC’s body', async () => {
    bus.answer = () => Promise.reject(new BusUnavailableError('sb.req.demo.interaction.invoke', 'timeout'));
    const response = await invoke(release);
    expect(response.statusCode).toBe(503);
    expect(response.json()).toEqual({
      statusCode: 503,
      error: 'Service Unavailable',
      message: expect.stringMatching(/not answering/),
    });
  });

  it('refuses before the bus: 401 with a Bearer challenge, 400 for a body off the contract or a skill not configured, 415', async () => {
    const unauthenticated = await invoke(release, { authorization: 'Bearer not-a-token' });
    expect(unauthenticated.statusCode).toBe(401);
    expect(unauthenticated.headers['www-authenticate']).toBe('Bearer realm="interactions"');
    expect(unauthenticated.json()).toMatchObject({ statusCode: 401, error: 'Unauthorized' });

    const malformed = await invoke({ provider: 'CrmIntegration', requests: 'all of them' });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json()).toMatchObject({ statusCode: 400, error: 'Bad Request', message: expect.any(String) });

    const unknownSkill = await invoke({
      provider: 'CrmIntegration',
      requests: [{ route: 'R', requestid: 'r-2', routingdata: { skills: [{ name: 'klingon' }] } }],
    });
    expect(unknownSkill.statusCode).toBe(400);
    expect(unknownSkill.json()).toMatchObject({ message: expect.stringContaining('no skill named "klingon"') });

    const notJson = await invoke(release, { 'content-type': 'text/plain' });
    expect(notJson.statusCode).toBe(415);
    expect(notJson.json()).toMatchObject({ statusCode: 415, error: 'Unsupported Media Type' });
    expect(bus.requests).toEqual([]);
  });
});
