import { describe, expect, it } from '@jest/globals';
import { ApiError } from './api-error.js';
import { pageQueryOf } from './page-query.js';

const BOUNDS = { limitDefault: 200, limitMax: 500, offsetMax: 10_000_000 };

describe('pageQueryOf', () => {
  it('takes the defaults when neither is given, and plain integers within the bounds', () => {
    expect(pageQueryOf({}, BOUNDS)).toEqual({ offset: 0, limit: 200 });
    expect(pageQueryOf({ offset: '40', limit: '500' }, BOUNDS)).toEqual({ offset: 40, limit: 500 });
  });

  it.each([
    ['limit', { limit: '501' }],
    ['limit', { limit: '0' }],
    ['limit', { limit: '1e2' }],
    ['limit', { limit: ['1', '2'] }],
    ['offset', { offset: '-1' }],
    ['offset', { offset: '10000001' }],
  ])('refuses a %s out of its bounds or not a plain integer: %j', (name, query) => {
    expect(() => pageQueryOf(query, BOUNDS)).toThrow(
      new ApiError(
        'bad_request',
        `Parameter '${name}' must be an integer from ${name === 'limit' ? 1 : 0} to ${name === 'limit' ? 500 : 10_000_000}`,
      ),
    );
  });
});
