// The edge of POST /api/v2/me/interactions/{id} as a GWS desktop sees it: statuses, GWS's status codes and bodies,
// the Basic challenge and the session cookie, with the bus faked at the controller's boundary
// (testing/controller-edge.ts); the agent's authentication is the gateway's own.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { hashSecret, TokenSigner } from '@switchboard/auth';
import { BusUnavailableError } from '@switchboard/bus';
import { tenantConfigSchema } from '@switchboard/config';
import { AgentAuthenticator } from '../auth/agent-authenticator.js';
import { CsrfTokens } from '../auth/csrf-tokens.js';
import { SecretVerifier } from '../auth/secret-verifier.js';
import { TenantDirectory } from '../auth/tenant-directory.js';
import { controllerEdge, FakeBus } from '../testing/controller-edge.js';
import { MeInteractionsController } from './me-interactions.controller.js';
import { ReferenceIds } from './reference-ids.js';

const SIGNING_KEY = 'controller-edge-test-signing-key-0123456789';
const BASIC = `Basic ${Buffer.from('alice:alice-password').toString('base64')}`;

describe('MeInteractionsController at the HTTP edge (GWS)', () => {
  let app: NestFastifyApplication;
  const bus = new FakeBus();

  beforeAll(async () => {
    const tenant = tenantConfigSchema.parse({
      id: 'demo',
      accountName: 'Demo',
      agents: [{ id: '5465', username: 'alice', passwordHash: await hashSecret('alice-password') }],
    });
    app = await controllerEdge(
      [MeInteractionsController],
      [
        bus.provider(),
        { provide: TokenSigner, useValue: new TokenSigner(SIGNING_KEY) },
        { provide: CsrfTokens, useValue: new CsrfTokens(SIGNING_KEY) },
        { provide: TenantDirectory, useValue: new TenantDirectory([tenant]) },
        { provide: SecretVerifier, useValue: new SecretVerifier() },
        AgentAuthenticator,
        ReferenceIds,
      ],
    );
  });

  afterAll(async () => {
    await app.close();
  });

  beforeEach(() => {
    bus.requests.length = 0;
  });

  const operate = (body: unknown, headers: Record<string, string> = { authorization: BASIC }) =>
    app.inject({
      method: 'POST',
      url: '/api/v2/me/interactions/100000001',
      headers: { 'content-type': 'application/json', ...headers },
      payload: JSON.stringify(body),
    });

  it('answers an accepted operation with statusCode 0 and the referenceId its notification will echo', async () => {
    bus.answer = () => Promise.resolve({ ok: true });
    const response = await operate({ operationName: 'Accept' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['set-cookie']).toMatch(/^JSESSIONID=/);
    const body = response.json<{ statusCode: number; status: string; referenceId: number }>();
    expect(body).toEqual({ statusCode: 0, status: 'ok', referenceId: expect.any(Number) });
    expect(bus.requests).toEqual([
      {
        channel: 'interactionAccept',
        tenant: 'demo',
        payload: { interactionId: '100000001', agentId: '5465', referenceId: body.referenceId },
      },
    ]);
  });

  it('answers a domain refusal as GWS does: HTTP 200 with its status code and message', async () => {
    bus.answer = () =>
      Promise.resolve({ ok: false, error: { code: 'interaction_not_found', message: 'no interaction 100000001' } });
    const notFound = await operate({ operationName: 'Accept' });
    expect(notFound.statusCode).toBe(200);
    expect(notFound.json()).toEqual({ statusCode: 6, statusMessage: 'no interaction 100000001' });

    bus.answer = () => Promise.resolve({ ok: false, error: { code: 'invalid_state', message: 'already accepted' } });
    expect((await operate({ operationName: 'Accept' })).json()).toEqual({
      statusCode: 2,
      statusMessage: 'already accepted',
    });
  });

  it('answers a domain failure that is the platform’s own with 500 and GWS’s body', async () => {
    bus.answer = () => Promise.resolve({ ok: false, error: { code: 'internal_error', message: 'it broke' } });
    const response = await operate({ operationName: 'Accept' });
    expect(response.statusCode).toBe(500);
    expect(response.json()).toEqual({ statusCode: 4, statusMessage: 'it broke' });
  });

  it('answers a bus that does not answer with 503 and GWS’s body', async () => {
    bus.answer = () => Promise.reject(new BusUnavailableError('sb.req.demo.interaction.accept', 'timeout'));
    const response = await operate({ operationName: 'Accept' });
    expect(response.statusCode).toBe(503);
    expect(response.json()).toEqual({ statusCode: 4, statusMessage: expect.stringMatching(/not answering/) });
  });

  it('refuses before the bus: 401 with a Basic challenge, 400 with statusCode 1 for a missing parameter', async () => {
    const unauthenticated = await operate({ operationName: 'Accept' }, {});
    expect(unauthenticated.statusCode).toBe(401);
    expect(unauthenticated.headers['www-authenticate']).toBe('Basic realm="Switchboard"');
    expect(unauthenticated.json()).toMatchObject({ statusCode: 20 });

    const missing = await operate({ operationName: 'PlaceInQueue' });
    expect(missing.statusCode).toBe(400);
    expect(missing.json()).toEqual({ statusCode: 1, statusMessage: "Parameter 'queueName' is missing" });

    const offContract = await operate({ operationName: 'Juggle' });
    expect(offContract.statusCode).toBe(400);
    expect(offContract.json()).toMatchObject({ statusCode: 10 });
    expect(bus.requests).toEqual([]);
  });
});
