import { describe, expect, it } from '@jest/globals';
import { httpRequestLabels, UNMATCHED_ROUTE } from './http-request-labels.js';

describe('httpRequestLabels', () => {
  it('counts a request under its route template, method and status', () => {
    expect(httpRequestLabels('POST', '/api/v2/me/interactions/:id', 200)).toEqual({
      method: 'POST',
      route: '/api/v2/me/interactions/:id',
      status: '200',
    });
  });

  it('counts every request that matched no route under one value, whatever its URL', () => {
    expect(httpRequestLabels('GET', undefined, 404)).toEqual({ method: 'GET', route: UNMATCHED_ROUTE, status: '404' });
  });

  it('counts a method it does not know as other', () => {
    expect(httpRequestLabels('PROPFIND', undefined, 404).method).toBe('other');
  });
});
