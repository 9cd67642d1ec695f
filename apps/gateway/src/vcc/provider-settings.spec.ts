import { describe, expect, it } from '@jest/globals';
import { registerProblems, toProviderSettings } from './provider-settings.js';

const strict = {
  skills: new Set<string>(),
  usernames: new Set<string>(),
  allowInsecureCallbacks: false,
  gwsCsrfProtection: false,
};
const lenient = { ...strict, allowInsecureCallbacks: true };

describe('registerProblems', () => {
  it('wants https unless the tenant allows http', () => {
    expect(registerProblems({ provider: 'P', endpoint: 'https://crm.example/cb' }, strict)).toEqual([]);
    expect(registerProblems({ provider: 'P', endpoint: 'http://crm.example/cb' }, strict)).toEqual([
      'endpoint must be an https URL',
    ]);
    expect(registerProblems({ provider: 'P', endpoint: 'http://127.0.0.1:9/cb' }, lenient)).toEqual([]);
    expect(registerProblems({ provider: 'P', endpoint: 'ftp://crm.example' }, lenient)).toEqual([
      'endpoint must be an http or https URL',
    ]);
  });

  it('wants an Authorization header as "<type> <credentials>", whatever its case', () => {
    expect(registerProblems({ provider: 'P', headers: { Authorization: 'Basic dXNlcjpwYXNz' } }, strict)).toEqual([]);
    expect(registerProblems({ provider: 'P', headers: { authorization: 'dXNlcjpwYXNz' } }, strict)).toEqual([
      'headers.authorization must be "<type> <credentials>", e.g. "Basic dXNlcjpwYXNz"',
    ]);
  });
});

describe('toProviderSettings', () => {
  it('permits every action when agentactionspermitted is omitted', () => {
    expect(toProviderSettings({ provider: 'P' }).agentActionsPermitted).toEqual({
      release: true,
      hold: true,
      transferToAgent: true,
      transferToRoute: true,
    });
  });

  it('permits only the actions set to 1 when it is given', () => {
    expect(toProviderSettings({ provider: 'P', agentactionspermitted: { release: 1, hold: 0 } })).toEqual({
      name: 'P',
      headers: {},
      agentActionsPermitted: { release: true, hold: false, transferToAgent: false, transferToRoute: false },
    });
  });
});
