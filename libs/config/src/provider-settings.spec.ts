import { describe, expect, it } from '@jest/globals';
import { agentActionsPermittedOf, providerSettingsOf } from './provider-settings.js';
import { providerConfigSchema } from './tenant-config.schema.js';

const ALL = { release: true, hold: true, transferToAgent: true, transferToRoute: true };
const NONE = { release: false, hold: false, transferToAgent: false, transferToRoute: false };

describe('agentActionsPermittedOf', () => {
  it('permits every action when none is named, and only those set to 1 otherwise', () => {
    expect(agentActionsPermittedOf(undefined)).toEqual(ALL);
    expect(agentActionsPermittedOf({})).toEqual(NONE);
    expect(agentActionsPermittedOf({ release: 1, hold: 0 })).toEqual({ ...NONE, release: true });
  });
});

describe('providerSettingsOf', () => {
  it('gives a tenant file’s provider the same default as Register', () => {
    const parse = (provider: unknown) => providerSettingsOf(providerConfigSchema.parse(provider));
    expect(parse({ name: 'CallbacksOnly' }).agentActionsPermitted).toEqual(ALL);
    expect(parse({ name: 'ReleaseOnly', agentactionspermitted: { release: 1 } }).agentActionsPermitted).toEqual({
      ...NONE,
      release: true,
    });
  });
});
