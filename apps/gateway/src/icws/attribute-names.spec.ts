import { describe, expect, it } from '@jest/globals';
import { ApiError } from '../errors/api-error.js';
import { assertCustomAttributes, parseSelect } from './attribute-names.js';

describe('parseSelect', () => {
  it('splits a comma list, trims each name, drops empty ones and keeps their case', () => {
    expect(parseSelect(' Eic_State, eic_remotename ,,CaseNumber')).toEqual([
      'Eic_State',
      'eic_remotename',
      'CaseNumber',
    ]);
  });

  it('asks for the id alone when select is absent or empty', () => {
    expect(parseSelect(undefined)).toBeUndefined();
    expect(parseSelect('')).toBeUndefined();
    expect(parseSelect(' , ')).toBeUndefined();
  });

  it('asks for a name given twice once', () => {
    expect(parseSelect('Eic_State,Eic_State')).toEqual(['Eic_State']);
  });
});

describe('reserved attributes', () => {
  it('cannot be set: a 400 naming the attribute and the property it came in', () => {
    const attempt = (): void => {
      assertCustomAttributes({ CaseNumber: '1', eic_State: 'C' }, 'attributes');
    };
    expect(attempt).toThrow(ApiError);
    expect(attempt).toThrow(/eic_State is a system attribute/);
    expect(() => {
      assertCustomAttributes({ CaseNumber: '1' }, 'attributes');
    }).not.toThrow();
  });
});
