import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { ConfigError } from './env.js';
import {
  agentConfigSchema,
  tenantConfigSchema,
  type AgentConfig,
  type AppletConfig,
  type PlanConfig,
  type TenantConfig,
} from './tenant-config.schema.js';

const lower = (value: string): string => value.toLowerCase();

function duplicates(values: string[]): string[] {
  const seen = new Set<string>();
  return [...new Set(values.filter((value) => (seen.has(value) ? true : (seen.add(value), false))))];
}

/** Cross-references a schema cannot express: unknown skills, missing plans, unreachable applets, duplicates. */
export function checkTenantReferences(tenant: TenantConfig): string[] {
  const problems: string[] = [];
  const skills = new Set(tenant.skills.map(lower));
  for (const dup of duplicates(tenant.skills.map(lower))) problems.push(`skills: "${dup}" is listed twice`);
  for (const dup of duplicates(tenant.agents.map((a) => lower(a.username)))) {
    problems.push(`agents: username "${dup}" is used twice (usernames are case-insensitive)`);
  }
  for (const dup of duplicates(tenant.agents.map((a) => a.id))) problems.push(`agents: id "${dup}" is used twice`);
  for (const dup of duplicates(tenant.providers.map((p) => p.name)))
    problems.push(`providers: "${dup}" is listed twice`);
  for (const dup of duplicates(tenant.routes.map((r) => r.name))) problems.push(`routes: "${dup}" is listed twice`);
  tenant.routes.forEach((route, index) => {
    if (!(route.plan in tenant.plans)) problems.push(`routes[${index}] "${route.name}": no plan named "${route.plan}"`);
  });
  for (const [planName, plan] of Object.entries(tenant.plans)) problems.push(...planProblems(planName, plan, skills));
  for (const dup of duplicates(tenant.workbins.map((w) => w.name))) problems.push(`workbins: "${dup}" is listed twice`);
  const routes = new Set(tenant.routes.map((r) => r.name));
  tenant.agents.forEach((agent, index) => {
    problems.push(...checkAgentReferences(agent, { skills, routes }, `agents[${index}].`));
  });
  tenant.workbins.forEach((workbin, index) => {
    if (workbin.scope === 'queue' && !routes.has(workbin.queue))
      problems.push(`workbins[${index}] "${workbin.name}": no route named "${workbin.queue}"`);
  });
  return problems;
}

/** What an agent may refer to in its tenant: skill names (lower case) and route names (as configured). */
export interface AgentReferences {
  skills: ReadonlySet<string>;
  routes: ReadonlySet<string>;
}

/**
 * An agent's references a schema cannot check: its skills must be the tenant's, its workgroups the tenant's routes.
 * One check for a tenant file's agents (`where`: `agents[2].`) and for an agent configured through the admin API (none),
 * so both say the same thing.
 */
export function checkAgentReferences(agent: AgentConfig, references: AgentReferences, where = ''): string[] {
  const problems: string[] = [];
  for (const skill of Object.keys(agent.skills)) {
    if (!references.skills.has(lower(skill))) problems.push(`${where}skills: unknown skill "${skill}"`);
  }
  for (const workgroup of agent.workgroups ?? []) {
    if (!references.routes.has(workgroup)) problems.push(`${where}workgroups: no route named "${workgroup}"`);
  }
  return problems;
}

/**
 * An agent given whole (the admin API's, an `agent.configured` event's), checked as a tenant file's agent is: by the
 * same schema, then against the tenant's skills and routes; the problems in the file's words, without its place.
 */
export function parseAgentConfig(
  raw: unknown,
  references: AgentReferences,
): { ok: true; agent: AgentConfig } | { ok: false; problems: string[] } {
  const result = agentConfigSchema.safeParse(raw);
  if (!result.success) {
    return { ok: false, problems: result.error.issues.map((i) => `${i.path.join('.') || '(agent)'}: ${i.message}`) };
  }
  const problems = checkAgentReferences(result.data, references);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, agent: result.data };
}

/** The applets an applet may lead to. */
export function nextSteps(applet: AppletConfig): string[] {
  switch (applet.type) {
    case 'acd':
    case 'release':
      return [];
    case 'condition':
      return [...applet.branches.map((b) => b.next), applet.otherwise];
    case 'http-request':
      return applet.onError === undefined ? [applet.next] : [applet.next, applet.onError];
    case 'skill-tagger':
    case 'set-priority':
    case 'set-sla':
      return [applet.next];
  }
}

/** Steps that lead nowhere, steps nothing leads to, loops, and skills the tenant does not have. */
function planProblems(planName: string, plan: PlanConfig, skills: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  const where = (applet: string): string => `plans.${planName}.applets.${applet}`;
  if (!(plan.initial in plan.applets))
    problems.push(`plans.${planName}: the initial applet "${plan.initial}" does not exist`);
  for (const [appletName, applet] of Object.entries(plan.applets)) {
    for (const next of nextSteps(applet)) {
      if (!(next in plan.applets))
        problems.push(`${where(appletName)}: leads to "${next}", which is not an applet of this plan`);
    }
    if (applet.type === 'skill-tagger') {
      for (const skill of applet.skills) {
        if (!skills.has(lower(skill.name))) problems.push(`${where(appletName)}: unknown skill "${skill.name}"`);
      }
    }
  }
  // Depth-first from the initial applet: what it never reaches is unreachable; a step met again on the way loops.
  const reached = new Set<string>();
  const onPath = new Set<string>();
  const visit = (appletName: string): void => {
    const applet = plan.applets[appletName];
    if (!applet) return;
    if (onPath.has(appletName)) {
      problems.push(`${where(appletName)}: the plan loops back to this step`);
      return;
    }
    if (reached.has(appletName)) return;
    reached.add(appletName);
    onPath.add(appletName);
    for (const next of nextSteps(applet)) visit(next);
    onPath.delete(appletName);
  };
  visit(plan.initial);
  for (const appletName of Object.keys(plan.applets)) {
    if (!reached.has(appletName)) problems.push(`${where(appletName)}: unreachable step`);
  }
  return problems;
}

/** `${NAME}` in a tenant file becomes the environment variable's value; a missing one is a clear error. */
export function expandEnvironment(text: string, source: string, env: NodeJS.ProcessEnv): string {
  const missing = new Set<string>();
  const expanded = text.replace(/\$\{([A-Z0-9_]+)\}/g, (_, variable: string) => {
    const value = env[variable];
    if (value === undefined) missing.add(variable);
    return value ?? '';
  });
  if (missing.size > 0) {
    throw new ConfigError(
      [...missing].map((variable) => `${source}: uses \${${variable}}, which is not set in the environment`),
    );
  }
  return expanded;
}

export function parseTenantConfig(source: string, text: string, env: NodeJS.ProcessEnv = process.env): TenantConfig {
  let raw: unknown;
  try {
    raw = parse(expandEnvironment(text, source, env));
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    throw new ConfigError([`${source}: not valid YAML: ${(error as Error).message}`]);
  }
  const result = tenantConfigSchema.safeParse(raw);
  if (!result.success) {
    throw new ConfigError(result.error.issues.map((i) => `${source}: ${i.path.join('.') || '(root)'}: ${i.message}`));
  }
  const problems = checkTenantReferences(result.data);
  if (problems.length > 0) throw new ConfigError(problems.map((p) => `${source}: ${p}`));
  return result.data;
}

/** Every tenant file of `configDir`, checked; `${VAR}` in them expanded from `env` (the process's by default). */
export async function loadTenantConfigs(
  configDir: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<TenantConfig[]> {
  const dir = path.join(configDir, 'tenants');
  const files = (await readdir(dir).catch(() => [] as string[])).filter((f) => /\.ya?ml$/.test(f)).sort();
  if (files.length === 0) throw new ConfigError([`${dir}: no tenant files (*.yaml) found`]);
  const tenants: TenantConfig[] = [];
  for (const file of files) {
    const source = path.join(dir, file);
    tenants.push(parseTenantConfig(source, await readFile(source, 'utf8'), env));
  }
  const problems = [
    ...duplicates(tenants.map((t) => t.id)).map((id) => `tenant id "${id}" is used by two files`),
    ...duplicates(tenants.flatMap((t) => t.agents.map((a) => lower(a.username)))).map(
      (u) => `agent username "${u}" is used in two tenants (agents sign in by username alone)`,
    ),
    ...duplicates(tenants.flatMap((t) => t.integrationClients.map((c) => c.clientId))).map(
      (c) => `client id "${c}" is used in two tenants`,
    ),
  ];
  if (problems.length > 0) throw new ConfigError(problems);
  return tenants;
}
