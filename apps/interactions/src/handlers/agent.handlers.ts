import { Controller } from '@nestjs/common';
import { Ctx, MessagePattern, NatsContext, Payload } from '@nestjs/microservices';
import { BusValidator, requestSubjectPattern, tenantOfSubject, type AgentReply } from '@switchboard/contracts';
import { CommandProcessor } from '../command-processor.js';
import { failure } from '../domain/domain-failure.js';
import { TenantRegistry } from '../tenant-registry.js';
import { decideAgentStateChange } from '../use-cases/change-agent-state.js';
import { withValidPayload } from './validated-payload.js';

@Controller()
export class AgentHandlers {
  constructor(
    private readonly processor: CommandProcessor,
    private readonly registry: TenantRegistry,
    private readonly validator: BusValidator,
  ) {}

  @MessagePattern(requestSubjectPattern('agentChangeState'))
  changeState(@Payload() payload: unknown, @Ctx() context: NatsContext): Promise<AgentReply> {
    return withValidPayload(this.validator, 'agentChangeState', payload, (command) =>
      this.processor.execute(tenantOfSubject(context.getSubject()), (state, _catalog, now) =>
        decideAgentStateChange(state, command, now),
      ),
    );
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
