// 10,000 generated CometD requests through the gateway, mutated from what a CometD client sends (handshakes,
// connects, subscriptions, publishes; on live sessions and unknown ones): none answered ≥ 500, none left
// unanswered after 5 s (no request is a long poll: connects name unknown sessions), and the tenant unchanged.
import { describe, expect, it } from '@jest/globals';
import {
  badAuthorization,
  basicAuth,
  bodyText,
  contentType,
  expectNothingAccepted,
  mutateObject,
  oddString,
  oddValue,
  Rng,
  sendAll,
  tenantState,
  type FuzzRequest,
} from './support/fuzz.js';
import { usePlatform } from './support/platform-suite.js';

const REQUESTS = 10_000;
const PARALLEL = 32;
const AGENTS = ['AgentUsername', 'alice'];
const suite = usePlatform(() => ({ RATE_LIMIT_PER_MINUTE: '1000000', AUTH_FAILURES_PER_MINUTE: '1000000' }));

const CHANNELS = [
  '/v2/me/interactions',
  '/v2/me/workbins',
  '/v2/me/channels',
  '/v2/me/nothing',
  '/meta/x',
  '/**',
  '/v2/*',
  '/service/x',
];

interface LiveSession {
  agent: string;
  clientId: string;
  cookie: string;
}

/** A CometD session of the agent, so that some generated messages name a live one. */
async function handshake(agent: string): Promise<LiveSession> {
  const response = await fetch(`${suite.platform.baseUrl}/api/v2/notifications/handshake`, {
    method: 'POST',
    headers: { authorization: basicAuth(agent), 'content-type': 'application/json' },
    body: JSON.stringify([
      { channel: '/meta/handshake', version: '1.0', supportedConnectionTypes: ['long-polling'], id: '1' },
    ]),
  });
  const [reply] = (await response.json()) as Array<{ clientId: string; successful: boolean }>;
  expect(reply?.successful).toBe(true);
  return {
    agent,
    clientId: reply?.clientId ?? '',
    cookie: response.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; '),
  };
}

function message(rng: Rng, session: LiveSession): Record<string, unknown> {
  const clientId = rng.chance(0.6) ? session.clientId : rng.pick([`fuzz${rng.int(1e9)}`, oddString(rng)]);
  switch (rng.int(6)) {
    case 0:
      return {
        channel: '/meta/handshake',
        version: '1.0',
        supportedConnectionTypes: ['long-polling'],
        id: String(rng.int(1e6)),
        ext: { ack: rng.pick([true, oddValue(rng)]) },
      };
    case 1:
      // never the live session's: a connect on it is a long poll
      return {
        channel: '/meta/connect',
        clientId: `fuzz${rng.int(1e9)}`,
        connectionType: 'long-polling',
        id: String(rng.int(1e6)),
        advice: { timeout: 0 },
      };
    case 2:
      return { channel: '/meta/subscribe', clientId, subscription: rng.pick(CHANNELS), id: String(rng.int(1e6)) };
    case 3:
      return { channel: '/meta/unsubscribe', clientId, subscription: rng.pick(CHANNELS), id: String(rng.int(1e6)) };
    case 4:
      return { channel: '/meta/disconnect', clientId: `fuzz${rng.int(1e9)}`, id: String(rng.int(1e6)) };
    default:
      return { channel: rng.pick(CHANNELS), clientId, data: oddValue(rng), id: String(rng.int(1e6)) };
  }
}

function generate(rng: Rng, sessions: readonly LiveSession[]): FuzzRequest {
  const session = rng.pick(sessions);
  const messages = Array.from({ length: 1 + rng.int(3) }, () => {
    let value = message(rng, session);
    for (let i = rng.int(3); i > 0; i -= 1) value = mutateObject(value, rng);
    // a mutation must not turn the message into a connect on a live session (a long poll, not an answer)
    return value.channel === '/meta/connect' ? { ...value, clientId: `fuzz${rng.int(1e9)}` } : value;
  });
  const body = rng.chance(0.1) ? oddValue(rng) : rng.chance(0.1) ? messages[0] : messages;
  const path = `${rng.pick(['/api/v2/notifications', '/genesys/cometd'])}${rng.pick(['', '/handshake', '/connect', '/subscribe', '/x'])}`;
  return {
    method: rng.chance(0.95) ? 'POST' : 'GET',
    path,
    headers: {
      authorization: rng.chance(0.9) ? basicAuth(session.agent) : badAuthorization(rng),
      cookie: rng.chance(0.9) ? session.cookie : undefined,
      'content-type': contentType(rng, 'application/json;charset=UTF-8'),
    },
    body: bodyText(body, rng),
    mustBeRefused: false,
  };
}

describe('fuzzing CometD', () => {
  it('answers 10,000 generated requests below 500 and within 5 s, and changes nothing in the tenant', async () => {
    const sessions: LiveSession[] = [];
    for (const agent of AGENTS) sessions.push(await handshake(agent));
    const rng = new Rng(20261208);
    const requests = Array.from({ length: REQUESTS }, () => generate(rng, sessions)).map((request) =>
      request.method === 'GET' ? { ...request, body: undefined } : request,
    );
    const before = await tenantState(suite.platform.baseUrl, AGENTS);
    const outcome = await sendAll(suite.platform.baseUrl, requests, PARALLEL, () => false);
    expectNothingAccepted('CometD', requests.length, outcome);
    expect(await tenantState(suite.platform.baseUrl, AGENTS)).toEqual(before);
  }, 240_000);
});
