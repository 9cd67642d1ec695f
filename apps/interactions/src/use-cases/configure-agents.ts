import { parseAgentConfig, type AgentConfig } from '@switchboard/config';
import type {
  AgentConfigReply,
  AgentConfigsReply,
  ConfigureAgentCommand,
  DomainEvent,
  ListAgentConfigsQuery,
  RemoveAgentCommand,
} from '@switchboard/contracts';
import type { Decision } from '../domain/decision.js';
import { newEvent } from '../domain/domain-events.js';
import { failure } from '../domain/domain-failure.js';
import { agentConfigView } from '../domain/roster.js';
import type { TenantCatalog } from '../domain/tenant-catalog.js';
import type { TenantState } from '../domain/tenant-state.js';
import { decideAgentStateChange } from './change-agent-state.js';

const refused = (reply: AgentConfigReply): Decision<AgentConfigReply> => ({ events: [], reply });

/** A stale If-Match: the agent changed since the client read it. */
const stale = (username: string, revision: number): AgentConfigReply =>
  failure('precondition_failed', `agent "${username}" is at revision ${String(revision)}: read it again`);

const usernameOf = (raw: Record<string, unknown>): string | undefined =>
  typeof raw.username === 'string' ? raw.username.trim() : undefined;

/**
 * The agent a replace configures: the current one's id and password hash where the command leaves them out. Its id
 * is routing's key for it, so it cannot change (remove the agent and create it again).
 */
function replacing(current: AgentConfig, raw: Record<string, unknown>): Record<string, unknown> | string {
  if (raw.id !== undefined && raw.id !== current.id)
    return `id: cannot change from "${current.id}" (remove the agent and create it again)`;
  return { ...raw, id: current.id, passwordHash: raw.passwordHash ?? current.passwordHash };
}

/**
 * Creates an agent or replaces one's configuration, checked as a tenant file's agent is (libs/config, same messages),
 * as one `agent.configured` event. Applied, it counts at once: a new agent can sign in and is routed to once ready;
 * changed skills count for the next decision, for what already waits too.
 */
export function decideConfigureAgent(
  state: TenantState,
  catalog: TenantCatalog,
  command: ConfigureAgentCommand,
  now: number,
): Decision<AgentConfigReply> {
  const raw = command.agent;
  const username = usernameOf(raw);
  if (username === undefined) return refused(failure('invalid_command', 'username: Required'));
  const currentId = state.agentIdOf(username);
  let candidate: Record<string, unknown> = raw;
  if (command.mode === 'create') {
    if (currentId !== undefined) return refused(failure('agent_exists', `an agent named "${username}" exists`));
    if (typeof raw.id === 'string' && state.agentConfig(raw.id))
      return refused(failure('agent_exists', `an agent with id "${raw.id}" exists`));
  } else {
    const current = currentId === undefined ? undefined : state.agentConfig(currentId);
    if (currentId === undefined || !current) return refused(failure('agent_not_found', `no agent named "${username}"`));
    const revision = state.agentRevision(currentId) ?? 0;
    if (command.ifRevision !== undefined && command.ifRevision !== revision) return refused(stale(username, revision));
    const filled = replacing(current, raw);
    if (typeof filled === 'string') return refused(failure('invalid_command', filled));
    candidate = filled;
  }
  const parsed = parseAgentConfig(candidate, catalog.agentReferences());
  if (!parsed.ok) return refused(failure('invalid_command', parsed.problems.join('; ')));
  const revision = state.nextConfigRevision();
  const { workgroups, ...agent } = parsed.agent;
  const configured = { ...agent, ...(workgroups === undefined ? {} : { workgroups }) };
  return {
    events: [newEvent('agent.configured', state.tenant, { agent: configured, revision }, now)],
    reply: { ok: true, agent: agentConfigView(parsed.agent, revision) },
  };
}

/**
 * Removes an agent: logged out first when it is logged in (its offers revoked, so its desktop sees them go), then
 * `agent.removed` puts whatever it still held back in line, as a restart does for an agent gone from the tenant file.
 */
export function decideRemoveAgent(
  state: TenantState,
  command: RemoveAgentCommand,
  now: number,
): Decision<AgentConfigReply> {
  const agentId = state.agentIdOf(command.username);
  const current = agentId === undefined ? undefined : state.agentConfig(agentId);
  if (agentId === undefined || !current)
    return refused(failure('agent_not_found', `no agent named "${command.username}"`));
  const revision = state.agentRevision(agentId) ?? 0;
  if (command.ifRevision !== undefined && command.ifRevision !== revision)
    return refused(stale(current.username, revision));
  const events: DomainEvent[] = state.agentView(agentId)?.loggedIn
    ? decideAgentStateChange(state, { agentId, change: 'logout' }, now).events
    : [];
  events.push(
    newEvent(
      'agent.removed',
      state.tenant,
      { agentId, username: current.username, revision: state.nextConfigRevision() },
      now,
    ),
  );
  return { events, reply: { ok: true, agent: agentConfigView(current, revision) } };
}

export function agentConfig(state: TenantState, username: string): AgentConfigReply {
  const agentId = state.agentIdOf(username);
  const config = agentId === undefined ? undefined : state.agentConfig(agentId);
  if (agentId === undefined || !config) return failure('agent_not_found', `no agent named "${username}"`);
  return { ok: true, agent: agentConfigView(config, state.agentRevision(agentId) ?? 0) };
}

/** A page of the tenant's agents, by username. */
export function agentConfigs(state: TenantState, { offset, limit }: ListAgentConfigsQuery): AgentConfigsReply {
  const all = state.agentConfigs();
  return {
    ok: true,
    total: all.length,
    agents: all
      .slice(offset, offset + limit)
      .map((agent) => agentConfigView(agent, state.agentRevision(agent.id) ?? 0)),
  };
}
