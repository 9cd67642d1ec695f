import { describe, expect, it } from '@jest/globals';
import { hashSecret, verifySecret } from './secret-hash.js';
import { TokenSigner } from './token-signer.js';

const signer = new TokenSigner('a-master-key-of-at-least-32-characters!');
const client = { tenant: 'demo', clientId: 'demo-integration', scopes: ['interactions:write'] };
const agent = { tenant: 'demo', agentId: '5464', username: 'AgentUsername' };

describe('TokenSigner', () => {
  it('verifies what it signed, per purpose', async () => {
    expect(await signer.verify('vcc-access-token', await signer.sign('vcc-access-token', client, 60))).toEqual(client);
    expect(await signer.verify('gws-session', await signer.sign('gws-session', agent, 60))).toEqual(agent);
    const icwsSession = { ...agent, sessionId: 'a1b2' };
    expect(await signer.verify('icws-messaging', await signer.sign('icws-messaging', icwsSession, 60))).toEqual(icwsSession);
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
