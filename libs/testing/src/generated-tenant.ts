// A tenant of many agents, written as YAML into its own configuration directory for a platform to load
// (SWITCHBOARD_CONFIG_DIR): the agents-at-size e2e and the whole-stack benchmark (tools/bench) run on it.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/**
 * The demo's scrypt hashes (config/tenants/demo.yaml): every agent signs in with demo-password and the
 * integration client is the demo's. One hash for all agents keeps start-up and sign-in cheap: the gateway
 * remembers a verified secret by its hash, so the 1,000 sign-ins cost one scrypt.
 */
const DEMO_PASSWORD_HASH = 'scrypt$16384$8$1$kXXGzVzY0/IB4NxaAOL9rA==$76By1xkMTlBqPVdc3o6oYrgXvxv0cRH1/Q45rv0VXB4=';
const DEMO_INTEGRATION_SECRET_HASH =
  'scrypt$16384$8$1$N1Z1mtkwW6/k+L0LWUmYoA==$WzzoVoxdnDkmj5TbXYq7HBwK9UwvtdjAjqQ+utYCoHA=';

/** The plain secrets behind those hashes (the README's demo credentials). */
export const GENERATED_AGENT_PASSWORD = 'demo-password';
export const GENERATED_TENANT_CLIENT = {
  clientId: 'demo-integration',
  clientSecret: 'demo-integration-secret',
  scope: 'interactions:write',
} as const;

/** The route every interaction of the tenant is dispatched to: the agent waiting longest gets it. */
export const GENERATED_ROUTE = 'Sales';

export interface GeneratedTenant {
  /** The agents' usernames, in the order they were written. */
  readonly usernames: readonly string[];
  /** The directory to pass as SWITCHBOARD_CONFIG_DIR. */
  readonly configDir: string;
  /** Deletes the directory. */
  remove(): Promise<void>;
}

/** agent00001, agent00002, …: the usernames of a generated tenant of `agents` agents. */
export const generatedUsernames = (agents: number): string[] =>
  Array.from({ length: agents }, (_, index) => `agent${String(index + 1).padStart(5, '0')}`);

function tenantYaml(usernames: readonly string[]): string {
  const agents = usernames.map(
    (username, index) =>
      `  - { id: '${900000 + index}', username: ${username}, passwordHash: '${DEMO_PASSWORD_HASH}' }`,
  );
  return [
    'id: size',
    'accountName: Switchboard at size',
    'agents:',
    ...agents,
    'integrationClients:',
    `  - { clientId: ${GENERATED_TENANT_CLIENT.clientId}, secretHash: '${DEMO_INTEGRATION_SECRET_HASH}', scopes: ['${GENERATED_TENANT_CLIENT.scope}'] }`,
    'routes:',
    `  - { name: ${GENERATED_ROUTE}, plan: longest-waiting }`,
    'plans:',
    '  longest-waiting:',
    '    initial: route',
    '    applets:',
    // An offer outlives a test or a benchmark run: no interaction is taken back and offered twice while the agents are many.
    '      route: { type: acd, mode: longest-waiting, offerTimeoutSeconds: 3600 }',
    '',
  ].join('\n');
}

/** Writes a tenant `size` with `agents` agents (password demo-password) and the demo's integration client. */
export async function writeGeneratedTenant(agents: number): Promise<GeneratedTenant> {
  const usernames = generatedUsernames(agents);
  const configDir = await mkdtemp(path.join(os.tmpdir(), 'switchboard-tenant-'));
  await mkdir(path.join(configDir, 'tenants'));
  await writeFile(path.join(configDir, 'tenants', 'size.yaml'), tenantYaml(usernames));
  return { usernames, configDir, remove: () => rm(configDir, { recursive: true, force: true }) };
}
