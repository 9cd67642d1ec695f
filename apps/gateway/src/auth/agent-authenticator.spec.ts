import { describe, expect, it } from '@jest/globals';
import { hashSecret, TokenSigner } from '@switchboard/auth';
import type { TenantConfig } from '@switchboard/config';
import { AgentAuthenticator, SESSION_COOKIE } from './agent-authenticator.js';
import { SecretVerifier } from './secret-verifier.js';
import { TenantDirectory } from './tenant-directory.js';

const SIGNING_KEY = 'a signing key of at least thirty-two characters';
const PASSWORD = 'ann-password';

async function signedIn() {
  const passwordHash = await hashSecret(PASSWORD);
  const tenant = {
    id: 'demo',
    skills: [],
    agents: [{ id: '1', username: 'ann', passwordHash, skills: {}, role: 'agent' }],
    integrationClients: [],
    allowInsecureCallbacks: false,
    gwsCsrfProtection: false,
  } as unknown as TenantConfig;
  const directory = new TenantDirectory([tenant]);
  const authenticator = new AgentAuthenticator(directory, new SecretVerifier(), new TokenSigner(SIGNING_KEY));
  const basic = `Basic ${Buffer.from(`ann:${PASSWORD}`).toString('base64')}`;
  const first = await authenticator.authenticate({ authorization: basic });
  if (first?.newSession === undefined) throw new Error('a Basic sign-in is handed a session');
  const withCookie = { cookie: `${SESSION_COOKIE}=${first.newSession}` };
  return { directory, authenticator, passwordHash, withCookie };
}

describe('an agent’s GWS session cookie', () => {
  it('signs the agent in while the directory has it', async () => {
    const { authenticator, withCookie } = await signedIn();
    expect((await authenticator.authenticate(withCookie))?.identity).toEqual({
      tenant: 'demo',
      agentId: '1',
      username: 'ann',
    });
  });

  it('no longer signs in an agent removed since (through the admin API)', async () => {
    const { directory, authenticator, withCookie } = await signedIn();
    directory.change({ kind: 'removed', username: 'ann' });
    expect(await authenticator.authenticate(withCookie)).toBeUndefined();
  });

  it('no longer signs in once its username names another agent', async () => {
    const { directory, authenticator, passwordHash, withCookie } = await signedIn();
    directory.change({ kind: 'removed', username: 'ann' });
    directory.change({
      kind: 'configured',
      credential: { tenant: 'demo', id: '2', username: 'ann', passwordHash, role: 'agent' },
    });
    expect(await authenticator.authenticate(withCookie)).toBeUndefined();
  });
});
