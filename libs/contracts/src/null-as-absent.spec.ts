// Issue 14, point 7: Java, Kotlin and Rust models generated from the contracts send `null` for every optional field
// a program leaves unset. Each API reads such a null as absent (the contracts say so); a null in a free-form map
// (GWS userData, ICWS attributes, VCC headers) is data and is judged as such, and a required property cannot be null.
import { describe, expect, it } from '@jest/globals';
import { gwsV2Document } from './generated/gws-v2.document.generated.js';
import { icwsDocument } from './generated/icws.document.generated.js';
import { vccInteractionsDocument } from './generated/vcc-interactions.document.generated.js';
import { dropNullOptionals } from './null-as-absent.js';
import { describeValidationErrors, OpenApiValidator, type RequestBodyValidator } from './openapi-validator.js';

const ICWS = 'application/vnd.inin.icws+json';
const vcc = new OpenApiValidator(vccInteractionsDocument, 'vcc-interactions');
const gws = new OpenApiValidator(gwsV2Document, 'gws-v2');
const icws = new OpenApiValidator(icwsDocument, 'icws');

const invoke = vcc.requestBody('post', '/interactions/Invoke');
const register = vcc.requestBody('post', '/interactions/Register');
const gwsMe = gws.requestBody('post', '/api/v2/me');
const gwsOperation = gws.requestBody('post', '/api/v2/me/interactions/{id}');
const icwsConnection = icws.requestBody('post', '/icws/connection', ICWS);
const icwsCreate = icws.requestBody('post', '/icws/{sessionId}/interactions', ICWS);
const icwsTransfer = icws.requestBody('post', '/icws/{sessionId}/interactions/{interactionId}/blind-transfer', ICWS);
const icwsAttributes = icws.requestBody('post', '/icws/{sessionId}/interactions/{interactionId}', ICWS);

/** The body as the API goes on to use it, or the message it is refused with. */
function read(validate: RequestBodyValidator, body: unknown): unknown {
  return validate(body) ? body : `refused: ${describeValidationErrors(validate.errors)}`;
}

describe('null on an optional property is read as absent', () => {
  it('VCC Invoke: at every level, in discriminated linkeddata and in a release', () => {
    const body = {
      provider: null,
      requests: [
        {
          action: null,
          requestid: null,
          externalid: 'ObjectId_001',
          route: 'CrmCallRouting',
          linkeddata: [
            { type: 'url', label: 'Click me', value: null },
            { type: 'object', owner: null, key: 'k', value: 'v' },
          ],
          routingdata: {
            interactiontype: null,
            skills: [{ name: 'skillMandatory', expiryafter: null }],
            personalqueue: null,
          },
        },
        {
          action: 'release',
          requestid: null,
          externalid: 'ObjectId_002',
          route: null,
          linkeddata: null,
          routingdata: null,
        },
      ],
    };
    expect(read(invoke, body)).toEqual({
      requests: [
        {
          externalid: 'ObjectId_001',
          route: 'CrmCallRouting',
          linkeddata: [
            { type: 'url', label: 'Click me' },
            { type: 'object', key: 'k', value: 'v' },
          ],
          routingdata: { skills: [{ name: 'skillMandatory' }] },
        },
        { action: 'release', externalid: 'ObjectId_002' },
      ],
    });
  });

  it('VCC Register: optional settings; a header value of null is still refused', () => {
    expect(
      read(register, {
        provider: 'CrmIntegration',
        endpoint: null,
        headers: null,
        agentactionspermitted: { release: 1, hold: null },
      }),
    ).toEqual({
      provider: 'CrmIntegration',
      agentactionspermitted: { release: 1 },
    });
    expect(read(register, { provider: 'CrmIntegration', headers: { Authorization: null } })).toBe(
      'refused: headers.Authorization must be string',
    );
  });

  it('GWS: optional operation fields; a userData value of null stays the value', () => {
    expect(read(gwsMe, { operationName: 'NotReady', channels: null, place: null, reason: null })).toEqual({
      operationName: 'NotReady',
    });
    expect(
      read(gwsOperation, {
        operationName: 'AttachUserData',
        userData: { caseNumber: null, nested: { a: null } },
        queueName: null,
        workbin: null,
        userId: null,
      }),
    ).toEqual({
      operationName: 'AttachUserData',
      userData: { caseNumber: null, nested: { a: null } },
    });
  });

  it('ICWS: the branch its __type selects, nested queue ids, and an absent transfer target', () => {
    expect(
      read(icwsConnection, {
        __type: 'urn:inin.com:connection:icAuthConnectionRequestSettings',
        applicationName: 'desk',
        userID: 'AgentUsername',
        password: 'secret',
        marketPlaceApplicationLicenseName: null,
        marketPlaceApplicationCode: null,
      }),
    ).toEqual({
      __type: 'urn:inin.com:connection:icAuthConnectionRequestSettings',
      applicationName: 'desk',
      userID: 'AgentUsername',
      password: 'secret',
    });
    expect(
      read(icwsCreate, {
        __type: 'urn:inin.com:interactions:createGenericInteractionParameters',
        queueId: { queueType: 2, queueName: 'CrmCallRouting' },
        initialState: null,
        interactionDirection: null,
        remoteName: null,
        additionalAttributes: null,
      }),
    ).toEqual({
      __type: 'urn:inin.com:interactions:createGenericInteractionParameters',
      queueId: { queueType: 2, queueName: 'CrmCallRouting' },
    });
    expect(read(icwsTransfer, { target: 'user:alice', queueID: null })).toEqual({ target: 'user:alice' });
  });

  it('ICWS: an attribute value of null is refused, as before', () => {
    expect(read(icwsAttributes, { attributes: { CaseNumber: null }, appendMode: null })).toBe(
      'refused: attributes.CaseNumber must be string',
    );
  });

  it('a required property sent as null is refused; one required only by the action (a dispatch route) is missing', () => {
    expect(read(icwsCreate, { __type: 'urn:inin.com:interactions:createCallParameters', target: null })).toBe(
      'refused: target must be string',
    );
    expect(read(gwsOperation, { operationName: null })).toMatch(/^refused: operationName must be string/);
    expect(read(invoke, { requests: [{ route: null }] })).toBe('refused: requests[0].route is required');
  });

  it('leaves a body without nulls exactly as it was', () => {
    const body = {
      requests: [{ route: 'r', linkeddata: [{ type: 'clid', value: '1' }], routingdata: { interactiontype: 'live' } }],
    };
    const copy = structuredClone(body);
    expect(invoke(body)).toBe(true);
    expect(body).toEqual(copy);
  });
});

describe('the walk is bounded', () => {
  it('stops where the schema stops: 100,000 levels of userData nesting are not walked (nor overflow the stack)', () => {
    let deep: unknown = { leaf: null };
    for (let i = 0; i < 100_000; i += 1) deep = { k: deep };
    const body = { operationName: 'AttachUserData', userData: { deep }, queueName: null };
    expect(() => {
      dropNullOptionals(
        body,
        (gwsV2Document as { components: { schemas: Record<string, unknown> } }).components.schemas.InteractionOperation,
        () => undefined,
      );
    }).not.toThrow();
    expect(body).toEqual({ operationName: 'AttachUserData', userData: { deep } });
  });

  it('survives a cycle of $refs and a value reached twice', () => {
    const schemas: Record<string, Record<string, unknown>> = {
      A: { $ref: '#/B' },
      B: { $ref: '#/A' },
      Node: { type: 'object', properties: { next: { $ref: '#/Node' }, note: { type: 'string' } } },
    };
    const resolve = (ref: string): Record<string, unknown> | undefined => schemas[ref.slice(2)];
    expect(() => {
      dropNullOptionals({ x: null }, { $ref: '#/A' }, resolve);
    }).not.toThrow();
    const shared: Record<string, unknown> = { note: null };
    shared.next = shared;
    dropNullOptionals(shared, { $ref: '#/Node' }, resolve);
    expect(Object.keys(shared)).toEqual(['next']);
  });
});
