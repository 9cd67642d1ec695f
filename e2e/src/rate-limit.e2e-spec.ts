// The per-client rate limit, on a platform started with a limit small enough to reach.
import { describe, expect, it } from '@jest/globals';
import { bodyOf, DEMO_PASSWORD } from './support/contract-http.js';
import { ICWS_MEDIA_TYPE, IcwsSession } from './support/icws-client.js';
import { usePlatform } from './support/platform-suite.js';

const LIMIT = 5;
const suite = usePlatform(() => ({ RATE_LIMIT_PER_MINUTE: String(LIMIT) }));

describe('rate limit', () => {
  it('answers 429 with Retry-After once a client has made its requests for the minute', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < LIMIT + 1; i += 1)
      statuses.push((await suite.http.invoke({ requests: [{ route: 'CrmCallRouting' }] })).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
    const limited = await suite.http.invoke({ requests: [{ route: 'CrmCallRouting' }] });
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(bodyOf(limited, 429, 'VccError').message).toMatch(/Too many requests/);
  }, 60_000);
});

describe('rate limit on the proxied routes', () => {
  const basic = (username: string): string => `Basic ${Buffer.from(`${username}:${DEMO_PASSWORD}`).toString('base64')}`;
  const handshake = '[{"channel":"/meta/handshake","version":"1.0","supportedConnectionTypes":["long-polling"]}]';

  it('answers CometD past the limit 429 with Retry-After, in the GWS format', async () => {
    const send = (): Promise<Response> =>
      fetch(`${suite.platform.baseUrl}/api/v2/notifications/handshake`, {
        method: 'POST',
        headers: { authorization: basic('AgentUsername'), 'content-type': 'application/json' },
        body: handshake,
      });
    const statuses: number[] = [];
    for (let i = 0; i < LIMIT; i += 1) statuses.push((await send()).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200]);
    const limited = await send();
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await limited.json()).toEqual({ statusCode: 3, statusMessage: expect.stringMatching(/Too many requests/) });
  }, 60_000);

  it('answers ICWS messages past the limit 429 with Retry-After, as an ICWS error', async () => {
    const session = await IcwsSession.open(suite.platform.baseUrl, 'AgentUsername');
    const statuses: number[] = [];
    for (let i = 0; i < LIMIT; i += 1)
      statuses.push((await session.call('GET', '/icws/{sessionId}/messaging/messages')).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200]);
    const limited = await fetch(`${suite.platform.baseUrl}/icws/${session.sessionId}/messaging/messages`, {
      headers: { cookie: session.cookie, 'ININ-ICWS-CSRF-Token': session.csrfToken, accept: ICWS_MEDIA_TYPE },
    });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await limited.json()).toMatchObject({
      __type: 'urn:inin.com:common:error',
      message: expect.stringMatching(/Too many requests/),
    });
  }, 60_000);
});
