import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { connectBus, type NatsConnection } from '@switchboard/bus';
import { startTestNats, type NatsHarness } from '@switchboard/testing';
import type { DirectoryAgent } from '../auth/tenant-directory.js';
import { ApiError } from '../errors/api-error.js';
import { IcwsSessionStore } from './icws-session-store.js';
import { CSRF_HEADER, IcwsSessions } from './icws-sessions.js';
import { cookieNameOf, type SessionSecrets } from './session-secrets.js';

const agent: DirectoryAgent = {
  id: '5464',
  username: 'AgentUsername',
  passwordHash: 'unused',
  tenant: 'demo',
} as DirectoryAgent;

/** The directory as the gateway's is: `agent` configured, until a test removes it. */
const configured = new Set<DirectoryAgent>([agent]);
const directory = {
  agentIn: (tenant: string, username: string) =>
    [...configured].find((each) => each.tenant === tenant && each.username.toLowerCase() === username.toLowerCase()),
};

/** The headers a client of the session sends; `csrf: null` leaves the CSRF header out. */
const headersOf = (
  secrets: SessionSecrets,
  { cookie = secrets.cookieSecret, csrf = secrets.csrfToken }: { cookie?: string; csrf?: string | null } = {},
) => ({
  cookie: `other=1; ${cookieNameOf(secrets.sessionId)}=${cookie}`,
  ...(csrf === null ? {} : { [CSRF_HEADER]: csrf }),
});

async function refusal(attempt: Promise<unknown>): Promise<string> {
  try {
    await attempt;
  } catch (error) {
    if (error instanceof ApiError) return error.kind;
  }
  return 'accepted';
}

describe('ICWS sessions in JetStream KV', () => {
  let nats: NatsHarness;
  let connection: NatsConnection;
  let sessions: IcwsSessions;

  beforeAll(async () => {
    nats = await startTestNats();
    connection = await connectBus(nats.url, 'icws-sessions-test');
    sessions = new IcwsSessions(await IcwsSessionStore.open(connection), directory);
  });

  afterAll(async () => {
    await connection.close();
    await nats.dispose();
  });

  it('authenticate a request with the session id, its cookie and its CSRF token, as the agent that signed in', async () => {
    const secrets = await sessions.open(agent, 'en-us');
    expect(await sessions.authenticate(secrets.sessionId, headersOf(secrets))).toEqual({
      sessionId: secrets.sessionId,
      tenant: 'demo',
      agentId: '5464',
      username: 'AgentUsername',
      language: 'en-us',
    });
  });

  it('refuse a request missing or misquoting any of the three', async () => {
    const secrets = await sessions.open(agent, 'en-us');
    const other = await sessions.open(agent, 'en-us');
    expect(await refusal(sessions.authenticate(secrets.sessionId, headersOf(secrets, { csrf: null })))).toBe(
      'unauthorized',
    );
    expect(await refusal(sessions.authenticate(secrets.sessionId, headersOf(secrets, { csrf: other.csrfToken })))).toBe(
      'unauthorized',
    );
    expect(
      await refusal(sessions.authenticate(secrets.sessionId, headersOf(secrets, { cookie: other.cookieSecret }))),
    ).toBe('unauthorized');
    expect(await refusal(sessions.authenticate(other.sessionId, headersOf(secrets)))).toBe('unauthorized');
    expect(await refusal(sessions.authenticate('no-such-session', headersOf(secrets)))).toBe('unauthorized');
    // A client's path is no KV key: wildcards and dots find no session rather than an error.
    expect(await refusal(sessions.authenticate('>', headersOf(secrets)))).toBe('unauthorized');
    expect(await refusal(sessions.authenticate('a.*', headersOf(secrets)))).toBe('unauthorized');
  });

  it('let the event-stream form leave the CSRF token out, never send a wrong one', async () => {
    const secrets = await sessions.open(agent, 'en-us');
    const other = await sessions.open(agent, 'en-us');
    const sse = { csrfOptional: true };
    expect((await sessions.authenticate(secrets.sessionId, headersOf(secrets, { csrf: null }), sse)).agentId).toBe(
      '5464',
    );
    expect(
      await refusal(sessions.authenticate(secrets.sessionId, headersOf(secrets, { csrf: other.csrfToken }), sse)),
    ).toBe('unauthorized');
    expect(await refusal(sessions.authenticate(secrets.sessionId, { [CSRF_HEADER]: secrets.csrfToken }, sse))).toBe(
      'unauthorized',
    );
  });

  it('survive a gateway restart (another store on the same bucket) and end for every replica on sign-out', async () => {
    const secrets = await sessions.open(agent, 'de-de');
    const replica = new IcwsSessions(await IcwsSessionStore.open(connection), directory);
    expect((await replica.authenticate(secrets.sessionId, headersOf(secrets))).language).toBe('de-de');
    await replica.end(secrets.sessionId);
    expect(await refusal(sessions.authenticate(secrets.sessionId, headersOf(secrets)))).toBe('unauthorized');
  });

  it('refuses the session of an agent removed since (401), and takes it again once the agent is back', async () => {
    const secrets = await sessions.open(agent, 'en-us');
    configured.delete(agent);
    try {
      expect(await refusal(sessions.authenticate(secrets.sessionId, headersOf(secrets)))).toBe('unauthorized');
    } finally {
      configured.add(agent);
    }
    expect(await refusal(sessions.authenticate(secrets.sessionId, headersOf(secrets)))).toBe('accepted');
  });
});
