// Issue 11, point 2: every client-controlled field that reaches an event is bounded by its contract, so no request
// can build an event the log cannot store. Each dialect refuses past a limit (a 400 in its own format, from the
// gateway's validBody) and takes anything up to it; the bus contract bounds the same commands behind the gateway.
import { describe, expect, it } from '@jest/globals';
import { BusValidator } from './bus-validator.js';
import { gwsV2Document } from './generated/gws-v2.document.generated.js';
import { icwsDocument } from './generated/icws.document.generated.js';
import { vccInteractionsDocument } from './generated/vcc-interactions.document.generated.js';
import { describeValidationErrors, OpenApiValidator, type RequestBodyValidator } from './openapi-validator.js';

const ICWS = 'application/vnd.inin.icws+json';
const icws = new OpenApiValidator(icwsDocument, 'icws');
const gws = new OpenApiValidator(gwsV2Document, 'gws-v2');
const vcc = new OpenApiValidator(vccInteractionsDocument, 'vcc-interactions');
const bus = new BusValidator();

const subscription = icws.requestBody('put', '/icws/{sessionId}/messaging/subscriptions/queues/{subscriptionId}', ICWS);
const setAttributes = icws.requestBody('post', '/icws/{sessionId}/interactions/{interactionId}', ICWS);
const createInteraction = icws.requestBody('post', '/icws/{sessionId}/interactions', ICWS);
const gwsOperation = gws.requestBody('post', '/api/v2/me/interactions/{id}');
const invoke = vcc.requestBody('post', '/interactions/Invoke');

const name = (length: number, prefix = 'n'): string => prefix + 'x'.repeat(length - prefix.length);
const many = <T>(count: number, make: (i: number) => T): T[] => Array.from({ length: count }, (_, i) => make(i));
const record = (count: number, value: (i: number) => unknown = () => 'v'): Record<string, unknown> =>
  Object.fromEntries(many(count, (i) => [`key${String(i)}`, value(i)]));

/** The message the gateway would answer with, or 'valid'. */
function verdict(validate: RequestBodyValidator, body: unknown): string {
  return validate(body) ? 'valid' : describeValidationErrors(validate.errors);
}

const queue = { queueType: 2, queueName: 'CrmCallRouting' };

describe('contract limits on what reaches an event', () => {
  it.each<[string, RequestBodyValidator, unknown, string]>([
    // ICWS queue subscriptions: the 99,000-character attribute name, names, queues
    [
      'an ICWS attribute name of 99,000 characters',
      subscription,
      { queueIds: [queue], attributeNames: [name(99_000)] },
      'attributeNames[0] must NOT have more than 256 characters',
    ],
    [
      '201 ICWS subscribed attributes',
      subscription,
      { queueIds: [queue], attributeNames: many(201, (i) => `a${String(i)}`) },
      'attributeNames must NOT have more than 200 items',
    ],
    [
      '101 ICWS subscribed queues',
      subscription,
      { queueIds: many(101, () => queue), attributeNames: ['Eic_State'] },
      'queueIds must NOT have more than 100 items',
    ],
    [
      'an ICWS queue name of 257 characters',
      subscription,
      { queueIds: [{ queueType: 2, queueName: name(257) }], attributeNames: ['Eic_State'] },
      'queueIds[0].queueName must NOT have more than 256 characters',
    ],
    // ICWS queue subscriptions' filter and limit
    [
      'an ICWS limitCount of 1001',
      subscription,
      { queueIds: [queue], attributeNames: ['Eic_State'], queueResultLimit: { limitCount: 1001 } },
      'queueResultLimit.limitCount must be <= 1000',
    ],
    [
      'an ICWS limitCount of 0',
      subscription,
      { queueIds: [queue], attributeNames: ['Eic_State'], queueResultLimit: { limitCount: 0 } },
      'queueResultLimit.limitCount must be >= 1',
    ],
    [
      'an ICWS filter group of 101 items',
      subscription,
      {
        queueIds: [queue],
        attributeNames: ['Eic_State'],
        attributeFilter: {
          __type: 'urn:inin.com:queues:filterGroup',
          filterGroupType: 2,
          filterItemsList: many(101, () => ({
            __type: 'urn:inin.com:queues:filterValue',
            attribute: 'Eic_State',
            comparisonType: 1,
            value: 'O',
          })),
        },
      },
      'attributeFilter.filterItemsList must NOT have more than 100 items',
    ],
    [
      'an ICWS filter value of 32,769 characters',
      subscription,
      {
        queueIds: [queue],
        attributeNames: ['Eic_State'],
        attributeFilter: {
          __type: 'urn:inin.com:queues:filterValue',
          attribute: 'Notes',
          comparisonType: 1,
          value: name(32_769),
        },
      },
      'attributeFilter.value must NOT have more than 32768 characters',
    ],
    // ICWS custom attributes set or created
    [
      'an ICWS attribute value of 32,769 characters',
      setAttributes,
      { attributes: { Notes: name(32_769) } },
      'attributes.Notes must NOT have more than 32768 characters',
    ],
    [
      'an ICWS attribute to set named with 257 characters',
      setAttributes,
      { attributes: { [name(257)]: 'v' } },
      'attributes has a property name that must NOT have more than 256 characters',
    ],
    [
      '101 ICWS attributes in one request',
      setAttributes,
      { attributes: record(101) },
      'attributes must NOT have more than 100 properties',
    ],
    [
      'an ICWS work item with 101 additional attributes',
      createInteraction,
      {
        __type: 'urn:inin.com:interactions:createGenericInteractionParameters',
        queueId: queue,
        additionalAttributes: record(101),
      },
      'additionalAttributes must NOT have more than 100 properties',
    ],
    // GWS user data
    [
      'GWS user data with 101 keys',
      gwsOperation,
      { operationName: 'AttachUserData', userData: record(101) },
      'userData must NOT have more than 100 properties',
    ],
    [
      'a GWS user data key of 257 characters',
      gwsOperation,
      { operationName: 'UpdateUserData', userData: { [name(257)]: 'v' } },
      'userData has a property name that must NOT have more than 256 characters',
    ],
    [
      'a GWS user data string of 32,769 characters',
      gwsOperation,
      { operationName: 'AttachUserData', userData: { Notes: name(32_769) } },
      'userData.Notes must NOT have more than 32768 characters',
    ],
    // VCC linked data
    [
      '101 VCC linkeddata entries',
      invoke,
      {
        requests: [
          {
            route: 'r',
            linkeddata: many(101, (i) => ({ type: 'interactionproperty', key: `k${String(i)}`, value: 'v' })),
          },
        ],
      },
      'requests[0].linkeddata must NOT have more than 100 items',
    ],
    [
      'a VCC interaction property key of 257 characters',
      invoke,
      { requests: [{ route: 'r', linkeddata: [{ type: 'interactionproperty', key: name(257), value: 'v' }] }] },
      'requests[0].linkeddata[0].key must NOT have more than 256 characters',
    ],
    [
      'a VCC interaction property value of 32,769 characters',
      invoke,
      { requests: [{ route: 'r', linkeddata: [{ type: 'interactionproperty', key: 'k', value: name(32_769) }] }] },
      'requests[0].linkeddata[0].value must NOT have more than 32768 characters',
    ],
    [
      'a VCC externalid of 257 characters',
      invoke,
      { requests: [{ route: 'r', externalid: name(257) }] },
      'requests[0].externalid must NOT have more than 256 characters',
    ],
    // the bus, behind the gateway
    [
      'a bus subscription with an attribute name of 99,000 characters',
      bus.request('sessionSubscribeQueues'),
      {
        agentId: 'a',
        sessionId: 's',
        subscriptionId: 'q',
        queues: [{ type: 'workgroup', name: 'w' }],
        attributeNames: [name(99_000)],
      },
      'attributeNames[0] must NOT have more than 256 characters',
    ],
    [
      'a bus subscription id of 201 characters (the ICWS path parameter)',
      bus.request('sessionSubscribeQueues'),
      {
        agentId: 'a',
        sessionId: 's',
        subscriptionId: name(201),
        queues: [{ type: 'workgroup', name: 'w' }],
        attributeNames: ['Eic_State'],
      },
      'subscriptionId must NOT have more than 200 characters',
    ],
    [
      'bus user data with 101 keys',
      bus.request('interactionUserData'),
      { interactionId: '1', agentId: 'a', operation: 'attach', userData: record(101) },
      'userData must NOT have more than 100 properties',
    ],
  ])('refuses %s, naming the limit', (_case, validate, body, message) => {
    expect(verdict(validate, body)).toContain(message);
  });

  it.each<[string, RequestBodyValidator, unknown]>([
    [
      'the largest ICWS subscription',
      subscription,
      { queueIds: many(100, () => queue), attributeNames: many(200, (i) => name(256, `a${String(i)}-`)) },
    ],
    ['the largest ICWS attribute set', setAttributes, { attributes: { [name(256)]: name(32_768), ...record(99) } }],
    [
      'GWS user data at its limits, nested values kept',
      gwsOperation,
      {
        operationName: 'AttachUserData',
        userData: { ...record(98), [name(256)]: name(32_768), nested: { any: ['json', 1, null] } },
      },
    ],
    [
      'VCC linked data at its limits',
      invoke,
      {
        requests: [
          {
            route: 'r',
            linkeddata: many(100, (i) => ({
              type: 'interactionproperty',
              key: name(256, `k${String(i)}-`),
              value: i === 0 ? name(32_768) : 'v',
            })),
          },
        ],
      },
    ],
  ])('takes %s', (_case, validate, body) => {
    expect(verdict(validate, body)).toBe('valid');
  });
});
