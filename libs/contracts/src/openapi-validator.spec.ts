import { describe, expect, it } from '@jest/globals';
import { vccInteractionsDocument } from './generated/vcc-interactions.document.generated.js';
import { describeValidationErrors, isJsonMediaType, OpenApiValidator } from './openapi-validator.js';

const validator = new OpenApiValidator(vccInteractionsDocument, 'vcc-interactions');
const validateInvocation = validator.requestBody('post', '/interactions/Invoke');

interface Example {
  value: unknown;
}
const paths = vccInteractionsDocument.paths as Record<string, Record<string, Record<string, unknown>>>;
const invokeExamples = (
  paths['/interactions/Invoke']?.post?.requestBody as { content: Record<string, { examples: Record<string, Example> }> }
).content['application/json']?.examples;

function errorsOf(body: unknown): string {
  expect(validateInvocation(body)).toBe(false);
  return describeValidationErrors(validateInvocation.errors);
}

describe('the VCC Interactions contract', () => {
  it('carries the five seed Invoke examples, and each is valid against it', () => {
    const names = Object.keys(invokeExamples ?? {});
    expect(names).toEqual(
      expect.arrayContaining([
        'routingSms',
        'routingNonLive',
        'routingNonLiveWithSkills',
        'routingNonLiveWithPersonalQueue',
        'releasing',
      ]),
    );
    for (const [name, example] of Object.entries(invokeExamples ?? {})) {
      const valid = validateInvocation(example.value);
      expect({ name, errors: valid ? undefined : describeValidationErrors(validateInvocation.errors) }).toEqual({
        name,
        errors: undefined,
      });
    }
  });

  it.each([
    ['no requests', {}, 'requests is required'],
    ['empty requests', { requests: [] }, 'requests must NOT have fewer than 1 items'],
    ['a dispatch without route', { requests: [{ externalid: 'x' }] }, 'requests[0].route is required'],
    ['a release without externalid', { requests: [{ action: 'release' }] }, 'requests[0].externalid is required'],
    [
      'a clid over 50 characters',
      { requests: [{ route: 'r', linkeddata: [{ type: 'clid', value: 'x'.repeat(51) }] }] },
      'requests[0].linkeddata[0].value must NOT have more than 50 characters',
    ],
    [
      'an expiryafter over 31 days',
      { requests: [{ route: 'r', routingdata: { skills: [{ name: 's', expiryafter: 2678400 }] } }] },
      'requests[0].routingdata.skills[0].expiryafter must be <= 2678399',
    ],
    [
      'a url without label',
      { requests: [{ route: 'r', linkeddata: [{ type: 'url', value: 'https://x' }] }] },
      'requests[0].linkeddata[0].label is required',
    ],
    [
      'an unknown linkeddata type',
      { requests: [{ route: 'r', linkeddata: [{ type: 'fax', value: '1' }] }] },
      'requests[0].linkeddata[0].type "fax" is not a known type',
    ],
    [
      'an unknown action',
      { requests: [{ action: 'park', route: 'r' }] },
      'requests[0].action must be one of dispatch, release',
    ],
    [
      'a misspelt key',
      { requests: [{ route: 'r', extrenalid: 'x' }] },
      "requests[0] has an unknown property 'extrenalid'",
    ],
    [
      'an incomplete personal queue',
      { requests: [{ route: 'r', routingdata: { personalqueue: { agent: 'a', loggedintimeout: 1 } } }] },
      'requests[0].routingdata.personalqueue.loggedouttimeout is required',
    ],
  ])('refuses %s with a message naming the problem', (_case, body, message) => {
    expect(errorsOf(body)).toContain(message);
  });

  it('accepts the largest documented expiry and the default action', () => {
    expect(
      validateInvocation({
        requests: [{ route: 'r', routingdata: { skills: [{ name: 's', expiryafter: 2678399 }] } }],
      }),
    ).toBe(true);
  });

  it('has a schema for every documented response status', () => {
    for (const status of [200, 400, 401, 403, 413, 500, 503]) {
      expect(validator.response('post', '/interactions/Invoke', status)).toBeDefined();
    }
  });
});

describe('JSON media types', () => {
  it('are application/json and vendor +json types, with parameters, in any case', () => {
    expect(isJsonMediaType('application/json')).toBe(true);
    expect(isJsonMediaType('application/vnd.inin.icws+JSON;charset=utf-8')).toBe(true);
    expect(isJsonMediaType('application/vnd.newvoicemedia.v1+json')).toBe(true);
    expect(isJsonMediaType('text/event-stream')).toBe(false);
    expect(isJsonMediaType('application/jsonp')).toBe(false);
    expect(isJsonMediaType('text/json')).toBe(false);
  });
});
