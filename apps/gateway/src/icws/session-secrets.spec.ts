import { describe, expect, it } from '@jest/globals';
import { cookieNameOf, hashSecret, newSessionSecrets, secretMatches } from './session-secrets.js';

describe('session secrets', () => {
  it('are fresh, distinct and safe in a path, a cookie name and a KV key', () => {
    const first = newSessionSecrets();
    const second = newSessionSecrets();
    expect(first.sessionId).not.toBe(second.sessionId);
    expect(first.csrfToken).not.toBe(first.cookieSecret);
    for (const value of Object.values(first)) expect(value).toMatch(/^[\w-]{24,}$/);
    expect(cookieNameOf(first.sessionId)).toBe(`icws_${first.sessionId}`);
  });

  it('match only the secret whose hash was stored', () => {
    const { csrfToken } = newSessionSecrets();
    const stored = hashSecret(csrfToken);
    expect(stored).not.toContain(csrfToken);
    expect(secretMatches(csrfToken, stored)).toBe(true);
    expect(secretMatches(`${csrfToken}x`, stored)).toBe(false);
    expect(secretMatches('', stored)).toBe(false);
    expect(secretMatches(undefined, stored)).toBe(false);
  });
});
