import type { AgentConfigReply, AgentConfigsReply } from '@switchboard/contracts';
import { failure } from '../domain/domain-failure.js';
import { agentConfig, agentConfigs, decideConfigureAgent, decideRemoveAgent } from '../use-cases/configure-agents.js';
import type { AreaHandlers, HandlerDeps } from './handler-table.js';

/** Agents configured live (the admin API): configuration as events in the tenant's log. */
export function agentConfigHandlers({ processor }: HandlerDeps) {
  return {
    agentConfigure: (command, tenant) =>
      processor.execute(tenant, (state, catalog, now) => decideConfigureAgent(state, catalog, command, now)),

    agentRemove: (command, tenant) =>
      processor.execute(tenant, (state, _catalog, now) => decideRemoveAgent(state, command, now)),

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
