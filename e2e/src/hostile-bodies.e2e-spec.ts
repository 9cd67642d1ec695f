// Bodies an attacker sends rather than a client: nesting deep enough to overflow any recursive walk, and CometD
// bodies that are JSON but not Bayeux messages. Each is refused with 400 in its API's error format, in time.
import { describe, expect, it } from '@jest/globals';
import { MAX_JSON_DEPTH } from '@switchboard/contracts';
import { DEMO_PASSWORD, VCC_ACCEPT } from './support/contract-http.js';
import { ICWS_MEDIA_TYPE, IcwsSession } from './support/icws-client.js';
import { usePlatform } from './support/platform-suite.js';

const suite = usePlatform(() => ({ RATE_LIMIT_PER_MINUTE: '1000000' }));
const ANSWER_WITHIN_MS = 5_000;

const nestedArrays = (depth: number): string => `${'['.repeat(depth)}${']'.repeat(depth)}`;
const nestedObjects = (depth: number, key: string): string => `${`{"${key}":`.repeat(depth)}{}${'}'.repeat(depth)}`;
const basic = `Basic ${Buffer.from(`AgentUsername:${DEMO_PASSWORD}`).toString('base64')}`;

interface Answer {
  status: number;
  body: unknown;
}

async function post(path: string, headers: Record<string, string>, body: string): Promise<Answer> {
  const response = await fetch(`${suite.platform.baseUrl}${path}`, {
    method: 'POST',
    headers,
    body,
    signal: AbortSignal.timeout(ANSWER_WITHIN_MS),
  });
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    // an empty or non-JSON answer is reported as text
  }
  return { status: response.status, body: parsed };
}

const tooDeep = new RegExp(`nested deeper than ${MAX_JSON_DEPTH}`);

describe('deeply nested JSON', () => {
  it('refuses 2,000 nested arrays in 4 KB (and 20,000 in 40 KB) on Invoke with a VCC 400', async () => {
    const headers = {
      authorization: `Bearer ${await suite.http.accessToken()}`,
      accept: VCC_ACCEPT,
      'content-type': 'application/json',
    };
    for (const body of [
      nestedArrays(2_000),
      nestedArrays(20_000),
      `{"provider":"CrmIntegration","requests":${nestedArrays(5_000)}}`,
    ]) {
      const answer = await post('/interactions/Invoke', headers, body);
      expect(answer).toEqual({
        status: 400,
        body: { statusCode: 400, error: 'Bad Request', message: expect.stringMatching(tooDeep) },
      });
    }
  }, 30_000);

  it('refuses a 5,000-deep userData on a GWS operation with statusCode 10', async () => {
    const body = `{"operationName":"AttachUserData","userData":${nestedObjects(5_000, 'k')}}`;
    const answer = await post(
      '/api/v2/me/interactions/some-id',
      { authorization: basic, 'content-type': 'application/json' },
      body,
    );
    expect(answer).toEqual({ status: 400, body: { statusCode: 10, statusMessage: expect.stringMatching(tooDeep) } });
  }, 30_000);

  it('refuses a deep __type on ICWS with an ICWS error', async () => {
    const session = await IcwsSession.open(suite.platform.baseUrl, 'AgentUsername');
    const headers = {
      'content-type': ICWS_MEDIA_TYPE,
      accept: ICWS_MEDIA_TYPE,
      cookie: session.cookie,
      'ININ-ICWS-CSRF-Token': session.csrfToken,
    };
    const body = `{"__type":${nestedObjects(5_000, '__type')},"target":"555-0123"}`;
    const answer = await post(`/icws/${session.sessionId}/interactions`, headers, body);
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({
      __type: 'urn:inin.com:common:error',
      errorId: expect.any(String),
      message: expect.stringMatching(tooDeep),
    });
  }, 30_000);

  it('refuses deep nesting on CometD with 400 and statusCode 10', async () => {
    const headers = { authorization: basic, 'content-type': 'application/json;charset=UTF-8' };
    const answer = await post(
      '/api/v2/notifications/handshake',
      headers,
      `[{"channel":"/meta/handshake","ext":${nestedArrays(5_000)}}]`,
    );
    expect(answer).toEqual({ status: 400, body: { statusCode: 10, statusMessage: expect.stringMatching(tooDeep) } });
  }, 30_000);
});

describe('CometD bodies that are not Bayeux messages', () => {
  const malformed = [
    '"x"',
    '1',
    'null',
    'false',
    '[]',
    '{}',
    '[1]',
    '["x"]',
    '[null]',
    '[{}]',
    '[{"channel":5}]',
    '[{"channel":"meta"}]',
    '[{"channel":"/meta/handshake","version":"1.0","supportedConnectionTypes":["long-polling"]},1]',
    '[{"channel":"/meta/subscribe","subscription":5,"clientId":"x"}]',
    '[{"channel":"/meta/connect","clientId":{}}]',
    JSON.stringify(
      Array.from({ length: 1_001 }, () => ({
        channel: '/meta/connect',
        clientId: 'x',
        connectionType: 'long-polling',
      })),
    ),
  ];

  const cases = malformed.map((body) => [
    body.length > 120 ? `${body.slice(0, 80)}… (${body.length} characters)` : body,
    body,
  ]);

  it.each(cases)(
    'answers %s with 400 at once',
    async (_label, body) => {
      const answer = await post(
        '/api/v2/notifications',
        { authorization: basic, 'content-type': 'application/json' },
        body,
      );
      expect(answer).toEqual({ status: 400, body: { statusCode: 10, statusMessage: expect.stringMatching(/Bayeux/) } });
    },
    15_000,
  );

  it('answers a body over the 100 KB limit 413, never the 500 of a notifier closing the connection mid-body', async () => {
    const body = JSON.stringify([{ channel: '/meta/handshake', ext: { pad: 'x'.repeat(101 * 1024) } }]);
    const headers = { authorization: basic, 'content-type': 'application/json' };
    const answers = await Promise.all(
      Array.from({ length: 50 }, () => post('/api/v2/notifications/handshake', headers, body)),
    );
    expect(answers.map((answer) => answer.status)).toEqual(answers.map(() => 413));
    expect(answers[0]?.body).toEqual({ statusCode: 10, statusMessage: 'Payload Too Large' });
  }, 30_000);

  it('still serves a well-formed handshake', async () => {
    const handshake =
      '[{"channel":"/meta/handshake","version":"1.0","supportedConnectionTypes":["long-polling"],"id":"1"}]';
    const answer = await post(
      '/api/v2/notifications/handshake',
      { authorization: basic, 'content-type': 'application/json' },
      handshake,
    );
    expect(answer).toMatchObject({ status: 200, body: [{ channel: '/meta/handshake', successful: true }] });
  }, 15_000);

  it('answers a CometD request sent without credentials 401, whatever its body', async () => {
    const answer = await post('/api/v2/notifications', { 'content-type': 'application/json' }, '"x"');
    expect(answer.status).toBe(401);
  }, 15_000);
});
