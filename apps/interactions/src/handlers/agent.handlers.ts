import { Controller, Inject } from '@nestjs/common';
import { Ctx, MessagePattern, NatsContext, Payload } from '@nestjs/microservices';
import {
  BusValidator,
  requestSubjectPattern,
  tenantOfSubject,
  type AgentInteractionsReply,
  type AgentReply,
  type AgentWorkbinsReply,
  type WorkbinCommandReply,
} from '@switchboard/contracts';
import { CommandProcessor } from '../command-processor.js';
import { failure } from '../domain/domain-failure.js';
import { TenantRegistry } from '../tenant-registry.js';
import type { Clock } from '../domain/clock.js';
import { CLOCK } from '../infrastructure/tokens.js';
import { agentInteractions } from '../use-cases/agent-interactions.js';
import { decideAgentStateChange } from '../use-cases/change-agent-state.js';
import { agentWorkbins, decideWorkbin } from '../use-cases/workbins.js';
import { withValidPayload } from './validated-payload.js';

@Controller()
export class AgentHandlers {
  constructor(
    private readonly processor: CommandProcessor,
    private readonly registry: TenantRegistry,
    private readonly validator: BusValidator,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @MessagePattern(requestSubjectPattern('agentChangeState'))
  changeState(@Payload() payload: unknown, @Ctx() context: NatsContext): Promise<AgentReply> {
    return withValidPayload(this.validator, 'agentChangeState', payload, (command) =>
      this.processor.execute(tenantOfSubject(context.getSubject()), (state, _catalog, now) =>
        decideAgentStateChange(state, command, now),
      ),
    );
  }

  @MessagePattern(requestSubjectPattern('agentWorkbin'))
  workbin(@Payload() payload: unknown, @Ctx() context: NatsContext): Promise<WorkbinCommandReply> {
    return withValidPayload(this.validator, 'agentWorkbin', payload, (command) =>
      this.processor.execute(tenantOfSubject(context.getSubject()), (state, _catalog, now) => decideWorkbin(state, command, now)),
    );
  }

  /** A read: the agent's workbins and what they hold, answered from memory. */
  @MessagePattern(requestSubjectPattern('agentWorkbins'))
  workbins(@Payload() payload: unknown, @Ctx() context: NatsContext): Promise<AgentWorkbinsReply> {
    return withValidPayload(this.validator, 'agentWorkbins', payload, (query): AgentWorkbinsReply => {
      const tenant = this.registry.get(tenantOfSubject(context.getSubject()));
      return tenant ? agentWorkbins(tenant.state, query.agentId) : failure('agent_not_found', `no agent with id "${query.agentId}"`);
    });
  }

  /** A read: an agent's own interactions, answered from memory. */
  @MessagePattern(requestSubjectPattern('agentInteractions'))
  interactions(@Payload() payload: unknown, @Ctx() context: NatsContext): Promise<AgentInteractionsReply> {
    return withValidPayload(this.validator, 'agentInteractions', payload, (query): AgentInteractionsReply => {
      const tenant = this.registry.get(tenantOfSubject(context.getSubject()));
      if (!tenant?.state.agentConfig(query.agentId)) return failure('agent_not_found', `no agent with id "${query.agentId}"`);
      return agentInteractions(tenant.state, query.agentId, this.clock.now());
    });
  }

  /** A read: answered from memory without queueing behind commands. */
  @MessagePattern(requestSubjectPattern('agentGet'))
  get(@Payload() payload: unknown, @Ctx() context: NatsContext): Promise<AgentReply> {
    return withValidPayload(this.validator, 'agentGet', payload, (query): AgentReply => {
      const agent = this.registry.get(tenantOfSubject(context.getSubject()))?.state.agentView(query.agentId);
      return agent ? { ok: true, agent } : failure('agent_not_found', `no agent with id "${query.agentId}"`);
    });
  }
}
