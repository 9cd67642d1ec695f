import { describe, expect, it } from '@jest/globals';
import { JetStreamApiError } from '@nats-io/jetstream';
import { errors } from '@nats-io/transport-node';
import { BusUnavailableError } from '@switchboard/bus';
import { gwsErrors } from '../gws/gws-errors.js';
import { icwsErrors } from '../icws/icws-errors.js';
import { oauthErrors } from '../vcc/oauth-errors.js';
import { vccErrors } from '../vcc/vcc-errors.js';
import { ApiError } from './api-error.js';
import { plainErrors } from './plain-errors.js';
import { toApiError } from './to-api-error.js';
import { errorProfileByPath } from './unrouted-requests.js';

describe('errorProfileByPath (a request no route took)', () => {
  it('tells the API family from the path, whatever its case', () => {
    expect(errorProfileByPath('/interactions/invoke')).toBe(vccErrors);
    expect(errorProfileByPath('/Auth/connect/token')).toBe(oauthErrors);
    expect(errorProfileByPath('/api/v2/me')).toBe(gwsErrors);
    expect(errorProfileByPath('/ICWS/connection')).toBe(icwsErrors);
    expect(errorProfileByPath('/icws/abc/interactions')).toBe(icwsErrors);
    expect(errorProfileByPath('/icwsx')).toBe(plainErrors);
    expect(errorProfileByPath('/health')).toBe(plainErrors);
  });
});

describe('each dialect’s error profile', () => {
  it('renders VCC errors with the HTTP status, its reason phrase and the message', () => {
    expect(vccErrors.render(new ApiError('payload_too_large', 'Payload Too Large'))).toEqual({
      status: 413,
      headers: {},
      body: { statusCode: 413, error: 'Payload Too Large', message: 'Payload Too Large' },
    });
    expect(vccErrors.render(new ApiError('unauthorized', 'no token')).headers['www-authenticate']).toMatch(/^Bearer/);
  });

  it('renders GWS errors as statusCode and statusMessage only', () => {
    expect(gwsErrors.render(new ApiError('unauthorized', 'Access denied'))).toEqual({
      status: 401,
      headers: { 'www-authenticate': 'Basic realm="Switchboard"' },
      body: { statusCode: 20, statusMessage: 'Access denied' },
    });
    expect(gwsErrors.render(new ApiError('missing_parameter', 'x')).body).toEqual({
      statusCode: 1,
      statusMessage: 'x',
    });
  });

  it('renders ICWS errors as {__type, errorId, message}, 401 with the documented WWW-Authenticate', () => {
    expect(icwsErrors.render(new ApiError('unauthorized', 'The session is not valid.'))).toEqual({
      status: 401,
      headers: { 'www-authenticate': 'ICWS realm="ICWS" location="/ICWS/connection"' },
      body: {
        __type: 'urn:inin.com:common:error',
        errorId: 'error.request.session.invalid',
        message: 'The session is not valid.',
      },
    });
    expect(icwsErrors.render(new ApiError('not_found', 'gone', { code: 'error.interaction.notFound' })).body).toEqual({
      __type: 'urn:inin.com:common:error',
      errorId: 'error.interaction.notFound',
      message: 'gone',
    });
    const missing = new ApiError('missing_parameter', 'target is required', { property: 'target' });
    expect(icwsErrors.render(missing).body).toEqual({
      __type: 'urn:inin.com:common:missingPropertyError',
      errorId: 'error.request.invalidRepresentation.missingRequiredParameter',
      message: 'target is required',
      propertyName: 'target',
    });
    expect(icwsErrors.render(new ApiError('invalid_state', 'not now')).status).toBe(400);
  });

  it('renders OAuth errors with their own code', () => {
    expect(
      oauthErrors.render(new ApiError('bad_request', 'You must specify a scope', { code: 'invalid_scope' })).body,
    ).toEqual({
      error: 'invalid_scope',
      error_description: 'You must specify a scope',
    });
  });
});

describe('toApiError', () => {
  it('maps Fastify body errors to their documented statuses', () => {
    const tooLarge = Object.assign(new Error('Request body is too large'), {
      code: 'FST_ERR_CTP_BODY_TOO_LARGE',
      statusCode: 413,
    });
    expect(toApiError(tooLarge)).toMatchObject({ kind: 'payload_too_large', message: 'Payload Too Large' });
    const badJson = Object.assign(new Error('Unexpected end'), {
      code: 'FST_ERR_CTP_INVALID_JSON_BODY',
      statusCode: 400,
    });
    expect(toApiError(badJson).kind).toBe('bad_request');
  });

  it('maps an unreachable service to 503 and anything unexpected to 500', () => {
    expect(toApiError(new BusUnavailableError('sb.v1.cmd.demo.x', 'no-responders')).kind).toBe('service_unavailable');
    expect(toApiError(new TypeError('oops')).kind).toBe('internal');
  });

  it('maps NATS not answering outside a bus request (a KV read of a session while a stream elects its leader) to 503', () => {
    expect(toApiError(new errors.TimeoutError()).kind).toBe('service_unavailable');
    expect(
      toApiError(
        new JetStreamApiError({ code: 503, err_code: 10008, description: 'JetStream system temporarily unavailable' }),
      ).kind,
    ).toBe('service_unavailable');
    expect(toApiError(new errors.ClosedConnectionError()).kind).toBe('service_unavailable');
    // a refusal is an answer: not "unavailable"
    expect(
      toApiError(new JetStreamApiError({ code: 400, err_code: 10071, description: 'wrong last sequence' })).kind,
    ).toBe('internal');
  });
});
