import { describe, expect, it } from '@jest/globals';
import { ConfigError, parseEnv } from '@switchboard/config';
import { gatewayEnvSchema } from './gateway.env.js';
import { gwsErrors } from './gws/gws-errors.js';
import { icwsErrors } from './icws/icws-errors.js';
import { isUnreachable, notifierUpstream, type NotifierChoice } from './notifier-upstream.js';

const own = (): string => 'http://127.0.0.1:8081';
const ready = (): Promise<void> => Promise.resolve();
const choice: NotifierChoice = { choose: own, prepare: ready, markUnreachable: () => undefined };
const env = (extra: Record<string, string> = {}) =>
  parseEnv(gatewayEnvSchema, { NATS_URL: 'nats://127.0.0.1:4222', SWITCHBOARD_SIGNING_KEY: 'x'.repeat(32), ...extra });

describe('notifierUpstream', () => {
  it('holds a connection for each of thousands of desktops by default, far past undici’s 128', () => {
    expect(notifierUpstream(env(), 'long-polls', choice, gwsErrors).undici.connections).toBe(10_000);
    expect(
      notifierUpstream(env({ GATEWAY_UPSTREAM_CONNECTIONS: '2500' }), 'streams', choice, icwsErrors).undici.connections,
    ).toBe(2_500);
    // no fixed upstream: reply-from then keeps a pool of that size per notifier chosen
    expect(notifierUpstream(env(), 'long-polls', choice, gwsErrors)).toMatchObject({ upstream: '' });
  });

  it('waits for a long poll’s answer as long as its client may stay silent, and never cuts a stream’s body', () => {
    const { HTTP_IDLE_TIMEOUT_MS } = env();
    expect(notifierUpstream(env(), 'long-polls', choice, gwsErrors).undici).toMatchObject({
      headersTimeout: HTTP_IDLE_TIMEOUT_MS,
      bodyTimeout: HTTP_IDLE_TIMEOUT_MS,
    });
    expect(notifierUpstream(env(), 'streams', choice, icwsErrors).undici).toMatchObject({
      headersTimeout: HTTP_IDLE_TIMEOUT_MS,
      bodyTimeout: 0,
    });
  });

  it('takes a refused or reset connection for a notifier that is down, and a timeout for one that is slow', () => {
    const wrapped = (code: string): Error =>
      Object.assign(new Error('wrapped by reply-from'), { cause: Object.assign(new Error(code), { code }) });
    for (const code of ['ECONNREFUSED', 'ECONNRESET', 'UND_ERR_SOCKET'])
      expect(isUnreachable(wrapped(code))).toBe(true);
    expect(isUnreachable(Object.assign(new Error('refused'), { code: 'ECONNREFUSED' }))).toBe(true);
    expect(isUnreachable(wrapped('UND_ERR_HEADERS_TIMEOUT'))).toBe(false);
    expect(isUnreachable(new Error('no code'))).toBe(false);
  });

  it('is refused a pool of no connections', () => {
    expect(() => env({ GATEWAY_UPSTREAM_CONNECTIONS: '0' })).toThrow(ConfigError);
  });
});
