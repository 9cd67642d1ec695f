// Failed authentications counted per source address: rotating user names, passwords, ICWS session ids or client
// secrets no longer escapes the limit, and once it is reached nothing more is verified. Successful sign-ins never
// count. Everything here comes from 127.0.0.1, so the test that reaches the limit runs last.
import { describe, expect, it } from '@jest/globals';
import { DEMO_CLIENT, DEMO_PASSWORD } from './support/contract-http.js';
import { connect } from './support/icws-client.js';
import { usePlatform } from './support/platform-suite.js';

const LIMIT = 20;
const suite = usePlatform(() => ({ AUTH_FAILURES_PER_MINUTE: String(LIMIT) }));

const basic = (username: string, password: string): string =>
  `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;
const me = (authorization: string): Promise<Response> =>
  fetch(`${suite.platform.baseUrl}/api/v2/me`, { headers: { authorization } });
const token = (secret: string): Promise<Response> =>
  fetch(`${suite.platform.baseUrl}/Auth/connect/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: DEMO_CLIENT.clientId,
      client_secret: secret,
      scope: DEMO_CLIENT.scope,
    }).toString(),
  });

describe('failed authentications per address', () => {
  it('never counts successful sign-ins, however many come from one address', async () => {
    const statuses = new Set<number>();
    for (let i = 0; i < 3 * LIMIT; i += 1) statuses.add((await me(basic('AgentUsername', DEMO_PASSWORD))).status);
    for (let i = 0; i < LIMIT; i += 1) statuses.add((await token(DEMO_CLIENT.clientSecret)).status);
    for (let i = 0; i < LIMIT; i += 1) statuses.add((await connect(suite.platform.baseUrl, 'AgentUsername')).status);
    expect([...statuses].sort()).toEqual([200, 201]);
  }, 120_000);

  it('answers 429 past the limit however the failures rotate names, passwords, sessions and secrets, before verifying anything', async () => {
    const failures: Array<() => Promise<number>> = [
      async () => (await me(basic(`nobody-${Math.random()}`, 'x'))).status,
      async () => (await me(basic('AgentUsername', `wrong-${Math.random()}`))).status,
      async () =>
        (await fetch(`${suite.platform.baseUrl}/icws/${Math.random().toString(36).slice(2)}/messaging/messages`))
          .status,
      async () => (await token(`wrong-${Math.random()}`)).status,
      async () =>
        (await connect(suite.platform.baseUrl, 'AgentUsername', { password: `wrong-${Math.random()}` })).status,
    ];
    const statuses: number[] = [];
    for (let i = 0; i < LIMIT; i += 1) {
      const attempt = failures[i % failures.length];
      if (attempt) statuses.push(await attempt());
    }
    expect(statuses.filter((status) => status !== 401 && status !== 400)).toEqual([]);

    const blocked = await me(basic('AgentUsername', DEMO_PASSWORD));
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await blocked.json()).toEqual({
      statusCode: 3,
      statusMessage: expect.stringMatching(/failed authentications/),
    });
    const tokenBlocked = await token(DEMO_CLIENT.clientSecret);
    expect(tokenBlocked.status).toBe(429);
    expect(await tokenBlocked.json()).toMatchObject({
      error: 'invalid_request',
      error_description: expect.stringMatching(/failed authentications/),
    });
    expect((await connect(suite.platform.baseUrl, 'AgentUsername')).status).toBe(429);
    expect((await fetch(`${suite.platform.baseUrl}/health`)).status).toBe(200);
  }, 60_000);
});
