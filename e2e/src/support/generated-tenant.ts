// A tenant of many agents, written as YAML into its own configuration directory for a platform to load
// (SWITCHBOARD_CONFIG_DIR). Call it before usePlatform(), whose env names its directory.
import { afterAll, beforeAll } from '@jest/globals';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { DEMO_CLIENT } from './contract-http.js';

/**
 * The demo's scrypt hashes (config/tenants/demo.yaml): every agent signs in with demo-password and the
 * integration client is the demo's. One hash for all agents keeps start-up and sign-in cheap: the gateway
 * remembers a verified secret by its hash, so the 1,000 sign-ins cost one scrypt.
 */
const DEMO_PASSWORD_HASH = 'scrypt$16384$8$1$kXXGzVzY0/IB4NxaAOL9rA==$76By1xkMTlBqPVdc3o6oYrgXvxv0cRH1/Q45rv0VXB4=';
const DEMO_INTEGRATION_SECRET_HASH = 'scrypt$16384$8$1$N1Z1mtkwW6/k+L0LWUmYoA==$WzzoVoxdnDkmj5TbXYq7HBwK9UwvtdjAjqQ+utYCoHA=';

/** The route every interaction of the tenant is dispatched to: the agent waiting longest gets it. */
export const GENERATED_ROUTE = 'Sales';

export interface GeneratedTenant {
  /** The agents' usernames, in the order they were written. */
  readonly usernames: readonly string[];
  /** The directory to pass as SWITCHBOARD_CONFIG_DIR; only once written (inside tests or usePlatform's env). */
  readonly configDir: string;
}

function tenantYaml(usernames: readonly string[]): string {
  const agents = usernames.map((username, index) => `  - { id: '${900000 + index}', username: ${username}, passwordHash: '${DEMO_PASSWORD_HASH}' }`);
  return [
    'id: size',
    'accountName: Switchboard at size',
    'agents:',
    ...agents,
    'integrationClients:',
    `  - { clientId: ${DEMO_CLIENT.clientId}, secretHash: '${DEMO_INTEGRATION_SECRET_HASH}', scopes: ['${DEMO_CLIENT.scope}'] }`,
    'routes:',
    `  - { name: ${GENERATED_ROUTE}, plan: longest-waiting }`,
    'plans:',
    '  longest-waiting:',
    '    initial: route',
    '    applets:',
    // An offer outlives the test: no interaction is taken back and offered twice while the agents are many.
    '      route: { type: acd, mode: longest-waiting, offerTimeoutSeconds: 3600 }',
    '',
  ].join('\n');
}

/** A tenant `size` with `agents` agents (password demo-password) and the demo's integration client. */
export function useGeneratedTenant(agents: number): GeneratedTenant {
  const usernames = Array.from({ length: agents }, (_, index) => `agent${String(index + 1).padStart(5, '0')}`);
  let dir: string | undefined;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'switchboard-tenant-'));
    await mkdir(path.join(dir, 'tenants'));
    await writeFile(path.join(dir, 'tenants', 'size.yaml'), tenantYaml(usernames));
  });
  afterAll(async () => {
    if (dir !== undefined) await rm(dir, { recursive: true, force: true });
  });

  return {
    usernames,
    get configDir() {
      if (dir === undefined) throw new Error('the generated tenant is not written yet');
      return dir;
    },
  };
}
