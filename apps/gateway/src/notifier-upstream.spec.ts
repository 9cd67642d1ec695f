import { describe, expect, it } from '@jest/globals';
import { ConfigError, parseEnv } from '@switchboard/config';
import { gatewayEnvSchema } from './gateway.env.js';
import { notifierUpstream } from './notifier-upstream.js';

const own = (): string => 'http://127.0.0.1:8081';
const ready = (): Promise<void> => Promise.resolve();
const env = (extra: Record<string, string> = {}) =>
  parseEnv(gatewayEnvSchema, { NATS_URL: 'nats://127.0.0.1:4222', SWITCHBOARD_SIGNING_KEY: 'x'.repeat(32), ...extra });

describe('notifierUpstream', () => {
  it('holds a connection for each of thousands of desktops by default, far past undici’s 128', () => {
    expect(notifierUpstream(env(), 'long-polls', own, ready).undici.connections).toBe(10_000);
    expect(notifierUpstream(env({ GATEWAY_UPSTREAM_CONNECTIONS: '2500' }), 'streams', own, ready).undici.connections).toBe(2_500);
    // no fixed upstream: reply-from then keeps a pool of that size per notifier chosen
    expect(notifierUpstream(env(), 'long-polls', own, ready)).toMatchObject({ upstream: '', getUpstream: own });
  });

  it('waits for a long poll’s answer as long as its client may stay silent, and never cuts a stream’s body', () => {
    const { HTTP_IDLE_TIMEOUT_MS } = env();
    expect(notifierUpstream(env(), 'long-polls', own, ready).undici).toMatchObject({ headersTimeout: HTTP_IDLE_TIMEOUT_MS, bodyTimeout: HTTP_IDLE_TIMEOUT_MS });
    expect(notifierUpstream(env(), 'streams', own, ready).undici).toMatchObject({ headersTimeout: HTTP_IDLE_TIMEOUT_MS, bodyTimeout: 0 });
  });

  it('is refused a pool of no connections', () => {
    expect(() => env({ GATEWAY_UPSTREAM_CONNECTIONS: '0' })).toThrow(ConfigError);
  });
});
