import { describe, expect, it } from '@jest/globals';
import type { TenantConfig } from '@switchboard/config';
import { TenantDirectory } from '../auth/tenant-directory.js';
import { pageQueryOf } from '../errors/page-query.js';
import { AGENT_PAGES, etagOf, revisionOf } from './agent-resources.js';

describe('an agent’s ETag and If-Match', () => {
  it('is its revision, quoted; If-Match names it (weak or strong), * names any', () => {
    expect(etagOf(7)).toBe('"7"');
    expect(revisionOf('"7"')).toBe(7);
    expect(revisionOf('W/"7"')).toBe(7);
    expect(revisionOf('*')).toBeUndefined();
    expect(revisionOf(undefined)).toBeUndefined();
  });

  it('refuses anything that is no ETag of ours with 412, as a stale one', () => {
    for (const bad of ['7', '"x"', '"1", "2"', `"${'9'.repeat(20)}"`])
      expect(() => revisionOf(bad)).toThrow(expect.objectContaining({ kind: 'precondition_failed' }));
  });
});

describe('a page of agents', () => {
  it('defaults to the first 100 and bounds what a client asks', () => {
    expect(pageQueryOf({}, AGENT_PAGES)).toEqual({ offset: 0, limit: 100 });
    expect(pageQueryOf({ offset: '20', limit: '500' }, AGENT_PAGES)).toEqual({ offset: 20, limit: 500 });
    for (const [offset, limit] of [
      ['-1', '1'],
      ['0', '0'],
      ['0', '501'],
      ['x', '1'],
      ['0', '1.5'],
      ['1000001', '1'],
    ])
      expect(() => pageQueryOf({ offset, limit }, AGENT_PAGES)).toThrow(
        expect.objectContaining({ kind: 'bad_request' }),
      );
  });
});

describe('the gateway’s directory, with agents configured live laid over the tenant files', () => {
  const tenant = (id: string, usernames: string[]): TenantConfig =>
    ({
      id,
      skills: [],
      agents: usernames.map((username, n) => ({
        id: String(n + 1),
        username,
        passwordHash: 'scrypt$file',
        skills: {},
        role: 'agent',
      })),
      integrationClients: [],
      allowInsecureCallbacks: false,
      gwsCsrfProtection: false,
    }) as unknown as TenantConfig;
  const credential = { tenant: 'demo', id: '9', username: 'Bea', passwordHash: 'scrypt$bea', role: 'agent' as const };

  it('signs in an agent configured live, forgets one removed (a file’s too), and ignores another tenant’s names', () => {
    const directory = new TenantDirectory([tenant('demo', ['ann']), tenant('acme', ['carl'])]);
    directory.change({ kind: 'configured', credential });
    expect(directory.agent('BEA')).toMatchObject({ tenant: 'demo', id: '9', passwordHash: 'scrypt$bea' });
    expect(directory.rules('demo')?.usernames.has('bea')).toBe(true);

    directory.change({ kind: 'removed', username: 'ann' });
    expect(directory.agent('ann')).toBeUndefined();
    expect(directory.rules('demo')?.usernames.has('ann')).toBe(false);

    directory.change({ kind: 'configured', credential: { ...credential, tenant: 'acme', username: 'bea' } });
    expect(directory.agent('bea')?.tenant).toBe('demo');
    directory.change({ kind: 'configured', credential: { ...credential, tenant: 'unknown', username: 'zed' } });
    expect(directory.agent('zed')).toBeUndefined();
  });
});
