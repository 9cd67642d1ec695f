import { describe, expect, it } from '@jest/globals';
import { acceptedRequestId, requestIdFor } from './request-id.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('request ids', () => {
  it.each([
    'abc',
    '3f1c2a9e-6d1b-4f5e-9a51-0c2d3e4f5a6b',
    '01HZX3K9Q2V7W8Y0ZB1C2D3E4F',
    'Root=1-67891233-abcdef012345678912345678;Parent=53995c3f42cd8ad8',
    'a'.repeat(128),
  ])('takes %s as sent', (sent) => {
    expect(acceptedRequestId(sent)).toBe(sent);
    expect(requestIdFor(sent)).toBe(sent);
  });

  it.each([
    ['too long', 'a'.repeat(129)],
    ['empty', ''],
    ['a line break (a forged log line)', 'abc\r\nX-Injected: 1'],
    ['a control character', 'abc\u0000'],
    ['a space', 'abc def'],
    ['a quote', 'abc"'],
    ['non-ASCII', 'abcé'],
    ['sent twice', ['abc', 'def']],
    ['not a string', 42],
    ['absent', undefined],
  ])('refuses one %s, and makes a UUID instead', (_why, sent) => {
    expect(acceptedRequestId(sent)).toBeUndefined();
    expect(requestIdFor(sent)).toMatch(UUID);
  });

  it('makes a different id for each request without one', () => {
    expect(requestIdFor(undefined)).not.toBe(requestIdFor(undefined));
  });
});
