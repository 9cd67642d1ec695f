import { describe, expect, it } from '@jest/globals';
import { queueFilterOf, resultLimitOf } from './queue-selection.js';

const GROUP = 'urn:inin.com:queues:filterGroup' as const;
const VALUE = 'urn:inin.com:queues:filterValue' as const;

describe('ICWS queue subscription parameters in the bus’s words', () => {
  it('turns an ICWS filter into the bus filter: group types 0 None, 1 All, 2 Any; comparison 1 Equals, 0 NotEquals', () => {
    expect(
      queueFilterOf({
        __type: GROUP,
        filterGroupType: 1,
        filterItemsList: [
          { __type: VALUE, attribute: 'Eic_State', comparisonType: 1, value: 'O' },
          {
            __type: GROUP,
            filterGroupType: 2,
            filterItemsList: [
              { __type: GROUP, filterGroupType: 0, filterItemsList: [] },
              { __type: VALUE, attribute: 'Tier', comparisonType: 0, value: 'gold' },
            ],
          },
        ],
      }),
    ).toEqual({
      match: 'all',
      items: [
        { attribute: 'Eic_State', equals: true, value: 'O' },
        {
          match: 'any',
          items: [
            { match: 'none', items: [] },
            { attribute: 'Tier', equals: false, value: 'gold' },
          ],
        },
      ],
    });
  });

  it('turns a queueResultLimit into the bus limit: SortDirection 0 ascending, 1 descending', () => {
    expect(resultLimitOf({ limitCount: 5 })).toEqual({ limitCount: 5 });
    expect(resultLimitOf({ resultOrder: { orderAttribute: 'Eic_InitiationTime', orderDirection: 1 } })).toEqual({
      orderAttribute: 'Eic_InitiationTime',
      descending: true,
    });
    expect(resultLimitOf({ limitCount: 1, resultOrder: { orderAttribute: 'Eic_CallId', orderDirection: 0 } })).toEqual({
      limitCount: 1,
      orderAttribute: 'Eic_CallId',
      descending: false,
    });
  });
});
