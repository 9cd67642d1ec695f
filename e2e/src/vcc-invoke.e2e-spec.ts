// The VCC Interactions API end to end: the vendor's seed examples as written, batches, and bad input. Every
// response is validated against contracts/openapi/vcc-interactions.openapi.yaml by the http helper.
import { createHmac, randomBytes } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import {
  bodyOf,
  DEMO_CLIENT,
  type ContractResponse,
  type InteractionResult,
  type Invocation,
  type OAuthError,
} from './support/contract-http.js';
import { usePlatform } from './support/platform-suite.js';
import { seedExample } from './support/seed-examples.js';

const TEST_TIMEOUT_MS = 60_000;

const suite = usePlatform();

/** The only result of a one-request Invoke that answered 200. */
async function onlyResult(body: Invocation): Promise<InteractionResult> {
  const results = await suite.http.invokeResults(body);
  expect(results).toHaveLength(1);
  const [result] = results;
  if (!result) throw new Error('no result');
  return result;
}

const base64url = (value: string | Buffer): string => Buffer.from(value).toString('base64url');

/** A genuine token's claims, re-signed with a key the platform does not know. */
function forgeSignature(token: string): string {
  const [header = '', payload = ''] = token.split('.');
  const signature = createHmac('sha256', randomBytes(48)).update(`${header}.${payload}`).digest('base64url');
  return `${header}.${payload}.${signature}`;
}

/** A genuine token's claims under an unsigned ("alg": "none") header. */
function unsigned(token: string): string {
  const [, payload = ''] = token.split('.');
  return `${base64url(JSON.stringify({ alg: 'none', typ: 'JWT' }))}.${payload}.`;
}

/** A genuine token whose claims were edited (another client id) but whose signature was kept. */
function tamperClaims(token: string): string {
  const [header = '', payload = '', signature = ''] = token.split('.');
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
  return `${header}.${base64url(JSON.stringify({ ...claims, sub: 'someone-else' }))}.${signature}`;
}

describe('POST /interactions/Invoke with the seed examples', () => {
  it(
    'answers the five seed examples, sent verbatim in order, as the rules say',
    async () => {
      // 1. routing SMS: accepted into SendSMS (whose plan releases it at once)
      const sms = await onlyResult(seedExample('routingSms'));
      expect(sms).toEqual({
        index: 0,
        action: 'dispatch',
        outcome: 'dispatched',
        duplicate: false,
        interactionid: expect.any(String),
      });

      // 2. routing a non-live interaction: dispatched into CrmCallRouting (no agent is ready: it waits)
      const dispatched = await onlyResult(seedExample('routingNonLive'));
      expect(dispatched).toEqual({
        index: 0,
        action: 'dispatch',
        requestid: '8762187187',
        externalid: 'ObjectId_001',
        outcome: 'dispatched',
        duplicate: false,
        interactionid: expect.any(String),
      });
      const interactionid = dispatched.interactionid;
      expect(interactionid).not.toBe(sms.interactionid);

      // 3 and 4 reuse requestid 8762187187: the first outcome again, flagged duplicate, nothing acted on
      for (const name of ['routingNonLiveWithSkills', 'routingNonLiveWithPersonalQueue'] as const) {
        expect(await onlyResult(seedExample(name))).toEqual({
          index: 0,
          action: 'dispatch',
          requestid: '8762187187',
          externalid: 'ObjectId_001',
          outcome: 'dispatched',
          duplicate: true,
          interactionid,
        });
      }

      // 5. releasing, verbatim: the dispatch named provider CrmIntegration, so the release must name it too
      const refused = await onlyResult(seedExample('releasing'));
      expect(refused).toEqual({
        index: 0,
        action: 'release',
        requestid: '8762187190',
        externalid: 'ObjectId_001',
        outcome: 'rejected',
        duplicate: false,
        error: { code: 'provider_required', message: expect.stringContaining('CrmIntegration') },
      });

      // 5 again with the provider and the SAME requestid: a rejected request was not processed, so its
      // requestid is not spent; this is the first processing of 8762187190 and it releases the interaction
      const releasing = { ...seedExample('releasing'), provider: 'CrmIntegration' };
      expect(await onlyResult(releasing)).toEqual({
        index: 0,
        action: 'release',
        requestid: '8762187190',
        externalid: 'ObjectId_001',
        outcome: 'released',
        duplicate: false,
        interactionid,
      });

      // and now 8762187190 is spent: a repeat is the same release again, flagged duplicate
      expect(await onlyResult(releasing)).toEqual({
        index: 0,
        action: 'release',
        requestid: '8762187190',
        externalid: 'ObjectId_001',
        outcome: 'released',
        duplicate: true,
        interactionid,
      });

      // requestid 8762187187 is still remembered after the release: example 2 does not dispatch again
      expect(await onlyResult(seedExample('routingNonLive'))).toMatchObject({
        outcome: 'dispatched',
        duplicate: true,
        interactionid,
      });
    },
    TEST_TIMEOUT_MS,
  );
});

describe('POST /interactions/Invoke with batches', () => {
  it(
    'processes the requests of a batch in order, with one result each',
    async () => {
      const results = await suite.http.invokeResults({
        provider: 'CrmIntegration',
        requests: [
          { action: 'dispatch', requestid: 'batch-1', externalid: 'batch-A', route: 'CrmCallRouting' },
          { requestid: 'batch-2', externalid: 'batch-B', route: 'Route Interaction NR' },
          { action: 'dispatch', requestid: 'batch-3', externalid: 'batch-A', route: 'CrmCallRouting' },
          { action: 'release', requestid: 'batch-4', externalid: 'batch-A' },
          { action: 'dispatch', requestid: 'batch-5', externalid: 'batch-C', route: 'No Such Route' },
          { action: 'release', requestid: 'batch-6', externalid: 'batch-never-dispatched' },
          { action: 'dispatch', requestid: 'batch-1', externalid: 'batch-A', route: 'CrmCallRouting' },
        ],
      });
      expect(results).toHaveLength(7);
      expect(results.map((result) => result.index)).toEqual([0, 1, 2, 3, 4, 5, 6]);
      const [first, second] = results;
      expect(results).toEqual([
        {
          index: 0,
          action: 'dispatch',
          requestid: 'batch-1',
          externalid: 'batch-A',
          outcome: 'dispatched',
          duplicate: false,
          interactionid: expect.any(String),
        },
        {
          index: 1,
          action: 'dispatch',
          requestid: 'batch-2',
          externalid: 'batch-B',
          outcome: 'dispatched',
          duplicate: false,
          interactionid: expect.any(String),
        },
        // batch-A is still in the system: its externalid cannot be dispatched again
        {
          index: 2,
          action: 'dispatch',
          requestid: 'batch-3',
          externalid: 'batch-A',
          outcome: 'rejected',
          duplicate: false,
          error: { code: 'external_id_in_use', message: expect.any(String) },
        },
        // the release sees the dispatch made two requests earlier in the same batch
        {
          index: 3,
          action: 'release',
          requestid: 'batch-4',
          externalid: 'batch-A',
          outcome: 'released',
          duplicate: false,
          interactionid: first?.interactionid,
        },
        {
          index: 4,
          action: 'dispatch',
          requestid: 'batch-5',
          externalid: 'batch-C',
          outcome: 'rejected',
          duplicate: false,
          error: { code: 'route_not_found', message: expect.stringContaining('No Such Route') },
        },
        {
          index: 5,
          action: 'release',
          requestid: 'batch-6',
          externalid: 'batch-never-dispatched',
          outcome: 'rejected',
          duplicate: false,
          error: { code: 'interaction_not_found', message: expect.any(String) },
        },
        // a requestid repeated inside the batch: the first outcome, flagged duplicate
        {
          index: 6,
          action: 'dispatch',
          requestid: 'batch-1',
          externalid: 'batch-A',
          outcome: 'dispatched',
          duplicate: true,
          interactionid: first?.interactionid,
        },
      ]);
      expect(second?.interactionid).not.toBe(first?.interactionid);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'serves the lowercase path /interactions/invoke as the same operation',
    async () => {
      const response = await suite.http.invoke(
        { requests: [{ requestid: 'lowercase-1', externalid: 'lowercase-A', route: 'CrmCallRouting' }] },
        { path: '/interactions/invoke' },
      );
      expect(bodyOf(response, 200, 'InvokeResponse')).toEqual({
        results: [
          {
            index: 0,
            action: 'dispatch',
            requestid: 'lowercase-1',
            externalid: 'lowercase-A',
            outcome: 'dispatched',
            duplicate: false,
            interactionid: expect.any(String),
          },
        ],
      });
      // the same requestid through the documented spelling: one operation, so a duplicate
      const [again] = await suite.http.invokeResults({
        requests: [{ requestid: 'lowercase-1', externalid: 'lowercase-A', route: 'CrmCallRouting' }],
      });
      expect(again).toMatchObject({ outcome: 'dispatched', duplicate: true });
    },
    TEST_TIMEOUT_MS,
  );
});

describe('POST /interactions/Invoke with a repeated requestid', () => {
  it(
    'answers the first outcome exactly as it was, whatever the repeat asks, and acts on nothing',
    async () => {
      const [first] = await suite.http.invokeResults({
        requests: [{ requestid: 'repeat-1', externalid: 'REPEAT-A', route: 'CrmCallRouting' }],
      });
      expect(first).toMatchObject({ outcome: 'dispatched', duplicate: false });
      const interactionid = first?.interactionid;
      const firstOutcome = {
        index: 0,
        action: 'dispatch',
        requestid: 'repeat-1',
        externalid: 'REPEAT-A',
        outcome: 'dispatched',
        duplicate: true,
        interactionid,
      };

      // another externalid under the same requestid: the id answered is the first request's, and so is the externalid
      expect(
        await suite.http.invokeResults({
          requests: [{ requestid: 'repeat-1', externalid: 'REPEAT-B', route: 'CrmCallRouting' }],
        }),
      ).toEqual([firstOutcome]);
      // a release under it: still the dispatch, and nothing is released
      expect(
        await suite.http.invokeResults({
          requests: [{ action: 'release', requestid: 'repeat-1', externalid: 'REPEAT-A' }],
        }),
      ).toEqual([firstOutcome]);
      // REPEAT-B was never dispatched, REPEAT-A is still there: each acts now under a fresh requestid
      const acted = await suite.http.invokeResults({
        requests: [
          { requestid: 'repeat-2', externalid: 'REPEAT-B', route: 'CrmCallRouting' },
          { action: 'release', requestid: 'repeat-3', externalid: 'REPEAT-A' },
        ],
      });
      expect(acted).toEqual([
        expect.objectContaining({ externalid: 'REPEAT-B', outcome: 'dispatched', duplicate: false }),
        {
          index: 1,
          action: 'release',
          requestid: 'repeat-3',
          externalid: 'REPEAT-A',
          outcome: 'released',
          duplicate: false,
          interactionid,
        },
      ]);

      // a release's requestid repeated on a dispatch: the release, as it was
      expect(
        await suite.http.invokeResults({
          requests: [{ requestid: 'repeat-3', externalid: 'REPEAT-C', route: 'CrmCallRouting' }],
        }),
      ).toEqual([
        {
          index: 0,
          action: 'release',
          requestid: 'repeat-3',
          externalid: 'REPEAT-A',
          outcome: 'released',
          duplicate: true,
          interactionid,
        },
      ]);

      // a first request that named no externalid: a repeat naming one gets none back
      const [anonymous] = await suite.http.invokeResults({
        requests: [{ requestid: 'repeat-4', route: 'CrmCallRouting' }],
      });
      expect(
        await suite.http.invokeResults({
          requests: [{ requestid: 'repeat-4', externalid: 'REPEAT-D', route: 'CrmCallRouting' }],
        }),
      ).toEqual([
        {
          index: 0,
          action: 'dispatch',
          requestid: 'repeat-4',
          outcome: 'dispatched',
          duplicate: true,
          interactionid: anonymous?.interactionid,
        },
      ]);
      await suite.http.invokeResults({ requests: [{ action: 'release', externalid: 'REPEAT-B' }] });
    },
    TEST_TIMEOUT_MS,
  );
});

interface BadInvoke {
  name: string;
  send: () => Promise<ContractResponse>;
  status: number;
  /** What the message must say: it names the problem. */
  message: RegExp;
}

const validRequest = (id: string): Invocation => ({
  requests: [{ requestid: id, externalid: id, route: 'CrmCallRouting' }],
});

const badInvokes: BadInvoke[] = [
  {
    name: 'malformed JSON',
    send: () => suite.http.invoke(undefined, { rawBody: '{"requests": [{"route": "CrmCallRouting"' }),
    status: 400,
    message: /JSON/,
  },
  {
    name: 'no requests',
    send: () => suite.http.invoke({ provider: 'CrmIntegration' }),
    status: 400,
    message: /requests/,
  },
  {
    name: 'a dispatch without route',
    send: () => suite.http.invoke({ requests: [{ action: 'dispatch', requestid: 'bad-1', externalid: 'bad-1' }] }),
    status: 400,
    message: /route/,
  },
  {
    name: 'a release without externalid',
    send: () =>
      suite.http.invoke({ provider: 'CrmIntegration', requests: [{ action: 'release', requestid: 'bad-2' }] }),
    status: 400,
    message: /externalid/,
  },
  {
    name: 'a clid of 51 characters',
    send: () =>
      suite.http.invoke({
        requests: [{ route: 'CrmCallRouting', linkeddata: [{ type: 'clid', value: '4'.repeat(51) }] }],
      }),
    status: 400,
    message: /\b50\b/,
  },
  {
    name: 'a skill expiryafter of 2678400 s',
    send: () =>
      suite.http.invoke({
        requests: [
          {
            route: 'CrmCallRouting',
            routingdata: { interactiontype: 'nonlive', skills: [{ name: 'skillOptional', expiryafter: 2678400 }] },
          },
        ],
      }),
    status: 400,
    message: /2678399/,
  },
  {
    name: 'a body over 100 KB',
    send: () => {
      const body = {
        requests: [
          {
            route: 'SendSMS',
            linkeddata: [{ type: 'interactionproperty', key: 'Message', value: 'x'.repeat(101 * 1024) }],
          },
        ],
      };
      expect(Buffer.byteLength(JSON.stringify(body))).toBeGreaterThan(100 * 1024);
      return suite.http.invoke(body);
    },
    status: 413,
    message: /^Payload Too Large$/,
  },
  // The contract answers a body of another content type with 415 (UnsupportedMediaType).
  {
    name: 'a JSON body sent without Content-Type',
    send: () =>
      suite.http.invoke(undefined, {
        headers: { 'content-type': undefined },
        rawBody: new TextEncoder().encode(JSON.stringify(validRequest('no-content-type'))),
      }),
    status: 415,
    message: /application\/json/,
  },
  {
    name: 'a JSON body sent as text/plain',
    send: () => suite.http.invoke(validRequest('text-plain'), { headers: { 'content-type': 'text/plain' } }),
    status: 415,
    message: /application\/json/,
  },
  {
    name: 'no Accept header',
    send: () => suite.http.invoke(validRequest('no-accept'), { headers: { accept: undefined } }),
    status: 400,
    message: /Accept/,
  },
  {
    name: 'Accept of version 2',
    send: () =>
      suite.http.invoke(validRequest('accept-v2'), { headers: { accept: 'application/vnd.newvoicemedia.v2+json' } }),
    status: 400,
    message: /v2/,
  },
  {
    name: 'no bearer token',
    send: () => suite.http.invoke(validRequest('no-token'), { headers: { authorization: undefined } }),
    status: 401,
    message: /token/,
  },
  {
    name: 'a bearer token that is not a token',
    send: () => suite.http.invoke(validRequest('bad-token'), { headers: { authorization: 'Bearer not-a-token' } }),
    status: 401,
    message: /token/,
  },
  {
    name: 'a forged token (genuine claims, signed with another key)',
    send: async () =>
      suite.http.invoke(validRequest('forged-token'), {
        headers: { authorization: `Bearer ${forgeSignature(await suite.http.accessToken())}` },
      }),
    status: 401,
    message: /token/,
  },
  {
    name: 'an unsigned token (alg none)',
    send: async () =>
      suite.http.invoke(validRequest('unsigned-token'), {
        headers: { authorization: `Bearer ${unsigned(await suite.http.accessToken())}` },
      }),
    status: 401,
    message: /token/,
  },
  {
    name: 'a token whose claims were edited',
    send: async () =>
      suite.http.invoke(validRequest('tampered-token'), {
        headers: { authorization: `Bearer ${tamperClaims(await suite.http.accessToken())}` },
      }),
    status: 401,
    message: /token/,
  },
];

describe('POST /interactions/Invoke with bad input', () => {
  it.each(badInvokes)(
    '$name → $status with a message that names the problem',
    async ({ send, status, message }) => {
      const response = await send();
      expect(response.status).toBeLessThan(500);
      expect(response.status).toBe(status);
      const error = bodyOf(response, status, 'VccError');
      expect(error.statusCode).toBe(status);
      expect(error.message).toMatch(message);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'acts on nothing in a batch with one malformed request',
    async () => {
      const response = await suite.http.invoke({
        requests: [
          { requestid: 'atomic-1', externalid: 'atomic-A', route: 'CrmCallRouting' },
          { action: 'release', requestid: 'atomic-2' },
        ],
      });
      expect(bodyOf(response, 400, 'VccError').message).toMatch(/requests\[1\]\.externalid/);
      // the valid first request was not processed: its requestid is still fresh
      const [result] = await suite.http.invokeResults({
        requests: [{ requestid: 'atomic-1', externalid: 'atomic-A', route: 'CrmCallRouting' }],
      });
      expect(result).toMatchObject({ outcome: 'dispatched', duplicate: false });
    },
    TEST_TIMEOUT_MS,
  );
});

const genuine = {
  grant_type: 'client_credentials',
  client_id: DEMO_CLIENT.clientId,
  client_secret: DEMO_CLIENT.clientSecret,
  scope: DEMO_CLIENT.scope,
};

interface BadTokenRequest {
  name: string;
  form: Record<string, string>;
  /** How the request is sent when not as the form: a raw body and header overrides. */
  raw?: { body: string | Uint8Array; headers: Record<string, string | undefined> };
  error: OAuthError['error'];
}

const badTokenRequests: BadTokenRequest[] = [
  { name: 'a wrong client_secret', form: { ...genuine, client_secret: 'not-the-secret' }, error: 'invalid_client' },
  { name: 'an unknown client_id', form: { ...genuine, client_id: 'nobody' }, error: 'invalid_client' },
  { name: 'grant_type password', form: { ...genuine, grant_type: 'password' }, error: 'unsupported_grant_type' },
  {
    name: 'no scope',
    form: { grant_type: genuine.grant_type, client_id: genuine.client_id, client_secret: genuine.client_secret },
    error: 'invalid_scope',
  },
  {
    name: 'a scope the client does not have',
    form: { ...genuine, scope: 'interactions:admin' },
    error: 'invalid_scope',
  },
  // The token endpoint takes form-encoded bodies only, and its contract answers anything else with 400.
  {
    name: 'the fields as JSON',
    form: genuine,
    raw: { body: JSON.stringify(genuine), headers: { 'content-type': 'application/json' } },
    error: 'invalid_request',
  },
  {
    name: 'the form without Content-Type',
    form: genuine,
    raw: {
      body: new TextEncoder().encode(new URLSearchParams(genuine).toString()),
      headers: { 'content-type': undefined },
    },
    error: 'invalid_request',
  },
  {
    name: 'an XML body',
    form: genuine,
    raw: { body: '<token grant_type="client_credentials"/>', headers: { 'content-type': 'application/xml' } },
    error: 'invalid_request',
  },
];

describe('POST /Auth/connect/token', () => {
  it(
    'issues a two-hour bearer token for the demo client',
    async () => {
      const response = await suite.http.requestToken(genuine);
      expect(bodyOf(response, 200, 'TokenResponse')).toEqual({
        access_token: expect.any(String),
        token_type: 'Bearer',
        expires_in: 7200,
      });
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'answers a token request over 100 KB with 413 as the contract describes it',
    async () => {
      const response = await suite.http.requestToken({
        ...genuine,
        scope: `interactions:write ${'x'.repeat(101 * 1024)}`,
      });
      expect(response.status).toBe(413);
      expect(bodyOf(response, 413, 'OAuthError')).toEqual({
        error: 'invalid_request',
        error_description: 'Payload Too Large',
      });
    },
    TEST_TIMEOUT_MS,
  );

  it.each(badTokenRequests)(
    '$name → 400 $error',
    async ({ form, raw, error }) => {
      const response = await suite.http.requestToken(form, raw && { headers: raw.headers, rawBody: raw.body });
      expect(response.status).toBe(400);
      const body = bodyOf(response, 400, 'OAuthError');
      expect(body.error).toBe(error);
      expect(body.error_description).toEqual(expect.any(String));
    },
    TEST_TIMEOUT_MS,
  );
});
