import { describe, expect, it } from '@jest/globals';
import { BusValidator } from './bus-validator.js';
import { adminDocument } from './generated/admin.document.generated.js';
import { gwsNotificationsSchemas } from './generated/gws-notifications.registry.generated.js';
import { gwsV2Document } from './generated/gws-v2.document.generated.js';
import { icwsDocument } from './generated/icws.document.generated.js';
import { supervisorDocument } from './generated/supervisor.document.generated.js';
import { vccInteractionsDocument } from './generated/vcc-interactions.document.generated.js';
import { createAjv, OpenApiValidator } from './openapi-validator.js';

describe('every contract compiles under ajv strict mode', () => {
  // A YAML slip (a comma in an unquoted flow-mapping description) turns prose into a bogus keyword; strict
  // compilation refuses it here, not when a service starts.
  it.each([
    ['vcc-interactions', vccInteractionsDocument],
    ['gws-v2', gwsV2Document],
    ['admin', adminDocument],
    ['icws', icwsDocument],
    ['supervisor', supervisorDocument],
  ])('the %s OpenAPI document', (name, document) => {
    expect(new OpenApiValidator(document, name).paths().length).toBeGreaterThan(0);
  });

  it('answers in a vendor JSON type (ICWS application/vnd.inin.icws+json) get response validators', () => {
    const icws = new OpenApiValidator(icwsDocument, 'icws');
    const messages = icws.response('get', '/icws/{sessionId}/messaging/messages', 200);
    expect(
      messages?.([{ __type: 'urn:inin.com:queues:queueContentsMessage', isDelta: false, subscriptionId: 's' }]),
    ).toBe(true);
    expect(messages?.([{ __type: 'urn:inin.com:queues:queueContentsMessage', isDelta: false }])).toBe(false);
  });

  it('the bus and the CometD notification schemas', () => {
    expect(() => new BusValidator()).not.toThrow();
    const ajv = createAjv();
    ajv.addSchema(gwsNotificationsSchemas);
    expect(ajv.getSchema(`${gwsNotificationsSchemas.$id}#/$defs/InteractionStateMessage`)).toBeDefined();
  });
});
