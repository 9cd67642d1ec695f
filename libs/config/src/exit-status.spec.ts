import { describe, expect, it } from '@jest/globals';
import { commonEnvSchema, parseEnv } from './env.js';
import { EXIT_CONFIG, startupExitStatus } from './exit-status.js';
import { parseTenantConfig } from './tenant-config.loader.js';

function thrownBy(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('nothing was thrown');
}

describe('startupExitStatus', () => {
  it('is 78 (EX_CONFIG) for an invalid environment', () => {
    expect(startupExitStatus(thrownBy(() => parseEnv(commonEnvSchema, { NATS_URL: 'localhost' })))).toBe(78);
  });

  it('is 78 for an invalid tenant file', () => {
    expect(startupExitStatus(thrownBy(() => parseTenantConfig('config/tenants/acme.yaml', 'id: 7')))).toBe(EXIT_CONFIG);
  });

  it('is 1 for any other failure, which a restart may cure', () => {
    expect(startupExitStatus(new Error('CONNECTION_REFUSED'))).toBe(1);
    expect(startupExitStatus('a string')).toBe(1);
  });
});
