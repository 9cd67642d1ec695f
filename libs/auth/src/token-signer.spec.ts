import { describe, expect, it, jest } from '@jest/globals';
import { jwtVerify } from 'jose';
import { hashSecret, verifySecret } from './secret-hash.js';
import { TokenSigner, type JwtVerifier } from './token-signer.js';

const signer = new TokenSigner('a-master-key-of-at-least-32-characters!');
const client = { tenant: 'demo', clientId: 'demo-integration', scopes: ['interactions:write'] };
const agent = { tenant: 'demo', agentId: '5464', username: 'AgentUsername' };

describe('TokenSigner', () => {
  it('verifies what it signed, per purpose', async () => {
    expect(await signer.verify('vcc-access-token', await signer.sign('vcc-access-token', client, 60))).toEqual(client);
    expect(await signer.verify('gws-session', await signer.sign('gws-session', agent, 60))).toEqual(agent);
    const icwsSession = { ...agent, sessionId: 'a1b2' };
    expect(await signer.verify('icws-messaging', await signer.sign('icws-messaging', icwsSession, 60))).toEqual(
      icwsSession,
    );
  });

  it('refuses an ICWS messaging identity without its session', async () => {
    const withoutSession = await signer.sign('icws-messaging', agent as never, 60); // as a caller without the session would sign it
    expect(await signer.verify('icws-messaging', withoutSession)).toBeUndefined();
  });

  it('refuses a token signed for another purpose, by another key, tampered with or expired', async () => {
    const session = await signer.sign('gws-session', agent, 60);
    expect(await signer.verify('notifier-identity', session)).toBeUndefined();
    const foreign = await new TokenSigner('another-master-key-of-32-characters!!').sign('gws-session', agent, 60);
    expect(await signer.verify('gws-session', foreign)).toBeUndefined();
    const [header, , signature] = session.split('.');
    const otherClaims = Buffer.from(JSON.stringify({ ...agent, sub: '1' })).toString('base64url');
    const forged = `${header ?? ''}.${otherClaims}.${signature ?? ''}`;
    expect(await signer.verify('gws-session', forged)).toBeUndefined();
    expect(await signer.verify('gws-session', await signer.sign('gws-session', agent, -1))).toBeUndefined();
    expect(await signer.verify('gws-session', 'not-a-token')).toBeUndefined();
  });
});

describe('TokenSigner verifies a token once in its lifetime', () => {
  const masterKey = 'a-master-key-of-at-least-32-characters!';
  /** A signer on a clock the test moves, counting what reaches jose. */
  const countingSigner = (options: { maxTokens?: number } = {}) => {
    const clock = { now: Date.UTC(2026, 0, 1, 12) };
    const verifyJwt = jest.fn<JwtVerifier>((token, key, verifyOptions) => jwtVerify(token, key, verifyOptions));
    const signer = new TokenSigner(masterKey, { now: () => clock.now, verifyJwt, ...options });
    return { clock, verifyJwt, signer };
  };

  it('answers a token verified before without verifying it again', async () => {
    const { signer, verifyJwt } = countingSigner();
    const session = await signer.sign('gws-session', agent, 60);
    expect(await signer.verify('gws-session', session)).toEqual(agent);
    expect(await signer.verify('gws-session', session)).toEqual(agent);
    expect(verifyJwt).toHaveBeenCalledTimes(1);
  });

  it('refuses a remembered token once it has expired', async () => {
    const { signer, clock } = countingSigner();
    const session = await signer.sign('gws-session', agent, 60);
    expect(await signer.verify('gws-session', session)).toEqual(agent);
    clock.now += 60_000;
    expect(await signer.verify('gws-session', session)).toBeUndefined();
  });

  it('verifies a long-lived token again after a few minutes', async () => {
    const { signer, clock, verifyJwt } = countingSigner();
    const session = await signer.sign('gws-session', agent, 12 * 3600);
    await signer.verify('gws-session', session);
    clock.now += 5 * 60_000;
    expect(await signer.verify('gws-session', session)).toEqual(agent);
    expect(verifyJwt).toHaveBeenCalledTimes(2);
  });

  it('refuses a forged token and one for another purpose, though a token like it is remembered', async () => {
    const { signer } = countingSigner();
    const session = await signer.sign('gws-session', agent, 60);
    expect(await signer.verify('gws-session', session)).toEqual(agent);
    const [header, , signature] = session.split('.');
    const otherClaims = Buffer.from(JSON.stringify({ ...agent, sub: '1' })).toString('base64url');
    expect(await signer.verify('gws-session', `${header ?? ''}.${otherClaims}.${signature ?? ''}`)).toBeUndefined();
    expect(await signer.verify('notifier-identity', session)).toBeUndefined();
    expect(await signer.verify('gws-session', `${session}x`)).toBeUndefined();
  });

  it('does not remember a refusal: every try of a bad token is verified', async () => {
    const { signer, verifyJwt } = countingSigner();
    await signer.verify('gws-session', 'not-a-token');
    await signer.verify('gws-session', 'not-a-token');
    expect(verifyJwt).toHaveBeenCalledTimes(2);
  });

  it('remembers a bounded number of tokens', async () => {
    const { signer, verifyJwt } = countingSigner({ maxTokens: 2 });
    const tokens = await Promise.all(
      ['1', '2', '3'].map((agentId) => signer.sign('gws-session', { ...agent, agentId }, 60)),
    );
    for (const token of tokens) await signer.verify('gws-session', token);
    expect(verifyJwt).toHaveBeenCalledTimes(3);
    await signer.verify('gws-session', tokens[0] ?? ''); // the least recently used: forgotten
    expect(verifyJwt).toHaveBeenCalledTimes(4);
  });
});

describe('TokenSigner signs an identity once per half lifetime', () => {
  it('hands the same token for the same claims until half its lifetime is over, then a new one', async () => {
    const clock = { now: Date.UTC(2026, 0, 1, 12) };
    const signer = new TokenSigner('a-master-key-of-at-least-32-characters!', { now: () => clock.now });
    const first = await signer.signReused('notifier-identity', agent, 60);
    expect(await signer.signReused('notifier-identity', agent, 60)).toBe(first);
    expect(await signer.signReused('notifier-identity', { ...agent, agentId: '5465' }, 60)).not.toBe(first);
    clock.now += 29_000;
    expect(await signer.signReused('notifier-identity', agent, 60)).toBe(first);
    clock.now += 1_000;
    const second = await signer.signReused('notifier-identity', agent, 60);
    expect(second).not.toBe(first);
    expect(await signer.verify('notifier-identity', second)).toEqual(agent);
  });
});

describe('secret hashing', () => {
  it('verifies the right secret only, and never the hash itself', async () => {
    const hash = await hashSecret('demo-password');
    expect(hash).toMatch(/^scrypt\$/);
    expect(await verifySecret('demo-password', hash)).toBe(true);
    expect(await verifySecret('demo-passwore', hash)).toBe(false);
    expect(await verifySecret(hash, hash)).toBe(false);
    expect(await verifySecret('x', 'garbage')).toBe(false);
  });
});
