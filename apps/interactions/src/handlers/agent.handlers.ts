import type { AgentInteractionsReply, AgentReply, AgentWorkbinsReply } from '@switchboard/contracts';
import { failure } from '../domain/domain-failure.js';
import { agentInteractions } from '../use-cases/agent-interactions.js';
import { decideAgentStateChange } from '../use-cases/change-agent-state.js';
import { agentWorkbins, decideWorkbin } from '../use-cases/workbins.js';
import type { AreaHandlers, HandlerDeps } from './handler-table.js';

/** An agent's state, workbins and interactions. */
export function agentHandlers({ processor, registry, clock }: HandlerDeps) {
  return {
    agentChangeState: (command, tenant) =>
      processor.execute(tenant, (state, _catalog, now) => decideAgentStateChange(state, command, now)),

    agentWorkbin: (command, tenant) =>
      processor.execute(tenant, (state, _catalog, now) => decideWorkbin(state, command, now)),

    /** A read: the agent's workbins and what they hold, answered from memory. */
    agentWorkbins: (query, tenant): AgentWorkbinsReply => {
      const served = registry.get(tenant);
      return served
        ? agentWorkbins(served.state, query.agentId)
        : failure('agent_not_found', `no agent with id "${query.agentId}"`);
    },

    /** A read: an agent's own interactions, answered from memory. */
    agentInteractions: (query, tenant): AgentInteractionsReply => {
      const served = registry.get(tenant);
      if (!served?.state.agentConfig(query.agentId))
        return failure('agent_not_found', `no agent with id "${query.agentId}"`);
      return agentInteractions(served.state, query.agentId, clock.now());
    },

    /** A read: answered from memory without queueing behind commands. */
    agentGet: (query, tenant): AgentReply => {
      const state = registry.get(tenant)?.state;
      const agent = state?.agentView(query.agentId);
      return state && agent
        ? { ok: true, agent, skills: state.agentSkills(query.agentId) }
        : failure('agent_not_found', `no agent with id "${query.agentId}"`);
    },
  } satisfies AreaHandlers;
}
