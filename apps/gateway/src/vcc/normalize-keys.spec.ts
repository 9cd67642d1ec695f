import { describe, expect, it } from '@jest/globals';
import { ApiError } from '../errors/api-error.js';
import { normalizeInvocationKeys } from './normalize-keys.js';

describe('normalizeInvocationKeys', () => {
  it('accepts the camelCase spellings of the vendor prose', () => {
    expect(
      normalizeInvocationKeys({
        Provider: 'P',
        requests: [
          {
            requestId: 'r',
            externalId: 'e',
            Route: 'R',
            linkedData: [{ Type: 'clid', Value: '1' }],
            routingData: { interactionType: 'chat' },
          },
        ],
      }),
    ).toEqual({
      provider: 'P',
      requests: [
        {
          requestid: 'r',
          externalid: 'e',
          route: 'R',
          linkeddata: [{ type: 'clid', value: '1' }],
          routingdata: { interactiontype: 'chat' },
        },
      ],
    });
  });

  it('leaves values alone, interaction property keys included', () => {
    expect(
      normalizeInvocationKeys({
        requests: [{ linkeddata: [{ type: 'interactionproperty', key: 'ToNum', value: 'AbC' }] }],
      }),
    ).toEqual({
      requests: [{ linkeddata: [{ type: 'interactionproperty', key: 'ToNum', value: 'AbC' }] }],
    });
  });

  it('refuses the same key twice in two spellings, naming it', () => {
    expect(() => normalizeInvocationKeys({ requests: [{ requestid: 'a', requestId: 'b' }] })).toThrow(ApiError);
    expect(() => normalizeInvocationKeys({ requests: [{ requestid: 'a', requestId: 'b' }] })).toThrow(
      'requests[0] has "requestid" twice',
    );
  });
});
