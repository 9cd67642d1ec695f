import type { AgentConfigReply, AgentConfigsReply } from '@switchboard/contracts';
import { failure } from '../domain/domain-failure.js';
import { writeAgentCredentials } from '../infrastructure/agent-credentials-writer.js';
import { agentConfig, agentConfigs, decideConfigureAgent, decideRemoveAgent } from '../use-cases/configure-agents.js';
import type { AreaHandlers, HandlerDeps } from './handler-table.js';

/**
 * Agents configured live (the admin API): configuration as events in the tenant's log. Once a change is stored, the
 * agent's credentials go to the gateways (its latest change, read back from the state: never a password).
 */
export function agentConfigHandlers({ processor, credentials }: HandlerDeps) {
  const publish = async (tenant: string, reply: AgentConfigReply): Promise<AgentConfigReply> => {
    if (!reply.ok || !credentials) return reply;
    const change = await processor.read(tenant, (served) => served?.state.agentChanges().get(reply.agent.id));
    if (change) await writeAgentCredentials(credentials, tenant, [change]);
    return reply;
  };
  return {
    agentConfigure: async (command, tenant) =>
      publish(
        tenant,
        await processor.execute(tenant, (state, catalog, now) => decideConfigureAgent(state, catalog, command, now)),
      ),

    agentRemove: async (command, tenant) =>
      publish(
        tenant,
        await processor.execute(tenant, (state, _catalog, now) => decideRemoveAgent(state, command, now)),
      ),

    agentConfigGet: ({ username }, tenant): Promise<AgentConfigReply> =>
      processor.read(tenant, (served) =>
        served ? agentConfig(served.state, username) : failure('invalid_command', 'unknown tenant'),
      ),

    agentConfigList: (query, tenant): Promise<AgentConfigsReply> =>
      processor.read(tenant, (served) =>
        served ? agentConfigs(served.state, query) : failure('invalid_command', 'unknown tenant'),
      ),
  } satisfies AreaHandlers;
}
