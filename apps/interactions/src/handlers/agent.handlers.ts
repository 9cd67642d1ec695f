import { Controller } from '@nestjs/common';
import { Ctx, MessagePattern, NatsContext, Payload } from '@nestjs/microservices';
import {
  BusValidator,
  describeValidationErrors,
  requestSubjectPattern,
  tenantOfSubject,
  type AgentReply,
} from '@switchboard/contracts';
import { CommandProcessor } from '../command-processor.js';
import { failure } from '../domain/domain-failure.js';
import { TenantRegistry } from '../tenant-registry.js';
import { decideAgentStateChange } from '../use-cases/change-agent-state.js';

@Controller()
export class AgentHandlers {
  constructor(
    private readonly processor: CommandProcessor,
    private readonly registry: TenantRegistry,
    private readonly validator: BusValidator,
  ) {}

  @MessagePattern(requestSubjectPattern('agentChangeState'))
  changeState(@Payload() payload: unknown, @Ctx() context: NatsContext): Promise<AgentReply> {
    const validate = this.validator.request('agentChangeState');
    if (!validate(payload)) return Promise.resolve(failure('invalid_command', describeValidationErrors(validate.errors)));
    return this.processor.execute(tenantOfSubject(context.getSubject()), (state, _catalog, now) =>
      decideAgentStateChange(state, payload, now),
    );
  }

  /** A read: answered from memory without queueing behind commands. */
  @MessagePattern(requestSubjectPattern('agentGet'))
  get(@Payload() payload: unknown, @Ctx() context: NatsContext): AgentReply {
    const validate = this.validator.request('agentGet');
    if (!validate(payload)) return failure('invalid_command', describeValidationErrors(validate.errors));
    const tenant = this.registry.get(tenantOfSubject(context.getSubject()));
    const agent = tenant?.state.agents.get(payload.agentId);
    if (!tenant || !agent) return failure('agent_not_found', `no agent with id "${payload.agentId}"`);
    return { ok: true, agent: tenant.state.agentView(agent) };
  }
}
