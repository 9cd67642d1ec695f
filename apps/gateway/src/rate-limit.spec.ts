import { describe, expect, it } from '@jest/globals';
import type { FastifyRequest } from 'fastify';
import { TokenSigner } from '@switchboard/auth';
import { rateLimitKey } from './rate-limit.js';

const signer = new TokenSigner('rate-limit-test-key');
const request = (authorization: string | undefined, ip = '10.0.0.7'): FastifyRequest =>
  ({ headers: authorization === undefined ? {} : { authorization }, ip }) as unknown as FastifyRequest;

describe('rateLimitKey', () => {
  it('counts a verified token against its client, whichever address sends it', async () => {
    const token = await signer.sign(
      'vcc-access-token',
      { tenant: 'demo', clientId: 'demo-integration', scopes: [] },
      60,
    );
    expect(await rateLimitKey(request(`Bearer ${token}`), signer)).toBe('client:demo:demo-integration');
    expect(await rateLimitKey(request(`Bearer ${token}`, '10.0.0.8'), signer)).toBe('client:demo:demo-integration');
  });

  it('never lets a forged token or a named agent spend someone else’s budget', async () => {
    const forged = await new TokenSigner('another-key').sign(
      'vcc-access-token',
      { tenant: 'demo', clientId: 'demo-integration', scopes: [] },
      60,
    );
    expect(await rateLimitKey(request(`Bearer ${forged}`), signer)).toBe('address:10.0.0.7');
    const alice = `Basic ${Buffer.from('Alice:wrong').toString('base64')}`;
    expect(await rateLimitKey(request(alice), signer)).toBe('agent:alice@10.0.0.7');
    expect(await rateLimitKey(request(alice, '10.9.9.9'), signer)).toBe('agent:alice@10.9.9.9');
    expect(await rateLimitKey(request(undefined), signer)).toBe('address:10.0.0.7');
  });

  it('counts an IPv6 client as its /64, so rotating addresses within it spends one budget', async () => {
    const alice = `Basic ${Buffer.from('Alice:wrong').toString('base64')}`;
    expect(await rateLimitKey(request(alice, '2001:db8::1'), signer)).toBe('agent:alice@2001:db8::');
    expect(await rateLimitKey(request(alice, '2001:db8::ffff:2'), signer)).toBe('agent:alice@2001:db8::');
    expect(await rateLimitKey(request(undefined, '::ffff:10.0.0.7'), signer)).toBe('address:10.0.0.7');
  });

  it('counts an ICWS session from its sender’s address, and a sign-in by address', async () => {
    const icws = (url: string, ip = '10.0.0.7'): FastifyRequest =>
      ({ headers: {}, ip, url }) as unknown as FastifyRequest;
    expect(await rateLimitKey(icws('/icws/s3ss10n/interactions'), signer)).toBe('icws:s3ss10n@10.0.0.7');
    expect(await rateLimitKey(icws('/ICWS/s3ss10n/messaging/messages', '10.9.9.9'), signer)).toBe(
      'icws:s3ss10n@10.9.9.9',
    );
    expect(await rateLimitKey(icws('/icws/connection'), signer)).toBe('address:10.0.0.7');
    expect(await rateLimitKey(icws('/icws/connection/features'), signer)).toBe('address:10.0.0.7');
  });
});
