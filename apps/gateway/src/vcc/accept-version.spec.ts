import { describe, expect, it } from '@jest/globals';
import { ApiError } from '../errors/api-error.js';
import { checkAcceptVersion } from './accept-version.js';

const refusal = (accept: string | undefined): string => {
  try {
    checkAcceptVersion(accept);
  } catch (error) {
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).kind).toBe('bad_request');
    return (error as ApiError).message;
  }
  throw new Error(`accepted ${String(accept)}`);
};

describe('checkAcceptVersion', () => {
  it('accepts version 1, in any case and among other media types', () => {
    expect(() => {
      checkAcceptVersion('application/vnd.newvoicemedia.v1+json');
    }).not.toThrow();
    expect(() => {
      checkAcceptVersion('Application/VND.NewVoiceMedia.v1+JSON');
    }).not.toThrow();
    expect(() => {
      checkAcceptVersion('text/html, application/vnd.newvoicemedia.v1+json;q=0.9');
    }).not.toThrow();
  });

  it('says the version is missing when there is none', () => {
    expect(refusal(undefined)).toMatch(/Version missing from Accept header/);
    expect(refusal('application/json')).toMatch(/Version missing from Accept header/);
  });

  it('names an unsupported version', () => {
    expect(refusal('application/vnd.newvoicemedia.v2+json')).toMatch(/v2 is not supported/);
  });
});
