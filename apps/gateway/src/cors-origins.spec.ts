import { describe, expect, it } from '@jest/globals';
import { ConfigError, parseEnv } from '@switchboard/config';
import { gatewayEnvSchema } from './gateway.env.js';

const required = { NATS_URL: 'nats://127.0.0.1:4222', SWITCHBOARD_SIGNING_KEY: 'k'.repeat(32) };

describe('CORS_ORIGINS', () => {
  it('allows no origin when unset or empty', () => {
    expect(parseEnv(gatewayEnvSchema, required).CORS_ORIGINS).toEqual([]);
    expect(parseEnv(gatewayEnvSchema, { ...required, CORS_ORIGINS: ' , ' }).CORS_ORIGINS).toEqual([]);
  });

  it('reads a comma-separated list of origins', () => {
    const env = parseEnv(gatewayEnvSchema, {
      ...required,
      CORS_ORIGINS: 'https://desk.example.com, http://127.0.0.1:3000',
    });
    expect(env.CORS_ORIGINS).toEqual(['https://desk.example.com', 'http://127.0.0.1:3000']);
  });

  it.each(['*', 'desk.example.com', 'https://desk.example.com/', 'https://desk.example.com/app'])(
    'refuses %s, naming it',
    (origin) => {
      expect(() =>
        parseEnv(gatewayEnvSchema, { ...required, CORS_ORIGINS: `https://crm.example.com,${origin}` }),
      ).toThrow(ConfigError);
      expect(() => parseEnv(gatewayEnvSchema, { ...required, CORS_ORIGINS: origin })).toThrow(
        `CORS_ORIGINS.0: ${origin} is not an origin`,
      );
    },
  );
});
