import { describe, expect, it } from '@jest/globals';
import { ConfigError, parseEnv } from '@switchboard/config';
import { notifierEnvSchema } from './notifier.env.js';

const required = { NATS_URL: 'nats://127.0.0.1:4222', SWITCHBOARD_SIGNING_KEY: 'x'.repeat(32) };
const problemsOf = (env: Record<string, string>): string[] => {
  try {
    parseEnv(notifierEnvSchema, { ...required, ...env });
    return [];
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
};

describe('the notifier’s HTTP limits', () => {
  it('by default close slow clients long before a long poll or a stream’s keep-alive would look idle', () => {
    const env = parseEnv(notifierEnvSchema, required);
    expect(env.HTTP_HEADERS_TIMEOUT_MS).toBe(10_000);
    expect(env.HTTP_IDLE_TIMEOUT_MS).toBeGreaterThan(env.COMETD_TIMEOUT_MS);
    expect(env.HTTP_IDLE_TIMEOUT_MS).toBeGreaterThan(env.ICWS_SSE_KEEPALIVE_MS);
  });

  it('refuse to start with an idle limit that would cut an idle long poll or event stream', () => {
    expect(problemsOf({ HTTP_IDLE_TIMEOUT_MS: '30000' })).toEqual([
      'HTTP_IDLE_TIMEOUT_MS: must exceed COMETD_TIMEOUT_MS and ICWS_SSE_KEEPALIVE_MS by at least 10000 ms, or idle long polls and event streams are cut',
    ]);
    expect(problemsOf({ HTTP_IDLE_TIMEOUT_MS: '60000', ICWS_SSE_KEEPALIVE_MS: '55000' })).toHaveLength(1);
    expect(problemsOf({ HTTP_IDLE_TIMEOUT_MS: '60000', COMETD_TIMEOUT_MS: '50000' })).toEqual([]);
  });

  it('refuse headers that may take longer than the whole request', () => {
    expect(problemsOf({ HTTP_HEADERS_TIMEOUT_MS: '40000' })).toEqual([
      'HTTP_HEADERS_TIMEOUT_MS: must not exceed HTTP_REQUEST_TIMEOUT_MS',
    ]);
  });
});
