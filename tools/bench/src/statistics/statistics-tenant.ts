import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import YAML from 'yaml';
import { GENERATED_AGENT_PASSWORD, writeGeneratedTenant, type GeneratedTenant } from '@switchboard/testing';

/** The supervisor added to the generated tenant: the Statistics API answers supervisors (or admin tokens) only. */
export const SUPERVISOR = { username: 'bench-supervisor', password: GENERATED_AGENT_PASSWORD } as const;

export const supervisorAuthorization = (): string =>
  `Basic ${Buffer.from(`${SUPERVISOR.username}:${SUPERVISOR.password}`).toString('base64')}`;

/**
 * The generated tenant of `agents` agents (as bench:stack and the agents-at-size e2e use it) with a supervisor added,
 * with the first agent's password hash (the same password): written before the platform starts.
 */
export async function writeStatisticsTenant(agents: number): Promise<GeneratedTenant> {
  const tenant = await writeGeneratedTenant(agents);
  const file = path.join(tenant.configDir, 'tenants', 'size.yaml');
  const config = YAML.parse(await readFile(file, 'utf8')) as { agents: Record<string, unknown>[] };
  const [first] = config.agents;
  config.agents.push({ ...first, id: '899999', username: SUPERVISOR.username, role: 'supervisor' });
  await writeFile(file, YAML.stringify(config));
  return tenant;
}
