import type { AgentInteractionsReply, AgentReply, AgentWorkbinsReply } from '@switchboard/contracts';
import { failure } from '../domain/domain-failure.js';
import { agentInteractions } from '../use-cases/agent-interactions.js';
import { decideAgentStateChange } from '../use-cases/change-agent-state.js';
import { agentWorkbins, decideWorkbin } from '../use-cases/workbins.js';
import type { AreaHandlers, HandlerDeps } from './handler-table.js';

/** An agent's state, workbins and interactions. */
export function agentHandlers({ processor, clock }: HandlerDeps) {
  return {
    agentChangeState: (command, tenant) =>
      processor.execute(tenant, (state, _catalog, now) => decideAgentStateChange(state, command, now)),

    agentWorkbin: (command, tenant) =>
      processor.execute(tenant, (state, _catalog, now) => decideWorkbin(state, command, now)),

    /** A read: the agent's workbins and what they hold. */
    agentWorkbins: (query, tenant): Promise<AgentWorkbinsReply> =>
      processor.read(tenant, (served) =>
        served
          ? agentWorkbins(served.state, query.agentId)
          : failure('agent_not_found', `no agent with id "${query.agentId}"`),
      ),

    /** A read: an agent's own interactions. */
    agentInteractions: (query, tenant): Promise<AgentInteractionsReply> =>
      processor.read(tenant, (served) =>
        served?.state.agentConfig(query.agentId)
          ? agentInteractions(served.state, query.agentId, clock.now())
          : failure('agent_not_found', `no agent with id "${query.agentId}"`),
      ),

    /** A read: an agent's presence, readiness and skills. */
    agentGet: (query, tenant): Promise<AgentReply> =>
      processor.read(tenant, (served) => {
        const agent = served?.state.agentView(query.agentId);
        return served && agent
          ? { ok: true, agent, skills: served.state.agentSkills(query.agentId) }
          : failure('agent_not_found', `no agent with id "${query.agentId}"`);
      }),
  } satisfies AreaHandlers;
}
