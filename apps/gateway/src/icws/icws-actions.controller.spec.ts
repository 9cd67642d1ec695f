// The edge of POST /icws/{sessionId}/interactions/{interactionId}/{action} as an ICWS client sees it: statuses, ICWS's
// error bodies and media type, the session challenge, with the bus faked at the controller's boundary
// (testing/controller-edge.ts); the session is checked by the gateway's own IcwsSessions, over an in-memory store.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { BusUnavailableError } from '@switchboard/bus';
import { tenantConfigSchema } from '@switchboard/config';
import { TenantDirectory } from '../auth/tenant-directory.js';
import { controllerEdge, FakeBus } from '../testing/controller-edge.js';
import { IcwsActionsController } from './icws-actions.controller.js';
import type { IcwsSessionStore, StoredIcwsSession } from './icws-session-store.js';
import { IcwsSessions } from './icws-sessions.js';
import { cookieNameOf, type SessionSecrets } from './session-secrets.js';

const ICWS_TYPE = 'application/vnd.inin.icws+JSON;charset=utf-8';
const CHALLENGE = 'ICWS realm="ICWS" location="/ICWS/connection"';

/** The session store's three operations, in memory: the sessions themselves are the gateway's real IcwsSessions. */
function memoryStore(): IcwsSessionStore {
  const sessions = new Map<string, StoredIcwsSession>();
  const store: Pick<IcwsSessionStore, 'put' | 'get' | 'delete'> = {
    put: (id, session) => Promise.resolve(void sessions.set(id, session)),
    get: (id) => Promise.resolve(sessions.get(id)),
    delete: (id) => Promise.resolve(void sessions.delete(id)),
  };
  return store as IcwsSessionStore;
}

describe('IcwsActionsController at the HTTP edge (ICWS)', () => {
  let app: NestFastifyApplication;
  let session: SessionSecrets;
  const bus = new FakeBus();

  beforeAll(async () => {
    const directory = new TenantDirectory([
      tenantConfigSchema.parse({
        id: 'demo',
        accountName: 'Demo',
        agents: [{ id: '5465', username: 'alice', passwordHash: 'scrypt$not-used-here' }],
      }),
    ]);
    const sessions = new IcwsSessions(memoryStore(), directory);
    const alice = directory.agent('alice');
    if (!alice) throw new Error('no agent alice');
    session = await sessions.open(alice, 'en-us');
    app = await controllerEdge(
      [IcwsActionsController],
      [
        bus.provider(),
        { provide: TenantDirectory, useValue: directory },
        { provide: IcwsSessions, useValue: sessions },
      ],
    );
  });

  afterAll(async () => {
    await app.close();
  });

  beforeEach(() => {
    bus.requests.length = 0;
  });

  const act = (action: string, body?: unknown, headers: Record<string, string> = {}) =>
    app.inject({
      method: 'POST',
      url: `/icws/${session.sessionId}/interactions/100000001/${action}`,
      headers: {
        cookie: `${cookieNameOf(session.sessionId)}=${session.cookieSecret}`,
        'ININ-ICWS-CSRF-Token': session.csrfToken,
        'content-type': ICWS_TYPE,
        ...headers,
      },
      ...(body === undefined ? {} : { payload: JSON.stringify(body) }),
    });

  it('answers an action the domain agreed to with 200 and no body, sending the bus the session’s agent', async () => {
    bus.answer = () => Promise.resolve({ ok: true });
    const response = await act('pickup');
    expect(response.statusCode).toBe(200);
    expect(response.body).toBe('');
    expect(bus.requests).toEqual([
      { channel: 'interactionPickup', tenant: 'demo', payload: expect.objectContaining({ agentId: '5465' }) },
    ]);
    expect(bus.requests[0]?.payload).toMatchObject({ interactionId: '100000001' });
  });

  it('renders a domain refusal as ICWS’s error: the status, its errorId and message, in the ICWS media type', async () => {
    bus.answer = () =>
      Promise.resolve({ ok: false, error: { code: 'interaction_not_found', message: 'no interaction 100000001' } });
    const notFound = await act('pickup');
    expect(notFound.statusCode).toBe(404);
    expect(notFound.headers['content-type']).toBe('application/vnd.inin.icws+json;charset=utf-8');
    expect(notFound.json()).toEqual({
      __type: 'urn:inin.com:common:error',
      errorId: 'error.interaction.notFound',
      message: 'no interaction 100000001',
    });

    // a state that forbids the action is 400, the status the vendor's SDK expects, not 409
    bus.answer = () => Promise.resolve({ ok: false, error: { code: 'invalid_state', message: 'it is on hold' } });
    const invalid = await act('pickup');
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json()).toMatchObject({ errorId: 'error.interaction.invalidState', message: 'it is on hold' });
  });

  it('answers a bus that does not answer with 503 and error.server.unavailable', async () => {
    bus.answer = () => Promise.reject(new BusUnavailableError('sb.req.demo.interaction.pickup', 'timeout'));
    const response = await act('pickup');
    expect(response.statusCode).toBe(503);
    expect(response.headers['content-type']).toBe('application/vnd.inin.icws+json;charset=utf-8');
    expect(response.json()).toMatchObject({ errorId: 'error.server.unavailable' });
  });

  it('refuses before the bus: 401 with the ICWS challenge, 400 naming the property at fault', async () => {
    const noCsrf = await act('pickup', undefined, { 'ININ-ICWS-CSRF-Token': 'wrong' });
    expect(noCsrf.statusCode).toBe(401);
    expect(noCsrf.headers['www-authenticate']).toBe(CHALLENGE);
    expect(noCsrf.json()).toMatchObject({ errorId: 'error.request.session.invalid' });

    const badBody = await act('hold', { on: 'maybe' });
    expect(badBody.statusCode).toBe(400);
    expect(badBody.json()).toMatchObject({
      __type: 'urn:inin.com:common:invalidPropertyError',
      errorId: 'error.request.invalidRepresentation.invalidProperty',
      propertyName: 'on',
    });
    expect(bus.requests).toEqual([]);
  });
});
