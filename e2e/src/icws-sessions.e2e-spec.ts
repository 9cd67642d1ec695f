// ICWS sessions end to end (reference C2–C4, checklist 1–6 and 21): opening one, what every later request needs,
// the documented errors, and ending it.
import { request as httpRequest } from 'node:http';
import { describe, expect, it } from '@jest/globals';
import { connect, expectIcwsError, ICWS_CHALLENGE, icwsBody, IcwsSession, serverInfo } from './support/icws-client.js';
import { usePlatform } from './support/platform-suite.js';

const TEST_TIMEOUT_MS = 30_000;

/** A POST with exactly these headers (fetch would add its own defaults). */
function postWithoutDefaults(
  url: string,
  headers: Record<string, string>,
  body: unknown,
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(url, { method: 'POST', headers }, (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => {
        text += chunk;
      });
      response.on('end', () => {
        resolve({ status: response.statusCode ?? 0, body: text });
      });
    });
    request.on('error', reject);
    request.end(JSON.stringify(body));
  });
}
const suite = usePlatform();
const open = (username: string): Promise<IcwsSession> => IcwsSession.open(suite.platform.baseUrl, username);

describe('ICWS sessions', () => {
  it(
    'opens with 201: session id and CSRF token in the body and in the ININ-ICWS headers, and a session cookie',
    async () => {
      const response = await connect(suite.platform.baseUrl, 'alice');
      const body = icwsBody(response, 201, 'ConnectionResponse');
      expect(body.sessionId).toMatch(/\S/);
      expect(body.csrfToken).toMatch(/\S/);
      expect(body.userID).toBe('alice');
      expect(response.headers.get('ININ-ICWS-Session-ID')).toBe(body.sessionId);
      expect(response.headers.get('ININ-ICWS-CSRF-Token')).toBe(body.csrfToken);
      expect(response.headers.get('content-type')).toMatch(/^application\/vnd\.inin\.icws\+json/i);
      expect(response.headers.getSetCookie().length).toBeGreaterThan(0);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'refuses a connection without Accept-Language, with an unknown __type, or with a wrong password',
    async () => {
      const { baseUrl } = suite.platform;
      expectIcwsError(await connect(baseUrl, 'alice', { headers: { 'accept-language': '' } }), 400);
      // fetch adds `Accept-Language: *` when none is set; node:http sends only what it is given
      const withoutLanguage = await postWithoutDefaults(
        `${baseUrl}/icws/connection`,
        { 'content-type': 'application/json' },
        {
          __type: 'urn:inin.com:connection:icAuthConnectionRequestSettings',
          applicationName: 'x',
          userID: 'alice',
          password: 'demo-password',
        },
      );
      expect(withoutLanguage.status).toBe(400);
      expect(JSON.parse(withoutLanguage.body)).toMatchObject({ errorId: expect.stringMatching(/^error\./) as unknown });
      const unknownType = {
        __type: 'urn:inin.com:connection:somethingElse',
        applicationName: 'x',
        userID: 'alice',
        password: 'demo-password',
      };
      expectIcwsError(await connect(baseUrl, 'alice', { body: unknownType }), 400);
      const noUser = {
        __type: 'urn:inin.com:connection:icAuthConnectionRequestSettings',
        applicationName: 'x',
        password: 'demo-password',
      };
      expectIcwsError(await connect(baseUrl, 'alice', { body: noUser }), 400);
      const wrong = await connect(baseUrl, 'alice', { password: 'not-the-password' });
      expect([400, 401]).toContain(wrong.status);
      expectIcwsError(wrong, wrong.status);
      const unknownUser = await connect(baseUrl, 'nobody-here', {});
      expect(unknownUser.status).toBe(wrong.status); // the same answer: it does not tell which users exist
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'answers a session request only with its session id, CSRF token and cookie; otherwise 401 with the ICWS challenge',
    async () => {
      const session = await open('bob');
      const other = await open('carol');
      expect(
        icwsBody(await session.call('GET', '/icws/{sessionId}/connection'), 200, 'ConnectionSettings'),
      ).toMatchObject({
        connectionState: 1,
      });
      expect((await session.call('POST', '/icws/{sessionId}/messaging/heartbeat')).status).toBe(200);
      const refused = [
        await session.call(
          'GET',
          '/icws/{sessionId}/connection',
          {},
          { headers: { 'ININ-ICWS-CSRF-Token': undefined } },
        ),
        await session.call('GET', '/icws/{sessionId}/connection', {}, { headers: { cookie: undefined } }),
        await session.call(
          'GET',
          '/icws/{sessionId}/connection',
          {},
          { headers: { 'ININ-ICWS-CSRF-Token': other.csrfToken } },
        ),
        await session.call('GET', '/icws/{sessionId}/connection', {}, { headers: { cookie: other.cookie } }),
        await session.call('GET', '/icws/{sessionId}/connection', { sessionId: other.sessionId }),
        await session.call('GET', '/icws/{sessionId}/connection', { sessionId: 'no-such-session' }),
      ];
      for (const response of refused) {
        expectIcwsError(response, 401);
        expect(response.headers.get('www-authenticate')).toBe(ICWS_CHALLENGE);
      }
      // the other session is untouched by the attempts
      expect((await other.call('GET', '/icws/{sessionId}/connection')).status).toBe(200);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'ends with DELETE /icws/{sessionId}/connection: its later requests get 401',
    async () => {
      const session = await open('carol');
      const ended = await session.end();
      expect(ended.status).toBeGreaterThanOrEqual(200);
      expect(ended.status).toBeLessThan(300);
      const after = await session.call('GET', '/icws/{sessionId}/connection');
      expectIcwsError(after, 401);
      expect(after.headers.get('www-authenticate')).toBe(ICWS_CHALLENGE);
      expectIcwsError(await session.call('GET', '/icws/{sessionId}/messaging/messages'), 401);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'serves the version and feature versions without a session',
    async () => {
      expect((await serverInfo(suite.platform.baseUrl, '/icws/connection/version')).status).toBe(200);
      const features = await serverInfo(suite.platform.baseUrl, '/icws/connection/features');
      expect(features.status).toBe(200);
      expect(features.text).toContain('messaging');
    },
    TEST_TIMEOUT_MS,
  );
});
