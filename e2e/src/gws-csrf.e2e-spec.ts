// GWS CSRF protection, switchable per tenant and tested both ways: the acme tenant has it on, the demo tenant off.
// Also: one tenant's agent never sees another tenant's interactions.
import { describe, expect, it } from '@jest/globals';
import { agent, bodyOf } from './support/contract-http.js';
import { usePlatform } from './support/platform-suite.js';

const TEST_TIMEOUT_MS = 60_000;
const suite = usePlatform();

describe('CSRF protection (tenant acme: on)', () => {
  it(
    'hands out the session’s token on GET and refuses a POST without it (403), with a wrong one, or without the session',
    async () => {
      const me = await suite.http.getMe(agent('acme-agent'));
      expect(me.status).toBe(200);
      expect(me.headers.get('x-csrf-header')).toBe('X-CSRF-TOKEN');
      const token = me.headers.get('x-csrf-token') ?? '';
      expect(token).not.toBe('');
      const cookie = (me.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
      expect(cookie).toMatch(/^JSESSIONID=/);
      const session = { cookie };

      const without = await suite.http.operate(session, 'StartContactCenterSession');
      expect(without.status).toBe(403);
      expect(bodyOf(without, 403, 'StatusResponse')).toEqual({
        statusCode: 3,
        statusMessage: 'Missing or invalid Csrf token',
      });
      const wrong = await suite.http.operate(session, 'StartContactCenterSession', {
        headers: { 'x-csrf-token': `${token}x` },
      });
      expect(wrong.status).toBe(403);
      const basicOnly = await suite.http.operate(agent('acme-agent'), 'StartContactCenterSession', {
        headers: { 'x-csrf-token': token },
      });
      expect(basicOnly.status).toBe(403);

      const withToken = await suite.http.operate(session, 'StartContactCenterSession', {
        headers: { 'x-csrf-token': token },
      });
      expect(bodyOf(withToken, 200, 'StatusResponse')).toEqual({ statusCode: 0 });
      expect(await suite.http.user(session)).toMatchObject({ userName: 'acme-agent', loggedIn: true });
    },
    TEST_TIMEOUT_MS,
  );
});

describe('CSRF protection (tenant demo: off)', () => {
  it(
    'hands out no token and takes a POST without one',
    async () => {
      const me = await suite.http.getMe(agent('carol'));
      expect(me.headers.get('x-csrf-token')).toBeNull();
      expect(
        bodyOf(await suite.http.operate(agent('carol'), 'StartContactCenterSession'), 200, 'StatusResponse'),
      ).toEqual({ statusCode: 0 });
    },
    TEST_TIMEOUT_MS,
  );
});

describe('tenant isolation', () => {
  it(
    'does not show one tenant’s interaction to another tenant’s agent',
    async () => {
      const [result] = await suite.http.invokeResults({
        requests: [{ externalid: 'ISOLATED', route: 'CrmCallRouting' }],
      });
      const id = result?.interactionid ?? '';
      const foreign = await suite.http.interaction(agent('acme-agent'), id);
      expect(foreign.status).toBe(404);
      expect(bodyOf(foreign, 404, 'StatusResponse')).toMatchObject({ statusCode: 6 });
    },
    TEST_TIMEOUT_MS,
  );
});
